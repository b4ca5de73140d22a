import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const password = 'Demo@2026';

/** The seven demo accounts and the screens each role's navigation must offer: no more, no less. */
export const demoAccounts = [
  { email: 'platform@demo.vn', nav: ['provinceDashboard', 'provinceActivities', 'facilities', 'users', 'imports', 'apiClients', 'auditLog'] },
  { email: 'province@demo.vn', nav: ['provinceDashboard', 'provinceActivities', 'provinceTargets', 'provinceReports', 'facilities', 'supervision', 'commendations', 'imports', 'webhooks'] },
  { email: 'hospital.admin@demo.vn', nav: ['facilityHome', 'workLists', 'clients', 'referralInbox', 'myFacility', 'annualPlan', 'fundraising', 'reception', 'communication', 'charity', 'workforce', 'training', 'reports', 'supervision', 'commendations', 'users', 'imports', 'apiClients', 'webhooks', 'auditLog'] },
  { email: 'hospital.worker@demo.vn', nav: ['facilityHome', 'workLists', 'clients', 'referralInbox', 'myFacility', 'annualPlan', 'fundraising', 'reception', 'communication', 'charity', 'workforce', 'training', 'reports', 'supervision'] },
  { email: 'collaborator@demo.vn', nav: ['facilityHome', 'workLists', 'myFacility', 'reception'] },
  { email: 'cdc.admin@demo.vn', nav: ['facilityHome', 'workLists', 'clients', 'referralInbox', 'myFacility', 'annualPlan', 'fundraising', 'reception', 'communication', 'charity', 'workforce', 'training', 'reports', 'supervision', 'commendations', 'users', 'imports', 'apiClients', 'webhooks', 'auditLog'] },
  { email: 'station.worker@demo.vn', nav: ['facilityHome', 'workLists', 'clients', 'referralInbox', 'myFacility', 'annualPlan', 'fundraising', 'reception', 'communication', 'charity', 'workforce', 'training', 'reports', 'supervision'] },
] as const;

/** Signs in through the login form, as a person does. */
export async function signIn(page: Page, email: string, secret = password) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(secret);
  // Wait for the API's answer, not a clock: a refused or failed sign-in is reported as such.
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Đăng nhập' }).click(),
  ]);
  expect(answer.status(), `sign-in of ${email} answered ${answer.status()}`).toBe(200);
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** A bearer token straight from the API, to compare the screen with what the API says. */
export async function apiToken(request: APIRequestContext, email: string) {
  const response = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function apiGet<T>(request: APIRequestContext, token: string, path: string): Promise<T> {
  const response = await request.get(path, { headers: { authorization: `Bearer ${token}` } });
  expect(response.ok(), `GET ${path} answered ${response.status()}`).toBeTruthy();
  return (await response.json()) as T;
}

/** Every main screen is saved under e2e-results/screenshots for review. */
export async function screenshot(page: Page, name: string) {
  mkdirSync('e2e-results/screenshots', { recursive: true });
  await page.screenshot({ path: `e2e-results/screenshots/${name}.png`, fullPage: true });
}
