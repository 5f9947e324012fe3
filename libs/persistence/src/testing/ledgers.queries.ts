/** Types generated for queries found in "libs/persistence/src/testing/ledgers.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'FindAuditEntries' parameters type */
export type IFindAuditEntriesParams = void;

/** 'FindAuditEntries' return type */
export interface IFindAuditEntriesResult {
  action: string;
  actor_roles: stringArray;
  actor_sub: string;
  after: Json | null;
  at: Date;
  before: Json | null;
  correlation_id: string | null;
  entity_id: string;
  entity_type: string;
  id: string;
  reason: string | null;
}

/** 'FindAuditEntries' query type */
export interface IFindAuditEntriesQuery {
  params: IFindAuditEntriesParams;
  result: IFindAuditEntriesResult;
}

const findAuditEntriesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT id, at, actor_sub, actor_roles, action, entity_type, entity_id, before, after, reason, correlation_id FROM audit_log ORDER BY id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, at, actor_sub, actor_roles, action, entity_type, entity_id, before, after, reason, correlation_id FROM audit_log ORDER BY id
 * ```
 */
export const findAuditEntries = new PreparedQuery<IFindAuditEntriesParams,IFindAuditEntriesResult>(findAuditEntriesIR);


/** 'EditAuditEntries' parameters type */
export interface IEditAuditEntriesParams {
  reason: string;
}

/** 'EditAuditEntries' return type */
export type IEditAuditEntriesResult = void;

/** 'EditAuditEntries' query type */
export interface IEditAuditEntriesQuery {
  params: IEditAuditEntriesParams;
  result: IEditAuditEntriesResult;
}

const editAuditEntriesIR: any = {"usedParamSet":{"reason":true},"params":[{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":30,"b":37}]}],"statement":"UPDATE audit_log SET reason = :reason!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE audit_log SET reason = :reason!
 * ```
 */
export const editAuditEntries = new PreparedQuery<IEditAuditEntriesParams,IEditAuditEntriesResult>(editAuditEntriesIR);


/** 'DeleteAuditEntries' parameters type */
export type IDeleteAuditEntriesParams = void;

/** 'DeleteAuditEntries' return type */
export type IDeleteAuditEntriesResult = void;

/** 'DeleteAuditEntries' query type */
export interface IDeleteAuditEntriesQuery {
  params: IDeleteAuditEntriesParams;
  result: IDeleteAuditEntriesResult;
}

const deleteAuditEntriesIR: any = {"usedParamSet":{},"params":[],"statement":"DELETE FROM audit_log"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM audit_log
 * ```
 */
export const deleteAuditEntries = new PreparedQuery<IDeleteAuditEntriesParams,IDeleteAuditEntriesResult>(deleteAuditEntriesIR);


/** 'FindHumanStepsOf' parameters type */
export interface IFindHumanStepsOfParams {
  subjectId: string;
}

/** 'FindHumanStepsOf' return type */
export interface IFindHumanStepsOfResult {
  state: string;
  step: string;
  subject_id: string;
  subject_type: string;
}

/** 'FindHumanStepsOf' query type */
export interface IFindHumanStepsOfQuery {
  params: IFindHumanStepsOfParams;
  result: IFindHumanStepsOfResult;
}

const findHumanStepsOfIR: any = {"usedParamSet":{"subjectId":true},"params":[{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":91}]}],"statement":"SELECT subject_type, subject_id, step, state FROM human_steps WHERE subject_id = :subjectId! ORDER BY applied_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT subject_type, subject_id, step, state FROM human_steps WHERE subject_id = :subjectId! ORDER BY applied_at
 * ```
 */
export const findHumanStepsOf = new PreparedQuery<IFindHumanStepsOfParams,IFindHumanStepsOfResult>(findHumanStepsOfIR);


/** 'CountIdleTransactions' parameters type */
export type ICountIdleTransactionsParams = void;

/** 'CountIdleTransactions' return type */
export interface ICountIdleTransactionsResult {
  n: number;
}

/** 'CountIdleTransactions' query type */
export interface ICountIdleTransactionsQuery {
  params: ICountIdleTransactionsParams;
  result: ICountIdleTransactionsResult;
}

const countIdleTransactionsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT count(*)::int AS \"n!\" FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "n!" FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()
 * ```
 */
export const countIdleTransactions = new PreparedQuery<ICountIdleTransactionsParams,ICountIdleTransactionsResult>(countIdleTransactionsIR);


