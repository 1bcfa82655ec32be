/** The preload of the print window (sandboxed): `window.mimbar` with that window's bridge only. */
import { exposeBridge } from './expose-bridge';

exposeBridge('print');
