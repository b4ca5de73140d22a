import { expect, test } from '@playwright/test';
import { screenshot, startSignedIn } from './support/journey';

test('a facility admin subscribes a receiver, sees its secret once, rotates it, pauses, resumes and deletes it', async ({ page }) => {
  await startSignedIn(page, 'hospital.admin@demo.vn');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Webhook' }).click();
  await page.getByTestId('create-webhook').click();
  // Development accepts a local receiver (Production wants https to a public address); nothing listens there.
  const url = `http://127.0.0.1:9/swc-e2e-${Date.now()}`;
  const form = page.getByRole('dialog', { name: 'Đăng ký webhook' });
  await form.getByLabel(/^Địa chỉ nhận \(URL\)/).fill(url);
  await form.getByRole('checkbox', { name: /^Nhận chuyển gửi/ }).check();
  await form.getByRole('checkbox', { name: /^Đóng ca/ }).check();
  await form.getByRole('button', { name: 'Đăng ký' }).click();

  const created = page.getByRole('dialog', { name: 'Đã đăng ký webhook' });
  const secret = (await created.getByTestId('webhook-secret').innerText()).trim();
  expect(secret).toMatch(/^whsec_/);
  await screenshot(page, '10-webhook-secret');
  await created.getByRole('button', { name: 'Tôi đã lưu khóa bí mật' }).click();

  const row = page.getByTestId('webhook-row').filter({ hasText: url });
  await expect(row).toContainText('Nhận chuyển gửi');
  await expect(row).toContainText('Đóng ca');
  await expect(row).toContainText('Đang hoạt động');
  await expect(row).toContainText('Chưa gửi lần nào');
  await expect(page.getByText(secret)).toHaveCount(0);

  await row.getByRole('button', { name: `Đổi khóa bí mật: ${url}` }).click();
  await page.getByRole('dialog', { name: 'Đổi khóa bí mật' }).getByRole('button', { name: 'Đổi khóa' }).click();
  const rotated = (await page.getByRole('dialog', { name: 'Khóa bí mật mới' }).getByTestId('webhook-secret').innerText()).trim();
  expect(rotated).toMatch(/^whsec_/);
  expect(rotated).not.toBe(secret);
  await page.getByRole('button', { name: 'Tôi đã lưu khóa bí mật' }).click();

  await row.getByRole('button', { name: `Tạm dừng: ${url}` }).click();
  await expect(row).toContainText('Tạm dừng từ');
  await row.getByRole('button', { name: `Tiếp tục gửi: ${url}` }).click();
  await expect(row).toContainText('Đang hoạt động');

  await row.getByRole('button', { name: `Nhật ký gửi: ${url}` }).click();
  await expect(page.getByRole('dialog', { name: 'Nhật ký gửi' })).toContainText('Chưa có lần gửi nào.');
  await page.getByRole('dialog', { name: 'Nhật ký gửi' }).getByRole('button', { name: 'Đóng' }).click();

  await row.getByRole('button', { name: `Xóa: ${url}` }).click();
  await page.getByRole('dialog', { name: 'Xóa đăng ký webhook' }).getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByText(`Đã xóa đăng ký webhook ${url}.`)).toBeVisible();
  await expect(row).toHaveCount(0);
});
