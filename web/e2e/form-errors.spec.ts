import { expect, test } from '@playwright/test';
import { screenshot, startSignedIn } from './support/journey';

test("a form with invalid input shows the server's field errors on its fields", async ({ page }) => {
  await startSignedIn(page, 'cdc.admin@demo.vn', '/my-facility');
  await page.getByTestId('record-unit-change').click();
  await page.getByRole('combobox', { name: 'Tình trạng mới' }).click();
  await page.getByRole('option', { name: 'Chỉ có cộng tác viên' }).click();
  // Well-formed for the browser, refused by the API: an effective date years ahead.
  await page.getByLabel('Ngày hiệu lực').fill('01/01/2035');
  await page.getByLabel('Ngày hiệu lực').press('Tab');
  await page.getByTestId('submit-unit-change').click();

  const dateField = page.getByLabel('Ngày hiệu lực');
  await expect(dateField).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await dateField.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.includes('error'));
  expect(errorId, 'the field names its error message').toBeTruthy();
  await expect(page.locator(`[id="${errorId}"]`)).not.toBeEmpty();
  await screenshot(page, '07-form-server-errors');
  // Nothing was recorded.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('unit-history')).not.toContainText('01/01/2035');
});

test('an account with an email already in use is refused on the email field', async ({ page }) => {
  await startSignedIn(page, 'hospital.admin@demo.vn');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tài khoản' }).click();
  await expect(page.getByTestId('user-row').first()).toBeVisible();
  await screenshot(page, '08-users');
  await page.getByTestId('create-user').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Email').fill('hospital.worker@demo.vn');
  await dialog.getByLabel('Họ và tên').fill('Trùng Email');
  await dialog.getByRole('combobox', { name: 'Vai trò' }).click();
  await page.getByRole('option', { name: 'Nhân viên CTXH' }).click();
  await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(dialog.getByText(/hospital\.worker@demo\.vn/)).toBeVisible();
  await expect(dialog.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
});
