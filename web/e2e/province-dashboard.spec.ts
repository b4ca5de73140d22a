import { expect, test, type Page } from '@playwright/test';
import { apiGet, apiToken, screenshot, startSignedIn } from './support/journey';

type Figure = { indicator: string; numerator: number; denominator: number; sharePercent: number; laggards: { facilityId: string }[] };
type ProvinceKpis = { figures: Figure[] };
type Me = { province: { id: string } };

const share = (value: number) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value)} %`;

async function expectSameFigures(page: Page, figures: Figure[]) {
  for (const figure of figures) {
    // A group without facilities (none at that date) says so instead of a share.
    if (figure.denominator === 0) {
      await expect(page.getByTestId(`kpi-empty-${figure.indicator}`)).toHaveText('Không có cơ sở nào trong nhóm này');
      continue;
    }
    await expect(page.getByTestId(`kpi-count-${figure.indicator}`)).toContainText(`${figure.numerator}/${figure.denominator}`);
    await expect(page.getByTestId(`kpi-share-${figure.indicator}`)).toContainText(share(figure.sharePercent));
  }
}

test('the province dashboard shows the same figures as the API for the same date', async ({ page, request }) => {
  const token = await apiToken(request, 'province@demo.vn');
  const me = await apiGet<Me>(request, token, '/api/v1/me');

  await startSignedIn(page, 'province@demo.vn');
  await expect(page).toHaveURL(/\/province/);
  const today = await apiGet<ProvinceKpis>(request, token, `/api/v1/provinces/${me.province.id}/kpis`);
  await expectSameFigures(page, today.figures);
  // The demo hospitals carry their level, so "provincial and district hospitals with a unit" counts them instead of an empty group.
  const levelled = today.figures.find((f) => f.indicator === 'ProvincialDistrictHospitalUnitShare')!;
  expect(levelled.denominator).toBeGreaterThan(0);
  await expect(page.getByTestId('kpi-count-ProvincialDistrictHospitalUnitShare')).toContainText(`${levelled.numerator}/${levelled.denominator}`);

  // The laggards are links to their facility profiles.
  const laggard = today.figures.find((f) => f.indicator === 'PreventiveSocialWorkShare')!.laggards[0];
  await expect(page.locator(`a[href="/facilities/${laggard.facilityId}"]`).first()).toBeAttached();
  await screenshot(page, '02-province-dashboard');

  // Another as-of date, straight from the URL the date picker writes.
  await page.goto('/province?asOf=2020-12-31');
  const then = await apiGet<ProvinceKpis>(request, token, `/api/v1/provinces/${me.province.id}/kpis?asOf=2020-12-31`);
  await expectSameFigures(page, then.figures);
  expect(then.figures[0].numerator).not.toBe(today.figures[0].numerator);
});
