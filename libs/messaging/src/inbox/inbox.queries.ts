/** Types generated for queries found in "libs/messaging/src/inbox/inbox.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'ClaimInboxEntry' parameters type */
export interface IClaimInboxEntryParams {
  consumer: string;
  eventId: string;
  eventType: string;
  offset: string;
  partition: number;
  topic: string;
}

/** 'ClaimInboxEntry' return type */
export interface IClaimInboxEntryResult {
  event_id: string;
}

/** 'ClaimInboxEntry' query type */
export interface IClaimInboxEntryQuery {
  params: IClaimInboxEntryParams;
  result: IClaimInboxEntryResult;
}

const claimInboxEntryIR: any = {"usedParamSet":{"consumer":true,"eventId":true,"eventType":true,"topic":true,"partition":true,"offset":true},"params":[{"name":"consumer","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":106}]},{"name":"eventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":109,"b":117}]},{"name":"eventType","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":130}]},{"name":"topic","required":true,"transform":{"type":"scalar"},"locs":[{"a":133,"b":139}]},{"name":"partition","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":152}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":155,"b":162}]}],"statement":"INSERT INTO inbox (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)\nVALUES (:consumer!, :eventId!, :eventType!, :topic!, :partition!, :offset!)\nON CONFLICT (consumer, event_id) DO NOTHING\nRETURNING event_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO inbox (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)
 * VALUES (:consumer!, :eventId!, :eventType!, :topic!, :partition!, :offset!)
 * ON CONFLICT (consumer, event_id) DO NOTHING
 * RETURNING event_id
 * ```
 */
export const claimInboxEntry = new PreparedQuery<IClaimInboxEntryParams,IClaimInboxEntryResult>(claimInboxEntryIR);


/** 'ClaimInboxEntries' parameters type */
export interface IClaimInboxEntriesParams {
  consumer: string;
  eventIds: stringArray;
  eventTypes: stringArray;
  offsets: stringArray;
  partitions: numberArray;
  topics: stringArray;
}

/** 'ClaimInboxEntries' return type */
export interface IClaimInboxEntriesResult {
  event_id: string;
}

/** 'ClaimInboxEntries' query type */
export interface IClaimInboxEntriesQuery {
  params: IClaimInboxEntriesParams;
  result: IClaimInboxEntriesResult;
}

const claimInboxEntriesIR: any = {"usedParamSet":{"consumer":true,"eventIds":true,"eventTypes":true,"topics":true,"partitions":true,"offsets":true},"params":[{"name":"consumer","required":true,"transform":{"type":"scalar"},"locs":[{"a":96,"b":105}]},{"name":"eventIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":191,"b":200}]},{"name":"eventTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":211,"b":222}]},{"name":"topics","required":true,"transform":{"type":"scalar"},"locs":[{"a":233,"b":240}]},{"name":"partitions","required":true,"transform":{"type":"scalar"},"locs":[{"a":251,"b":262}]},{"name":"offsets","required":true,"transform":{"type":"scalar"},"locs":[{"a":272,"b":280}]}],"statement":"INSERT INTO inbox (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)\nSELECT :consumer!, e.event_id, e.event_type, e.topic, e.kafka_partition, e.kafka_offset\n  FROM unnest(:eventIds!::text[], :eventTypes!::text[], :topics!::text[], :partitions!::int[], :offsets!::bigint[]) AS e(event_id, event_type, topic, kafka_partition, kafka_offset)\nON CONFLICT (consumer, event_id) DO NOTHING\nRETURNING event_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO inbox (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)
 * SELECT :consumer!, e.event_id, e.event_type, e.topic, e.kafka_partition, e.kafka_offset
 *   FROM unnest(:eventIds!::text[], :eventTypes!::text[], :topics!::text[], :partitions!::int[], :offsets!::bigint[]) AS e(event_id, event_type, topic, kafka_partition, kafka_offset)
 * ON CONFLICT (consumer, event_id) DO NOTHING
 * RETURNING event_id
 * ```
 */
export const claimInboxEntries = new PreparedQuery<IClaimInboxEntriesParams,IClaimInboxEntriesResult>(claimInboxEntriesIR);


