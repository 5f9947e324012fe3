import { ConflictException, Injectable, Logger, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { DataSource } from 'typeorm';
import {
  LifecycleActionInput,
  RevalidationInput,
  RevalidationState,
  RevalidationTriggerInput,
  SEARCH_ATTRIBUTE_KEYS,
  TASK_QUEUES,
  lifecycleActionUpdate,
  revalidationStateQuery,
  revalidationTriggerSignal,
  revalidationWorkflow,
  revalidationWorkflowId,
} from '@aeo/workflows';
import { ProgrammeService } from '../programme/programme.service';
import { updateRefusal } from '../shared/workflow-update-refusal';
import { type LifecycleAuthorisation, findAuthorisation } from './lifecycle.repository';

/**
 * The applications service's side of the revalidation workflows: their input from the register
 * and the programme, starting them, triggers, people's actions (one Temporal update) and queries,
 * with Temporal's errors turned into HTTP answers.
 */
@Injectable()
export class RevalidationWorkflows {
  private readonly logger = new Logger(RevalidationWorkflows.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly programme: ProgrammeService,
  ) {}

  /** The workflow's input for an authorisation as the register has it now. */
  async inputFor(row: LifecycleAuthorisation): Promise<RevalidationInput> {
    const programme = row.programmeVersion
      ? await this.programme.get(row.programmeVersion)
      : await this.programme.current();
    const limits = programme.document.timeLimits;
    return {
      authorisationNumber: row.authorisationNumber,
      applicationId: row.applicationId,
      operatorId: row.operatorId,
      taxpayerId: row.taxpayerId,
      region: row.region,
      statusType: row.statusType,
      programmeVersion: programme.version,
      cycle: row.revalidationCycle,
      nextDueAt: new Date(row.revalidationDue).toISOString(),
      conditions: row.conditions,
      policy: {
        intervalMonths: limits.revalidationYears * 12,
        hearingDays: limits.hearingDays,
        validationDays: limits.validationDays,
        reminderDays: limits.reminderDays,
      },
    };
  }

  private options(row: LifecycleAuthorisation, input: RevalidationInput) {
    return {
      workflowId: revalidationWorkflowId(row.authorisationNumber),
      taskQueue: TASK_QUEUES.certification,
      // A run that failed or was terminated may be started again (the watchdog's repair); a completed one (revoked, surrendered) not.
      workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
      args: [input] as [RevalidationInput],
      typedSearchAttributes: [
        { key: SEARCH_ATTRIBUTE_KEYS.authorisationNumber, value: row.authorisationNumber },
        { key: SEARCH_ATTRIBUTE_KEYS.applicationId, value: row.applicationId },
        { key: SEARCH_ATTRIBUTE_KEYS.operatorId, value: row.operatorId },
        { key: SEARCH_ATTRIBUTE_KEYS.region, value: row.region },
        { key: SEARCH_ATTRIBUTE_KEYS.statusType, value: row.statusType },
        { key: SEARCH_ATTRIBUTE_KEYS.stage, value: 'monitoring' },
        { key: SEARCH_ATTRIBUTE_KEYS.revalidationDue, value: new Date(row.revalidationDue) },
      ],
      // The correlation id of the caller's context goes into the Temporal header and the memo (client interceptor).
      memo: { taxpayerId: row.taxpayerId },
    };
  }

  /** Starts the workflow of an authorisation; false when one runs (or ran to its end) already. */
  async start(authorisationNumber: string): Promise<boolean> {
    const row = await this.row(authorisationNumber);
    try {
      await this.temporal.workflow.start(revalidationWorkflow, this.options(row, await this.inputFor(row)));
      this.logger.log(
        `revalidation workflow started for ${authorisationNumber}, due ${new Date(row.revalidationDue).toISOString()}`,
      );
      return true;
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
      throw error;
    }
  }

  /** Delivers a trigger, starting the workflow first if it is missing (an authorisation granted before workflows existed). */
  async trigger(authorisationNumber: string, trigger: RevalidationTriggerInput): Promise<void> {
    const row = await this.row(authorisationNumber);
    if (row.status !== 'granted' && row.status !== 'suspended') {
      this.logger.warn(`trigger ${trigger.triggerId} ignored: authorisation ${authorisationNumber} is ${row.status}`);
      return;
    }
    if (row.status === 'suspended') {
      // A suspended authorisation's workflow cannot be rebuilt from the register (its suspension lives in it): signal only.
      try {
        await this.temporal.workflow
          .getHandle(revalidationWorkflowId(authorisationNumber))
          .signal(revalidationTriggerSignal, trigger);
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
        this.logger.warn(
          `trigger ${trigger.triggerId} not delivered: suspended authorisation ${authorisationNumber} has no running workflow (the watchdog reports it)`,
        );
      }
      return;
    }
    try {
      await this.temporal.workflow.signalWithStart(revalidationWorkflow, {
        ...this.options(row, await this.inputFor(row)),
        signal: revalidationTriggerSignal,
        signalArgs: [trigger],
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        this.logger.warn(
          `trigger ${trigger.triggerId} ignored: the revalidation workflow of ${authorisationNumber} has ended`,
        );
        return;
      }
      throw error;
    }
  }

  /** Applies a person's action; 409 with the workflow's reason when it does not fit the stage, 422 when its data could not be recorded. */
  async act(authorisationNumber: string, action: LifecycleActionInput, updateId?: string): Promise<RevalidationState> {
    try {
      return await this.temporal.workflow
        .getHandle(revalidationWorkflowId(authorisationNumber))
        .executeUpdate(lifecycleActionUpdate, { args: [action], updateId });
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError) throw updateRefusal('Action', error);
      throw this.unavailable(authorisationNumber, error);
    }
  }

  async state(authorisationNumber: string): Promise<RevalidationState> {
    try {
      return await this.temporal.workflow
        .getHandle(revalidationWorkflowId(authorisationNumber))
        .query(revalidationStateQuery);
    } catch (error) {
      throw this.unavailable(authorisationNumber, error);
    }
  }

  private unavailable(authorisationNumber: string, error: unknown): Error {
    const message = (error as Error).message ?? String(error);
    // The client reports an ended execution as "not found" too; its message tells them apart.
    if (/already completed/i.test(message))
      return new ConflictException(
        `The revalidation workflow of ${authorisationNumber} has ended (the authorisation was revoked or surrendered)`,
      );
    if (error instanceof WorkflowNotFoundError)
      return new ConflictException(
        `Authorisation ${authorisationNumber} has no revalidation workflow (yet): the daily watchdog starts missing ones`,
      );
    return new ServiceUnavailableException(`Workflow service unavailable (${message}); try again`);
  }

  private async row(authorisationNumber: string): Promise<LifecycleAuthorisation> {
    const row = await findAuthorisation(this.dataSource, authorisationNumber);
    if (!row) throw new NotFoundException(`Authorisation ${authorisationNumber} not found`);
    return row;
  }
}
