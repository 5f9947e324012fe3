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
