/** Types generated for queries found in "libs/persistence/src/audit-trail.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'InsertAuditEntry' parameters type */
export interface IInsertAuditEntryParams {
  action: string;
  actorRoles: stringArray;
  actorSub: string;
  after?: Json | null | void;
  before?: Json | null | void;
  correlationId?: string | null | void;
  entityId: string;
  entityType: string;
  reason?: string | null | void;
}

/** 'InsertAuditEntry' return type */
export type IInsertAuditEntryResult = void;

/** 'InsertAuditEntry' query type */
export interface IInsertAuditEntryQuery {
  params: IInsertAuditEntryParams;
  result: IInsertAuditEntryResult;
}

const insertAuditEntryIR: any = {"usedParamSet":{"actorSub":true,"actorRoles":true,"action":true,"entityType":true,"entityId":true,"before":true,"after":true,"reason":true,"correlationId":true},"params":[{"name":"actorSub","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":135}]},{"name":"actorRoles","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":149}]},{"name":"action","required":true,"transform":{"type":"scalar"},"locs":[{"a":152,"b":159}]},{"name":"entityType","required":true,"transform":{"type":"scalar"},"locs":[{"a":162,"b":173}]},{"name":"entityId","required":true,"transform":{"type":"scalar"},"locs":[{"a":176,"b":185}]},{"name":"before","required":false,"transform":{"type":"scalar"},"locs":[{"a":188,"b":194}]},{"name":"after","required":false,"transform":{"type":"scalar"},"locs":[{"a":197,"b":202}]},{"name":"reason","required":false,"transform":{"type":"scalar"},"locs":[{"a":205,"b":211}]},{"name":"correlationId","required":false,"transform":{"type":"scalar"},"locs":[{"a":214,"b":227}]}],"statement":"INSERT INTO audit_log (actor_sub, actor_roles, action, entity_type, entity_id, before, after, reason, correlation_id)\nVALUES (:actorSub!, :actorRoles!, :action!, :entityType!, :entityId!, :before, :after, :reason, :correlationId)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO audit_log (actor_sub, actor_roles, action, entity_type, entity_id, before, after, reason, correlation_id)
 * VALUES (:actorSub!, :actorRoles!, :action!, :entityType!, :entityId!, :before, :after, :reason, :correlationId)
 * ```
 */
export const insertAuditEntry = new PreparedQuery<IInsertAuditEntryParams,IInsertAuditEntryResult>(insertAuditEntryIR);


