/**
 * The Content-Security-Policy every page carries as a meta tag. public/_headers sends the same
 * policy (plus frame-ancestors, which browsers ignore in a meta tag) and a test keeps the two equal.
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

export const contentSecurityPolicy = cspDirectives.join('; ');
