import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EventDefinition, EventData } from '@aeo/contracts';
import { currentCorrelationId } from '@aeo/observability';
import { recordRequestEffect, runSql } from '@aeo/persistence';
import { OUTBOX_LOCK_SPACE } from './outbox-lock';
import { RAW_RECORD_TYPE, rawRecordPayload, type RawRecord } from './raw-record';
import {
  insertOutboxEvent,
  insertOutboxEvents,
  lockOutboxAggregate,
  lockOutboxAggregates,
} from './outbox-writer.queries';

export interface OutboxAppend<E extends EventDefinition> {
  /** Id of the entity the event is about (CloudEvents subject). */
  subject: string;
  /** Id of the aggregate that orders the events (Kafka key), e.g. the operator id. */
  aggregateId: string;
  data: EventData<E>;
  /** Defaults to the correlation id of the current context (HTTP request, consumed event). */
  correlationId?: string;
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

  async append<E extends EventDefinition>(
    manager: EntityManager,
    definition: E,
    event: OutboxAppend<E>,
  ): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`OutboxWriter.append(${definition.type}) must run inside a transaction`);
    }
    const data = validated(definition, event.data);
    const id = randomUUID();
    await recordRequestEffect(manager, event.subject);
    // Serialises the transactions that write events of one aggregate, so commit order equals
    // sequence order per aggregate (the relay publishes in sequence order).
    await runSql(lockOutboxAggregate, { lockSpace: OUTBOX_LOCK_SPACE, aggregateId: event.aggregateId }, manager);
    await runSql(
      insertOutboxEvent,
      {
        id,
        aggregateType: definition.aggregateType,
        aggregateId: event.aggregateId,
        type: definition.type,
        topic: definition.topic,
        subject: event.subject,
        source: this.source,
        payload: JSON.stringify(data),
        correlationId: event.correlationId ?? currentCorrelationId() ?? null,
      },
      manager,
    );
    return id;
  }

  /**
   * Appends a Kafka record to publish as it is (not an event of the contracts: a dead letter
   * replayed to its topic), in the caller's transaction like an event; `aggregateId` orders it
   * among the service's outbox rows, the record keeps its own key.
   */
  async appendRaw(
    manager: EntityManager,
    topic: string,
    record: RawRecord & { subject: string; aggregateId: string },
  ): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`OutboxWriter.appendRaw(${topic}) must run inside a transaction`);
    }
    const id = randomUUID();
    await recordRequestEffect(manager, record.subject);
    await runSql(lockOutboxAggregate, { lockSpace: OUTBOX_LOCK_SPACE, aggregateId: record.aggregateId }, manager);
    await runSql(
      insertOutboxEvent,
      {
        id,
        aggregateType: 'raw-record',
        aggregateId: record.aggregateId,
        type: RAW_RECORD_TYPE,
        topic,
        subject: record.subject,
        source: this.source,
        payload: rawRecordPayload(record),
        correlationId: currentCorrelationId() ?? null,
      },
      manager,
    );
    return id;
  }

  /**
   * Appends many events of one type in two statements (a consumer's batch): every event is
   * validated first, the aggregates' locks are taken in a fixed order (no deadlock with another
   * batch), and the rows keep the order of `events`, so the per-aggregate order holds.
   */
  async appendMany<E extends EventDefinition>(
    manager: EntityManager,
    definition: E,
    events: readonly OutboxAppend<E>[] | PreparedEvents<E>,
  ): Promise<string[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`OutboxWriter.appendMany(${definition.type}) must run inside a transaction`);
    }
    const prepared = 'payloads' in events ? events : this.prepareMany(definition, events);
    if (prepared.events.length === 0) return [];
    await recordRequestEffect(manager, prepared.events[0]!.subject);
    const ids = prepared.events.map(() => randomUUID());
    const aggregates = [...new Set(prepared.events.map((event) => event.aggregateId))];
    await runSql(lockOutboxAggregates, { lockSpace: OUTBOX_LOCK_SPACE, aggregateIds: aggregates }, manager);
    const fallbackCorrelation = currentCorrelationId() ?? null;
    await runSql(
      insertOutboxEvents,
      {
        aggregateType: definition.aggregateType,
        type: definition.type,
        topic: definition.topic,
        source: this.source,
        ids,
        aggregateIds: prepared.events.map((event) => event.aggregateId),
        subjects: prepared.events.map((event) => event.subject),
        // One JSON array of the payloads: a text[] parameter would escape every quote of them twice over.
        payloads: `[${prepared.payloads.join(',')}]`,
        // pg sends a null element as NULL (no correlation id); pgtyped types array elements as non-null.
        correlationIds: prepared.events.map((event) => event.correlationId ?? fallbackCorrelation) as string[],
      },
      manager,
    );
    return ids;
  }

  /**
   * Validates and serialises events for appendMany, without a query: a caller whose transaction's
   * connection is busy (a bulk COPY) can do this work meanwhile, and append them afterwards.
   */
  prepareMany<E extends EventDefinition>(definition: E, events: readonly OutboxAppend<E>[]): PreparedEvents<E> {
    return {
      definition,
      events: events.map(({ subject, aggregateId, correlationId }) => ({ subject, aggregateId, correlationId })),
      payloads: events.map((event) => JSON.stringify(validated(definition, event.data))),
    };
  }
}

/** Events of one type, validated and serialised by prepareMany (their JSON payloads in order). */
export interface PreparedEvents<E extends EventDefinition> {
  readonly definition: E;
  readonly events: readonly Omit<OutboxAppend<E>, 'data'>[];
  readonly payloads: readonly string[];
}

function validated<E extends EventDefinition>(definition: E, data: EventData<E>): EventData<E> {
  const parsed = definition.schema.safeParse(data);
  if (!parsed.success) {
    throw new InvalidEventDataError(
      definition.type,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  return parsed.data as EventData<E>;
}
