import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { sessionStore } from '@/lib/auth/session';

// Mantine reads these browser APIs that jsdom lacks (node-environment tests have no window at all).
if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.scrollTo = () => {};
  // A Select reopened on a chosen option scrolls it into view.
  Element.prototype.scrollIntoView ??= () => {};
}

afterEach(() => {
  cleanup();
  // Each test starts signed out: the session lives in memory as well as in sessionStorage.
  if (typeof sessionStorage !== 'undefined') sessionStore.set(null);
});
