import type { BackendModule } from 'i18next';

// Each feature owns its texts in features/<feature>/locales/{vi,en}.json, under the feature's name.
// They load with the first screen that asks for the namespace, so no module's texts weigh on the sign-in page.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../features/*/locales/*.json');

export const featureTranslations: BackendModule = {
  type: 'backend',
  init: () => {},
  read(language, namespace, callback) {
    const load = files[`../features/${namespace}/locales/${language}.json`] ?? files[`../features/${namespace}/locales/vi.json`];
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
