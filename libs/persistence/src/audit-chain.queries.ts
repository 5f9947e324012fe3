/** Types generated for queries found in "libs/persistence/src/audit-chain.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'FindAuditChainPage' parameters type */
export interface IFindAuditChainPageParams {
  afterSeq: string;
  limit: string;
}

/** 'FindAuditChainPage' return type */
export interface IFindAuditChainPageResult {
  action: string;
  actor_roles: stringArray;
  actor_sub: string;
  after_text: string | null;
  at_utc: string;
  before_text: string | null;
  chain_seq: string;
  correlation_id: string | null;
  entity_id: string;
  entity_type: string;
  hash: string;
  id: string;
  prev_hash: string;
  reason: string | null;
}

/** 'FindAuditChainPage' query type */
export interface IFindAuditChainPageQuery {
  params: IFindAuditChainPageParams;
  result: IFindAuditChainPageResult;
}

const findAuditChainPageIR: any = {"usedParamSet":{"afterSeq":true,"limit":true},"params":[{"name":"afterSeq","required":true,"transform":{"type":"scalar"},"locs":[{"a":342,"b":351}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":380,"b":386}]}],"statement":"SELECT chain_seq AS \"chain_seq!\", prev_hash AS \"prev_hash!\", hash AS \"hash!\", id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') AS \"at_utc!\",\n       actor_sub, actor_roles, action, entity_type, entity_id, before::text AS before_text, after::text AS after_text,\n       reason, correlation_id\n  FROM audit_log\n WHERE chain_seq > :afterSeq!\n ORDER BY chain_seq\n LIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT chain_seq AS "chain_seq!", prev_hash AS "prev_hash!", hash AS "hash!", id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "at_utc!",
 *        actor_sub, actor_roles, action, entity_type, entity_id, before::text AS before_text, after::text AS after_text,
 *        reason, correlation_id
 *   FROM audit_log
 *  WHERE chain_seq > :afterSeq!
 *  ORDER BY chain_seq
 *  LIMIT :limit!
 * ```
 */
export const findAuditChainPage = new PreparedQuery<IFindAuditChainPageParams,IFindAuditChainPageResult>(findAuditChainPageIR);


/** 'FindAuditEntryByHash' parameters type */
export interface IFindAuditEntryByHashParams {
  hash: string;
}

/** 'FindAuditEntryByHash' return type */
export interface IFindAuditEntryByHashResult {
  action: string;
  actor_roles: stringArray;
  actor_sub: string;
  after_text: string | null;
  at_utc: string;
  before_text: string | null;
  chain_seq: string;
  correlation_id: string | null;
  entity_id: string;
  entity_type: string;
  hash: string;
  id: string;
  prev_hash: string;
  reason: string | null;
}

/** 'FindAuditEntryByHash' query type */
export interface IFindAuditEntryByHashQuery {
  params: IFindAuditEntryByHashParams;
  result: IFindAuditEntryByHashResult;
}

const findAuditEntryByHashIR: any = {"usedParamSet":{"hash":true},"params":[{"name":"hash","required":true,"transform":{"type":"scalar"},"locs":[{"a":337,"b":342}]}],"statement":"SELECT chain_seq AS \"chain_seq!\", prev_hash AS \"prev_hash!\", hash AS \"hash!\", id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') AS \"at_utc!\",\n       actor_sub, actor_roles, action, entity_type, entity_id, before::text AS before_text, after::text AS after_text,\n       reason, correlation_id\n  FROM audit_log\n WHERE hash = :hash!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT chain_seq AS "chain_seq!", prev_hash AS "prev_hash!", hash AS "hash!", id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "at_utc!",
 *        actor_sub, actor_roles, action, entity_type, entity_id, before::text AS before_text, after::text AS after_text,
 *        reason, correlation_id
 *   FROM audit_log
 *  WHERE hash = :hash!
 * ```
 */
export const findAuditEntryByHash = new PreparedQuery<IFindAuditEntryByHashParams,IFindAuditEntryByHashResult>(findAuditEntryByHashIR);


/** 'FindAuditChainHead' parameters type */
export type IFindAuditChainHeadParams = void;

/** 'FindAuditChainHead' return type */
export interface IFindAuditChainHeadResult {
  chain_seq: string;
  hash: string;
}

/** 'FindAuditChainHead' query type */
export interface IFindAuditChainHeadQuery {
  params: IFindAuditChainHeadParams;
  result: IFindAuditChainHeadResult;
}

const findAuditChainHeadIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT chain_seq, hash FROM audit_chain_head"};

/**
 * Query generated from SQL:
 * ```
 * SELECT chain_seq, hash FROM audit_chain_head
 * ```
 */
export const findAuditChainHead = new PreparedQuery<IFindAuditChainHeadParams,IFindAuditChainHeadResult>(findAuditChainHeadIR);


/** 'FindUnchainedAuditEntry' parameters type */
export type IFindUnchainedAuditEntryParams = void;

/** 'FindUnchainedAuditEntry' return type */
export interface IFindUnchainedAuditEntryResult {
  at_utc: string;
  id: string;
}

/** 'FindUnchainedAuditEntry' query type */
export interface IFindUnchainedAuditEntryQuery {
  params: IFindUnchainedAuditEntryParams;
  result: IFindUnchainedAuditEntryResult;
}

const findUnchainedAuditEntryIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') AS \"at_utc!\"\n  FROM audit_log\n WHERE chain_seq IS NULL\n ORDER BY id\n LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "at_utc!"
 *   FROM audit_log
 *  WHERE chain_seq IS NULL
 *  ORDER BY id
 *  LIMIT 1
 * ```
 */
export const findUnchainedAuditEntry = new PreparedQuery<IFindUnchainedAuditEntryParams,IFindUnchainedAuditEntryResult>(findUnchainedAuditEntryIR);


