/** Types generated for queries found in "services/operations/src/dead-letters/dead-letters.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'InsertDeadLetter' parameters type */
export interface IInsertDeadLetterParams {
  consumer?: string | null | void;
  deadLetteredAt: DateOrString;
  dlqOffset: string;
  dlqPartition: number;
  dlqTopic: string;
  headers: Json;
  originalOffset?: string | null | void;
  originalPartition?: number | null | void;
  originalTopic?: string | null | void;
  payload?: Buffer | null | void;
  reason: string;
  recordKey?: Buffer | null | void;
}

/** 'InsertDeadLetter' return type */
export interface IInsertDeadLetterResult {
  id: string;
}

/** 'InsertDeadLetter' query type */
export interface IInsertDeadLetterQuery {
  params: IInsertDeadLetterParams;
  result: IInsertDeadLetterResult;
}

const insertDeadLetterIR: any = {"usedParamSet":{"dlqTopic":true,"dlqPartition":true,"dlqOffset":true,"recordKey":true,"payload":true,"headers":true,"reason":true,"originalTopic":true,"originalPartition":true,"originalOffset":true,"consumer":true,"deadLetteredAt":true},"params":[{"name":"dlqTopic","required":true,"transform":{"type":"scalar"},"locs":[{"a":217,"b":226}]},{"name":"dlqPartition","required":true,"transform":{"type":"scalar"},"locs":[{"a":229,"b":242}]},{"name":"dlqOffset","required":true,"transform":{"type":"scalar"},"locs":[{"a":245,"b":255}]},{"name":"recordKey","required":false,"transform":{"type":"scalar"},"locs":[{"a":258,"b":267}]},{"name":"payload","required":false,"transform":{"type":"scalar"},"locs":[{"a":270,"b":277}]},{"name":"headers","required":true,"transform":{"type":"scalar"},"locs":[{"a":280,"b":288}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":291,"b":298}]},{"name":"originalTopic","required":false,"transform":{"type":"scalar"},"locs":[{"a":309,"b":322}]},{"name":"originalPartition","required":false,"transform":{"type":"scalar"},"locs":[{"a":325,"b":342}]},{"name":"originalOffset","required":false,"transform":{"type":"scalar"},"locs":[{"a":345,"b":359}]},{"name":"consumer","required":false,"transform":{"type":"scalar"},"locs":[{"a":362,"b":370}]},{"name":"deadLetteredAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":373,"b":388}]}],"statement":"INSERT INTO dead_letters (dlq_topic, dlq_partition, dlq_offset, record_key, payload, headers, reason,\n                          original_topic, original_partition, original_offset, consumer, dead_lettered_at)\nVALUES (:dlqTopic!, :dlqPartition!, :dlqOffset!, :recordKey, :payload, :headers!, :reason!,\n        :originalTopic, :originalPartition, :originalOffset, :consumer, :deadLetteredAt!)\nON CONFLICT (dlq_topic, dlq_partition, dlq_offset) DO NOTHING\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO dead_letters (dlq_topic, dlq_partition, dlq_offset, record_key, payload, headers, reason,
 *                           original_topic, original_partition, original_offset, consumer, dead_lettered_at)
 * VALUES (:dlqTopic!, :dlqPartition!, :dlqOffset!, :recordKey, :payload, :headers!, :reason!,
 *         :originalTopic, :originalPartition, :originalOffset, :consumer, :deadLetteredAt!)
 * ON CONFLICT (dlq_topic, dlq_partition, dlq_offset) DO NOTHING
 * RETURNING id
 * ```
 */
export const insertDeadLetter = new PreparedQuery<IInsertDeadLetterParams,IInsertDeadLetterResult>(insertDeadLetterIR);


/** 'ListDeadLetters' parameters type */
export interface IListDeadLettersParams {
  consumer?: string | null | void;
  limit: number;
  offset: number;
  originalTopic?: string | null | void;
  state?: string | null | void;
}

/** 'ListDeadLetters' return type */
export interface IListDeadLettersResult {
  consumer: string | null;
  dead_lettered_at: Date;
  dlq_offset: string;
  dlq_partition: number;
  dlq_topic: string;
  headers: Json;
  id: string;
  original_offset: string | null;
  original_partition: number | null;
  original_topic: string | null;
  payload_bytes: number | null;
  reason: string;
  received_at: Date;
  replay_outbox_id: string | null;
  settle_reason: string | null;
  settled_at: Date | null;
  settled_by: string | null;
  state: string;
}

/** 'ListDeadLetters' query type */
export interface IListDeadLettersQuery {
  params: IListDeadLettersParams;
  result: IListDeadLettersResult;
}

const listDeadLettersIR: any = {"usedParamSet":{"originalTopic":true,"consumer":true,"state":true,"limit":true,"offset":true},"params":[{"name":"originalTopic","required":false,"transform":{"type":"scalar"},"locs":[{"a":353,"b":366},{"a":402,"b":415}]},{"name":"consumer","required":false,"transform":{"type":"scalar"},"locs":[{"a":426,"b":434},{"a":464,"b":472}]},{"name":"state","required":false,"transform":{"type":"scalar"},"locs":[{"a":483,"b":488},{"a":515,"b":520}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":600,"b":606}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":620,"b":627}]}],"statement":"SELECT id, dlq_topic, dlq_partition, dlq_offset::text AS \"dlq_offset!\", headers, reason, original_topic, original_partition,\n       original_offset::text AS original_offset, consumer, dead_lettered_at, received_at, state, settled_at, settled_by,\n       settle_reason, replay_outbox_id, octet_length(payload) AS payload_bytes\n  FROM dead_letters\n WHERE (:originalTopic::text IS NULL OR original_topic = :originalTopic)\n   AND (:consumer::text IS NULL OR consumer = :consumer)\n   AND (:state::text IS NULL OR state = :state)\n ORDER BY received_at DESC, dlq_topic, dlq_partition, dlq_offset DESC\n LIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, dlq_topic, dlq_partition, dlq_offset::text AS "dlq_offset!", headers, reason, original_topic, original_partition,
 *        original_offset::text AS original_offset, consumer, dead_lettered_at, received_at, state, settled_at, settled_by,
 *        settle_reason, replay_outbox_id, octet_length(payload) AS payload_bytes
 *   FROM dead_letters
 *  WHERE (:originalTopic::text IS NULL OR original_topic = :originalTopic)
 *    AND (:consumer::text IS NULL OR consumer = :consumer)
 *    AND (:state::text IS NULL OR state = :state)
 *  ORDER BY received_at DESC, dlq_topic, dlq_partition, dlq_offset DESC
 *  LIMIT :limit!::int OFFSET :offset!::int
 * ```
 */
export const listDeadLetters = new PreparedQuery<IListDeadLettersParams,IListDeadLettersResult>(listDeadLettersIR);


/** 'CountDeadLetters' parameters type */
export interface ICountDeadLettersParams {
  consumer?: string | null | void;
  originalTopic?: string | null | void;
  state?: string | null | void;
}

/** 'CountDeadLetters' return type */
export interface ICountDeadLettersResult {
  total: number;
}

/** 'CountDeadLetters' query type */
export interface ICountDeadLettersQuery {
  params: ICountDeadLettersParams;
  result: ICountDeadLettersResult;
}

const countDeadLettersIR: any = {"usedParamSet":{"originalTopic":true,"consumer":true,"state":true},"params":[{"name":"originalTopic","required":false,"transform":{"type":"scalar"},"locs":[{"a":61,"b":74},{"a":110,"b":123}]},{"name":"consumer","required":false,"transform":{"type":"scalar"},"locs":[{"a":134,"b":142},{"a":172,"b":180}]},{"name":"state","required":false,"transform":{"type":"scalar"},"locs":[{"a":191,"b":196},{"a":223,"b":228}]}],"statement":"SELECT count(*)::int AS \"total!\"\n  FROM dead_letters\n WHERE (:originalTopic::text IS NULL OR original_topic = :originalTopic)\n   AND (:consumer::text IS NULL OR consumer = :consumer)\n   AND (:state::text IS NULL OR state = :state)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "total!"
 *   FROM dead_letters
 *  WHERE (:originalTopic::text IS NULL OR original_topic = :originalTopic)
 *    AND (:consumer::text IS NULL OR consumer = :consumer)
 *    AND (:state::text IS NULL OR state = :state)
 * ```
 */
export const countDeadLetters = new PreparedQuery<ICountDeadLettersParams,ICountDeadLettersResult>(countDeadLettersIR);


/** 'FindDeadLetter' parameters type */
export interface IFindDeadLetterParams {
  id: string;
}

/** 'FindDeadLetter' return type */
export interface IFindDeadLetterResult {
  consumer: string | null;
  dead_lettered_at: Date;
  dlq_offset: string;
  dlq_partition: number;
  dlq_topic: string;
  headers: Json;
  id: string;
  original_offset: string | null;
  original_partition: number | null;
  original_topic: string | null;
  payload: Buffer | null;
  payload_bytes: number | null;
  reason: string;
  received_at: Date;
  record_key: Buffer | null;
  replay_outbox_id: string | null;
  settle_reason: string | null;
  settled_at: Date | null;
  settled_by: string | null;
  state: string;
}

/** 'FindDeadLetter' query type */
export interface IFindDeadLetterQuery {
  params: IFindDeadLetterParams;
  result: IFindDeadLetterResult;
}

const findDeadLetterIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":378,"b":381}]}],"statement":"SELECT id, dlq_topic, dlq_partition, dlq_offset::text AS \"dlq_offset!\", record_key, payload, headers, reason, original_topic,\n       original_partition, original_offset::text AS original_offset, consumer, dead_lettered_at, received_at, state,\n       settled_at, settled_by, settle_reason, replay_outbox_id, octet_length(payload) AS payload_bytes\n  FROM dead_letters\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, dlq_topic, dlq_partition, dlq_offset::text AS "dlq_offset!", record_key, payload, headers, reason, original_topic,
 *        original_partition, original_offset::text AS original_offset, consumer, dead_lettered_at, received_at, state,
 *        settled_at, settled_by, settle_reason, replay_outbox_id, octet_length(payload) AS payload_bytes
 *   FROM dead_letters
 *  WHERE id = :id!
 * ```
 */
export const findDeadLetter = new PreparedQuery<IFindDeadLetterParams,IFindDeadLetterResult>(findDeadLetterIR);


/** 'LockDeadLetter' parameters type */
export interface ILockDeadLetterParams {
  id: string;
}

/** 'LockDeadLetter' return type */
export interface ILockDeadLetterResult {
  id: string;
}

/** 'LockDeadLetter' query type */
export interface ILockDeadLetterQuery {
  params: ILockDeadLetterParams;
  result: ILockDeadLetterResult;
}

const lockDeadLetterIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":39,"b":42}]}],"statement":"SELECT id FROM dead_letters WHERE id = :id! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM dead_letters WHERE id = :id! FOR UPDATE
 * ```
 */
export const lockDeadLetter = new PreparedQuery<ILockDeadLetterParams,ILockDeadLetterResult>(lockDeadLetterIR);


/** 'SettleDeadLetter' parameters type */
export interface ISettleDeadLetterParams {
  id: string;
  reason: string;
  replayOutboxId?: string | null | void;
  settledBy: string;
  state: string;
}

/** 'SettleDeadLetter' return type */
export interface ISettleDeadLetterResult {
  id: string;
}

/** 'SettleDeadLetter' query type */
export interface ISettleDeadLetterQuery {
  params: ISettleDeadLetterParams;
  result: ISettleDeadLetterResult;
}

const settleDeadLetterIR: any = {"usedParamSet":{"state":true,"settledBy":true,"reason":true,"replayOutboxId":true,"id":true},"params":[{"name":"state","required":true,"transform":{"type":"scalar"},"locs":[{"a":35,"b":41}]},{"name":"settledBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":87}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":106,"b":113}]},{"name":"replayOutboxId","required":false,"transform":{"type":"scalar"},"locs":[{"a":135,"b":149}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":163,"b":166}]}],"statement":"UPDATE dead_letters\n   SET state = :state!, settled_at = now(), settled_by = :settledBy!, settle_reason = :reason!, replay_outbox_id = :replayOutboxId\n WHERE id = :id! AND state = 'new'\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE dead_letters
 *    SET state = :state!, settled_at = now(), settled_by = :settledBy!, settle_reason = :reason!, replay_outbox_id = :replayOutboxId
 *  WHERE id = :id! AND state = 'new'
 * RETURNING id
 * ```
 */
export const settleDeadLetter = new PreparedQuery<ISettleDeadLetterParams,ISettleDeadLetterResult>(settleDeadLetterIR);


