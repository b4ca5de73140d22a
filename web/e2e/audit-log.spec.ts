import { expect, test } from '@playwright/test';
import { apiGet, apiToken, screenshot, signOut, startSignedIn } from './support/journey';

test('the unit head reads, filters, exports and verifies the audit log; the platform admin verifies the platform log', async ({ page, request }) => {
  // Reads of clients' identifiers by the unit head are what the log records.
  const token = await apiToken(request, 'hospital.admin@demo.vn');
  const clients = await apiGet<{ items: { id: string }[] }>(request, token, '/api/v1/clients?pageSize=10');
  for (const client of clients.items) await apiGet(request, token, `/api/v1/clients/${client.id}`);

  await startSignedIn(page, 'hospital.admin@demo.vn');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhật ký kiểm toán' }).click();
  await expect(page.getByRole('heading', { name: 'Nhật ký kiểm toán' })).toBeVisible();
  const rows = page.getByTestId('audit-row');
  await expect(rows.first()).toContainText('Lê Văn Minh (Trưởng phòng CTXH)');
  await expect(rows.first()).toContainText('Xem giấy tờ tùy thân');

  // Filter by action and by the person (a click on the name), then clear.
  await page.getByTestId('audit-action').fill('client.view-identifiers');
  await expect(rows.first()).toContainText('client.view-identifiers');
  await rows.first().getByRole('button', { name: 'Lọc theo người: Lê Văn Minh (Trưởng phòng CTXH)' }).click();
  await expect(page.getByText('Người thực hiện: Lê Văn Minh (Trưởng phòng CTXH)')).toBeVisible();
  await expect(page.getByTestId('audit-total')).not.toHaveText(/^0 /);
  // Dates are typed as Vietnamese dates: a day long past has no entry.
  await page.getByLabel('Đến ngày').fill('01/01/2001');
  await page.getByLabel('Đến ngày').blur();
  await expect(page.getByText('Không có mục nhật ký nào khớp bộ lọc.')).toBeVisible();
  await page.getByRole('button', { name: 'Xóa lọc' }).click();
  await expect(rows.first()).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-audit').click()]);
  expect(download.suggestedFilename()).toBe('nhat-ky-kiem-toan.xlsx');

  await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  await expect(page.getByTestId('chain-audit')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('chain-audit')).toContainText('Chuỗi nhật ký kiểm toán toàn vẹn');
  await expect(page.getByTestId('chain-ledger')).toContainText('Chuỗi sổ thu chi tài trợ toàn vẹn');
  await screenshot(page, '11-audit-log');
  await signOut(page);

  await startSignedIn(page, 'platform@demo.vn');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhật ký kiểm toán' }).click();
  await expect(page.getByText('Các thao tác của nền tảng')).toBeVisible();
  await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  await expect(page.getByTestId('chain-platform-audit')).toHaveAttribute('data-ok', 'true');
});
