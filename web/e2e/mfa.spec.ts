import { createHmac } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { password, screenshot, signOut, startSignedIn } from './support/journey';

/** RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) as an authenticator app computes it, here with node:crypto. */
function totp(base32Secret: string, stepsAhead = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32Secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30) + stepsAhead));
  const hash = createHmac('sha1', key).update(counter).digest();
  const offset = hash[hash.length - 1] & 0x0f;
  const binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
  return String(binary % 1_000_000).padStart(6, '0');
}

const email = 'collaborator@demo.vn';

/** The password step of a sign-in that MFA answers with its second step. */
async function passwordStep(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('form', { name: 'Xác thực hai bước' })).toBeVisible();
}

test('a user turns on two-step sign-in, signs in with an authenticator code, then with a recovery code once', async ({ page }) => {
  await startSignedIn(page, email, '/profile');
  const section = page.getByTestId('mfa-section');
  await expect(section.getByTestId('mfa-state')).toHaveText('Đang tắt');
  await section.getByRole('button', { name: 'Bật xác thực hai bước' }).click();
  await expect(section.getByRole('img', { name: /Mã QR/ })).toBeVisible();
  const secret = (await section.getByTestId('mfa-secret').textContent())!.trim();
  await section.getByLabel('Mã xác thực (6 số)').fill(totp(secret));
  await section.getByRole('button', { name: 'Xác nhận' }).click();

  // The recovery codes, shown this once.
  await expect(section.getByTestId('recovery-code')).toHaveCount(10);
  const codes = (await section.getByTestId('recovery-code').allTextContents()).map((c) => c.trim());
  await screenshot(page, '90-mfa-recovery-codes');
  await section.getByRole('button', { name: 'Tôi đã lưu mã' }).click();
  await expect(section.getByTestId('mfa-state')).toHaveText('Đang bật');
  await signOut(page);

  // The password alone no longer signs in: the app's code does. The confirmation spent the current step; the next is in the window.
  await passwordStep(page);
  await screenshot(page, '91-mfa-sign-in-step');
  await page.getByLabel('Mã xác thực (6 số)').fill(totp(secret, 1));
  await page.getByRole('button', { name: 'Xác thực' }).click();
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
  await signOut(page);

  // A recovery code works once.
  await passwordStep(page);
  await page.getByRole('button', { name: 'Dùng mã khôi phục' }).click();
  await page.getByLabel('Mã khôi phục').fill(codes[0]);
  await page.getByRole('button', { name: 'Xác thực' }).click();
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
  await signOut(page);
  await passwordStep(page);
  await page.getByRole('button', { name: 'Dùng mã khôi phục' }).click();
  await page.getByLabel('Mã khôi phục').fill(codes[0]);
  await page.getByRole('button', { name: 'Xác thực' }).click();
  await expect(page.getByRole('alert')).toContainText('đã được dùng');

  // The next code signs in; MFA is turned off again with the password (the demo account is left as it was).
  await page.getByLabel('Mã khôi phục').fill(codes[1]);
  await page.getByRole('button', { name: 'Xác thực' }).click();
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
  await page.goto('/profile');
  await expect(section.getByTestId('mfa-state')).toHaveText('Đang bật');
  await expect(section).toContainText('Còn 8 mã khôi phục.');
  await section.getByRole('button', { name: 'Tắt xác thực hai bước' }).click();
  await section.getByLabel('Hoặc mật khẩu').fill(password);
  await section.getByRole('button', { name: 'Tắt xác thực hai bước' }).click();
  await expect(section.getByTestId('mfa-state')).toHaveText('Đang tắt');
});
