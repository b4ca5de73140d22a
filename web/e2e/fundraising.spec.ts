import { expect, test, type Page } from '@playwright/test';
import { apiGet, apiToken, screenshot, startSignedIn } from './support/journey';

/** dd/MM/yyyy of today (+ days) in Vietnam, as the date inputs take it. */
function vietnamDate(days = 0) {
  const date = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000);
  return `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
}

type PublicPage = { totals: { cashReceived: number; cashDistributed: number; cashBalance: number; goodsValueReceived: number; goodsValueDistributed: number } };

// The journey runs as its steps, in order, each within the default test budget.
test.describe('a unit head runs a campaign from opening to public disclosure, and the public page adds up', () => {
  test.describe.configure({ mode: 'serial' });
  let campaignId = '';
  const openCampaign = async (page: Page) => {
    await startSignedIn(page, 'hospital.admin@demo.vn', `/fundraising/campaigns/${campaignId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Tết ấm cho bệnh nhân E2E' })).toBeVisible();
  };

  test('the unit head opens a campaign', async ({ page }) => {
    await startSignedIn(page, 'hospital.admin@demo.vn');
    await page.getByRole('link', { name: 'Vận động tài trợ' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vận động tài trợ' })).toBeVisible();

    // Open a campaign.
    await page.getByTestId('create-campaign').click();
    const dialog = page.getByRole('dialog');
    // The date first: Tab from it lands in the next date field, whose calendar would cover the buttons; typing
    // in a text field afterwards closes any calendar.
    await dialog.getByLabel('Ngày kết thúc nhận').fill(vietnamDate(30));
    await dialog.getByLabel('Ngày kết thúc nhận').press('Tab');
    await dialog.getByLabel('Tên đợt vận động').fill('Tết ấm cho bệnh nhân E2E');
    await dialog.getByLabel('Mục đích').fill('Quà Tết và hỗ trợ viện phí cho bệnh nhân khó khăn');
    await expect(dialog.locator('[data-dates-dropdown]')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tết ấm cho bệnh nhân E2E' })).toBeVisible();
    campaignId = page.url().split('/').at(-1)!;
    await page.getByTestId('next-status').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mở nhận' }).click();
    // The confirmation's own text names the new status too: wait for the dialog to close on the API's answer, and
    // for the campaign's status itself, before the step ends (closing the page would cancel a request in flight).
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByText('Đang nhận', { exact: true })).toBeVisible();
    await expect(page.getByTestId('record-cash')).toBeVisible();
  });

  test('a cash donation and a gift in kind are recorded, and the donor gets a printable receipt', async ({ page }) => {
    await openCampaign(page);
    // A cash donation by bank transfer, and a defibrillator in kind.
    await page.getByTestId('record-cash').click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Số tiền').fill('5000000');
    await dialog.getByLabel('Mã giao dịch').fill('FT26112200123');
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect(page.getByText(/Đã ghi biên nhận số \d{5}\/\d{4}/)).toBeVisible();
    await page.getByTestId('record-goods').click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên hiện vật').fill('Máy sốc tim tự động');
    await dialog.getByLabel('Đơn vị tính').fill('máy');
    await dialog.getByLabel('Giá trị ước tính').fill('80000000');
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect(page.getByTestId('goods-received')).toContainText('80.000.000');
    await expect(page.getByTestId('cash-received')).toContainText('5.000.000');

    // The receipt for the donor, made to print.
    await page.getByRole('link', { name: /In biên nhận/ }).first().click();
    await expect(page.getByTestId('receipt')).toContainText('BIÊN NHẬN TIỀN, HIỆN VẬT ỦNG HỘ');
    await expect(page.getByTestId('receipt')).toContainText('5.000.000');
    await expect(page.getByTestId('receipt')).toContainText('Nhà hảo tâm ẩn danh');
    await expect(page.getByTestId('print-receipt')).toBeVisible();
    await screenshot(page, 'fundraising-receipt');
    await page.getByRole('link', { name: 'Quay lại' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tết ấm cho bệnh nhân E2E' })).toBeVisible();
  });

  test('the unit head distributes cash and the gift, then publishes', async ({ page }) => {
    await openCampaign(page);
    // 2,000,000 to a patient; the defibrillator to the ICU.
    await page.getByTestId('distribute').click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Số tiền').fill('2000000');
    // The recipient is picked from the register (typed without accents), not retyped.
    await dialog.getByTestId('recipient-client').fill('nguyen');
    await page.getByRole('option').first().click();
    await expect(dialog.getByTestId('recipient-picked')).toContainText('(lấy từ hồ sơ)');
    await dialog.getByRole('button', { name: 'Ghi phân phối' }).click();
    await expect(page.getByTestId('cash-balance')).toContainText('3.000.000');

    await page.getByTestId('distribute').click();
    dialog = page.getByRole('dialog');
    await dialog.getByText('Hiện vật', { exact: true }).click();
    await dialog.getByLabel('Hiện vật trong kho').click();
    await page.getByRole('option', { name: /Máy sốc tim tự động/ }).click();
    await dialog.getByText('Khoa/phòng', { exact: true }).click();
    await dialog.getByLabel('Tên khoa/phòng').fill('Khoa Hồi sức tích cực (HSCC)');
    await dialog.getByRole('button', { name: 'Ghi phân phối' }).click();
    await expect(page.getByTestId('goods-in-stock')).toContainText('0');
    await expect(page.getByTestId('statement-row')).toHaveCount(4);

    // Publish.
    await page.getByTestId('publish').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Công khai' }).click();
    await expect(page.getByTestId('public-page')).toBeVisible();
    await screenshot(page, 'fundraising-campaign');
  });

  test('the public page, opened by someone who never signed in, adds up with the API and the ledger', async ({ browser, request }) => {
    // The public page, opened by someone who never signed in.
    const visitor = await browser.newContext({ locale: 'vi-VN' });
    const publicPage = await visitor.newPage();
    await publicPage.goto(`/cong-khai/${campaignId}`);
    await expect(publicPage.getByTestId('public-title')).toHaveText('Tết ấm cho bệnh nhân E2E');
    await expect(publicPage.getByTestId('public-cash-received')).toContainText('5.000.000');
    await expect(publicPage.getByTestId('public-cash-distributed')).toContainText('2.000.000');
    await expect(publicPage.getByTestId('public-cash-balance')).toContainText('3.000.000');
    await expect(publicPage.getByTestId('public-goods-received')).toContainText('80.000.000');
    await expect(publicPage.getByTestId('public-goods-distributed')).toContainText('80.000.000');
    await expect(publicPage.getByTestId('public-distribution').first()).toContainText('N.V.A. (1958, Phường Đông Sơn)');
    await expect(publicPage.getByTestId('public-distribution').nth(1)).toContainText('Khoa Hồi sức tích cực (HSCC)');
    await expect(publicPage.getByTestId('public-receipt').first()).toContainText('Ẩn danh');
    await expect(publicPage.getByText('Nguyễn Văn An')).toHaveCount(0);
    await screenshot(publicPage, 'fundraising-public-page');
    // The visitor downloads the report as PDF from the page's own link.
    const pdfHref = await publicPage.getByTestId('download-pdf').getAttribute('href');
    const pdf = await publicPage.request.get(pdfHref!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
    await visitor.close();

    // The page says what the API says, and the ledger checks out.
    const publicJson = (await (await request.get(`/api/v1/public/campaigns/${campaignId}`)).json()) as PublicPage;
    expect(publicJson.totals).toMatchObject({ cashReceived: 5_000_000, cashDistributed: 2_000_000, cashBalance: 3_000_000, goodsValueReceived: 80_000_000, goodsValueDistributed: 80_000_000 });
    const token = await apiToken(request, 'hospital.admin@demo.vn');
    const check = await apiGet<{ inconsistent: number }>(request, token, '/api/v1/fundraising/consistency');
    expect(check.inconsistent).toBe(0);
  });
});

test('bad amounts and another facility’s campaign get ProblemDetails and write nothing', async ({ request }) => {
  const token = await apiToken(request, 'hospital.admin@demo.vn');
  const headers = { authorization: `Bearer ${token}` };
  const campaigns = await apiGet<{ items: { id: string; status: string; kind: string }[] }>(request, token, '/api/v1/fundraising/campaigns');
  const open = campaigns.items.find((c) => c.status === 'Open' && c.kind === 'Campaign')!;
  const before = await apiGet<{ entries: unknown[] }>(request, token, `/api/v1/fundraising/campaigns/${open.id}/statement`);
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  for (const amount of [0, -1000, 10_000_000_000_001]) {
    const response = await request.post(`/api/v1/fundraising/campaigns/${open.id}/cash-receipts`, { headers, data: { receivedOn: today, amount, method: 'Cash' } });
    expect(response.status()).toBe(400);
    expect(response.headers()['content-type']).toContain('application/problem+json');
  }
  const future = await request.post(`/api/v1/fundraising/campaigns/${open.id}/cash-receipts`, { headers, data: { receivedOn: '2099-01-01', amount: 1000, method: 'Cash' } });
  expect(future.status()).toBe(400);
  // The CDC's unit head cannot see the hospital's campaign: it does not exist for them.
  const cdc = await apiToken(request, 'cdc.admin@demo.vn');
  const foreign = await request.post(`/api/v1/fundraising/campaigns/${open.id}/cash-receipts`, {
    headers: { authorization: `Bearer ${cdc}` }, data: { receivedOn: today, amount: 1000, method: 'Cash' },
  });
  expect(foreign.status()).toBe(404);
  const after = await apiGet<{ entries: unknown[] }>(request, token, `/api/v1/fundraising/campaigns/${open.id}/statement`);
  expect(after.entries).toHaveLength(before.entries.length);
});
