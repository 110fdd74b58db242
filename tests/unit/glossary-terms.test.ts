/** The two functions behind words explained: linking first uses of glossary terms, and the content check. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkFirstUses } from '../../src/lib/content/glossary-terms.ts';
import { glossaryProblems } from '../../src/lib/content/content-rules.ts';
import type { GlossaryTerm } from '../../src/lib/content/content-schemas.ts';

const entry = (id: string, term: string, expansion?: string, forms?: string[]): GlossaryTerm => ({ id, term, expansion, forms, definition: 'A test.', sources: 'general' });
const MASH = entry('mash', 'MASH', 'multi-agency safeguarding hub');
const IRO = entry('iro', 'IRO', 'independent reviewing officer');
const FOSTER_CARER = entry('foster-carer', 'foster carer');

test('linkFirstUses links the first use of each abbreviation only, in an <abbr>, and keeps the text the same', () => {
  const html = '<p>The MASH works. IROs agree.</p><p>The MASH again, and IROs.</p>';
  const linked = linkFirstUses(html, [MASH, IRO]);
  assert.equal(
    linked,
    '<p>The <a class="glossary-link" href="/glossary/#mash"><abbr title="multi-agency safeguarding hub">MASH</abbr></a> works. '
      + '<a class="glossary-link" href="/glossary/#iro"><abbr title="independent reviewing officer">IROs</abbr></a> agree.</p>'
      + '<p>The MASH again, and IROs.</p>',
  );
  assert.equal(linked.replace(/<[^>]+>/g, ''), html.replace(/<[^>]+>/g, ''));
});

test('linkFirstUses leaves headings, existing links and attributes alone, and links words only when asked', () => {
  const html = '<h2>The MASH</h2><p title="MASH"><a href="/x/">MASH</a> and foster carers.</p><p>Foster carers and the MASH.</p>';
  assert.equal(
    linkFirstUses(html, [MASH, FOSTER_CARER]),
    '<h2>The MASH</h2><p title="MASH"><a href="/x/">MASH</a> and foster carers.</p><p>Foster carers and the '
      + '<a class="glossary-link" href="/glossary/#mash"><abbr title="multi-agency safeguarding hub">MASH</abbr></a>.</p>',
  );
  assert.match(
    linkFirstUses(html, [MASH, FOSTER_CARER], { words: true }),
    /<\/a> and <a class="glossary-link" href="\/glossary\/#foster-carer">foster carers<\/a>\.<\/p><p>Foster carers and/,
  );
});

test('the content check names an undefined acronym (plural or not) and its file, and ignores postcodes and MDX components', () => {
  const problems = glossaryProblems([MASH], [
    { path: 'content/report/a.mdx', text: '<FootnoteRef n={1} /> The MASH and IROs, at M1 2WD and TW9 4DU.' },
  ]);
  assert.deepEqual(problems.map((p) => p.split(',')[0]), ['content/report/a.mdx uses the acronym "IRO"']);
});

test('the content check names a glossary term that no content file uses', () => {
  const problems = glossaryProblems([MASH, FOSTER_CARER], [{ path: 'content/report/a.mdx', text: 'The MASH works.' }]);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /content\/glossary\.yaml defines "foster carer" \(id foster-carer\), but no file in content\/ uses it/);
});
