/** Types generated for queries found in "libs/service-kit/src/testing/request-ledgers.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'InsertExpiredIdempotencyKeys' parameters type */
export interface IInsertExpiredIdempotencyKeysParams {
  count: number;
}

/** 'InsertExpiredIdempotencyKeys' return type */
export type IInsertExpiredIdempotencyKeysResult = void;

/** 'InsertExpiredIdempotencyKeys' query type */
export interface IInsertExpiredIdempotencyKeysQuery {
  params: IInsertExpiredIdempotencyKeysParams;
  result: IInsertExpiredIdempotencyKeysResult;
}

const insertExpiredIdempotencyKeysIR: any = {"usedParamSet":{"count":true},"params":[{"name":"count","required":true,"transform":{"type":"scalar"},"locs":[{"a":203,"b":209}]}],"statement":"INSERT INTO idempotency_keys (principal, key, request_hash, method, path, claim, expires_at)\nSELECT 'p', 'k' || i, 'h', 'POST', '/x', gen_random_uuid(), now() - interval '1 hour' FROM generate_series(1, :count!::int) i"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO idempotency_keys (principal, key, request_hash, method, path, claim, expires_at)
 * SELECT 'p', 'k' || i, 'h', 'POST', '/x', gen_random_uuid(), now() - interval '1 hour' FROM generate_series(1, :count!::int) i
 * ```
 */
export const insertExpiredIdempotencyKeys = new PreparedQuery<IInsertExpiredIdempotencyKeysParams,IInsertExpiredIdempotencyKeysResult>(insertExpiredIdempotencyKeysIR);


/** 'InsertIdempotencyKey' parameters type */
export interface IInsertIdempotencyKeyParams {
  key: string;
}

/** 'InsertIdempotencyKey' return type */
export type IInsertIdempotencyKeyResult = void;

/** 'InsertIdempotencyKey' query type */
export interface IInsertIdempotencyKeyQuery {
  params: IInsertIdempotencyKeyParams;
  result: IInsertIdempotencyKeyResult;
}

const insertIdempotencyKeyIR: any = {"usedParamSet":{"key":true},"params":[{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":106,"b":110}]}],"statement":"INSERT INTO idempotency_keys (principal, key, request_hash, method, path, claim, expires_at)\nVALUES ('p', :key!, 'h', 'POST', '/x', gen_random_uuid(), now() + interval '1 day')"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO idempotency_keys (principal, key, request_hash, method, path, claim, expires_at)
 * VALUES ('p', :key!, 'h', 'POST', '/x', gen_random_uuid(), now() + interval '1 day')
 * ```
 */
export const insertIdempotencyKey = new PreparedQuery<IInsertIdempotencyKeyParams,IInsertIdempotencyKeyResult>(insertIdempotencyKeyIR);


/** 'FindIdempotencyKeys' parameters type */
export type IFindIdempotencyKeysParams = void;

/** 'FindIdempotencyKeys' return type */
export interface IFindIdempotencyKeysResult {
  expires_at: Date;
  key: string;
  principal: string;
  response_status: number | null;
}

/** 'FindIdempotencyKeys' query type */
export interface IFindIdempotencyKeysQuery {
  params: IFindIdempotencyKeysParams;
  result: IFindIdempotencyKeysResult;
}

const findIdempotencyKeysIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT principal, key, expires_at, response_status FROM idempotency_keys ORDER BY key"};

/**
 * Query generated from SQL:
 * ```
 * SELECT principal, key, expires_at, response_status FROM idempotency_keys ORDER BY key
 * ```
 */
export const findIdempotencyKeys = new PreparedQuery<IFindIdempotencyKeysParams,IFindIdempotencyKeysResult>(findIdempotencyKeysIR);


/** 'ExpireIdempotencyKey' parameters type */
export interface IExpireIdempotencyKeyParams {
  key: string;
}

/** 'ExpireIdempotencyKey' return type */
export type IExpireIdempotencyKeyResult = void;

/** 'ExpireIdempotencyKey' query type */
export interface IExpireIdempotencyKeyQuery {
  params: IExpireIdempotencyKeyParams;
  result: IExpireIdempotencyKeyResult;
}

const expireIdempotencyKeyIR: any = {"usedParamSet":{"key":true},"params":[{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":85}]}],"statement":"UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = :key!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = :key!
 * ```
 */
export const expireIdempotencyKey = new PreparedQuery<IExpireIdempotencyKeyParams,IExpireIdempotencyKeyResult>(expireIdempotencyKeyIR);


/** 'ForgetIdempotentAnswer' parameters type */
export interface IForgetIdempotentAnswerParams {
  key: string;
}

/** 'ForgetIdempotentAnswer' return type */
export type IForgetIdempotentAnswerResult = void;

/** 'ForgetIdempotentAnswer' query type */
export interface IForgetIdempotentAnswerQuery {
  params: IForgetIdempotentAnswerParams;
  result: IForgetIdempotentAnswerResult;
}

const forgetIdempotentAnswerIR: any = {"usedParamSet":{"key":true},"params":[{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":89}]}],"statement":"UPDATE idempotency_keys SET response_status = NULL, response_body = NULL WHERE key = :key!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE idempotency_keys SET response_status = NULL, response_body = NULL WHERE key = :key!
 * ```
 */
export const forgetIdempotentAnswer = new PreparedQuery<IForgetIdempotentAnswerParams,IForgetIdempotentAnswerResult>(forgetIdempotentAnswerIR);


/** 'InsertHumanStepRow' parameters type */
export interface IInsertHumanStepRowParams {
  claimedSecondsAgo: number;
  state: string;
  subjectId: string;
}

/** 'InsertHumanStepRow' return type */
export type IInsertHumanStepRowResult = void;

/** 'InsertHumanStepRow' query type */
export interface IInsertHumanStepRowQuery {
  params: IInsertHumanStepRowParams;
  result: IInsertHumanStepRowResult;
}

const insertHumanStepRowIR: any = {"usedParamSet":{"subjectId":true,"state":true,"claimedSecondsAgo":true},"params":[{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":148}]},{"name":"state","required":true,"transform":{"type":"scalar"},"locs":[{"a":163,"b":169}]},{"name":"claimedSecondsAgo","required":true,"transform":{"type":"scalar"},"locs":[{"a":234,"b":252}]}],"statement":"INSERT INTO human_steps (subject_type, subject_id, step, state, request_hash, request, summary, actor, claimed_at)\nVALUES ('application', :subjectId!, 'decision', :state!, 'h', '{}', 'granted', 'exec-1', now() - make_interval(secs => :claimedSecondsAgo!))"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO human_steps (subject_type, subject_id, step, state, request_hash, request, summary, actor, claimed_at)
 * VALUES ('application', :subjectId!, 'decision', :state!, 'h', '{}', 'granted', 'exec-1', now() - make_interval(secs => :claimedSecondsAgo!))
 * ```
 */
export const insertHumanStepRow = new PreparedQuery<IInsertHumanStepRowParams,IInsertHumanStepRowResult>(insertHumanStepRowIR);


/** 'FindHumanStepRows' parameters type */
export type IFindHumanStepRowsParams = void;

/** 'FindHumanStepRows' return type */
export interface IFindHumanStepRowsResult {
  state: string;
  subject_id: string;
}

/** 'FindHumanStepRows' query type */
export interface IFindHumanStepRowsQuery {
  params: IFindHumanStepRowsParams;
  result: IFindHumanStepRowsResult;
}

const findHumanStepRowsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT subject_id, state FROM human_steps ORDER BY subject_id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT subject_id, state FROM human_steps ORDER BY subject_id
 * ```
 */
export const findHumanStepRows = new PreparedQuery<IFindHumanStepRowsParams,IFindHumanStepRowsResult>(findHumanStepRowsIR);


/** 'CountAuditEntriesOf' parameters type */
export interface ICountAuditEntriesOfParams {
  entityId: string;
}

/** 'CountAuditEntriesOf' return type */
export interface ICountAuditEntriesOfResult {
  n: number;
}

/** 'CountAuditEntriesOf' query type */
export interface ICountAuditEntriesOfQuery {
  params: ICountAuditEntriesOfParams;
  result: ICountAuditEntriesOfResult;
}

const countAuditEntriesOfIR: any = {"usedParamSet":{"entityId":true},"params":[{"name":"entityId","required":true,"transform":{"type":"scalar"},"locs":[{"a":62,"b":71}]}],"statement":"SELECT count(*)::int AS \"n!\" FROM audit_log WHERE entity_id = :entityId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "n!" FROM audit_log WHERE entity_id = :entityId!
 * ```
 */
export const countAuditEntriesOf = new PreparedQuery<ICountAuditEntriesOfParams,ICountAuditEntriesOfResult>(countAuditEntriesOfIR);


