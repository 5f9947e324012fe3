import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EventDefinition, EventData } from '@aeo/contracts';
import { currentCorrelationId } from '@aeo/observability';
import { OUTBOX_LOCK_SPACE } from './outbox-lock';

export interface OutboxAppend<E extends EventDefinition> {
  /** Id of the entity the event is about (CloudEvents subject). */
  subject: string;
  /** Id of the aggregate that orders the events (Kafka key), e.g. the operator id. */
  aggregateId: string;
  data: EventData<E>;
}

/** Raised when a service tries to publish data that does not match the event's schema. */
export class InvalidEventDataError extends Error {
  constructor(type: string, details: string) {
    super(`Refusing to publish ${type}: ${details}`);
    this.name = 'InvalidEventDataError';
  }
}

/**
 * Writes events into the outbox inside the caller's transaction, so that the state change and
 * its event commit (or roll back) together. The relay publishes them afterwards.
 */
export class OutboxWriter {
  constructor(private readonly source: string) {}

  async append<E extends EventDefinition>(manager: EntityManager, definition: E, event: OutboxAppend<E>): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`OutboxWriter.append(${definition.type}) must run inside a transaction`);
    }
    const parsed = definition.schema.safeParse(event.data);
    if (!parsed.success) {
      throw new InvalidEventDataError(definition.type, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    }
    const id = randomUUID();
    // Serialises the transactions that write events of one aggregate, so commit order equals
    // sequence order per aggregate (the relay publishes in sequence order).
    await manager.query(`SELECT pg_advisory_xact_lock(${OUTBOX_LOCK_SPACE}, hashtext($1))`, [event.aggregateId]);
    await manager.query(
      `INSERT INTO outbox (id, aggregatetype, aggregateid, type, topic, subject, source, payload, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, definition.aggregateType, event.aggregateId, definition.type, definition.topic, event.subject, this.source, JSON.stringify(parsed.data), currentCorrelationId() ?? null],
    );
    return id;
  }
}
