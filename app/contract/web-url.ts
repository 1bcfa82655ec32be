/** The one rule for links Mimbar hands to a browser, shared by the renderer, the preload's contract and main. */

/** True for an absolute http or https URL with a host. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
