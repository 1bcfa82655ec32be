/**
 * Links in slides never navigate the audience window or open a window of their own (click,
 * middle-click, Ctrl/Shift-click): a click on a web link asks the host to open it in the system
 * browser; every other link (the sanitizer left only http, https and mailto) does nothing.
 */
import type { MimbarBridge, OpenResult } from '../../app/contract/channels';
import { isWebUrl } from '../../app/contract/web-url';

/** Installs the document-level click guard for links inside slides. */
export function guardLinkClicks(bridge: MimbarBridge, onResult: (result: OpenResult) => void): void {
  const handle = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('.slides a[href], .slides area[href]') : null;
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
