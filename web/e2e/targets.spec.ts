import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { screenshot, startSignedIn } from './support/journey';

test('the province officer sets a target, sees the facilities behind it, drills down and downloads the table', async ({ page }) => {
  await startSignedIn(page, 'province@demo.vn');
  // From the province dashboard to the complete progress table.
  await page.getByRole('link', { name: 'Mở' }).click();
  await expect(page).toHaveURL(/\/province\/targets/);
  await expect(page.getByRole('table', { name: 'Tiến độ từng chỉ số của từng cơ sở' })).toBeVisible();

  // A reception target for preventive centres that few of them reach.
  await page.getByRole('button', { name: 'Đặt chỉ tiêu' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Chỉ số' }).click();
  await page.getByRole('option', { name: 'Lượt tiếp đón, hướng dẫn người bệnh' }).click();
  await dialog.getByRole('combobox', { name: 'Nhóm cơ sở' }).click();
  await page.getByRole('option', { name: 'Dự phòng' }).click();
  await dialog.getByLabel('Giá trị chỉ tiêu').fill('100000');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  // The group's row of the facility × indicator matrix carries it.
  await expect(
    page.getByTestId('matrix-group-row').filter({ hasText: 'Nhóm Dự phòng' }).getByRole('button', { name: /Lượt tiếp đón, hướng dẫn người bệnh: 100\.000/ }),
  ).toBeVisible();

  // The table, narrowed to that indicator and to the facilities behind it.
  await page.getByRole('combobox', { name: 'Chỉ số' }).click();
  await page.getByRole('option', { name: 'Lượt tiếp đón, hướng dẫn người bệnh' }).click();
  await page.getByRole('combobox', { name: 'Đánh giá' }).click();
  await page.getByRole('option', { name: 'Chậm tiến độ' }).click();
  const behind = page.getByTestId('progress-line').filter({ hasText: 'Dự phòng' }).first();
  await expect(behind).toContainText('Chậm tiến độ');
  await expect(behind).toContainText('100.000');
  await expect(page.getByTestId('behind-list')).toBeVisible();
  await screenshot(page, '30-province-targets');

  // Drill down: the facility's aggregates and their trend, never its records.
  const facility = (await behind.getByRole('link').textContent())!.trim();
  await behind.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: facility })).toBeVisible();
  await expect(page.getByTestId('facility-cell-RECEPTION_CONTACTS')).toContainText('Chậm tiến độ');
  await expect(page.getByRole('heading', { name: 'Diễn biến trong năm (cuối mỗi tháng)' })).toBeVisible();
  await screenshot(page, '31-facility-drill-down');

  // Back to the table and the whole of it as an Excel workbook.
  await page.getByRole('link', { name: 'Về bảng toàn tỉnh' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^chi-tieu-ctxh-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = readFileSync((await file.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  expect(bytes.length).toBeGreaterThan(5_000);
});
