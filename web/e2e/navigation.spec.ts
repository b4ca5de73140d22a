import { expect, test } from '@playwright/test';
import { demoAccounts, screenshot, signIn, signOut, startSignedIn } from './support/journey';

test.describe('each demo account sees only its own navigation', () => {
  for (const account of demoAccounts) {
    test(account.email, async ({ page }) => {
      await signIn(page, account.email);
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
      await expect(nav.locator('[data-nav]')).toHaveCount(account.nav.length);
      const shown = await nav.locator('[data-nav]').evaluateAll((links) => links.map((link) => link.getAttribute('data-nav')));
      expect(shown).toEqual([...account.nav]);
      await signOut(page);
    });
  }
});

test('a signed-out visitor is sent to the login page and brought back after signing in', async ({ page }) => {
  await page.goto('/facilities');
  await expect(page).toHaveURL(/\/login\?returnTo=%2Ffacilities/);
  await screenshot(page, '01-login');
  await page.getByLabel('Email').fill('province@demo.vn');
  await page.getByLabel('Mật khẩu').fill('Demo@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/facilities$/);
});

test('a wrong password is refused on the login page', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('province@demo.vn');
  await page.getByLabel('Mật khẩu').fill('not-the-password');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test('a screen the role may not use is refused even by URL', async ({ page }) => {
  await startSignedIn(page, 'hospital.worker@demo.vn', '/users');
  await expect(page.getByTestId('not-found')).toBeVisible();
});

test('the language switch turns the portal to English and back', async ({ page }) => {
  await startSignedIn(page, 'province@demo.vn');
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toContainText('Facilities');
  await page.getByText('VI', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
});

test('an expired session returns to the login page', async ({ page }) => {
  await startSignedIn(page, 'province@demo.vn');
  // Both tokens become worthless: the next API call gets a 401 and the refresh is refused.
  await page.evaluate(() => {
    sessionStorage.setItem('swc.session', JSON.stringify({ accessToken: 'x', refreshToken: 'y', expiresAt: '2099-01-01T00:00:00Z' }));
  });
  await page.reload();
  await expect(page).toHaveURL(/\/login\?expired=1/);
});
