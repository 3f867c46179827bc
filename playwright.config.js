// End-to-end tests: the built dist/ served on 127.0.0.1, driven in Debian's Chromium.
import { defineConfig } from '@playwright/test';

const PORT = 4178;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/artifacts/results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // Keep Chromium from reaching out on its own: the tests check that nothing leaves the page.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `node scripts/static-server.mjs --dir dist --port ${PORT} --extra e2e/hosts`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
