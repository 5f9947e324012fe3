import type { EntityManager } from 'typeorm';

export interface InboxEntry {
  consumer: string;
  eventId: string;
  eventType: string;
  topic: string;
  partition: number;
  offset: string;
}

/**
 * Records that a consumer processed an event, inside the same transaction as the effect.
 * Returns false when the event was already processed: the caller must then do nothing.
 */
export async function claimInboxEntry(manager: EntityManager, entry: InboxEntry): Promise<boolean> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO inbox (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (consumer, event_id) DO NOTHING
     RETURNING event_id`,
    [entry.consumer, entry.eventId, entry.eventType, entry.topic, entry.partition, entry.offset],
  );
  return inserted.length === 1;
}

/**
 * Claims many events in one statement (a consumer's batch). Returns the ids that were new: only
 * those may take effect. An id twice in `entries` is claimed once.
 */
export async function claimInboxEntries(manager: EntityManager, consumer: string, entries: readonly Omit<InboxEntry, 'consumer'>[]): Promise<Set<string>> {
  if (entries.length === 0) return new Set();
  const inserted: { event_id: string }[] = await manager.query(
    `INSERT INTO inbox (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)
     SELECT $1, e.event_id, e.event_type, e.topic, e.kafka_partition, e.kafka_offset
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::bigint[]) AS e(event_id, event_type, topic, kafka_partition, kafka_offset)
     ON CONFLICT (consumer, event_id) DO NOTHING
     RETURNING event_id`,
    [
      consumer,
      entries.map((e) => e.eventId),
      entries.map((e) => e.eventType),
      entries.map((e) => e.topic),
      entries.map((e) => e.partition),
      entries.map((e) => e.offset),
    ],
  );
  return new Set(inserted.map((row) => row.event_id));
}
