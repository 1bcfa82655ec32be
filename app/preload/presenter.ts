/** The preload of the presenter console (sandboxed): `window.mimbar` with that window's bridge only. */
import { exposeBridge } from './expose-bridge';

exposeBridge('presenter');
