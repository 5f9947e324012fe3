import en from './messages/en.json';
import mn from './messages/mn.json';

/** A KPI's words: its names in both languages and its definition (in English, as the API gives it). */
export interface KpiWords {
  readonly name: { readonly mn: string; readonly en: string };
  readonly definition: string;
}

const catalogues: Record<'en' | 'mn', Record<string, string>> = { en, mn };

const message = (language: 'en' | 'mn', key: string): string => {
  const text = catalogues[language][key];
  if (text === undefined) throw new Error(`No ${language} message ${key} in kpis/messages/${language}.json`);
  return text;
};

/**
 * A KPI's words from the catalogues (`messages/<language>.json`: `<id>.name` in each language,
 * `<id>.definition` in English, where `{aeoStatus}` stands for the sentence `sentence.aeoStatus`).
 */
export const kpiWords = (id: string): KpiWords => ({
  name: { mn: message('mn', `${id}.name`), en: message('en', `${id}.name`) },
  definition: message('en', `${id}.definition`).replace(/\{(\w+)\}/g, (_, sentence: string) =>
    message('en', `sentence.${sentence}`),
  ),
});

/** Every key of a catalogue, for the check that each belongs to a KPI of the catalogue. */
export const messageKeys = (language: 'en' | 'mn'): string[] => Object.keys(catalogues[language]);
