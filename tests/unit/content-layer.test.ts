/**
 * The content layer is the one reader of content/ (src/lib/content/content-files.ts, used by the
 * collections' loaders): no other module, script or test reads a content file or lists a content
 * folder from disk, so every consumer sees what the build's collections hold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT_LAYER = 'src/lib/content/content-files.ts';
/** A call that reads a file or lists a folder, with "content" in its arguments. */
const READS_CONTENT = /\b(readFileSync|readdirSync|readFile|readdir|createReadStream)\([^)]*\bcontent\b/;

function codeFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mjs|astro)$/.test(name))
    .map((name) => relative(ROOT, join(ROOT, dir, name)).replaceAll('\\', '/'));
}

test('only the content layer reads content/ from disk', () => {
  const files = [...codeFiles('src'), ...codeFiles('scripts'), ...codeFiles('tests'), 'astro.config.mjs'];
  assert.ok(files.includes(CONTENT_LAYER), `${CONTENT_LAYER} is missing`);
  // This file holds examples of such reads, for the test below.
  const self = relative(ROOT, import.meta.filename).replaceAll('\\', '/');
  const readers = files.filter((file) => file !== CONTENT_LAYER && file !== self && READS_CONTENT.test(readFileSync(join(ROOT, file), 'utf8')));
  assert.deepEqual(readers, [], 'read content/ through src/lib/content/content-files.ts instead');
});

test('the check finds a read of content/ written the old way', () => {
  assert.match("readFileSync(join(root, 'content', 'topics.yaml'), 'utf8')", READS_CONTENT);
  assert.match("readdirSync(join(ROOT, 'content/recommendations'))", READS_CONTENT);
  assert.doesNotMatch("readFileSync(join(DIST, 'report.json'), 'utf8')", READS_CONTENT);
});
