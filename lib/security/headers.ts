/** Public lead forms (`/{locale}/f/{id}`) are made to be embedded in the organization's own website. */
export const isEmbeddablePath = (pathname: string) => /^\/[^/]+\/f\/[^/]+\/?$/.test(pathname);

/**
 * Content-Security-Policy for pages: scripts only from this origin or carrying the request's nonce
 * (Next adds it to its own scripts), no plugins, no framing except of an embeddable page by any
 * site. Styles allow inline attributes because charts position their parts with style attributes;
 * scripts never run inline without the nonce.
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== "production", embeddable = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    embeddable ? "frame-ancestors *" : "frame-ancestors 'none'",
  ].join("; ");
}
