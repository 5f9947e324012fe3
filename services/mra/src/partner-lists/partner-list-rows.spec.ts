import { ACTIVE_ROW_DATE, aeoIdPattern, mapStatusType, parseCsvList, parseJsonList } from './partner-list-rows';
import { LIST_CSV_HEADER, TestListEntry, chineseListEntries, listCsv, listJson } from './partner-list.testing';

/** The entries with some of them changed: `{ 2: { aeoId: 'KR123' } }` changes the third. */
const edited = (entries: TestListEntry[], edits: Record<number, Partial<TestListEntry>>) =>
  entries.map((entry, index) => ({ ...entry, ...edits[index] }));

describe('partner list rows', () => {
  it('maps the partner’s status type labels to ours and refuses unknown ones', () => {
    expect(mapStatusType('AEO Security and Safety')).toBe('AEOS');
    expect(mapStatusType('aeo-s')).toBe('AEOS');
    expect(mapStatusType('Customs Simplifications')).toBe('AEOC');
    expect(mapStatusType('AEO general')).toBe('AEOF');
    expect(mapStatusType('Advanced Certified Enterprise')).toBe('AEOF');
    expect(mapStatusType('Gold')).toBeUndefined();
  });

  it('checks identifiers against the partner’s scheme', () => {
    expect(aeoIdPattern('CN').test('CN1100000001')).toBe(true);
    expect(aeoIdPattern('CN').test('CN110000001')).toBe(false);
    expect(aeoIdPattern('KR').test('KRKCS-000123')).toBe(true);
    expect(aeoIdPattern('KR').test('CN1100000001')).toBe(false);
  });

  it('parses a CSV list with the normalised ids, and reports bad rows by file line (several per row)', async () => {
    const good = await parseCsvList('CN', Buffer.from(listCsv(chineseListEntries(5))));
    expect(good.errors).toEqual([]);
    expect(good.rows.map((r) => [r.line, r.aeoId, r.normalisedId, r.statusType])).toEqual([
      [2, 'CN1100000001', 'CN1100000001', 'AEOS'],
      [3, 'CN1100000002', 'CN1100000002', 'AEOS'],
      [4, 'CN1100000003', 'CN1100000003', 'AEOS'],
      [5, 'CN1100000004', 'CN1100000004', 'AEOS'],
      [6, 'CN1100000005', 'CN1100000005', 'AEOS'],
    ]);
    const entries = chineseListEntries(4);
    entries[1] = { ...entries[1], validFrom: '2026-02-30', status: 'revoked' as 'active' };
    entries[3] = { ...entries[0] };
    const bad = await parseCsvList('CN', Buffer.from(listCsv(entries)));
    expect(bad.errors).toEqual([
      { line: 3, field: 'validFrom', reason: expect.any(String) },
      { line: 3, field: 'status', reason: 'must be active or suspended' },
      { line: 5, field: 'aeoId', reason: 'CN1100000001 is listed twice (lines 2 and 5)' },
    ]);
  });

  it("reads CSV as RFC 4180 (quoted commas, quotes and line breaks; CRLF; a byte order mark; empty lines) with each row's first line", () => {
    const [a, b, c] = listCsv(chineseListEntries(3)).trim().split('\n').slice(1);
    const quoted = b.replace(/,"(?:[^"]|"")*"/, ',"Erenhot ""Jinhai"",\nTrading 2"');
    const text = `\ufeff${LIST_CSV_HEADER}\r\n${a}\r\n\r\n${quoted}\r\n${c}`;
    const parsed = parseCsvList('CN', Buffer.from(text));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.line, r.aeoId, r.name])).toEqual([
      [2, 'CN1100000001', 'Erenhot "Jinhai" Trading 1 Co., Ltd.'],
      [4, 'CN1100000002', 'Erenhot "Jinhai",\nTrading 2'],
      [6, 'CN1100000003', 'Erenhot "Jinhai" Trading 3 Co., Ltd.'],
    ]);
  });

  it.each([
    [
      'an unclosed quote',
      (row: string) => row.replace(/,$/, ',"open'),
      'is not valid CSV: a quoted field is not closed',
    ],
    [
      'text after a closing quote',
      (row: string) => row.replace(/,"(?:[^"]|"")*"/, ',"x"y'),
      'is not valid CSV: a quoted field is not closed properly (characters follow its closing quote)',
    ],
    ['a missing field', (row: string) => row.replace(/,$/, ''), 'has 11 fields, the header 12'],
    [
      'a record too long',
      (row: string) => row.replace(',', `,${'x'.repeat(70_000)}`),
      'is longer than 65536 characters',
    ],
  ])('reports %s with its line and the rows before it intact', (_label, spoil, reason) => {
    const lines = listCsv(chineseListEntries(6).slice(0, 2)).split('\n');
    lines[2] = spoil(lines[2]);
    const parsed = parseCsvList('CN', Buffer.from(lines.join('\n')));
    expect(parsed.errors[0]).toEqual({ line: 3, field: 'row', reason });
    expect(parsed.rows.map((r) => r.line)).toEqual([2]);
  });

  it('refuses a CSV list without the expected header', async () => {
    const parsed = await parseCsvList('CN', Buffer.from('id,name\nCN1100000001,x\n'));
    expect(parsed.errors).toEqual([{ line: 1, field: 'header', reason: expect.stringContaining('aeoId') }]);
  });

  it('reports JSON entries by index and checks the partner country', () => {
    const entries = edited(chineseListEntries(3), { 2: { aeoId: 'KR123' } });
    const parsed = parseJsonList('CN', Buffer.from(listJson(entries, 'KR')));
    expect(parsed.errors).toEqual([
      { line: 0, field: 'partnerCountry', reason: expect.stringContaining('CN') },
      { line: 2, field: 'aeoId', reason: expect.stringContaining('scheme') },
    ]);
  });

  it('takes generatedAt as an ISO 8601 date-time with its offset only, never JavaScript’s loose dates', () => {
    for (const loose of ['1', 'Dec 1 2026 10:00', '2026-11-30T10:00:00', '2026-11-30', 20261130]) {
      const document = JSON.stringify({ partnerCountry: 'CN', generatedAt: loose, entries: chineseListEntries(1) });
      expect(parseJsonList('CN', Buffer.from(document)).errors).toEqual([
        {
          line: 0,
          field: 'generatedAt',
          reason: expect.stringMatching(/^must be an ISO 8601 date-time with its offset/),
        },
      ]);
    }
    const missing = JSON.stringify({ partnerCountry: 'CN', entries: chineseListEntries(1) });
    expect(parseJsonList('CN', Buffer.from(missing)).errors).toEqual([
      { line: 0, field: 'generatedAt', reason: expect.stringMatching(/^is required: the list’s issue time/) },
    ]);
    const strict = parseJsonList('CN', Buffer.from(listJson(chineseListEntries(1), 'CN', '2026-11-30T10:00:00+08:00')));
    expect(strict).toMatchObject({ errors: [], generatedAt: '2026-11-30T10:00:00+08:00' });
  });

  it('takes only street, city, postalCode and country from an entry’s address (never its name or status)', () => {
    const [entry] = chineseListEntries(1);
    const nested = (address: Record<string, unknown>) => Buffer.from(listJson([{ ...entry, address } as typeof entry]));
    const good = parseJsonList('CN', nested(entry.address));
    expect(good.errors).toEqual([]);
    expect(good.rows[0]).toMatchObject({ name: entry.name, status: entry.status, address: entry.address });
    const overriding = parseJsonList('CN', nested({ ...entry.address, name: 'c/o Someone', status: 'active' }));
    expect(overriding.rows).toEqual([]);
    expect(overriding.errors).toEqual([
      { line: 0, field: 'address.name', reason: 'is not an address field (street, city, postalCode, country)' },
    ]);
  });

  it('refuses a JSON list naming a member twice in one object, naming the member (JSON.parse would keep the last)', () => {
    const [a] = chineseListEntries(1);
    const entry = JSON.stringify(a);
    const twice = `{"partnerCountry":"CN","generatedAt":"2026-11-30T00:00:00Z","entries":[${entry}],"entries":[${entry}]}`;
    expect(parseJsonList('CN', Buffer.from(twice)).errors).toEqual([
      { line: 0, field: 'entries', reason: expect.stringMatching(/^is named more than once in its object/) },
    ]);
    const inEntry = `{"partnerCountry":"CN","generatedAt":"2026-11-30T00:00:00Z","entries":[${entry},${entry.replace('{', '{"name":"x",')}]}`;
    expect(parseJsonList('CN', Buffer.from(inEntry)).errors).toEqual([
      { line: 0, field: 'entries[1].name', reason: expect.stringMatching(/^is named more than once/) },
    ]);
    // The same names in different objects, and colons or quotes inside strings, are no duplicates.
    const tricky = chineseListEntries(2).map((e) => ({ ...e, name: 'A: "B" \\: C' }));
    expect(parseJsonList('CN', Buffer.from(listJson(tricky))).errors).toEqual([]);
  });

  it('refuses a NUL anywhere in a CSV list, naming its line', () => {
    const lines = listCsv(chineseListEntries(3)).split('\n');
    lines[2] = `${lines[2]},\u0000`;
    expect(parseCsvList('CN', Buffer.from(lines.join('\n'))).errors).toEqual([
      { line: 3, field: 'row', reason: 'contains a NUL character (U+0000), which is not text' },
    ]);
  });

  it('reports a date before 1900 and text PostgreSQL cannot store as bad rows, naming field and line', () => {
    const entries = edited(chineseListEntries(3), {
      0: { validFrom: '1899-12-31' },
      1: { name: 'Lone \ud800 surrogate' },
    });
    const parsed = parseJsonList('CN', Buffer.from(listJson(entries, 'CN')));
    expect(parsed.errors).toEqual([
      { line: 0, field: 'validFrom', reason: expect.stringContaining('1900') },
      { line: 1, field: 'name', reason: expect.stringContaining('surrogates') },
    ]);
  });

  it('refuses two rows of one AEO written differently (same normalised id), naming both lines', () => {
    const entries = chineseListEntries(3).map((e, i) => ({
      ...e,
      aeoId: ['KRKCS-000123', 'KRKCS-000124', 'KRKCS000123'][i],
      address: { ...e.address, country: 'KR' },
    }));
    const parsed = parseJsonList('KR', Buffer.from(listJson(entries, 'KR')));
    expect(parsed.errors).toEqual([
      {
        line: 2,
        field: 'aeoId',
        reason: 'KRKCS000123 is the AEO of line 0 (KRKCS-000123): both are KRKCS000123 once normalised',
      },
    ]);
    expect(parsed.rows.map((r) => r.aeoId)).toEqual(['KRKCS-000123', 'KRKCS-000124']);
  });

  it('refuses a suspension or revocation date on an active row', async () => {
    // Active (the last three of six are suspended).
    const entries = edited(chineseListEntries(6).slice(0, 3), { 0: { suspendedOn: '2026-10-01' } });
    const csv = listCsv(entries).split('\n');
    csv[2] = csv[2].replace(/,$/, ',2026-10-02'); // revokedOn of line 3 (active)
    const parsed = await parseCsvList('CN', Buffer.from(csv.join('\n')));
    expect(parsed.errors).toEqual([
      { line: 2, field: 'suspendedOn', reason: ACTIVE_ROW_DATE },
      { line: 3, field: 'revokedOn', reason: ACTIVE_ROW_DATE },
    ]);
  });

  it('checks the CSV header also when no row follows it, and an empty file has none', async () => {
    expect(await parseCsvList('CN', Buffer.from('id,name\n'))).toMatchObject({
      rows: [],
      errors: [{ line: 1, field: 'header', reason: expect.stringContaining('aeoId') }],
    });
    expect(await parseCsvList('CN', Buffer.from(''))).toMatchObject({
      rows: [],
      errors: [{ line: 1, field: 'header', reason: expect.stringContaining('empty') }],
    });
    expect(await parseCsvList('CN', Buffer.from(`${LIST_CSV_HEADER}\n`))).toMatchObject({ rows: [], errors: [] });
  });
});
