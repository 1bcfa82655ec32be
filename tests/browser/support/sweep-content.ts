/**
 * Pokes at deck content the way a user and the browser would (hover, focus, click, key, wheel, copy,
 * animation, toggle, load and error events on every element), so a handler or link that survived
 * sanitization gets its chance to run; and reads what is left in the live DOM.
 */
import type { Page } from 'playwright-core';

/** Event types without a click: what hovering, focusing, scrolling and loading fire. */
const PASSIVE_EVENTS = [
  'mouseover', 'mouseenter', 'mousemove', 'mouseout', 'pointerover', 'pointerenter', 'focus', 'focusin', 'blur',
  'focusout', 'keydown', 'keyup', 'input', 'change', 'wheel', 'scroll', 'copy', 'paste', 'animationstart',
  'animationend', 'animationiteration', 'transitionrun', 'transitionend', 'toggle', 'beforetoggle', 'load', 'error',
  'loadstart', 'canplay', 'play', 'begin', 'end', 'beforeinput', 'submit', 'invalid', 'select', 'touchstart',
];
/** Event types of pressing a pointer: the app's own click guards see them bubble like a real click. */
const CLICK_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'auxclick', 'dblclick', 'contextmenu'];

/**
 * Dispatches the events on every element matching `selector` (in document order); `withClicks` adds
 * pointer presses and clicks. Resolves with the hrefs of the links that were clicked, and how many
 * elements were swept.
 */
export function sweepContent(page: Page, selector: string, withClicks: boolean): Promise<{ clickedLinks: string[]; elements: number }> {
  return page.evaluate(
    ({ selector, types }) => {
      const make = (type: string): Event => {
        const init = { bubbles: !['focus', 'blur', 'mouseenter', 'pointerenter', 'load', 'error', 'toggle', 'beforetoggle', 'scroll'].includes(type), cancelable: true, composed: true };
        if (type.startsWith('pointer')) return new PointerEvent(type, { ...init, button: 0, isPrimary: true });
        if (type === 'auxclick') return new MouseEvent(type, { ...init, button: 1 });
        if (type === 'contextmenu') return new MouseEvent(type, { ...init, button: 2 });
        if (type.startsWith('mouse') || type.endsWith('click')) return new MouseEvent(type, { ...init, button: 0 });
        if (type === 'wheel') return new WheelEvent(type, { ...init, deltaY: 10 });
        if (type.startsWith('focus') || type === 'blur') return new FocusEvent(type, init);
        if (type.startsWith('key')) return new KeyboardEvent(type, { ...init, key: 'a' });
        if (type.startsWith('animation')) return new AnimationEvent(type, { ...init, animationName: 'x' });
        if (type.startsWith('transition')) return new TransitionEvent(type, { ...init, propertyName: 'opacity' });
        if (type === 'copy' || type === 'paste') return new ClipboardEvent(type, init);
        return new Event(type, init);
      };
      const elements = Array.from(document.querySelectorAll(selector));
      const clickedLinks: string[] = [];
      for (const element of elements) {
        // A previous click may have replaced the content (a console moving on); skip what left the page.
        if (!element.isConnected) continue;
        if (types.includes('click') && element.matches('a[href], area[href]')) clickedLinks.push((element as HTMLAnchorElement).href);
        for (const type of types) element.dispatchEvent(make(type));
      }
      return { clickedLinks, elements: elements.length };
    },
    { selector, types: withClicks ? [...PASSIVE_EVENTS, ...CLICK_EVENTS] : PASSIVE_EVENTS },
  );
}

/** What is active in deck content: each entry names the element and the attribute or tag. */
export function activeContent(page: Page, selector: string, origin: string): Promise<string[]> {
  return page.evaluate(
    ({ selector, origin }) => {
      // Drawings (svg) and formulas (math) are content; what in them could fetch, link or animate is not.
      const forbiddenTags = /^(?:script|style|iframe|frame|frameset|object|embed|applet|portal|form|input|button|textarea|select|option|template|base|meta|link|video|audio|source|track|noscript|webview|section|image|use|animate|animatemotion|animatetransform|set|foreignobject|feimage|mpath|textpath|maction|mglyph|annotation-xml)$/i;
      const found: string[] = [];
      for (const element of document.querySelectorAll(selector)) {
        const tag = element.nodeName.toLowerCase();
        if (forbiddenTags.test(tag)) found.push(`<${tag}>`);
        for (const { name, value } of Array.from(element.attributes)) {
          const where = `<${tag} ${name}="${value.slice(0, 80)}">`;
          if (name.startsWith('on')) found.push(where);
          else if (/^(?:srcset|action|formaction|background|ping|poster|xlink:href|lowsrc|dynsrc|target|is)$/.test(name)) found.push(where);
          // reveal.js loaders (`data-src`, `data-background-*`, `data-preview-link`, …) and every other
          // data attribute but the one inert attribute the sanitizer keeps.
          else if (name.startsWith('data-') && name !== 'data-fragment-index') found.push(where);
          else if (name === 'style' && /url\(|expression|behavior|binding/i.test(value)) found.push(where);
          else if (/url\s*\(/i.test(value) && !/^\s*url\(\s*#[A-Za-z0-9_-]+\s*\)\s*$/.test(value)) found.push(where);
          else if (name === 'href' && !/^(?:https?:\/\/|mailto:)/i.test(value)) found.push(where);
          else if (name === 'src' && !(value.startsWith(`${origin}/deck/`) || value.startsWith('/deck/') || /^data:image\/(?:png|jpeg|gif|webp)[;,]/i.test(value))) found.push(where);
          else if ((name === 'id' || name === 'name') && !value.startsWith('user-content-')) found.push(where);
        }
      }
      return found;
    },
    { selector, origin },
  );
}
