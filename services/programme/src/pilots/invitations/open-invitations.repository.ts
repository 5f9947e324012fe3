import { camelRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import {
  listOpenCandidatesDue,
  listPilotsToSweep,
  markPilotSwept,
  recordPilotOverSignal,
} from './open-invitations.queries';

/**
 * When a candidate's invitation workflow may be sent `pilotOver` again: PILOT_OVER_RESIGNAL.baseSeconds
 * after the first signal, twice as long after each next one, at most maxSeconds (a day). A signal
 * taken while the invitation was still being sent is dropped by the workflow, so one more is
 * needed; a workflow running but not progressing (its worker down) keeps every signal, and is not
 * sent one on every sweep.
 */
export const PILOT_OVER_RESIGNAL = { baseSeconds: 300, maxSeconds: 86_400 } as const;

/** Pilots over with a candidate still chosen or invited whose signal is due, the least recently swept first. */
export async function pilotsToSweep(runner: SqlRunner, limit: number) {
  return (await runSql(listPilotsToSweep, { limit }, runner)).map(camelRow);
}

/** The sweep took the pilot up now (it goes to the back of the next sweeps' line). */
export async function markSwept(runner: SqlRunner, pilotId: string): Promise<void> {
  await runSql(markPilotSwept, { pilotId }, runner);
}

/** The pilot's candidates still chosen or invited whose `pilotOver` signal is due. */
export async function openCandidatesDue(runner: SqlRunner, pilotId: string) {
  return (await runSql(listOpenCandidatesDue, { pilotId }, runner)).map(camelRow);
}

/** Records a `pilotOver` signal sent to the candidate's invitation workflow: when the next is due. */
export const recordPilotOverSignalSent = (runner: SqlRunner, pilotId: string, taxpayerId: string) =>
  runSqlOne(recordPilotOverSignal, { pilotId, taxpayerId, ...PILOT_OVER_RESIGNAL }, runner, camelRow);
