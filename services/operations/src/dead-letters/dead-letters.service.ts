import { ConflictException, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { DLQ_SUFFIX, dlqTopicOf, TOPICS } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { recordAudit } from '@aeo/persistence';
import type { OperationsConfig } from '../config';
import { readableText, replayRecordOf } from './dead-letter-record';
import type { DeadLetterListQuery } from './dead-letter.schemas';
import {
  lockedDeadLetter,
  pageOfDeadLetters,
  settle,
  storedDeadLetter,
  type StoredDeadLetter,
} from './dead-letters.repository';

const PLATFORM_TOPICS = new Set(TOPICS.map((topic) => topic.name));

const bytes = (value: Buffer | null) =>
  value === null ? null : { text: readableText(value), base64: value.toString('base64') };

/** A stored dead letter as the API shows it: its key, value and headers as text where readable, and as base64. */
function detailOf(deadLetter: StoredDeadLetter) {
  const { recordKey, payload, headers, ...listed } = deadLetter;
  return {
    ...listed,
    key: bytes(recordKey),
    value: bytes(payload),
    headers: headers.map(([name, value]) => ({ name, ...bytes(value)! })),
  };
}
export type DeadLetterDetail = ReturnType<typeof detailOf>;

const settledText = (deadLetter: StoredDeadLetter) =>
  `${deadLetter.state} by ${deadLetter.settledBy} on ${deadLetter.settledAt?.toISOString()}: ${deadLetter.settleReason}`;

/**
 * The platform's dead letters and what operations do with them: replay (the original record
 * published again to its topic through the outbox, in the transaction that marks it replayed and
 * audits the decision) or discard (marked and audited). Each is decided once: asked again, the
 * same decision answers the dead letter as the first one left it and does nothing more; the other
 * decision is refused (409).
 */
@Injectable()
export class DeadLettersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: OperationsConfig,
  ) {}

  async page(query: DeadLetterListQuery) {
    const { page, pageSize, ...filter } = query;
    const found = await pageOfDeadLetters(this.dataSource, filter, { limit: pageSize, offset: (page - 1) * pageSize });
    return { ...found, page, pageSize };
  }

  async get(id: string): Promise<DeadLetterDetail> {
    return detailOf(await this.found(this.dataSource, id));
  }

  async replay(user: AuthenticatedUser, id: string, reason: string): Promise<DeadLetterDetail> {
    return this.decide(
      user,
      id,
      'replayed',
      async (manager, deadLetter) => {
        const topic = this.replayTopic(deadLetter);
        const replayOutboxId = await this.outbox.appendRaw(manager, topic, {
          ...replayRecordOf(id, deadLetter),
          subject: id,
          aggregateId: `${topic}/${deadLetter.recordKey?.toString('base64') ?? id}`,
        });
        await settle(manager, id, { state: 'replayed', settledBy: user.sub, reason, replayOutboxId });
        return { state: 'replayed', topic, replayEventId: replayOutboxId };
      },
      reason,
    );
  }

  async discard(user: AuthenticatedUser, id: string, reason: string): Promise<DeadLetterDetail> {
    return this.decide(
      user,
      id,
      'discarded',
      async (manager) => {
        await settle(manager, id, { state: 'discarded', settledBy: user.sub, reason, replayOutboxId: null });
        return { state: 'discarded' };
      },
      reason,
    );
  }

  /**
   * Takes a decision on a new dead letter under its row lock, with its audit entry, in one
   * transaction; the same decision taken already answers the dead letter as it left it, the
   * other one is refused (409).
   */
  private decide(
    user: AuthenticatedUser,
    id: string,
    decision: 'replayed' | 'discarded',
    take: (manager: EntityManager, deadLetter: StoredDeadLetter) => Promise<Record<string, unknown>>,
    reason: string,
  ): Promise<DeadLetterDetail> {
    return this.dataSource.transaction(async (manager) => {
      const deadLetter = await this.locked(manager, id);
      if (deadLetter.state === decision) return detailOf(deadLetter);
      if (deadLetter.state !== 'new')
        throw new ConflictException(
          `Dead letter ${id} was ${deadLetter.state} and is not ${decision}: ${settledText(deadLetter)}`,
        );
      const after = await take(manager, deadLetter);
      await recordAudit(manager, {
        actor: user,
        action: `dead-letter.${decision}`,
        entityType: 'dead-letter',
        entityId: id,
        before: { state: deadLetter.state },
        after,
        reason,
      });
      return detailOf(await this.found(manager, id));
    });
  }

  /**
   * The topic a replay goes to: the record's original topic, when the dead-letter topic it was read
   * from is that topic's (the header alone could name any topic) and it is one of the platform's (or
   * of DEAD_LETTER_REPLAY_EXTRA_TOPICS).
   */
  private replayTopic(deadLetter: StoredDeadLetter): string {
    const topic = deadLetter.originalTopic;
    if (topic === null)
      throw new UnprocessableEntityException(
        `Dead letter ${deadLetter.id} names no original topic (its dlq_original_topic header is missing or not a topic name): it cannot be replayed`,
      );
    if (deadLetter.dlqTopic !== dlqTopicOf(topic))
      throw new UnprocessableEntityException(
        `Dead letter ${deadLetter.id} came from ${deadLetter.dlqTopic} but names ${topic}: a record is replayed only to the topic whose ${DLQ_SUFFIX} topic it came from`,
      );
    if (
      topic.endsWith(DLQ_SUFFIX) ||
      !(PLATFORM_TOPICS.has(topic) || this.config.DEAD_LETTER_REPLAY_EXTRA_TOPICS.test(topic))
    )
      throw new UnprocessableEntityException(
        `Dead letter ${deadLetter.id} came from ${topic}, which is not a topic of the platform: it is not replayed there`,
      );
    return topic;
  }

  private async locked(manager: EntityManager, id: string): Promise<StoredDeadLetter> {
    if (!(await lockedDeadLetter(manager, id))) throw new NotFoundException(`Dead letter ${id} not found`);
    return this.found(manager, id);
  }

  private async found(runner: DataSource | EntityManager, id: string): Promise<StoredDeadLetter> {
    const deadLetter = await storedDeadLetter(runner, id);
    if (!deadLetter) throw new NotFoundException(`Dead letter ${id} not found`);
    return deadLetter;
  }
}
