import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { defineEvent } from './define-event';
import { isoDateTime, safeText, statusType, uuid } from './common';
import { complianceSeverity } from './compliance.events';
import { taxpayerId } from './declaration.events';

export const CHANNELS = ['green', 'yellow', 'red'] as const;

/**
 * The control channel of one declaration, with its reasons: which rules fired, which AEO
 * benefit applied, and the random draw, so the decision can be explained and reproduced.
 */
export const ChannelDecided = defineEvent({
  type: 'aeo.channel.decided.v1',
  topic: TOPIC_NAMES.riskEvents,
  aggregateType: 'trader',
  summary:
    'The risk engine decided the control channel of a declaration (green: release, yellow: documentary check, red: physical inspection).',
  schema: z.object({
    decisionId: uuid,
    declarationId: safeText.min(1),
    traderTaxpayerId: taxpayerId,
    /**
     * The trader's AEO standing the decision applied: the status type in force at lodgement (an
     * AEOF whose security part is suspended is AEOC), or null when none is. Absent from decisions
     * published before it was added (readers then infer it from `benefitsApplied`).
     */
    aeoStatusType: statusType.nullable().optional(),
    channel: z.enum(CHANNELS),
    riskScore: z.number().min(0).max(100),
    firedRules: z.array(z.strictObject({ rule: safeText, channel: z.enum(CHANNELS), reason: safeText })),
    benefitsApplied: z.array(z.strictObject({ benefit: safeText, basis: safeText })),
    randomSelection: z.strictObject({
      draw: z.number().min(0).max(1),
      rate: z.number().min(0).max(1),
      selected: z.boolean(),
    }),
    priority: z.boolean(),
    priorNotice: z.boolean(),
    modelVersion: safeText,
    decidedAt: isoDateTime,
  }),
});

/** A risk signal that later workflows turn into an early revalidation or a suspension review. */
export const RiskAlertRaised = defineEvent({
  type: 'aeo.risk-alert.raised.v1',
  topic: TOPIC_NAMES.riskAlertEvents,
  aggregateType: 'trader',
  summary:
    'A serious risk signal about an AEO (e.g. a serious infringement) that calls for an early revalidation or a suspension review.',
  schema: z.object({
    alertId: uuid,
    taxpayerId,
    operatorId: uuid.optional(),
    severity: complianceSeverity,
    recommendation: z.enum(['early-revalidation', 'suspension-review']),
    reason: safeText.min(1),
    sourceEventId: safeText.min(1),
    raisedAt: isoDateTime,
  }),
});

export const RISK_EVENTS = [ChannelDecided, RiskAlertRaised] as const;
