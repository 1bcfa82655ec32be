// Types of electronegativity-findings.mjs, for the unit test (the script itself is plain Node ESM).

/** One electronegativity finding, as the gate sees it. */
export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  /** Relative to the repository root, with `/`; `N/A` for a whole-app finding. */
  file: string;
  line: number;
  column: number;
  /** The flagged line, trimmed, whitespace runs collapsed; empty for a whole-app finding. */
  sample: string;
  description: string;
  manualReview: boolean;
}

/** One allow-list entry, parsed. */
export interface AllowListEntry {
  check: string;
  severity: string;
  file: string;
  sample: string;
  reason: string;
  guardedBy: string[];
}

/** A file the scanner could not (fatal) or only partly (tolerable) analyse. */
export interface ScanError {
  file: string;
  message: string;
  isFatal: boolean;
}

export interface Triage {
  blocking: Finding[];
  allowed: { finding: Finding; entry: AllowListEntry }[];
  ignored: Finding[];
  stale: AllowListEntry[];
}

/** The shape of an issue in electronegativity's `run()` result, as far as the gate reads it. */
export interface ScannerIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  sample?: string;
  description: string;
  manualReview?: boolean;
}

export const BLOCKING_SEVERITIES: string[];
export const WHOLE_APP: 'N/A';
export const ALWAYS_GATED_CHECKS: string[];
export function isGated(finding: { check: string; severity: string }): boolean;
export function toFindings(issues: ScannerIssue[]): Finding[];
export function toScanErrors(errors: { file: string; message: string; tolerable: boolean }[], scannedRoot: string): ScanError[];
export function parseAllowList(text: string): AllowListEntry[];
export function matchesEntry(finding: Finding, entry: AllowListEntry): boolean;
export function triageFindings(findings: Finding[], entries: AllowListEntry[]): Triage;
export function isClean(triage: Triage, scanErrors: ScanError[]): boolean;
export function formatReport(triage: Triage, scanErrors: ScanError[]): string[];
