// Every text the portal shows exists in Vietnamese and in English (issue 13 §3): each resource the SPA
// registers — the common namespace in lib/i18n/locales and every feature's namespace in
// features/<f>/locales — has exactly the same keys, deeply, in vi.json and en.json.
const files = import.meta.glob<Record<string, unknown>>('../../**/locales/*.json', { eager: true, import: 'default' });

type Language = 'vi' | 'en';

/** "errors.stale-version", "states.loading"…: the path of every leaf text. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return [`${prefix}{}`];
  return entries.flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** The keys one language has and the other lacks, as "vi only: …" / "en only: …" lines. */
function keyDifferences(vi: unknown, en: unknown): string[] {
  const viKeys = new Set(keyPaths(vi));
  const enKeys = new Set(keyPaths(en));
  return [
    ...[...viKeys].filter((key) => !enKeys.has(key)).map((key) => `vi only: ${key}`),
    ...[...enKeys].filter((key) => !viKeys.has(key)).map((key) => `en only: ${key}`),
  ].sort();
}

/** The namespace a locales folder holds: "cases" for features/cases/locales, "common" for lib/i18n/locales. */
function namespaceOf(folder: string) {
  const feature = /\/features\/([^/]+)\/locales$/.exec(folder);
  if (feature) return feature[1];
  return folder === './locales' ? 'common' : folder;
}

/** The resource sets by namespace and language. */
function resourceSets() {
  const sets = new Map<string, Partial<Record<string, Record<string, unknown>>>>();
  for (const [path, resources] of Object.entries(files)) {
    const match = /^(.*)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, folder, language] = match;
    const namespace = namespaceOf(folder);
    const set = sets.get(namespace) ?? {};
    set[language] = resources;
    sets.set(namespace, set);
  }
  return sets;
}

describe('translation resources', () => {
  const sets = resourceSets();

  it('finds the common namespace and every feature namespace', () => {
    const namespaces = [...sets.keys()];
    expect(namespaces).toContain('common');
    expect(namespaces).toEqual(expect.arrayContaining(['cases', 'clients', 'facilities', 'fundraising', 'reports', 'users']));
    expect(namespaces.length).toBeGreaterThan(15);
  });

  it.each([...sets.keys()])('namespace %s has vi.json and en.json and nothing else', (namespace) => {
    expect(Object.keys(sets.get(namespace) ?? {}).sort()).toEqual((['en', 'vi'] satisfies Language[]).sort());
  });

  it.each([...sets.keys()])('namespace %s has the same keys in vi and en', (namespace) => {
    const set = sets.get(namespace) ?? {};
    expect(keyDifferences(set.vi, set.en)).toEqual([]);
  });

  it('lists the keys only one language has', () => {
    expect(keyDifferences({ a: { b: 'x', c: 'y' }, d: 'z' }, { a: { b: 'x' }, d: { e: 'z' } })).toEqual(['en only: d.e', 'vi only: a.c', 'vi only: d']);
    expect(keyDifferences({ a: { b: 'x' } }, { a: { b: 'y' } })).toEqual([]);
  });
});
