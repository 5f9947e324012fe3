import { z } from 'zod';
import { camelRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { type Page, type PageRequest, readPage } from '@aeo/service-kit';
import { PILOT_MILESTONE_STATUSES, PILOT_STATUSES, PILOT_WORKSTREAMS } from '@aeo/workflows';
import {
  type IFindPilotResult,
  type IListPilotPageResult,
  type IListMilestonesResult,
  deleteObjectives,
  deleteWorkstreams,
  findPilot as findOne,
  insertExtension as insertOneExtension,
  insertMilestone as insertOneMilestone,
  insertObjective,
  insertPilot as insertOne,
  insertWorkstream,
  listExtensions,
  listMilestones as listAllMilestones,
  listObjectives,
  listPilotPage,
  listPilots as listAll,
  listWorkstreams,
  listOpenQuestionnaireClosings,
  listSessionTimes,
  lockPilot as lockOne,
  sharePilot,
  markMilestoneReminded,
  markPilotLaunched,
  moveMilestone as moveOneMilestone,
  movePilotEnd,
  movePilotStatus as moveStatus,
  touchPilot,
  updatePilotPlan,
} from './pilots.queries';

const status = z.enum(PILOT_STATUSES);
const milestoneStatus = z.enum(PILOT_MILESTONE_STATUSES);
const workstream = z.enum(PILOT_WORKSTREAMS);

export type PilotStatus = z.infer<typeof status>;
export type MilestoneStatus = z.infer<typeof milestoneStatus>;

/** A pilot's row (dates as YYYY-MM-DD). */
export type Pilot = Omit<ReturnType<typeof camelRow<IFindPilotResult>>, 'status'> & { status: PilotStatus };

export interface PilotObjective {
  id: string;
  position: number;
  text: string;
  kpiCode: string;
  target: number;
}

export interface PilotWorkstreamRow {
  kind: (typeof PILOT_WORKSTREAMS)[number];
  description: string;
  mraArrangementId: string | null;
}

export interface PilotMilestoneRow {
  id: string;
  title: string;
  workstream: (typeof PILOT_WORKSTREAMS)[number];
  dueOn: string;
  owner: string;
  kpiCode: string | null;
  kpiTarget: number | null;
  status: MilestoneStatus;
  remindedAt: Date | null;
  lateAt: Date | null;
  escalatedAt: Date | null;
  doneAt: Date | null;
  doneBy: string | null;
  evidence: { title: string; reference: string }[] | null;
  doneNote: string | null;
  createdAt: Date;
}

export interface PilotExtension {
  sequence: number;
  previousEndsOn: string;
  newEndsOn: string;
  reason: string;
  decidedBy: string;
  decidedAt: Date;
}

/** What a pilot is planned with (the API's body, the creator's id). */
export interface PilotPlan {
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  maxCompanies: number;
  reminderDays: number;
  escalationGraceDays: number;
}

export interface NewObjective {
  text: string;
  kpiCode: string;
  target: number;
}

export interface NewWorkstream {
  kind: (typeof PILOT_WORKSTREAMS)[number];
  description: string;
  mraArrangementId: string | null;
}

export type NewMilestone = Pick<
  PilotMilestoneRow,
  'id' | 'title' | 'workstream' | 'dueOn' | 'owner' | 'kpiCode' | 'kpiTarget'
>;

const toPilot = (row: IFindPilotResult): Pilot => ({ ...camelRow(row), status: status.parse(row.status) });
const toMilestone = (row: IListMilestonesResult): PilotMilestoneRow => ({
  ...camelRow(row),
  workstream: workstream.parse(row.workstream),
  status: milestoneStatus.parse(row.status),
  evidence: row.evidence as PilotMilestoneRow['evidence'],
});

/** The new pilot's id, or undefined when its code is taken. */
export async function insertPilot(
  runner: SqlRunner,
  pilot: PilotPlan & { id: string; code: string; createdBy: string },
): Promise<string | undefined> {
  return (await runSqlOne(insertOne, pilot, runner))?.id;
}

export async function findPilot(runner: SqlRunner, id: string): Promise<Pilot | undefined> {
  const row = await runSqlOne(findOne, { id }, runner);
  return row && toPilot(row);
}

/** The pilot's row under lock, for a change in the caller's transaction. */
export async function lockPilot(runner: SqlRunner, id: string): Promise<Pilot | undefined> {
  const row = await runSqlOne(lockOne, { id }, runner);
  return row && toPilot(row);
}

/** The pilot's row share-locked until the caller's transaction ends: what it checks against the time frame holds. */
export async function pilotFrameLocked(runner: SqlRunner, id: string): Promise<Pilot | undefined> {
  const row = await runSqlOne(sharePilot, { id }, runner);
  return row && toPilot(row);
}

/** What must stay within the pilot's time frame: its training sessions and the closing times of its open questionnaires. */
export async function frameBoundOf(runner: SqlRunner, pilotId: string) {
  const [sessions, questionnaires] = await Promise.all([
    runSql(listSessionTimes, { pilotId }, runner),
    runSql(listOpenQuestionnaireClosings, { pilotId }, runner),
  ]);
  return {
    sessions: sessions.map((row) => ({
      id: row.id,
      topic: row.topic,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
    })),
    questionnaires: questionnaires.map((row) => ({ id: row.id, title: row.title_en, closesAt: row.closes_at })),
  };
}

export async function listPilots(
  runner: SqlRunner,
  filter: { status: string | null; limit: number },
): Promise<Pilot[]> {
  return (await runSql(listAll, filter, runner)).map(toPilot);
}

/** The sorts of the paged list of pilots (`GET /v1/pilot-overview`). */
export const PILOT_SORTS = ['startsOn', 'code', 'createdAt'] as const;
export type PilotSort = (typeof PILOT_SORTS)[number];

/** A page of the pilots with the whole list's total. */
export async function pilotPage(
  runner: SqlRunner,
  filter: { status: string | null } & PageRequest<PilotSort>,
): Promise<Page<Pilot>> {
  const { page, pageSize, ...params } = filter;
  return readPage(
    { page, pageSize },
    (window) => runSql(listPilotPage, { ...params, ...window }, runner),
    ({ total: _total, ...row }: IListPilotPageResult) => toPilot(row),
  );
}

/** Replaces the plan of a pilot that is planned and not started, at `version`; false otherwise. */
export async function updatePlan(runner: SqlRunner, id: string, version: number, plan: PilotPlan): Promise<boolean> {
  return (await runSqlOne(updatePilotPlan, { id, version, ...plan }, runner)) !== undefined;
}

/** A change to the pilot's objectives, workstreams or milestones counts as a new version. */
export async function touch(runner: SqlRunner, id: string): Promise<void> {
  await runSql(touchPilot, { id }, runner);
}

export async function markLaunched(runner: SqlRunner, id: string, by: string): Promise<boolean> {
  return (await runSqlOne(markPilotLaunched, { id, by }, runner)) !== undefined;
}

/** Moves the pilot's status from one of `from`; false when it was in none of them (a retried step). */
export async function movePilotStatus(
  runner: SqlRunner,
  move: { id: string; from: PilotStatus[]; to: PilotStatus; at: Date; by: string; reason?: string },
): Promise<boolean> {
  return (await runSqlOne(moveStatus, { ...move, reason: move.reason ?? null }, runner)) !== undefined;
}

export async function replaceObjectives(
  runner: SqlRunner,
  pilotId: string,
  objectives: (NewObjective & { id: string })[],
) {
  await runSql(deleteObjectives, { pilotId }, runner);
  for (const [position, objective] of objectives.entries())
    await runSql(insertObjective, { ...objective, pilotId, position: position + 1 }, runner);
}

export async function objectivesOf(runner: SqlRunner, pilotId: string): Promise<PilotObjective[]> {
  return (await runSql(listObjectives, { pilotId }, runner)).map(camelRow);
}

export async function replaceWorkstreams(runner: SqlRunner, pilotId: string, workstreams: NewWorkstream[]) {
  await runSql(deleteWorkstreams, { pilotId }, runner);
  for (const stream of workstreams) await runSql(insertWorkstream, { ...stream, pilotId }, runner);
}

export async function workstreamsOf(runner: SqlRunner, pilotId: string): Promise<PilotWorkstreamRow[]> {
  return (await runSql(listWorkstreams, { pilotId }, runner)).map((row) => ({
    ...camelRow(row),
    kind: workstream.parse(row.kind),
  }));
}

/** False when a milestone with the id is there already (a retried step). */
export async function insertMilestone(
  runner: SqlRunner,
  pilotId: string,
  milestone: NewMilestone,
  createdBy: string,
): Promise<boolean> {
  return (await runSqlOne(insertOneMilestone, { ...milestone, pilotId, createdBy }, runner)) !== undefined;
}

export async function milestonesOf(runner: SqlRunner, pilotId: string): Promise<PilotMilestoneRow[]> {
  return (await runSql(listAllMilestones, { pilotId }, runner)).map(toMilestone);
}

/** Moves a milestone from one of `from` (late, escalated, done with its evidence); false when it was in none. */
export async function moveMilestone(
  runner: SqlRunner,
  move: {
    pilotId: string;
    id: string;
    from: MilestoneStatus[];
    to: MilestoneStatus;
    at: Date;
    by: string;
    evidence?: { title: string; reference: string }[];
    note?: string;
  },
): Promise<boolean> {
  const params = {
    ...move,
    evidence: move.evidence ? JSON.stringify(move.evidence) : null,
    note: move.note ?? null,
  };
  return (await runSqlOne(moveOneMilestone, params, runner)) !== undefined;
}

/** Notes the owner's reminder once; false when it was noted before (or the milestone is no longer open). */
export async function markReminded(runner: SqlRunner, pilotId: string, id: string, at: Date): Promise<boolean> {
  return (await runSqlOne(markMilestoneReminded, { pilotId, id, at }, runner)) !== undefined;
}

/** Records an extension once (keyed by its number) and moves the end date; false for a repeat. */
export async function recordExtension(
  runner: SqlRunner,
  extension: Omit<PilotExtension, 'decidedAt'> & { pilotId: string; at: Date },
): Promise<boolean> {
  const added = await runSqlOne(
    insertOneExtension,
    {
      pilotId: extension.pilotId,
      sequence: extension.sequence,
      previousEndsOn: extension.previousEndsOn,
      newEndsOn: extension.newEndsOn,
      reason: extension.reason,
      decidedBy: extension.decidedBy,
      at: extension.at,
    },
    runner,
  );
  if (!added) return false;
  await runSql(movePilotEnd, { id: extension.pilotId, endsOn: extension.newEndsOn, at: extension.at }, runner);
  return true;
}

export async function extensionsOf(runner: SqlRunner, pilotId: string): Promise<PilotExtension[]> {
  return (await runSql(listExtensions, { pilotId }, runner)).map(camelRow);
}
