import { expect, test } from '@playwright/test';
import { screenshot, startSignedIn } from './support/journey';

test.describe('on a ward tablet (768 px)', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

  test('the menu folds into a drawer and every screen of the role stays reachable', async ({ page }) => {
    await startSignedIn(page, 'hospital.worker@demo.vn');
    await expect(page).toHaveURL(/\/home$/);
    await screenshot(page, '11-facility-home-tablet');
    const menu = page.getByRole('button', { name: 'Điều hướng chính' });
    await menu.click();
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị của tôi' }).click();
    await expect(page).toHaveURL(/\/my-facility$/);
    await expect(page.getByTestId('unit-history')).toBeVisible();
    // Nothing wider than the screen: no sideways scrolling of the page itself.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('the province dashboard fits the tablet', async ({ page }) => {
    await startSignedIn(page, 'province@demo.vn');
    await expect(page.getByTestId('kpi-card-PreventiveSocialWorkShare')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '12-province-dashboard-tablet');
  });
});

test('signing in and moving around works from the keyboard alone', async ({ page }) => {
  await page.goto('/login');
  await page.keyboard.press('Tab'); // the language switch comes first…
  await page.getByLabel('Email').focus();
  await page.keyboard.type('province@demo.vn');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Demo@2026');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/province/);

  // The skip link is the first stop and takes the focus past the navigation.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua điều hướng' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test("the facility home greets a facility user with each module's figures", async ({ page }) => {
  await startSignedIn(page, 'hospital.admin@demo.vn');
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByTestId('figure-opened')).toBeVisible();
  await expect(page.getByTestId('fundraising-summary')).toBeVisible();
  await expect(page.getByTestId('reception-today')).toBeVisible();
  await expect(page.getByTestId('hours-per-person')).toBeVisible();
  await screenshot(page, '13-facility-home');
});
