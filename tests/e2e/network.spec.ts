/** Nothing leaves the site's origin; no console errors, failed requests or CSP violations on any page. */
import { test, expect } from '../support/reused-page.ts';
import { contentPages } from '../../scripts/lib/built-site.ts';

for (const url of contentPages()) {
  test(`${url} makes no request to another origin and logs no errors`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    page.on('request', (request) => {
      const target = new URL(request.url());
      if (target.protocol !== 'data:' && target.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url() !== new URL(url, origin).href) problems.push(`${response.status()} for ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    const cspListener = await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await cspListener.dispose();
    expect(problems).toEqual([]);
  });
}
