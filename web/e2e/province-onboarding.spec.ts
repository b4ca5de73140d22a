import { expect, test, type Page } from '@playwright/test';
import { screenshot, signIn, signOut, startSignedIn } from './support/journey';
import { invitationToken } from './support/mail';
import { workbook } from './support/xlsx';

// A province moves in from spreadsheets (issue 14): the officer imports the facilities, fixing what the check finds,
// then invites the people from a workbook; one of them sets a password from the e-mail and signs in.

const facilityHeaders = [
  'Mã cơ sở *', 'Tên cơ sở *', 'Loại hình *', 'Hình thức sở hữu *', 'Xã/phường', 'Số nhà, đường', 'Điện thoại', 'Số nhân viên y tế *',
  'Ngày thành lập', 'Tình trạng đơn vị CTXH', 'Ngày hiệu lực', 'Số quyết định', 'Số người của đơn vị', 'Trưởng đơn vị',
];
const userHeaders = ['Họ và tên *', 'Email *', 'Vai trò *', 'Mã cơ sở', 'Mã tỉnh'];
const tag = Date.now().toString(36).toUpperCase();

const station = (code: string, name: string, type: string, commune: string) => [
  code, name, type, 'Công lập', commune, 'Số 1 Lê Lợi', '0237 3850 000', '8', '15/03/2010', 'Tổ công tác xã hội', '01/06/2024', 'QĐ 12/QĐ-TYT', '2', 'Nguyễn Văn An',
];

/** Picks a workbook built in the test, checks it, and waits for the dry run's answer. */
async function checkWorkbook(page: Page, name: string, content: Buffer) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: content });
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-result')).toBeVisible();
}

test('a province officer imports facilities, fixes the errors, and invites people who set a password and sign in', async ({ page }) => {
  const invited = `can.bo.${tag.toLowerCase()}@demo.vn`;
  await startSignedIn(page, 'province@demo.vn');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Nhập từ Excel' }).click();
  await page.getByTestId('import-kind-facilities').getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Nhập cơ sở y tế từ Excel' })).toBeVisible();

  // A workbook with errors: an unknown type and a commune not in Thanh Hóa's official list.
  const wrong = workbook(facilityHeaders, [
    station(`TYT-${tag}-1`, 'Trạm Y tế phường Hàm Rồng', 'Trạm Y tế xã/phường', 'Phường Hàm Rồng'),
    station(`TYT-${tag}-2`, 'Trạm Y tế phường Hạc Thành', 'Trạm xá', 'Phường Hạc Thành'),
    station(`TYT-${tag}-3`, 'Trạm Y tế xã Không Có', 'Trạm Y tế xã/phường', 'Xã Không Có'),
  ]);
  await checkWorkbook(page, 'co-so.xlsx', wrong);
  await expect(page.getByTestId('import-problems-alert')).toContainText('Có 2 lỗi');
  const problems = page.getByTestId('import-problems');
  await expect(problems.getByRole('row').filter({ hasText: 'Loại hình' })).toContainText('Trạm xá');
  await expect(problems.getByRole('row').filter({ hasText: 'Xã/phường' })).toContainText('Xã Không Có');
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  await screenshot(page, '60-import-facilities-errors');

  // The fixed file: checked clean, imported all at once.
  const fixed = workbook(facilityHeaders, [
    station(`TYT-${tag}-1`, 'Trạm Y tế phường Hàm Rồng', 'Trạm Y tế xã/phường', 'Phường Hàm Rồng'),
    station(`TYT-${tag}-2`, 'Trạm Y tế phường Hạc Thành', 'Trạm Y tế xã/phường', 'Phường Hạc Thành'),
    station(`TYT-${tag}-3`, 'Trạm Y tế phường Đông Sơn', 'Trạm Y tế xã/phường', 'phuong dong son'),
  ]);
  await checkWorkbook(page, 'co-so-da-sua.xlsx', fixed);
  await expect(page.getByTestId('import-no-problems')).toBeVisible();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('Thêm mới 3');
  await expect(page.getByTestId('import-history')).toContainText('co-so-da-sua.xlsx');

  // The people, from a workbook: each is invited by e-mail.
  await page.goto('/imports');
  await page.getByTestId('import-kind-users').getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Nhập tài khoản từ Excel' })).toBeVisible();
  const people = workbook(userHeaders, [
    ['Lê Thị Thanh', invited, 'Quản trị đơn vị', `TYT-${tag}-1`, null],
    ['Hoàng Văn Minh', `nv.${tag.toLowerCase()}@demo.vn`, 'Nhân viên CTXH', `tyt-${tag}-2`, null],
  ]);
  await checkWorkbook(page, 'tai-khoan.xlsx', people);
  await expect(page.getByTestId('import-no-problems')).toBeVisible();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('Thêm mới 2');
  await screenshot(page, '61-import-users-done');
  await signOut(page);

  // One of them sets a password from the e-mail received and signs in.
  const token = await invitationToken(invited);
  await page.goto(`/accept-invitation?token=${encodeURIComponent(token)}`);
  await expect(page.getByRole('heading', { name: 'Đặt mật khẩu' })).toBeVisible();
  const chosen = 'trạm y tế bên bờ sông Mã';
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(chosen);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(chosen);
  await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(page.getByTestId('password-set')).toBeVisible();
  await signIn(page, invited, chosen);
  await expect(page.getByTestId('signed-in-user')).toContainText('Lê Thị Thanh');
});
