/** Types generated for queries found in "libs/messaging/src/outbox/outbox-writer.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'LockOutboxAggregate' parameters type */
export interface ILockOutboxAggregateParams {
  aggregateId: string;
  lockSpace: number;
}

/** 'LockOutboxAggregate' return type */
export interface ILockOutboxAggregateResult {
  pg_advisory_xact_lock: undefined | null;
  pg_notify: undefined | null;
}

/** 'LockOutboxAggregate' query type */
export interface ILockOutboxAggregateQuery {
  params: ILockOutboxAggregateParams;
  result: ILockOutboxAggregateResult;
}

const lockOutboxAggregateIR: any = {"usedParamSet":{"lockSpace":true,"aggregateId":true},"params":[{"name":"lockSpace","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":149}]},{"name":"aggregateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":166,"b":178}]}],"statement":"-- The notification (delivered at commit, dropped at rollback, one per transaction) wakes the relays at once.\nSELECT pg_advisory_xact_lock(:lockSpace!::int, hashtext(:aggregateId!)), pg_notify('aeo_outbox', '')"};

/**
 * Query generated from SQL:
 * ```
 * -- The notification (delivered at commit, dropped at rollback, one per transaction) wakes the relays at once.
 * SELECT pg_advisory_xact_lock(:lockSpace!::int, hashtext(:aggregateId!)), pg_notify('aeo_outbox', '')
 * ```
 */
export const lockOutboxAggregate = new PreparedQuery<ILockOutboxAggregateParams,ILockOutboxAggregateResult>(lockOutboxAggregateIR);


/** 'InsertOutboxEvent' parameters type */
export interface IInsertOutboxEventParams {
  aggregateId: string;
  aggregateType: string;
  correlationId?: string | null | void;
  id: string;
  payload: Json;
  source: string;
  subject: string;
  topic: string;
  type: string;
}

/** 'InsertOutboxEvent' return type */
export type IInsertOutboxEventResult = void;

/** 'InsertOutboxEvent' query type */
export interface IInsertOutboxEventQuery {
  params: IInsertOutboxEventParams;
  result: IInsertOutboxEventResult;
}

const insertOutboxEventIR: any = {"usedParamSet":{"id":true,"aggregateType":true,"aggregateId":true,"type":true,"topic":true,"subject":true,"source":true,"payload":true,"correlationId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":118}]},{"name":"aggregateType","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":135}]},{"name":"aggregateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":150}]},{"name":"type","required":true,"transform":{"type":"scalar"},"locs":[{"a":153,"b":158}]},{"name":"topic","required":true,"transform":{"type":"scalar"},"locs":[{"a":161,"b":167}]},{"name":"subject","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":178}]},{"name":"source","required":true,"transform":{"type":"scalar"},"locs":[{"a":181,"b":188}]},{"name":"payload","required":true,"transform":{"type":"scalar"},"locs":[{"a":191,"b":199}]},{"name":"correlationId","required":false,"transform":{"type":"scalar"},"locs":[{"a":202,"b":215}]}],"statement":"INSERT INTO outbox (id, aggregatetype, aggregateid, type, topic, subject, source, payload, correlation_id)\nVALUES (:id!, :aggregateType!, :aggregateId!, :type!, :topic!, :subject!, :source!, :payload!, :correlationId)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO outbox (id, aggregatetype, aggregateid, type, topic, subject, source, payload, correlation_id)
 * VALUES (:id!, :aggregateType!, :aggregateId!, :type!, :topic!, :subject!, :source!, :payload!, :correlationId)
 * ```
 */
export const insertOutboxEvent = new PreparedQuery<IInsertOutboxEventParams,IInsertOutboxEventResult>(insertOutboxEventIR);


/** 'LockOutboxAggregates' parameters type */
export interface ILockOutboxAggregatesParams {
  aggregateIds: stringArray;
  lockSpace: number;
}

/** 'LockOutboxAggregates' return type */
export interface ILockOutboxAggregatesResult {
  count: string | null;
  pg_notify: undefined | null;
}

/** 'LockOutboxAggregates' query type */
export interface ILockOutboxAggregatesQuery {
  params: ILockOutboxAggregatesParams;
  result: ILockOutboxAggregatesResult;
}

const lockOutboxAggregatesIR: any = {"usedParamSet":{"lockSpace":true,"aggregateIds":true},"params":[{"name":"lockSpace","required":true,"transform":{"type":"scalar"},"locs":[{"a":35,"b":45}]},{"name":"aggregateIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":137,"b":150}]}],"statement":"SELECT count(pg_advisory_xact_lock(:lockSpace!::int, k)), pg_notify('aeo_outbox', '') FROM (SELECT DISTINCT hashtext(a) AS k FROM unnest(:aggregateIds!::text[]) AS a ORDER BY 1) AS keys"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(pg_advisory_xact_lock(:lockSpace!::int, k)), pg_notify('aeo_outbox', '') FROM (SELECT DISTINCT hashtext(a) AS k FROM unnest(:aggregateIds!::text[]) AS a ORDER BY 1) AS keys
 * ```
 */
export const lockOutboxAggregates = new PreparedQuery<ILockOutboxAggregatesParams,ILockOutboxAggregatesResult>(lockOutboxAggregatesIR);


/** 'InsertOutboxEvents' parameters type */
export interface IInsertOutboxEventsParams {
  aggregateIds: stringArray;
  aggregateType: string;
  correlationIds: stringArray;
  ids: stringArray;
  payloads: Json;
  source: string;
  subjects: stringArray;
  topic: string;
  type: string;
}

/** 'InsertOutboxEvents' return type */
export type IInsertOutboxEventsResult = void;

/** 'InsertOutboxEvents' query type */
export interface IInsertOutboxEventsQuery {
  params: IInsertOutboxEventsParams;
  result: IInsertOutboxEventsResult;
}

const insertOutboxEventsIR: any = {"usedParamSet":{"aggregateType":true,"type":true,"topic":true,"source":true,"ids":true,"aggregateIds":true,"subjects":true,"correlationIds":true,"payloads":true},"params":[{"name":"aggregateType","required":true,"transform":{"type":"scalar"},"locs":[{"a":229,"b":243}]},{"name":"type","required":true,"transform":{"type":"scalar"},"locs":[{"a":261,"b":266}]},{"name":"topic","required":true,"transform":{"type":"scalar"},"locs":[{"a":269,"b":275}]},{"name":"source","required":true,"transform":{"type":"scalar"},"locs":[{"a":289,"b":296}]},{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":341,"b":345}]},{"name":"aggregateIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":356,"b":369}]},{"name":"subjects","required":true,"transform":{"type":"scalar"},"locs":[{"a":380,"b":389}]},{"name":"correlationIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":400,"b":415}]},{"name":"payloads","required":true,"transform":{"type":"scalar"},"locs":[{"a":520,"b":529}]}],"statement":"-- The payloads come as one JSON array (in the order of the ids): unnest of a text[] would quote them again.\nINSERT INTO outbox (id, aggregatetype, aggregateid, type, topic, subject, source, payload, correlation_id)\nSELECT e.id, :aggregateType!, e.aggregateid, :type!, :topic!, e.subject, :source!, p.payload, e.correlation_id\n  FROM unnest(:ids!::uuid[], :aggregateIds!::text[], :subjects!::text[], :correlationIds!::text[]) WITH ORDINALITY AS e(id, aggregateid, subject, correlation_id, n)\n  JOIN jsonb_array_elements(:payloads!::jsonb) WITH ORDINALITY AS p(payload, n) ON p.n = e.n\n ORDER BY e.n"};

/**
 * Query generated from SQL:
 * ```
 * -- The payloads come as one JSON array (in the order of the ids): unnest of a text[] would quote them again.
 * INSERT INTO outbox (id, aggregatetype, aggregateid, type, topic, subject, source, payload, correlation_id)
 * SELECT e.id, :aggregateType!, e.aggregateid, :type!, :topic!, e.subject, :source!, p.payload, e.correlation_id
 *   FROM unnest(:ids!::uuid[], :aggregateIds!::text[], :subjects!::text[], :correlationIds!::text[]) WITH ORDINALITY AS e(id, aggregateid, subject, correlation_id, n)
 *   JOIN jsonb_array_elements(:payloads!::jsonb) WITH ORDINALITY AS p(payload, n) ON p.n = e.n
 *  ORDER BY e.n
 * ```
 */
export const insertOutboxEvents = new PreparedQuery<IInsertOutboxEventsParams,IInsertOutboxEventsResult>(insertOutboxEventsIR);


