/** Types generated for queries found in "libs/messaging/src/outbox/outbox-relay.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'ClaimOutboxBatch' parameters type */
export interface IClaimOutboxBatchParams {
  limit: number;
  lockSpace: number;
  maxAttempts: number;
}

/** 'ClaimOutboxBatch' return type */
export interface IClaimOutboxBatchResult {
  aggregateid: string;
  correlation_id: string | null;
  created_at: Date;
  id: string;
  payload: string;
  seq: string;
  source: string;
  subject: string;
  topic: string;
  type: string;
}

/** 'ClaimOutboxBatch' query type */
export interface IClaimOutboxBatchQuery {
  params: IClaimOutboxBatchParams;
  result: IClaimOutboxBatchResult;
}

const claimOutboxBatchIR: any = {"usedParamSet":{"maxAttempts":true,"lockSpace":true,"limit":true},"params":[{"name":"maxAttempts","required":true,"transform":{"type":"scalar"},"locs":[{"a":167,"b":179}]},{"name":"lockSpace","required":true,"transform":{"type":"scalar"},"locs":[{"a":214,"b":224}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":276,"b":282}]}],"statement":"SELECT seq, id, aggregateid, type, topic, subject, source, payload::text AS \"payload!\", correlation_id, created_at\n  FROM outbox\n WHERE sent_at IS NULL AND attempts < :maxAttempts!\n   AND pg_try_advisory_xact_lock(:lockSpace!::int, hashtext(aggregateid))\n ORDER BY seq\n LIMIT :limit!::int\n   FOR UPDATE SKIP LOCKED"};

/**
 * Query generated from SQL:
 * ```
 * SELECT seq, id, aggregateid, type, topic, subject, source, payload::text AS "payload!", correlation_id, created_at
 *   FROM outbox
 *  WHERE sent_at IS NULL AND attempts < :maxAttempts!
 *    AND pg_try_advisory_xact_lock(:lockSpace!::int, hashtext(aggregateid))
 *  ORDER BY seq
 *  LIMIT :limit!::int
 *    FOR UPDATE SKIP LOCKED
 * ```
 */
export const claimOutboxBatch = new PreparedQuery<IClaimOutboxBatchParams,IClaimOutboxBatchResult>(claimOutboxBatchIR);


/** 'FindOutboxBlockers' parameters type */
export interface IFindOutboxBlockersParams {
  aggregateIds: stringArray;
  claimedIds: stringArray;
}

/** 'FindOutboxBlockers' return type */
export interface IFindOutboxBlockersResult {
  aggregateid: string;
  first: string;
}

/** 'FindOutboxBlockers' query type */
export interface IFindOutboxBlockersQuery {
  params: IFindOutboxBlockersParams;
  result: IFindOutboxBlockersResult;
}

const findOutboxBlockersIR: any = {"usedParamSet":{"aggregateIds":true,"claimedIds":true},"params":[{"name":"aggregateIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":117}]},{"name":"claimedIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":153}]}],"statement":"SELECT aggregateid, min(seq)::text AS \"first!\" FROM outbox\n WHERE sent_at IS NULL AND aggregateid = ANY(:aggregateIds!::text[]) AND id <> ALL(:claimedIds!::uuid[])\n GROUP BY aggregateid"};

/**
 * Query generated from SQL:
 * ```
 * SELECT aggregateid, min(seq)::text AS "first!" FROM outbox
 *  WHERE sent_at IS NULL AND aggregateid = ANY(:aggregateIds!::text[]) AND id <> ALL(:claimedIds!::uuid[])
 *  GROUP BY aggregateid
 * ```
 */
export const findOutboxBlockers = new PreparedQuery<IFindOutboxBlockersParams,IFindOutboxBlockersResult>(findOutboxBlockersIR);


/** 'SetRelayCommitAsynchronous' parameters type */
export type ISetRelayCommitAsynchronousParams = void;

/** 'SetRelayCommitAsynchronous' return type */
export type ISetRelayCommitAsynchronousResult = void;

/** 'SetRelayCommitAsynchronous' query type */
export interface ISetRelayCommitAsynchronousQuery {
  params: ISetRelayCommitAsynchronousParams;
  result: ISetRelayCommitAsynchronousResult;
}

const setRelayCommitAsynchronousIR: any = {"usedParamSet":{},"params":[],"statement":"SET LOCAL synchronous_commit = off"};

/**
 * Query generated from SQL:
 * ```
 * SET LOCAL synchronous_commit = off
 * ```
 */
export const setRelayCommitAsynchronous = new PreparedQuery<ISetRelayCommitAsynchronousParams,ISetRelayCommitAsynchronousResult>(setRelayCommitAsynchronousIR);


/** 'MarkOutboxSent' parameters type */
export interface IMarkOutboxSentParams {
  ids: stringArray;
}

/** 'MarkOutboxSent' return type */
export type IMarkOutboxSentResult = void;

/** 'MarkOutboxSent' query type */
export interface IMarkOutboxSentQuery {
  params: IMarkOutboxSentParams;
  result: IMarkOutboxSentResult;
}

const markOutboxSentIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":97}]}],"statement":"UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY(:ids!::uuid[])"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY(:ids!::uuid[])
 * ```
 */
export const markOutboxSent = new PreparedQuery<IMarkOutboxSentParams,IMarkOutboxSentResult>(markOutboxSentIR);


/** 'CountPendingOutbox' parameters type */
export type ICountPendingOutboxParams = void;

/** 'CountPendingOutbox' return type */
export interface ICountPendingOutboxResult {
  count: number;
}

/** 'CountPendingOutbox' query type */
export interface ICountPendingOutboxQuery {
  params: ICountPendingOutboxParams;
  result: ICountPendingOutboxResult;
}

const countPendingOutboxIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT count(*)::int AS \"count!\" FROM outbox WHERE sent_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "count!" FROM outbox WHERE sent_at IS NULL
 * ```
 */
export const countPendingOutbox = new PreparedQuery<ICountPendingOutboxParams,ICountPendingOutboxResult>(countPendingOutboxIR);


/** 'RecordOutboxFailure' parameters type */
export interface IRecordOutboxFailureParams {
  ids: stringArray;
  lastError: string;
}

/** 'RecordOutboxFailure' return type */
export interface IRecordOutboxFailureResult {
  aggregateid: string;
  attempts: number;
  id: string;
  type: string;
}

/** 'RecordOutboxFailure' query type */
export interface IRecordOutboxFailureQuery {
  params: IRecordOutboxFailureParams;
  result: IRecordOutboxFailureResult;
}

const recordOutboxFailureIR: any = {"usedParamSet":{"lastError":true,"ids":true},"params":[{"name":"lastError","required":true,"transform":{"type":"scalar"},"locs":[{"a":56,"b":66}]},{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":87}]}],"statement":"UPDATE outbox SET attempts = attempts + 1, last_error = :lastError! WHERE id = ANY(:ids!::uuid[]) RETURNING id, aggregateid, type, attempts"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE outbox SET attempts = attempts + 1, last_error = :lastError! WHERE id = ANY(:ids!::uuid[]) RETURNING id, aggregateid, type, attempts
 * ```
 */
export const recordOutboxFailure = new PreparedQuery<IRecordOutboxFailureParams,IRecordOutboxFailureResult>(recordOutboxFailureIR);


/** 'DeleteSentOutbox' parameters type */
export interface IDeleteSentOutboxParams {
  retentionMs: string;
}

/** 'DeleteSentOutbox' return type */
export type IDeleteSentOutboxResult = void;

/** 'DeleteSentOutbox' query type */
export interface IDeleteSentOutboxQuery {
  params: IDeleteSentOutboxParams;
  result: IDeleteSentOutboxResult;
}

const deleteSentOutboxIR: any = {"usedParamSet":{"retentionMs":true},"params":[{"name":"retentionMs","required":true,"transform":{"type":"scalar"},"locs":[{"a":44,"b":56}]}],"statement":"DELETE FROM outbox WHERE sent_at < now() - (:retentionMs!::bigint * interval '1 millisecond')"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM outbox WHERE sent_at < now() - (:retentionMs!::bigint * interval '1 millisecond')
 * ```
 */
export const deleteSentOutbox = new PreparedQuery<IDeleteSentOutboxParams,IDeleteSentOutboxResult>(deleteSentOutboxIR);


/** 'ParkOutboxEvent' parameters type */
export interface IParkOutboxEventParams {
  id: string;
  lastError: string;
  maxAttempts: number;
}

/** 'ParkOutboxEvent' return type */
export interface IParkOutboxEventResult {
  aggregateid: string;
  id: string;
  type: string;
}

/** 'ParkOutboxEvent' query type */
export interface IParkOutboxEventQuery {
  params: IParkOutboxEventParams;
  result: IParkOutboxEventResult;
}

const parkOutboxEventIR: any = {"usedParamSet":{"maxAttempts":true,"lastError":true,"id":true},"params":[{"name":"maxAttempts","required":true,"transform":{"type":"scalar"},"locs":[{"a":48,"b":60}]},{"name":"lastError","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":92}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":105,"b":108}]}],"statement":"UPDATE outbox SET attempts = GREATEST(attempts, :maxAttempts!::int), last_error = :lastError! WHERE id = :id!::uuid RETURNING id, aggregateid, type"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE outbox SET attempts = GREATEST(attempts, :maxAttempts!::int), last_error = :lastError! WHERE id = :id!::uuid RETURNING id, aggregateid, type
 * ```
 */
export const parkOutboxEvent = new PreparedQuery<IParkOutboxEventParams,IParkOutboxEventResult>(parkOutboxEventIR);


