/**
 * Links in slides never navigate the audience window or open a new one (click, middle-click,
 * Ctrl/Shift-click). Web links are meant to open in the system browser through the host; until the
 * contract has a channel for that, the click is swallowed.
 */

/** Installs the document-level click guard for links inside slides. */
export function guardLinkClicks(): void {
  const swallow = (event: MouseEvent): void => {
    if (event.target instanceof Element && event.target.closest('.slides a[href], .slides area[href]')) event.preventDefault();
  };
  document.addEventListener('click', swallow);
  document.addEventListener('auxclick', swallow);
}
