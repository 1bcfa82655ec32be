/**
 * Findings from what the engine already knows: the deck's warnings (front matter, the content budget,
 * notes, the not-UTF-8 notice) and the slides it shows as a placeholder. Read from the built deck,
 * never re-derived, so the check and the app always agree.
 */
import type { Deck, DeckWarning } from '../../contract/deck';
import { invalidTextNotice } from '../files/read-source';
import { severityOf, type CheckFinding, type FindingKind, type FindingSlide } from './check-report';
import type { LineLocator } from './line-locator';

// The notice starts with the file name; the rest is fixed (`withSourceWarnings` in load-deck.ts).
const INVALID_TEXT_TAIL = invalidTextNotice('');
// The engine's sentence for a slide over the content budget (build-deck.ts, MAX_UNITS/MAX_CHARS in fit.ts).
const SHRUNK = /; it will be shrunk to fit\.$/;
// Front matter warnings name their key in backticks and point at line 1 (front-matter.ts).
const FRONT_MATTER_KEY = /`([^`]+)`/;

/** The slide a finding is about, by id, or null when the deck has no such slide. */
export type SlideLookup = (id: string | null) => FindingSlide | null;

/** Indexes the deck's slides by id, numbered as the audience counts them (1-based, in order). */
export function createSlideLookup(deck: Deck): SlideLookup {
  const slides = new Map(deck.slides.map((slide, index) => [slide.id, { id: slide.id, title: slide.title, number: index + 1 }]));
  return (id) => (id === null ? null : (slides.get(id) ?? null));
}

function kindOf(warning: DeckWarning): FindingKind {
  if (warning.kind !== undefined) return warning.kind;
  if (warning.slide === null && warning.message.endsWith(INVALID_TEXT_TAIL)) return 'not-utf8';
  return SHRUNK.test(warning.message) ? 'over-budget' : 'warning';
}

function finding(kind: FindingKind, slide: FindingSlide | null, line: number | null, message: string): CheckFinding {
  return { kind, severity: severityOf(kind), slide, line, reference: null, message };
}

/** The line of the key a front matter warning names, when the source is at hand; else the warning's line. */
function frontMatterLine(warning: DeckWarning, lines: LineLocator): number | null {
  const key = FRONT_MATTER_KEY.exec(warning.message)?.[1];
  return (key === undefined ? null : lines.locateFrontMatterKey(key)) ?? warning.line;
}

/** One finding per placeholder slide and per deck warning (a placeholder's own warning is its sentence). */
export function warningFindings(deck: Deck, slideOf: SlideLookup, lines: LineLocator): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const placeholderWarnings = new Set<DeckWarning>();
  for (const slide of deck.slides) {
    if (!slide.isPlaceholder) continue;
    const own = deck.warnings.find((warning) => warning.slide === slide.id && !placeholderWarnings.has(warning));
    if (own) placeholderWarnings.add(own);
    const message = own?.message ?? `Slide "${slide.title}" shows a placeholder: it is too complex to show.`;
    findings.push(finding('placeholder', slideOf(slide.id), own?.line ?? slide.range.start, message));
  }
  for (const warning of deck.warnings) {
    if (placeholderWarnings.has(warning)) continue;
    const kind = kindOf(warning);
    const line = kind === 'front-matter' ? frontMatterLine(warning, lines) : warning.line;
    findings.push(finding(kind, slideOf(warning.slide), line, warning.message));
  }
  return findings;
}
