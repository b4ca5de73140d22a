import { expect, test, type Page } from '@playwright/test';
import { screenshot, signOut, startSignedIn } from './support/journey';

const worker = 'hospital.worker@demo.vn';
const head = 'hospital.admin@demo.vn';

async function openCaseFromWorkList(page: Page, who: string, clientName: string) {
  await startSignedIn(page, who, '/work');
  await page.getByTestId('awaiting-approval').getByRole('link', { name: clientName }).click();
  await expect(page.getByTestId('case-stage')).toBeVisible();
}

// Each journey is split into the steps one person takes, run in order, each with the default test budget:
// a slow step fails on its own and names itself, instead of a whole journey running out of time.
test.describe('a social worker takes a walk-in patient from intake to closure with a plan the unit head approves', () => {
  test.describe.configure({ mode: 'serial' });
  const name = `Bệnh Nhân Vãng Lai ${Date.now() % 100000}`;

  test('the worker registers the patient, opens the case, assesses and asks approval of the plan', async ({ page }) => {
    // Register the walk-in patient; the search afterwards finds them without accents.
    await startSignedIn(page, worker, '/clients');
    await page.getByTestId('register-client').click();
    const dialog = page.getByRole('dialog', { name: 'Tiếp nhận đối tượng mới' });
    await dialog.getByLabel('Họ và tên').fill(name);
    await dialog.getByLabel(/^Năm sinh/).fill('1962');
    await dialog.getByLabel('Số CCCD').fill('038062' + String(Date.now()).slice(-6));
    await dialog.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('Bạn đang xem đầy đủ số giấy tờ; lượt xem này được ghi nhật ký.')).toBeVisible();

    // Intake.
    await page.getByTestId('open-case').click();
    const intake = page.getByRole('dialog', { name: 'Mở trường hợp mới' });
    await intake.getByLabel('Vấn đề ban đầu').fill('Bệnh nhân vãng lai, không có tiền về quê sau khi ra viện');
    await intake.getByRole('button', { name: 'Mở trường hợp' }).click();
    await expect(page.getByTestId('case-stage')).toHaveText('Tiếp nhận');
    await screenshot(page, '20-case-intake');

    // Assessment, then planning.
    await page.getByTestId('next-stage').click();
    await expect(page.getByTestId('case-stage')).toHaveText('Đánh giá');
    await page.getByTestId('tab-assessments').click();
    await page.getByLabel('Gia đình, kinh tế').fill('Hộ nghèo, sống một mình');
    await page.getByRole('button', { name: 'Thêm đánh giá' }).click();
    await expect(page.getByText('Hộ nghèo, sống một mình')).toBeVisible();
    await page.getByTestId('next-stage').click();
    await expect(page.getByTestId('case-stage')).toHaveText('Lập kế hoạch');

    await page.getByTestId('tab-plan').click();
    await page.getByTestId('plan-goal').first().fill('Hỗ trợ tiền xe về quê');
    await page.getByTestId('save-plan').click();
    await page.getByTestId('request-plan-approval').click();
    await expect(page.getByTestId('plan-approval')).toContainText('Chờ duyệt');
    await expect(page.getByTestId('next-stage')).toBeDisabled();
    await signOut(page);
  });

  test('the unit head approves the plan from the work list', async ({ page }) => {
    await openCaseFromWorkList(page, head, name);
    await page.getByTestId('tab-plan').click();
    await page.getByTestId('approve-plan').click();
    await expect(page.getByTestId('plan-approval')).toContainText('Đã duyệt');
    await signOut(page);
  });

  test('the worker implements a service, monitors, then requests closure', async ({ page }) => {
    await startSignedIn(page, worker, '/work');
    await page.getByTestId('my-cases').getByRole('link', { name }).click();
    await page.getByTestId('next-stage').click();
    await expect(page.getByTestId('case-stage')).toHaveText('Thực hiện');
    await page.getByTestId('tab-services').click();
    await page.getByTestId('service-provider').fill('Phòng CTXH');
    await page.getByTestId('service-value').fill('350000');
    await page.getByTestId('record-service').click();
    await expect(page.getByText('Tổng giá trị: 350.000 ₫')).toBeVisible();
    await page.getByTestId('next-stage').click();
    await expect(page.getByTestId('case-stage')).toHaveText('Theo dõi');
    await page.getByTestId('request-closure').click();
    // The reason comes from the list; the words add to it.
    await page.getByRole('dialog').getByLabel('Lý do kết thúc').click();
    await page.getByRole('option', { name: 'Đạt mục tiêu kế hoạch' }).click();
    await page.getByTestId('prompt-text').fill('Bệnh nhân đã về quê an toàn');
    await page.getByRole('dialog').getByRole('button', { name: 'Đề nghị kết thúc' }).click();
    await expect(page.getByText(/Đề nghị kết thúc đang chờ trưởng đơn vị duyệt/)).toBeVisible();
    await signOut(page);
  });

  test('the unit head approves the closure: the case is closed with its reason', async ({ page }) => {
    await openCaseFromWorkList(page, head, name);
    await page.getByTestId('approve-closure').click();
    await expect(page.getByTestId('case-stage')).toHaveText('Kết thúc');
    await expect(page.getByText(/Bệnh nhân đã về quê an toàn/)).toBeVisible();
    await page.getByTestId('tab-history').click();
    await screenshot(page, '21-case-closed');
  });
});

test.describe('the hospital refers a patient to the demo ward station and the station accepts it', () => {
  test.describe.configure({ mode: 'serial' });
  const reason = `Ra viện, theo dõi tại phường ${Date.now() % 100000}`;

  test('the hospital worker sends the referral', async ({ page }) => {
    await startSignedIn(page, worker, '/clients');
    await page.getByTestId('client-search').fill('pham van binh');
    await page.getByRole('link', { name: 'Mở hồ sơ của Phạm Văn Bình' }).click();
    await page.getByTestId('client-case-link').first().click();
    await page.getByTestId('tab-extra').click();

    const receiver = page.getByTestId('referral-receiver');
    await receiver.click();
    await receiver.fill('Ham Rong');
    await page.getByRole('option', { name: /Trạm Y tế phường Hàm Rồng/ }).first().click();
    await page.getByTestId('referral-reason').fill(reason);
    await page.getByTestId('send-referral').click();
    await expect(page.getByTestId('case-referral').filter({ hasText: reason })).toContainText('Đã gửi');
    await signOut(page);
  });

  test('the station finds it in its inbox and accepts it: a case opens at intake', async ({ page }) => {
    await startSignedIn(page, 'station.worker@demo.vn', '/referrals');
    const card = page.getByTestId('referral-package').filter({ hasText: reason });
    await expect(card).toContainText('Phạm Văn Bình');
    await screenshot(page, '22-referral-inbox');
    await card.getByTestId('accept-referral').click();
    await expect(card).toContainText('Đã tiếp nhận');
    await card.getByTestId('referral-case-link').click();
    await expect(page.getByTestId('case-stage')).toHaveText('Tiếp nhận');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Phạm Văn Bình');
    await signOut(page);
  });

  test('the sender sees the answer', async ({ page }) => {
    await startSignedIn(page, worker, '/clients');
    await page.getByTestId('client-search').fill('pham van binh');
    await page.getByRole('link', { name: 'Mở hồ sơ của Phạm Văn Bình' }).click();
    await page.getByTestId('client-case-link').first().click();
    await page.getByTestId('tab-extra').click();
    await expect(page.getByTestId('case-referral').filter({ hasText: reason })).toContainText('Đã tiếp nhận');
  });
});
