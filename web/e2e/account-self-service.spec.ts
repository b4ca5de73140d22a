import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { screenshot, signIn, signOut } from './support/journey';

// The e2e API runs without an SMTP server: it writes each e-mail as an .eml file here (start-api.sh).
const mailFolder = join(process.cwd(), 'e2e-results', 'mail');

/** The plain-text part of an .eml as MimeKit writes it (quoted-printable or base64, UTF-8). */
function plainText(eml: string): string {
  const part = eml.split(/\r?\n--/).find((p) => /content-type:\s*text\/plain/i.test(p)) ?? eml;
  const [headers, ...rest] = part.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
    const joined = body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
        bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}

/** Waits for the e-mail to one recipient (the background job writes it after the commit) and returns its text. */
async function mailTo(address: string): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      () => {
        const files = (() => {
          try {
            return readdirSync(mailFolder).filter((f) => f.endsWith('.eml'));
          } catch {
            return [];
          }
        })();
        found = files.map((f) => readFileSync(join(mailFolder, f), 'utf8')).find((eml) => eml.includes(address));
        return found !== undefined;
      },
      { message: `an e-mail to ${address} in ${mailFolder}` },
    )
    .toBe(true);
  return plainText(found!);
}

test('an admin invites a new colleague, who sets a password from the e-mail and signs in', async ({ page }) => {
  const email = `nhan.vien.${Date.now()}@demo.vn`;
  await signIn(page, 'hospital.admin@demo.vn');
  await page.goto('/users');
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
