/** How a page declares on its <main> the way search indexes it (src/lib/search/search-markup.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { pageSearchOf, searchAttributes, type PageSearch } from '../../src/lib/search/search-markup.ts';

const mainWith = (attributes: Record<string, string>) =>
  parse(`<main ${Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(' ')}></main>`).querySelector('main')!;

test('each way of being searched is read back from the attributes the layout writes', () => {
  for (const search of ['page', 'parts', 'in-full', 'none'] as PageSearch[]) {
    assert.equal(pageSearchOf(mainWith(searchAttributes(search))), search);
  }
  assert.deepEqual(searchAttributes('none'), { 'data-pagefind-ignore': 'all' }, 'a page left out says so in Pagefind\'s own words');
  assert.deepEqual(searchAttributes('page'), {}, 'an ordinary page carries no attribute');
});

test('an unknown way of being searched fails, naming the attribute and the ways there are', () => {
  assert.throws(() => pageSearchOf(mainWith({ 'data-search': 'entries' })), /data-search="entries".*'page', 'parts', 'in-full', 'summary' or 'none'/);
});
