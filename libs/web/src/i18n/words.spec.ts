import { mergeWords, resourcesOf, textOf, wordPaths } from './words';

describe("the web apps' words", () => {
  it("merges libs/web's words into an app's, and refuses a text defined twice", () => {
    const merged = mergeWords([{ app: { loading: 'Loading…' } }, { app: { title: 'Portal' } }]);
    expect(merged).toEqual({ app: { loading: 'Loading…', title: 'Portal' } });
    expect(() => mergeWords([{ app: { loading: 'Loading…' } }, { app: { loading: 'Wait' } }])).toThrow(
      'the word app.loading is defined twice',
    );
    expect(() => resourcesOf({ en: { app: { retry: 'Again' } }, mn: {} })).toThrow(
      'the word app.retry is defined twice',
    );
  });

  it("has libs/web's texts in both languages with the same keys", () => {
    const { en, mn } = resourcesOf({ en: {}, mn: {} });
    expect(wordPaths(mn.translation).sort()).toEqual(wordPaths(en.translation).sort());
  });

  it('gives a text as the page shows it: plural form by count, values filled in', () => {
    const words = { list: { total_one: '{{count}} in all', total_other: '{{count}} in all' }, hi: 'Hello, {{name}}' };
    expect(textOf(words, 'list.total', { count: 3 })).toBe('3 in all');
    expect(textOf(words, 'hi', { name: 'Oyuna' })).toBe('Hello, Oyuna');
    expect(() => textOf(words, 'missing')).toThrow('no text for missing');
  });
});
