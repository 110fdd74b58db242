/**
 * A Sätteri HAST plugin run on every Markdown and MDX file (astro.config.mjs): in the report
 * (content/report/<section>.mdx) it gives each unnumbered block, a paragraph at the top level or
 * an item of a top-level list, the id the structure module assigns (`summary-3`), so the site's
 * own words can link to it. The content layer reads the same blocks from the same parser
 * (mdx-parts.ts, isBlock) and the build checks their count against report-structure.ts
 * (content-rules.ts, sectionBlocksProblem), so every block counted has its id.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import type { Element } from 'hast';
import { reportBlockId, sections } from './report-structure.ts';
import { isBlock } from './mdx-parts.ts';
import { reportSectionFile } from './content-paths.ts';

type Node = Parameters<HastVisitorContext['parent']>[0];

function projectPath(ctx: HastVisitorContext): string | undefined {
  if (!ctx.fileURL) return undefined;
  const path = fileURLToPath(ctx.fileURL).replaceAll('\\', '/');
  const at = path.lastIndexOf('/content/');
  return at === -1 ? undefined : path.slice(at + 1);
}

/** The report section whose MDX file this is, if it is one. */
function reportSectionOf(ctx: HastVisitorContext): (typeof sections)[number] | undefined {
  const file = projectPath(ctx);
  return file ? sections.find((s) => file === reportSectionFile(s.slug)) : undefined;
}

/** Every report block in the file is one visit, in document order: the count is its number. */
export function reportBlockIds(): HastPluginDefinition {
  return {
    name: 'report-block-ids',
    element: {
      filter: ['p', 'li'],
      visit(node: Element, ctx) {
        const section = reportSectionOf(ctx);
        const parent = ctx.parent(node);
        if (!section?.blocks || !isBlock(node.tagName, parent as Element | undefined, parent && ctx.parent(parent as Node))) return;
        const state = (ctx.data.reportBlocks ??= { count: 0 }) as { count: number };
        state.count += 1;
        if (state.count <= section.blocks.count) ctx.setProperty(node, 'id', reportBlockId(section, state.count));
      },
    },
  };
}
