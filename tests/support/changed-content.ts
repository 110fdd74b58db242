/**
 * A copy of the project's content/ with some files changed, for checks that run a content rule
 * on broken content without a full build: the rule reads the copy as its project root.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { parse } from 'yaml';
import { mdxBlockPlugins } from '../../src/lib/content/mdx-blocks.ts';
import { splitFrontmatter } from '../../src/lib/content/site-words.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Each change maps a project-relative file to a function from its text to the broken text. */
export type ContentChanges = Record<string, (text: string) => string>;

/** A file under `dir`, changed; a change that changes nothing is an out-of-date test. */
function changedText(dir: string, file: string, change: (text: string) => string): string {
  const before = readFileSync(join(dir, file), 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`The change to ${file} changed nothing: the test is out of date with the content.`);
  return after;
}

/** Applies the changes to the files under `dir`. */
export function applyChanges(dir: string, changes: ContentChanges): void {
  for (const [file, change] of Object.entries(changes)) writeFileSync(join(dir, file), changedText(dir, file, change));
}

/** Runs `check` on a copy of content/ with the changes made, passing the copy's root. */
export function withChangedContent<T>(changes: ContentChanges, check: (root: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'changed-content-'));
  try {
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    applyChanges(dir, changes);
    return check(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One content file's data, changed, as the content layer hands it to its schema: a YAML file's entries, an MDX file's frontmatter. */
export function changedData(file: string, change: (text: string) => string): unknown {
  const text = change(readFileSync(join(ROOT, file), 'utf8'));
  return file.endsWith('.mdx') ? parse(splitFrontmatter(text).frontmatter) : parse(text);
}

/** Compiles one MDX file of content/, changed, with the build's Markdown plugins (mdx-blocks.ts); throws as the build would. */
export function compileChangedMdx(file: string, change: (text: string) => string): void {
  mdxToJs(changedText(ROOT, file, change), { hastPlugins: mdxBlockPlugins(), fileURL: pathToFileURL(join(ROOT, file)) });
}
