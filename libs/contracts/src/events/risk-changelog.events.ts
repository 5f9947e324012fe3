import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { eventsOn } from './define-event';
import { isoDateTime, safeText, statusType, uuid } from './common';
import { taxpayerId } from './declaration.events';
import { ChannelDecided } from './risk.events';

const changelogEvent = eventsOn(TOPIC_NAMES.decisionChangelog, 'declarations partition');

const riskFactors = z.array(z.strictObject({ factor: safeText.min(1), contribution: z.number(), detail: safeText }));
const score = z.number().min(0).max(100);

/**
 * What one transaction of the transactional channel decider changed for one input partition of
 * the declarations, for the write-behind to store (`CHANNEL_DECISIONS_PATH=transactional`): the
 * decisions with the facts the channel statistics and the daily buckets count (region, office,
 * lodgement, value, duties), the traders' scores after it, and the score changes in order. It
 * travels on the input partition's own changelog partition, in the Kafka transaction that
 * publishes the decisions and commits the declarations' offsets.
 */
export const DecisionsRecorded = changelogEvent({
  type: 'aeo.risk.decisions-recorded.v1',
  summary:
    "Internal to risk-management: one transaction's channel decisions and profile changes of one declarations partition, for the write-behind to store.",
  internal: true,
  schema: z.strictObject({
    inputPartition: z.number().int().min(0),
    /**
     * The decider's transaction on this partition, counted on from its last owner's: the
     * write-behind stores the highest whose records it has all stored, and the decider forgets the
     * decisions it kept in memory up to it.
     */
    sequence: z.number().int().min(0),
    /** The transaction's last record on this partition (a transaction's changes may take several). */
    lastOfTransaction: z.boolean(),
    decidedAt: isoDateTime,
    decisions: z
      .array(
        ChannelDecided.schema.extend({
          aeoStatusType: statusType.nullable(),
          sourceEventId: safeText.min(1),
          region: safeText.min(1),
          customsOffice: safeText.min(1),
          lodgedAt: isoDateTime,
          customsValue: z.number().nonnegative(),
          duties: z.number().nonnegative(),
        }),
      )
      .max(1000),
    profiles: z
      .array(
        z.strictObject({
          taxpayerId,
          aeo: z.strictObject({ operatorId: uuid, status: safeText.min(1), statusType: safeText.min(1) }).nullable(),
          score,
          factors: riskFactors,
          modelVersion: safeText.min(1),
        }),
      )
      .max(1000),
    history: z
      .array(
        z.strictObject({
          taxpayerId,
          score,
          previous: score.nullable(),
          factors: riskFactors,
          modelVersion: safeText.min(1),
          sourceEventId: safeText.min(1),
        }),
      )
      .max(1000),
  }),
});

/**
 * A decider took an input partition over: the write-behind marks it stored, and the decider reads
 * the partition's traders from the database only once it has (everything its last owner decided is
 * stored by then).
 */
export const DecisionPartitionTaken = changelogEvent({
  type: 'aeo.risk.decision-partition-taken.v1',
  summary:
    'Internal to risk-management: a channel decider took a declarations partition over; once stored, the database has everything decided before.',
  internal: true,
  schema: z.strictObject({
    inputPartition: z.number().int().min(0),
    takenAt: isoDateTime,
    /** The decider instance (its Kafka transactional id). */
    decider: safeText.min(1).max(200),
  }),
});

export const RISK_CHANGELOG_EVENTS = [DecisionsRecorded, DecisionPartitionTaken] as const;
