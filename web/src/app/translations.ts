import { addTranslations, type Language } from '@/lib/i18n';

// Each feature owns its texts in features/<feature>/locales/{vi,en}.json, under the feature's name.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../features/*/locales/*.json', { eager: true });

export function registerFeatureTranslations() {
  const byFeature: Record<string, Partial<Record<Language, Record<string, unknown>>>> = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /features\/([^/]+)\/locales\/(vi|en)\.json$/.exec(path);
    if (!match) continue;
    (byFeature[match[1]] ??= {})[match[2] as Language] = module.default;
  }
  for (const [feature, resources] of Object.entries(byFeature))
    addTranslations(feature, { vi: resources.vi ?? {}, en: resources.en ?? resources.vi ?? {} });
}
