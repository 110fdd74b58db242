/**
 * The test runner itself (scripts/run-tests.ts): a stage that runs nothing, or a runner that
 * reports an error, must fail the run, and a taken port must say so instead of skipping the browser tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandStage, playwrightStage, summarise, tapStage } from '../../scripts/test-run/stage-results.ts';

const ROOT = join(import.meta.dirname, '..', '..');

test('a TAP report with no tests, or none at all, fails the unit stage', () => {
  assert.equal(tapStage('unit', undefined).failed, 1);
  const empty = tapStage('unit', '# tests 0\n# suites 0\n# pass 0\n# fail 0\n# cancelled 0\n');
  assert.equal(empty.failed, 1);
  assert.match(empty.problems.join(), /ran no test/);
  const good = tapStage('unit', '# tests 5\n# pass 4\n# fail 1\n# cancelled 0\n# skipped 0\n');
  assert.deepEqual([good.passed, good.failed], [4, 1]);
  assert.equal(tapStage('unit', '# tests 3\n# pass 2\n# fail 0\n# skipped 1\n').failed, 1, 'a skipped test counts as failed');
});

test('a Playwright report with a global error and no tests (port taken) fails the browser stage', () => {
  const portTaken = {
    stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
    errors: [{ message: 'Error: http://localhost:4330 is already used, make sure that nothing is running on the port' }],
  };
  const result = playwrightStage('browser', portTaken);
  assert.equal(result.passed, 0);
  assert.equal(result.failed, 2, 'one for the error, one for running no test');
  assert.match(result.problems.join('\n'), /already used/);
  assert.equal(playwrightStage('browser', undefined).failed, 1, 'no report is a failure');
  assert.equal(playwrightStage('browser', { stats: { expected: 3, skipped: 1 } }).failed, 1, 'skipped tests fail');
  assert.equal(playwrightStage('browser', { stats: { expected: 3, flaky: 1 } }).failed, 1, 'flaky tests fail');
  assert.deepEqual(playwrightStage('browser', { stats: { expected: 7 }, errors: [] }).failed, 0);
});

test('the run fails when any stage ran nothing, even if the others passed', () => {
  const fine = commandStage('build', 0);
  assert.deepEqual(summarise([fine, { stage: 'browser', passed: 0, failed: 0, problems: [] }]), { line: '1 passed, 0 failed', ok: false });
  assert.deepEqual(summarise([fine]), { line: '1 passed, 0 failed', ok: true });
  assert.equal(summarise([]).ok, false);
  assert.equal(commandStage('build', 1).failed, 1);
});

test('npm test says so and fails when the browser tests\' port is taken', async () => {
  const blocker = createServer();
  await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
  const { port } = blocker.address() as { port: number };
  const results = mkdtempSync(join(tmpdir(), 'runner-test-'));
  try {
    const run = spawnSync(process.execPath, ['scripts/run-tests.ts', '--stages', 'browser'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TEST_PORT: String(port), TEST_RESULTS_DIR: results },
      timeout: 60_000,
    });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, new RegExp(`TEST_PORT ${port} is taken`));
    assert.equal(readFileSync(join(results, 'summary.txt'), 'utf8'), '0 passed, 1 failed\n');
  } finally {
    blocker.close();
    rmSync(results, { recursive: true, force: true });
  }
});

test('npm test refuses a stage it does not know', () => {
  const run = spawnSync(process.execPath, ['scripts/run-tests.ts', '--stages', 'browsr'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /unknown stage browsr/);
});
