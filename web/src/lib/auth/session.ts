import { useSyncExternalStore } from 'react';

/**
 * The signed-in session: a 15-minute access token and its rotating refresh token.
 * Kept in sessionStorage, not localStorage: hospital desk PCs are shared, and closing the
 * browser must end the session.
 */
export type Session = { accessToken: string; refreshToken: string; expiresAt: string };

const storageKey = 'swc.session';
const listeners = new Set<() => void>();
let current: Session | null = read();
let endedByExpiry = false;

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export const sessionStore = {
  get: () => current,
  /** True when the last session ended because the API refused to renew it (not a sign-out). */
  endedByExpiry: () => endedByExpiry,
  set(session: Session | null, reason: 'signed-out' | 'expired' = 'signed-out') {
    current = session;
    endedByExpiry = session === null && reason === 'expired';
    if (session) sessionStorage.setItem(storageKey, JSON.stringify(session));
    else sessionStorage.removeItem(storageKey);
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useSession() {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}
