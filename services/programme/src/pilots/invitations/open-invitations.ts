import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import {
  PILOT_INVITATION_LIMITS,
  PILOT_INVITATION_SYSTEM_ACTOR,
  pilotInvitationWorkflowId,
  pilotOverSignal,
} from '@aeo/workflows';
import type { ProgrammeConfig } from '../../config';
import { runNowAndEvery, type Schedule } from '../../deviations/run-now-and-every';
import { lockParticipant } from '../selection/selection.repository';
import { PilotInvitationRecorder } from './invitations.activities';
import { markSwept, openCandidatesDue, pilotsToSweep, recordPilotOverSignalSent } from './open-invitations.repository';

/** Why a pilot's open invitations are withdrawn: its cancellation (with its reason) or its end. */
export function pilotOverReason(pilot: { code: string; status: string; cancelReason: string | null }): string {
  return pilot.status === 'cancelled'
    ? `Pilot ${pilot.code} was cancelled: ${pilot.cancelReason ?? 'no reason recorded'}`
    : `Pilot ${pilot.code} ended before the invitation was answered`;
}

/** The most pilots one sweep repairs (the next sweep takes the rest). */
const SWEEP_PILOTS = 100;

const endedWorkflow = (error: unknown) =>
  error instanceof WorkflowNotFoundError || /already completed/i.test(String((error as Error | undefined)?.message));

/**
 * When a pilot is cancelled or ends, the invitations its candidates have not answered are withdrawn:
 * each invitation workflow is told with the `pilotOver` signal (it records the system's `withdraw`
 * with the reason: the participant's row, record, audit entry and
 * `aeo.programme.pilot.participant-withdrawn.v1`, which notifies the company); a candidate whose
 * invitation workflow was never started (chosen) or is gone (invited, its workflow terminated) is
 * withdrawn here, the same way. Safe to repeat: an invitation answered or withdrawn meanwhile is
 * left as it is (every stage move is conditional on the stage it leaves).
 */
@Injectable()
export class OpenInvitationsWithdrawal {
  private readonly logger = new Logger(OpenInvitationsWithdrawal.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly recorder: PilotInvitationRecorder,
  ) {}

  /**
   * Withdraws the pilot's open invitations with the reason; answers the candidates told. A candidate
   * whose workflow was signalled lately (PILOT_OVER_RESIGNAL: its back-off has not passed) is left
   * out: the workflow keeps the signal it has.
   */
  async withdrawOpen(pilotId: string, reason: string): Promise<string[]> {
    const why = reason.slice(0, PILOT_INVITATION_LIMITS.reason);
    const open = await openCandidatesDue(this.dataSource, pilotId);
    for (const { taxpayerId } of open) {
      try {
        await this.temporal.workflow
          .getHandle(pilotInvitationWorkflowId(pilotId, taxpayerId))
          .signal(pilotOverSignal, { reason: why });
        await recordPilotOverSignalSent(this.dataSource, pilotId, taxpayerId);
      } catch (error) {
        if (!endedWorkflow(error)) throw error;
        await this.withdrawWithoutWorkflow(pilotId, taxpayerId, why);
      }
    }
    if (open.length > 0)
      this.logger.log({ pilotId, taxpayerIds: open.map((p) => p.taxpayerId) }, 'open invitations withdrawn');
    return open.map((p) => p.taxpayerId);
  }

  /**
   * A candidate without a running invitation workflow: withdrawn at once when it is still chosen,
   * or invited (a workflow that ends records its answer first, so an invitation left invited has
   * lost its workflow).
   */
  private async withdrawWithoutWorkflow(pilotId: string, taxpayerId: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await lockParticipant(manager, pilotId, taxpayerId);
      if (locked?.stage !== 'chosen' && locked?.stage !== 'invited') return;
      await this.recorder.recordWithdrawalIn(manager, {
        pilotId,
        taxpayerId,
        from: locked.stage,
        by: PILOT_INVITATION_SYSTEM_ACTOR,
        byRoles: [],
        reason,
      });
    });
  }
}

/**
 * Repairs what a cancellation or an end left half done (its withdrawal of the open invitations
 * failed: Temporal down, a crash; the planned pilot's cancellation answered 503): at the service's
 * start and then every PILOT_SWEEP_INTERVAL_S (0: off), the candidates still chosen or invited of
 * pilots cancelled or over are withdrawn as the cancellation does (`withdrawOpen`: the invitation
 * workflow told, or the service's own withdrawal), each once. A workflow told already is told
 * again only after a back-off (PILOT_OVER_RESIGNAL: 5 minutes, twice as long each time, at most
 * once a day), and each run takes at most SWEEP_PILOTS pilots, the least recently swept first. Runs
 * never overlap in one instance; two instances at once are harmless (each move is conditional on
 * the stage it leaves).
 */
@Injectable()
export class OpenInvitationsSweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OpenInvitationsSweep.name);
  private schedule?: Schedule;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: ProgrammeConfig,
    private readonly withdrawal: OpenInvitationsWithdrawal,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.PILOT_SWEEP_INTERVAL_S;
    if (seconds === 0) return this.logger.log('open invitations sweep off (PILOT_SWEEP_INTERVAL_S=0)');
    this.schedule = runNowAndEvery(seconds * 1000, () =>
      this.sweep().catch((error: unknown) =>
        this.logger.warn(`open invitations sweep failed: ${(error as Error).message}`),
      ),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.schedule?.stop();
  }

  /**
   * One sweep; answers the pilots it found with candidates left whose signal is due (a pilot that
   * fails is retried by a later one). Each pilot taken up is marked swept, so that the next sweeps
   * take the others first.
   */
  async sweep(limit = SWEEP_PILOTS): Promise<string[]> {
    const left = await pilotsToSweep(this.dataSource, limit);
    for (const pilot of left) {
      await markSwept(this.dataSource, pilot.id);
      try {
        const told = await this.withdrawal.withdrawOpen(pilot.id, pilotOverReason(pilot));
        this.logger.log(
          { pilotId: pilot.id, status: pilot.status, taxpayerIds: told },
          'left-over invitations withdrawn',
        );
      } catch (error) {
        this.logger.warn(`pilot ${pilot.code}: left-over invitations not withdrawn yet: ${(error as Error).message}`);
      }
    }
    return left.map((pilot) => pilot.id);
  }
}
