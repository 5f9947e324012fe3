import { wordPaths } from '@aeo/web/words';
import { PORTAL_WORDS, WORDS } from './resources';

describe("the portal's words", () => {
  it('has the same keys in Mongolian and English', () => {
    expect(wordPaths(PORTAL_WORDS.mn).sort()).toEqual(wordPaths(PORTAL_WORDS.en).sort());
  });

  it("has no empty text, and none of libs/web's words defined again", () => {
    for (const language of ['mn', 'en'] as const) {
      const empty = wordPaths(WORDS[language]).filter((path) => {
        const text = path
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], WORDS[language]);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect({ language, empty }).toEqual({ language, empty: [] });
    }
  });
});
