import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { ApplicationSubmitted, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import type { DataSource } from 'typeorm';
import { SEARCH_ATTRIBUTE_KEYS, TASK_QUEUES, certificationWorkflow, certificationWorkflowId } from '@aeo/workflows';
import { tagRunningCertifications } from '../pilot-participants/pilot-participants.consumer';
import { pilotOfCompany } from '../pilot-participants/pilot-participants.repository';
import { ProgrammeService } from '../programme/programme.service';

/**
 * Starts the certification workflow of every submitted application, from the committed
 * `application.submitted` event (so no submission is lost between the database and Temporal).
 * The deterministic workflow id and the reuse policy make a repeated start harmless. A pilot
 * company's certification carries its pilot (`AeoPilotId`); when the company joined a pilot while
 * the start was on its way, the workflow is tagged right after it (the consumer of the acceptance
 * may have found it not started yet).
 */
@Injectable()
export class CertificationStarter {
  constructor(
    consumers: ConsumerRegistry,
    private readonly temporal: Client,
    private readonly programme: ProgrammeService,
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const company = { taxpayerId: data.taxpayerId, operatorId: data.operatorId };
    const pilotId = await pilotOfCompany(this.dataSource, company);
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
          ...(pilotId ? [{ key: SEARCH_ATTRIBUTE_KEYS.pilotId, value: pilotId }] : []),
        ],
        // The consumer runs this inside the event's correlation id; the client interceptor puts it
        // in the start's Temporal header and the memo.
        memo: { taxpayerId: data.taxpayerId },
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      throw error;
    }
    const joined = await pilotOfCompany(this.dataSource, company);
    if (joined && joined !== pilotId)
      await tagRunningCertifications(this.temporal, this.dataSource.manager, joined, company);
  }
}
