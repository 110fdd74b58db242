/**
 * Moves a block of rendered HTML down the heading outline: every <hN> becomes <hN+by>, and each
 * heading's id gets a prefix so that several sections can share one page (the full report)
 * without duplicate ids. It only touches heading tags, which our own components and MDX render.
 */
export function shiftHeadings(html: string, by: number, idPrefix: string): string {
  return html.replace(/<(\/?)h([1-6])(\s[^>]*)?>/g, (_tag, slash: string, level: string, attrs = '') => {
    const shifted = Math.min(6, Number(level) + by);
    const renamed = (attrs as string).replace(/\sid="([^"]+)"/, (_m, id: string) => ` id="${idPrefix}-${id}"`);
    return `<${slash}h${shifted}${slash ? '' : renamed}>`;
  });
}
