import { expect, test } from '@playwright/test';
import { screenshot, startSignedIn } from './support/journey';

test('the unit head records a data-subject request, restricts the record, lifts it, downloads the export and pseudonymises it', async ({ page }) => {
  const name = `Chủ Thể Dữ Liệu ${Date.now() % 100000}`;
  await startSignedIn(page, 'hospital.admin@demo.vn', '/clients');
  await page.getByTestId('register-client').click();
  const dialog = page.getByRole('dialog', { name: 'Tiếp nhận đối tượng mới' });
  await dialog.getByLabel('Họ và tên').fill(name);
  await dialog.getByLabel(/^Năm sinh/).fill('1975');
  await dialog.getByLabel('Số CCCD').fill('038075' + String(Date.now()).slice(-6));
  await dialog.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const rights = page.getByTestId('data-rights');
  await expect(rights.getByText('Chưa có yêu cầu nào của chủ thể dữ liệu.')).toBeVisible();
  await rights.getByLabel('Nội dung yêu cầu').fill('Thân chủ xin bản sao dữ liệu');
  await rights.getByTestId('record-data-request').click();
  const row = rights.getByTestId('data-request-row');
  await expect(row).toContainText('Truy cập, trích xuất dữ liệu');
  await expect(row).toContainText('Đang xử lý');

  const download = page.waitForEvent('download');
  await rights.getByTestId('export-personal-data').click();
  expect((await download).suggestedFilename()).toMatch(/^du-lieu-ca-nhan-.*\.zip$/);

  await rights.getByTestId('restrict-client').click();
  await expect(rights.getByTestId('restricted-badge')).toBeVisible();
  await screenshot(page, '60-data-subject-rights');
  await rights.getByTestId('lift-restriction').click();
  await expect(rights.getByTestId('restricted-badge')).toHaveCount(0);

  await rights.getByRole('button', { name: 'Đánh dấu đã thực hiện' }).click();
  await expect(row).toContainText('Đã thực hiện');

  // A consent withdrawn blocks new processing until the unit head records the legal ground (Law 91/2025).
  await page.getByTestId('record-consent').click();
  const consent = page.getByTestId('consent-row');
  await consent.getByRole('button', { name: 'Rút lại' }).click();
  await expect(consent).toContainText('Không được xử lý mới cho mục đích này');
  await consent.getByTestId('record-legal-ground').click();
  const ground = page.getByRole('dialog', { name: 'Ghi căn cứ pháp lý' });
  await ground.getByRole('textbox', { name: 'Căn cứ pháp lý' }).fill('Thực hiện nghĩa vụ báo cáo theo quy định của pháp luật');
  await ground.getByRole('button', { name: 'Lưu căn cứ' }).click();
  await expect(consent.getByTestId('legal-ground')).toContainText('Căn cứ pháp lý: Thực hiện nghĩa vụ báo cáo theo quy định của pháp luật');

  await rights.getByTestId('pseudonymise-client').click();
  await rights.getByTestId('confirm-pseudonymise').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Ẩn danh / })).toBeVisible();

  await page.goto('/personal-data');
  await expect(page.getByRole('heading', { name: 'Dữ liệu cá nhân' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hồ sơ đến hạn xem xét lưu trữ' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Yêu cầu đang mở' })).toBeVisible();
});
