/** The preload of the audience window (the deck the class sees) (sandboxed): `window.mimbar` with that window's bridge only. */
import { exposeBridge } from './expose-bridge';

exposeBridge('audience');
