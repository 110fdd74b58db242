/**
 * dist/_headers written by `astro build` from the site's security policy (src/lib/site/security.ts),
 * so the headers hosts send and the meta tags pages carry come from one place.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { siteHeadersFile } from '../lib/site/security.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), siteHeadersFile());
      },
    },
  };
}
