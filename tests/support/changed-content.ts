/**
 * The content model for tests, made as the build makes it (src/lib/content/content-model.ts) from
 * the project's content/ or from a copy with some files changed: a rule's test changes a file and
 * reads the problems the model lists, with no wiring of its own.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCollections, readContentModel, readContentText, splitMdx, yamlEntries } from '../../src/lib/content/content-files.ts';
import { buildContentModel, type ContentModel, type ModelOptions } from '../../src/lib/content/content-model.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Each change maps a project-relative file to a function from its text to the broken text. */
export type ContentChanges = Record<string, (text: string) => string>;

/** A file under `dir`, changed; a change that changes nothing is an out-of-date test. */
function changedText(dir: string, file: string, change: (text: string) => string): string {
  const before = readContentText(dir, file);
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

/** Not a release: the build's default. */
const DESK_BUILD: ModelOptions = { release: false, buildDate: '2026-12-03' };

/** Every problem the content model lists for a copy of content/ with the changes made. */
export function problemsWith(changes: ContentChanges, options: ModelOptions = DESK_BUILD): string[] {
  return withChangedContent(changes, (root) => buildContentModel(readCollections(root), options).problems);
}

let projectModel: ContentModel | undefined;

/** The content model of the project's content/, made once per test file. */
export function projectContent(): ContentModel {
  return (projectModel ??= readContentModel(ROOT));
}

/** A content file's data as the content layer hands it to its schema: a YAML file's entries, an MDX file's frontmatter. */
function dataOf(text: string, file: string): unknown {
  return file.endsWith('.mdx') ? splitMdx(text, file).data : yamlEntries(text, file);
}

/** One content file's data, changed, for a schema's test. */
export function changedData(file: string, change: (text: string) => string): unknown {
  return dataOf(change(readContentText(ROOT, file)), file);
}
