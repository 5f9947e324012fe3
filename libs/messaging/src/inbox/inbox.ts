import type { EntityManager } from 'typeorm';
import { runSql } from '@aeo/persistence';
import { claimInboxEntries as claimEntries, claimInboxEntry as claimEntry } from './inbox.queries';

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
  const inserted = await runSql(
    claimEntry,
    {
      consumer: entry.consumer,
      eventId: entry.eventId,
      eventType: entry.eventType,
      topic: entry.topic,
      partition: entry.partition,
      offset: entry.offset,
    },
    manager,
  );
  return inserted.length === 1;
}

/**
 * Claims many events in one statement (a consumer's batch). Returns the ids that were new: only
 * those may take effect. An id twice in `entries` is claimed once.
 */
export async function claimInboxEntries(
  manager: EntityManager,
  consumer: string,
  entries: readonly Omit<InboxEntry, 'consumer'>[],
): Promise<Set<string>> {
  if (entries.length === 0) return new Set();
  const inserted = await runSql(
    claimEntries,
    {
      consumer,
      eventIds: entries.map((e) => e.eventId),
      eventTypes: entries.map((e) => e.eventType),
      topics: entries.map((e) => e.topic),
      partitions: entries.map((e) => e.partition),
      offsets: entries.map((e) => e.offset),
    },
    manager,
  );
  return new Set(inserted.map((row) => row.event_id));
}
