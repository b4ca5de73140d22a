import { expect, test } from '@playwright/test';
import { apiGet, apiToken, screenshot, startSignedIn } from './support/journey';

type Page<T> = { items: T[] };
type Facility = { id: string; code: string; name: string };

test("a social worker typing another facility's URL gets a not-found page, not its data", async ({ page, request }) => {
  const officer = await apiToken(request, 'province@demo.vn');
  const cdc = (await apiGet<Page<Facility>>(request, officer, '/api/v1/facilities?search=CDC')).items.find((f) => f.code === 'CDC')!;
  expect(cdc).toBeTruthy();

  await startSignedIn(page, 'hospital.worker@demo.vn', `/facilities/${cdc.id}`);
  await expect(page.getByTestId('not-found')).toBeVisible();
  await expect(page.getByText(cdc.name)).toHaveCount(0);
  await screenshot(page, '10-not-found');

  // Their own facility opens normally.
  await page.goto('/my-facility');
  await expect(page.getByTestId('unit-history')).toBeVisible();
});
