import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { defineEvent } from './define-event';
import { isoDateTime, regionCode, safeText, uuid } from './common';
import { taxpayerId } from './declaration.events';

const text = (max: number) => safeText.trim().min(1).max(max);

/**
 * A step of a certification or revalidation workflow failed for good: its activity met data that
 * no retry can fix (PostgreSQL refused it, a schema refused it). A person's action is refused
 * with the reason and nothing changes (`action-refused`), or a step the workflow takes on its own
 * is skipped (`step-skipped`), or one it cannot go on without is retried while the workflow waits
 * at its stage (`step-retried`, a deemed acceptance); the workflow stays usable. For the operations team.
 */
export const WorkflowActionFailed = defineEvent({
  type: 'aeo.workflow.action-failed.v1',
  topic: TOPIC_NAMES.certificationEvents,
  aggregateType: 'operator',
  internal: true,
  summary:
    'A workflow step failed for good on data no retry can fix: a person’s action was refused with the reason (nothing changed) or a step the workflow takes on its own was skipped, or one it cannot go on without is retried while it waits at its stage (for the operations team).',
  schema: z.object({
    workflowId: text(200),
    process: z.enum(['certification', 'revalidation']),
    applicationId: uuid,
    authorisationNumber: text(64).optional(),
    operatorId: uuid,
    taxpayerId,
    region: regionCode,
    /** The person's action (`reinstate`, `decision:grant`, ...) or the workflow's own step (`revalidation reminder`, ...). */
    action: text(200),
    outcome: z.enum(['action-refused', 'step-skipped', 'step-retried']),
    /** The activity that failed and its failure type (`InvalidData` for data PostgreSQL or a schema refused). */
    activity: text(200),
    failureType: text(100),
    detail: text(2000),
    by: text(200).optional(),
    failedAt: isoDateTime,
  }),
});

export const WORKFLOW_EVENTS = [WorkflowActionFailed] as const;
