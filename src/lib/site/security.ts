/**
 * The Content-Security-Policy every page carries as a meta tag. public/_headers sends it as a
 * header too, for hosts that read that file, with frame-ancestors added (browsers ignore that
 * directive in a meta tag); tests/built/security-headers.test.ts keeps the two in step.
 * Nothing may load from another origin, and no inline script or style is allowed.
 */
export const cspDirectives: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * Lets a page compile WebAssembly, which Pagefind's search needs. Only /search/ adds it, so
 * every other page keeps the policy above unchanged.
 */
export const WASM_SCRIPT_SOURCE = "'wasm-unsafe-eval'";

/** The policy with extra sources added to script-src, for the one page that needs them. */
export function contentSecurityPolicyWith(extraScriptSources: readonly string[]): string {
  return cspDirectives
    .map((directive) => (directive.startsWith('script-src ') ? [directive, ...extraScriptSources].join(' ') : directive))
    .join('; ');
}

/** The policy of every page but /search/. */
export const contentSecurityPolicy = contentSecurityPolicyWith([]);

/**
 * The policy public/_headers sends for every path. A header applies to all pages at once, so it
 * allows what the search page needs; each page's stricter meta tag still applies on top (a
 * browser enforces both), so only /search/ may compile WebAssembly.
 */
export const headerContentSecurityPolicy = `${contentSecurityPolicyWith([WASM_SCRIPT_SOURCE])}; frame-ancestors 'none'`;
