import { expect, test, type Page } from '@playwright/test';
import { screenshot, signOut, startSignedIn } from './support/journey';

const vietnamDate = (daysAhead = 0) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(Date.now() + daysAhead * 86_400_000),
  );

const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name }).click();

// Each journey runs as the steps each person takes, in order, each within the default test budget.
test.describe('the province records a visit with a recommendation; the hospital reports it done; the province accepts it', () => {
  test.describe.configure({ mode: 'serial' });
  const recommendation = `Bố trí phòng tham vấn tâm lý riêng (e2e ${Date.now()})`;
  let visitUrl = '';

  test('the province plans the visit at the hospital', async ({ page }) => {
    await startSignedIn(page, 'province@demo.vn');
    await menu(page, 'Giám sát');
    await expect(page.getByTestId('supervision-facility-row').filter({ hasText: 'Bệnh viện Đa khoa tỉnh Thanh Hóa' })).toBeVisible();
    // The demo's visits to the CDC and the hospital; picking the hospital shows only its own.
    await page.getByRole('button', { name: 'Xem các đợt giám sát tại Bệnh viện Đa khoa tỉnh Thanh Hóa' }).click();
    await expect(page.getByTestId('visit-filter')).toContainText('Bệnh viện Đa khoa tỉnh Thanh Hóa');
    await expect(page.getByTestId('visit-row')).toHaveCount(2);
    await page.getByRole('button', { name: 'Lên kế hoạch giám sát' }).click();
    const plan = page.getByRole('dialog', { name: 'Lên kế hoạch giám sát' });
    await plan.getByLabel('Cơ sở được giám sát').click();
    await plan.getByLabel('Cơ sở được giám sát').fill('Da khoa tinh Thanh Hoa');
    await page.getByRole('option', { name: /Bệnh viện Đa khoa tỉnh Thanh Hóa/ }).first().click();
    await plan.getByLabel('Ngày dự kiến').fill(vietnamDate());
    await plan.getByLabel('Ngày dự kiến').press('Tab');
    await plan.getByLabel('Nội dung giám sát').fill('Kiểm tra việc thực hiện Thông tư 51/2024/TT-BYT');
    await plan.getByLabel('Họ tên 1').fill('Nguyễn Thị Hồng');
    await plan.getByLabel('Chức vụ, đơn vị 1').fill('Trưởng đoàn, Sở Y tế');
    await plan.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await expect(page.getByRole('heading', { name: 'Giám sát Bệnh viện Đa khoa tỉnh Thanh Hóa' })).toBeVisible();
    visitUrl = page.url();
  });

  test('the province records the findings and a recommendation, then closes the minutes', async ({ page }) => {
    await startSignedIn(page, 'province@demo.vn', visitUrl);
    await page.getByRole('button', { name: 'Ghi kết quả' }).click();
    const record = page.getByRole('dialog', { name: 'Ghi kết quả giám sát' });
    await record.getByLabel('Ngày giám sát').fill(vietnamDate());
    await record.getByLabel('Ngày giám sát').press('Tab');
    await record.getByLabel('Kết quả, nhận xét').fill('Phòng CTXH hoạt động đúng quy định; chưa có phòng tham vấn riêng.');
    await record.getByRole('button', { name: 'Lưu' }).click();
    await expect(record).toBeHidden();
    await expect(page.getByTestId('visit-findings')).toContainText('chưa có phòng tham vấn riêng');

    const add = page.getByRole('form', { name: 'Thêm kiến nghị' });
    await add.getByLabel('Nội dung kiến nghị').fill(recommendation);
    await add.getByLabel('Hạn thực hiện').fill(vietnamDate(30));
    await add.getByLabel('Hạn thực hiện').press('Tab');
    await add.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    await expect(page.getByTestId('recommendation').filter({ hasText: recommendation })).toContainText('Chưa thực hiện');

    await page.getByRole('button', { name: 'Chốt biên bản' }).click();
    await page.getByRole('dialog', { name: 'Chốt biên bản giám sát?' }).getByRole('button', { name: 'Chốt biên bản' }).click();
    await expect(page.getByText('Đã chốt biên bản')).toBeVisible();
    await screenshot(page, '40-supervision-visit');
    await signOut(page);
  });

  test('the unit head sees it open on the facility home and reports it done', async ({ page }) => {
    await startSignedIn(page, 'hospital.admin@demo.vn');
    const card = page.getByTestId('open-recommendations');
    await expect(card).toContainText(recommendation);
    await card.getByRole('link', { name: new RegExp(recommendation.replace(/[()]/g, '\\$&')) }).click();
    const item = page.getByTestId('recommendation').filter({ hasText: recommendation });
    await item.getByTestId('record-follow-up').click();
    const followUp = page.getByRole('dialog', { name: /Báo cáo thực hiện kiến nghị/ });
    await followUp.getByRole('combobox', { name: 'Tình trạng' }).click();
    await page.getByRole('option', { name: 'Đã hoàn thành' }).click();
    await followUp.getByLabel('Nội dung đã thực hiện').fill('Phòng tham vấn 105 đưa vào sử dụng từ hôm nay.');
    await followUp.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect(followUp).toBeHidden();
    await expect(item.getByTestId('recommendation-status')).toContainText('Chờ Sở xem xét');
    await expect(item).toContainText('Phòng tham vấn 105 đưa vào sử dụng từ hôm nay.');
    await signOut(page);
  });

  test('the officer accepts it: settled', async ({ page }) => {
    await startSignedIn(page, 'province@demo.vn', visitUrl);
    const reviewed = page.getByTestId('recommendation').filter({ hasText: recommendation });
    await reviewed.getByTestId('accept-follow-up').click();
    await expect(reviewed.getByTestId('recommendation-status')).toContainText('Sở đã chấp nhận');
    await expect(reviewed).toContainText('Sở Y tế chấp nhận');
    await screenshot(page, '41-supervision-accepted');
  });
});

test.describe('the hospital nominates its unit; the province awards it; the award is on record', () => {
  test.describe.configure({ mode: 'serial' });
  const nominee = `Tổ cộng tác viên khoa Nhi (e2e ${Date.now()})`;

  test('the hospital drafts the nomination and sends it to the province', async ({ page }) => {
    await startSignedIn(page, 'hospital.admin@demo.vn');
    await menu(page, 'Thi đua – khen thưởng');
    await page.getByRole('button', { name: 'Đề nghị khen thưởng' }).click();
    const form = page.getByRole('dialog', { name: 'Đề nghị khen thưởng' });
    await form.getByLabel('Tên tập thể / họ tên').fill(nominee);
    await form.getByLabel('Thành tích').fill('Duy trì mạng lưới cộng tác viên tại tất cả các khoa lâm sàng.');
    await form.getByRole('button', { name: 'Lưu bản nháp' }).click();
    const row = page.getByTestId('nomination-row').filter({ hasText: nominee });
    await expect(row).toContainText('Bản nháp');
    await row.getByRole('button', { name: 'Gửi Sở' }).click();
    await page.getByRole('dialog', { name: 'Gửi đề nghị tới Sở Y tế?' }).getByRole('button', { name: 'Gửi Sở' }).click();
    await expect(row).toContainText('Chờ Sở quyết định');
    await signOut(page);
  });

  test('the province awards it with a decision number', async ({ page }) => {
    await startSignedIn(page, 'province@demo.vn');
    await menu(page, 'Thi đua – khen thưởng');
    const submitted = page.getByTestId('nomination-row').filter({ hasText: nominee });
    await submitted.getByRole('button', { name: 'Quyết định' }).click();
    const decide = page.getByRole('dialog', { name: `Quyết định khen thưởng: ${nominee}` });
    await decide.getByLabel('Số quyết định').fill('999/QĐ-SYT');
    await decide.getByLabel('Ngày quyết định').fill(vietnamDate());
    await decide.getByLabel('Ngày quyết định').press('Tab');
    await decide.getByRole('button', { name: 'Ghi quyết định' }).click();
    await expect(submitted).toContainText('Được khen thưởng');
    await expect(submitted).toContainText('999/QĐ-SYT');
    await signOut(page);
  });

  test('the award is in the hospital’s record book', async ({ page }) => {
    await startSignedIn(page, 'hospital.admin@demo.vn');
    await menu(page, 'Thi đua – khen thưởng');
    await page.getByRole('tab', { name: 'Sổ khen thưởng' }).click();
    await expect(page.getByTestId('award-row').filter({ hasText: nominee })).toContainText('999/QĐ-SYT');
    await screenshot(page, '42-commendations-awards');
  });
});
