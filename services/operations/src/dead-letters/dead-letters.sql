/* @name InsertDeadLetter */
INSERT INTO dead_letters (dlq_topic, dlq_partition, dlq_offset, record_key, payload, headers, reason,
                          original_topic, original_partition, original_offset, consumer, dead_lettered_at)
VALUES (:dlqTopic!, :dlqPartition!, :dlqOffset!, :recordKey, :payload, :headers!, :reason!,
        :originalTopic, :originalPartition, :originalOffset, :consumer, :deadLetteredAt!)
ON CONFLICT (dlq_topic, dlq_partition, dlq_offset) DO NOTHING
RETURNING id;

/* @name ListDeadLetters */
SELECT id, dlq_topic, dlq_partition, dlq_offset::text AS "dlq_offset!", headers, reason, original_topic, original_partition,
       original_offset::text AS original_offset, consumer, dead_lettered_at, received_at, state, settled_at, settled_by,
       settle_reason, replay_outbox_id, octet_length(payload) AS payload_bytes
  FROM dead_letters
 WHERE (:originalTopic::text IS NULL OR original_topic = :originalTopic)
   AND (:consumer::text IS NULL OR consumer = :consumer)
   AND (:state::text IS NULL OR state = :state)
 ORDER BY received_at DESC, dlq_topic, dlq_partition, dlq_offset DESC
 LIMIT :limit!::int OFFSET :offset!::int;

/* @name CountDeadLetters */
SELECT count(*)::int AS "total!"
  FROM dead_letters
 WHERE (:originalTopic::text IS NULL OR original_topic = :originalTopic)
   AND (:consumer::text IS NULL OR consumer = :consumer)
   AND (:state::text IS NULL OR state = :state);

/* @name FindDeadLetter */
SELECT id, dlq_topic, dlq_partition, dlq_offset::text AS "dlq_offset!", record_key, payload, headers, reason, original_topic,
       original_partition, original_offset::text AS original_offset, consumer, dead_lettered_at, received_at, state,
       settled_at, settled_by, settle_reason, replay_outbox_id, octet_length(payload) AS payload_bytes
  FROM dead_letters
 WHERE id = :id!;

/* @name LockDeadLetter */
SELECT id FROM dead_letters WHERE id = :id! FOR UPDATE;

/* @name SettleDeadLetter */
UPDATE dead_letters
   SET state = :state!, settled_at = now(), settled_by = :settledBy!, settle_reason = :reason!, replay_outbox_id = :replayOutboxId
 WHERE id = :id! AND state = 'new'
RETURNING id;
