import {
  ConflictException,
  ForbiddenException,
  HttpException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { assertScope, AuthenticatedUser, hasRole, ROLES } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { takeHumanStepOnce, takeHumanStepThroughWorkflow } from '@aeo/persistence';
import { type StepFromCaller, workflowStepRefusal } from '@aeo/temporal';
import { type PilotInvitationStepInput, pilotInvitationStepUpdate, pilotInvitationWorkflowId } from '@aeo/workflows';
import type { ProgrammeConfig } from '../../config';
import { OperatorMembers } from '../../operator-members/operator-members.consumer';
import {
  type Participant,
  type ParticipantRecord,
  type SelectionTerms,
  lockParticipant,
  participantRecords,
  participants,
  selectionTerms,
} from '../selection/selection.repository';
import { PilotSelectionService } from '../selection/selection.service';
import { PilotInvitationRecorder } from './invitations.activities';

export type InvitationStepRequest = StepFromCaller<PilotInvitationStepInput>;
export type InvitationView = Participant & {
  draftProgramme: SelectionTerms['draftProgramme'] | null;
  history: ParticipantRecord[];
};

/**
 * A candidate's invitation: the candidate (an operator user linked to the company, whose token
 * names its taxpayer id) reads it with the draft programme, comments, accepts or declines; the policy unit
 * withdraws it. Each step goes to the invitation workflow as an update through the human-step
 * ledger (a repeat answers as the first time). A step on a chosen candidate whose invitation
 * workflow does not exist yet starts it first (as the selection does), then takes the step.
 */
@Injectable()
export class PilotInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: ProgrammeConfig,
    private readonly recorder: PilotInvitationRecorder,
    private readonly selection: PilotSelectionService,
    private readonly members: OperatorMembers,
  ) {}

  /** A chosen candidate never invited, withdrawn by the policy unit (when it is still chosen under the lock). */
  private async withdrawUninvited(
    user: AuthenticatedUser,
    pilotId: string,
    taxpayerId: string,
    reason: string,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await lockParticipant(manager, pilotId, taxpayerId);
      if (locked?.stage !== 'chosen')
        throw new ConflictException(
          `${taxpayerId} is ${locked?.stage ?? 'not a candidate'} in pilot ${pilotId} now; nothing was changed`,
        );
      await this.recorder.recordWithdrawalIn(manager, {
        pilotId,
        taxpayerId,
        from: 'chosen',
        by: user.sub,
        byRoles: [...user.roles],
        reason,
      });
    });
  }

  async get(user: AuthenticatedUser, pilotId: string, taxpayerId: string): Promise<InvitationView> {
    const found = await this.visible(user, pilotId, taxpayerId);
    const terms = await selectionTerms(this.dataSource, pilotId);
    return {
      ...found,
      draftProgramme: terms?.draftProgramme ?? null,
      history: await participantRecords(this.dataSource, pilotId, taxpayerId),
    };
  }

  async step(
    user: AuthenticatedUser,
    pilotId: string,
    taxpayerId: string,
    request: InvitationStepRequest,
  ): Promise<InvitationView> {
    if (request.step === 'withdraw') {
      if (!hasRole(user, ROLES.policyUnit)) throw new ForbiddenException('Only the policy unit withdraws a candidate');
    } else if (!hasRole(user, ROLES.operatorUser))
      throw new ForbiddenException(`Only an operator user of company ${taxpayerId} answers its invitation`);
    // An operator user not linked to the company is refused here (404), before any step is recorded.
    const found = await this.visible(user, pilotId, taxpayerId);
    if (request.step === 'withdraw' && found.stage === 'accepted')
      return this.withdrawAccepted(user, found, request.reason);
    const workflowId = pilotInvitationWorkflowId(pilotId, taxpayerId);
    const step = { ...request, by: user.sub, byRoles: [...user.roles] } as PilotInvitationStepInput;
    const send = async (updateId: string): Promise<InvitationView> => {
      const update = () =>
        this.temporal.workflow
          .getHandle(workflowId)
          .executeUpdate(pilotInvitationStepUpdate, { args: [step], updateId });
      try {
        try {
          await update();
        } catch (error) {
          if (!(error instanceof WorkflowNotFoundError) || found.stage !== 'chosen') throw error;
          // Chosen, but never invited (Temporal down at the choice): the policy unit's withdrawal is
          // recorded here, with no invitation sent first; the candidate's own answer starts its
          // invitation workflow, which takes the answer once it has invited.
          if (request.step === 'withdraw') {
            await this.withdrawUninvited(user, pilotId, taxpayerId, request.reason);
            return this.get(user, pilotId, taxpayerId);
          }
          await this.selection.startInvitations(pilotId);
          await update();
        }
      } catch (error) {
        // The service's own refusal (the uninvited candidate's withdrawal) as it is.
        if (error instanceof HttpException) throw error;
        throw workflowStepRefusal(
          request.step,
          error,
          `The invitation of ${taxpayerId} to pilot ${pilotId} has ended; nothing was changed`,
        );
      }
      return this.get(user, pilotId, taxpayerId);
    };
    const { answer } = await takeHumanStepThroughWorkflow(
      this.dataSource,
      {
        subjectType: 'pilot-invitation',
        subjectId: workflowId,
        step: request.step,
        request,
        actor: user.sub,
        summary: request.step,
        // Comments recur; only a repeat of the latest step answers as before.
        series: 'invitation',
        revisable: true,
      },
      { send, leaseSeconds: this.config.IDEMPOTENCY_KEY_LEASE_S },
    );
    return answer;
  }

  /**
   * A pilot company withdrawn after its acceptance (its invitation workflow has ended): recorded
   * here once, after the workflow's records, with its audit entry and event.
   */
  private async withdrawAccepted(user: AuthenticatedUser, found: Participant, reason: string): Promise<InvitationView> {
    const { pilotId, taxpayerId } = found;
    await takeHumanStepOnce(
      this.dataSource,
      {
        subjectType: 'pilot-participant',
        subjectId: `${pilotId}:${taxpayerId}`,
        step: 'withdrawal',
        request: { reason },
        actor: user.sub,
        summary: 'withdrawn',
      },
      async (manager) => {
        const locked = await lockParticipant(manager, pilotId, taxpayerId);
        if (locked?.stage !== 'accepted')
          throw new ConflictException(
            `${taxpayerId} is ${locked?.stage ?? 'not a participant'}: it cannot be withdrawn now`,
          );
        await this.recorder.recordWithdrawalIn(manager, {
          pilotId,
          taxpayerId,
          from: 'accepted',
          by: user.sub,
          byRoles: [...user.roles],
          reason,
        });
      },
    );
    return this.get(user, pilotId, taxpayerId);
  }

  /**
   * The participant when the caller may see it: a user of its company, its region, or national
   * staff. An operator user of another company, and one whose token names the company without the
   * applications service having linked it (a trader's own sign-up names any taxpayer id; a removed
   * user keeps its token), gets the answer to an invitation that does not exist (404), before any
   * look-up; a user linked a moment ago is refused until the programme has folded its link. Regional
   * staff are told a company of another region is outside their scope (403, assertScope), as the
   * pilot's contact-officer and training routes tell them.
   */
  private async visible(user: AuthenticatedUser, pilotId: string, taxpayerId: string): Promise<Participant> {
    const notFound = () => new NotFoundException(`No invitation of ${taxpayerId} to pilot ${pilotId}`);
    if (hasRole(user, ROLES.operatorUser) && !(await this.members.actsFor(user, taxpayerId))) throw notFound();
    const [found] = (await participants(this.dataSource, pilotId, null)).filter((p) => p.taxpayerId === taxpayerId);
    if (!found) throw notFound();
    if (!hasRole(user, ROLES.operatorUser)) assertScope(user, found, 'Invitation');
    return found;
  }
}
