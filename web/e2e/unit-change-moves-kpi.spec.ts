import { expect, test } from '@playwright/test';
import { apiGet, apiToken, screenshot, startSignedIn } from './support/journey';
import { invitationToken } from './support/mail';

type Figure = { indicator: string; numerator: number; denominator: number; laggards: { facilityId: string; name: string }[] };
type ProvinceKpis = { figures: Figure[] };
type Me = { province: { id: string } };

const preventive = (kpis: ProvinceKpis) => kpis.figures.find((f) => f.indicator === 'PreventiveSocialWorkShare')!;
const todayInVietnam = () =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());

test('a facility admin records a status change, the officer recomputes, and the KPI moves by exactly that facility', async ({ browser, request }) => {
  const officerToken = await apiToken(request, 'province@demo.vn');
  const { province } = await apiGet<Me>(request, officerToken, '/api/v1/me');
  const kpisPath = `/api/v1/provinces/${province.id}/kpis`;
  const before = preventive(await apiGet<ProvinceKpis>(request, officerToken, kpisPath));
  const centre = before.laggards[0];

  // The centre's newly appointed head of unit gets an account (the platform admin's job).
  const platformToken = await apiToken(request, 'platform@demo.vn');
  const email = `truong.ctxh.${Date.now()}@demo.vn`;
  const secret = 'E2e@2026pass';
  const created = await request.post('/api/v1/users', {
    headers: { authorization: `Bearer ${platformToken}` },
    data: { email, fullName: 'Lê Thị Thu (e2e)', role: 'FacilityAdmin', facilityId: centre.facilityId },
  });
  expect(created.status()).toBe(201);
  // The head sets a password from the invitation e-mailed to them.
  const accepted = await request.post('/api/v1/auth/accept-invitation', { data: { token: await invitationToken(email), password: secret } });
  expect(accepted.status()).toBeLessThan(300);

  // The officer has the dashboard open before anything changes.
  const officer = await (await browser.newContext()).newPage();
  await startSignedIn(officer, 'province@demo.vn');
  await expect(officer.getByTestId('kpi-count-PreventiveSocialWorkShare')).toContainText(`${before.numerator}/${before.denominator}`);
  // The centre is among the facilities pulling the share down (the map links every facility, so look in that list).
  const centreAmongLaggards = officer.getByTestId('laggards-PreventiveSocialWorkShare').locator(`a[href="/facilities/${centre.facilityId}"]`);
  await expect(centreAmongLaggards).toHaveCount(1);

  // The head records the decision that sets up a social-work team today.
  const head = await (await browser.newContext()).newPage();
  await startSignedIn(head, email, '/', secret);
  await head.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị của tôi' }).click();
  await expect(head.getByRole('heading', { level: 1 })).toContainText(centre.name);
  await head.getByTestId('record-unit-change').click();
  await head.getByRole('combobox', { name: 'Tình trạng mới' }).click();
  await head.getByRole('option', { name: 'Tổ CTXH' }).click();
  await head.getByLabel('Ngày hiệu lực').fill(todayInVietnam());
  await head.getByLabel('Ngày hiệu lực').press('Tab');
  await head.getByLabel('Số quyết định').fill('45/QĐ-TTYT');
  await head.getByLabel('Số nhân sự').fill('3');
  await head.getByTestId('submit-unit-change').click();
  await expect(head.getByTestId('unit-history')).toContainText('45/QĐ-TTYT');
  await screenshot(head, '05-my-facility');

  // The officer recomputes and watches the job finish; the share moves by exactly one facility.
  await officer.getByTestId('recompute-kpis').click();
  // The run is a background job the page follows: wait for the page to say it succeeded, within the test's budget.
  await expect(officer.getByTestId('kpi-run-status')).toHaveAttribute('data-status', 'Succeeded', { timeout: 0 });
  await expect(officer.getByTestId('kpi-count-PreventiveSocialWorkShare')).toContainText(`${before.numerator + 1}/${before.denominator}`);
  await expect(centreAmongLaggards).toHaveCount(0);
  await screenshot(officer, '06-province-dashboard-recomputed');

  const after = preventive(await apiGet<ProvinceKpis>(request, officerToken, kpisPath));
  expect(after.numerator).toBe(before.numerator + 1);
  expect(after.laggards.map((l) => l.facilityId)).toEqual(before.laggards.map((l) => l.facilityId).filter((id) => id !== centre.facilityId));
});
