/** The one MDX reader (src/lib/content/mdx-parts.ts), on small fixtures: what each part holds and what it leaves out. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMdxParts } from '../../src/lib/content/mdx-parts.ts';

const noSnippets = (path: string): string => {
  throw new Error(`no snippet ${path} in this fixture`);
};

test('numbered paragraphs: their number, their words with white space made single, and the recommendation mark', () => {
  const parts = readMdxParts('<Para n={18}>\nEarly help   services\noffer support.\n</Para>\n\n<Para n={19} recommendation>Ensure that plans improve.</Para>\n', noSnippets);
  assert.deepEqual(parts.paragraphs, [
    { n: 18, text: 'Early help services offer support.', recommendation: false },
    { n: 19, text: 'Ensure that plans improve.', recommendation: true },
  ]);
  assert.deepEqual(parts.blocks, [], 'a numbered paragraph is not an unnumbered block');
  assert.deepEqual(parts.textLines, [], 'nor text outside the numbered paragraphs');
});

test('blocks: top-level paragraphs and top-level list items, nested items inside their parent, headings left out', () => {
  const parts = readMdxParts('## A heading\n\nFirst paragraph.\n\n- Item one:\n  - nested a\n  - nested b\n- Item two\n', noSnippets);
  assert.deepEqual(parts.blocks.map((b) => b.text), ['First paragraph.', 'Item one: nested a nested b', 'Item two']);
  assert.deepEqual(parts.textLines, ['A heading', 'First paragraph.', 'Item one:', 'nested a', 'nested b', 'Item two']);
});

test('source notes: each block keeps every note inside it; a note on a line of its own is counted apart', () => {
  const parts = readMdxParts('Plans were poor. <Sources of="27, 99" />\n\nNo note here.\n\nTwo notes. <Sources of="1" /> <Sources of="2" />\n\n<Sources of="3" />\n', noSnippets);
  assert.deepEqual(parts.blocks, [
    { text: 'Plans were poor.', sources: ['27, 99'] },
    { text: 'No note here.', sources: [] },
    { text: 'Two notes.', sources: ['1', '2'] },
  ]);
  assert.equal(parts.looseSources, 1);
});

test('text lines: footnote references are not words, footnotes are, links keep their words, line breaks split lines', () => {
  const parts = readMdxParts('## Area<FootnoteRef n={1} />\n\nStreet<br />\nTown\n\nSee [the page](https://example.org/).\n\n<Footnotes>\n<Footnote n={1}>A note.</Footnote>\n</Footnotes>\n', noSnippets);
  assert.deepEqual(parts.textLines, ['Area', 'Street', 'Town', 'See the page.', 'A note.']);
});

test('an imported MDX snippet is read in its place, through the reader it is given', () => {
  const read: string[] = [];
  const parts = readMdxParts("import Closing from '../snippets/closing.mdx';\n\nBefore.\n\n<Closing />\n\nAfter.\n", (path) => {
    read.push(path);
    return 'Snippet line.\n';
  });
  assert.deepEqual(read, ['../snippets/closing.mdx']);
  assert.deepEqual(parts.textLines, ['Before.', 'Snippet line.', 'After.']);
});
