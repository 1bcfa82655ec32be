/**
 * The file-system side of the check: asks what the `mimbar://deck/` route would do with a reference,
 * using the route's own confinement (`resolveInside`, after realpath) and its list of media types.
 */
import { realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { resolveInside, safeSegments } from '../files/confine-path';
import { deckContentType } from '../served-files';
import { routeReference } from './reference-rules';

/** `ok`: served; `missing`: no such file in the folder; `outside`: refused; `unsupported`: a file the route does not serve. */
export type ProbeResult = 'ok' | 'missing' | 'outside' | 'unsupported';

/** Answers, for a URL as written in a slide, what the deck folder's route would do with it (a URL that is not a relative path is `outside`). */
export type Probe = (url: string) => Promise<ProbeResult>;

/** Says why `resolveInside` refused safe segments: a symlink that leaves the folder, or no such file. */
async function explainRefusal(folder: string, segments: string[]): Promise<ProbeResult> {
  try {
    const realRoot = await realpath(folder);
    const realTarget = await realpath(join(realRoot, ...segments));
    const rel = relative(realRoot, realTarget);
    const isInside = rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
    return isInside ? 'missing' : 'outside';
  } catch {
    return 'missing';
  }
}

/** A probe over the real deck folder `folder` (the folder of the deck file). */
export function createFolderProbe(folder: string): Probe {
  return async (url) => {
    const route = routeReference(url);
    if (route.kind !== 'local') return 'outside';
    const segments = safeSegments(route.requestPath);
    if (segments === null) return 'outside';
    const file = await resolveInside(folder, route.requestPath);
    if (file !== null) return deckContentType(file) === null ? 'unsupported' : 'ok';
    return explainRefusal(folder, segments);
  };
}
