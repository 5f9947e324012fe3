import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuthenticatedUser, regionFilterOf, regionOf } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { fieldBadRequest } from '@aeo/service-kit';
import { findKpi, KPI_DEFINITIONS } from './kpi-catalogue';
import { kpiSql, type KpiDefinition } from './kpi-definitions';
import { kpiEvents, kpiValues, type KpiEventsCursor, type KpiScope } from './kpi-values';
import type { KpiEventsQuery, KpiValuesQuery } from './kpis.schemas';
import type { ProgrammeConfig } from '../config';
import { dayStart, DEFAULT_TIME_ZONE, nextPeriodStart, periodStart, periodsBetween, type Period } from './periods';

/** Periods a query may span (ten years of weeks). */
export const MAX_PERIODS = 520;
const LAST_INSTANT = new Date('9999-12-31T23:59:59.999Z');
/** Periods shown when the query names no range: the current one and the eleven before it. */
const DEFAULT_PERIODS = 12;

/** The default range: the current period and the ones before it, whole (in `zone`). */
export function defaultRange(period: Period, zone = DEFAULT_TIME_ZONE, now = new Date()): { from: Date; to: Date } {
  const to = nextPeriodStart(periodStart(now, period, zone), period, zone);
  let from = periodStart(now, period, zone);
  for (let i = 1; i < DEFAULT_PERIODS; i++) from = periodStart(new Date(from.getTime() - 1), period, zone);
  return { from, to };
}

/** The instant a cursor carries, as the drill-down query writes it (microseconds, UTC). */
const CURSOR_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** An event id as the facts store them: printable text, no NUL (PostgreSQL's text refuses it). */
const CURSOR_EVENT_ID = /^[\x21-\x7e]{1,400}$/;

/** A real instant of the calendar (not 30 February, not hour 24), in the years the API writes. */
const isCalendarInstant = (instant: string): boolean => {
  const milliseconds = `${instant.slice(0, 23)}Z`;
  const parsed = new Date(milliseconds);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString() === milliseconds && instant >= '1900';
};

const encodeCursor = (cursor: KpiEventsCursor) =>
  Buffer.from(JSON.stringify([cursor.anchoredAt, cursor.eventId])).toString('base64url');

function decodeCursor(text: string): KpiEventsCursor {
  try {
    const [anchoredAt, eventId] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof anchoredAt === 'string' &&
      CURSOR_INSTANT.test(anchoredAt) &&
      isCalendarInstant(anchoredAt) &&
      typeof eventId === 'string' &&
      CURSOR_EVENT_ID.test(eventId)
    )
      return { anchoredAt, eventId };
  } catch {
    // Reported below.
  }
  throw fieldBadRequest('after', 'is not a cursor this API gave (pass the nextCursor of the previous page)');
}

/**
 * The range (whole periods of `timeZone`, its days local days) and dimensions of a query: a
 * dimension the KPI is not broken down by is refused (400), and a regional office sees its own
 * region only (its default; another is 403).
 */
export function kpiScope(
  user: AuthenticatedUser,
  kpi: KpiDefinition,
  query: KpiValuesQuery,
  timeZone = DEFAULT_TIME_ZONE,
): KpiScope {
  for (const dimension of ['region', 'statusType'] as const)
    if (query[dimension] !== undefined && !kpi.dimensions.includes(dimension))
      throw fieldBadRequest(dimension, `KPI ${kpi.id} is not broken down by ${dimension}`);
  if (regionOf(user) !== undefined && !kpi.dimensions.includes('region'))
    throw new ForbiddenException(`KPI ${kpi.id} is national only (not broken down by region)`);
  const region = regionFilterOf(user, query.region);
  const defaults = defaultRange(query.period, timeZone);
  const from = query.from === undefined ? defaults.from : dayStart(query.from, timeZone);
  const to = query.to === undefined ? defaults.to : dayStart(query.to, timeZone);
  if (from >= to)
    throw fieldBadRequest(query.to === undefined ? 'from' : 'to', 'the range is empty (to must be after from)');
  let end: Date;
  try {
    const periods = periodsBetween(from, to, query.period, timeZone, MAX_PERIODS);
    end = periods[periods.length - 1]!.end;
    // ISO 8601 and the response schemas write years up to 9999 only, and the answer's `to` is the
    // first instant after the last period: a period ending on 1 January 10000 (December 9999, its
    // last quarter or week) cannot be answered.
    if (end > LAST_INSTANT)
      throw fieldBadRequest(
        query.to === undefined ? 'from' : 'to',
        `the last period (${periods[periods.length - 1]!.label}) ends in the year 10000, which answers cannot write; with period=${query.period}, to may be at most ${periodStart(LAST_INSTANT, query.period, timeZone).toISOString().slice(0, 10)} (to is the day after the range)`,
      );
  } catch (error) {
    if (error instanceof RangeError)
      throw fieldBadRequest('from', `the range holds more than ${MAX_PERIODS} ${query.period}s; narrow it`);
    throw error;
  }
  // The figures are of whole periods: the range answered is the asked one widened to them
  // (from back to its period's start, to on to the end of the period holding the last day).
  return {
    period: query.period,
    from: periodStart(from, query.period, timeZone),
    to: end,
    region: region ?? null,
    statusType: query.statusType ?? null,
    timeZone,
  };
}

/** The KPI definitions, their figures per period and the events behind them, within the caller's region. */
@Injectable()
export class KpisService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: ProgrammeConfig,
  ) {}

  definitions() {
    return KPI_DEFINITIONS.map((kpi) => ({
      id: kpi.id,
      family: kpi.family,
      name: kpi.name,
      definition: kpi.definition,
      unit: kpi.unit,
      target: kpi.target,
      direction: kpi.direction,
      dimensions: [...kpi.dimensions],
      sql: kpi.sql ?? kpiSql(kpi),
    }));
  }

  async values(user: AuthenticatedUser, kpiId: string, query: KpiValuesQuery) {
    const kpi = this.kpi(kpiId);
    const scope = kpiScope(user, kpi, query, this.config.PROGRAMME_TIME_ZONE);
    return {
      kpiId: kpi.id,
      unit: kpi.unit,
      target: kpi.target,
      direction: kpi.direction,
      period: scope.period,
      from: scope.from,
      to: scope.to,
      region: scope.region,
      statusType: scope.statusType,
      values: await kpiValues(this.dataSource, kpi, scope),
    };
  }

  async events(user: AuthenticatedUser, kpiId: string, query: KpiEventsQuery) {
    const kpi = this.kpi(kpiId);
    const scope = kpiScope(user, kpi, query, this.config.PROGRAMME_TIME_ZONE);
    const after = query.after === undefined ? undefined : decodeCursor(query.after);
    const page = await kpiEvents(this.dataSource, kpi, scope, { limit: query.limit, after });
    return { kpiId: kpi.id, items: page.items, nextCursor: page.next && encodeCursor(page.next) };
  }

  private kpi(kpiId: string): KpiDefinition {
    const kpi = findKpi(kpiId);
    if (!kpi) throw new NotFoundException(`KPI ${kpiId} does not exist (GET /v1/kpis lists them)`);
    return kpi;
  }
}
