/** The preload of the notes editor window (sandboxed): `window.mimbar` with that window's bridge only. */
import { exposeBridge } from './expose-bridge';

exposeBridge('notes-editor');
