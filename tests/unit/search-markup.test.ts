/** How a page declares on its <main> the way search indexes it (src/lib/search/search-markup.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { headingSearchAttributes, pageSearchOf, searchAttributes, sectionSearchMeta, type PageSearch } from '../../src/lib/search/search-markup.ts';
import { PAGE_TEXT_WEIGHT } from '../../src/lib/search/search-ranking.ts';

const mainWith = (attributes: Record<string, string>) =>
  parse(`<main ${Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(' ')}></main>`).querySelector('main')!;

test('each way of being searched is read back from the attributes the layout writes', () => {
  for (const search of ['page', 'parts', 'in-full', 'none'] as PageSearch[]) {
    assert.equal(pageSearchOf(mainWith(searchAttributes(search))), search);
  }
  assert.deepEqual(searchAttributes('none'), { 'data-pagefind-ignore': 'all' }, 'a page left out says so in Pagefind\'s own words');
  assert.deepEqual(
    searchAttributes('page'),
    { 'data-pagefind-body': '', 'data-pagefind-weight': String(PAGE_TEXT_WEIGHT), 'data-pagefind-meta': 'title:' },
    'an ordinary page is Pagefind\'s body at the page\'s weight, with an empty title (its h1 is its heading)',
  );
  assert.equal(searchAttributes('in-full')['data-pagefind-weight'], '1');
  assert.equal(searchAttributes('parts')['data-pagefind-body'], undefined, 'a page searched by part is indexed as records, not from its HTML');
});

test('the h1 is a page\'s heading, or for the page counted in full its title and not its text', () => {
  assert.deepEqual(headingSearchAttributes(), { 'data-pagefind-meta': 'heading' });
  assert.deepEqual(headingSearchAttributes('in-full'), { 'data-pagefind-ignore': '', 'data-pagefind-meta': 'title' });
});

test('a section\'s meta and filter are one pair per <meta>, so a title with a comma stays whole', () => {
  assert.deepEqual(sectionSearchMeta('Leadership, management and governance'), [
    { name: 'pagefind-section', 'data-pagefind-meta': 'section[content]', content: 'Leadership, management and governance' },
    { name: 'pagefind-section-filter', 'data-pagefind-filter': 'Section[content]', content: 'Leadership, management and governance' },
  ]);
});

test('an unknown way of being searched fails, naming the attribute and the ways there are', () => {
  assert.throws(() => pageSearchOf(mainWith({ 'data-search': 'entries' })), /data-search="entries".*'page', 'parts', 'in-full', 'summary' or 'none'/);
});
