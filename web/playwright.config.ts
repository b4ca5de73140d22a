import { availableParallelism, loadavg } from 'node:os';
import { defineConfig } from '@playwright/test';
import { findChromium } from './e2e/support/chromium';

// A step's budget is 60 s with the cores to spare. When the machine is busier than its cores at the start
// (other builds running), every budget stretches by the run queue per core, at most fourfold; SWC_E2E_SLOWDOWN
// sets the factor by hand. The budgets are printed so that a report says what they were.
const slowdown = Number(process.env.SWC_E2E_SLOWDOWN ?? Math.min(4, Math.max(1, loadavg()[0] / availableParallelism())).toFixed(1));
const budget = (ms: number) => Math.round(ms * slowdown);
// The workers load this file again: they take the factor the runner chose instead of measuring anew.
process.env.SWC_E2E_SLOWDOWN = String(slowdown);
if (slowdown > 1 && !process.env.TEST_WORKER_INDEX) console.warn(`Machine busy (load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores): budgets x${slowdown}.`);

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
  // Every test is one person's step of a journey with its own budget: 60 s, however busy the machine. A wait
  // for background work (a report, a KPI run, a sync) is bounded by this budget, not by a clock of its own.
  timeout: budget(60_000),
  expect: { timeout: budget(15_000) },
  reporter: [['list'], ['html', { outputFolder: './e2e-results/report', open: 'never' }]],
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 860 },
    screenshot: 'only-on-failure',
    // A failed test keeps its trace: each action with its call log, timing and the network, without DOM snapshots
    // or a screencast. The trace is recorded for every test and dropped when it passes; its DOM snapshots (taken
    // before and after each action) cost a quarter of the run's browser CPU (07/12/2026). The failure screenshot
    // and the page's accessibility snapshot (error-context.md) still show where a failed step stood.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false, sources: false },
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
