// The fuses the packaged app must have (docs/reliability.md §1.2). The real Electron binary cannot be
// downloaded here, so electron-builder packages a stand-in executable that carries Electron's fuse wire
// (the sentinel, then one byte per fuse at Electron's defaults). electron-builder flips the fuses of
// electron-builder.yml in it with its own code, and the wire is read back with @electron/fuses, the
// library electron-builder uses: this proves what `npm run dist` does to the real binary, not only
// what the yml says.
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Platform, build } from 'electron-builder';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The marker before Electron's fuse wire, and a fuse's two states: @electron/fuses' constants, which its index does not export. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FuseState = { DISABLE: '0'.charCodeAt(0), ENABLE: '1'.charCodeAt(0) } as const;
/** Electron 45's fuse wire before packaging: RunAsNode, cookies, NODE_OPTIONS, inspect, asar integrity, only asar, V8 snapshot, file protocol. */
const DEFAULT_WIRE = '10110001';

describe('electron-builder flips the fuses of electron-builder.yml', () => {
  const temps: string[] = [];
  afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  it('turns off running as Node, NODE_OPTIONS, the inspector and file:// privileges; loads only the integrity-checked asar; encrypts cookies', { timeout: 120_000 }, async () => {
    const electronDist = mkdtempSync(join(tmpdir(), 'mimbar-fused-standin-'));
    const output = mkdtempSync(join(tmpdir(), 'mimbar-fused-dist-'));
    temps.push(electronDist, output);
    const executable = join(electronDist, 'electron');
    const wire = Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE)]);
    writeFileSync(executable, wire);
    chmodSync(executable, 0o755);
    const before = await getCurrentFuseWire(executable);
    expect(Number(before[FuseV1Options.RunAsNode])).toBe(FuseState.ENABLE);

    await build({ projectDir: root, targets: Platform.LINUX.createTarget('dir'), publish: 'never', config: { electronDist, directories: { output } } });

    const fuses = await getCurrentFuseWire(join(output, 'linux-unpacked', 'mimbar'));
    const state = (fuse: FuseV1Options) => (Number(fuses[fuse]) === FuseState.ENABLE ? 'on' : Number(fuses[fuse]) === FuseState.DISABLE ? 'off' : String(fuses[fuse]));
    expect({
      runAsNode: state(FuseV1Options.RunAsNode),
      nodeOptions: state(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspectArguments: state(FuseV1Options.EnableNodeCliInspectArguments),
      cookieEncryption: state(FuseV1Options.EnableCookieEncryption),
      onlyLoadAppFromAsar: state(FuseV1Options.OnlyLoadAppFromAsar),
      asarIntegrity: state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      fileProtocolPrivileges: state(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({ runAsNode: 'off', nodeOptions: 'off', inspectArguments: 'off', cookieEncryption: 'on', onlyLoadAppFromAsar: 'on', asarIntegrity: 'on', fileProtocolPrivileges: 'off' });
  });
});
