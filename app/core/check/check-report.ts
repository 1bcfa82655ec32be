/**
 * What the offline pre-flight check reports: findings with a kind, a severity, the slide and source
 * line they are about, and one plain sentence. Plain data: it must survive JSON and IPC.
 */

/** What a finding is about; `KIND_ORDER` is the order the report lists them in. */
export type FindingKind =
  | 'not-utf8'
  | 'remote'
  | 'outside'
  | 'missing'
  | 'unsupported'
  | 'placeholder'
  | 'formula'
  | 'diagram'
  | 'over-budget'
  | 'front-matter'
  | 'dialect'
  | 'emoji'
  | 'warning';

/** `problem`: it fails in class; `notice`: it works, but not quite as written. */
export type Severity = 'problem' | 'notice';

/** The slide a finding is about: its id, title and 1-based number as the audience sees it. */
export interface FindingSlide {
  id: string;
  title: string;
  number: number;
}

export interface CheckFinding {
  kind: FindingKind;
  severity: Severity;
  /** The slide, or null for the whole deck. */
  slide: FindingSlide | null;
  /** 1-based source line, when known. */
  line: number | null;
  /** The URL or path as the author wrote it, for findings about a resource; null otherwise. */
  reference: string | null;
  /** One plain sentence for the teacher. */
  message: string;
}

export interface CheckReport {
  /** True when there is no problem (notices may remain). */
  ok: boolean;
  slideCount: number;
  problemCount: number;
  noticeCount: number;
  findings: CheckFinding[];
  /** The tool's rules the deck was read with, and why (`DeckMeta.dialect`, `dialectReason`). */
  dialect: string;
  dialectReason: string;
}

/** The order kinds are listed in, most urgent first. */
export const KIND_ORDER: readonly FindingKind[] = [
  'not-utf8',
  'remote',
  'outside',
  'missing',
  'unsupported',
  'placeholder',
  'formula',
  'diagram',
  'over-budget',
  'front-matter',
  'dialect',
  'emoji',
  'warning',
];

const PROBLEM_KINDS: ReadonlySet<FindingKind> = new Set(['not-utf8', 'remote', 'outside', 'missing', 'unsupported', 'placeholder', 'formula', 'diagram']);

/** The severity of a kind: everything that fails in class is a problem. */
export function severityOf(kind: FindingKind): Severity {
  return PROBLEM_KINDS.has(kind) ? 'problem' : 'notice';
}

/** Sorts findings by kind, slide and line, and counts them into a report. */
export function createReport(findings: CheckFinding[], slideCount: number, dialect: { dialect: string; dialectReason: string }): CheckReport {
  const rank = (finding: CheckFinding): number => KIND_ORDER.indexOf(finding.kind);
  const sorted = [...findings].sort(
    (a, b) => rank(a) - rank(b) || (a.slide?.number ?? 0) - (b.slide?.number ?? 0) || (a.line ?? 0) - (b.line ?? 0),
  );
  const problemCount = sorted.filter((finding) => finding.severity === 'problem').length;
  return { ok: problemCount === 0, slideCount, problemCount, noticeCount: sorted.length - problemCount, findings: sorted, dialect: dialect.dialect, dialectReason: dialect.dialectReason };
}
