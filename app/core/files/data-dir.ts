/**
 * The folder where Mimbar keeps its own data outside Electron (the CLI's browser host): `MIMBAR_DATA_DIR`
 * when set, else the platform's place for app data. Electron uses `app.getPath('userData')` instead.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The data folder for `platform` and `env`; not created here. */
export function dataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env['MIMBAR_DATA_DIR']) return env['MIMBAR_DATA_DIR'];
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Mimbar');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Mimbar');
  return join(env['XDG_DATA_HOME'] ?? join(home, '.local', 'share'), 'mimbar');
}

/** The folder for journals of unsaved notes inside a data folder. */
export function notesJournalDir(base: string): string {
  return join(base, 'notes-journal');
}
