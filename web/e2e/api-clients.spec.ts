import { expect, test } from '@playwright/test';
import { screenshot, startSignedIn } from './support/journey';

test('a facility admin creates an API client whose secret is shown once and works until revoked', async ({ page, request }) => {
  await startSignedIn(page, 'hospital.admin@demo.vn');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kết nối API' }).click();
  await page.getByTestId('create-api-client').click();
  const name = `HIS e2e ${Date.now()}`;
  const form = page.getByRole('dialog');
  await form.getByLabel('Tên kết nối').fill(name);
  await form.getByRole('checkbox', { name: /Đọc/ }).check();
  await form.getByRole('button', { name: 'Tạo kết nối' }).click();

  const clientId = (await page.getByTestId('client-id').innerText()).trim();
  const secret = (await page.getByTestId('client-secret').innerText()).trim();
  expect(secret.length).toBeGreaterThanOrEqual(32);
  await screenshot(page, '09-api-client-secret');

  const token = async () =>
    request.post('/api/v1/auth/token', { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret } });
  const issued = await token();
  expect(issued.status()).toBe(200);

  await page.getByRole('button', { name: 'Tôi đã lưu khóa bí mật' }).click();
  const row = page.getByTestId('api-client-row').filter({ hasText: name });
  await expect(row).toBeVisible();
  // Shown once: the list never shows the secret again.
  await expect(page.getByText(secret)).toHaveCount(0);

  await row.getByRole('button', { name: /Thu hồi/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Thu hồi' }).click();
  await expect(row).toContainText('Đã thu hồi');
  expect([400, 401]).toContain((await token()).status());
});
