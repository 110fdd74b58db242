/** public/_headers carries the site's security headers, and its CSP is the one src/lib/site/security.ts defines. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readSiteHeaders } from '../../scripts/serve.ts';
import { headerContentSecurityPolicy } from '../../src/lib/site/security.ts';
import { contentPages, DIST, pageDom } from '../../scripts/lib/built-site.ts';

const headers = readSiteHeaders(join(import.meta.dirname, '..', '..', 'public'));

test('public/_headers sends the CSP of src/lib/site/security.ts, with frame-ancestors', () => {
  assert.equal(headers['Content-Security-Policy'], headerContentSecurityPolicy);
  assert.match(headers['Content-Security-Policy'], /frame-ancestors 'none'/);
});

test('public/_headers sends nosniff, a referrer policy, a permissions policy and no framing', () => {
  assert.equal(headers['X-Content-Type-Options'], 'nosniff');
  assert.equal(headers['X-Frame-Options'], 'DENY');
  assert.ok(headers['Referrer-Policy'], 'Referrer-Policy');
  assert.match(headers['Permissions-Policy'] ?? '', /camera=\(\)/);
});

test('the built site ships the same _headers', () => {
  assert.deepEqual(readSiteHeaders(DIST), headers);
});

test('every page\'s meta CSP allows nothing the header does not, and never inline scripts', () => {
  const headerDirectives = new Set(headerContentSecurityPolicy.split('; '));
  for (const url of contentPages()) {
    const meta = pageDom(url).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    assert.ok(meta, `${url} has no CSP meta tag`);
    assert.doesNotMatch(meta, /'unsafe-inline'|'unsafe-eval'/, url);
    for (const directive of meta.split('; ')) {
      const name = directive.split(' ')[0];
      const inHeader = [...headerDirectives].find((d) => d.startsWith(`${name} `));
      assert.ok(inHeader, `${url}: ${name} is not in the header`);
      for (const source of directive.split(' ').slice(1)) assert.ok(inHeader.split(' ').includes(source), `${url}: ${name} ${source} is not allowed by the header`);
    }
  }
});
