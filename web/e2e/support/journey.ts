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

/** How many sessions startSignedIn has handed to a tab: each is given once, the latest wins. */
let sessionsGiven = 0;

/**
 * For a step that is not about signing in: the same sign-in, asked of the API directly (POST /auth/login, as the form
 * does), its session put in the tab's sessionStorage where the portal keeps it, then `path` opened: "/" is the role's
 * first screen, where the form lands too. This spares the browser the login page, and when the step goes on
 * elsewhere, the landing screen as well: a full page load or two of the 2-core machine's CPU per step.
 * The form itself stays covered: every demo account signs in through it (navigation.spec.ts), as do the keyboard
 * journey, the return to the page asked for, the refused password, MFA and the invited colleagues.
 */
export async function startSignedIn(page: Page, email: string, path = '/', secret = password) {
  const answer = await page.request.post('/api/v1/auth/login', { data: { email, password: secret } });
  expect(answer.status(), `sign-in of ${email} answered ${answer.status()}`).toBe(200);
  const { accessToken, refreshToken, expiresAt } = (await answer.json()) as { accessToken: string; refreshToken: string; expiresAt: string };
  expect(accessToken, `the sign-in of ${email} answered with a session, not an MFA step`).toBeTruthy();
  // The next page load of the tab gets the session, once: after a sign-out, a later page load must not bring it back,
  // nor may the session of an earlier sign-in in the same tab come back over this one.
  const given = ++sessionsGiven;
  await page.addInitScript(
    ({ session, given }) => {
      try {
        if (location.origin === 'null' || Number(sessionStorage.getItem('e2e.session-given') ?? 0) >= given) return;
        sessionStorage.setItem('e2e.session-given', String(given));
        sessionStorage.setItem('swc.session', session);
      } catch {
        // about:blank has no storage of its own
      }
    },
    { session: JSON.stringify({ accessToken, refreshToken, expiresAt }), given },
  );
  await page.goto(path);
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
