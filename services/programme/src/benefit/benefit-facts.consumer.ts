import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import {
  ChannelDecided,
  DECLARATION_TAXPAYER_ID_FIELDS,
  DeclarationLodged,
  taxpayerIdRules,
  TOPIC_NAMES,
  type EventData,
} from '@aeo/contracts';
import { ConsumerRegistry, type ConsumedEvent } from '@aeo/messaging';
import type { ProgrammeConfig } from '../config';
import { DEFAULT_TIME_ZONE } from '../kpis/periods';
import { aeoStatusTypeOf, withDecision, withLodgement, type BenefitFact } from './benefit-fold';
import { upsertSide, type BenefitSide } from './benefit.repository';

/** The consumer group (the recompute runs it under a fresh suffix); it claims no inbox rows. */
export const BENEFIT_FACTS_CONSUMER = 'programme.benefit-facts';
export const BENEFIT_FACT_TOPICS = [TOPIC_NAMES.declarationEvents, TOPIC_NAMES.riskEvents];

/**
 * Events per transaction (one statement each): a Kafka batch of a partition (up to 4 MiB, about
 * 2,000 records) in one go; each transaction costs three round trips whatever its size.
 */
const BENEFIT_BATCH = 2000;

/**
 * The fold is pipelined (bench/README.md, "pipelined fold"): kafkajs fetches and the records are
 * decoded and validated while PostgreSQL works on up to this many batches already decoded (three
 * partitions' transactions at once), each partition's offset committed after its work. Without it
 * the service and its database took turns: a fetch's batches were all folded before the next
 * fetch, and the process waited for PostgreSQL a third of the time.
 */
const BENEFIT_BATCHES_IN_FLIGHT = 6;

/** A fetch of up to 4 MiB a partition (about 2,000 events, one transaction) and 48 MiB in all. */
const BENEFIT_FETCH_BYTES_PER_PARTITION = 4 * 1024 * 1024;
const BENEFIT_FETCH_BYTES = 48 * 1024 * 1024;

type Fold<E> = (fact: BenefitFact, event: ConsumedEvent<E>) => BenefitFact;

const noFact = (declarationId: string): BenefitFact => ({ declarationId, lodgement: null, decision: null });

/**
 * Folds one side of declarations (a batch is of one event type): the facts merged per declaration
 * (a batch may name one twice), then each declaration's side upserted and the roll-up moved in one
 * statement (kept when the stored side is earlier; only replaced sides move the roll-up, and a new
 * declaration has one side only and counts nothing yet).
 */
export async function foldSides(
  manager: EntityManager,
  side: BenefitSide,
  facts: readonly BenefitFact[],
  timeZone = DEFAULT_TIME_ZONE,
): Promise<void> {
  const folded = new Map<string, BenefitFact>();
  for (const fact of facts) {
    const kept = folded.get(fact.declarationId) ?? noFact(fact.declarationId);
    const lodgement = side === 'lodgement' ? fact.lodgement : null;
    const decision = side === 'decision' ? fact.decision : null;
    folded.set(
      fact.declarationId,
      lodgement ? withLodgement(kept, lodgement) : decision ? withDecision(kept, decision) : kept,
    );
  }
  await upsertSide(manager, side, [...folded.values()], timeZone);
}

const foldBatch = <E extends { declarationId: string }>(
  manager: EntityManager,
  events: readonly ConsumedEvent<E>[],
  side: BenefitSide,
  fold: Fold<E>,
  timeZone: string,
) =>
  foldSides(
    manager,
    side,
    events.map((event) => fold(noFact(event.data.declarationId), event)),
    timeZone,
  );

const lodgementOf: Fold<EventData<typeof DeclarationLodged>> = (fact, { id, data }) =>
  withLodgement(fact, {
    eventId: id,
    lodgedAt: data.lodgedAt,
    region: data.region,
    customsOffice: data.customsOffice,
    traderTaxpayerId: data.traderTaxpayerId,
    customsValue: String(data.customsValue),
    currency: data.currency,
  });

const decisionOf: Fold<EventData<typeof ChannelDecided>> = (fact, { id, data }) => {
  const benefits = data.benefitsApplied.map((applied) => applied.benefit);
  return withDecision(fact, {
    eventId: id,
    decisionId: data.decisionId,
    decidedAt: data.decidedAt,
    channel: data.channel,
    aeoStatusType: aeoStatusTypeOf(benefits, data.aeoStatusType),
    benefits,
    priority: data.priority,
  });
};

/**
 * The benefit family's consumer (own group; malformed events go to `<topic>.dlq` through the
 * library): every lodged declaration and every channel decision, a Kafka batch at a time in one
 * transaction (about a million declarations a year, and as many decisions). Each side of a
 * declaration is set by its own event and kept unless a later event is earlier (to the
 * millisecond, then by event id), so a decision before its declaration folds the same, and a
 * redelivery — or a resent event, under its id or a new one — changes nothing. That is why the
 * consumer claims no inbox rows (`idempotentByKey`: two million rows a year saved, the fold's
 * largest write after the facts); the benefit int-spec redelivers events through Kafka to prove it.
 * An event whose taxpayer ids are not of the programme's format (`TAXPAYER_ID_PATTERN`) is
 * dead-lettered with the field named.
 */
@Injectable()
export class BenefitFactsConsumer {
  constructor(consumers: ConsumerRegistry, @Inject(APP_CONFIG) config: ProgrammeConfig) {
    const timeZone = config.PROGRAMME_TIME_ZONE;
    consumers.register(
      BENEFIT_FACTS_CONSUMER,
      BENEFIT_FACT_TOPICS,
      (consumer) => {
        // No inbox claim: a side is kept unless the event is earlier, so the same event again changes nothing.
        const byKey = { idempotentByKey: true };
        // Taxpayer ids of the programme's format, as risk-management decides a declaration only then:
        // a look-alike id (a hidden character) would count as another trader.
        const pattern = config.TAXPAYER_ID_PATTERN;
        consumer.onBatch(
          DeclarationLodged,
          (events, manager) => foldBatch(manager, events, 'lodgement', lodgementOf, timeZone),
          { ...byKey, rules: taxpayerIdRules(pattern, DECLARATION_TAXPAYER_ID_FIELDS) },
        );
        consumer.onBatch(
          ChannelDecided,
          (events, manager) => foldBatch(manager, events, 'decision', decisionOf, timeZone),
          { ...byKey, rules: taxpayerIdRules(pattern, ['traderTaxpayerId']) },
        );
      },
      {
        maxBatchSize: BENEFIT_BATCH,
        partitionsConsumedConcurrently: 3,
        maxBatchesInFlight: BENEFIT_BATCHES_IN_FLIGHT,
        maxBytesPerPartition: BENEFIT_FETCH_BYTES_PER_PARTITION,
        maxBytes: BENEFIT_FETCH_BYTES,
      },
    );
  }
}
