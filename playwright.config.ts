import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// `npx playwright install` cannot download here: the suite runs Debian's Chromium. Say so at
// once rather than failing every test with a launch error.
if (!existsSync(chromiumPath)) {
  throw new Error(
    `Chromium not found at ${chromiumPath}: install Debian's chromium package or set CHROMIUM_PATH`,
  );
}

/** Where tests/e2e/start-server.ts starts Kindred (demo mode, a fresh database). */
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  // Two cores: one browser at a time, tests in file order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    // Recording a trace of every test costs about a third more time; ask for one when needed:
    // `npx playwright test --trace retain-on-failure`.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // Not `npx tsx`: killing npx leaves the node child holding the port.
    command: 'node --import tsx tests/e2e/start-server.ts',
    url: `${baseURL}/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    // Piped so the demo accounts and any start-up error show in the run's output.
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
});
