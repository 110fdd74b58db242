/**
 * Builds a copy of the project with some content files changed, to check that bad content fails
 * the build with a message that names the file (and that good content passes). The copy shares
 * the packages in node_modules by symlinks, but not Astro's cache (node_modules/.astro, .vite):
 * a test build never reads or writes the project's own. A full build takes seconds: keep these few, one per layer of rules
 * (a rule's own test runs it on changed content with tests/support/changed-content.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyChanges, ROOT, type ContentChanges } from './changed-content.ts';

const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * Each change maps a project-relative file to a function from its text to the broken text.
 * `env` adds environment variables, e.g. SITE_RELEASE=1 for the release build.
 */
export function buildWithChanges(changes: ContentChanges, env: Record<string, string> = {}): BuildResult {
  return astroWithChanges('build', changes, env);
}

/** `astro sync` on the changed copy: the content loaded (and its loaders' rules run), no page rendered, in a few seconds. */
export function loadWithChanges(changes: ContentChanges, env: Record<string, string> = {}): BuildResult {
  return astroWithChanges('sync', changes, env);
}

/** Caches Astro and Vite keep in node_modules: left out, so each copy starts with none. */
const CACHES = new Set(['.astro', '.vite']);

/** The copy's node_modules: a folder of its own holding a link to each installed package. */
function linkPackages(dir: string): void {
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
}

function astroWithChanges(command: 'build' | 'sync', changes: ContentChanges, env: Record<string, string>): BuildResult {
  const dir = mkdtempSync(join(tmpdir(), 'broken-build-'));
  try {
    for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    linkPackages(dir);
    applyChanges(dir, changes);
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), command], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env },
      timeout: 120_000,
    });
    return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
