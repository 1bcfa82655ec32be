/** The check report as plain text: findings grouped by kind, then a one-line verdict for the teacher. */
import { KIND_ORDER, type CheckFinding, type CheckReport, type FindingKind } from './check-report';

const HEADINGS: Readonly<Record<FindingKind, string>> = {
  'not-utf8': 'File is not valid UTF-8',
  remote: 'Loaded from the network',
  outside: 'Outside the deck folder',
  missing: 'Missing files',
  unsupported: 'Not shown by Mimbar',
  placeholder: 'Slides shown as a placeholder',
  formula: 'Formulas shown as their source',
  diagram: 'Diagrams shown as their source',
  'over-budget': 'Slides shrunk to fit',
  'front-matter': 'Front matter',
  dialect: "Written for the deck's tool, not honoured by Mimbar",
  emoji: 'Emoji Mimbar cannot draw',
  warning: 'Other warnings',
};

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function where(finding: CheckFinding): string {
  const parts: string[] = [];
  if (finding.slide) parts.push(`Slide ${finding.slide.number} "${finding.slide.title}"`);
  if (finding.line !== null) parts.push(`line ${finding.line}`);
  const text = parts.join(', ');
  return text === '' ? '' : `${text.charAt(0).toUpperCase()}${text.slice(1)}: `;
}

/** The one-line verdict: what to fix, or that the deck is ready for class. */
export function summarizeReport(report: CheckReport): string {
  if (!report.ok) return `${count(report.problemCount, 'problem')}, ${count(report.noticeCount, 'notice')}: fix the problems before class`;
  const emoji = report.findings.filter((finding) => finding.kind === 'emoji').length;
  if (emoji > 0) {
    return `Nothing is loaded from the network and every image is here, but ${emoji} emoji may show as an empty box in class (see above).`;
  }
  const notices = report.noticeCount > 0 ? ` (${count(report.noticeCount, 'notice')} above)` : '';
  return `Ready for class: nothing is loaded from the network and every image is here${notices}.`;
}

/** Formats `report` as lines of text: one heading per kind with its findings, then the verdict. */
export function formatCheckReport(report: CheckReport): string {
  // Mimbar's own article and deck need no word; a deck of another tool says which rules read it.
  const isOwn = report.dialect === 'article' || report.dialect === 'mimbar';
  const lines: string[] = isOwn ? [] : [`Read as a ${report.dialect} deck (${report.dialectReason}).`, ''];
  for (const kind of KIND_ORDER) {
    const findings = report.findings.filter((finding) => finding.kind === kind);
    if (findings.length === 0) continue;
    const severity = findings[0]?.severity === 'problem' ? 'problem' : 'notice';
    lines.push(`${HEADINGS[kind]} (${count(findings.length, severity)})`);
    for (const finding of findings) lines.push(`  ${where(finding)}${finding.message}`);
    lines.push('');
  }
  lines.push(summarizeReport(report));
  return `${lines.join('\n')}\n`;
}
