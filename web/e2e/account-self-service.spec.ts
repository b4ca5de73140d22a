import { expect, test } from '@playwright/test';
import { screenshot, signIn, signOut, startSignedIn } from './support/journey';
import { mailTo } from './support/mail';

test('an admin invites a new colleague, who sets a password from the e-mail and signs in', async ({ page }) => {
  const email = `nhan.vien.${Date.now()}@demo.vn`;
  await startSignedIn(page, 'hospital.admin@demo.vn', '/users');
  await page.getByTestId('create-user').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Họ và tên').fill('Phạm Thu Hà');
  await dialog.getByRole('combobox', { name: 'Vai trò' }).click();
  await page.getByRole('option', { name: 'Nhân viên CTXH' }).click();
  // No password field: the invitation lets the colleague choose one.
  await expect(dialog.getByLabel(/Mật khẩu/)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();

  const row = page.getByTestId('user-row').filter({ hasText: email });
  await expect(row).toContainText('Chờ đặt mật khẩu');
  await expect(row.getByRole('button', { name: /Gửi lại lời mời/ })).toBeVisible();
  await screenshot(page, '30-users-invited');
  await signOut(page);

  const text = await mailTo(email);
  expect(text).toContain('Bệnh viện Đa khoa tỉnh Thanh Hóa');
  const link = /(https?:\/\/\S+\/accept-invitation\?token=\S+)/.exec(text)?.[1];
  expect(link, text).toBeTruthy();

  await page.goto(link!);
  await expect(page.getByRole('heading', { name: 'Đặt mật khẩu' })).toBeVisible();
  const chosen = 'hoa sen nở trên hồ Tây';
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(chosen);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(chosen);
  await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(page.getByTestId('password-set')).toBeVisible();
  await screenshot(page, '31-invitation-accepted');

  // The link works once.
  await page.goto(link!);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('một mật khẩu khác hẳn');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('một mật khẩu khác hẳn');
  await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(page.getByRole('alert')).toContainText('đã được dùng');

  await signIn(page, email, chosen);
  await expect(page.getByTestId('signed-in-user')).toContainText('Phạm Thu Hà');
});
