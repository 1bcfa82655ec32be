// The fuses the packaged app must have (docs/reliability.md §1.2), read from electron-builder.yml. They are
// flipped in the real Electron binary at packaging time; that binary cannot be downloaded here, so
// this checks the configuration that flips them, not a packaged app.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as { electronFuses?: Record<string, boolean>; asar?: boolean };

describe('electron-builder.yml: Electron fuses for the packaged app', () => {
  it('turns off running as Node, NODE_OPTIONS and the inspector; loads only the integrity-checked asar; encrypts cookies', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
