/** Every built page is valid HTML by html-validate's recommended rules (zero errors). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HtmlValidate } from 'html-validate';
import { builtPages, fileOf } from '../../scripts/lib/built-site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Both <br> and <br/> are valid HTML; Astro's MDX renderer writes the self-closing form.
    'void-style': 'off',
  },
});

test('every built page is valid HTML', async () => {
  const problems: string[] = [];
  for (const url of builtPages()) {
    const report = await validator.validateFile(fileOf(url));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  assert.deepEqual(problems, []);
});
