/**
 * The files in the deck's folder that its slides show (`<img src>` with a relative path, background images), as absolute
 * paths to watch: the same routing as the renderer and the deck route, so a path the app refuses is
 * never watched. An image that is missing is listed too: copying it in later shows it.
 */
import { join } from 'node:path';
import type { Deck } from '../../contract/deck';
import { isShownByApp, routeReference } from '../check/reference-rules';
import { slideResourceReferences } from '../check/resource-references';
import { safeSegments } from '../files/confine-path';

/** Absolute paths of the local images `deck` shows, each once, in slide order. */
export function localImagePaths(deck: Deck, folder: string): string[] {
  const paths = new Set<string>();
  for (const slide of deck.slides) {
    for (const reference of slideResourceReferences(slide)) {
      if (!isShownByApp(reference)) continue;
      const route = routeReference(reference.url);
      const segments = route.kind === 'local' ? safeSegments(route.requestPath) : null;
      if (segments !== null && segments.length > 0) paths.add(join(folder, ...segments));
    }
  }
  return [...paths];
}
