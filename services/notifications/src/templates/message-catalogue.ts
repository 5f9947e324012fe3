import type { Language } from '@aeo/contracts';
import { createLogger } from '@aeo/observability';
import { IntlMessageFormat, type Formats, type Formatters } from 'intl-messageformat';
import en from './messages/en.json';
import mn from './messages/mn.json';

/**
 * The notification texts as ICU message catalogues (messages/<language>.json, see
 * messages/README.md), one per language, English the reference: a message missing in another
 * language is rendered in English and logged.
 */
export type Catalogue = Readonly<Record<string, string>>;
/** Message arguments: event fields as text (dates as their ISO text), flags as 'true'/'false'. */
export type MessageValues = Readonly<Record<string, string>>;

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, mn };
export const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', mn: 'mn-MN' };

/** A Mongolian date with its case ending: `{dueBy, date, genitive} дотор` → "…сарын 9-ний дотор". */
type GrammaticalCase = 'genitive' | 'dative' | 'ablative';
interface DateStyle extends Intl.DateTimeFormatOptions {
  grammaticalCase?: GrammaticalCase;
}

const DAY: DateStyle = { year: 'numeric', month: 'long', day: 'numeric' };
/** The date and time styles messages may name (`{x, date, long}`, `{x, time, short}`). */
export const FORMATS: Partial<Formats> = {
  date: {
    long: DAY,
    genitive: { ...DAY, grammaticalCase: 'genitive' },
    dative: { ...DAY, grammaticalCase: 'dative' },
    ablative: { ...DAY, grammaticalCase: 'ablative' },
  } as Formats['date'],
  time: { short: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } },
};

/**
 * The case ending after the day number, in vowel harmony with the numeral's last word (1 нэг,
 * 2 хоёр, … 20 хорь, 30 гуч): genitive `-ны/-ний` ("…-ны дотор"), dative `-нд`, ablative
 * `-наас/-ноос/-нээс/-нөөс` ("…-наас эхлэн").
 */
const GENITIVE = ['ны', 'ний', 'ны', 'ны', 'ний', 'ны', 'ны', 'ны', 'ны', 'ний'];
const ABLATIVE = ['наас', 'нээс', 'ноос', 'наас', 'нөөс', 'наас', 'наас', 'ноос', 'наас', 'нөөс'];
const caseEnding = (day: number, grammaticalCase: GrammaticalCase): string =>
  grammaticalCase === 'dative'
    ? 'нд'
    : grammaticalCase === 'genitive'
      ? GENITIVE[day % 10]
      : day === 20
        ? 'ноос'
        : ABLATIVE[day % 10];

/** A date (or time of day) in the zone; an unreadable date prints as "Invalid Date", as `Date` does. */
function printDate(value: unknown, locales: Intl.LocalesArgument, style: DateStyle): string {
  const { grammaticalCase, ...options } = style;
  const at = value instanceof Date || typeof value === 'number' ? new Date(value) : new Date(String(value));
  const printed =
    options.hour || options.minute ? at.toLocaleTimeString(locales, options) : at.toLocaleDateString(locales, options);
  if (!grammaticalCase || Number.isNaN(at.getTime())) return printed;
  const day = Number(at.toLocaleDateString('en-GB', { day: 'numeric', timeZone: options.timeZone }));
  return `${printed}-${caseEnding(day, grammaticalCase)}`;
}

/** Formatters that print every date and time in `timeZone` and add the Mongolian case endings. */
function formattersIn(timeZone: string): Formatters {
  return {
    getNumberFormat: (locales, options) => new Intl.NumberFormat(locales, options as Intl.NumberFormatOptions),
    getPluralRules: (locales, options) => new Intl.PluralRules(locales, options),
    getDateTimeFormat: (locales, style?: DateStyle) =>
      ({
        format: (value: unknown) => printDate(value, locales, { ...style, timeZone: style?.timeZone ?? timeZone }),
      }) as Intl.DateTimeFormat,
  };
}

type Warn = (message: string, fields: Record<string, unknown>) => void;
let logger: ReturnType<typeof createLogger> | undefined;
const logWarning: Warn = (message, fields) => (logger ??= createLogger('notifications')).warn(fields, message);

type MessageElements = ReturnType<IntlMessageFormat['getAst']>;
/** The names of the arguments a message uses, in its choices too. */
function argumentNames(elements: MessageElements, names = new Set<string>()): Set<string> {
  for (const element of elements as unknown as {
    type: number;
    value?: unknown;
    options?: Record<string, { value: MessageElements }>;
    children?: MessageElements;
  }[]) {
    if (typeof element.value === 'string' && element.type !== 0) names.add(element.value);
    for (const option of Object.values(element.options ?? {})) argumentNames(option.value, names);
    if (element.children) argumentNames(element.children, names);
  }
  return names;
}

interface Compiled {
  message: IntlMessageFormat;
  arguments: ReadonlySet<string>;
}

export class MessageCatalogue {
  private readonly compiled = new Map<string, Compiled>();
  private readonly formatters = new Map<string, Formatters>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly catalogues: Readonly<Record<Language, Catalogue>> = CATALOGUES,
    private readonly warn: Warn = logWarning,
  ) {}

  /** Whether the reference (English) catalogue has the message. */
  has(key: string): boolean {
    return Object.hasOwn(this.catalogues.en, key);
  }

  /** The names of the arguments the message uses (in English when the language lacks it). */
  argumentsOf(language: Language, key: string): ReadonlySet<string> {
    return this.compile(language, key, 'UTC')?.arguments ?? new Set();
  }

  /**
   * The message `key` in `language` with its arguments, dates in `timeZone`; in English, with a
   * warning (once per message and language), when the language lacks it; undefined when English
   * lacks it too. An argument missing from `values` prints as "undefined", as before the catalogues.
   */
  format(language: Language, key: string, values: MessageValues, timeZone: string): string | undefined {
    const compiled = this.compile(language, key, timeZone);
    if (!compiled) return undefined;
    const missing = [...compiled.arguments].filter((name) => !Object.hasOwn(values, name));
    return String(
      compiled.message.format(
        missing.length ? { ...Object.fromEntries(missing.map((name) => [name, 'undefined'])), ...values } : values,
      ),
    );
  }

  private compile(language: Language, key: string, timeZone: string): Compiled | undefined {
    const source = Object.hasOwn(this.catalogues[language], key) ? language : this.has(key) ? 'en' : undefined;
    if (!source) return undefined;
    if (source !== language && !this.reported.has(`${language} ${key}`)) {
      this.reported.add(`${language} ${key}`);
      this.warn('Notification message missing in the language: rendered in English', { language, key });
    }
    const id = `${source} ${timeZone} ${key}`;
    let compiled = this.compiled.get(id);
    if (!compiled) {
      const message = new IntlMessageFormat(this.catalogues[source][key], LOCALES[source], FORMATS, {
        formatters: this.formattersIn(timeZone),
        ignoreTag: true,
      });
      compiled = { message, arguments: argumentNames(message.getAst()) };
      this.compiled.set(id, compiled);
    }
    return compiled;
  }

  private formattersIn(timeZone: string): Formatters {
    let formatters = this.formatters.get(timeZone);
    if (!formatters) this.formatters.set(timeZone, (formatters = formattersIn(timeZone)));
    return formatters;
  }
}
