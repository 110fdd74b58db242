/** The URL contract: fixed pages, section pages in order with previous/next, short links, and every link resolving. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { builtPages, fileOf, pageDom, pageHtml } from '../../scripts/lib/built-site.ts';
import { neighbours, paragraphNumbers, sections } from '../../src/lib/content/report-structure.ts';
import { paragraphUrl, sectionUrl, shortParagraphUrl } from '../../src/lib/site/site-urls.ts';

test('the fixed pages exist', () => {
  for (const url of ['/', '/report/', '/report/full/', '/about/', '/accessibility/', '/404.html']) {
    assert.ok(existsSync(fileOf(url)), `${url} was not built`);
  }
});

test('/report/\'s contents number the judgement areas as the report does (1, 2, 2.1, 2.2, 3), and nothing else', () => {
  const items = pageDom('/report/').querySelectorAll('main .report-index > li');
  assert.equal(pageDom('/report/').querySelector('main ol.report-index'), null, 'an <ol> would number every section 1 to 10');
  assert.deepEqual(items.map((li) => li.querySelector('a')!.getAttribute('href')), sections.map((s) => sectionUrl(s.slug)));
  const numbered = items.map((li) => li.querySelector('.report-index__number')?.textContent.trim() ?? '');
  assert.deepEqual(numbered, ['', '', '', '', '1.', '2.', '2.1', '2.2', '3.', '']);
});

test('the home page has a way in for parents and carers: the children\'s page, which they share, at its lines for them on help and complaints', () => {
  const link = pageDom('/').querySelectorAll('main .ways-in a').find((a) => a.textContent.trim() === 'For parents and carers');
  assert.equal(link?.getAttribute('href'), '/young-people/#parents-and-carers');
});

test('every section page links to its previous and next section', () => {
  for (const section of sections) {
    const dom = pageDom(sectionUrl(section.slug));
    const { previous, next } = neighbours(section.slug);
    const rel = (r: string) => dom.querySelector(`a[rel="${r}"]`)?.getAttribute('href');
    assert.equal(rel('prev'), previous && sectionUrl(previous.slug), `${section.slug}: previous`);
    assert.equal(rel('next'), next && sectionUrl(next.slug), `${section.slug}: next`);
  }
});

test('every /paragraphs/N/ redirects at once to #para-N in its section, with a plain link too', () => {
  for (const n of paragraphNumbers) {
    const dom = pageDom(shortParagraphUrl(n));
    const refresh = dom.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    assert.equal(refresh, `0; url=${paragraphUrl(n)}`, `/paragraphs/${n}/`);
    assert.ok(dom.querySelector(`main a[href="${paragraphUrl(n)}"]`), `/paragraphs/${n}/ has no plain link to ${paragraphUrl(n)}`);
  }
});

test('every paragraph shows its number as a visible link to itself', () => {
  for (const n of paragraphNumbers) {
    const [url, fragment] = paragraphUrl(n).split('#');
    const link = pageDom(url).getElementById(fragment)?.querySelector('a.para__number');
    assert.equal(link?.getAttribute('href'), `#${fragment}`, `paragraph ${n}`);
    assert.equal(link?.text.replace(/\s+/g, ' ').trim(), `Paragraph ${n}`);
  }
});

test('every internal link and #fragment in dist/ resolves', () => {
  const broken: string[] = [];
  for (const page of builtPages()) {
    for (const a of pageDom(page).querySelectorAll('[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(https?:|mailto:|tel:|data:)/i.test(href)) continue;
      const url = new URL(href, `http://site${page}`);
      const target = url.pathname;
      if (!existsSync(fileOf(target))) {
        broken.push(`${page}: ${href} (no page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('/') && !pageDom(target).getElementById(fragment)) {
        broken.push(`${page}: ${href} (no id "${fragment}")`);
      }
    }
  }
  assert.deepEqual(broken, []);
});

test('no id is used twice on any page', () => {
  for (const page of builtPages()) {
    const ids = [...pageHtml(page).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    assert.deepEqual(repeated, [], page);
  }
});

test('no link is glued to the word before or after it (whitespace lost between a line of text and a tag)', () => {
  const glued: string[] = [];
  for (const page of builtPages()) {
    for (const m of pageHtml(page).matchAll(/[A-Za-z]<a\s[^>]*>[^<]*|<\/a>[A-Za-z]/g)) glued.push(`${page}: ${m[0].slice(0, 60)}`);
  }
  assert.deepEqual(glued, []);
});
