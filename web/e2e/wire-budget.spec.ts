import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { signIn } from './support/journey';

// What the wire carries (issue 19), measured from the browser's own network log (DevTools protocol), not from
// the build output: every byte Chromium received for sign-in plus the province dashboard with its lazy
// sections, as encoded on the wire (after Brotli/gzip, headers included).
// The goal is 250 kB; measured 337–341 kB on 06/12/2026 (281 kB of scripts, 32 kB of Mantine's stylesheet,
// 23 kB of headers). Until the goal is met this is a ceiling against growth, printed beside the goal.
const goalBytes = 250 * 1000;
const budgetBytes = 360 * 1000;
// The mobile-like profile of the issue: 4x slower CPU, 150 ms round trip, 1.6 Mbit/s down.
const mobile = { cpuRate: 4, latencyMs: 150, downloadBytesPerSecond: 1_600_000 / 8, uploadBytesPerSecond: 750_000 / 8 };
// Goal 3 s; measured 4.4 s with the machine at its cores (5.9 s when 4x over). The assertion is a ceiling against regressions.
const figuresGoalMs = 3_000;
const figuresCeilingMs = 8_000;
// The run's own slowdown factor (playwright.config.ts): 1 on an idle machine, where the goal holds as stated.
const slowdown = Number(process.env.SWC_E2E_SLOWDOWN ?? 1);

type Received = { url: string; type: string; encoding: string | undefined; headerBytes: number; bytes: number };

/** Records what each response cost on the wire, by the protocol's resource type. */
async function recordWire(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const responses = new Map<string, Omit<Received, 'bytes'>>();
  const received: Received[] = [];
  cdp.on('Network.responseReceived', (e) =>
    responses.set(e.requestId, {
      url: e.response.url,
      type: e.type,
      encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'],
      headerBytes: e.response.encodedDataLength,
    }),
  );
  cdp.on('Network.loadingFinished', (e) => {
    const response = responses.get(e.requestId);
    if (response) received.push({ ...response, bytes: e.encodedDataLength });
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { cdp, received };
}

async function figuresShown(page: Page) {
  await expect(page).toHaveURL(/\/province/);
  await expect(page.locator('[data-testid^="kpi-count-"]').first()).toBeVisible();
}

/** The measure goes to the report (annotations), to the run's log and to e2e-results/<name>.json. */
function report(name: string, line: string, body: unknown) {
  test.info().annotations.push({ type: 'measured', description: line });
  process.stdout.write(`${line}\n`);
  save(name, body);
}

function save(name: string, body: unknown) {
  mkdirSync('e2e-results', { recursive: true });
  writeFileSync(`e2e-results/${name}.json`, JSON.stringify(body, null, 2));
}

test('sign-in and the province dashboard, lazy sections included, arrive compressed and within the wire budget', async ({ page }) => {
  const { received } = await recordWire(page);
  await signIn(page, 'province@demo.vn');
  await figuresShown(page);
  // The sections below the figures load after them: wait until the page has fetched everything it will.
  await page.waitForLoadState('networkidle');

  const assets = received.filter((r) => ['Document', 'Script', 'Stylesheet', 'Font', 'Image'].includes(r.type));
  const api = received.filter((r) => r.type === 'Fetch' || r.type === 'XHR');
  const assetBytes = assets.reduce((sum, r) => sum + r.bytes, 0);
  const apiBytes = api.reduce((sum, r) => sum + r.bytes, 0);
  report('wire-budget', `Wire: ${assets.length} assets ${assetBytes} B (goal ${goalBytes}, ceiling ${budgetBytes}), ${api.length} API answers ${apiBytes} B`, { assetBytes, apiBytes, goalBytes, budgetBytes, assets, api });

  const scripts = assets.filter((r) => r.type === 'Script');
  expect(scripts.length, 'the dashboard loaded no script').toBeGreaterThan(0);
  // Every script and stylesheet over a kilobyte comes precompressed (the build writes .br and .gz beside it).
  for (const r of assets.filter((a) => (a.type === 'Script' || a.type === 'Stylesheet') && a.bytes > 1_500))
    expect(r.encoding, `${r.url} came uncompressed`).toMatch(/^(br|gzip)$/);
  expect(assetBytes, `sign-in + province dashboard received ${assetBytes} bytes of assets`).toBeLessThanOrEqual(budgetBytes);
});

test('on a mobile-like profile, a cold cache shows the province figures in measured time', async ({ page }) => {
  await signIn(page, 'province@demo.vn');
  await figuresShown(page);
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: mobile.cpuRate });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: mobile.latencyMs,
    downloadThroughput: mobile.downloadBytesPerSecond,
    uploadThroughput: mobile.uploadBytesPerSecond,
  });

  // The session is in this tab's sessionStorage: the reload signs nobody in again, as on a phone.
  const started = Date.now();
  await page.goto('/province');
  await figuresShown(page);
  const elapsedMs = Date.now() - started;
  report('mobile-profile', `Mobile profile: province figures after ${elapsedMs} ms (goal ${figuresGoalMs} ms, ceiling ${figuresCeilingMs} ms, machine slowdown x${slowdown})`, {
    elapsedMs,
    goalMs: figuresGoalMs,
    ceilingMs: figuresCeilingMs,
    slowdown,
    profile: mobile,
  });
  expect(elapsedMs, `the figures took ${elapsedMs} ms`).toBeLessThanOrEqual(figuresCeilingMs * slowdown);
});
