import { chmodSync, fstatSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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
  it('retries a rename the system refuses for a moment (Windows: a handle held open), then gives up with the error', async () => {
    const path = join(dir, 'deck.md');
    writeFileSync(path, 'old');
    const from = join(dir, 'new.md');
    writeFileSync(from, 'new');
    // A folder in the way makes rename fail every time: EISDIR is no busy error, so it fails at once.
    const busy = join(dir, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'x'), '');
    const started = Date.now();
    await expect(renameRetrying(from, busy, 'linux')).rejects.toMatchObject({ code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST)$/) });
    expect(Date.now() - started).toBeLessThan(500);
    await renameRetrying(from, path, 'win32');
    expect(readFileSync(path, 'utf8')).toBe('new');
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
