import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Language, resourcesOf, type Words } from './words';

/** The language chosen before (this browser, under `storageKey`), else the browser's own when it is one of ours, else Mongolian. */
export function initialLanguage(storageKey: string): Language {
  const stored = window.localStorage.getItem(storageKey);
  if (stored === 'mn' || stored === 'en') return stored;
  return navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'mn';
}

/**
 * Starts i18next with the app's words (and libs/web's): the language kept under `storageKey`
 * (`aeo.console.language`), the page's `lang` following every change.
 */
export async function initI18n(options: { words: Record<Language, Words>; storageKey: string; language?: Language }) {
  const language = options.language ?? initialLanguage(options.storageKey);
  await i18next.use(initReactI18next).init({
    resources: resourcesOf(options.words),
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (next) => {
    document.documentElement.lang = next;
    window.localStorage.setItem(options.storageKey, next);
  });
  return i18next;
}
