import en from '../locales/en.json';
import mn from '../locales/mn.json';

// No DOM here: the apps' Node-side specs (e2e) read the words too (`@aeo/web/words`).
export const LANGUAGES = ['mn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Words = Record<string, unknown>;

/** The words of libs/web's own components (loading, load failures, form checks, dialogs, tables), in both languages. */
export const WEB_WORDS: Record<Language, Words> = { en, mn };

/**
 * Word trees merged into one (the library's and an app's): a text defined twice is an error
 * (`app.loading` in both would hide one of them), found by each app's resources spec.
 */
export function mergeWords(trees: readonly Words[]): Words {
  const merged: Words = {};
  const into = (target: Words, tree: Words, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      const existing = target[key];
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        if (existing !== undefined && (typeof existing !== 'object' || existing === null))
          throw new Error(`the word ${prefix}${key} is defined twice`);
        const branch = (existing as Words | undefined) ?? {};
        target[key] = branch;
        into(branch, value as Words, `${prefix}${key}.`);
      } else {
        if (existing !== undefined) throw new Error(`the word ${prefix}${key} is defined twice`);
        target[key] = value;
      }
    }
  };
  for (const tree of trees) into(merged, tree, '');
  return merged;
}

/** The resources i18next reads: libs/web's words and the app's (each language's trees merged). */
export const resourcesOf = (words: Record<Language, Words>) =>
  ({
    en: { translation: mergeWords([WEB_WORDS.en, words.en]) },
    mn: { translation: mergeWords([WEB_WORDS.mn, words.mn]) },
  }) as const;

/** Every text's key path of a word tree, `a.b.c` (the apps' resources specs compare the languages with it). */
export function wordPaths(words: Words, prefix = ''): string[] {
  return Object.entries(words).flatMap(([key, value]) =>
    value && typeof value === 'object' ? wordPaths(value as Words, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/**
 * A text of a word tree as the page shows it, for the apps' browser tests: `key`'s `_one` / `_other`
 * form by `values.count`, its `{{name}}`s filled in; throws when the tree has no text there.
 */
export function textOf(words: Words, key: string, values: Record<string, string | number> = {}): string {
  const lookup = (path: string) =>
    path.split('.').reduce<unknown>((node, part) => (node as Words | undefined)?.[part], words);
  const plural = typeof values['count'] === 'number' ? (values['count'] === 1 ? '_one' : '_other') : '';
  const text = lookup(`${key}${plural}`) ?? lookup(key);
  if (typeof text !== 'string') throw new Error(`no text for ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}
