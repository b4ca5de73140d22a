import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Fragment, type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { SignedInUser } from '@/components/signed-in-user';
import { sessionStore } from '@/lib/auth/session';
import { addTranslations, i18n, initI18n, type Language } from '@/lib/i18n';
import { theme } from '@/lib/theme';

type Handler = (request: Request, url: URL) => Response | Promise<Response> | undefined;

/** Answers the API calls a component makes; an unexpected call fails the test loudly. */
export function stubApi(routes: Record<string, Handler | unknown>) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(input, 'http://localhost'), init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    calls.push({ method: request.method, path: url.pathname + url.search, body: text ? JSON.parse(text) : undefined });
    const key = `${request.method} ${url.pathname}`;
    const route = routes[key];
    if (route === undefined) throw new Error(`Unexpected API call ${key}`);
    const answer =
      typeof route === 'function' ? await (route as Handler)(request, url) : route instanceof Response ? route.clone() : json(route);
    return answer ?? json({ title: 'Not Found', status: 404 }, 404);
  });
  return calls;
}

export function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function signIn() {
  sessionStore.set({ accessToken: 'test-token', refreshToken: 'test-refresh', expiresAt: new Date(Date.now() + 15 * 60_000).toISOString() });
}

/**
 * Renders a screen the way the app does: router, query client, Mantine, i18n (Vietnamese unless told).
 * Mantine runs in its test mode (env="test"): no transitions and no portals, and floating dropdowns stay
 * visible although jsdom lays nothing out, so Select and Combobox options can be clicked.
 */
export function renderRoute(
  routes: RouteObject[],
  { path = '/', language = 'vi', translations = {} }: { path?: string; language?: Language; translations?: Record<string, Record<Language, Record<string, unknown>>> } = {},
) {
  initI18n(language);
  void i18n.changeLanguage(language);
  for (const [namespace, resources] of Object.entries(translations)) addTranslations(namespace, resources);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  // Signed in, screens sit under the signed-in user as in the app shell; signed out (the login form) they do not.
  const Screens = sessionStore.get() ? SignedInUser : Fragment;
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env="test">
        <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
          <QueryClientProvider client={queryClient}>
            <Screens>
              <RouterProvider router={router} />
            </Screens>
          </QueryClientProvider>
        </DatesProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...view, router, queryClient };
}

export function renderElement(element: ReactElement, options?: Parameters<typeof renderRoute>[1]) {
  return renderRoute([{ path: '*', element }], options);
}

/** Opens the Select (or Combobox) named `label` and picks the option `option`. */
export async function chooseOption(label: string | RegExp, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

/** Puts text into a field at once (a paste), for long texts where typing key by key would slow a test down. */
export async function pasteInto(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}
