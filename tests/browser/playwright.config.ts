import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_PATH } from '../../deploy/local/src/browser';

/**
 * The browser tests: Debian's chromium (Playwright's own download is not reachable) against the
 * real services, started once for the run by the global setup with the built web app.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.browser.ts',
  globalSetup: './support/global-setup.ts',
  // One stack, one database: the tests run one after another, each with users of its own.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  outputDir: '../../test-results/browser',
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      // Root (CI, this machine) cannot use chromium's sandbox.
      args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    {
      // Members submit from phones: the tests tagged @phone run at 390 px too.
      name: 'phone',
      grep: /@phone/,
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        defaultBrowserType: 'chromium',
      },
    },
  ],
});
