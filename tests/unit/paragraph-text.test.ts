/** The paragraph data read from MDX matches the source text, so pages that quote paragraphs quote them exactly. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readAllParagraphs } from '../../src/lib/content/paragraph-text-fs.ts';
import { sourceParagraphs } from '../support/source-text.ts';
import { sectionOfParagraph } from '../../src/lib/content/report-structure.ts';

test('readAllParagraphs gives the 111 paragraphs with the source text, marks and sections', () => {
  const read = readAllParagraphs(join(import.meta.dirname, '..', '..'));
  const source = sourceParagraphs();
  assert.equal(read.length, source.length);
  read.forEach((p, i) => {
    assert.equal(p.n, source[i].n);
    assert.equal(p.text, source[i].text, `paragraph ${p.n}`);
    assert.equal(p.recommendation, source[i].recommendation, `paragraph ${p.n}`);
    assert.equal(p.section, sectionOfParagraph(p.n).slug);
  });
});
