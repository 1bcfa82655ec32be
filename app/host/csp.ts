/**
 * The Content-Security-Policy of the audience page. The same text sits in the page's `<meta>` tag
 * (`renderer/audience/index.html`, checked by a browser test) so the page is just as strict when a
 * host forgets the header.
 */

/** The policy as written in the page's meta tag. */
export const AUDIENCE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: mimbar:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";

/** The policy sent as an HTTP header: adds `frame-ancestors`, which browsers ignore in a meta tag. */
export const AUDIENCE_CSP_HEADER = `${AUDIENCE_CSP}; frame-ancestors 'none'`;
