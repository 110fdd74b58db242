/**
 * How `npm test` counts each stage, as pure functions so the rules are tested (tests/unit/test-runner.test.ts).
 * The one rule that matters most: a stage that ran no test, or whose runner reported an error
 * outside any test, has failed, so a run cannot go green by checking nothing.
 */
export interface StageResult {
  stage: string;
  passed: number;
  failed: number;
  /** Why the stage failed outside its tests' own counts, for the reader of the log. */
  problems: string[];
}

/** A check that is one command (type check, build): it passes when the command exits 0. */
export function commandStage(stage: string, exitCode: number | null): StageResult {
  return exitCode === 0
    ? { stage, passed: 1, failed: 0, problems: [] }
    : { stage, passed: 0, failed: 1, problems: [`exited with ${exitCode ?? 'a signal'}`] };
}

/** node:test's TAP output (its closing "# pass N" / "# fail N" / "# cancelled N" lines). */
export function tapStage(stage: string, tap: string | undefined): StageResult {
  if (!tap) return { stage, passed: 0, failed: 1, problems: ['node --test wrote no TAP report'] };
  const count = (name: string) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const problems: string[] = [];
  const passed = count('pass');
  let failed = count('fail') + count('cancelled') + count('skipped') + count('todo');
  if (count('skipped') + count('todo') > 0) problems.push(`${count('skipped') + count('todo')} skipped or todo tests (not allowed)`);
  if (count('tests') === 0) {
    problems.push('ran no test');
    failed += 1;
  }
  return { stage, passed, failed, problems };
}

/** The parts of Playwright's JSON report the runner reads. */
export interface PlaywrightReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  errors?: { message?: string }[];
}

/** Playwright's JSON report: skipped and flaky tests count as failures, and so does any global error. */
export function playwrightStage(stage: string, report: PlaywrightReport | undefined): StageResult {
  if (!report) return { stage, passed: 0, failed: 1, problems: ['Playwright wrote no JSON report'] };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  const errors = report.errors ?? [];
  const problems = errors.map((e) => `Playwright error: ${(e.message ?? 'no message').split('\n')[0]}`);
  if (skipped > 0) problems.push(`${skipped} skipped tests (not allowed)`);
  if (flaky > 0) problems.push(`${flaky} flaky tests (passed only on retry)`);
  let failed = unexpected + flaky + skipped + errors.length;
  if (expected + unexpected + flaky + skipped === 0) {
    problems.push('ran no test');
    failed += 1;
  }
  return { stage, passed: expected, failed, problems };
}

/** The closing line, and whether the run passed: every stage ran something and nothing failed. */
export function summarise(results: readonly StageResult[]): { line: string; ok: boolean } {
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  const ok = results.length > 0 && failed === 0 && results.every((r) => r.passed > 0);
  return { line: `${passed} passed, ${failed} failed`, ok };
}
