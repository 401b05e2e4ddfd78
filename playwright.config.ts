import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './scripts/find-chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 5191);

// Runs against the production build served by scripts/serve.mjs, in the Chromium that
// scripts/e2e.mjs found (the system one when present).
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // The shared CI box is often busy; scenario runs and axe scans need more than the default 30 s there.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      ...(process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH } : {}),
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
