/**
 * The build, timed whole (`astro build`, which ends by writing the search index), and the search
 * index step alone, timed again over the dist/ just built (scripts/build-search-index.ts).
 */
import { spawnSync } from 'node:child_process';

function timed(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
  return Math.round(performance.now() - start);
}

export function benchBuild(): { buildMs: number; searchIndexMs: number } {
  return {
    buildMs: timed('npx', ['astro', 'build']),
    searchIndexMs: timed('node', ['scripts/build-search-index.ts']),
  };
}
