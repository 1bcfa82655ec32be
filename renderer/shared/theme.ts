/** Switches the reveal.js theme stylesheet (`themes/<name>.css`, built offline) and waits for it: the audience page, the console and the print view. */
import { THEMES } from '../../app/contract/deck';
import type { ThemeName } from '../../app/contract/deck';

const LINK_ID = 'mimbar-theme';

function themeLink(): HTMLLinkElement {
  const existing = document.getElementById(LINK_ID);
  if (existing instanceof HTMLLinkElement) return existing;
  const link = document.createElement('link');
  link.id = LINK_ID;
  link.rel = 'stylesheet';
  // After the page's own stylesheet (audience.css: the theme must override reveal.js's base colours).
  document.head.append(link);
  return link;
}

/** The theme to use: the deck's when it is one of the bundled offline themes, else `black`. */
export function knownTheme(name: string): ThemeName {
  return (THEMES as readonly string[]).includes(name) ? (name as ThemeName) : 'black';
}

/** The theme after `name` in the bundled list, for the theme shortcut. */
export function nextTheme(name: ThemeName): ThemeName {
  return THEMES[(THEMES.indexOf(name) + 1) % THEMES.length] ?? 'black';
}

/** Applies `name` and resolves once its stylesheet has loaded (or failed: the page stays usable). */
export function applyTheme(name: ThemeName): Promise<void> {
  const link = themeLink();
  document.documentElement.dataset['theme'] = name;
  const href = `themes/${name}.css`;
  if (link.getAttribute('href') === href && link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    link.setAttribute('href', href);
  });
}
