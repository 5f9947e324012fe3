import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WorkflowActionFailed, toSafeText } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { voidHumanStep } from '@aeo/persistence';
import { boundActivities } from '@aeo/temporal';
import type { WorkflowAlertActivities, WorkflowFailureAlert } from '@aeo/workflows';

/** Text PostgreSQL can store, whatever the failed step carried (NUL and unpaired surrogates become U+FFFD), within `max`. */
export function storable(text: string, max: number): string {
  // Cut first, then cleaned: a cut through a surrogate pair leaves no unpaired half.
  return toSafeText((text.trim() || '(empty)').slice(0, max));
}

/**
 * Tells operations that a workflow step failed for good (`aeo.workflow.action-failed.v1`
 * through the outbox, routed to the operations team by notifications, and an error log line).
 * Its text is made storable first, since the failure it reports is often text the database
 * refused. At least once: a retry after the commit raises a second alert.
 */
@Injectable()
export class WorkflowAlertsActivities implements WorkflowAlertActivities {
  private readonly logger = new Logger('WorkflowAlerts');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  asActivities(): WorkflowAlertActivities {
    return boundActivities(this, ['alertWorkflowFailure']);
  }

  async alertWorkflowFailure(input: WorkflowFailureAlert): Promise<void> {
    const data = {
      workflowId: storable(input.workflowId, 200),
      process: input.process,
      applicationId: input.applicationId,
      ...(input.authorisationNumber ? { authorisationNumber: storable(input.authorisationNumber, 64) } : {}),
      operatorId: input.operatorId,
      taxpayerId: storable(input.taxpayerId, 32),
      region: input.region,
      action: storable(input.action, 200),
      outcome: input.outcome,
      activity: storable(input.activity, 200),
      failureType: storable(input.failureType, 100),
      detail: storable(input.detail, 2000),
      ...(input.by ? { by: storable(input.by, 200) } : {}),
      failedAt: new Date().toISOString(),
    };
    this.logger.error(
      `workflow ${data.workflowId}: ${data.action} ${{ 'action-refused': 'refused', 'step-skipped': 'skipped', 'step-retried': 'retried' }[data.outcome]}; ${data.activity} failed for good (${data.failureType}): ${data.detail}`,
    );
    await this.dataSource.transaction(async (manager) => {
      await this.outbox.append(manager, WorkflowActionFailed, {
        subject: data.authorisationNumber ?? data.applicationId,
        aggregateId: data.operatorId,
        data,
      });
      // A customs acceptance or rejection the workflow could not record: it awaits a new decision, so the step is no longer taken.
      if (
        input.process === 'certification' &&
        input.outcome === 'action-refused' &&
        (input.action === 'acceptance' || input.action === 'rejection')
      ) {
        await voidHumanStep(manager, {
          subjectType: 'application',
          subjectId: input.applicationId,
          step: 'acceptance',
        });
      }
    });
  }
}
