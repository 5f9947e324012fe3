import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import {
  PILOT_INVITATION_LIMITS,
  PILOT_INVITATION_SYSTEM_ACTOR,
  pilotInvitationWorkflowId,
  pilotOverSignal,
} from '@aeo/workflows';
import { lockParticipant, participants } from '../selection/selection.repository';
import { PilotInvitationRecorder } from './invitations.activities';

/** An invitation the candidate has not answered: chosen (its workflow about to invite it) or invited. */
const OPEN_STAGES = new Set(['chosen', 'invited']);

const endedWorkflow = (error: unknown) =>
  error instanceof WorkflowNotFoundError || /already completed/i.test(String((error as Error | undefined)?.message));

/**
 * When a pilot is cancelled or ends, the invitations its candidates have not answered are withdrawn:
 * each invitation workflow is told with the `pilotOver` signal (it records the system's `withdraw`
 * with the reason: the participant's row, record, audit entry and
 * `aeo.programme.pilot.participant-withdrawn.v1`, which notifies the company); a chosen candidate
 * whose invitation workflow was never started is withdrawn here, the same way. Safe to repeat: an
 * invitation answered or withdrawn meanwhile is left as it is.
 */
@Injectable()
export class OpenInvitationsWithdrawal {
  private readonly logger = new Logger(OpenInvitationsWithdrawal.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly recorder: PilotInvitationRecorder,
  ) {}

  /** Withdraws the pilot's open invitations with the reason; answers the candidates told. */
  async withdrawOpen(pilotId: string, reason: string): Promise<string[]> {
    const why = reason.slice(0, PILOT_INVITATION_LIMITS.reason);
    const open = (await participants(this.dataSource, pilotId, null)).filter((p) => OPEN_STAGES.has(p.stage));
    for (const { taxpayerId } of open) {
      try {
        await this.temporal.workflow
          .getHandle(pilotInvitationWorkflowId(pilotId, taxpayerId))
          .signal(pilotOverSignal, { reason: why });
      } catch (error) {
        if (!endedWorkflow(error)) throw error;
        await this.withdrawUninvited(pilotId, taxpayerId, why);
      }
    }
    if (open.length > 0)
      this.logger.log({ pilotId, taxpayerIds: open.map((p) => p.taxpayerId) }, 'open invitations withdrawn');
    return open.map((p) => p.taxpayerId);
  }

  /** A chosen candidate without an invitation workflow: withdrawn at once (when it is still chosen). */
  private async withdrawUninvited(pilotId: string, taxpayerId: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await lockParticipant(manager, pilotId, taxpayerId);
      if (locked?.stage !== 'chosen') return;
      await this.recorder.recordWithdrawalIn(manager, {
        pilotId,
        taxpayerId,
        from: 'chosen',
        by: PILOT_INVITATION_SYSTEM_ACTOR,
        byRoles: [],
        reason,
      });
    });
  }
}
