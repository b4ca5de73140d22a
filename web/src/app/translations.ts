import type { BackendModule } from 'i18next';

// Each feature owns its texts in features/<feature>/locales/{vi,en}.json, under the feature's name.
// They load with the first screen that asks for the namespace, so no module's texts weigh on the sign-in page.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../features/*/locales/*.json');
// The common texts of the other language (the Vietnamese ones are bundled, see lib/i18n).
const common = import.meta.glob<{ default: Record<string, unknown> }>('../lib/i18n/locales/*.json');

export const featureTranslations: BackendModule = {
  type: 'backend',
  init: () => {},
  read(language, namespace, callback) {
    const load =
      namespace === 'common'
        ? common[`../lib/i18n/locales/${language}.json`]
        : (files[`../features/${namespace}/locales/${language}.json`] ?? files[`../features/${namespace}/locales/vi.json`]);
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};
