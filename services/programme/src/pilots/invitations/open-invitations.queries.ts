/** Types generated for queries found in "services/programme/src/pilots/invitations/open-invitations.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListPilotsToSweep' parameters type */
export interface IListPilotsToSweepParams {
  limit: number;
}

/** 'ListPilotsToSweep' return type */
export interface IListPilotsToSweepResult {
  cancel_reason: string | null;
  code: string;
  id: string;
  status: string;
}

/** 'ListPilotsToSweep' query type */
export interface IListPilotsToSweepQuery {
  params: IListPilotsToSweepParams;
  result: IListPilotsToSweepResult;
}

const listPilotsToSweepIR: any = {"usedParamSet":{"limit":true},"params":[{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":881,"b":887}]}],"statement":"-- Pilots over (cancelled, or ended and after) with a candidate still chosen or invited that is due:\n-- never told with pilotOver, or its back-off passed (a workflow running but not progressing is not\n-- signalled on every sweep). The least recently swept first, so that pilots that stay stuck go to\n-- the back of the line instead of filling every sweep's list.\nSELECT pl.id, pl.code, pl.status, pl.cancel_reason\nFROM pilots pl\nLEFT JOIN pilot_invitation_sweeps s ON s.pilot_id = pl.id\nWHERE pl.status IN ('cancelled', 'ended', 'reported', 'closed')\n  AND EXISTS (\n    SELECT 1\n    FROM pilot_participants p\n    LEFT JOIN pilot_over_signals o ON o.pilot_id = p.pilot_id AND o.taxpayer_id = p.taxpayer_id\n    WHERE p.pilot_id = pl.id AND p.stage IN ('chosen', 'invited') AND (o.next_at IS NULL OR o.next_at <= now())\n  )\nORDER BY s.swept_at NULLS FIRST, pl.updated_at, pl.id\nLIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- Pilots over (cancelled, or ended and after) with a candidate still chosen or invited that is due:
 * -- never told with pilotOver, or its back-off passed (a workflow running but not progressing is not
 * -- signalled on every sweep). The least recently swept first, so that pilots that stay stuck go to
 * -- the back of the line instead of filling every sweep's list.
 * SELECT pl.id, pl.code, pl.status, pl.cancel_reason
 * FROM pilots pl
 * LEFT JOIN pilot_invitation_sweeps s ON s.pilot_id = pl.id
 * WHERE pl.status IN ('cancelled', 'ended', 'reported', 'closed')
 *   AND EXISTS (
 *     SELECT 1
 *     FROM pilot_participants p
 *     LEFT JOIN pilot_over_signals o ON o.pilot_id = p.pilot_id AND o.taxpayer_id = p.taxpayer_id
 *     WHERE p.pilot_id = pl.id AND p.stage IN ('chosen', 'invited') AND (o.next_at IS NULL OR o.next_at <= now())
 *   )
 * ORDER BY s.swept_at NULLS FIRST, pl.updated_at, pl.id
 * LIMIT :limit!::int
 * ```
 */
export const listPilotsToSweep = new PreparedQuery<IListPilotsToSweepParams,IListPilotsToSweepResult>(listPilotsToSweepIR);


/** 'MarkPilotSwept' parameters type */
export interface IMarkPilotSweptParams {
  pilotId: string;
}

/** 'MarkPilotSwept' return type */
export type IMarkPilotSweptResult = void;

/** 'MarkPilotSwept' query type */
export interface IMarkPilotSweptQuery {
  params: IMarkPilotSweptParams;
  result: IMarkPilotSweptResult;
}

const markPilotSweptIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":73}]}],"statement":"INSERT INTO pilot_invitation_sweeps (pilot_id, swept_at)\nVALUES (:pilotId!, now())\nON CONFLICT (pilot_id) DO UPDATE SET swept_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_invitation_sweeps (pilot_id, swept_at)
 * VALUES (:pilotId!, now())
 * ON CONFLICT (pilot_id) DO UPDATE SET swept_at = now()
 * ```
 */
export const markPilotSwept = new PreparedQuery<IMarkPilotSweptParams,IMarkPilotSweptResult>(markPilotSweptIR);


/** 'ListOpenCandidatesDue' parameters type */
export interface IListOpenCandidatesDueParams {
  pilotId: string;
}

/** 'ListOpenCandidatesDue' return type */
export interface IListOpenCandidatesDueResult {
  stage: string;
  taxpayer_id: string;
}

/** 'ListOpenCandidatesDue' query type */
export interface IListOpenCandidatesDueQuery {
  params: IListOpenCandidatesDueParams;
  result: IListOpenCandidatesDueResult;
}

const listOpenCandidatesDueIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":283,"b":291}]}],"statement":"-- A pilot's candidates still chosen or invited whose pilotOver signal is due (never sent, or its back-off passed).\nSELECT p.taxpayer_id, p.stage\nFROM pilot_participants p\nLEFT JOIN pilot_over_signals o ON o.pilot_id = p.pilot_id AND o.taxpayer_id = p.taxpayer_id\nWHERE p.pilot_id = :pilotId! AND p.stage IN ('chosen', 'invited') AND (o.next_at IS NULL OR o.next_at <= now())\nORDER BY p.taxpayer_id"};

/**
 * Query generated from SQL:
 * ```
 * -- A pilot's candidates still chosen or invited whose pilotOver signal is due (never sent, or its back-off passed).
 * SELECT p.taxpayer_id, p.stage
 * FROM pilot_participants p
 * LEFT JOIN pilot_over_signals o ON o.pilot_id = p.pilot_id AND o.taxpayer_id = p.taxpayer_id
 * WHERE p.pilot_id = :pilotId! AND p.stage IN ('chosen', 'invited') AND (o.next_at IS NULL OR o.next_at <= now())
 * ORDER BY p.taxpayer_id
 * ```
 */
export const listOpenCandidatesDue = new PreparedQuery<IListOpenCandidatesDueParams,IListOpenCandidatesDueResult>(listOpenCandidatesDueIR);


/** 'RecordPilotOverSignal' parameters type */
export interface IRecordPilotOverSignalParams {
  baseSeconds: number;
  maxSeconds: number;
  pilotId: string;
  taxpayerId: string;
}

/** 'RecordPilotOverSignal' return type */
export interface IRecordPilotOverSignalResult {
  next_at: Date;
  signals: number;
}

/** 'RecordPilotOverSignal' query type */
export interface IRecordPilotOverSignalQuery {
  params: IRecordPilotOverSignalParams;
  result: IRecordPilotOverSignalResult;
}

const recordPilotOverSignalIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true,"baseSeconds":true,"maxSeconds":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":185,"b":193}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":196,"b":207}]},{"name":"baseSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":250,"b":262},{"a":442,"b":454}]},{"name":"maxSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":504,"b":515}]}],"statement":"-- After the n-th signal the next is due baseSeconds * 2^(n-1) later, at most maxSeconds.\nINSERT INTO pilot_over_signals (pilot_id, taxpayer_id, signals, signalled_at, next_at)\nVALUES (:pilotId!, :taxpayerId!, 1, now(), now() + make_interval(secs => :baseSeconds!::float8))\nON CONFLICT (pilot_id, taxpayer_id) DO UPDATE\nSET signals = pilot_over_signals.signals + 1,\n    signalled_at = now(),\n    next_at = now() + make_interval(secs => least(:baseSeconds!::float8 * power(2, pilot_over_signals.signals), :maxSeconds!::float8))\nRETURNING signals, next_at"};

/**
 * Query generated from SQL:
 * ```
 * -- After the n-th signal the next is due baseSeconds * 2^(n-1) later, at most maxSeconds.
 * INSERT INTO pilot_over_signals (pilot_id, taxpayer_id, signals, signalled_at, next_at)
 * VALUES (:pilotId!, :taxpayerId!, 1, now(), now() + make_interval(secs => :baseSeconds!::float8))
 * ON CONFLICT (pilot_id, taxpayer_id) DO UPDATE
 * SET signals = pilot_over_signals.signals + 1,
 *     signalled_at = now(),
 *     next_at = now() + make_interval(secs => least(:baseSeconds!::float8 * power(2, pilot_over_signals.signals), :maxSeconds!::float8))
 * RETURNING signals, next_at
 * ```
 */
export const recordPilotOverSignal = new PreparedQuery<IRecordPilotOverSignalParams,IRecordPilotOverSignalResult>(recordPilotOverSignalIR);


