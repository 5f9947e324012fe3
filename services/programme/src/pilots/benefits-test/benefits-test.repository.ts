import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { type MilestoneDue, NO_DECLARATIONS, type Window, type WindowCounts } from './benefits-test-figures';
import {
  comparableTraders,
  findPilotForBenefitsTest,
  listMilestonesForBenefitsTest,
  listPilotCompaniesWithGrants,
  windowFigures,
} from './benefits-test.queries';

export interface PilotCompany {
  taxpayerId: string;
  region: string;
  operatorId: string | null;
  /** The operator's first grant, when there is one. */
  grant: { authorisationNumber: string; statusType: string; decidedAt: Date } | null;
}

export interface PeerWindow extends Window {
  region: string;
  minVolume: number;
  maxVolume: number;
  /** The company's own volume: the comparable traders closest to it are taken first. */
  companyVolume: number;
}

/** A window's comparable traders: those taken (at most the limit asked), and how many qualified. */
export interface ComparableTraders {
  taxpayerIds: string[];
  eligible: number;
}

export function findPilot(runner: SqlRunner, pilotId: string) {
  return runSqlOne(findPilotForBenefitsTest, { pilotId }, runner);
}

export async function milestonesOf(runner: SqlRunner, pilotId: string): Promise<MilestoneDue[]> {
  const rows = await runSql(listMilestonesForBenefitsTest, { pilotId }, runner);
  return rows.map((row) => ({ id: row.id, title: row.title, dueOn: row.due_on }));
}

/** The pilot's accepted companies (of one region when given), each with its operator's first grant. */
export async function companiesOf(
  runner: SqlRunner,
  pilotId: string,
  region: string | undefined,
): Promise<PilotCompany[]> {
  const rows = await runSql(listPilotCompaniesWithGrants, { pilotId, region: region ?? null }, runner);
  return rows.map((row) => ({
    taxpayerId: row.taxpayer_id,
    region: row.region,
    operatorId: row.operator_id,
    grant:
      row.certified_at === null
        ? null
        : { authorisationNumber: row.authorisation_number!, statusType: row.status_type!, decidedAt: row.certified_at },
  }));
}

/** One or more traders' declarations in a window, in a region ('' for any). */
export interface TraderWindow extends Window {
  taxpayerIds: readonly string[];
  region: string;
}

/** Each window's declarations (its traders pooled), in the order of the windows given; a window given twice is read once. */
export async function windowCounts(runner: SqlRunner, windows: readonly TraderWindow[]): Promise<WindowCounts[]> {
  const keyOf = (window: TraderWindow) =>
    [window.region, window.from.toISOString(), window.to.toISOString(), ...window.taxpayerIds].join('\u0000');
  const distinct = [...new Map(windows.map((window) => [keyOf(window), window])).values()];
  const members = distinct.flatMap((window, ordinal) =>
    window.taxpayerIds.map((taxpayerId) => ({ ...window, ordinal, taxpayerId })),
  );
  if (members.length === 0) return windows.map(() => NO_DECLARATIONS);
  const rows = await runSql(
    windowFigures,
    {
      ordinals: members.map((member) => member.ordinal),
      taxpayerIds: members.map((member) => member.taxpayerId),
      regions: members.map((member) => member.region),
      froms: members.map((member) => member.from),
      tos: members.map((member) => member.to),
    },
    runner,
  );
  const byKey = new Map(
    rows.map((row): [string, WindowCounts] => [
      keyOf(distinct[row.ordinal]!),
      {
        declarations: row.declarations,
        documentary: row.documentary,
        physical: row.physical,
        benefited: row.benefited,
        priority: row.priority,
        meanDecisionSeconds: row.mean_decision_seconds,
        medianDecisionSeconds: row.median_decision_seconds,
      },
    ]),
  );
  return windows.map((window) => byKey.get(keyOf(window)) ?? NO_DECLARATIONS);
}

/**
 * The comparable traders of each window (its region and volume band), at most `maxTraders` each
 * (the closest in volume to the company), in the order of the windows given.
 */
export async function comparableTradersOf(
  runner: SqlRunner,
  windows: readonly PeerWindow[],
  maxTraders: number,
): Promise<ComparableTraders[]> {
  if (windows.length === 0) return [];
  const rows = await runSql(
    comparableTraders,
    {
      regions: windows.map((window) => window.region),
      froms: windows.map((window) => window.from),
      tos: windows.map((window) => window.to),
      minVolumes: windows.map((window) => window.minVolume),
      maxVolumes: windows.map((window) => window.maxVolume),
      companyVolumes: windows.map((window) => window.companyVolume),
      maxTraders,
    },
    runner,
  );
  const traders = windows.map((): ComparableTraders => ({ taxpayerIds: [], eligible: 0 }));
  // WITH ORDINALITY counts from 1.
  for (const row of rows) {
    const window = traders[row.ordinal - 1]!;
    window.taxpayerIds.push(row.taxpayer_id);
    window.eligible = row.eligible;
  }
  return traders;
}
