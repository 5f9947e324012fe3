import { z } from 'zod';
import { DeclarationLodged } from './declaration.events';
import {
  email,
  findUnsafeText,
  int4,
  intParam,
  decimalParam,
  isCalendarDate,
  isoDate,
  isoDateTime,
  isSafeText,
  MULTILINE_VISIBLE_TEXT_MESSAGE,
  regionCode,
  SAFE_TEXT_MESSAGE,
  safeJson,
  safeText,
  textMatching,
  toSafeText,
  VISIBLE_TEXT_MESSAGE,
  trimmedVisibleMultilineText,
  trimmedVisibleText,
  visibleText,
  withInvisibleCharactersEscaped,
  withSafeText,
} from './common';

const messages = (result: { error?: z.ZodError }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('safe text', () => {
  const name = safeText.trim().min(1).max(200);

  it.each([
    ['a NUL character', 'ACME\u0000 LLC'],
    ['a lone high surrogate', 'ACME \uD83D LLC'],
    ['a lone low surrogate', 'ACME \uDE00 LLC'],
    ['a high surrogate at the end', 'ACME\uD83D'],
    ['surrogates in the wrong order', 'ACME \uDE00\uD83D'],
  ])('refuses %s', (_case, value) => {
    expect(messages(name.safeParse(value))).toEqual([`: ${SAFE_TEXT_MESSAGE}`]);
  });

  it.each([
    ['Mongolian Cyrillic', 'Дархан-Уул аймгийн Гаалийн газар ХХК'],
    ['an emoji (a valid surrogate pair)', 'Shipping 🚚 and 📦 fast'],
    ['a supplementary letter', '𠜎𠜱 trading'],
    ['tabs and line breaks', 'line one\nline two\tend'],
  ])('accepts %s', (_case, value) => {
    expect(name.parse(value)).toBe(value);
  });

  it('keeps the field rules chained on it, and names the field', () => {
    const body = z.strictObject({ reasons: z.array(safeText.trim().min(5).max(2000)).min(1) });
    expect(messages(body.safeParse({ reasons: ['fine reason', 'bad\u0000reason'] }))).toEqual([
      `reasons.1: ${SAFE_TEXT_MESSAGE}`,
    ]);
    expect(messages(body.safeParse({ reasons: ['  ab  '] }))).toEqual([
      'reasons.0: Too small: expected string to have >=5 characters',
    ]);
  });

  it('documents the rule as a pattern every JSON Schema engine can compile, and reports a field once', () => {
    expect(z.toJSONSchema(safeText.max(10))).toMatchObject({ type: 'string', maxLength: 10, pattern: '^[^\\u0000]*$' });
    expect(messages(name.safeParse('\u0000\uD800'))).toEqual([`: ${SAFE_TEXT_MESSAGE}`]);
  });

  it('is enforced on pattern-bound strings, whose documents show their own pattern only', () => {
    const code = textMatching(/^[^a-z]+$/, 'no lower case');
    expect(messages(code.safeParse('AB\u0000'))).toEqual([`: ${SAFE_TEXT_MESSAGE}`]);
    expect(code.parse('AB-1')).toBe('AB-1');
    expect(z.toJSONSchema(regionCode)).toMatchObject({ type: 'string', pattern: '^[A-Z][A-Z0-9_]{1,39}$' });
  });
});

describe('text from outside kept as it came', () => {
  it('replaces only what PostgreSQL cannot store', () => {
    expect(toSafeText('550 mailbox\u0000 full \uD83D \uDE00 😀 Монгол')).toBe(
      '550 mailbox\uFFFD full \uFFFD \uFFFD 😀 Монгол',
    );
    expect(isSafeText(toSafeText('\uDE00\uD83D\u0000'))).toBe(true);
  });
});

describe('a value quoted back in a message', () => {
  it('shows its hidden characters as escapes and leaves the rest as it is', () => {
    expect(withInvisibleCharactersEscaped('x\u202Ey\u200B\t\u{E0041}')).toBe('x\\u202ey\\u200b\\u0009\\u{e0041}');
    expect(withInvisibleCharactersEscaped('Оюун\u200D-ok')).toBe('Оюун\u200D-ok');
  });
});

describe('free-form JSON values', () => {
  it('names the first unsafe string or key, however deep', () => {
    expect(findUnsafeText({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toEqual(['a', 1, 'c']);
    expect(findUnsafeText({ a: { 'k\uDC00': 1 } })).toEqual(['a', 'k\uDC00']);
    expect(findUnsafeText({ a: ['ok', 1, true, null, { b: '😀' }] })).toBeUndefined();
  });

  it('refuses them through safeJson and withSafeText with the path', () => {
    expect(messages(safeJson.safeParse({ answers: { q1: ['yes', 'no\u0000'] } }))).toEqual([
      `answers.q1.1: ${SAFE_TEXT_MESSAGE}`,
    ]);
    const loose = z.strictObject({ extra: withSafeText(z.object({ code: z.literal('X') }).loose()) });
    expect(messages(loose.safeParse({ extra: { code: 'X', note: '\uD800' } }))).toEqual([
      `extra.note: ${SAFE_TEXT_MESSAGE}`,
    ]);
    expect(loose.parse({ extra: { code: 'X', note: 'Улаанбаатар' } })).toEqual({
      extra: { code: 'X', note: 'Улаанбаатар' },
    });
  });
});

describe('email', () => {
  it('accepts ordinary addresses up to the limits', () => {
    expect(email.parse(`${'a'.repeat(64)}@example.mn`)).toBe(`${'a'.repeat(64)}@example.mn`);
    expect(email.parse(`info@${'d'.repeat(63)}.mn`)).toBe(`info@${'d'.repeat(63)}.mn`);
  });

  it('refuses a local part over 64 characters', () => {
    expect(messages(email.safeParse(`${'a'.repeat(65)}@example.mn`))).toEqual([
      ': the part before @ must be at most 64 characters',
    ]);
  });

  it('refuses a domain label over 63 characters and an address over 254', () => {
    expect(messages(email.safeParse(`info@${'d'.repeat(64)}.mn`))).toEqual([
      ': each part of the domain must be at most 63 characters',
    ]);
    const long = `info@${Array.from({ length: 5 }, () => 'd'.repeat(60)).join('.')}.mn`;
    expect(messages(email.safeParse(long))).toContain(': Too big: expected string to have <=254 characters');
  });

  it('refuses NUL like any text', () => {
    expect(email.safeParse('info\u0000@example.mn').success).toBe(false);
  });
});

describe('integers stored in PostgreSQL integer columns', () => {
  it('refuses a path parameter beyond int4', () => {
    const params = z.strictObject({ version: intParam({ min: 1 }) });
    expect(params.parse({ version: '2147483647' })).toEqual({ version: 2147483647 });
    expect(messages(params.safeParse({ version: '2147483648' }))).toEqual([
      'version: must be a whole number from 1 to 2147483647',
    ]);
    // However many digits: the answer names the range, not the writing.
    for (const version of ['99999999999', '9'.repeat(20), '9'.repeat(400), `-${'9'.repeat(400)}`])
      expect(messages(params.safeParse({ version }))).toEqual(['version: must be a whole number from 1 to 2147483647']);
    expect(params.safeParse({ version: '0' }).success).toBe(false);
    expect(params.safeParse({ version: '1.5' }).success).toBe(false);
    expect(params.safeParse({ version: 'abc' }).success).toBe(false);
  });

  it('reads decimal digits only (not 0x10 as 16 nor 1e3 as 1000)', () => {
    const params = z.strictObject({ version: intParam({ min: 1 }) });
    expect(params.parse({ version: '16' })).toEqual({ version: 16 });
    for (const version of ['0x10', '1e3', ' 16', '16 ', '+16', '0b1', '']) {
      expect(messages(params.safeParse({ version }))).toEqual([
        'version: must be a whole number written in decimal digits',
      ]);
    }
  });

  it('refuses what z.coerce.number took (2.0, 1e2, a padded value, an empty value)', () => {
    const query = z.strictObject({ limit: intParam({ min: 1, max: 500 }).default(100) });
    expect(query.parse({})).toEqual({ limit: 100 });
    expect(query.parse({ limit: '500' })).toEqual({ limit: 500 });
    for (const limit of ['0x10', '1e2', '2.0', ' 5', '']) {
      expect(messages(query.safeParse({ limit }))).toEqual(['limit: must be a whole number written in decimal digits']);
    }
    expect(z.toJSONSchema(query, { io: 'input' }).properties?.['limit']).toMatchObject({
      type: 'string',
      description: 'A whole number from 1 to 500',
      // No minus sign in the document where no negative number is taken.
      pattern: '^\\d+$',
    });
    expect(
      z.toJSONSchema(z.strictObject({ delta: intParam({ min: -5, max: 5 }) }), { io: 'input' }).properties?.['delta'],
    ).toMatchObject({ pattern: '^-?\\d+$' });
    expect(
      z.toJSONSchema(z.strictObject({ weight: decimalParam({ min: 0, max: 100 }) }), { io: 'input' }).properties?.[
        'weight'
      ],
    ).toMatchObject({ pattern: '^\\d{1,10}(\\.\\d{1,6})?$', description: 'A number from 0 to 100' });
  });

  it('reads decimal parameters from digits and one point only', () => {
    const query = z.strictObject({ weight: decimalParam({ min: 0, max: 100 }).default(1) });
    expect(query.parse({})).toEqual({ weight: 1 });
    expect(query.parse({ weight: '2.5' })).toEqual({ weight: 2.5 });
    expect(query.parse({ weight: '0' })).toEqual({ weight: 0 });
    for (const weight of ['0x10', '1e2', ' 5', '', 'Infinity', '.5', '5.', 'NaN']) {
      expect(messages(query.safeParse({ weight }))).toEqual([
        'weight: must be a number written in decimal digits (such as 2.5)',
      ]);
    }
    expect(messages(query.safeParse({ weight: '100.5' }))).toEqual(['weight: must be a number from 0 to 100']);
    expect(messages(query.safeParse({ weight: '-1' }))).toEqual(['weight: must be a number from 0 to 100']);
    // Written in digits, but longer than a weight is kept: the message says what is too long.
    expect(messages(query.safeParse({ weight: '0.1234567' }))).toEqual([
      'weight: must have at most 6 digits after the decimal point',
    ]);
    expect(messages(query.safeParse({ weight: '12345678901' }))).toEqual([
      'weight: must have at most 10 digits before the decimal point',
    ]);
  });

  it('bounds body integers too, keeping tighter limits', () => {
    expect(int4().safeParse(2147483648).success).toBe(false);
    expect(int4().safeParse(-2147483649).success).toBe(false);
    expect(int4({ min: 1, max: 90 }).safeParse(91).success).toBe(false);
    expect(int4({ min: 1, max: 90 }).parse(90)).toBe(90);
  });
});

describe('dates PostgreSQL can store', () => {
  it('accepts date-times and dates of years 1900 to 9999', () => {
    expect(isoDateTime.parse('2026-11-30T12:00:00Z')).toBe('2026-11-30T12:00:00Z');
    expect(isoDateTime.parse('1900-01-01T00:00:00+08:00')).toBe('1900-01-01T00:00:00+08:00');
    expect(isoDateTime.parse('9999-12-31T23:59:59Z')).toBe('9999-12-31T23:59:59Z');
    expect(isoDate().parse('2026-11-30')).toBe('2026-11-30');
  });

  it('refuses year 0 (PostgreSQL 22008) and nonsense years, naming the field', () => {
    const body = z.strictObject({ lodgedAt: isoDateTime, effectiveDate: isoDate() });
    expect(messages(body.safeParse({ lodgedAt: '0000-01-01T00:00:00Z', effectiveDate: '0000-01-01' }))).toEqual([
      'lodgedAt: year must be between 1900 and 9999',
      'effectiveDate: year must be between 1900 and 9999',
    ]);
    expect(messages(body.safeParse({ lodgedAt: '1899-12-31T23:59:59Z', effectiveDate: '0001-12-31' }))).toEqual([
      'lodgedAt: year must be between 1900 and 9999',
      'effectiveDate: year must be between 1900 and 9999',
    ]);
  });

  it('says a string that is no date-time alone: no year issue, no issue of a refinement around it', () => {
    const period = z
      .strictObject({ from: isoDateTime, to: isoDate() })
      .refine((q) => Date.parse(q.from) < Date.parse(q.to), { message: 'must be before to', path: ['from'] });
    // Found from outside on mra's match rate: an offset of +25:00 also gave "year must be between
    // 1900 and 9999" and "from: must be before to".
    expect(messages(period.safeParse({ from: '2026-01-01T00:00:00+25:00', to: '2026-02-01' }))).toEqual([
      'from: must be a date and time with its offset, such as 2027-01-10T10:00:00Z or 2027-01-10T18:00:00+08:00',
    ]);
    expect(messages(period.safeParse({ from: '2026-01-01T00:00:00Z', to: '2026-13-01' }))).toEqual([
      'to: must be a date such as 2026-11-01',
    ]);
    expect(messages(period.safeParse({ from: '2026-03-01T00:00:00Z', to: '2026-02-01' }))).toEqual([
      'from: must be before to',
    ]);
  });

  it('makes an event with such a date malformed (the consumer dead-letters it at once, no retry)', () => {
    const lodged = DeclarationLodged.schema.safeParse({ lodgedAt: '0000-01-01T00:00:00Z' });
    expect(messages(lodged)).toContain('lodgedAt: year must be between 1900 and 9999');
  });
});

describe('calendar dates without zod (workflow sandbox)', () => {
  it('accepts the days of the calendar, leap days included', () => {
    for (const day of ['2026-01-31', '2024-02-29', '2000-02-29', '1900-01-01', '9999-12-31', '2026-04-30'])
      expect(isCalendarDate(day)).toBe(true);
  });
  it('refuses days that do not exist, years out of range and other spellings', () => {
    for (const day of [
      '2026-02-31',
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
    ])
      expect(isCalendarDate(day)).toBe(false);
    for (const day of ['1899-12-31', '0000-01-01', '2026-1-01', '20260101', '2026-01-01T00:00:00Z', ' 2026-01-01'])
      expect(isCalendarDate(day)).toBe(false);
  });
  it('agrees with isoDate', () => {
    for (const day of ['2026-02-28', '2026-02-29', '2028-02-29', '2100-02-29', '2026-06-31'])
      expect(isCalendarDate(day)).toBe(isoDate().safeParse(day).success);
  });
});

describe('visible text', () => {
  const name = trimmedVisibleText.min(1).max(200);

  it.each([
    ['a right-to-left override', 'Altai\u202Egpj.exe', 'U+202E'],
    ['a right-to-left isolate', 'Altai \u2067Trade\u2069', 'U+2067'],
    ['a left-to-right mark', 'Altai\u200E Trade', 'U+200E'],
    ['an Arabic letter mark', 'Altai\u061C', 'U+061C'],
    ['a zero-width space', 'Al\u200Btai', 'U+200B'],
    ['a byte order mark inside', 'Al\uFEFFtai', 'U+FEFF'],
    ['a soft hyphen', 'Al\u00ADtai', 'U+00AD'],
    ['a line break', 'Altai\nTrade', 'U+000A'],
    ['a tag character', 'Altai\u{E0041}', 'U+E0041'],
  ])('refuses %s, naming it', (_case, value, character) => {
    expect(messages(name.safeParse(value))).toEqual([`: ${VISIBLE_TEXT_MESSAGE} (${character})`]);
  });

  it.each([
    ['Mongolian Cyrillic', 'Дархан-Уул аймгийн Гаалийн газар ХХК'],
    ['an emoji with a joiner and a variation selector', 'Team 👩‍💻 ❤️'],
    ['Persian with a zero-width non-joiner', 'می‌خواهم'],
    ['Arabic (right-to-left by itself)', 'شركة ألتاي'],
  ])('accepts %s', (_case, value) => {
    expect(name.safeParse(value).success).toBe(true);
  });

  it('keeps refusing what safe text refuses, once', () => {
    expect(messages(name.safeParse('ACME\u0000'))).toEqual([`: ${SAFE_TEXT_MESSAGE}`]);
  });

  it('trims the ends before it checks: a name pasted with a line break or a tab around it is kept, trimmed', () => {
    expect(name.parse('Acme LLC\n')).toBe('Acme LLC');
    expect(name.parse('\t Acme LLC \r\n')).toBe('Acme LLC');
    // JavaScript's trim() counts a byte order mark as white space: one pasted before a name goes too.
    expect(name.parse('\uFEFFAcme LLC')).toBe('Acme LLC');
    expect(messages(name.safeParse(' Acme\nLLC '))).toEqual([`: ${VISIBLE_TEXT_MESSAGE} (U+000A)`]);
    expect(messages(name.safeParse(' \n '))).toEqual([': Too small: expected string to have >=1 characters']);
    // visibleText itself (event fields, which are never trimmed) still refuses it.
    expect(messages(visibleText.safeParse('Acme LLC\n'))).toEqual([`: ${VISIBLE_TEXT_MESSAGE} (U+000A)`]);
  });
});

describe('visible text on several lines', () => {
  const note = trimmedVisibleMultilineText.min(5).max(2000);

  it.each([
    ['a right-to-left override', 'Site visit done.\nGate \u202Egpj.exe', 'U+202E'],
    ['a right-to-left isolate', 'Seen at \u2067Altai\u2069', 'U+2067'],
    ['a zero-width space', 'Fence\nre\u200Bpaired', 'U+200B'],
    ['a zero-width space at the end of a line', 'Fence repaired\u200B\nGate fine', 'U+200B'],
    ['a word joiner', 'Fence\u2060repaired', 'U+2060'],
    ['a byte order mark inside', 'Fence\uFEFFrepaired', 'U+FEFF'],
    ['a left-to-right mark', 'Fence\u200E repaired', 'U+200E'],
    ['a lone carriage return (it overwrites the line in a terminal)', 'Approved\rRejected', 'U+000D'],
    ['a carriage return before a break', 'Approved\r\r\nok', 'U+000D'],
    ['a line separator', 'Approved\u2028Rejected', 'U+2028'],
    ['a tab, as on one line', 'Gate\tfine', 'U+0009'],
    ['an escape', 'Gate \u001B[2J fine', 'U+001B'],
  ])('refuses %s, naming it', (_case, value, character) => {
    expect(messages(note.safeParse(value))).toEqual([`: ${MULTILINE_VISIBLE_TEXT_MESSAGE} (${character})`]);
  });

  it('keeps its line breaks (LF and CRLF) and trims only the ends', () => {
    expect(note.parse('\n  Fence repaired.\n\nGate:\r\n- lock fine \r\n')).toBe(
      'Fence repaired.\n\nGate:\r\n- lock fine',
    );
    expect(note.parse('\uFEFFДархан: хашаа засварласан.\nШалгасан 👩‍💻')).toBe('Дархан: хашаа засварласан.\nШалгасан 👩‍💻');
    expect(note.parse('می‌خواهم\nشركة ألتاي')).toBe('می‌خواهم\nشركة ألتاي');
  });

  it('keeps refusing what safe text refuses, once, and counts the length after trimming', () => {
    expect(messages(note.safeParse('Fence\n\u0000'))).toEqual([`: ${SAFE_TEXT_MESSAGE}`]);
    expect(messages(note.safeParse(' \n ab \n '))).toEqual([': Too small: expected string to have >=5 characters']);
  });

  it('is what one-line visible text is, but for the line breaks', () => {
    for (const value of ['Altai\u202E', 'Al\u200Btai', 'Altai\u00AD', 'Altai\u{E0041}', 'Altai \u2067x\u2069'])
      expect(trimmedVisibleMultilineText.safeParse(value).success).toBe(trimmedVisibleText.safeParse(value).success);
    expect(trimmedVisibleText.safeParse('a\nb').success).toBe(false);
    expect(trimmedVisibleMultilineText.safeParse('a\nb').success).toBe(true);
  });
});
