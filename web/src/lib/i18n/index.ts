import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import vi from './locales/vi.json';

export type Language = 'vi' | 'en';
export const languages: Language[] = ['vi', 'en'];
const storageKey = 'swc.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/**
 * Vietnamese first: the portal starts in vi-VN unless the user chose English on this device. The Vietnamese
 * common texts are bundled; a backend, when given, loads each feature's namespace when a screen first asks for it,
 * and the English common texts when English is chosen (issue 19: no second language on the wire by default).
 */
export function initI18n(language: Language = storedLanguage(), backend?: BackendModule) {
  if (!i18n.isInitialized) {
    if (backend) i18n.use(backend);
    void i18n.use(initReactI18next).init({
      lng: language,
      fallbackLng: 'vi',
      defaultNS: 'common',
      ns: ['common'],
      resources: { vi: { common: vi } },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  applyToPage(language);
  return i18n;
}

/** Calendars and the page's lang attribute (read by screen readers) follow the portal's language. */
function applyToPage(language: Language) {
  dayjs.locale(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Each feature brings its own namespace ("kpis", "facilities"…); tests register theirs up front. */
export function addTranslations(namespace: string, resources: Record<Language, Record<string, unknown>>) {
  for (const language of languages) i18n.addResourceBundle(language, namespace, resources[language], true, true);
}

export function setLanguage(language: Language) {
  localStorage.setItem(storageKey, language);
  applyToPage(language);
  void i18n.changeLanguage(language);
}

export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return instance.language === 'en' ? 'en' : 'vi';
}

export { i18n };
