/* @name ClaimInboxEntry */
INSERT INTO inbox (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)
VALUES (:consumer!, :eventId!, :eventType!, :topic!, :partition!, :offset!)
ON CONFLICT (consumer, event_id) DO NOTHING
RETURNING event_id;

/* @name ClaimInboxEntries */
INSERT INTO inbox (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)
SELECT :consumer!, e.event_id, e.event_type, e.topic, e.kafka_partition, e.kafka_offset
  FROM unnest(:eventIds!::text[], :eventTypes!::text[], :topics!::text[], :partitions!::int[], :offsets!::bigint[]) AS e(event_id, event_type, topic, kafka_partition, kafka_offset)
ON CONFLICT (consumer, event_id) DO NOTHING
RETURNING event_id;
