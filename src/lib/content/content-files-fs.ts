/** The content's words as files, for checks that read all of content/ (the glossary check). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ContentFile {
  /** Project-relative path, named in error messages. */
  path: string;
  text: string;
}

/**
 * The content's words: every MDX, Markdown and YAML file under content/ except the PDF's source
 * text and content/outside-sources.yaml, which quote other publishers' words as seen.
 */
export function readContentFiles(root: string): ContentFile[] {
  return readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
    .map((name) => `content/${name.replaceAll('\\', '/')}`)
    .filter((path) => /\.(mdx|md|ya?ml)$/.test(path) && !path.startsWith('content/source/') && path !== 'content/outside-sources.yaml')
    .sort()
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}
