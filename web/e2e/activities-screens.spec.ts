import { expect, test, type Page } from '@playwright/test';
import { apiGet, apiToken, screenshot, startSignedIn } from './support/journey';

type ProvinceActivities = { totals: { receptionContacts: number }; facilities: unknown[] };
type Me = { province: { id: string } };

async function open(page: Page, link: string, heading: string, shot: string) {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expect(page.getByText('Không tải được dữ liệu')).toHaveCount(0);
  await screenshot(page, shot);
}

test("the unit head's activity and workforce screens show the demo unit's records", async ({ page }) => {
  await startSignedIn(page, 'hospital.admin@demo.vn');
  await expect(page.getByTestId('reception-year')).not.toHaveText('0');
  await open(page, 'Nhân sự CTXH', 'Nhân sự công tác xã hội', '24-workforce-certificates');
  await expect(page.getByTestId('watch-without')).toContainText('Cao Văn Sơn');
  await page.getByRole('tab', { name: 'Khoa phòng và cộng tác viên' }).click();
  await expect(page.getByText(/khoa lâm sàng có cộng tác viên/)).toBeVisible();
  await open(page, 'Truyền thông', 'Truyền thông', '25-communication');
  await open(page, 'Thiện nguyện', 'Thiện nguyện, cộng đồng', '26-charity');
  await expect(page.getByText('Bữa cơm miễn phí cho người bệnh khó khăn').first()).toBeVisible();
});

test('the province officer sees figures per facility, and the totals the API gives', async ({ page, request }) => {
  const token = await apiToken(request, 'province@demo.vn');
  const { province } = await apiGet<Me>(request, token, '/api/v1/me');
  const figures = await apiGet<ProvinceActivities>(request, token, `/api/v1/provinces/${province.id}/activities`);
  await startSignedIn(page, 'province@demo.vn');
  await open(page, 'Hoạt động toàn tỉnh', 'Hoạt động và nhân lực CTXH toàn tỉnh', '27-province-activities');
  await expect(page.getByTestId('total-reception')).toHaveText(new Intl.NumberFormat('vi-VN').format(figures.totals.receptionContacts));
  await expect(page.getByTestId('facility-figures')).toHaveCount(figures.facilities.length);
});
