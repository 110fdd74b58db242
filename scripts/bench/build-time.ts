/** The build, timed in its two steps: Astro's pages, then the search index (npm run build runs both). */
import { spawnSync } from 'node:child_process';

function timed(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
  return Math.round(performance.now() - start);
}

export function benchBuild(): { astroMs: number; searchIndexMs: number } {
  return {
    astroMs: timed('npx', ['astro', 'build']),
    searchIndexMs: timed('node', ['scripts/build-search-index.ts']),
  };
}
