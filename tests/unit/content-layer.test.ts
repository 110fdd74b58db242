/**
 * The content boundary, checked by what each module imports (read with TypeScript's own parser):
 * only the content layer (src/lib/content/content-files.ts) reads content/ from disk, and pages,
 * components and other modules get content only from the content model (src/lib/content/site-content.ts),
 * never from Astro's collections directly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT_LAYER = 'src/lib/content/content-files.ts';
/** The one module that reads the collections: it builds the model every page reads. */
const MODEL_MODULE = 'src/lib/content/site-content.ts';
/** The modules that name where content lives: a module importing one of them and node:fs could read content/ itself. */
const CONTENT_LOCATIONS = ['content-paths.ts', 'content-collections.ts'];

interface Import {
  module: string;
  /** The values it imports by name ('*' for a namespace or default import); type-only imports are left out. */
  values: string[];
}

/** The imports of a TypeScript module or an .astro component's frontmatter. */
function importsOf(source: string, fileName: string): Import[] {
  const code = fileName.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') : source;
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return file.statements.filter(ts.isImportDeclaration).map((statement) => {
    const clause = statement.importClause;
    const bindings = clause?.namedBindings;
    const values = !clause ? ['*'] : clause.isTypeOnly ? [] : [
      ...(clause.name ? ['*'] : []),
      ...(bindings && ts.isNamespaceImport(bindings) ? ['*'] : []),
      ...(bindings && ts.isNamedImports(bindings) ? bindings.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text) : []),
    ];
    return { module: (statement.moduleSpecifier as ts.StringLiteral).text, values };
  });
}

function codeFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mjs|astro)$/.test(name))
    .map((name) => relative(ROOT, join(ROOT, dir, name)).replaceAll('\\', '/'));
}

const files = [...codeFiles('src'), ...codeFiles('scripts'), ...codeFiles('tests'), 'astro.config.mjs'];
const imports = new Map(files.map((file) => [file, importsOf(readFileSync(join(ROOT, file), 'utf8'), file)]));
const importsValueOf = (file: string, module: (name: string) => boolean) => imports.get(file)!.some((i) => module(i.module) && i.values.length > 0);

test('only the content layer both reads files and knows where content lives', () => {
  assert.ok(files.includes(CONTENT_LAYER), `${CONTENT_LAYER} is missing`);
  const readers = files.filter((file) => file !== CONTENT_LAYER
    && importsValueOf(file, (m) => m === 'node:fs' || m === 'node:fs/promises')
    && importsValueOf(file, (m) => CONTENT_LOCATIONS.some((name) => m.endsWith(`/${name}`))));
  assert.deepEqual(readers, [], `read content/ through ${CONTENT_LAYER} instead`);
});

test('only the content model reads Astro\'s collections; pages only render the entries it gives', () => {
  const readers = files.filter((file) => file !== MODEL_MODULE && file !== 'src/content.config.ts'
    && imports.get(file)!.some((i) => i.module === 'astro:content' && i.values.some((name) => name !== 'render')));
  assert.deepEqual(readers, [], `read content through ${MODEL_MODULE} instead`);
});

test('the check reads imports, leaving out type-only ones', () => {
  const found = importsOf("import { readFileSync } from 'node:fs';\nimport type { X } from 'astro:content';\nimport { getCollection, type Y } from 'astro:content';\nimport './x.css';", 'x.ts');
  assert.deepEqual(found, [
    { module: 'node:fs', values: ['readFileSync'] },
    { module: 'astro:content', values: [] },
    { module: 'astro:content', values: ['getCollection'] },
    { module: './x.css', values: ['*'] },
  ]);
  assert.deepEqual(importsOf("---\nimport { render } from 'astro:content';\n---\n<p />", 'x.astro'), [{ module: 'astro:content', values: ['render'] }]);
});
