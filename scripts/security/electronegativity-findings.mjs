// The pure half of the electronegativity gate: turns the scanner's issues into plain findings,
// reads the allow-list, and splits findings into blocking, allow-listed and ignored, reporting
// allow-list entries that no longer match anything. No I/O; the runner is electronegativity.mjs.

/** The severities that fail the gate; LOW and INFORMATIONAL findings are ignored, except: */
export const BLOCKING_SEVERITIES = ['HIGH', 'MEDIUM'];

/**
 * Checks gated at any severity: the scanner rates these settings LOW or INFORMATIONAL (an explicit
 * `nodeIntegration: true` is INFORMATIONAL), yet none of them has a place in Mimbar. It reports none
 * of them for the safe value, and none of them for Mimbar today.
 */
export const ALWAYS_GATED_CHECKS = [
  'NODE_INTEGRATION_JS_CHECK',
  'EXPERIMENTAL_FEATURES_JS_CHECK',
  'EXPERIMENTAL_FEATURES_HTML_CHECK',
  'BLINK_FEATURES_JS_CHECK',
  'BLINK_FEATURES_HTML_CHECK',
  'ALLOWPOPUPS_HTML_CHECK',
  'SECURITY_WARNINGS_DISABLED_JS_CHECK',
  'SECURITY_WARNINGS_DISABLED_JSON_CHECK',
];

/** True when `finding` fails the gate unless an allow-list entry answers it. */
export function isGated(finding) {
  return BLOCKING_SEVERITIES.includes(finding.severity) || ALWAYS_GATED_CHECKS.includes(finding.check);
}

/** The `file` electronegativity gives findings about the whole app (global checks). */
export const WHOLE_APP = 'N/A';

const ENTRY_KEYS = new Set(['check', 'severity', 'file', 'sample', 'reason', 'guardedBy']);

// The scanner trims the flagged line; collapsing inner whitespace too keeps a re-indent from
// turning an accepted finding into a new one.
function normalizeSample(sample) {
  return typeof sample === 'string' ? sample.replace(/\s+/g, ' ').trim() : '';
}

function toPosix(path) {
  return path.replaceAll('\\', '/');
}

/**
 * Plain findings from the `issues` electronegativity's `run()` returns (scanned with `isRelative`,
 * so `file` is relative to the scanned folder).
 */
export function toFindings(issues) {
  return issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: toPosix(issue.file),
    line: issue.location.line,
    column: issue.location.column,
    sample: normalizeSample(issue.sample),
    description: issue.description,
    manualReview: issue.manualReview === true,
  }));
}

/**
 * Files the scanner could not analyse, from the `errors` `run()` returns. A non-tolerable error
 * means no check ran on that file, so it would pass silently: the gate fails on it.
 */
export function toScanErrors(errors, scannedRoot) {
  const prefix = toPosix(scannedRoot).replace(/\/?$/, '/');
  return errors.map((error) => ({
    file: toPosix(error.file).replace(prefix, ''),
    message: String(error.message).split('\n')[0],
    isFatal: error.tolerable !== true,
  }));
}

/**
 * The allow-list entries from the text of `security/electronegativity-allowlist.json`. Throws on
 * a malformed file or entry, naming the entry, so a typo never silently accepts a finding.
 */
export function parseAllowList(text) {
  const document = JSON.parse(text);
  if (!document || !Array.isArray(document.entries)) throw new Error('the allow-list needs an "entries" array');
  const seen = new Set();
  return document.entries.map((entry, index) => {
    const where = `allow-list entry ${index + 1}`;
    if (!entry || typeof entry !== 'object') throw new Error(`${where} is not an object`);
    for (const key of Object.keys(entry)) {
      if (!ENTRY_KEYS.has(key)) throw new Error(`${where} has an unknown key "${key}"`);
    }
    for (const key of ['check', 'severity', 'file', 'reason']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '') throw new Error(`${where} needs a non-empty "${key}"`);
    }
    if (!isGated(entry)) {
      throw new Error(`${where} (${entry.check}) has severity "${entry.severity}"; that check is gated only at ${BLOCKING_SEVERITIES.join(' and ')}`);
    }
    const isWholeApp = entry.file === WHOLE_APP;
    if (!isWholeApp && (typeof entry.sample !== 'string' || entry.sample.trim() === '')) {
      throw new Error(`${where} (${entry.check} in ${entry.file}) needs the flagged line as "sample"; a whole file is never allow-listed`);
    }
    if (isWholeApp && entry.sample !== undefined) throw new Error(`${where} (${entry.check}) is about the whole app and takes no "sample"`);
    if (entry.guardedBy !== undefined && (!Array.isArray(entry.guardedBy) || !entry.guardedBy.every((t) => typeof t === 'string'))) {
      throw new Error(`${where} (${entry.check}): "guardedBy" must be a list of test names`);
    }
    const parsed = {
      check: entry.check,
      severity: entry.severity,
      file: entry.file,
      sample: isWholeApp ? '' : normalizeSample(entry.sample),
      reason: entry.reason,
      guardedBy: entry.guardedBy ?? [],
    };
    const key = `${parsed.check}\u0000${parsed.file}\u0000${parsed.sample}`;
    if (seen.has(key)) throw new Error(`${where} repeats ${parsed.check} in ${parsed.file}`);
    seen.add(key);
    return parsed;
  });
}

/** True when `entry` answers `finding`: same check, severity and file, and the same flagged line. */
export function matchesEntry(finding, entry) {
  return (
    finding.check === entry.check &&
    finding.severity === entry.severity &&
    finding.file === entry.file &&
    finding.sample === entry.sample
  );
}

/**
 * Splits `findings`: `blocking` (gated, with no entry), `allowed` (gated, answered by an entry),
 * `ignored` (not gated: LOW/INFORMATIONAL of the other checks), and `stale`: entries that matched no
 * finding and must be removed. The gate passes only when `blocking` and `stale` are both empty.
 */
export function triageFindings(findings, entries) {
  const blocking = [];
  const allowed = [];
  const ignored = [];
  const used = new Set();
  for (const finding of findings) {
    if (!isGated(finding)) {
      ignored.push(finding);
      continue;
    }
    const entry = entries.find((candidate) => matchesEntry(finding, candidate));
    if (entry) {
      used.add(entry);
      allowed.push({ finding, entry });
    } else {
      blocking.push(finding);
    }
  }
  const stale = entries.filter((entry) => !used.has(entry));
  return { blocking, allowed, ignored, stale };
}

/** True when the gate passes: nothing blocking, no stale entry, every file analysed. */
export function isClean(triage, scanErrors) {
  return triage.blocking.length === 0 && triage.stale.length === 0 && !scanErrors.some((error) => error.isFatal);
}

function clip(text, width) {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
}

function countByCheck(items) {
  const counts = new Map();
  for (const { finding } of items) counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1);
  return [...counts].map(([check, count]) => `${check} ×${count}`).join(', ');
}

/** The report the runner prints, as lines. */
export function formatReport(triage, scanErrors) {
  const lines = [];
  const fatal = scanErrors.filter((error) => error.isFatal);
  const tolerable = scanErrors.filter((error) => !error.isFatal);
  if (triage.blocking.length > 0) {
    lines.push(`electronegativity: ${triage.blocking.length} gated finding(s) not in the allow-list:`);
    const rows = [['severity', 'check', 'where', 'line']];
    const sorted = [...triage.blocking].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.check.localeCompare(b.check));
    for (const f of sorted) {
      const where = f.file === WHOLE_APP ? 'whole app' : `${f.file}:${f.line}:${f.column}`;
      // The flagged line in full: an allow-list entry quotes it.
      rows.push([f.severity, f.check, where, f.sample || f.description]);
    }
    lines.push(...table(rows).map((row) => `  ${row}`));
    lines.push('  Fix the code, or, if it is a false positive or already mitigated, add a reviewed entry to');
    lines.push('  security/electronegativity-allowlist.json (see security/README.md).');
  }
  if (triage.stale.length > 0) {
    lines.push(`electronegativity: ${triage.stale.length} stale allow-list entr${triage.stale.length === 1 ? 'y matches' : 'ies match'} no finding any more; remove ${triage.stale.length === 1 ? 'it' : 'them'}:`);
    for (const e of triage.stale) {
      lines.push(`  ${e.severity} ${e.check} in ${e.file}${e.sample ? `: ${e.sample}` : ''}`);
    }
  }
  if (fatal.length > 0) {
    lines.push(`electronegativity: ${fatal.length} file(s) could not be analysed, so no check ran on them:`);
    for (const e of fatal) lines.push(`  ${e.file}: ${clip(e.message, 100)}`);
  }
  for (const e of tolerable) lines.push(`electronegativity: warning: ${e.file} parsed with recovered errors: ${clip(e.message, 100)}`);
  if (triage.allowed.length > 0) {
    lines.push(`electronegativity: ${triage.allowed.length} gated finding(s) allow-listed (${countByCheck(triage.allowed)})`);
  }
  lines.push(`electronegativity: ${triage.ignored.length} LOW/INFORMATIONAL finding(s) of ungated checks ignored`);
  if (isClean(triage, scanErrors)) lines.push('electronegativity: no new gated finding');
  return lines;
}
