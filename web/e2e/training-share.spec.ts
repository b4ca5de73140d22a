import { expect, test } from '@playwright/test';
import { apiGet, apiToken, screenshot, startSignedIn } from './support/journey';

type Figures = { medicalStaffTrained: number; medicalStaffCount: number; medicalStaffTrainedPercent: number | null };

const todayInVietnam = () =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
const percent = (value: number) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value)} %`;

test('a training with participants moves the medical-staff share on the facility dashboard', async ({ page, request }) => {
  const token = await apiToken(request, 'hospital.admin@demo.vn');
  const before = await apiGet<Figures>(request, token, '/api/v1/training/figures');

  await startSignedIn(page, 'hospital.admin@demo.vn');
  await expect(page.getByTestId('share-medical-trained')).toHaveText(percent(before.medicalStaffTrainedPercent!));

  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đào tạo' }).click();
  await page.getByRole('button', { name: 'Thêm khóa đào tạo' }).click();
  const course = page.getByRole('dialog', { name: 'Thêm khóa đào tạo' });
  const title = `Truyền thông và hỗ trợ tâm lý (e2e ${Date.now()})`;
  await course.getByLabel('Tên khóa').fill(title);
  await course.getByLabel('Đơn vị tổ chức').fill('Sở Y tế Thanh Hóa');
  await course.getByLabel('Số giờ').fill('16');
  await course.getByLabel('Ngày bắt đầu').fill(todayInVietnam());
  await course.getByLabel('Ngày bắt đầu').press('Tab');
  await course.getByRole('button', { name: 'Lưu khóa đào tạo' }).click();

  // The participants dialog follows: 145 of the hospital's medical staff, and one doctor by name.
  const participants = page.getByRole('dialog', { name: `Học viên: ${title}` });
  await participants.getByLabel('Nhân viên y tế (ghi tên)').fill('BS. Nguyễn Văn Hải');
  await participants.getByLabel('Nhân viên y tế (chỉ đếm số người)').fill('145');
  await participants.getByRole('button', { name: 'Thêm học viên' }).click();
  await expect(participants).toBeHidden();
  await expect(page.getByTestId('course-row').filter({ hasText: title })).toContainText('146');
  await screenshot(page, '22-training');

  const after = await apiGet<Figures>(request, token, '/api/v1/training/figures');
  expect(after.medicalStaffTrained).toBe(Math.min(before.medicalStaffTrained + 146, after.medicalStaffCount));
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan đơn vị' }).click();
  await expect(page.getByTestId('share-medical-trained')).toHaveText(percent(after.medicalStaffTrainedPercent!));
  expect(after.medicalStaffTrainedPercent).toBeGreaterThan(before.medicalStaffTrainedPercent!);
  await screenshot(page, '23-facility-home-activities');
});
