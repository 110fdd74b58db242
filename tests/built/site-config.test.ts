/**
 * The site configuration (content/site.yaml): `npm start` works with its sample values, a release
 * build refuses them (and a missing contact) with a message naming the file and the fix, and
 * passes once they are real. Every page's footer gives the contact and a problem report for itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildWithChanges } from '../support/broken-build.ts';
import { withChangedContent } from '../support/changed-content.ts';
import { contentPages, pageDom } from '../../scripts/lib/built-site.ts';
import { assertReadyToPublish, buildDate, readSiteConfig, sampleFields, siteConfig } from '../../src/lib/site/site-config.ts';
import { SITE_CONFIG_FILE } from '../../src/lib/content/content-paths.ts';
import { ABOUT_URL, ACCESSIBILITY_URL, CONTACT_URL, NOT_FOUND_URL } from '../../src/lib/site/site-urls.ts';

const RELEASE = { SITE_RELEASE: '1' };
// Each test brings its own publisher and address, so the tests pass whether content/site.yaml
// holds the shipped samples or the real values put there before publishing.
const withPublisher = (url: string, name: string, email: string) => (text: string) =>
  text
    .replace(/^url: .*$/m, `url: ${url}`)
    .replace(/^ {2}name: .*$/m, `  name: ${name}`)
    .replace(/^ {2}email: .*$/m, `  email: ${email}`);
const SAMPLE_VALUES = withPublisher('https://tests-sample.example', 'Sample publisher for the tests', 'tests@sample-publisher.example');
const REAL_VALUES = withPublisher('https://sandwell-ofsted-tests.example.gov.uk', 'Sandwell web team for the tests', 'tests-web@example.gov.uk');

test('the configuration is valid as shipped or as published', () => {
  assert.doesNotThrow(() => readSiteConfig());
});

test('sample values are recognised: an address or email on a reserved .example domain, a name with "sample"', () => {
  const sample = { ...siteConfig, url: 'https://sandwell.example', publisher: { name: 'Sample publisher', email: 'web@publisher.example' } };
  assert.deepEqual(sampleFields(sample), ['url', 'publisher.name', 'publisher.email']);
});

test('real values are not taken for samples', () => {
  assert.deepEqual(sampleFields({ ...siteConfig, url: 'https://www.sandwell.gov.uk/', publisher: { name: 'Sandwell Council', email: 'web@sandwell.gov.uk' } }), []);
});

test('a release build with the sample values fails before writing anything, naming the file, the fields and the fix', () => {
  const { code, output } = buildWithChanges({ [SITE_CONFIG_FILE]: SAMPLE_VALUES }, RELEASE);
  assert.notEqual(code, 0, 'the release build passed with sample values');
  assert.match(output, /content\/site\.yaml still has sample values in: url, publisher\.name, publisher\.email/);
  assert.match(output, /Replace them with the publisher's name and contact email and the site's public URL/);
});

test('real publisher details pass the release check', () => {
  withChangedContent({ [SITE_CONFIG_FILE]: REAL_VALUES }, (root) => {
    assert.doesNotThrow(() => assertReadyToPublish(readSiteConfig(root)));
  });
});

test('SITE_BUILD_DATE sets the date a release counts the age of outside sources from (the rule: tests/built/content-errors.test.ts)', () => {
  const set = process.env.SITE_BUILD_DATE;
  process.env.SITE_BUILD_DATE = '2027-12-01';
  assert.equal(buildDate(), '2027-12-01');
  if (set === undefined) delete process.env.SITE_BUILD_DATE;
  else process.env.SITE_BUILD_DATE = set;
});

test('a configuration without the contact email fails, naming the file and the field', () => {
  withChangedContent({ [SITE_CONFIG_FILE]: (text) => text.replace(/^ {2}email: .*\n/m, '') }, (root) => {
    assert.throws(() => readSiteConfig(root), /content\/site\.yaml is not valid\. Fix these fields:[\s\S]*publisher\.email/);
  });
});

test('every page\'s footer links to the contact and to an email reporting a problem with that page, by its address', () => {
  for (const url of contentPages()) {
    const footer = pageDom(url).querySelector('footer.site-footer')!;
    assert.ok(footer.querySelector(`a[href="${CONTACT_URL}"]`), `${url}: no Contact link`);
    const report = footer.querySelectorAll('a').find((a) => a.text.trim() === 'Report a problem with this page');
    const href = report?.getAttribute('href') ?? '';
    assert.ok(href.startsWith(`mailto:${siteConfig.publisher.email}?`), `${url}: "Report a problem" is not an email to the publisher`);
    const body = new URLSearchParams(href.slice(href.indexOf('?') + 1)).get('body') ?? '';
    // The not-found page is served at any missing address: it asks for the address instead.
    const page = url === NOT_FOUND_URL ? '(please paste the address you tried)' : new URL(url, siteConfig.url).href;
    assert.ok(body.startsWith(`Page: ${page}\n`), `${url}: the email does not carry the page's address: ${body}`);
  }
});

test('the accessibility statement and /about/ give the publisher and its email from the configuration', () => {
  for (const url of [ACCESSIBILITY_URL, ABOUT_URL]) {
    const main = pageDom(url).querySelector('main')!;
    assert.ok(main.text.includes(siteConfig.publisher.name), `${url} does not name the publisher`);
    assert.ok(main.querySelector(`a[href="mailto:${siteConfig.publisher.email}"]`), `${url} has no email link to the publisher`);
  }
  assert.ok(pageDom(ABOUT_URL).getElementById('contact'), '/about/ has no #contact for the footer\'s Contact link');
});
