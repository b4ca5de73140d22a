import { expect, test } from '@playwright/test';
import { apiGet, apiToken, screenshot, startSignedIn } from './support/journey';

type Counts = { rows: { pointId: string; count: number }[] };

const todayInVietnam = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

test.describe('on a reception tablet (768 px)', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

  test('20 taps with the network cut for a moment in between are counted exactly 20 times', async ({ page, context, request }) => {
    // A point of its own, so that the count is this journey's alone.
    const adminToken = await apiToken(request, 'hospital.admin@demo.vn');
    const name = `Quầy e2e ${Date.now()}`;
    const created = await request.post('/api/v1/reception/points', { headers: { authorization: `Bearer ${adminToken}` }, data: { name } });
    expect(created.status()).toBe(201);
    const point = ((await created.json()) as { id: string }).id;

    await startSignedIn(page, 'hospital.worker@demo.vn', '/reception');
    await page.getByRole('combobox', { name: 'Quầy đón tiếp' }).click();
    await page.getByRole('option', { name }).click();
    const pending = page.getByTestId('tally-pending');

    const tap = async (kind: string, times: number) => {
      for (let i = 0; i < times; i++) await page.getByTestId(`tally-${kind}`).click();
    };

    await tap('Guidance', 8);
    await expect(pending).toHaveText('0');

    // The network drops: taps keep counting on the tablet and wait there.
    await context.setOffline(true);
    await tap('Information', 4);
    await tap('WheelchairEscort', 3);
    await expect(page.getByTestId('tally-connection')).toHaveText('Mất mạng – đang lưu tạm');
    await expect(pending).toHaveText('7');
    await screenshot(page, '20-reception-tally-offline');

    // Back online: the queue goes out, and counting goes on.
    await context.setOffline(false);
    await tap('Guidance', 3);
    await tap('CaseHandover', 2);
    // The tablet sends its queue on its own once back online: wait for it to empty, within the test's budget.
    await expect(pending).toHaveText('0', { timeout: 0 });
    await expect(page.getByTestId('tally-connection')).toHaveText('Đã kết nối');
    await expect(page.getByTestId('tally-count-Guidance')).toHaveText('+11');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '21-reception-tally');

    // A tap too many: undone within ten seconds, through the API as a compensating entry.
    await tap('CaseHandover', 1);
    await expect(pending).toHaveText('0');
    await page.getByTestId('tally-undo').click();
    await expect(page.getByTestId('tally-count-CaseHandover')).toHaveText('+2');
    await expect(pending).toHaveText('0');
    await expect(page.getByTestId('tally-undo')).toHaveCount(0);

    const today = todayInVietnam();
    const counts = await apiGet<Counts>(request, adminToken, `/api/v1/reception/counts?granularity=Day&from=${today}&to=${today}`);
    expect(counts.rows.filter((r) => r.pointId === point).reduce((sum, r) => sum + r.count, 0)).toBe(20);
  });
});
