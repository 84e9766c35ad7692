import {defineConfig, devices} from '@playwright/test';
import {CHROMIUM_ARGS, chromiumExecutable} from './scripts/lib/chromium';
import {BASE_PATH, ORIGIN, PORT} from './e2e/site';

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  reporter: [['list'], ['html', {open: 'never', outputFolder: 'playwright-report'}]],
  use: {
    baseURL: `${ORIGIN}${BASE_PATH}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {executablePath: chromiumExecutable(), args: CHROMIUM_ARGS},
      },
    },
  ],
  webServer: {
    // Serves build/ under the same base path the site was built with.
    command: `npx docusaurus serve --no-open --host 127.0.0.1 --port ${PORT}`,
    url: `${ORIGIN}${BASE_PATH}`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
});
