/**
 * `npm test`: every check, in order, on a fresh build, ending with one line that counts them:
 * "N passed, N failed". Each stage's own output is shown as it runs.
 *   1. type check (astro check)       counts as one check
 *   2. build (npm run build)          counts as one check; nothing else runs without it
 *   3. unit and content tests         node:test, over dist/ and the content (each test counts)
 *   4. browser tests                  Playwright over dist/ served on loopback (each test counts)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const results: { stage: string; passed: number; failed: number }[] = [];

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return result.status ?? 1;
}

function stage(name: string, passed: number, failed: number): void {
  results.push({ stage: name, passed, failed });
  console.log(`\n== ${name}: ${passed} passed, ${failed} failed\n`);
}

function finish(): never {
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log('\nSummary');
  for (const r of results) console.log(`  ${r.stage}: ${r.passed} passed, ${r.failed} failed`);
  const summary = `${passed} passed, ${failed} failed`;
  writeFileSync('test-results/summary.txt', `${summary}\n`);
  console.log(summary);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

mkdirSync('test-results', { recursive: true });

const checked = run('npx', ['astro', 'check', '--minimumSeverity', 'warning']);
stage('type check (astro check)', checked === 0 ? 1 : 0, checked === 0 ? 0 : 1);

const built = run('npm', ['run', '--silent', 'build']);
stage('build', built === 0 ? 1 : 0, built === 0 ? 0 : 1);
if (built !== 0) finish();

run('node', [
  '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', '--test-reporter-destination=test-results/unit.tap',
  'tests/unit/*.test.ts',
]);
const tap = existsSync('test-results/unit.tap') ? readFileSync('test-results/unit.tap', 'utf8') : '';
const count = (name: string) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
stage('unit and content tests', count('pass'), count('fail') + count('cancelled') + (tap ? 0 : 1));

// Playwright's own Chromium where it can be downloaded; Debian's where it cannot (see playwright.config.ts).
if (!existsSync(chromium.executablePath()) && !existsSync('/usr/bin/chromium')) {
  run('npx', ['playwright', 'install', 'chromium']);
}
const reportFile = 'test-results/playwright.json';
run('npx', ['playwright', 'test']);
const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : undefined;
const stats = report?.stats ?? { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };
stage('browser tests', stats.expected, stats.unexpected + stats.flaky + stats.skipped + (report ? 0 : 1));

finish();
