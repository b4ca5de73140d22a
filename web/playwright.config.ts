import { defineConfig } from '@playwright/test';
import { findChromium } from './e2e/support/chromium';

const port = Number(process.env.SWC_E2E_PORT ?? 5090);
const baseURL = `http://127.0.0.1:${port}`;
const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default defineConfig({
  testDir: './e2e',
  outputDir: './e2e-results/artifacts',
  // The journeys share one API instance and change its data (a status change, a recompute): run them in order.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { outputFolder: './e2e-results/report', open: 'never' }]],
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 860 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: [...(runningAsRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: 'bash e2e/support/start-api.sh',
    url: `${baseURL}/health/ready`,
    env: { SWC_E2E_PORT: String(port) },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
