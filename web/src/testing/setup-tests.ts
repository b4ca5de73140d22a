import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { sessionStore } from '@/lib/auth/session';
import { addTranslations, initI18n } from '@/lib/i18n';
import en from '@/lib/i18n/locales/en.json';
import vi from '@/lib/i18n/locales/vi.json';

// The portal loads the English common texts when English is chosen; the tests have both up front.
initI18n('vi');
addTranslations('common', { vi, en });

// findBy/waitFor give up after 1 s by default: too short on a busy 2-core CI machine, where lazy texts load late.
configure({ asyncUtilTimeout: 5000 });

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
  // A searchable Select scrolls its highlighted option into view.
  Element.prototype.scrollIntoView ??= () => {};
}

afterEach(() => {
  cleanup();
  // Each test starts signed out: the session lives in memory as well as in sessionStorage.
  if (typeof sessionStorage !== 'undefined') sessionStore.set(null);
});
