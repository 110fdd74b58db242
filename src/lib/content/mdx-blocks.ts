/**
 * A Sätteri HAST plugin run on every Markdown and MDX file (astro.config.mjs). It does two jobs on
 * "blocks": each paragraph at the top level of a file, and each item of a top-level list.
 *
 * - In the report (content/report/<section>.mdx) it gives each unnumbered block the id the
 *   structure module assigns (`summary-3`), so the site's own words can link to it, and fails the
 *   build if the section has more or fewer blocks than report-structure.ts says.
 * - In the site's own words (SITE_WORDS_DIRS) it fails the build, naming the file and the block,
 *   when a block has no `<Sources of="…" />`, has more than one, or cites a paragraph or block
 *   that does not exist.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import type { Element } from 'hast';
import { reportBlockId, sections } from './report-structure.ts';
import { parseSources, SITE_WORDS_DIRS, SOURCES_COMPONENT } from './sources.ts';

type Node = Parameters<HastVisitorContext['parent']>[0];

function isBlock(node: Element, ctx: HastVisitorContext): boolean {
  const parent = ctx.parent(node);
  if (!parent) return false;
  if (node.tagName === 'p') return parent.type === 'root';
  return parent.type === 'element' && (parent.tagName === 'ul' || parent.tagName === 'ol') && ctx.parent(parent as Node)?.type === 'root';
}

function projectPath(ctx: HastVisitorContext): string | undefined {
  if (!ctx.fileURL) return undefined;
  const path = fileURLToPath(ctx.fileURL).replaceAll('\\', '/');
  const at = path.lastIndexOf('/content/');
  return at === -1 ? undefined : path.slice(at + 1);
}

function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
}

/** The report section whose MDX file this is, if it is one. */
function reportSectionOf(ctx: HastVisitorContext): { file: string; section: (typeof sections)[number] } | undefined {
  const file = projectPath(ctx);
  const section = file && sections.find((s) => file === `content/report/${s.slug}.mdx`);
  return file && section ? { file, section } : undefined;
}

/** Every report block in the file is one visit, in document order: the count is its number. */
export function reportBlockIds(): HastPluginDefinition {
  return {
    name: 'report-block-ids',
    element: {
      filter: ['p', 'li'],
      visit(node, ctx) {
        const section = reportSectionOf(ctx)?.section;
        if (!section || !isBlock(node, ctx)) return;
        const state = (ctx.data.reportBlocks ??= { count: 0 }) as { count: number };
        state.count += 1;
        if (section.blocks && state.count <= section.blocks.count) ctx.setProperty(node, 'id', reportBlockId(section, state.count));
      },
    },
    after(_root, ctx) {
      const report = reportSectionOf(ctx);
      if (!report) return;
      const { file, section } = report;
      const found = (ctx.data.reportBlocks as { count: number } | undefined)?.count ?? 0;
      const expected = section.blocks?.count ?? 0;
      if (found !== expected) {
        throw new Error(`${file} has ${found} unnumbered blocks (paragraphs and list items outside <Para>), but src/lib/content/report-structure.ts gives the section ${expected}. Set its blocks.count to ${found}, or mend the file.`);
      }
    },
  };
}

/** A node's place in the tree (its index at each level from the root), comparable across visitors. */
function pathOf(node: Node, ctx: HastVisitorContext): string {
  const indices: number[] = [];
  for (let n: Node | undefined = node; n && n.type !== 'root'; n = ctx.parent(n) as Node | undefined) indices.unshift(ctx.indexOf(n) ?? -1);
  return indices.join('.');
}

/** The block (top-level paragraph or list item) a node sits in, if any. */
function blockOf(node: Node, ctx: HastVisitorContext): Element | undefined {
  for (let n = ctx.parent(node) as Node | undefined; n && n.type !== 'root'; n = ctx.parent(n) as Node | undefined) {
    if (n.type === 'element' && (n.tagName === 'p' || n.tagName === 'li') && isBlock(n, ctx)) return n;
  }
  return undefined;
}

interface WordsState {
  blocks: { path: string; text: string }[];
  notes: { path?: string; of?: string }[];
}

function isSiteWords(ctx: HastVisitorContext): string | undefined {
  const file = projectPath(ctx);
  return file && SITE_WORDS_DIRS.some((dir) => file.startsWith(`${dir}/`)) ? file : undefined;
}

function wordsState(ctx: HastVisitorContext): WordsState {
  return (ctx.data.siteWords ??= { blocks: [], notes: [] }) as WordsState;
}

export function siteWordsSources(): HastPluginDefinition {
  return {
    name: 'site-words-sources',
    element: {
      filter: ['p', 'li'],
      visit(node, ctx) {
        if (isSiteWords(ctx) && isBlock(node, ctx)) wordsState(ctx).blocks.push({ path: pathOf(node, ctx), text: ctx.textContent(node) });
      },
    },
    mdxJsxTextElement: {
      filter: [SOURCES_COMPONENT],
      visit(node, ctx) {
        if (!isSiteWords(ctx)) return;
        const block = blockOf(node, ctx);
        const of = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'of')?.value;
        wordsState(ctx).notes.push({ path: block && pathOf(block, ctx), of: typeof of === 'string' ? of : undefined });
      },
    },
    // A note on a line of its own is not inside the block before it: MDX makes it a block of its own.
    mdxJsxFlowElement: {
      filter: [SOURCES_COMPONENT],
      visit(_node, ctx) {
        if (isSiteWords(ctx)) wordsState(ctx).notes.push({});
      },
    },
    after(_root, ctx) {
      const file = isSiteWords(ctx);
      if (!file) return;
      const { blocks, notes } = wordsState(ctx);
      if (notes.some((n) => n.path === undefined)) {
        throw new Error(`${file} has a <${SOURCES_COMPONENT}> outside a paragraph or list item: put it at the end of the last line of the block it sources (not on a line of its own).`);
      }
      for (const block of blocks) {
        const where = `${file}, the block "${excerpt(block.text)}"`;
        const own = notes.filter((n) => n.path === block.path);
        if (own.length === 0) {
          throw new Error(`${where} has no sources: end it with <${SOURCES_COMPONENT} of="27, 99" /> (paragraphs), of="summary-3" (a block of the report) or of="general" (not from the report). See README.md, "How the site's own words cite the report".`);
        }
        if (own.length > 1) throw new Error(`${where} has ${own.length} <${SOURCES_COMPONENT}> notes: give each block one, listing all it rests on.`);
        try {
          parseSources(own[0].of);
        } catch (error) {
          throw new Error(`${where} ${(error as Error).message}.`);
        }
      }
    },
  };
}

/** Both plugins, as astro.config.mjs gives them to Sätteri (and tests, to compile one file). */
export function mdxBlockPlugins(): HastPluginDefinition[] {
  return [reportBlockIds(), siteWordsSources()];
}
