import { expect, test } from '@playwright/test';
import { screenshot, startSignedIn } from './support/journey';

test('the registry finds "Thanh Hóa" when the officer types "Thanh Hoa", and opens a profile with its history', async ({ page }) => {
  await startSignedIn(page, 'province@demo.vn');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cơ sở y tế' }).click();
  await expect(page).toHaveURL(/\/facilities/);
  await expect(page.getByTestId('facility-row').first()).toBeVisible();
  await screenshot(page, '03-facility-registry');

  await page.getByLabel(/Tìm/).first().fill('Thanh Hoa');
  await expect(page).toHaveURL(/search=Thanh(\+|%20)Hoa/);
  const rows = page.getByTestId('facility-row');
  await expect(rows.first()).toContainText('Thanh Hóa');
  for (const text of await rows.allInnerTexts()) expect(text).toContain('Thanh Hóa');

  await rows.first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/facilities\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('unit-history-entry').first()).toBeVisible();
  await screenshot(page, '04-facility-profile');
});
