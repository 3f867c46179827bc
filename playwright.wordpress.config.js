// End-to-end tests of the WordPress plugin against a real WordPress, which
// scripts/wordpress-test.sh starts on 127.0.0.1 and names in WP_URL.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// WordPress Playground (PHP as WebAssembly, SQLite) answers several times slower than PHP's own
// server: scripts/wordpress-test.sh sets WP_SLOW for it.
const slow = process.env.WP_SLOW ? 4 : 1;

export default defineConfig({
  testDir: 'e2e/wordpress',
  outputDir: 'e2e/artifacts/wordpress-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 120_000 * slow,
  expect: { timeout: 15_000 * slow },
  use: {
    baseURL: process.env.WP_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
});
