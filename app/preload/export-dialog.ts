/** The preload of the export dialog window (sandboxed): `window.mimbar` with that window's bridge only. */
import { exposeBridge } from './expose-bridge';

exposeBridge('export-dialog');
