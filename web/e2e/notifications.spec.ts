import { expect, test, type Page } from '@playwright/test';
import { screenshot, signOut, startSignedIn } from './support/journey';

const worker = 'hospital.worker@demo.vn';
const head = 'hospital.admin@demo.vn';

/**
 * The header's bell once it shows something unread. The item is written by a job after the command's
 * commit and the bell polls every 30 s, so the page is reloaded until it shows (within the step's budget).
 * The page the step has just opened is looked at first: the job has usually run by then, and a reload is a
 * whole page load.
 */
async function bellWithUnread(page: Page) {
  const bell = page.getByRole('link', { name: /^Thông báo: \d+ mục chưa đọc$/ });
  let tries = 0;
  await expect(async () => {
    if (tries++ > 0) await page.reload();
    await expect(bell).toBeVisible({ timeout: 3_000 });
  }).toPass({ intervals: [1_000, 2_000, 3_000] });
  await expect(page.getByTestId('notification-count')).toContainText(/\d+/);
  return bell;
}

/** The inbox item about the client, opened from the bell. */
async function openInboxItem(page: Page, text: RegExp) {
  await (await bellWithUnread(page)).click();
  await expect(page).toHaveURL(/\/notifications/);
  const item = page.getByTestId('notification-item').filter({ hasText: text });
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-unread', 'true');
  return item;
}

test.describe('the unit head hears of a plan awaiting approval, and the worker of the answer', () => {
  test.describe.configure({ mode: 'serial' });
  const name = `Người Bệnh Chờ Duyệt ${Date.now() % 100000}`;

  test('the worker asks approval of a case plan', async ({ page }) => {
    await startSignedIn(page, worker, '/clients');
    await page.getByTestId('register-client').click();
    const dialog = page.getByRole('dialog', { name: 'Tiếp nhận đối tượng mới' });
    await dialog.getByLabel('Họ và tên').fill(name);
    await dialog.getByLabel(/^Năm sinh/).fill('1958');
    await dialog.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    await page.getByTestId('open-case').click();
    const intake = page.getByRole('dialog', { name: 'Mở trường hợp mới' });
    await intake.getByLabel('Vấn đề ban đầu').fill('Cần hỗ trợ chi phí điều trị');
    await intake.getByRole('button', { name: 'Mở trường hợp' }).click();
    await expect(page.getByTestId('case-stage')).toHaveText('Tiếp nhận');
    await page.getByTestId('next-stage').click();
    await expect(page.getByTestId('case-stage')).toHaveText('Đánh giá');
    await page.getByTestId('tab-assessments').click();
    await page.getByLabel('Gia đình, kinh tế').fill('Hộ cận nghèo');
    await page.getByRole('button', { name: 'Thêm đánh giá' }).click();
    await expect(page.getByText('Hộ cận nghèo')).toBeVisible();
    await page.getByTestId('next-stage').click();
    await expect(page.getByTestId('case-stage')).toHaveText('Lập kế hoạch');

    await page.getByTestId('tab-plan').click();
    await page.getByTestId('plan-goal').first().fill('Hỗ trợ chi phí điều trị');
    await page.getByTestId('save-plan').click();
    await page.getByTestId('request-plan-approval').click();
    await expect(page.getByTestId('plan-approval')).toContainText('Chờ duyệt');
    await signOut(page);
  });

  test('the unit head sees the bell count, opens the item and approves the plan', async ({ page }) => {
    await startSignedIn(page, head);
    const item = await openInboxItem(page, new RegExp(`đề nghị duyệt kế hoạch can thiệp của ${name}`));
    await screenshot(page, '60-notifications-inbox');
    await item.getByRole('link').click();
    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}/);
    await expect(page.getByTestId('case-stage')).toHaveText('Lập kế hoạch');
    await page.getByTestId('tab-plan').click();
    await page.getByTestId('approve-plan').click();
    await expect(page.getByTestId('plan-approval')).toContainText('Đã duyệt');

    // Opening the item read it.
    await page.goto('/notifications');
    await expect(page.getByTestId('notification-item').filter({ hasText: name })).toHaveAttribute('data-unread', 'false');
    await signOut(page);
  });

  test("the worker's bell shows the answer", async ({ page }) => {
    await startSignedIn(page, worker);
    const item = await openInboxItem(page, new RegExp(`Kế hoạch can thiệp của ${name} đã được duyệt`));
    await expect(item).toContainText('Kế hoạch được duyệt');
  });
});
