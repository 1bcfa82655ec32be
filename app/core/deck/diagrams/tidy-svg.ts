/**
 * beautiful-mermaid's SVG made fit for a slide. The page's CSP and the sanitizer drop `<style>` and
 * style attributes, and its `<style>` imports a web font (a request): both go, and diagram.css gives
 * the colour variables (`--_line`, `--_text`, …) their values from the slide's own colours. The fixed
 * size goes too (the viewBox stays, CSS fits it to the slide), `data-*` attributes and `url(…)`s that
 * point outside the drawing are dropped, and ids get a prefix of the diagram's own, so two diagrams on
 * one slide keep their markers apart.
 */

/** Elements that draw something; a diagram with none of them outside `<defs>` draws nothing. */
const SHAPE = /<(?:rect|path|polygon|polyline|circle|ellipse|line|text)\b/;

/** A short name for a diagram, from its source: the same diagram always gets the same ids. */
export function diagramIdPrefix(source: string): string {
  // FNV-1a: stable and cheap; a collision only matters for two different diagrams on one slide.
  let hash = 0x811c9dc5;
  for (let index = 0; index < source.length; index += 1) {
    hash ^= source.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `mmd${hash.toString(36)}`;
}

/** Rewrites the library's SVG for a slide; throws when it draws nothing. */
export function tidyLibrarySvg(svg: string, idPrefix: string): string {
  const body = svg
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/\sstyle="[^"]*"/g, '')
    .replace(/\sdata-[\w-]+="[^"]*"/g, '')
    // An author's `style A fill:url(https://…)` would fetch: only references inside the drawing stay
    // (the sanitizer refuses the others again in every window).
    .replace(/\s[\w:-]+="[^"]*url\((?!#)[^"]*"/gi, '')
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${idPrefix}-${id}"`)
    .replace(/="url\(#([^)\s]+)\)"/g, (_, id: string) => `="url(#${idPrefix}-${id})"`)
    .replace(/<svg\b[^>]*>/, (open) => {
      const viewBox = /\sviewBox="([^"]*)"/.exec(open)?.[1] ?? '0 0 100 100';
      return `<svg viewBox="${viewBox}" role="img">`;
    });
  if (!SHAPE.test(body.replace(/<defs>[\s\S]*?<\/defs>/g, ''))) throw new Error('the diagram draws nothing');
  return body.replace(/\n\s*/g, '\n').trim();
}
