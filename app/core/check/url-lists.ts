/**
 * Reading URLs out of attribute values that hold more than one: `srcset` candidates, CSS `url(...)`
 * and reveal.js's comma-separated background videos. Plain string scanning, no network, no DOM.
 */

const SPACE = /[\t\n\f\r ]/;

/**
 * The URLs of a `srcset` value, following the HTML candidate rules: a URL runs to the next whitespace,
 * trailing commas end a candidate, and descriptors run to a comma outside parentheses.
 */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let index = 0;
  while (index < value.length) {
    while (index < value.length && (SPACE.test(value.charAt(index)) || value.charAt(index) === ',')) index += 1;
    const start = index;
    while (index < value.length && !SPACE.test(value.charAt(index))) index += 1;
    let url = value.slice(start, index);
    if (url === '') break;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      for (; index < value.length; index += 1) {
        const char = value.charAt(index);
        if (char === '(') depth += 1;
        else if (char === ')') depth = Math.max(0, depth - 1);
        else if (char === ',' && depth === 0) break;
      }
    }
    if (url !== '') urls.push(url);
  }
  return urls;
}

const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi;
const CSS_COMMENT = /\/\*[\s\S]*?\*\//g;

/** The URLs of every `url(...)` in a CSS text (a `style` attribute or a `<style>` element), comments skipped. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.replace(CSS_COMMENT, ' ').matchAll(CSS_URL)) {
    const url = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (url !== '') urls.push(url);
  }
  return urls;
}

/** The sources of reveal.js's `data-background-video`, which takes a comma-separated list. */
export function commaUrls(value: string): string[] {
  return value
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '');
}

// reveal.js treats `data-background` as an image when it looks like one, and as a colour otherwise.
const BACKGROUND_IMAGE = /^(?:https?:|file:|\/\/)|\.(?:svg|png|jpe?g|gif|bmp|webp)(?:[?#\s]|$)/i;

/** The image URL of reveal.js's shorthand `data-background`, or none when the value is a colour. */
export function backgroundShorthandUrls(value: string): string[] {
  const url = value.trim();
  return BACKGROUND_IMAGE.test(url) ? [url] : [];
}
