/**
 * What the engine's renderers could not draw while a slide was rendered: a formula or a diagram that
 * shows as its source instead. Each Marked instance has one report; `buildSlides` takes what a raw
 * slide's rendering added and turns it into warnings of that slide (which `check` lists).
 */
import type { Marked } from 'marked';

export interface RenderProblem {
  kind: 'formula' | 'diagram';
  /** One sentence for the teacher, naming what failed and why. */
  message: string;
  /** The construct as written (a formula with its delimiters, a fence's body), to find its line. */
  raw: string;
}

export class RenderReport {
  private problems: RenderProblem[] = [];

  add(problem: RenderProblem): void {
    // A formula in a title renders twice (the title text and the heading): report it once.
    if (!this.problems.some((known) => known.kind === problem.kind && known.raw === problem.raw && known.message === problem.message)) this.problems.push(problem);
  }

  /** The problems added since the last call, and forgets them. */
  take(): RenderProblem[] {
    const taken = this.problems;
    this.problems = [];
    return taken;
  }
}

const reports = new WeakMap<Marked, RenderReport>();

/** Links a Marked instance to its report (done once, by `createMarkdown`). */
export function attachReport(markdown: Marked, report: RenderReport): void {
  reports.set(markdown, report);
}

/** The report of a Marked instance made by `createMarkdown` (a fresh, unlinked one otherwise). */
export function reportOf(markdown: Marked): RenderReport {
  let report = reports.get(markdown);
  if (report === undefined) {
    report = new RenderReport();
    reports.set(markdown, report);
  }
  return report;
}
