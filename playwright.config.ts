import { defineConfig } from '@playwright/test';

// Chromium end-to-end tests. Each test gets a fresh browser profile with the
// built extension loaded (see tests/e2e/chrome/fixtures.ts). One worker: on
// two cores a second one only raises memory.
export default defineConfig({
  testDir: './tests/e2e/chrome',
  testMatch: /.*\.spec\.ts/,
  workers: 1,
  timeout: 30_000,
  retries: 0,
  reporter: [['list']],
});
