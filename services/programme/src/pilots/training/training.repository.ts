import { z } from 'zod';
import { PILOT_TRAINING_AUDIENCES } from '@aeo/contracts';
import { camelRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import {
  attendedTopics,
  countTrainedParticipants,
  findCompletion,
  findSession,
  insertCompletion,
  insertMaterial,
  insertRegistration,
  insertSession,
  type IListSessionsResult,
  listMaterials,
  listRegistrations,
  listSessions,
  lockSession,
  markAttendanceRecorded,
  recordAttendance,
  requiredTopics,
} from './training.queries';

export type TrainingAudience = (typeof PILOT_TRAINING_AUDIENCES)[number];

/** A training session of a pilot, with how many are registered for it. */
export interface TrainingSession {
  id: string;
  pilotId: string;
  topic: string;
  /** A required topic counts towards a company's training milestone. */
  required: boolean;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  link: string | null;
  audience: TrainingAudience;
  capacity: number;
  registered: number;
  createdBy: string;
  createdAt: Date;
  /** When attendance was last recorded (null before). */
  attendanceRecordedAt: Date | null;
}

/** A company's staff member (taxpayerId, region) or a customs staff member (staffSub) on a session. */
export interface TrainingRegistration {
  id: string;
  sessionId: string;
  taxpayerId: string | null;
  region: string | null;
  staffSub: string | null;
  personName: string;
  personRole: string;
  registeredBy: string;
  registeredAt: Date;
  /** Null until attendance is recorded. */
  attended: boolean | null;
  attendanceBy: string | null;
  attendanceAt: Date | null;
}

export interface TrainingMaterial {
  id: string;
  sessionId: string;
  title: string;
  link: string | null;
  documentRef: string | null;
  addedBy: string;
  addedAt: Date;
}

const toSession = (row: IListSessionsResult): TrainingSession => ({
  ...camelRow(row),
  audience: z.enum(PILOT_TRAINING_AUDIENCES).parse(row.audience),
  registered: row.registered ?? 0,
});

export async function addSession(
  runner: SqlRunner,
  session: Omit<TrainingSession, 'registered' | 'createdAt' | 'attendanceRecordedAt'>,
): Promise<TrainingSession> {
  return (await runSqlOne(insertSession, session, runner, toSession))!;
}

export async function sessionsOf(runner: SqlRunner, pilotId: string, audience?: TrainingAudience) {
  return (await runSql(listSessions, { pilotId, audience: audience ?? null }, runner)).map(toSession);
}

export function sessionOf(runner: SqlRunner, pilotId: string, sessionId: string) {
  return runSqlOne(findSession, { pilotId, sessionId }, runner, toSession);
}

/** Locks the session's row to the end of the caller's transaction (registrations count against its capacity). */
export async function lockSessionRow(runner: SqlRunner, sessionId: string): Promise<void> {
  await runSql(lockSession, { sessionId }, runner);
}

/** Adds a registration; undefined when the person is registered for the session already. */
export function addRegistration(
  runner: SqlRunner,
  registration: Omit<TrainingRegistration, 'registeredAt' | 'attended' | 'attendanceBy' | 'attendanceAt'>,
): Promise<TrainingRegistration | undefined> {
  return runSqlOne(insertRegistration, registration, runner, camelRow);
}

export async function registrationsOf(runner: SqlRunner, sessionId: string): Promise<TrainingRegistration[]> {
  return (await runSql(listRegistrations, { sessionId }, runner)).map(camelRow);
}

/** Records whether the registrations `ids` of the session attended, and when attendance was recorded. */
export async function setAttendance(
  runner: SqlRunner,
  sessionId: string,
  by: string,
  attendance: { ids: string[]; attended: boolean },
): Promise<void> {
  if (attendance.ids.length > 0) await runSql(recordAttendance, { sessionId, by, ...attendance }, runner);
  await runSql(markAttendanceRecorded, { sessionId }, runner);
}

export function addMaterial(runner: SqlRunner, material: Omit<TrainingMaterial, 'addedAt'>): Promise<TrainingMaterial> {
  return runSqlOne(insertMaterial, material, runner, camelRow) as Promise<TrainingMaterial>;
}

export async function materialsOf(runner: SqlRunner, sessionId: string): Promise<TrainingMaterial[]> {
  return (await runSql(listMaterials, { sessionId }, runner)).map(camelRow);
}

/** The required topics of the pilot's company-staff sessions, and those the company's staff attended. */
export async function topicsOf(runner: SqlRunner, pilotId: string, taxpayerId: string) {
  const required = (await runSql(requiredTopics, { pilotId }, runner)).map((row) => row.topic);
  const attended = (await runSql(attendedTopics, { pilotId, taxpayerId }, runner)).map((row) => row.topic);
  return { required, attended };
}

/** Records that the company completed its training; undefined when it had already. */
export function addCompletion(runner: SqlRunner, pilotId: string, taxpayerId: string, topics: string[]) {
  return runSqlOne(insertCompletion, { pilotId, taxpayerId, topics }, runner, camelRow);
}

export function completionOf(runner: SqlRunner, pilotId: string, taxpayerId: string) {
  return runSqlOne(findCompletion, { pilotId, taxpayerId }, runner, camelRow);
}

/** How many companies accepted to take part in the pilot, and how many of them completed their training. */
export async function trainedParticipants(runner: SqlRunner, pilotId: string) {
  const row = await runSqlOne(countTrainedParticipants, { pilotId }, runner);
  return { accepted: row?.accepted ?? 0, trained: row?.trained ?? 0 };
}
