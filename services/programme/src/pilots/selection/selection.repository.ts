import type { EntityManager } from 'typeorm';
import { camelRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import type { PilotDraftProgramme } from '@aeo/contracts';
import type { PilotRankingRequest, PilotRankingResult } from '@aeo/workflows';
import {
  type IListParticipantsResult,
  countOccupiedPlaces,
  findParticipantRecord,
  findPilot as findOne,
  findShortlistBySequence,
  findTerms,
  insertParticipant as insertOne,
  insertParticipantRecord as insertRecord,
  insertShortlist as insertList,
  insertShortlistCandidate,
  listChosenNotInvited,
  listParticipantRecords,
  listParticipants as listAll,
  listShortlistCandidates,
  listShortlists as listLists,
  lockParticipant as lockOne,
  lockPilot as lockPilotRow,
  markReplaced as markOne,
  nextParticipantSequence,
  nextShortlistSequence,
  nextUnchosenCandidate as nextCandidate,
  saveTerms as saveOne,
  setParticipantOperator,
  updateParticipantAfterStep,
} from './selection.queries';

export const PARTICIPANT_STAGES = [
  'chosen',
  'invited',
  'accepted',
  'declined',
  'expired',
  'replaced',
  'withdrawn',
] as const;
export type ParticipantStage = (typeof PARTICIPANT_STAGES)[number];

export interface PilotRef {
  id: string;
  code: string;
  title: string;
  status: string;
  maxCompanies: number;
}

export interface SelectionTerms {
  pilotId: string;
  draftProgramme: PilotDraftProgramme;
  answerDays: number;
  replacement: 'confirm' | 'automatic';
  updatedBy: string;
  updatedAt: Date;
}

export interface Participant {
  pilotId: string;
  taxpayerId: string;
  stage: ParticipantStage;
  region: string;
  operatorId: string | null;
  shortlistId: string;
  rank: number;
  chosenReason: string;
  chosenBy: string;
  chosenAt: Date;
  replacing: string | null;
  replacedBy: string | null;
  answerDueAt: Date | null;
  answeredAt: Date | null;
  answeredBy: string | null;
  reason: string | null;
  updatedAt: Date;
}

const toPilot = (row: {
  id: string;
  code: string;
  title: string;
  status: string;
  max_companies: number;
}): PilotRef => ({
  id: row.id,
  code: row.code,
  title: row.title,
  status: row.status,
  maxCompanies: row.max_companies,
});
const toParticipant = (row: IListParticipantsResult): Participant => ({
  ...camelRow(row),
  stage: row.stage as ParticipantStage,
});

export const findPilot = (runner: SqlRunner, pilotId: string) => runSqlOne(findOne, { pilotId }, runner, toPilot);
/** The pilot, locked until the transaction ends (choices of one pilot one at a time, so its maximum holds). */
export const lockPilot = (manager: EntityManager, pilotId: string) =>
  runSqlOne(lockPilotRow, { pilotId }, manager, toPilot);

const toTerms = (row: {
  pilot_id: string;
  draft_programme: unknown;
  answer_days: number;
  replacement: string;
  updated_by: string;
  updated_at: Date;
}): SelectionTerms => ({
  ...camelRow(row),
  draftProgramme: row.draft_programme as PilotDraftProgramme,
  replacement: row.replacement as SelectionTerms['replacement'],
});

export const selectionTerms = (runner: SqlRunner, pilotId: string) =>
  runSqlOne(findTerms, { pilotId }, runner, toTerms);

export async function saveSelectionTerms(
  manager: EntityManager,
  terms: Omit<SelectionTerms, 'updatedAt'>,
): Promise<SelectionTerms> {
  const saved = await runSqlOne(
    saveOne,
    { ...terms, draftProgramme: JSON.stringify(terms.draftProgramme) },
    manager,
    toTerms,
  );
  return saved!;
}

export async function nextShortlistNumber(runner: SqlRunner, pilotId: string): Promise<number> {
  const row = await runSqlOne(nextShortlistSequence, { pilotId }, runner);
  return row?.next ?? 1;
}

/** Records a shortlist and its candidates once; a retry finds the shortlist of that number and answers it. */
export async function insertShortlist(
  manager: EntityManager,
  shortlist: {
    id: string;
    pilotId: string;
    sequence: number;
    workflowId: string;
    request: PilotRankingRequest;
    ranking: PilotRankingResult;
    takenBy: string;
  },
): Promise<{ shortlistId: string; fresh: boolean }> {
  const { pilotId, sequence, ranking } = shortlist;
  const inserted = await runSqlOne(
    insertList,
    {
      id: shortlist.id,
      pilotId,
      sequence,
      workflowId: shortlist.workflowId,
      request: JSON.stringify(shortlist.request),
      excluded: JSON.stringify(ranking.excluded),
      tradersConsidered: ranking.tradersConsidered,
      takenBy: shortlist.takenBy,
    },
    manager,
  );
  if (!inserted) {
    const existing = await runSqlOne(findShortlistBySequence, { pilotId, sequence }, manager);
    return { shortlistId: existing!.id, fresh: false };
  }
  for (const candidate of ranking.candidates)
    await runSql(
      insertShortlistCandidate,
      {
        shortlistId: inserted.id,
        rank: candidate.rank,
        taxpayerId: candidate.taxpayerId,
        score: candidate.score,
        shares: JSON.stringify(candidate.shares),
        totals: JSON.stringify(candidate.totals),
        aeoStatus: candidate.aeoStatus,
        reasons: JSON.stringify(candidate.reasons),
      },
      manager,
    );
  return { shortlistId: inserted.id, fresh: true };
}

export interface Shortlist {
  shortlistId: string;
  pilotId: string;
  sequence: number;
  workflowId: string;
  request: PilotRankingRequest;
  excluded: PilotRankingResult['excluded'];
  tradersConsidered: number;
  takenBy: string;
  takenAt: Date;
  candidates: (PilotRankingResult['candidates'][number] & { taxpayerId: string })[];
}

/** The pilot's shortlists, newest first, with their candidates in rank order. */
export async function shortlists(runner: SqlRunner, pilotId: string, limit: number): Promise<Shortlist[]> {
  const lists = await runSql(listLists, { pilotId, limit }, runner);
  if (lists.length === 0) return [];
  const candidates = await runSql(listShortlistCandidates, { shortlistIds: lists.map((list) => list.id) }, runner);
  return lists.map((list) => ({
    shortlistId: list.id,
    pilotId: list.pilot_id,
    sequence: list.sequence,
    workflowId: list.workflow_id,
    request: list.request as unknown as PilotRankingRequest,
    excluded: list.excluded as unknown as PilotRankingResult['excluded'],
    tradersConsidered: list.traders_considered,
    takenBy: list.taken_by,
    takenAt: list.taken_at,
    candidates: candidates
      .filter((candidate) => candidate.shortlist_id === list.id)
      .map((candidate) => ({
        rank: candidate.rank,
        taxpayerId: candidate.taxpayer_id,
        score: candidate.score,
        shares: candidate.shares as unknown as PilotRankingResult['candidates'][number]['shares'],
        totals: candidate.totals as unknown as PilotRankingResult['candidates'][number]['totals'],
        aeoStatus: candidate.aeo_status,
        reasons: candidate.reasons as unknown as string[],
      })),
  }));
}

/** Places taken: candidates chosen, invited or accepted. */
export async function occupiedPlaces(manager: EntityManager, pilotId: string): Promise<number> {
  return (await runSqlOne(countOccupiedPlaces, { pilotId }, manager))?.occupied ?? 0;
}

export async function insertParticipant(
  manager: EntityManager,
  participant: Pick<Participant, 'pilotId' | 'taxpayerId' | 'region' | 'operatorId' | 'shortlistId' | 'rank'> & {
    reason: string;
    chosenBy: string;
    replacing: string | null;
  },
): Promise<boolean> {
  return (await runSqlOne(insertOne, participant, manager)) !== undefined;
}

/** A declined or expired candidate whose replacement was chosen; false when it is in another stage. */
export async function markReplaced(
  manager: EntityManager,
  pilotId: string,
  taxpayerId: string,
  replacedBy: string,
): Promise<boolean> {
  return (await runSqlOne(markOne, { pilotId, taxpayerId, replacedBy }, manager)) !== undefined;
}

export const lockParticipant = (manager: EntityManager, pilotId: string, taxpayerId: string) =>
  runSqlOne(lockOne, { pilotId, taxpayerId }, manager, toParticipant);

/** Sets (or corrects) a participant's operator id in the applications service. */
export async function setOperatorOf(
  manager: EntityManager,
  participant: { pilotId: string; taxpayerId: string; operatorId: string },
): Promise<void> {
  await runSql(setParticipantOperator, participant, manager);
}

export async function participants(runner: SqlRunner, pilotId: string, region: string | null): Promise<Participant[]> {
  return (await runSql(listAll, { pilotId, region }, runner)).map(toParticipant);
}

/** Chosen candidates whose invitation has not been recorded yet (its workflow is to be started). */
export async function chosenNotInvited(runner: SqlRunner, pilotId: string | null) {
  return (await runSql(listChosenNotInvited, { pilotId }, runner)).map(camelRow);
}

/** The next candidate of the latest shortlist not yet chosen, in rank order. */
export const nextUnchosenCandidate = (runner: SqlRunner, pilotId: string) =>
  runSqlOne(nextCandidate, { pilotId }, runner, camelRow);

/**
 * Moves the participant to the step's stage only when it is at one of `fromStages`; false (nothing
 * changed) when it was moved meanwhile.
 */
export async function updateParticipant(
  manager: EntityManager,
  after: Pick<
    Participant,
    'pilotId' | 'taxpayerId' | 'stage' | 'operatorId' | 'answerDueAt' | 'answeredAt' | 'answeredBy' | 'reason'
  >,
  fromStages: readonly string[],
): Promise<boolean> {
  return (
    (await runSqlOne(updateParticipantAfterStep, { ...after, fromStages: [...fromStages] }, manager)) !== undefined
  );
}

/** The step recorded under the participant's record number, if one was. */
export const participantRecordAt = (manager: EntityManager, pilotId: string, taxpayerId: string, sequence: number) =>
  runSqlOne(findParticipantRecord, { pilotId, taxpayerId, sequence }, manager, (row) => ({
    step: row.step,
    to: row.to_stage,
  }));

export interface ParticipantRecord {
  sequence: number;
  step: string;
  from: string;
  to: string;
  details: Record<string, unknown>;
  by: string;
  at: Date;
}

/** Records a step under its number; undefined when the number was recorded already (a retried activity). */
export async function insertParticipantRecord(
  manager: EntityManager,
  record: Omit<ParticipantRecord, 'at'> & { pilotId: string; taxpayerId: string },
): Promise<Date | undefined> {
  const inserted = await runSqlOne(
    insertRecord,
    {
      pilotId: record.pilotId,
      taxpayerId: record.taxpayerId,
      sequence: record.sequence,
      step: record.step,
      fromStage: record.from,
      toStage: record.to,
      details: JSON.stringify(record.details),
      recordedBy: record.by,
    },
    manager,
  );
  return inserted?.recorded_at;
}

export async function participantRecords(
  runner: SqlRunner,
  pilotId: string,
  taxpayerId: string,
): Promise<ParticipantRecord[]> {
  return (await runSql(listParticipantRecords, { pilotId, taxpayerId }, runner)).map((row) => ({
    sequence: row.sequence,
    step: row.step,
    from: row.from_stage,
    to: row.to_stage,
    details: row.details as Record<string, unknown>,
    by: row.recorded_by,
    at: row.recorded_at,
  }));
}

/** The number of the participant's next record (after the workflow's, for a step taken once it has ended). */
export async function nextParticipantRecord(
  manager: EntityManager,
  pilotId: string,
  taxpayerId: string,
): Promise<number> {
  return (await runSqlOne(nextParticipantSequence, { pilotId, taxpayerId }, manager))?.next ?? 1;
}
