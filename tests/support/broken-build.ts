/**
 * Builds a copy of the project with some files changed, to check that bad content fails the build
 * with a message that names the file (and that good content passes). The copy shares the packages
 * in node_modules by symlinks, but not Astro's cache (node_modules/.astro, .vite): a test build
 * never reads or writes the project's own, and two builds of one copy share theirs, as two builds
 * at a desk do. A full build takes seconds: keep these few (a rule's own test runs the content
 * model on changed content, tests/support/changed-content.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyChanges, ROOT, type ContentChanges } from './changed-content.ts';

const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Caches Astro and Vite keep in node_modules: left out, so each copy starts with none. */
const CACHES = new Set(['.astro', '.vite']);

export interface BuildResult {
  code: number | null;
  output: string;
}

export interface ProjectCopy {
  /** The copy's root. */
  dir: string;
  /** `astro build` (pages written) or `astro sync` (content loaded, no page rendered) in the copy; `env` adds environment variables, e.g. SITE_RELEASE=1. */
  astro(command: 'build' | 'sync', env?: Record<string, string>): BuildResult;
  /** Changes more files of the copy (any project-relative file, code included). */
  change(changes: ContentChanges): void;
  /** The text of a file the copy's build wrote, by its URL ("/report.json"). */
  built(url: string): string;
}

/** The copy's node_modules: a folder of its own holding a link to each installed package. */
function linkPackages(dir: string): void {
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
}

/** Runs `use` on a copy of the project with the changes made; the copy is removed after. */
export function withProjectCopy<T>(changes: ContentChanges, use: (copy: ProjectCopy) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'broken-build-'));
  try {
    for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    linkPackages(dir);
    applyChanges(dir, changes);
    return use({
      dir,
      astro(command, env = {}) {
        const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), command], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env },
          timeout: 120_000,
        });
        return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
      },
      change: (more) => applyChanges(dir, more),
      built: (url) => readFileSync(join(dir, 'dist', url), 'utf8'),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `astro build` of a copy with the changes made. */
export function buildWithChanges(changes: ContentChanges, env: Record<string, string> = {}): BuildResult {
  return withProjectCopy(changes, (copy) => copy.astro('build', env));
}

/** `astro sync` of a copy with the changes made: the collections loaded and checked against their schemas, no page rendered, in a few seconds. */
export function loadWithChanges(changes: ContentChanges, env: Record<string, string> = {}): BuildResult {
  return withProjectCopy(changes, (copy) => copy.astro('sync', env));
}
