/** Types generated for queries found in "libs/persistence/src/request-ledger.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'MarkRequestEffect' parameters type */
export interface IMarkRequestEffectParams {
  claim: string;
  key: string;
  principal: string;
  resource: string;
}

/** 'MarkRequestEffect' return type */
export type IMarkRequestEffectResult = void;

/** 'MarkRequestEffect' query type */
export interface IMarkRequestEffectQuery {
  params: IMarkRequestEffectParams;
  result: IMarkRequestEffectResult;
}

const markRequestEffectIR: any = {"usedParamSet":{"resource":true,"principal":true,"key":true,"claim":true},"params":[{"name":"resource","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":113}]},{"name":"principal","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":144}]},{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":156,"b":160}]},{"name":"claim","required":true,"transform":{"type":"scalar"},"locs":[{"a":174,"b":180}]}],"statement":"UPDATE idempotency_keys SET committed_at = COALESCE(committed_at, now()), resource = COALESCE(resource, :resource!)\nWHERE principal = :principal! AND key = :key! AND claim = :claim!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE idempotency_keys SET committed_at = COALESCE(committed_at, now()), resource = COALESCE(resource, :resource!)
 * WHERE principal = :principal! AND key = :key! AND claim = :claim!
 * ```
 */
export const markRequestEffect = new PreparedQuery<IMarkRequestEffectParams,IMarkRequestEffectResult>(markRequestEffectIR);


/** 'SetLedgerLockTimeout' parameters type */
export type ISetLedgerLockTimeoutParams = void;

/** 'SetLedgerLockTimeout' return type */
export type ISetLedgerLockTimeoutResult = void;

/** 'SetLedgerLockTimeout' query type */
export interface ISetLedgerLockTimeoutQuery {
  params: ISetLedgerLockTimeoutParams;
  result: ISetLedgerLockTimeoutResult;
}

const setLedgerLockTimeoutIR: any = {"usedParamSet":{},"params":[],"statement":"SET LOCAL lock_timeout = '5s'"};

/**
 * Query generated from SQL:
 * ```
 * SET LOCAL lock_timeout = '5s'
 * ```
 */
export const setLedgerLockTimeout = new PreparedQuery<ISetLedgerLockTimeoutParams,ISetLedgerLockTimeoutResult>(setLedgerLockTimeoutIR);


/** 'LockHumanStepSubject' parameters type */
export interface ILockHumanStepSubjectParams {
  lockKey: string;
}

/** 'LockHumanStepSubject' return type */
export interface ILockHumanStepSubjectResult {
  pg_advisory_xact_lock: undefined | null;
}

/** 'LockHumanStepSubject' query type */
export interface ILockHumanStepSubjectQuery {
  params: ILockHumanStepSubjectParams;
  result: ILockHumanStepSubjectResult;
}

const lockHumanStepSubjectIR: any = {"usedParamSet":{"lockKey":true},"params":[{"name":"lockKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":38,"b":46}]}],"statement":"SELECT pg_advisory_xact_lock(hashtext(:lockKey!))"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pg_advisory_xact_lock(hashtext(:lockKey!))
 * ```
 */
export const lockHumanStepSubject = new PreparedQuery<ILockHumanStepSubjectParams,ILockHumanStepSubjectResult>(lockHumanStepSubjectIR);


/** 'FindLatestHumanStep' parameters type */
export interface IFindLatestHumanStepParams {
  series?: string | null | void;
  step: string;
  subjectId: string;
  subjectType: string;
}

/** 'FindLatestHumanStep' return type */
export interface IFindLatestHumanStepResult {
  actor: string;
  answer: Json | null;
  applied_at: Date;
  request_hash: string;
  step: string;
  summary: string;
}

/** 'FindLatestHumanStep' query type */
export interface IFindLatestHumanStepQuery {
  params: IFindLatestHumanStepParams;
  result: IFindLatestHumanStepResult;
}

const findLatestHumanStepIR: any = {"usedParamSet":{"subjectType":true,"subjectId":true,"series":true,"step":true},"params":[{"name":"subjectType","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":112}]},{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":141}]},{"name":"series","required":false,"transform":{"type":"scalar"},"locs":[{"a":151,"b":157},{"a":205,"b":211}]},{"name":"step","required":true,"transform":{"type":"scalar"},"locs":[{"a":184,"b":189}]}],"statement":"SELECT step, request_hash, summary, actor, applied_at, answer FROM human_steps\nWHERE subject_type = :subjectType! AND subject_id = :subjectId!\n  AND ((:series::text IS NULL AND step = :step!) OR step LIKE :series::text || ':%')\nORDER BY applied_at DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT step, request_hash, summary, actor, applied_at, answer FROM human_steps
 * WHERE subject_type = :subjectType! AND subject_id = :subjectId!
 *   AND ((:series::text IS NULL AND step = :step!) OR step LIKE :series::text || ':%')
 * ORDER BY applied_at DESC LIMIT 1
 * ```
 */
export const findLatestHumanStep = new PreparedQuery<IFindLatestHumanStepParams,IFindLatestHumanStepResult>(findLatestHumanStepIR);


/** 'RecordHumanStep' parameters type */
export interface IRecordHumanStepParams {
  actor: string;
  answer?: Json | null | void;
  request: Json;
  requestHash: string;
  step: string;
  subjectId: string;
  subjectType: string;
  summary: string;
}

/** 'RecordHumanStep' return type */
export type IRecordHumanStepResult = void;

/** 'RecordHumanStep' query type */
export interface IRecordHumanStepQuery {
  params: IRecordHumanStepParams;
  result: IRecordHumanStepResult;
}

const recordHumanStepIR: any = {"usedParamSet":{"subjectType":true,"subjectId":true,"step":true,"requestHash":true,"request":true,"summary":true,"actor":true,"answer":true},"params":[{"name":"subjectType","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":124}]},{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":137}]},{"name":"step","required":true,"transform":{"type":"scalar"},"locs":[{"a":140,"b":145}]},{"name":"requestHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":148,"b":160}]},{"name":"request","required":true,"transform":{"type":"scalar"},"locs":[{"a":163,"b":171}]},{"name":"summary","required":true,"transform":{"type":"scalar"},"locs":[{"a":174,"b":182}]},{"name":"actor","required":true,"transform":{"type":"scalar"},"locs":[{"a":185,"b":191}]},{"name":"answer","required":false,"transform":{"type":"scalar"},"locs":[{"a":194,"b":200}]}],"statement":"INSERT INTO human_steps (subject_type, subject_id, step, request_hash, request, summary, actor, answer)\nVALUES (:subjectType!, :subjectId!, :step!, :requestHash!, :request!, :summary!, :actor!, :answer)\nON CONFLICT (subject_type, subject_id, step) DO UPDATE\n  SET request_hash = EXCLUDED.request_hash, request = EXCLUDED.request, summary = EXCLUDED.summary, actor = EXCLUDED.actor, applied_at = now(), answer = EXCLUDED.answer"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO human_steps (subject_type, subject_id, step, request_hash, request, summary, actor, answer)
 * VALUES (:subjectType!, :subjectId!, :step!, :requestHash!, :request!, :summary!, :actor!, :answer)
 * ON CONFLICT (subject_type, subject_id, step) DO UPDATE
 *   SET request_hash = EXCLUDED.request_hash, request = EXCLUDED.request, summary = EXCLUDED.summary, actor = EXCLUDED.actor, applied_at = now(), answer = EXCLUDED.answer
 * ```
 */
export const recordHumanStep = new PreparedQuery<IRecordHumanStepParams,IRecordHumanStepResult>(recordHumanStepIR);


/** 'LockHumanStepLedger' parameters type */
export interface ILockHumanStepLedgerParams {
  claimStep: string;
  leaseSeconds: number;
  series?: string | null | void;
  subjectId: string;
  subjectType: string;
}

/** 'LockHumanStepLedger' return type */
export interface ILockHumanStepLedgerResult {
  actor: string;
  answer: Json | null;
  applied_at: Date;
  expired: boolean | null;
  request_hash: string;
  state: string;
  step: string;
  summary: string;
}

/** 'LockHumanStepLedger' query type */
export interface ILockHumanStepLedgerQuery {
  params: ILockHumanStepLedgerParams;
  result: ILockHumanStepLedgerResult;
}

const lockHumanStepLedgerIR: any = {"usedParamSet":{"leaseSeconds":true,"subjectType":true,"subjectId":true,"claimStep":true,"series":true},"params":[{"name":"leaseSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":105,"b":118}]},{"name":"subjectType","required":true,"transform":{"type":"scalar"},"locs":[{"a":179,"b":191}]},{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":210,"b":220}]},{"name":"claimStep","required":true,"transform":{"type":"scalar"},"locs":[{"a":234,"b":244}]},{"name":"series","required":false,"transform":{"type":"scalar"},"locs":[{"a":259,"b":265}]}],"statement":"SELECT step, state, request_hash, summary, actor, applied_at, answer, claimed_at + make_interval(secs => :leaseSeconds!) <= now() AS expired FROM human_steps\nWHERE subject_type = :subjectType! AND subject_id = :subjectId! AND (step = :claimStep! OR step LIKE :series::text || ':%')\nORDER BY applied_at DESC FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT step, state, request_hash, summary, actor, applied_at, answer, claimed_at + make_interval(secs => :leaseSeconds!) <= now() AS expired FROM human_steps
 * WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND (step = :claimStep! OR step LIKE :series::text || ':%')
 * ORDER BY applied_at DESC FOR UPDATE
 * ```
 */
export const lockHumanStepLedger = new PreparedQuery<ILockHumanStepLedgerParams,ILockHumanStepLedgerResult>(lockHumanStepLedgerIR);


/** 'HumanStepPosition' parameters type */
export interface IHumanStepPositionParams {
  series?: string | null | void;
  subjectId: string;
  subjectType: string;
}

/** 'HumanStepPosition' return type */
export interface IHumanStepPositionResult {
  done: number;
  latest: Date | null;
}

/** 'HumanStepPosition' query type */
export interface IHumanStepPositionQuery {
  params: IHumanStepPositionParams;
  result: IHumanStepPositionResult;
}

const humanStepPositionIR: any = {"usedParamSet":{"subjectType":true,"subjectId":true,"series":true},"params":[{"name":"subjectType","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":109}]},{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":138}]},{"name":"series","required":false,"transform":{"type":"scalar"},"locs":[{"a":166,"b":172},{"a":201,"b":207}]}],"statement":"SELECT count(*)::int AS \"done!\", max(applied_at) AS latest FROM human_steps\nWHERE subject_type = :subjectType! AND subject_id = :subjectId! AND state = 'done'\n  AND (:series::text IS NULL OR step LIKE :series::text || ':%')"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "done!", max(applied_at) AS latest FROM human_steps
 * WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND state = 'done'
 *   AND (:series::text IS NULL OR step LIKE :series::text || ':%')
 * ```
 */
export const humanStepPosition = new PreparedQuery<IHumanStepPositionParams,IHumanStepPositionResult>(humanStepPositionIR);


/** 'ClaimHumanStep' parameters type */
export interface IClaimHumanStepParams {
  actor: string;
  claimStep: string;
  request: Json;
  requestHash: string;
  subjectId: string;
  subjectType: string;
  summary: string;
}

/** 'ClaimHumanStep' return type */
export type IClaimHumanStepResult = void;

/** 'ClaimHumanStep' query type */
export interface IClaimHumanStepQuery {
  params: IClaimHumanStepParams;
  result: IClaimHumanStepResult;
}

const claimHumanStepIR: any = {"usedParamSet":{"subjectType":true,"subjectId":true,"claimStep":true,"requestHash":true,"request":true,"summary":true,"actor":true},"params":[{"name":"subjectType","required":true,"transform":{"type":"scalar"},"locs":[{"a":123,"b":135}]},{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":148}]},{"name":"claimStep","required":true,"transform":{"type":"scalar"},"locs":[{"a":151,"b":161}]},{"name":"requestHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":175,"b":187}]},{"name":"request","required":true,"transform":{"type":"scalar"},"locs":[{"a":190,"b":198}]},{"name":"summary","required":true,"transform":{"type":"scalar"},"locs":[{"a":201,"b":209}]},{"name":"actor","required":true,"transform":{"type":"scalar"},"locs":[{"a":212,"b":218}]}],"statement":"INSERT INTO human_steps (subject_type, subject_id, step, state, request_hash, request, summary, actor, claimed_at)\nVALUES (:subjectType!, :subjectId!, :claimStep!, 'pending', :requestHash!, :request!, :summary!, :actor!, now())\nON CONFLICT (subject_type, subject_id, step) DO UPDATE\n  SET state = 'pending', request_hash = EXCLUDED.request_hash, request = EXCLUDED.request, summary = EXCLUDED.summary, actor = EXCLUDED.actor, applied_at = now(), claimed_at = now(), answer = NULL"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO human_steps (subject_type, subject_id, step, state, request_hash, request, summary, actor, claimed_at)
 * VALUES (:subjectType!, :subjectId!, :claimStep!, 'pending', :requestHash!, :request!, :summary!, :actor!, now())
 * ON CONFLICT (subject_type, subject_id, step) DO UPDATE
 *   SET state = 'pending', request_hash = EXCLUDED.request_hash, request = EXCLUDED.request, summary = EXCLUDED.summary, actor = EXCLUDED.actor, applied_at = now(), claimed_at = now(), answer = NULL
 * ```
 */
export const claimHumanStep = new PreparedQuery<IClaimHumanStepParams,IClaimHumanStepResult>(claimHumanStepIR);


/** 'DropHumanStepClaim' parameters type */
export interface IDropHumanStepClaimParams {
  claimStep: string;
  requestHash: string;
  subjectId: string;
  subjectType: string;
}

/** 'DropHumanStepClaim' return type */
export type IDropHumanStepClaimResult = void;

/** 'DropHumanStepClaim' query type */
export interface IDropHumanStepClaimQuery {
  params: IDropHumanStepClaimParams;
  result: IDropHumanStepClaimResult;
}

const dropHumanStepClaimIR: any = {"usedParamSet":{"subjectType":true,"subjectId":true,"claimStep":true,"requestHash":true},"params":[{"name":"subjectType","required":true,"transform":{"type":"scalar"},"locs":[{"a":45,"b":57}]},{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":86}]},{"name":"claimStep","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":109}]},{"name":"requestHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":152,"b":164}]}],"statement":"DELETE FROM human_steps WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND step = :claimStep! AND state = 'pending' AND request_hash = :requestHash!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM human_steps WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND step = :claimStep! AND state = 'pending' AND request_hash = :requestHash!
 * ```
 */
export const dropHumanStepClaim = new PreparedQuery<IDropHumanStepClaimParams,IDropHumanStepClaimResult>(dropHumanStepClaimIR);


/** 'FinishHumanStep' parameters type */
export interface IFinishHumanStepParams {
  answer?: Json | null | void;
  claimStep: string;
  requestHash: string;
  subjectId: string;
  subjectType: string;
}

/** 'FinishHumanStep' return type */
export type IFinishHumanStepResult = void;

/** 'FinishHumanStep' query type */
export interface IFinishHumanStepQuery {
  params: IFinishHumanStepParams;
  result: IFinishHumanStepResult;
}

const finishHumanStepIR: any = {"usedParamSet":{"answer":true,"subjectType":true,"subjectId":true,"claimStep":true,"requestHash":true},"params":[{"name":"answer","required":false,"transform":{"type":"scalar"},"locs":[{"a":68,"b":74}]},{"name":"subjectType","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":109}]},{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":138}]},{"name":"claimStep","required":true,"transform":{"type":"scalar"},"locs":[{"a":151,"b":161}]},{"name":"requestHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":204,"b":216}]}],"statement":"UPDATE human_steps SET state = 'done', applied_at = now(), answer = :answer\nWHERE subject_type = :subjectType! AND subject_id = :subjectId! AND step = :claimStep! AND state = 'pending' AND request_hash = :requestHash!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE human_steps SET state = 'done', applied_at = now(), answer = :answer
 * WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND step = :claimStep! AND state = 'pending' AND request_hash = :requestHash!
 * ```
 */
export const finishHumanStep = new PreparedQuery<IFinishHumanStepParams,IFinishHumanStepResult>(finishHumanStepIR);


/** 'FinishHumanStepOfSeries' parameters type */
export interface IFinishHumanStepOfSeriesParams {
  answer?: Json | null | void;
  claimStep: string;
  requestHash: string;
  step: string;
  subjectId: string;
  subjectType: string;
}

/** 'FinishHumanStepOfSeries' return type */
export type IFinishHumanStepOfSeriesResult = void;

/** 'FinishHumanStepOfSeries' query type */
export interface IFinishHumanStepOfSeriesQuery {
  params: IFinishHumanStepOfSeriesParams;
  result: IFinishHumanStepOfSeriesResult;
}

const finishHumanStepOfSeriesIR: any = {"usedParamSet":{"subjectType":true,"subjectId":true,"claimStep":true,"requestHash":true,"step":true,"answer":true},"params":[{"name":"subjectType","required":true,"transform":{"type":"scalar"},"locs":[{"a":63,"b":75}]},{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":94,"b":104}]},{"name":"claimStep","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":127}]},{"name":"requestHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":182}]},{"name":"step","required":true,"transform":{"type":"scalar"},"locs":[{"a":342,"b":347}]},{"name":"answer","required":false,"transform":{"type":"scalar"},"locs":[{"a":397,"b":403}]}],"statement":"WITH claim AS (\n  DELETE FROM human_steps WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND step = :claimStep! AND state = 'pending' AND request_hash = :requestHash! RETURNING *\n)\nINSERT INTO human_steps (subject_type, subject_id, step, state, request_hash, request, summary, actor, answer)\nSELECT subject_type, subject_id, :step!, 'done', request_hash, request, summary, actor, :answer FROM claim"};

/**
 * Query generated from SQL:
 * ```
 * WITH claim AS (
 *   DELETE FROM human_steps WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND step = :claimStep! AND state = 'pending' AND request_hash = :requestHash! RETURNING *
 * )
 * INSERT INTO human_steps (subject_type, subject_id, step, state, request_hash, request, summary, actor, answer)
 * SELECT subject_type, subject_id, :step!, 'done', request_hash, request, summary, actor, :answer FROM claim
 * ```
 */
export const finishHumanStepOfSeries = new PreparedQuery<IFinishHumanStepOfSeriesParams,IFinishHumanStepOfSeriesResult>(finishHumanStepOfSeriesIR);


/** 'VoidHumanStep' parameters type */
export interface IVoidHumanStepParams {
  step: string;
  subjectId: string;
  subjectType: string;
}

/** 'VoidHumanStep' return type */
export type IVoidHumanStepResult = void;

/** 'VoidHumanStep' query type */
export interface IVoidHumanStepQuery {
  params: IVoidHumanStepParams;
  result: IVoidHumanStepResult;
}

const voidHumanStepIR: any = {"usedParamSet":{"subjectType":true,"subjectId":true,"step":true},"params":[{"name":"subjectType","required":true,"transform":{"type":"scalar"},"locs":[{"a":45,"b":57}]},{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":86}]},{"name":"step","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":104}]}],"statement":"DELETE FROM human_steps WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND step = :step!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM human_steps WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND step = :step!
 * ```
 */
export const voidHumanStep = new PreparedQuery<IVoidHumanStepParams,IVoidHumanStepResult>(voidHumanStepIR);


