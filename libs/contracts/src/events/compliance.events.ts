import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { defineEvent } from './define-event';
import { isoDateTime, safeText } from './common';
import { taxpayerId } from './declaration.events';

export const COMPLIANCE_SEVERITIES = ['minor', 'moderate', 'serious', 'critical'] as const;
export const complianceSeverity = z.enum(COMPLIANCE_SEVERITIES);

/** An infringement, penalty or audit finding recorded against a trader by customs or a partner agency. */
export const ComplianceRecorded = defineEvent({
  type: 'aeo.compliance.recorded.v1',
  topic: TOPIC_NAMES.complianceEvents,
  aggregateType: 'trader',
  summary: 'A compliance event (infringement, penalty, audit finding) was recorded against a trader.',
  schema: z.object({
    complianceEventId: safeText.trim().min(1).max(64),
    taxpayerId,
    kind: z.enum(['infringement', 'penalty', 'audit-finding']),
    severity: complianceSeverity,
    occurredAt: isoDateTime,
    recordedBy: safeText.trim().min(1).max(100),
    description: safeText.trim().min(1).max(2000),
    declarationId: safeText.trim().min(1).max(64).optional(),
  }),
});

export const COMPLIANCE_EVENTS = [ComplianceRecorded] as const;
