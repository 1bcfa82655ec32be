import { describe, expect, it } from 'vitest';
import { dataDir, notesJournalDir } from './data-dir';

describe('dataDir', () => {
  it('uses MIMBAR_DATA_DIR when set, else the platform folder for app data', () => {
    expect(dataDir({ MIMBAR_DATA_DIR: '/data/m' }, 'linux', '/home/guru')).toBe('/data/m');
    expect(dataDir({}, 'linux', '/home/guru')).toBe('/home/guru/.local/share/mimbar');
    expect(dataDir({ XDG_DATA_HOME: '/xdg' }, 'linux', '/home/guru')).toBe('/xdg/mimbar');
    expect(dataDir({}, 'darwin', '/Users/guru')).toBe('/Users/guru/Library/Application Support/Mimbar');
    expect(dataDir({ APPDATA: 'C:/Users/guru/AppData/Roaming' }, 'win32', 'C:/Users/guru')).toBe('C:/Users/guru/AppData/Roaming/Mimbar');
    expect(notesJournalDir('/data/m')).toBe('/data/m/notes-journal');
  });
});
