/** Types generated for queries found in "libs/persistence/src/testing/audit-chain-fixtures.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'InsertAuditEntryAt' parameters type */
export interface IInsertAuditEntryAtParams {
  actorRoles: stringArray;
  actorSub: string;
  after?: Json | null | void;
  at: DateOrString;
  before?: Json | null | void;
  correlationId?: string | null | void;
  reason?: string | null | void;
}

/** 'InsertAuditEntryAt' return type */
export type IInsertAuditEntryAtResult = void;

/** 'InsertAuditEntryAt' query type */
export interface IInsertAuditEntryAtQuery {
  params: IInsertAuditEntryAtParams;
  result: IInsertAuditEntryAtResult;
}

const insertAuditEntryAtIR: any = {"usedParamSet":{"at":true,"actorSub":true,"actorRoles":true,"before":true,"after":true,"reason":true,"correlationId":true},"params":[{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":130,"b":133}]},{"name":"actorSub","required":true,"transform":{"type":"scalar"},"locs":[{"a":149,"b":158}]},{"name":"actorRoles","required":true,"transform":{"type":"scalar"},"locs":[{"a":161,"b":172}]},{"name":"before","required":false,"transform":{"type":"scalar"},"locs":[{"a":210,"b":216}]},{"name":"after","required":false,"transform":{"type":"scalar"},"locs":[{"a":219,"b":224}]},{"name":"reason","required":false,"transform":{"type":"scalar"},"locs":[{"a":227,"b":233}]},{"name":"correlationId","required":false,"transform":{"type":"scalar"},"locs":[{"a":236,"b":249}]}],"statement":"INSERT INTO audit_log (at, actor_sub, actor_roles, action, entity_type, entity_id, before, after, reason, correlation_id)\nVALUES (:at!::timestamptz, :actorSub!, :actorRoles!, 'test.awkward', 'test', 'awkward', :before, :after, :reason, :correlationId)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO audit_log (at, actor_sub, actor_roles, action, entity_type, entity_id, before, after, reason, correlation_id)
 * VALUES (:at!::timestamptz, :actorSub!, :actorRoles!, 'test.awkward', 'test', 'awkward', :before, :after, :reason, :correlationId)
 * ```
 */
export const insertAuditEntryAt = new PreparedQuery<IInsertAuditEntryAtParams,IInsertAuditEntryAtResult>(insertAuditEntryAtIR);


