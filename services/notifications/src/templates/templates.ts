import type { Language } from '@aeo/contracts';
import { CATALOGUES, MessageCatalogue } from './message-catalogue';
import { templateValues } from './template-values';

export interface RenderedMessage {
  subject: string;
  body: string;
}

type Template = Record<Language, (data: Record<string, unknown>) => RenderedMessage>;

/** The administration's time zone unless configured otherwise (ADMINISTRATION_TIME_ZONE). */
export const DEFAULT_TIME_ZONE = 'Asia/Ulaanbaatar';

const catalogue = new MessageCatalogue();

/** The template ids (`<event>.v<n>`): the messages `<id>.subject` and `<id>.body` of the English catalogue. */
const TEMPLATE_IDS = Object.keys(CATALOGUES.en).flatMap((key) => /^(.+\.v\d+)\.subject$/.exec(key)?.[1] ?? []);

/**
 * Renders a template in the language from the message catalogues (messages/*.json); dates in
 * `timeZone` (the administration's, ADMINISTRATION_TIME_ZONE), which the message names at its
 * first date ("1 December 2026 (Ulaanbaatar time)", "Улаанбаатарын цагаар 2026 оны ...").
 */
export function render(
  template: string,
  language: Language,
  data: Record<string, unknown>,
  timeZone = DEFAULT_TIME_ZONE,
): RenderedMessage {
  if (!TEMPLATE_IDS.includes(template)) throw new Error(`Unknown template ${template}`);
  const values = templateValues(template, language, data, catalogue, timeZone);
  const part = (name: 'subject' | 'body') => catalogue.format(language, `${template}.${name}`, values, timeZone) ?? '';
  return { subject: part('subject'), body: part('body') };
}

/** Message templates in Mongolian and English, versioned by name (`<event>.v<n>`). */
export const TEMPLATES: Record<string, Template> = Object.fromEntries(
  TEMPLATE_IDS.map((id) => [
    id,
    { en: (data) => render(id, 'en', data), mn: (data) => render(id, 'mn', data) } satisfies Template,
  ]),
);
