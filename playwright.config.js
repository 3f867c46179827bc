// End-to-end tests: the built dist/ served on 127.0.0.1, driven in Debian's Chromium.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// E2E_PORT lets two checkouts run their end-to-end tests at once.
const PORT = Number(process.env.E2E_PORT || 4178);

export default defineConfig({
  testDir: 'e2e',
  // The WordPress plugin's tests need a WordPress: scripts/wordpress-test.sh runs them.
  testIgnore: 'wordpress/**',
  outputDir: 'e2e/artifacts/results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // The longest journeys run axe on every screen; a busy 2-core machine needs the headroom.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node scripts/static-server.mjs --dir dist --port ${PORT} --extra e2e/hosts`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
