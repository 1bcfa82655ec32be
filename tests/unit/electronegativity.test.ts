import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatReport,
  isClean,
  parseAllowList,
  toFindings,
  toScanErrors,
  triageFindings,
} from '../../scripts/security/electronegativity-findings.mjs';
import type { Finding, ScannerIssue } from '../../scripts/security/electronegativity-findings.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const WINDOW_LINE = 'const window = new BrowserWindow(windowOptions(preloadPath));';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    severity: 'HIGH',
    confidence: 'FIRM',
    file: 'app/main/windows.ts',
    line: 81,
    column: 17,
    sample: WINDOW_LINE,
    description: 'Review the use of the contextIsolation option',
    manualReview: false,
    ...overrides,
  };
}

function allowList(...entries: Record<string, unknown>[]): string {
  return JSON.stringify({ entries });
}

const contextIsolationEntry = {
  check: 'CONTEXT_ISOLATION_JS_CHECK',
  severity: 'HIGH',
  file: 'app/main/windows.ts',
  sample: WINDOW_LINE,
  reason: 'windowOptions() sets contextIsolation: true.',
};

describe('electronegativity gate: triage', () => {
  it('fails on a HIGH finding that no entry answers', () => {
    const triage = triageFindings([finding()], parseAllowList(allowList()));
    expect(triage.blocking).toEqual([finding()]);
    expect(isClean(triage, [])).toBe(false);
    expect(formatReport(triage, []).join('\n')).toContain('CONTEXT_ISOLATION_JS_CHECK  app/main/windows.ts:81:17');
  });

  it('passes an allow-listed finding, wherever its line moved to', () => {
    const entries = parseAllowList(allowList(contextIsolationEntry));
    const triage = triageFindings([finding({ line: 140, column: 3 })], entries);
    expect(triage.blocking).toEqual([]);
    expect(triage.allowed).toEqual([{ finding: finding({ line: 140, column: 3 }), entry: entries[0] }]);
    expect(triage.stale).toEqual([]);
    expect(isClean(triage, [])).toBe(true);
  });

  it('reports an entry that matches no finding as stale, and fails', () => {
    const triage = triageFindings([], parseAllowList(allowList(contextIsolationEntry)));
    expect(triage.stale).toHaveLength(1);
    expect(isClean(triage, [])).toBe(false);
    const report = formatReport(triage, []).join('\n');
    expect(report).toContain('1 stale allow-list entry matches no finding any more; remove it');
    expect(report).toContain('HIGH CONTEXT_ISOLATION_JS_CHECK in app/main/windows.ts');
  });

  it('ignores LOW and INFORMATIONAL findings, with or without an entry', () => {
    const low = finding({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'renderer/audience/index.html' });
    const info = finding({ check: 'ELECTRON_VERSION_JSON_CHECK', severity: 'INFORMATIONAL', file: 'package.json' });
    const triage = triageFindings([low, info], []);
    expect(triage.ignored).toEqual([low, info]);
    expect(isClean(triage, [])).toBe(true);
  });

  it('gates the checks the scanner under-rates at any severity: an explicit nodeIntegration: true is INFORMATIONAL', () => {
    const nodeIntegration = finding({ check: 'NODE_INTEGRATION_JS_CHECK', severity: 'INFORMATIONAL' });
    const triage = triageFindings([nodeIntegration], []);
    expect(triage.blocking).toEqual([nodeIntegration]);
    expect(isClean(triage, [])).toBe(false);
  });

  it('does not let an entry answer another line, another file, another check or another severity', () => {
    const entries = parseAllowList(allowList(contextIsolationEntry));
    const others = [
      finding({ sample: 'const other = new BrowserWindow({ webPreferences: { contextIsolation: false } });' }),
      finding({ file: 'app/main/menu.ts' }),
      finding({ check: 'SANDBOX_JS_CHECK' }),
      finding({ severity: 'MEDIUM' }),
    ];
    const triage = triageFindings(others, entries);
    expect(triage.blocking).toEqual(others);
    expect(triage.stale).toEqual(entries);
  });

  it('matches a whole-app finding by check and severity alone', () => {
    const global = finding({ check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', file: 'N/A', line: 0, column: 0, sample: '' });
    const entries = parseAllowList(allowList({ check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', severity: 'HIGH', file: 'N/A', reason: 'r' }));
    expect(isClean(triageFindings([global], entries), [])).toBe(true);
  });

  it('fails when a file could not be analysed, and only warns on recovered parse errors', () => {
    const triage = triageFindings([], []);
    const errors = toScanErrors(
      [
        { file: '/tmp/stage/app/main/a.ts', message: 'Unknown node type ClassPrivateProperty.\n  at …', tolerable: false },
        { file: '/tmp/stage/app/main/b.ts', message: 'Missing semicolon.', tolerable: true },
      ],
      '/tmp/stage',
    );
    expect(errors).toEqual([
      { file: 'app/main/a.ts', message: 'Unknown node type ClassPrivateProperty.', isFatal: true },
      { file: 'app/main/b.ts', message: 'Missing semicolon.', isFatal: false },
    ]);
    expect(isClean(triage, errors)).toBe(false);
    expect(isClean(triage, errors.slice(1))).toBe(true);
    expect(formatReport(triage, errors).join('\n')).toContain('1 file(s) could not be analysed');
  });
});

describe('electronegativity gate: input', () => {
  it("turns the scanner's issues into findings with posix paths and whitespace-collapsed lines", () => {
    const issue: ScannerIssue = {
      id: 'SANDBOX_JS_CHECK',
      file: 'app\\main\\windows.ts',
      location: { line: 81, column: 17 },
      severity: { name: 'MEDIUM' },
      confidence: { name: 'FIRM' },
      sample: '  const window =   new BrowserWindow(windowOptions(preloadPath));',
      description: 'Use sandbox for untrusted origins',
    };
    expect(toFindings([issue])).toEqual([
      finding({ check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM', description: 'Use sandbox for untrusted origins' }),
    ]);
  });

  it('rejects malformed allow-list entries, naming them', () => {
    const { reason: _reason, ...noReason } = contextIsolationEntry;
    const { sample: _sample, ...wholeFile } = contextIsolationEntry;
    expect(() => parseAllowList('{}')).toThrow('"entries" array');
    expect(() => parseAllowList(allowList(noReason))).toThrow('allow-list entry 1 needs a non-empty "reason"');
    expect(() => parseAllowList(allowList(wholeFile))).toThrow('a whole file is never allow-listed');
    expect(() => parseAllowList(allowList({ ...contextIsolationEntry, severity: 'LOW' }))).toThrow('gated only at HIGH and MEDIUM');
    expect(() => parseAllowList(allowList({ ...contextIsolationEntry, line: 81 }))).toThrow('unknown key "line"');
    expect(() => parseAllowList(allowList(contextIsolationEntry, contextIsolationEntry))).toThrow('entry 2 repeats');
  });

  it("parses the repository's allow-list, and every test an entry names exists", () => {
    const entries = parseAllowList(readFileSync(join(root, 'security/electronegativity-allowlist.json'), 'utf8'));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.guardedBy.length, `${entry.check} in ${entry.file}`).toBeGreaterThan(0);
      for (const test of entry.guardedBy) {
        const [file = '', ...names] = test.split(' > ');
        const path = join(root, file);
        expect(existsSync(path), test).toBe(true);
        const source = readFileSync(path, 'utf8');
        for (const name of names) expect(source.includes(`'${name}'`), test).toBe(true);
      }
    }
  });
});

describe('electronegativity gate: the scanner itself', () => {
  let planted: string | undefined;
  afterEach(() => {
    if (planted) rmSync(planted, { recursive: true, force: true });
    planted = undefined;
  });

  it('finds nodeIntegration: true in a planted window and fails, offline, leaving tests out', () => {
    planted = mkdtempSync(join(tmpdir(), 'mimbar-electronegativity-test-'));
    const write = (path: string, text: string): void => {
      mkdirSync(dirname(join(planted ?? '', path)), { recursive: true });
      writeFileSync(join(planted ?? '', path), text);
    };
    write('package.json', JSON.stringify({ name: 'planted', devDependencies: { electron: '45.5.0' } }));
    write(
      'app/main/bad.ts',
      "import { BrowserWindow } from 'electron';\nexport const bad = new BrowserWindow({ webPreferences: { nodeIntegration: true } });\n",
    );
    write('app/main/bad.test.ts', "new BrowserWindow({ webPreferences: { webSecurity: false } });\n");
    write('renderer/index.html', '<!doctype html><title>x</title>\n');
    write('security/electronegativity-allowlist.json', allowList(contextIsolationEntry));

    const run = spawnSync(process.execPath, [join(root, 'scripts/security/electronegativity.mjs'), '--root', planted], { encoding: 'utf8' });
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(1);
    expect(output).toMatch(/INFORMATIONAL\s+NODE_INTEGRATION_JS_CHECK\s+app\/main\/bad\.ts:2:/);
    expect(output).toMatch(/HIGH\s+CONTEXT_ISOLATION_JS_CHECK\s+app\/main\/bad\.ts:2:/);
    expect(output).not.toContain('WEB_SECURITY_JS_CHECK');
    expect(output).toContain('1 stale allow-list entry');
    expect(output).toContain('offline, refused');
  });
});
