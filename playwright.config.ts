import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * Browser tests run against the built site (dist/), served the way a static host serves it.
 * Playwright's own Chromium is used where it is installed; otherwise Debian's /usr/bin/chromium
 * (browsers cannot be downloaded on our build machines).
 */
// TEST_PORT lets several checkouts run their browser tests side by side (npm test picks a free one).
const PORT = Number(process.env.TEST_PORT ?? 4330);
const bundledChromium = chromium.executablePath();
const systemChromium = '/usr/bin/chromium';
const executablePath = !existsSync(bundledChromium) && existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: join(process.env.TEST_RESULTS_DIR ?? 'test-results', 'playwright.json') }]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.ts --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
