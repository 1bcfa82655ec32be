/**
 * The one DOMPurify configuration every Mimbar window uses for deck HTML (slides and notes). See
 * docs/reliability.md §2.2–2.3 for why each entry is here; keep the allowlists short.
 */
import type { Config } from 'dompurify';
import { allowedUriPattern } from './url-rules';

/** Inert reveal.js attributes the engine may set; every other `data-*` attribute is dropped. */
export const ALLOWED_DATA_ATTRIBUTES = ['data-fragment-index'] as const;

/**
 * Tags that can fetch, navigate, submit, run script, restyle the page or hide markup from us, plus
 * `section`: reveal.js looks for slides with descendant `section` queries, so a deck `<section>` would
 * turn its slide into a stack. Content of forbidden tags is kept unless DOMPurify forbids it too.
 * SVG (diagrams) and MathML (formulas) are allowed as DOMPurify's profiles have them, minus what
 * references another element or file or animates attributes: `image`, `use` (DOMPurify's own list),
 * the animation elements, text on a path, SVG fonts and glyph references.
 */
export const FORBIDDEN_TAGS = [
  'section',
  'style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'template', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'base', 'meta', 'link', 'webview', 'video', 'audio',
  'source', 'track', 'portal', 'noscript',
  'image', 'animatecolor', 'animatemotion', 'animatetransform', 'mpath', 'textpath', 'tref', 'altglyph',
  'altglyphdef', 'altglyphitem', 'glyphref', 'font', 'glyph', 'hkern', 'vkern', 'filter', 'view', 'mglyph',
];

/**
 * Attributes that fetch (`srcset`, `ping`, `background`, `poster`, SVG's `xlink:href`), submit or
 * restyle. `href` is kept for links only (sanitize-html.ts).
 */
export const FORBIDDEN_ATTRIBUTES = ['style', 'srcset', 'ping', 'formaction', 'action', 'background', 'poster', 'target', 'xlink:href', 'xml:base'];

/**
 * reveal.js reads these after our sanitizer ran (lazy `data-src`, iframe backgrounds, preview
 * overlays, the Markdown plugin, auto-slide), so they are refused even if an allowlist ever grew.
 */
export const REVEAL_LOADER_ATTRIBUTE = /^data-(?:src|srcset|background|preview-|markdown|autoslide|autoplay|template|separator|notes|state|external)/i;

/** Builds the DOMPurify config for one asset base (the config embeds it in the URI pattern). */
export function createSanitizeConfig(assetBase: string): Config {
  return {
    USE_PROFILES: { html: true, svg: true, mathMl: true },
    ALLOW_DATA_ATTR: false,
    ADD_ATTR: [...ALLOWED_DATA_ATTRIBUTES],
    FORBID_TAGS: FORBIDDEN_TAGS,
    FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
    // DOM clobbering: `id="Reveal"` becomes `id="user-content-Reveal"` (docs/reliability.md §5 C10).
    SANITIZE_NAMED_PROPS: true,
    ALLOWED_URI_REGEXP: allowedUriPattern(assetBase),
    ALLOW_UNKNOWN_PROTOCOLS: false,
    KEEP_CONTENT: true,
  };
}
