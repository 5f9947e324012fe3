import {
  findInvisibleCharacterInLines,
  isoDateTime,
  isSafeText,
  MAX_YEAR,
  MIN_YEAR,
  MULTILINE_VISIBLE_TEXT_MESSAGE,
  normaliseForeignAeoId,
  SAFE_TEXT_MESSAGE,
  YEAR_RANGE_MESSAGE,
} from '@aeo/contracts';
import Papa from 'papaparse';
import { DuplicateJsonMember, parseStrictJson } from './strict-json';

/** Bounds of one import: more rows (or more row errors than reported) are refused as a whole. */
export const MAX_LIST_ROWS = 200_000;
export const MAX_REPORTED_ROW_ERRORS = 100;
const MAX_TEXT = 300;
/** Characters of one CSV record (about 12 fields of at most 300 characters, with room to spare). */
const MAX_RECORD_CHARS = 64 * 1024;

export type ListFormat = 'json' | 'csv';
export type MappedStatusType = 'AEOC' | 'AEOS' | 'AEOF';

/** One AEO of a partner's list, validated and mapped to our status types. */
export interface PartnerListRow {
  /** CSV line number (1 = header) or JSON index of the entry. */
  line: number;
  aeoId: string;
  normalisedId: string;
  name: string;
  address: { street: string; city: string; postalCode: string; country: string };
  statusType: MappedStatusType;
  partnerStatusType: string;
  status: 'active' | 'suspended';
  validFrom: string;
  validUntil: string | null;
  suspendedOn: string | null;
  revokedOn: string | null;
}

export interface RowError {
  /** CSV line number or JSON entry index (`entries[i]`). */
  line: number;
  field: string;
  reason: string;
}

export interface ParsedList {
  generatedAt: string | null;
  rows: PartnerListRow[];
  errors: RowError[];
  /** True when more errors were found than reported. */
  moreErrors: boolean;
}

/** The columns of a CSV list (header row, any order; validUntil, suspendedOn, revokedOn may be empty). */
export const CSV_COLUMNS = [
  'aeoId',
  'name',
  'street',
  'city',
  'postalCode',
  'country',
  'statusType',
  'validFrom',
  'validUntil',
  'status',
  'suspendedOn',
  'revokedOn',
] as const;

/**
 * The partner's label of a status type mapped to ours (the label itself is kept): general/full →
 * AEOF, customs simplifications → AEOC, security and safety → AEOS. Compared in capitals without
 * punctuation, so `AEO-S`, `aeo security` and `Security and Safety` all map.
 */
const STATUS_TYPE_LABELS: [RegExp, MappedStatusType][] = [
  [/^(AEOF|AEO ?FULL|FULL|AEO ?GENERAL|GENERAL|ADVANCED CERTIFIED ENTERPRISE)$/, 'AEOF'],
  [/^(AEOC|AEO ?CUSTOMS( SIMPLIFICATIONS)?|CUSTOMS( SIMPLIFICATIONS)?)$/, 'AEOC'],
  [/^(AEOS|AEO ?SECURITY( AND SAFETY)?|SECURITY( AND SAFETY)?|SAFETY AND SECURITY)$/, 'AEOS'],
];

/** Labels seen, mapped (a list repeats a handful of labels over all its rows). */
const mappedLabels = new Map<string, MappedStatusType | undefined>();

export function mapStatusType(label: string): MappedStatusType | undefined {
  const known = mappedLabels.get(label);
  if (known !== undefined || mappedLabels.has(label)) return known;
  const key = label
    .toUpperCase()
    .replace(/[^A-Z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^AEO (?=[CSF]$)/, 'AEO');
  const mapped = STATUS_TYPE_LABELS.find(([pattern]) => pattern.test(key))?.[1];
  if (mappedLabels.size < 1000) mappedLabels.set(label, mapped);
  return mapped;
}

/** The partner's identifier scheme: China `CN` + 10 digits, elsewhere the country code, then agency code and number. */
export function aeoIdPattern(country: string): RegExp {
  return country === 'CN' ? /^CN\d{10}$/ : new RegExp(`^${country}[A-Z0-9-]{1,40}$`);
}

/** Why an active row must not carry a suspension or revocation date. */
export const ACTIVE_ROW_DATE =
  'must be empty when status is active (a suspended AEO is listed with status suspended, a revoked one is dropped from the list)';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A calendar date `YYYY-MM-DD` (Gregorian; 29 February in leap years only). */
const isDate = (value: string): boolean => {
  if (!DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0);
};

type RawRow = Record<string, unknown>;

/**
 * One row's validation: where its fields are read from, and its errors (an array only once one
 * is found). Plain functions over it rather than closures per row: a list has 100,000 rows.
 */
interface RowCheck {
  raw: RawRow;
  line: number;
  /**
   * False for CSV: its text is decoded UTF-8 (never an unpaired surrogate) and a NUL anywhere
   * refuses the whole file, so each field is safe text already.
   */
  checkSafeText: boolean;
  found: RowError[] | undefined;
}

function fail(check: RowCheck, field: string, reason: string): null {
  (check.found ??= []).push({ line: check.line, field, reason });
  return null;
}

function text(check: RowCheck, field: string, required: boolean, max = MAX_TEXT): string | null {
  const value = check.raw[field];
  if (value === undefined || value === null || value === '') return required ? fail(check, field, 'is required') : null;
  if (typeof value !== 'string') return fail(check, field, 'must be text');
  const trimmed = value.trim();
  if (!trimmed && required) return fail(check, field, 'is required');
  if (trimmed.length > max) return fail(check, field, `must be at most ${max} characters`);
  // What PostgreSQL cannot store (NUL, unpaired surrogates) is a bad row, not a failed import.
  if (check.checkSafeText && !isSafeText(trimmed)) return fail(check, field, SAFE_TEXT_MESSAGE);
  // A name read otherwise than stored and compared (U+202E, a zero-width space) is a bad row too; the
  // line breaks a partner's quoted CSV field may hold stay (RFC 4180).
  const hidden = findInvisibleCharacterInLines(trimmed);
  if (hidden) return fail(check, field, `${MULTILINE_VISIBLE_TEXT_MESSAGE} (${hidden})`);
  return trimmed || null;
}

function date(check: RowCheck, field: string, required: boolean): string | null {
  const value = text(check, field, required, 10);
  if (value === null) return null;
  if (!isDate(value)) return fail(check, field, 'must be a date such as 2026-11-01');
  // The events carry these dates, and they accept the platform's years only.
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(check, field, YEAR_RANGE_MESSAGE);
  return value;
}

/** Validates one raw row (CSV record or JSON entry), reporting every bad field of it. */
function validateRow(country: string, scheme: RegExp, check: RowCheck): PartnerListRow | undefined {
  const aeoId = text(check, 'aeoId', true, 64);
  if (aeoId !== null && !scheme.test(aeoId)) fail(check, 'aeoId', `must follow the partner's scheme ${scheme.source}`);
  const name = text(check, 'name', true);
  const address = {
    street: text(check, 'street', true),
    city: text(check, 'city', true),
    postalCode: text(check, 'postalCode', false, 20) ?? '',
    country: text(check, 'country', true, 2),
  };
  if (address.country !== null && !/^[A-Z]{2}$/.test(address.country))
    fail(check, 'address.country', 'must be an ISO 3166-1 alpha-2 code in capitals');
  const partnerStatusType = text(check, 'statusType', true, 100);
  const statusType = partnerStatusType === null ? undefined : mapStatusType(partnerStatusType);
  if (partnerStatusType !== null && !statusType)
    fail(
      check,
      'statusType',
      `"${partnerStatusType}" maps to none of AEO general (AEOF), customs (AEOC), security (AEOS)`,
    );
  const validFrom = date(check, 'validFrom', true);
  const validUntil = date(check, 'validUntil', false);
  if (validFrom && validUntil && validUntil < validFrom) fail(check, 'validUntil', 'must not be before validFrom');
  const status = text(check, 'status', true, 20);
  if (status !== null && status !== 'active' && status !== 'suspended')
    fail(check, 'status', 'must be active or suspended');
  const suspendedOn = date(check, 'suspendedOn', false);
  const revokedOn = date(check, 'revokedOn', false);
  // Recognition reads the status: an active row's suspension or revocation date would be ignored.
  if (status === 'active' && suspendedOn !== null) fail(check, 'suspendedOn', ACTIVE_ROW_DATE);
  if (status === 'active' && revokedOn !== null) fail(check, 'revokedOn', ACTIVE_ROW_DATE);

  if (check.found) return undefined;
  return {
    line: check.line,
    aeoId: aeoId!,
    normalisedId: normaliseForeignAeoId(country, aeoId!),
    name: name!,
    address: address as PartnerListRow['address'],
    statusType: statusType!,
    partnerStatusType: partnerStatusType!,
    status: status as PartnerListRow['status'],
    validFrom: validFrom!,
    validUntil,
    suspendedOn,
    revokedOn,
  };
}

/** Collects rows and errors, refusing duplicates and stopping at the bounds. */
class ListCollector {
  readonly rows: PartnerListRow[] = [];
  readonly errors: RowError[] = [];
  /** The row (index in rows) of each normalised id seen: one AEO per list, however it is written. */
  private readonly seen = new Map<string, number>();
  moreErrors = false;

  private readonly scheme: RegExp;

  constructor(
    private readonly country: string,
    private readonly checkSafeText: boolean,
  ) {
    this.scheme = aeoIdPattern(country);
  }

  get full(): boolean {
    return this.errors.length >= MAX_REPORTED_ROW_ERRORS;
  }

  add(raw: RawRow, line: number): void {
    if (this.rows.length + this.errors.length >= MAX_LIST_ROWS) {
      this.error({ line, field: 'row', reason: `a list holds at most ${MAX_LIST_ROWS} rows` });
      return;
    }
    const check: RowCheck = { raw, line, checkSafeText: this.checkSafeText, found: undefined };
    const row = validateRow(this.country, this.scheme, check);
    check.found?.forEach((error) => this.error(error));
    if (!row) return;
    const firstIndex = this.seen.get(row.normalisedId);
    if (firstIndex !== undefined) {
      const first = this.rows[firstIndex];
      return this.error({
        line,
        field: 'aeoId',
        reason:
          first.aeoId === row.aeoId
            ? `${row.aeoId} is listed twice (lines ${first.line} and ${line})`
            : `${row.aeoId} is the AEO of line ${first.line} (${first.aeoId}): both are ${row.normalisedId} once normalised`,
      });
    }
    this.seen.set(row.normalisedId, this.rows.length);
    this.rows.push(row);
  }

  error(error: RowError): void {
    if (this.full) this.moreErrors = true;
    else this.errors.push(error);
  }

  result(generatedAt: string | null): ParsedList {
    return { generatedAt, rows: this.rows, errors: this.errors, moreErrors: this.moreErrors };
  }
}

/** The members of a JSON entry's `address`. */
const ADDRESS_FIELDS = ['street', 'city', 'postalCode', 'country'] as const;

/** A JSON list: `{partnerCountry, generatedAt, entries: [{aeoId, name, address: {...}, statusType, ...}]}`. */
export function parseJsonList(country: string, body: Buffer): ParsedList {
  const collector = new ListCollector(country, true);
  let document: unknown;
  try {
    document = parseStrictJson(body.toString('utf8'));
  } catch (error) {
    collector.error(
      error instanceof DuplicateJsonMember
        ? {
            line: 0,
            field: error.path,
            reason: 'is named more than once in its object (a signed list must read the same to every parser)',
          }
        : { line: 0, field: 'body', reason: 'is not valid JSON' },
    );
    return collector.result(null);
  }
  const list = (document ?? {}) as { partnerCountry?: unknown; generatedAt?: unknown; entries?: unknown };
  if (list.partnerCountry !== country)
    collector.error({
      line: 0,
      field: 'partnerCountry',
      reason: `must be the arrangement's partner country ${country}`,
    });
  // RFC 3339 with its offset, as every date-time of the platform: never JavaScript's loose Date
  // parsing ("1" is 2001, a time without offset the server's local time), which PostgreSQL reads otherwise.
  const generatedAt = isoDateTime.safeParse(list.generatedAt).success ? (list.generatedAt as string) : null;
  // Required (as documented): the JSON list's issue time, which each version must be after.
  if (generatedAt === null)
    collector.error({
      line: 0,
      field: 'generatedAt',
      reason:
        list.generatedAt === undefined
          ? 'is required: the list’s issue time, an ISO 8601 date-time with its offset such as 2026-11-30T00:00:00Z'
          : 'must be an ISO 8601 date-time with its offset, such as 2026-11-30T00:00:00Z',
    });
  if (!Array.isArray(list.entries)) {
    collector.error({ line: 0, field: 'entries', reason: 'must be an array of entries' });
    return collector.result(generatedAt);
  }
  list.entries.forEach((entry: unknown, index: number) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      return collector.error({ line: index, field: 'entry', reason: 'must be an object' });
    const { address, ...rest } = entry as RawRow & { address?: unknown };
    if (address === undefined || address === null) return collector.add(rest, index);
    if (typeof address !== 'object' || Array.isArray(address))
      return collector.error({ line: index, field: 'address', reason: 'must be an object' });
    // Only the address's own fields: an address member never overrides the entry's name, status...
    const other = Object.keys(address).find((key) => !(ADDRESS_FIELDS as readonly string[]).includes(key));
    if (other !== undefined)
      return collector.error({
        line: index,
        field: `address.${other}`,
        reason: `is not an address field (${ADDRESS_FIELDS.join(', ')})`,
      });
    const fields = address as RawRow;
    collector.add({ ...rest, ...Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, fields[field]])) }, index);
  });
  return collector.result(generatedAt);
}

/** The line (1 = the first) of a character of `text`. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let n = text.indexOf('\n'); n >= 0 && n < index; n = text.indexOf('\n', n + 1)) line++;
  return line;
}

/** What papaparse found wrong in one record, in our words (its codes and messages otherwise). */
const CSV_ERRORS: Record<string, string> = {
  MissingQuotes: 'a quoted field is not closed',
  InvalidQuotes: 'a quoted field is not closed properly (characters follow its closing quote)',
};

/**
 * A CSV list with a header row naming CSV_COLUMNS (RFC 4180, read by papaparse record by record;
 * line numbers as in the file: a record's first line). The header is checked whatever follows it,
 * also when no row does: an empty file or a header alone is a list without rows, never a list with
 * no columns to check.
 */
export function parseCsvList(country: string, body: Buffer): ParsedList {
  const collector = new ListCollector(country, false);
  const text = body.toString('utf8');
  // A NUL is not text anywhere in the file, in a column we read or not (the route's schema says so too).
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    collector.error({
      line: lineAt(text, nul),
      field: 'row',
      reason: 'contains a NUL character (U+0000), which is not text',
    });
    return collector.result(null);
  }
  let columns: [string, number][] | undefined;
  let width = 0;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  /** Where the previous record ended (in `text`), and the line there. */
  let cursor = bom;
  let line = 1;
  Papa.parse<string[]>(bom ? text.slice(bom) : text, {
    delimiter: ',',
    skipEmptyLines: true,
    step: (result, parser) => {
      // The record's first line: past the line breaks of the empty lines before it.
      let at = cursor;
      for (let c = text.charCodeAt(at); c === 0x0a || c === 0x0d; c = text.charCodeAt(++at)) if (c === 0x0a) line++;
      const recordLine = line;
      const end = result.meta.cursor + bom;
      for (let n = text.indexOf('\n', at); n >= 0 && n < end; n = text.indexOf('\n', n + 1)) line++;
      cursor = end;
      const fields = result.data;
      if (result.errors.length) {
        // The first fault is the cause; papaparse reads on past a broken quote, so nothing after it is a record.
        const [error] = result.errors;
        collector.error({
          line: recordLine,
          field: 'row',
          reason: `is not valid CSV: ${CSV_ERRORS[error.code] ?? error.message}`,
        });
        parser.abort();
        return;
      }
      if (end - at > MAX_RECORD_CHARS)
        return collector.error({
          line: recordLine,
          field: 'row',
          reason: `is longer than ${MAX_RECORD_CHARS} characters`,
        });
      if (!columns) {
        const names = fields.map((name) => name.trim());
        const missing = CSV_COLUMNS.filter((column) => !names.includes(column));
        if (missing.length) {
          collector.error({ line: recordLine, field: 'header', reason: `misses the columns ${missing.join(', ')}` });
          return parser.abort();
        }
        columns = CSV_COLUMNS.map((column) => [column, names.indexOf(column)]);
        width = fields.length;
        return;
      }
      if (fields.length !== width)
        return collector.error({
          line: recordLine,
          field: 'row',
          reason: `has ${fields.length} fields, the header ${width}`,
        });
      const raw: RawRow = {};
      for (let c = 0; c < columns.length; c++) raw[columns[c][0]] = fields[columns[c][1]];
      collector.add(raw, recordLine);
    },
  });
  if (!columns && !collector.errors.length)
    collector.error({ line: 1, field: 'header', reason: `is missing: the file is empty (${CSV_COLUMNS.join(',')})` });
  return collector.result(null);
}
