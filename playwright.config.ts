import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/e2e/support/chromium';

/**
 * End-to-end tests drive the real renderer in Debian's Chromium against the web host (never a browser
 * downloaded by Playwright), and the Electron app itself where its binary is present.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      // Keep Chromium off the network: this machine's network is closed and the app is offline.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    },
  },
  projects: [
    { name: 'web', testMatch: /web-.*\.spec\.ts/, use: { browserName: 'chromium' } },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
});
