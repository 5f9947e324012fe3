import type { EntityManager } from 'typeorm';
import { camelRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { z } from 'zod';
import { PERIODS } from '../kpis/periods';
import {
  type IListThresholdVersionsResult,
  insertThresholdVersion,
  insertWithdrawal,
  listThresholdsInForce,
  listThresholdVersions,
  lockThresholdKpi,
} from './thresholds.queries';

export const THRESHOLD_BOUNDS = ['upper', 'lower'] as const;

/** One version of a KPI's deviation threshold, as it was set. */
export interface ThresholdVersion {
  kpiId: string;
  version: number;
  /** `upper`: the KPI must stay at or below `limit`; `lower`: at or above it. */
  bound: (typeof THRESHOLD_BOUNDS)[number];
  limit: number;
  /** Consecutive periods back within the threshold before a case closes. */
  periodsToVerify: number;
  /** The period length the KPI is evaluated by. */
  period: (typeof PERIODS)[number];
  changedBy: string;
  changedAt: Date;
  reason: string;
  /** This version withdraws the threshold (the figures are the previous version's): no case opens on the KPI. */
  withdrawn: boolean;
}

export type NewThresholdVersion = Omit<ThresholdVersion, 'version' | 'changedAt' | 'withdrawn'>;

const toVersion = (row: IListThresholdVersionsResult): ThresholdVersion => ({
  ...camelRow(row),
  bound: z.enum(THRESHOLD_BOUNDS).parse(row.bound),
  period: z.enum(PERIODS).parse(row.period),
});

/** The latest version of every KPI that has a threshold (a withdrawal among them). */
export async function latestThresholdVersions(runner: SqlRunner): Promise<ThresholdVersion[]> {
  return (await runSql(listThresholdsInForce, undefined, runner)).map(toVersion);
}

/** Every version of one KPI's threshold, newest first. */
export async function thresholdVersions(runner: SqlRunner, kpiId: string): Promise<ThresholdVersion[]> {
  return (await runSql(listThresholdVersions, { kpiId }, runner)).map(toVersion);
}

/**
 * Adds the next version of a KPI's threshold (versions of one KPI are numbered one after another
 * under a lock); with `onlyFirst`, only when the KPI has none yet (the seeded default). Undefined
 * when nothing was added.
 */
export async function insertThreshold(
  manager: EntityManager,
  threshold: NewThresholdVersion,
  onlyFirst = false,
): Promise<ThresholdVersion | undefined> {
  await runSql(lockThresholdKpi, { kpiId: threshold.kpiId }, manager);
  return runSqlOne(insertThresholdVersion, { ...threshold, onlyFirst }, manager, toVersion);
}

/**
 * Withdraws a KPI's threshold: the next version, marked withdrawn, keeps the figures of the one in
 * force (under the KPI's lock). Undefined when the KPI has no threshold or it is withdrawn already.
 */
export async function insertThresholdWithdrawal(
  manager: EntityManager,
  withdrawal: { kpiId: string; changedBy: string; reason: string },
): Promise<ThresholdVersion | undefined> {
  await runSql(lockThresholdKpi, { kpiId: withdrawal.kpiId }, manager);
  return runSqlOne(insertWithdrawal, withdrawal, manager, toVersion);
}
