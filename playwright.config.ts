import { defineConfig } from '@playwright/test';

// Chromium end-to-end tests. Each test gets a fresh browser profile with the
// built extension loaded (see tests/e2e/chrome/fixtures.ts). One worker: on
// two cores a second one only raises memory.
export default defineConfig({
  testDir: './tests/e2e/chrome',
  testMatch: /.*\.spec\.ts/,
  workers: 1,
  timeout: 30_000,
  // CI runs on a shared 2-core machine where a test can time out under another's load: one retry there,
  // and Playwright reports such a test as flaky in the output, so it is seen and not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
});
