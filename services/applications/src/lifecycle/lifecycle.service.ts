import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuthorisationChangeReported, EventDefinition, RevalidationRequested } from '@aeo/contracts';
import { AuthenticatedUser, assertScope } from '@aeo/auth';
import { OutboxAppend, OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { APP_CONFIG } from '@aeo/config';
import { recordAudit, takeHumanStepThroughWorkflow } from '@aeo/persistence';
import { fieldBadRequest, foundOr404, issuesBadRequest } from '@aeo/service-kit';
import { suspensionScopeProblem } from '@aeo/workflows';
import type { LifecycleActionInput, RevalidationState } from '@aeo/workflows';
import type { ApplicationsConfig } from '../config';
import { assertCompanyMember } from '../operators/company-membership';
import { ProgrammeService } from '../programme/programme.service';
import { authorisationEvent } from './authorisation-events';
import { type AnsweredRevalidationState, type HolderRevalidationState, revalidationStateFor } from './holder-view';
import {
  type LifecycleAuthorisation,
  findAuthorisation,
  insertHistoryEntry,
  insertReportedChangeOf,
  listReportedChangesOf,
  lockAuthorisation,
  mergeRevalidationAnswers,
  recordRevalidationRequest,
} from './lifecycle.repository';
import { dueUnlessEnded } from './revalidation-due';
import { RevalidationWorkflows } from './revalidation-workflows';
import type * as Lifecycle from './lifecycle.schemas';

/** Changes that call for a site visit in the reassessment. */
const SITE_VISIT_CHANGES = new Set(['ownership', 'address', 'premises', 'security']);

/**
 * People's side of an authorisation's life after the grant. Requests and reported changes are
 * committed with their event (the trigger consumer hands them to the workflow); decisions and
 * the holder's answers go to the revalidation workflow as one update, which refuses what does
 * not fit the stage (409 with the reason) and records what it accepts through its activities.
 */
/** How a 409 names a lifecycle action already taken. */
const LIFECYCLE_ACTION_DONE: Record<LifecycleActionInput['action'], string> = {
  'self-assessment-updated': 'self-assessment updated',
  confirm: 'confirmed',
  suspend: 'suspended',
  'request-suspension': 'suspension requested',
  'remediation-plan': 'remediation plan submitted',
  reinstate: 'reinstated',
  'intend-revocation': 'revocation intended',
  'hearing-response': 'commented',
  revoke: 'revoked',
  'drop-revocation': 'revocation dropped',
  surrender: 'surrendered',
};

@Injectable()
export class LifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly workflows: RevalidationWorkflows,
    private readonly programme: ProgrammeService,
    @Inject(APP_CONFIG) private readonly config: ApplicationsConfig,
  ) {}

  /** The register's view and the workflow's: stage, cycle, next due date, deadlines and history (the holder's view for its users). */
  async lifecycle(user: AuthenticatedUser, authorisationNumber: string) {
    const row = await this.scoped(user, authorisationNumber);
    let workflow: RevalidationState | null = null;
    let workflowProblem: string | undefined;
    try {
      workflow = await this.workflows.state(authorisationNumber);
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error;
      workflowProblem = error.message;
    }
    return {
      authorisationNumber,
      status: row.status,
      suspendedScope: row.suspendedScope,
      revalidationDue: dueUnlessEnded(row.status, new Date(row.revalidationDue).toISOString()),
      revalidationCycle: row.revalidationCycle,
      conditions: row.conditions,
      workflow: workflow && revalidationStateFor(user, workflow),
      ...(workflowProblem ? { workflowProblem } : {}),
    };
  }

  /** A regional office (within its region) asks for an early revalidation; repeating a request id changes nothing. */
  async requestRevalidation(
    user: AuthenticatedUser,
    authorisationNumber: string,
    body: Lifecycle.RevalidationRequestDto,
  ) {
    const requestId = body.requestId ?? randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const row = await this.scoped(user, authorisationNumber, manager);
      this.assertInForce(row);
      const recorded = await recordRevalidationRequest(manager, {
        requestId,
        authorisationNumber,
        reason: body.reason,
        siteVisit: body.siteVisit,
        requestedBy: user.sub,
      });
      if (recorded === 'other-authorisation')
        throw new ConflictException(`Request ${requestId} was made for another authorisation`);
      if (recorded === 'repeated') return;
      const requestedAt = new Date().toISOString();
      await this.recordRequest(manager, user, row, {
        change: 'revalidation-requested',
        details: { requestId, reason: body.reason, siteVisit: body.siteVisit },
        event: RevalidationRequested,
        data: authorisationEvent(row, {
          requestId,
          reason: body.reason,
          siteVisit: body.siteVisit,
          requestedBy: user.sub,
          requestedAt,
        }),
        action: 'authorisation.early-revalidation-requested',
        after: { requestId, siteVisit: body.siteVisit },
        reason: body.reason,
      });
    });
    return { requestId, authorisationNumber, status: 'accepted' as const };
  }

  /** The holder reports a relevant change; it leads to a reassessment (an early revalidation). */
  async reportChange(user: AuthenticatedUser, authorisationNumber: string, body: Lifecycle.ReportedChangeDto) {
    const change = {
      changeId: randomUUID(),
      authorisationNumber,
      kind: body.kind,
      description: body.description,
      effectiveDate: body.effectiveDate,
      siteVisit: SITE_VISIT_CHANGES.has(body.kind),
      reportedBy: user.sub,
      reportedAt: new Date().toISOString(),
    };
    await this.dataSource.transaction(async (manager) => {
      const row = await this.scoped(user, authorisationNumber, manager);
      await this.assertHolder(user, row);
      this.assertInForce(row);
      const { changeId, ...stored } = change;
      await insertReportedChangeOf(manager, { id: changeId, ...stored });
      await this.recordRequest(manager, user, row, {
        change: 'change-reported',
        details: { changeId, kind: body.kind, effectiveDate: body.effectiveDate },
        event: AuthorisationChangeReported,
        data: authorisationEvent(row, change),
        action: 'authorisation.change-reported',
        after: { changeId, kind: body.kind, effectiveDate: body.effectiveDate },
        reason: body.description,
      });
    });
    return change;
  }

  async listChanges(user: AuthenticatedUser, authorisationNumber: string) {
    await this.scoped(user, authorisationNumber);
    return listReportedChangesOf(this.dataSource, authorisationNumber);
  }

  /** The holder's updated answers for the running cycle, checked against its programme version's questions. */
  async updateSelfAssessment(
    user: AuthenticatedUser,
    authorisationNumber: string,
    body: Lifecycle.SelfAssessmentUpdateDto,
  ) {
    const row = await this.scoped(user, authorisationNumber);
    await this.assertHolder(user, row);
    const current = await this.workflows.state(authorisationNumber);
    if (current.stage !== 'self-assessment')
      throw new ConflictException(`No self-assessment update is due: the authorisation is at stage ${current.stage}`);
    const programme = row.programmeVersion
      ? await this.programme.get(row.programmeVersion)
      : await this.programme.current();
    const sections = new Set(programme.document.statusTypes.find((t) => t.code === row.statusType)?.sections ?? []);
    const known = new Set(
      programme.document.sections.filter((s) => sections.has(s.id)).flatMap((s) => s.questions.map((q) => q.id)),
    );
    const unknown = Object.keys(body.answers).filter((id) => !known.has(id));
    if (unknown.length)
      throw fieldBadRequest(
        'answers',
        `unknown question(s) for ${row.statusType} in programme version ${programme.version}: ${unknown.join(', ')}`,
      );
    // Stored once the workflow has accepted the update, in a transaction of its own (the update's activity locks the authorisation row).
    const action: LifecycleActionInput = {
      action: 'self-assessment-updated',
      by: user.sub,
      changedQuestions: Object.keys(body.answers).length,
    };
    return this.lifecycleStep(user, authorisationNumber, current.cycle, action, body, async (manager) => {
      await mergeRevalidationAnswers(manager, authorisationNumber, current.cycle, body.answers, user.sub);
    });
  }

  confirm(user: AuthenticatedUser, authorisationNumber: string, body: Lifecycle.RevalidationDecisionDto) {
    return this.customsAction(user, authorisationNumber, {
      action: 'confirm',
      by: user.sub,
      reasons: body.reasons,
      conditions: body.conditions,
    });
  }

  /** A security-part suspension needs a security part: 400 naming `scope` for an AEOC authorisation. */
  async suspend(user: AuthenticatedUser, authorisationNumber: string, body: Lifecycle.SuspensionDto) {
    const problem = suspensionScopeProblem((await this.scoped(user, authorisationNumber)).statusType, body.scope);
    if (problem) throw issuesBadRequest([problem]);
    return this.customsAction(user, authorisationNumber, {
      action: 'suspend',
      by: user.sub,
      grounds: body.grounds,
      scope: body.scope,
    });
  }

  // The request bodies are strict objects with exactly the fields of their actions.
  reinstate(user: AuthenticatedUser, authorisationNumber: string, body: Lifecycle.ReinstatementDto) {
    return this.customsAction(user, authorisationNumber, { action: 'reinstate', by: user.sub, ...body });
  }

  intendRevocation(user: AuthenticatedUser, authorisationNumber: string, body: Lifecycle.RevocationDto) {
    return this.customsAction(user, authorisationNumber, { action: 'intend-revocation', by: user.sub, ...body });
  }

  decideRevocation(user: AuthenticatedUser, authorisationNumber: string, body: Lifecycle.RevocationDecisionDto) {
    return this.customsAction(
      user,
      authorisationNumber,
      body.decision === 'revoke'
        ? { action: 'revoke', by: user.sub, reasons: body.reasons, effectiveFrom: body.effectiveFrom }
        : { action: 'drop-revocation', by: user.sub, reasons: body.reasons },
    );
  }

  requestSuspension(user: AuthenticatedUser, authorisationNumber: string, body: Lifecycle.SuspensionRequestDto) {
    return this.administratorAction(user, authorisationNumber, { action: 'request-suspension', by: user.sub, ...body });
  }

  remediationPlan(user: AuthenticatedUser, authorisationNumber: string, body: Lifecycle.RemediationPlanDto) {
    return this.holderAction(user, authorisationNumber, { action: 'remediation-plan', by: user.sub, ...body });
  }

  respondToRevocation(
    user: AuthenticatedUser,
    authorisationNumber: string,
    body: Lifecycle.RevocationHearingResponseDto,
  ) {
    return this.holderAction(user, authorisationNumber, { action: 'hearing-response', by: user.sub, ...body });
  }

  surrender(user: AuthenticatedUser, authorisationNumber: string, body: Lifecycle.SurrenderDto) {
    return this.administratorAction(user, authorisationNumber, { action: 'surrender', by: user.sub, ...body });
  }

  /** A person's request on an authorisation, in the caller's transaction: its history entry, its event and its audit entry. */
  private async recordRequest<E extends EventDefinition>(
    manager: EntityManager,
    user: AuthenticatedUser,
    row: LifecycleAuthorisation,
    request: {
      change: string;
      details: Record<string, unknown>;
      event: E;
      data: OutboxAppend<E>;
      action: string;
      after: Record<string, unknown>;
      reason: string;
    },
  ): Promise<void> {
    await insertHistoryEntry(manager, {
      authorisationNumber: row.authorisationNumber,
      change: request.change,
      status: row.status,
      changedBy: user.sub,
      details: request.details,
    });
    await this.outbox.append(manager, request.event, request.data);
    await recordAudit(manager, {
      actor: user,
      action: request.action,
      entityType: 'authorisation',
      entityId: row.authorisationNumber,
      after: request.after,
      reason: request.reason,
      correlationId: currentCorrelationId(),
    });
  }

  /** An action in the workflow's current cycle. */
  private async stepInCurrentCycle(user: AuthenticatedUser, authorisationNumber: string, action: LifecycleActionInput) {
    const { cycle } = await this.workflows.state(authorisationNumber);
    return this.lifecycleStep(user, authorisationNumber, cycle, action, action);
  }

  private async customsAction(user: AuthenticatedUser, authorisationNumber: string, action: LifecycleActionInput) {
    await this.scoped(user, authorisationNumber);
    return this.stepInCurrentCycle(user, authorisationNumber, action);
  }

  /** A holder's action that only the company's administrator may take. */
  private administratorAction(user: AuthenticatedUser, authorisationNumber: string, action: LifecycleActionInput) {
    return this.holderAction(user, authorisationNumber, action, 'administrator');
  }

  /** Actions only the holder's linked users take; surrender and a suspension request need its administrator. */
  private async holderAction(
    user: AuthenticatedUser,
    authorisationNumber: string,
    action: LifecycleActionInput,
    role?: 'administrator',
  ) {
    const row = await this.scoped(user, authorisationNumber);
    await this.assertHolder(user, row, role);
    return this.stepInCurrentCycle(user, authorisationNumber, action);
  }

  /**
   * A lifecycle action as a human step of the workflow's running cycle (`cycle`, read from the
   * workflow before the action): within that cycle, the same request as the latest action taken
   * answers as the first time without a second update, and the same action with another request
   * gets 409 with what was done, when and by whom (a remediation plan may be revised); an action
   * of a later cycle is new, even when its content is the same. Anything else goes to the
   * workflow (an update with an id derived from the step, outside any transaction), whose
   * validator refuses what the stage does not allow; `record` is committed with the answer.
   */
  private async lifecycleStep(
    user: AuthenticatedUser,
    authorisationNumber: string,
    cycle: number,
    action: LifecycleActionInput,
    request: unknown,
    record?: (manager: EntityManager) => Promise<void>,
  ): Promise<AnsweredRevalidationState<RevalidationState> | AnsweredRevalidationState<HolderRevalidationState>> {
    const step = {
      subjectType: 'authorisation',
      subjectId: authorisationNumber,
      series: `lifecycle:${cycle}`,
      step: action.action,
      request,
      actor: user.sub,
      summary: LIFECYCLE_ACTION_DONE[action.action],
      revisable: action.action === 'remediation-plan',
    };
    const handOver = {
      send: (updateId: string) => this.workflows.act(authorisationNumber, action, updateId),
      record,
      leaseSeconds: this.config.IDEMPOTENCY_KEY_LEASE_S,
    };
    return revalidationStateFor(user, (await takeHumanStepThroughWorkflow(this.dataSource, step, handOver)).answer);
  }

  private async assertHolder(
    user: AuthenticatedUser,
    row: LifecycleAuthorisation,
    role?: 'administrator',
  ): Promise<void> {
    await assertCompanyMember(this.dataSource, user, row.operatorId, {
      administrator: role === 'administrator',
      action: `do this for ${row.authorisationNumber}`,
    });
  }

  private assertInForce(row: LifecycleAuthorisation): void {
    if (row.status !== 'granted' && row.status !== 'suspended')
      throw new ConflictException(`Authorisation ${row.authorisationNumber} is ${row.status}`);
  }

  /** The authorisation in the caller's scope (404 or 403 otherwise); given `lockIn`, locked for the rest of that transaction. */
  private async scoped(
    user: AuthenticatedUser,
    authorisationNumber: string,
    lockIn?: EntityManager,
  ): Promise<LifecycleAuthorisation> {
    const row = await foundOr404(
      lockIn ? lockAuthorisation(lockIn, authorisationNumber) : findAuthorisation(this.dataSource, authorisationNumber),
      `Authorisation ${authorisationNumber}`,
    );
    assertScope(user, { region: row.region, taxpayerId: row.taxpayerId }, `Authorisation ${authorisationNumber}`);
    await assertCompanyMember(lockIn ?? this.dataSource, user, row.operatorId);
    return row;
  }
}
