import { expect, test, type Page } from '@playwright/test';
import { screenshot, startSignedIn } from './support/journey';

// The unit head drafts the hospital's plan for the current period, the province returns it, the unit reworks it and the
// province acknowledges it; the annual plan of the year is read against it.
const year = new Date().getFullYear();
const start = year - ((((year - 1) % 5) + 5) % 5);
const period = `${start}–${start + 4}`;
const money = 'Kinh phí vận động tài trợ trong năm';
const trained = 'Nhân viên y tế được tập huấn kỹ năng giao tiếp, hỗ trợ tâm lý';
const hospital = 'Bệnh viện Đa khoa tỉnh Thanh Hóa';

test.describe.configure({ mode: 'serial' });

async function openFiveYearPlan(page: Page) {
  await startSignedIn(page, 'hospital.admin@demo.vn', '/plans');
  await page.getByRole('tab', { name: 'Kế hoạch 5 năm' }).click();
  await expect(page).toHaveURL(/\/plans\/five-year/);
}

async function provinceReview(page: Page) {
  await startSignedIn(page, 'province@demo.vn', '/province/targets');
  const table = page.getByRole('table', { name: `Kế hoạch 5 năm giai đoạn ${period} các cơ sở đã nộp` });
  await table.getByRole('row').filter({ hasText: hospital }).getByRole('button', { name: 'Xem' }).click();
  return { table, dialog: page.getByRole('dialog') };
}

test('the unit head drafts the five-year plan with yearly targets and submits it', async ({ page }) => {
  await openFiveYearPlan(page);
  await expect(page.getByRole('heading', { name: `Lập kế hoạch giai đoạn ${period}` })).toBeVisible();
  await page.getByRole('textbox', { name: 'Mục tiêu chung' }).fill('Nâng cao chất lượng công tác xã hội, chăm sóc toàn diện người bệnh');
  const grid = page.getByRole('table', { name: 'Chỉ tiêu theo năm' });
  await grid.getByRole('textbox', { name: `${money} ${year}` }).fill('200000000');
  await grid.getByRole('textbox', { name: `${money} ${start + 4}` }).fill('300000000');
  await grid.getByRole('textbox', { name: `${trained} ${year}` }).fill('80');
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByTestId('five-year-status')).toHaveText('Bản nháp');

  await page.getByRole('button', { name: 'Nộp Sở Y tế' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Nộp Sở Y tế' }).click();
  await expect(page.getByTestId('five-year-status')).toHaveText('Đã nộp');
  await expect(page.getByRole('table', { name: 'Chỉ tiêu theo năm' }).getByLabel(`${money} ${start + 4}`)).toHaveText('300.000.000 ₫');
  await screenshot(page, '36-five-year-plan');

  // The annual plan of the year beside the five-year targets: money below the path (150 M < 200 M), training on it.
  await page.getByRole('tab', { name: 'Kế hoạch năm' }).click();
  const path = page.getByTestId('five-year-path');
  await expect(path.getByRole('row').filter({ hasText: money })).toContainText('Thấp hơn lộ trình');
  await expect(path.getByRole('row').filter({ hasText: trained })).toContainText('Đúng lộ trình');
});

test('the province officer reads the submitted plan and returns it with a comment', async ({ page }) => {
  const { table, dialog } = await provinceReview(page);
  await expect(dialog).toContainText('Nâng cao chất lượng công tác xã hội');
  await expect(dialog.getByLabel(`${money} ${start + 4}`)).toHaveText('300.000.000 ₫');
  await dialog.getByRole('textbox', { name: 'Ý kiến' }).fill('Bổ sung chỉ tiêu tiếp đón người bệnh các năm');
  await dialog.getByRole('button', { name: 'Trả lại' }).click();
  await expect(dialog).toBeHidden();
  // Returned, the plan is the unit's own again until resubmitted.
  await expect(table.getByRole('row').filter({ hasText: hospital })).toHaveCount(0);
});

test('the unit head reworks the returned plan and resubmits it', async ({ page }) => {
  await openFiveYearPlan(page);
  await expect(page.getByTestId('five-year-status')).toHaveText('Sở trả lại');
  await expect(page.getByText('Ý kiến của Sở: Bổ sung chỉ tiêu tiếp đón người bệnh các năm')).toBeVisible();
  await page.getByRole('table', { name: 'Chỉ tiêu theo năm' }).getByRole('textbox', { name: `Lượt tiếp đón, hướng dẫn người bệnh ${year}` }).fill('60000');
  // Saved, and read back with its new version before submitting it.
  const reread = page.waitForResponse((r) => /\/api\/v1\/five-year-plans\/[^/]+$/.test(new URL(r.url()).pathname) && r.request().method() === 'GET');
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByText('Đã lưu kế hoạch.')).toBeVisible();
  await reread;
  await page.getByRole('button', { name: 'Nộp Sở Y tế' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Nộp Sở Y tế' }).click();
  await expect(page.getByTestId('five-year-status')).toHaveText('Đã nộp');
});

test('the province officer acknowledges the resubmitted plan', async ({ page }) => {
  const { table, dialog } = await provinceReview(page);
  await expect(dialog.getByLabel(`Lượt tiếp đón, hướng dẫn người bệnh ${year}`)).toHaveText('60.000');
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row').filter({ hasText: hospital })).toContainText('Sở đã ghi nhận');
});
