import { z } from 'zod';
// The platform's wording of zod's messages, wherever these schemas are used.
import '../zod-messages';

/** Shared building blocks for HTTP bodies and event payloads (one schema language for both). */
export const uuid = z.uuid();
/**
 * Calendar years the platform accepts in dates: PostgreSQL cannot store year 0 (22008, date/time
 * field value out of range) and years before 1900 or after 9999 are typing mistakes, not dates.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;
export const YEAR_RANGE_MESSAGE = `year must be between ${MIN_YEAR} and ${MAX_YEAR}`;
const yearInRange = (value: string): boolean => {
  const year = Number(value.slice(0, 4));
  return (
    /^\d{4}-/.test(value) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value))
  );
};
/**
 * A date-time with an offset (UTC `Z` or `+08:00`), years 1900–9999. A string that is no date-time
 * (an offset of +25:00, a 13th month) is said so alone: the format check aborts, so neither the
 * year check nor a refinement of the object around it (`from` before `to`) adds a misleading issue.
 */
export const isoDateTime = z.iso.datetime({ offset: true, abort: true }).refine(yearInRange, YEAR_RANGE_MESSAGE);
/**
 * YYYY-MM-DD naming a day of the calendar (2026-02-31 is not one), years 1900–9999. Plain
 * arithmetic: it also runs inside Temporal's workflow sandbox, where zod's `z.iso.date` does not.
 */
export const isCalendarDate = (value: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return year >= MIN_YEAR && year <= MAX_YEAR && daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
};
/** A calendar date (YYYY-MM-DD), years 1900–9999. */
export const isoDate = (message = 'must be a date such as 2026-11-01') =>
  z.iso.date({ message, abort: true }).refine(yearInRange, YEAR_RANGE_MESSAGE);

/**
 * Text PostgreSQL can store: no NUL character (text and jsonb refuse it) and no unpaired UTF-16
 * surrogate (not valid Unicode, refused by jsonb). With the `u` flag a valid pair (an emoji) is
 * one code point outside the surrogate range, so it passes.
 */
// eslint-disable-next-line no-control-regex
const SAFE_TEXT = /^[^\u0000\uD800-\uDFFF]*$/u;
// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const SAFE_TEXT_MESSAGE = 'must not contain NUL characters or unpaired surrogates';
export const isSafeText = (value: string): boolean => SAFE_TEXT.test(value);

/**
 * The part of the rule the OpenAPI and AsyncAPI documents state, as a pattern every engine that
 * reads them can compile (ECMA-262, Python, and Rust's, which cannot name a surrogate: a JSON
 * Schema validator built on it rejects the full rule as "not a regex"). Surrogates are refused all
 * the same; a JSON document sent as valid UTF-8 cannot carry one unescaped anyway.
 */
// eslint-disable-next-line no-control-regex
export const SAFE_TEXT_PATTERN = /^[^\u0000]*$/;

/**
 * Text from outside the platform that is kept rather than refused (a remote server's error
 * message): NUL characters and unpaired surrogates become U+FFFD, so it can be stored.
 */
export const toSafeText = (value: string): string =>
  value.replace(new RegExp(NUL, 'g'), '\uFFFD').replace(UNPAIRED_SURROGATE, '\uFFFD');

/**
 * The one string schema of every API field, event field and workflow input that carries text:
 * chain the field's own rules on it (`safeText.trim().min(1).max(200)`). The documents show
 * SAFE_TEXT_PATTERN. A bare `z.string()` is refused by lint where inputs are declared.
 */
export const safeText = z
  .string()
  .regex(SAFE_TEXT_PATTERN, SAFE_TEXT_MESSAGE)
  // A NUL is already reported by the pattern: one issue per field.
  .refine((value) => NUL.test(value) || isSafeText(value), SAFE_TEXT_MESSAGE);

/**
 * Characters that change how text reads without being seen: control characters (tabs and line
 * breaks included), the bidirectional controls (U+202E shows what follows reversed, so a name can
 * read otherwise than it is stored and compared), zero-width and other invisible characters. The
 * zero-width joiners U+200C/U+200D stay allowed: scripts and emoji need them.
 */
const INVISIBLE_CHARACTER =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\u0000-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/u;
export const VISIBLE_TEXT_MESSAGE = 'must not contain control, bidirectional-control or invisible characters';
/** The first control, bidirectional-control or invisible character in a value, as U+XXXX, if any. */
export function findInvisibleCharacter(value: string): string | undefined {
  const found = INVISIBLE_CHARACTER.exec(value)?.[0];
  return found === undefined ? undefined : `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A value a message quotes back with its control, bidirectional-control and invisible characters
 * written as escapes (U+202E as `\u202e`): shown, it reads as stored and cannot turn the message around.
 */
export function withInvisibleCharactersEscaped(value: string): string {
  // eslint-disable-next-line no-misleading-character-class -- the same class as INVISIBLE_CHARACTER, every match
  return value.replace(new RegExp(INVISIBLE_CHARACTER.source, 'gu'), (character) => {
    const code = character.codePointAt(0)!.toString(16);
    return code.length > 4 ? `\\u{${code}}` : `\\u${code.padStart(4, '0')}`;
  });
}

/**
 * Text people read as typed (names, addresses, phone numbers): safe text on one line with nothing
 * hidden in it (findInvisibleCharacter); the issue names the character found.
 */
export const visibleText = safeText.superRefine(refuseInvisibleCharacters);

/** Safe text with the surrounding white space removed before any check (zod runs a string's checks in order). */
const trimmedSafeText = () =>
  z
    .string()
    .trim()
    .regex(SAFE_TEXT_PATTERN, SAFE_TEXT_MESSAGE)
    .refine((value) => NUL.test(value) || isSafeText(value), SAFE_TEXT_MESSAGE);

/**
 * visibleText with the surrounding white space removed first (form fields: names, addresses): a
 * name pasted with a line break at its end is trimmed, not refused. `visibleText.trim()` would
 * check before trimming, since zod runs a string's checks in the order they were added.
 */
export const trimmedVisibleText = trimmedSafeText().superRefine(refuseInvisibleCharacters);

/**
 * Free text on several lines (notes, reasons, comments, findings, descriptions): trimmedVisibleText
 * with line breaks allowed inside, as LF or CRLF, kept as sent. Everything else hidden is refused
 * as on one line, the issue naming the character: the bidirectional controls and zero-width
 * characters, a lone CR (a terminal or log viewer goes back to the start of the line, and what
 * follows overwrites what was read), U+2028/U+2029 (line breaks some readers show and others do
 * not), and tabs, as in a one-line field: their width is the reader's display's choice.
 */
export const MULTILINE_VISIBLE_TEXT_MESSAGE =
  'must not contain control characters other than line breaks, bidirectional-control or invisible characters';
const LINE_BREAK = /\r\n|\n/g;
/** findInvisibleCharacter for multi-line text: its line breaks (LF, CRLF) are not reported. */
export const findInvisibleCharacterInLines = (value: string): string | undefined =>
  findInvisibleCharacter(value.replace(LINE_BREAK, ' '));
export const trimmedVisibleMultilineText = trimmedSafeText().superRefine((value, ctx) =>
  refuseHidden(value, ctx, findInvisibleCharacterInLines, MULTILINE_VISIBLE_TEXT_MESSAGE),
);

function refuseInvisibleCharacters(value: string, ctx: z.RefinementCtx): void {
  refuseHidden(value, ctx, findInvisibleCharacter, VISIBLE_TEXT_MESSAGE);
}

function refuseHidden(
  value: string,
  ctx: z.RefinementCtx,
  find: (value: string) => string | undefined,
  message: string,
): void {
  // What safe text refuses is reported there: one issue per field.
  const character = isSafeText(value) ? find(value) : undefined;
  if (character) ctx.addIssue({ code: 'custom', message: `${message} (${character})` });
}

/**
 * A list of distinct values of an enumeration (roles): `noun` names one of them. Anything but a
 * list is one issue saying a list of the values is expected (a string has a length too, which the
 * list's length checks would otherwise judge as well: "expected array" and "too big" for one mistake).
 */
export const distinctEnumList = <const T extends readonly [string, ...string[]]>(values: T, noun: string) =>
  z
    .array(z.enum(values), {
      error: (issue) => {
        if (issue.code === 'invalid_type' || issue.origin !== 'array')
          return `must be an array of ${noun}s (${values.join(', ')})`;
        return issue.code === 'too_small' ? `must name at least one ${noun}` : undefined;
      },
    })
    .min(1)
    .max(values.length)
    .refine((items) => !Array.isArray(items) || new Set(items).size === items.length, {
      error: `must not repeat a ${noun}`,
    });

/**
 * A string wholly described by a pattern (identifiers, codes): the documents show that pattern
 * alone, and the safe-text rule is still enforced.
 */
export const textMatching = (pattern: RegExp, message: string, options: { trim?: boolean } = {}) =>
  (options.trim ? z.string().trim() : z.string()).regex(pattern, message).refine(isSafeText, SAFE_TEXT_MESSAGE);

/** Path of the first string or object key inside a JSON value that is not safe text, if any. */
export function findUnsafeText(value: unknown, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (typeof value === 'string') return isSafeText(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isSafeText(key)) return [...path, key];
      const found = findUnsafeText(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Deep check for free-form values (jsonb payloads, loose objects, records): every string and
 * every object key inside must be safe text; the issue names the path of the first that is not.
 */
export function withSafeText<T extends z.ZodType>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const path = findUnsafeText(value);
    if (path) ctx.addIssue({ code: 'custom', path, message: SAFE_TEXT_MESSAGE });
  }) as T;
}

/** Any JSON value whose strings and keys are all safe text. */
export const safeJson = withSafeText(z.json());

/**
 * An email address as mail systems take it (RFC 5321): at most 254 characters, a local part of
 * at most 64 and domain labels of at most 63.
 */
export const email = z
  .email()
  .max(254)
  .refine(
    (value) => value.slice(0, value.lastIndexOf('@')).length <= 64,
    'the part before @ must be at most 64 characters',
  )
  .refine(
    (value) =>
      value
        .slice(value.lastIndexOf('@') + 1)
        .split('.')
        .every((label) => label.length <= 63),
    'each part of the domain must be at most 63 characters',
  );

/** PostgreSQL `integer` (int4) bounds: larger numbers would fail in the database, not in validation. */
export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;

/** An integer body field stored in an `integer` column. */
export const int4 = (options: { min?: number; max?: number } = {}) =>
  z
    .number()
    .int()
    .min(Math.max(options.min ?? INT4_MIN, INT4_MIN))
    .max(Math.min(options.max ?? INT4_MAX, INT4_MAX));

/** The range a parameter takes, for readers of the OpenAPI document (its schema there is the text pattern). */
const rangeDescription = (kind: string, options: { min?: number; max?: number }) =>
  options.min !== undefined && options.max !== undefined
    ? `${kind} from ${options.min} to ${options.max}`
    : options.min !== undefined
      ? `${kind} of at least ${options.min}`
      : options.max !== undefined
        ? `${kind} of at most ${options.max}`
        : kind;

/** An integer path or query parameter (text coerced to a number), within PostgreSQL `integer` bounds. */
export const intParam = (options: { min?: number; max?: number } = {}) => {
  const min = Math.max(options.min ?? INT4_MIN, INT4_MIN);
  const max = Math.min(options.max ?? INT4_MAX, INT4_MAX);
  // A number out of range is refused naming the range (however many digits it has).
  const outOfRange = `must be a whole number from ${min} to ${max}`;
  return (
    z
      .string()
      // Decimal digits only: Number() would also read 0x10 as 16 and 1e3 as 1000.
      .regex(/^-?\d+$/, 'must be a whole number written in decimal digits')
      // Held just outside the range, so that a number beyond a safe integer or a double (Infinity)
      // is refused as out of range once, like any other.
      .transform((text) => Math.min(Math.max(Number(text), min - 1), max + 1))
      .pipe(z.number().int().min(min, outOfRange).max(max, outOfRange))
      // The document's pattern leaves the minus sign out when no negative number is taken (the
      // check above still reads one, to refuse it as out of range).
      .meta({ description: rangeDescription('A whole number', options), pattern: min >= 0 ? '^\\d+$' : '^-?\\d+$' })
  );
};

/**
 * A decimal query parameter such as a weight (text coerced to a number): digits with at most six
 * after the point, so 0x10, 1e2, Infinity and padded text are refused as intParam refuses them.
 */
export const decimalParam = (options: { min?: number; max?: number } = {}) => {
  const min = options.min ?? -Number.MAX_VALUE;
  const max = options.max ?? Number.MAX_VALUE;
  // A number out of range is refused naming the range (the words the document's description uses).
  const outOfRange = `must be ${rangeDescription('a number', options)}`;
  return (
    z
      .string()
      .regex(/^-?\d+(\.\d+)?$/, 'must be a number written in decimal digits (such as 2.5)')
      // Written right but too long: said so, rather than that it is not written in digits.
      .pipe(
        z
          .string()
          .regex(/^-?\d{1,10}(\.\d+)?$/, 'must have at most 10 digits before the decimal point')
          .regex(/^-?\d+(\.\d{1,6})?$/, 'must have at most 6 digits after the decimal point'),
      )
      .transform(Number)
      .pipe(z.number().min(min, outOfRange).max(max, outOfRange))
      .meta({
        description: rangeDescription('A number', options),
        pattern: `^${min >= 0 ? '' : '-?'}\\d{1,10}(\\.\\d{1,6})?$`,
      })
  );
};

/** Region codes are programme configuration; uppercase identifiers such as ULAANBAATAR. */
export const regionCode = textMatching(
  /^[A-Z][A-Z0-9_]{1,39}$/,
  'must be an uppercase region code such as ULAANBAATAR',
);

/** Status types are programme configuration; the defaults follow the EU model. */
export const STATUS_TYPES = ['AEOC', 'AEOS', 'AEOF'] as const;
export const statusType = z.enum(STATUS_TYPES);
export type StatusType = z.infer<typeof statusType>;

/** The phases of a programme deviation case (the deviation workflow and its events). */
export const DEVIATION_PHASES = [
  'opened',
  'analysis',
  'improvement-plan',
  'implementation',
  'verification',
  'escalated',
  'closed',
] as const;
/**
 * How a deviation case ended: `recovered` (the KPI came back for the periods required),
 * `executive-decision` (closed by an executive while escalated) or `dismissed` (closed by the
 * policy unit as opened by mistake). The programme service's table holds the same list in its CHECK.
 */
export const DEVIATION_OUTCOMES = ['recovered', 'executive-decision', 'dismissed'] as const;
export type DeviationOutcome = (typeof DEVIATION_OUTCOMES)[number];

/** A pilot's status (the pilot workflow moves it; `reported` is set when its final report is issued). */
export const PILOT_STATUSES = ['planned', 'running', 'ended', 'reported', 'closed', 'cancelled'] as const;
/** The tracked workstreams of a pilot; each milestone belongs to one. */
export const PILOT_WORKSTREAMS = ['companies', 'training', 'mra-base-work', 'it-readiness', 'evaluation'] as const;
/** A pilot milestone's status as the pilot workflow leaves it. */
export const PILOT_MILESTONE_STATUSES = ['open', 'done', 'late', 'escalated'] as const;

export const LANGUAGES = ['mn', 'en'] as const;
export const language = z.enum(LANGUAGES);
export type Language = z.infer<typeof language>;
