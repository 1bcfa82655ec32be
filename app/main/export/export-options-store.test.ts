import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../contract/export';
import { createExportOptionsStore } from './export-options-store';

let dir: string;
let file: string;
const chosen: ExportOptions = { layout: 'handout-3', fragments: 'steps', paper: 'a4', orientation: 'portrait', slideTheme: 'deck' };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mimbar-options-'));
  file = join(dir, 'user data', 'export-options.json');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('export options store', () => {
  it('reads the defaults when nothing was remembered', async () => {
    await expect(createExportOptionsStore(file).read()).resolves.toEqual(DEFAULT_EXPORT_OPTIONS);
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('remembers options as JSON (creating the folder) and reads them back', async () => {
    const store = createExportOptionsStore(file);
    await store.write(chosen);
    await expect(store.read()).resolves.toEqual(chosen);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(chosen);
    expect(await readdir(join(dir, 'user data'))).toEqual(['export-options.json']);
  });

  it('keeps options remembered before the slide theme existed, with the slide theme automatic', async () => {
    const store = createExportOptionsStore(file);
    await store.write(chosen);
    const { slideTheme: _unset, ...before } = chosen;
    await writeFile(file, JSON.stringify(before));
    await expect(store.read()).resolves.toEqual({ ...chosen, slideTheme: 'auto' });
    await writeFile(file, JSON.stringify({ ...chosen, slideTheme: 'sepia' }));
    await expect(store.read()).resolves.toEqual(DEFAULT_EXPORT_OPTIONS);
  });

  it('reads the defaults from corrupt JSON, or JSON that does not validate', async () => {
    const store = createExportOptionsStore(file);
    await store.write(chosen);
    for (const text of ['{"layout": "slides",', '[]', 'null', JSON.stringify({ ...chosen, layout: 'poster' }), JSON.stringify({ ...chosen, extra: 1 })]) {
      await writeFile(file, text);
      await expect(store.read(), text).resolves.toEqual(DEFAULT_EXPORT_OPTIONS);
    }
  });

  it('refuses to write options that do not validate', async () => {
    await expect(createExportOptionsStore(file).write({ ...chosen, paper: 'a3' } as unknown as ExportOptions)).rejects.toThrow();
  });
});
