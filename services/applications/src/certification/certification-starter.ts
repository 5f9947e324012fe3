import { Injectable } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { ApplicationSubmitted, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import { SEARCH_ATTRIBUTE_KEYS, TASK_QUEUES, certificationWorkflow, certificationWorkflowId } from '@aeo/workflows';
import { ProgrammeService } from '../programme/programme.service';

/**
 * Starts the certification workflow of every submitted application, from the committed
 * `application.submitted` event (so no submission is lost between the database and Temporal).
 * The deterministic workflow id and the reuse policy make a repeated start harmless.
 */
@Injectable()
export class CertificationStarter {
  constructor(
    consumers: ConsumerRegistry,
    private readonly temporal: Client,
    private readonly programme: ProgrammeService,
  ) {
    consumers.register('applications.certification-starter', [TOPIC_NAMES.applicationEvents], (consumer) =>
      consumer.on(ApplicationSubmitted, async (event) => this.start(event.data)),
    );
  }

  private async start(data: (typeof ApplicationSubmitted)['schema']['_output']): Promise<void> {
    // The time limits of the programme version the application was filed under.
    const programme = data.programmeVersion
      ? await this.programme.get(data.programmeVersion)
      : await this.programme.current();
    const { acceptanceDays, decisionDays, maxExtensionDays, hearingDays, effectDays, validationDays, reminderDays } =
      programme.document.timeLimits;
    try {
      await this.temporal.workflow.start(certificationWorkflow, {
        workflowId: certificationWorkflowId(data.applicationId),
        taskQueue: TASK_QUEUES.certification,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [
          {
            applicationId: data.applicationId,
            operatorId: data.operatorId,
            taxpayerId: data.taxpayerId,
            region: data.region,
            statusType: data.statusType,
            submittedAt: data.submittedAt,
            programmeVersion: programme.version,
            timeLimits: {
              acceptanceDays,
              decisionDays,
              maxExtensionDays,
              hearingDays,
              effectDays,
              validationDays,
              reminderDays,
            },
          },
        ],
        typedSearchAttributes: [
          { key: SEARCH_ATTRIBUTE_KEYS.applicationId, value: data.applicationId },
          { key: SEARCH_ATTRIBUTE_KEYS.operatorId, value: data.operatorId },
          { key: SEARCH_ATTRIBUTE_KEYS.region, value: data.region },
          { key: SEARCH_ATTRIBUTE_KEYS.statusType, value: data.statusType },
          { key: SEARCH_ATTRIBUTE_KEYS.stage, value: 'acceptance' },
        ],
        // The consumer runs this inside the event's correlation id; the client interceptor puts it
        // in the start's Temporal header and the memo.
        memo: { taxpayerId: data.taxpayerId },
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      throw error;
    }
  }
}
