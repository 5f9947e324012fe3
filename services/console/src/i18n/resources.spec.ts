import { wordPaths as paths } from '@aeo/web/words';
import { CORE_LOCALES, FEATURE_LOCALES, WORDS } from './resources';

describe("the console's words", () => {
  it('has the same keys in Mongolian and English', () => {
    expect(paths(WORDS.mn).sort()).toEqual(paths(WORDS.en).sort());
  });

  it('has no empty text', () => {
    for (const language of ['mn', 'en'] as const) {
      const empty = paths(WORDS[language]).filter((path) => {
        const text = path
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], WORDS[language]);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect({ language, empty }).toEqual({ language, empty: [] });
    }
  });

  it("keeps each feature's top-level keys its own (none shadows a shared or another feature's key)", () => {
    const owners = new Map<string, string>(Object.keys(CORE_LOCALES.en).map((key) => [key, 'shared']));
    const clashes: string[] = [];
    for (const { feature, en, mn } of FEATURE_LOCALES) {
      for (const key of new Set([...Object.keys(en), ...Object.keys(mn)])) {
        const owner = owners.get(key);
        if (owner) clashes.push(`${feature}.${key} (already ${owner}'s)`);
        owners.set(key, feature);
      }
    }
    expect(clashes).toEqual([]);
  });
});
