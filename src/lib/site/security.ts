/**
 * The site's security policy, its one home: the Content-Security-Policy every page carries as a
 * meta tag, and the response headers the build writes into dist/_headers (siteHeadersFile, by
 * src/integrations/security-headers.ts) for hosts that read that file, with frame-ancestors added
 * (browsers ignore that directive in a meta tag). Nothing may load from another origin, and no
 * inline script or style is allowed.
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
 * The policy dist/_headers sends for every path. A header applies to all pages at once, so it
 * allows what the search page needs; each page's stricter meta tag still applies on top (a
 * browser enforces both), so only /search/ may compile WebAssembly.
 */
export const headerContentSecurityPolicy = `${contentSecurityPolicyWith([WASM_SCRIPT_SOURCE])}; frame-ancestors 'none'`;

/** The headers every response carries on hosts that read dist/_headers (README, "Deploying"). */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerContentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** dist/_headers, in the format Netlify and Cloudflare Pages read: the security headers on every path, long caching for fingerprinted files. */
export function siteHeadersFile(): string {
  return [
    '# Written by the build from src/lib/site/security.ts: change the headers there, not here.',
    '/*',
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
