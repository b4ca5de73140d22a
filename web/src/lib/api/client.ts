import createClient from 'openapi-fetch';
import { sessionStore, type Session } from '@/lib/auth/session';
import { i18n } from '@/lib/i18n';
import { ApiProblem } from './problem';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

// One refresh in flight at a time: the API treats a refresh token used twice as stolen and
// ends the whole session, so parallel 401s must share a single rotation.
let refreshing: Promise<Session | null> | null = null;

export function refreshSession(): Promise<Session | null> {
  const session = sessionStore.get();
  if (!session) return Promise.resolve(null);
  refreshing ??= (async () => {
    try {
      const response = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken: session.refreshToken }),
      });
      if (!response.ok) return null;
      const renewed = (await response.json()) as Session;
      sessionStore.set(renewed);
      return renewed;
    } catch {
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** Renews the access token a minute before it expires, so a busy desk never sees a 401. */
export function accessTokenIsFresh(session: Session, now = Date.now()) {
  return new Date(session.expiresAt).getTime() - now > 60_000;
}

async function authorisedFetch(input: Request): Promise<Response> {
  // The API words its validation messages in the portal's language.
  input.headers.set('accept-language', i18n.language === 'en' ? 'en' : 'vi');
  const retry = input.clone();
  let session = sessionStore.get();
  if (session && !accessTokenIsFresh(session)) session = (await refreshSession()) ?? session;
  if (session) input.headers.set('authorization', `Bearer ${session.accessToken}`);
  const response = await fetch(input);
  if (response.status !== 401 || !session) return response;

  const renewed = await refreshSession();
  // The session cannot be renewed: ending it sends the router to the login page (see RequireSession).
  if (!renewed) {
    sessionStore.set(null, 'expired');
    return response;
  }
  retry.headers.set('authorization', `Bearer ${renewed.accessToken}`);
  const second = await fetch(retry);
  if (second.status === 401) sessionStore.set(null, 'expired');
  return second;
}

/** The typed client for the SocialWorkCloud API (paths and schemas generated from its OpenAPI document). */
export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  fetch: authorisedFetch,
  querySerializer: { array: { style: 'form', explode: true } },
});

/** Unwraps an openapi-fetch result: the data, or an ApiProblem thrown for TanStack Query to carry. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw new ApiProblem(response.status, error);
  return data as T;
}
