/**
 * The one reader of the content's MDX: a file parsed once, with the parser and settings that render
 * it (Sätteri, no smart punctuation), into the parts the rest of the site reads as data. The
 * content model (content-model.ts) runs it on every MDX entry's body; nothing else parses MDX.
 *
 * - `paragraphs`: the report's numbered paragraphs, `<Para n={N} [recommendation]>words</Para>`.
 * - `blocks`: the "blocks" that citations point at and the Markdown plugin (mdx-blocks.ts) gives
 *   ids: each paragraph at the top level of a file and each item of a top-level list (isBlock),
 *   with its words and every `<Sources of="…" />` inside it.
 * - `textLines`: every line of text outside the numbered paragraphs, in reading order (headings,
 *   paragraph lines, list items at every level, footnotes), with imported snippets read in their
 *   place: the report's own text for the open data.
 * - `looseSources`: `<Sources>` notes on a line of their own, outside any block (a mistake the
 *   rules name).
 */
import { mdxToHast } from 'satteri';
import { SOURCES_COMPONENT } from './sources.ts';
import type { MdxParts } from './content-schemas.ts';

/** The hast tree Sätteri gives, as far as this reader needs it. */
interface HastNode {
  type: string;
  tagName?: string;
  name?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
}

/** Reads the MDX snippet a file imports (`import Name from './x.mdx'`), given the import's path. */
export type SnippetReader = (importPath: string) => string;

const PARA = 'Para';
const FOOTNOTE_REF = 'FootnoteRef';
const FOOTNOTE = 'Footnote';
/** Elements whose own words are lines of text: headings, paragraphs, list items. */
const TEXT_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li']);
const LISTS = new Set(['ul', 'ol']);
/** An import statement of an MDX snippet, in the JavaScript of an `import` line (an mdxjsEsm node). */
const IMPORT = /^import\s+(\w+)\s+from\s+'([^']+\.mdx)';?$/gm;

/**
 * Whether an element is a block: a paragraph at the top level, or an item of a list at the top
 * level. The Markdown plugin (mdx-blocks.ts) asks the same of the tree it renders, so the ids it
 * gives and the blocks read here are counted alike.
 */
export function isBlock(tagName: string | undefined, parent: { type: string; tagName?: string } | undefined, grandparent: { type: string } | undefined): boolean {
  if (tagName === 'p') return parent?.type === 'root';
  return tagName === 'li' && parent?.type === 'element' && LISTS.has(parent.tagName ?? '') && grandparent?.type === 'root';
}

const isComponent = (node: HastNode, name: string) => (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === name;

function attribute(node: HastNode, name: string): unknown {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

/**
 * The words of a node as lines: text as written, a line break (`<br />`) as a new line; footnote
 * references and source notes are not words. `ownOnly` leaves out nested lists (a list item's own words).
 */
function wordsOf(node: HastNode, ownOnly = false): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'element' && node.tagName === 'br') return '\n';
  if (isComponent(node, FOOTNOTE_REF) || isComponent(node, SOURCES_COMPONENT)) return '';
  if (ownOnly && node.type === 'element' && LISTS.has(node.tagName ?? '')) return '';
  return (node.children ?? []).map((child) => wordsOf(child, ownOnly)).join('');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const lines = (text: string) => text.split('\n').map(oneLine).filter(Boolean);

function sourcesIn(node: HastNode): string[] {
  if (isComponent(node, SOURCES_COMPONENT)) {
    const of = attribute(node, 'of');
    return [typeof of === 'string' ? of : ''];
  }
  return (node.children ?? []).flatMap(sourcesIn);
}

function parse(source: string): HastNode {
  return mdxToHast(source, { features: { smartPunctuation: false }, position: false }) as HastNode;
}

/** An MDX file's parts; `readSnippet` reads the MDX snippets it imports, for `textLines`. */
export function readMdxParts(source: string, readSnippet: SnippetReader): MdxParts {
  const root = parse(source);
  const imports = (root.children ?? []).filter((node) => node.type === 'mdxjsEsm').map((node) => node.value ?? '').join('\n');
  const snippets = new Map([...imports.matchAll(IMPORT)].map((m) => [m[1], m[2]]));
  const parts: MdxParts = { paragraphs: [], blocks: [], textLines: [], looseSources: 0 };

  const visit = (node: HastNode, parent: HastNode | undefined, grandparent: HastNode | undefined): void => {
    if (isComponent(node, PARA)) {
      const n = attribute(node, 'n') as { value?: string } | undefined;
      parts.paragraphs.push({ n: Number(n?.value), recommendation: node.attributes?.some((a) => a.name === 'recommendation') ?? false, text: oneLine(wordsOf(node)) });
      return;
    }
    if (node.type === 'mdxJsxFlowElement' && node.name && snippets.has(node.name)) {
      parts.textLines.push(...readMdxParts(readSnippet(snippets.get(node.name)!), readSnippet).textLines);
      return;
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === SOURCES_COMPONENT) parts.looseSources += 1;
    if (node.type === 'element' && isBlock(node.tagName, parent, grandparent)) {
      parts.blocks.push({ text: oneLine(wordsOf(node)), sources: sourcesIn(node) });
    }
    if (isComponent(node, FOOTNOTE)) {
      parts.textLines.push(...lines(wordsOf(node)));
      return;
    }
    if (node.type === 'element' && TEXT_ELEMENTS.has(node.tagName ?? '')) parts.textLines.push(...lines(wordsOf(node, true)));
    // A paragraph's words are read whole; a list item's nested lists are visited for their own items.
    if (node.type === 'element' && node.tagName === 'p') return;
    for (const child of node.children ?? []) visit(child, node, parent);
  };
  visit(root, undefined, undefined);
  return parts;
}
