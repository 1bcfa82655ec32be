/**
 * The offline pre-flight check of a built deck: what would fail in class (web resources, files that
 * are missing, outside the deck folder or not shown, placeholder slides, a file that is not UTF-8)
 * and what works but not as written (shrunk slides, ignored front matter, emoji the bundled font
 * lacks). The file system is reached only through the injected probe.
 */
import type { Deck, Slide } from '../../contract/deck';
import { createReport, severityOf, type CheckFinding, type CheckReport, type FindingKind, type FindingSlide } from './check-report';
import { emojiFindings } from './emoji-findings';
import type { Probe, ProbeResult } from './folder-probe';
import { describeReference, isShownByApp, leftOutBy, routeReference } from './reference-rules';
import { slideResourceReferences, type ResourceReference } from './resource-references';
import { createLineLocator, type LineLocator } from './line-locator';
import { createSlideLookup, warningFindings } from './warning-findings';

export interface CheckContext {
  /** What the deck folder's route would do with a URL; `createFolderProbe(dirname(deckPath))` in the app. */
  probe: Probe;
  /** The deck's source text, to find the line of each URL; null when it is not at hand. */
  source: string | null;
}

/** What a reference amounts to, or null when it works in class. */
interface Verdict {
  kind: FindingKind;
  message: string;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

async function verdictOf(reference: ResourceReference, shown: string, probe: Probe): Promise<Verdict | null> {
  const what = describeReference(reference);
  const route = routeReference(reference.url);
  if (route.kind === 'remote') {
    const outcome = isShownByApp(reference) ? 'it shows as a placeholder in class' : 'it is left out in class';
    return { kind: 'remote', message: `${capitalize(what)} ${shown} is on the web: Mimbar never loads anything from the network, so ${outcome}.` };
  }
  if (route.kind === 'inline') return null;
  if (!isShownByApp(reference)) {
    return { kind: 'unsupported', message: `Mimbar leaves out ${leftOutBy(reference)} (slides show images from the deck folder only), so ${what} ${shown} will not show in class.` };
  }
  const result: ProbeResult = route.kind === 'refused' ? 'outside' : await probe(reference.url);
  if (result === 'outside') {
    return { kind: 'outside', message: `${capitalize(what)} ${shown} is outside the deck folder, so Mimbar refuses it and it will not show in class; copy it into the deck's folder.` };
  }
  if (result === 'missing') {
    return { kind: 'missing', message: `${capitalize(what)} ${shown} is missing from the deck folder, so it will not show in class.` };
  }
  if (result === 'unsupported') {
    return { kind: 'unsupported', message: `${capitalize(what)} ${shown} is not an image type Mimbar serves (PNG, JPEG, GIF, WebP, AVIF, SVG, BMP or ICO), so it will not show in class.` };
  }
  return null;
}

async function slideFindings(slide: Slide, at: FindingSlide | null, probe: Probe, lines: LineLocator): Promise<CheckFinding[]> {
  const findings: CheckFinding[] = [];
  for (const reference of slideResourceReferences(slide)) {
    const spot = lines.locate(reference.url, slide.range);
    const written = spot?.spelling ?? reference.url;
    const verdict = await verdictOf(reference, written, probe);
    if (verdict === null) continue;
    findings.push({ kind: verdict.kind, severity: severityOf(verdict.kind), slide: at, line: spot?.line ?? null, reference: written, message: verdict.message });
  }
  return findings;
}

/** Checks `deck` for what would fail or change in class; never throws for a bad reference. */
export async function checkDeck(deck: Deck, context: CheckContext): Promise<CheckReport> {
  const slideOf = createSlideLookup(deck);
  const lines = createLineLocator(context.source);
  const findings = [...warningFindings(deck, slideOf, lines), ...emojiFindings(deck, slideOf, context.source)];
  for (const slide of deck.slides) {
    findings.push(...(await slideFindings(slide, slideOf(slide.id), context.probe, lines)));
  }
  return createReport(findings, deck.slides.length, deck.meta);
}
