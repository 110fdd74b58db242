/**
 * `npm test`: every check, in order, on a fresh build, ending with one line that counts them:
 * "N passed, N failed". Each stage's own output is shown as it runs.
 *   1. type check (astro check)       counts as one check
 *   2. build (npm run build)          counts as one check; nothing else runs without it
 *   3. unit tests                     node:test, pure functions (tests/unit; each test counts)
 *   4. build and built-site tests     node:test, the build and what it wrote to dist/ (tests/built)
 *   5. browser tests                  Playwright over dist/ served on loopback (tests/e2e; each test counts)
 * A stage that runs no test, or whose runner reports an error, fails (scripts/test-run/stage-results.ts).
 *
 * Options: --stages check,build,unit,browser (default: all; `unit` runs stages 3 and 4; later
 * stages need a build in dist/).
 * Environment: TEST_PORT (the browser tests' server port; without it a free one from 4330 up is
 * used), TEST_RESULTS_DIR (where reports and summary.txt go; default test-results/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { commandStage, playwrightStage, summarise, tapStage, type StageResult } from './test-run/stage-results.ts';
import { freePort, tryPort } from './test-run/ports.ts';

const STAGES = ['check', 'build', 'unit', 'browser'] as const;
const stagesArg = process.argv.indexOf('--stages');
const chosen = stagesArg > 0 ? process.argv[stagesArg + 1].split(',') : [...STAGES];
const unknown = chosen.filter((s) => !(STAGES as readonly string[]).includes(s));
if (unknown.length) {
  console.error(`run-tests: unknown stage ${unknown.join(', ')}; the stages are ${STAGES.join(', ')}`);
  process.exit(2);
}
const runs = (s: (typeof STAGES)[number]) => chosen.includes(s);

const RESULTS_DIR = process.env.TEST_RESULTS_DIR ?? 'test-results';
mkdirSync(RESULTS_DIR, { recursive: true });
const results: StageResult[] = [];
/** Each stage's wall time in seconds, printed beside its counts: stages run one after another, so a stage lasts from the last record to its own. */
const seconds = new Map<string, number>();
let stageStarted = performance.now();

function run(command: string, args: string[], env: Record<string, string> = {}): number | null {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  return result.status;
}

function record(result: StageResult): void {
  results.push(result);
  seconds.set(result.stage, Math.round((performance.now() - stageStarted) / 1000));
  stageStarted = performance.now();
  console.log(`\n== ${result.stage}: ${result.passed} passed, ${result.failed} failed (${seconds.get(result.stage)} s)`);
  for (const problem of result.problems) console.log(`   ${problem}`);
  console.log('');
}

function finish(): never {
  const { line, ok } = summarise(results);
  console.log('\nSummary');
  for (const r of results) console.log(`  ${r.stage}: ${r.passed} passed, ${r.failed} failed (${seconds.get(r.stage)} s)`);
  console.log(`  all stages: ${[...seconds.values()].reduce((a, b) => a + b, 0)} s`);
  writeFileSync(join(RESULTS_DIR, 'summary.txt'), `${line}\n`);
  console.log(line);
  process.exit(ok ? 0 : 1);
}

if (runs('check')) record(commandStage('type check (astro check)', run('npx', ['astro', 'check', '--minimumSeverity', 'warning'])));

if (runs('build')) {
  record(commandStage('build', run('npm', ['run', '--silent', 'build'])));
  if (results.at(-1)!.failed) finish();
}

// Pure functions first (tests/unit), then the build and what it wrote to dist/ (tests/built).
const NODE_TEST_STAGES = [
  { stage: 'unit tests (tests/unit)', folder: 'tests/unit' },
  { stage: 'build and built-site tests (tests/built)', folder: 'tests/built' },
];
if (runs('unit')) {
  for (const { stage, folder } of NODE_TEST_STAGES) {
    const tapFile = join(RESULTS_DIR, `${folder.replace('tests/', '')}.tap`);
    rmSync(tapFile, { force: true });
    run('node', [
      '--test',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
      `${folder}/*.test.ts`,
    ]);
    record(tapStage(stage, existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : undefined));
  }
}

if (runs('browser')) {
  const stage = 'browser tests';
  // A server left on the port by an interrupted run would make Playwright refuse to start: say so, or move on.
  const port = process.env.TEST_PORT ? await tryPort(Number(process.env.TEST_PORT)) : await freePort(4330);
  if (!port) {
    record({ stage, passed: 0, failed: 1, problems: [
      `TEST_PORT ${process.env.TEST_PORT} is taken on 127.0.0.1 (a server left by an interrupted run?): stop it, or unset TEST_PORT to use a free port.`,
    ] });
    finish();
  }
  // Playwright's own Chromium where it can be downloaded; Debian's where it cannot (see playwright.config.ts).
  if (!existsSync(chromium.executablePath()) && !existsSync('/usr/bin/chromium')) run('npx', ['playwright', 'install', 'chromium']);
  const reportFile = join(RESULTS_DIR, 'playwright.json');
  rmSync(reportFile, { force: true });
  run('npx', ['playwright', 'test'], { TEST_PORT: String(port), TEST_RESULTS_DIR: RESULTS_DIR });
  record(playwrightStage(stage, existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : undefined));
}

finish();
