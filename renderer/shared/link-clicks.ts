/**
 * Links in deck content never navigate the page or open a window of their own (click, middle-click,
 * Ctrl/Shift-click): a click on a web link asks the host to open it in the system browser; every other
 * link (the sanitizer left only http, https and mailto) does nothing. The audience guards the links in
 * its slides; the console and the notes editor, whose own interface has no links, guard every link.
 */
import type { MimbarBridge, OpenResult } from '../../app/contract/channels';
import { isWebUrl } from '../../app/contract/web-url';

/** Links inside reveal.js slides: what the audience guards. */
export const SLIDE_LINKS = '.slides a[href], .slides area[href]';
/** Every link on the page. */
export const ALL_LINKS = 'a[href], area[href]';

/** Installs the document-level click guard for the links that match `links`. */
export function guardLinkClicks(bridge: Pick<MimbarBridge, 'openLink'>, onResult: (result: OpenResult) => void, links: string = SLIDE_LINKS): void {
  const handle = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest(links) : null;
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (event.type === 'click' && isWebUrl(href)) {
      bridge.openLink(href).then(onResult, (error: unknown) => onResult({ ok: false, message: String(error) }));
    }
  };
  document.addEventListener('click', handle);
  document.addEventListener('auxclick', handle);
}
