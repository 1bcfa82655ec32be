/**
 * The export options the user chose last, remembered as JSON in the user-data folder. Plain Node (no
 * electron): main passes the file path. A missing, unreadable or invalid file reads as the defaults;
 * writes are atomic (temp file, fsync, rename), so a crash never leaves half a file.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../core/files/atomic-write';
import { exportOptions } from '../../contract/channels';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../contract/export';

/** Name of the file in the user-data folder. */
export const EXPORT_OPTIONS_FILE = 'export-options.json';

/** Reads and writes the remembered options. */
export interface ExportOptionsStore {
  /** The remembered options, or the defaults when there are none or they do not validate. */
  read(): Promise<ExportOptions>;
  /** Remembers `options`; throws when the file cannot be written. */
  write(options: ExportOptions): Promise<void>;
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`mimbar: ignoring ${file}`, error);
    return null;
  }
}

/** Creates the store for `file` (`<userData>/export-options.json` in the app). */
export function createExportOptionsStore(file: string): ExportOptionsStore {
  return {
    async read() {
      const result = exportOptions.safeParse(await readJson(file));
      return result.success ? result.data : { ...DEFAULT_EXPORT_OPTIONS };
    },
    async write(options) {
      await mkdir(dirname(file), { recursive: true });
      await writeFileAtomic(file, Buffer.from(`${JSON.stringify(exportOptions.parse(options), null, 2)}\n`, 'utf8'));
    },
  };
}
