import fs, { chmodSync, fstatSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renameRetrying, writeFileAtomic } from './atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mimbar-atomic-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const BYTES = Buffer.from('Catatan penyaji. '.repeat(2000), 'utf8');

/** The prototype of every FileHandle, whose `write` the atomic writer calls. */
async function fileHandlePrototype(): Promise<{ write: (...args: unknown[]) => Promise<{ bytesWritten: number }> }> {
  const handle = await open(join(dir, 'probe'), 'w');
  await handle.close();
  rmSync(join(dir, 'probe'));
  return Object.getPrototypeOf(handle) as { write: (...args: unknown[]) => Promise<{ bytesWritten: number }> };
}

describe('writeFileAtomic', () => {
  it('writes every byte, keeps an existing file\'s mode, and leaves no temporary file', async () => {
    const path = join(dir, 'deck.md');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    const identity = await writeFileAtomic(path, BYTES);
    expect(readFileSync(path)).toEqual(BYTES);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(identity).toBe(`${statSync(path, { bigint: true }).dev}:${statSync(path, { bigint: true }).ino}`);
    expect(readdirSync(dir)).toEqual(['deck.md']);
    await writeFileAtomic(join(dir, 'new.json'), Buffer.from('{}'), { mode: 0o600 });
    expect(statSync(join(dir, 'new.json')).mode & 0o777).toBe(0o600);
  });

  it('loops over short writes (the kernel took only part of each) until the file is complete', async () => {
    const proto = await fileHandlePrototype();
    const write = proto.write;
    const calls: number[] = [];
    vi.spyOn(proto, 'write').mockImplementation(function (this: unknown, buffer: unknown, offset: unknown, length: unknown, position: unknown) {
      const part = Math.min(Number(length), 1000);
      calls.push(part);
      return write.call(this, buffer, offset, part, position);
    });
    const path = join(dir, 'deck.md');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, BYTES);
    expect(readFileSync(path)).toEqual(BYTES);
    expect(calls.length).toBe(Math.ceil(BYTES.length / 1000));
  });

  it('reports a write that takes nothing (a full disk) as ENOSPC and leaves the file as it was', async () => {
    const proto = await fileHandlePrototype();
    const write = proto.write;
    let taken = 0;
    // 4,096 bytes go down, then the disk takes no more, without an error: what a nearly full tmpfs does.
    vi.spyOn(proto, 'write').mockImplementation(function (this: unknown, buffer: unknown, offset: unknown, length: unknown, position: unknown) {
      const part = Math.max(0, Math.min(Number(length), 4096 - taken));
      taken += part;
      return part === 0 ? Promise.resolve({ bytesWritten: 0, buffer }) : write.call(this, buffer, offset, part, position);
    });
    const path = join(dir, 'deck.md');
    writeFileSync(path, 'the old deck');
    await expect(writeFileAtomic(path, BYTES)).rejects.toMatchObject({ code: 'ENOSPC', path });
    expect(readFileSync(path, 'utf8')).toBe('the old deck');
    expect(readdirSync(dir)).toEqual(['deck.md']);
  });

  it('reads the temporary file back: a write that claims more than it wrote is caught before the rename', async () => {
    const proto = await fileHandlePrototype();
    const write = proto.write;
    vi.spyOn(proto, 'write').mockImplementation(async function (this: unknown, buffer: unknown, offset: unknown, length: unknown, position: unknown) {
      await write.call(this, buffer, offset, Number(length) - 10, position);
      return { bytesWritten: Number(length), buffer };
    });
    const path = join(dir, 'deck.md');
    writeFileSync(path, 'the old deck');
    await expect(writeFileAtomic(path, BYTES)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(path, 'utf8')).toBe('the old deck');
    expect(readdirSync(dir)).toEqual(['deck.md']);
  });

  it('refuses at the last moment when beforeRename throws, removing the temporary file', async () => {
    const path = join(dir, 'deck.md');
    writeFileSync(path, 'the old deck');
    await expect(writeFileAtomic(path, BYTES, { beforeRename: () => Promise.reject(new Error('changed')) })).rejects.toThrow('changed');
    expect(readFileSync(path, 'utf8')).toBe('the old deck');
    expect(readdirSync(dir)).toEqual(['deck.md']);
  });

  it('replaces a link at the path by the file, never writing into what the link points to', async () => {
    const target = join(dir, 'elsewhere.md');
    writeFileSync(target, 'not yours');
    const path = join(dir, 'deck.md');
    symlinkSync(target, path);
    await writeFileAtomic(path, BYTES);
    expect(readFileSync(target, 'utf8')).toBe('not yours');
    expect(lstatSync(path).isFile()).toBe(true);
  });
});

describe('renameRetrying', () => {
  /** Makes the next `failures` renames fail with `code` (the writer imports rename from node:fs/promises). */
  function failRenames(code: string, failures: number): { calls: () => number; restore: () => void } {
    const original = fs.promises.rename;
    let calls = 0;
    fs.promises.rename = async (from: fs.PathLike, to: fs.PathLike) => {
      calls += 1;
      if (calls <= failures) throw Object.assign(new Error(`${code}: busy`), { code });
      await original(from, to);
    };
    syncBuiltinESMExports();
    return {
      calls: () => calls,
      restore: () => {
        fs.promises.rename = original;
        syncBuiltinESMExports();
      },
    };
  }

  it('retries a rename the system refuses for a moment: EBUSY everywhere, EPERM on Windows', async () => {
    for (const [code, platform] of [['EBUSY', 'linux'], ['EPERM', 'win32']] as const) {
      const path = join(dir, `deck-${code}.md`);
      const from = join(dir, `new-${code}.md`);
      writeFileSync(from, 'new');
      const fault = failRenames(code, 2);
      try {
        await renameRetrying(from, path, platform);
      } finally {
        fault.restore();
      }
      expect(fault.calls()).toBe(3);
      expect(readFileSync(path, 'utf8')).toBe('new');
    }
  });

  it('fails at once on a real refusal (EPERM outside Windows), and gives up after about 2 s of EBUSY', async () => {
    const from = join(dir, 'new.md');
    writeFileSync(from, 'new');
    const refused = failRenames('EPERM', 1);
    try {
      await expect(renameRetrying(from, join(dir, 'deck.md'), 'linux')).rejects.toMatchObject({ code: 'EPERM' });
    } finally {
      refused.restore();
    }
    expect(refused.calls()).toBe(1);
    const busy = failRenames('EBUSY', Infinity);
    const started = Date.now();
    try {
      await expect(renameRetrying(from, join(dir, 'deck.md'), 'linux')).rejects.toMatchObject({ code: 'EBUSY' });
    } finally {
      busy.restore();
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    expect(readdirSync(dir)).toEqual(['new.md']);
  });
});

describe('the order of a write', () => {
  it('syncs the file before the rename and the folder after it', async () => {
    const order: string[] = [];
    const proto = Object.getPrototypeOf(await open(join(dir, 'probe'), 'w')) as { sync: () => Promise<void> };
    const sync = proto.sync;
    vi.spyOn(proto, 'sync').mockImplementation(async function (this: { fd: number }) {
      order.push(fstatSync(this.fd).isDirectory() ? 'sync folder' : 'sync file');
      return sync.call(this);
    });
    const path = join(dir, 'deck.md');
    await writeFileAtomic(path, BYTES, {
      beforeRename: async () => {
        order.push('rename');
      },
    });
    expect(order).toEqual(['sync file', 'rename', 'sync folder']);
  });
});
