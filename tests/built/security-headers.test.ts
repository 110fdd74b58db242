/** dist/_headers, written by the build, carries the site's security headers: the CSP src/lib/site/security.ts defines, which no page's meta CSP goes beyond. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSiteHeaders } from '../../scripts/serve.ts';
import { headerContentSecurityPolicy, securityHeaders } from '../../src/lib/site/security.ts';
import { contentPages, DIST, pageDom } from '../../scripts/lib/built-site.ts';

const headers = readSiteHeaders(DIST);

test('the build writes dist/_headers with every security header of src/lib/site/security.ts, the CSP with frame-ancestors', () => {
  assert.deepEqual(headers, securityHeaders);
  assert.match(headers['Content-Security-Policy'], /frame-ancestors 'none'/);
});

test('dist/_headers sends nosniff, a referrer policy, a permissions policy and no framing', () => {
  assert.equal(headers['X-Content-Type-Options'], 'nosniff');
  assert.equal(headers['X-Frame-Options'], 'DENY');
  assert.ok(headers['Referrer-Policy'], 'Referrer-Policy');
  assert.match(headers['Permissions-Policy'] ?? '', /camera=\(\)/);
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
