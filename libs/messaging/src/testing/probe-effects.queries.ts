/** Types generated for queries found in "libs/messaging/src/testing/probe-effects.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'RecordProbeEffect' parameters type */
export interface IRecordProbeEffectParams {
  eventId: string;
  probeId: string;
  sequence: number;
}

/** 'RecordProbeEffect' return type */
export type IRecordProbeEffectResult = void;

/** 'RecordProbeEffect' query type */
export interface IRecordProbeEffectQuery {
  params: IRecordProbeEffectParams;
  result: IRecordProbeEffectResult;
}

const recordProbeEffectIR: any = {"usedParamSet":{"probeId":true,"sequence":true,"eventId":true},"params":[{"name":"probeId","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":73}]},{"name":"sequence","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":85}]},{"name":"eventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":88,"b":96}]}],"statement":"INSERT INTO probe_effects (probe_id, sequence, event_id) VALUES (:probeId!, :sequence!, :eventId!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO probe_effects (probe_id, sequence, event_id) VALUES (:probeId!, :sequence!, :eventId!)
 * ```
 */
export const recordProbeEffect = new PreparedQuery<IRecordProbeEffectParams,IRecordProbeEffectResult>(recordProbeEffectIR);


/** 'RecordProbeEffects' parameters type */
export interface IRecordProbeEffectsParams {
  eventIds: stringArray;
  probeIds: stringArray;
  sequences: numberArray;
}

/** 'RecordProbeEffects' return type */
export type IRecordProbeEffectsResult = void;

/** 'RecordProbeEffects' query type */
export interface IRecordProbeEffectsQuery {
  params: IRecordProbeEffectsParams;
  result: IRecordProbeEffectsResult;
}

const recordProbeEffectsIR: any = {"usedParamSet":{"probeIds":true,"sequences":true,"eventIds":true},"params":[{"name":"probeIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":93}]},{"name":"sequences","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":114}]},{"name":"eventIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":124,"b":133}]}],"statement":"INSERT INTO probe_effects (probe_id, sequence, event_id)\nSELECT p, s, e FROM unnest(:probeIds!::text[], :sequences!::int[], :eventIds!::text[]) WITH ORDINALITY AS x(p, s, e, n) ORDER BY n"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO probe_effects (probe_id, sequence, event_id)
 * SELECT p, s, e FROM unnest(:probeIds!::text[], :sequences!::int[], :eventIds!::text[]) WITH ORDINALITY AS x(p, s, e, n) ORDER BY n
 * ```
 */
export const recordProbeEffects = new PreparedQuery<IRecordProbeEffectsParams,IRecordProbeEffectsResult>(recordProbeEffectsIR);


/** 'FindProbeEffects' parameters type */
export type IFindProbeEffectsParams = void;

/** 'FindProbeEffects' return type */
export interface IFindProbeEffectsResult {
  event_id: string;
  probe_id: string;
  sequence: number;
}

/** 'FindProbeEffects' query type */
export interface IFindProbeEffectsQuery {
  params: IFindProbeEffectsParams;
  result: IFindProbeEffectsResult;
}

const findProbeEffectsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT probe_id, sequence, event_id FROM probe_effects ORDER BY id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT probe_id, sequence, event_id FROM probe_effects ORDER BY id
 * ```
 */
export const findProbeEffects = new PreparedQuery<IFindProbeEffectsParams,IFindProbeEffectsResult>(findProbeEffectsIR);


/** 'CountProbeEffects' parameters type */
export interface ICountProbeEffectsParams {
  eventId?: string | null | void;
}

/** 'CountProbeEffects' return type */
export interface ICountProbeEffectsResult {
  n: number;
}

/** 'CountProbeEffects' query type */
export interface ICountProbeEffectsQuery {
  params: ICountProbeEffectsParams;
  result: ICountProbeEffectsResult;
}

const countProbeEffectsIR: any = {"usedParamSet":{"eventId":true},"params":[{"name":"eventId","required":false,"transform":{"type":"scalar"},"locs":[{"a":55,"b":62},{"a":92,"b":99}]}],"statement":"SELECT count(*)::int AS \"n!\" FROM probe_effects WHERE (:eventId::text IS NULL OR event_id = :eventId::text)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "n!" FROM probe_effects WHERE (:eventId::text IS NULL OR event_id = :eventId::text)
 * ```
 */
export const countProbeEffects = new PreparedQuery<ICountProbeEffectsParams,ICountProbeEffectsResult>(countProbeEffectsIR);


/** 'FindOutboxSentAt' parameters type */
export interface IFindOutboxSentAtParams {
  id: string;
}

/** 'FindOutboxSentAt' return type */
export interface IFindOutboxSentAtResult {
  sent_at: Date | null;
}

/** 'FindOutboxSentAt' query type */
export interface IFindOutboxSentAtQuery {
  params: IFindOutboxSentAtParams;
  result: IFindOutboxSentAtResult;
}

const findOutboxSentAtIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":38,"b":41}]}],"statement":"SELECT sent_at FROM outbox WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT sent_at FROM outbox WHERE id = :id!
 * ```
 */
export const findOutboxSentAt = new PreparedQuery<IFindOutboxSentAtParams,IFindOutboxSentAtResult>(findOutboxSentAtIR);


/** 'CountInboxEntries' parameters type */
export interface ICountInboxEntriesParams {
  patterns: stringArray;
}

/** 'CountInboxEntries' return type */
export interface ICountInboxEntriesResult {
  n: number;
}

/** 'CountInboxEntries' query type */
export interface ICountInboxEntriesQuery {
  params: ICountInboxEntriesParams;
  result: ICountInboxEntriesResult;
}

const countInboxEntriesIR: any = {"usedParamSet":{"patterns":true},"params":[{"name":"patterns","required":true,"transform":{"type":"scalar"},"locs":[{"a":64,"b":73}]}],"statement":"SELECT count(*)::int AS \"n!\" FROM inbox WHERE event_id LIKE ANY(:patterns!::text[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "n!" FROM inbox WHERE event_id LIKE ANY(:patterns!::text[])
 * ```
 */
export const countInboxEntries = new PreparedQuery<ICountInboxEntriesParams,ICountInboxEntriesResult>(countInboxEntriesIR);


