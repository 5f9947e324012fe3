import {
  ConflictException,
  Injectable,
  NotFoundException,
  ServiceUnavailableException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { ApplicationSubmitted } from '@aeo/contracts';
import { AuthenticatedUser, assertScope, companyOf, regionFilterOf } from '@aeo/auth';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit, takeHumanStepOnce } from '@aeo/persistence';
import { fieldBadRequest, foundOr404 } from '@aeo/service-kit';
import {
  acceptanceDecisionSignal,
  certificationStateQuery,
  certificationWorkflowId,
  CertificationState,
} from '@aeo/workflows';
import { findOperatorById, getOperator } from '../operators/operators.repository';
import { type MembershipNeeded, assertCompanyMember, assertMemberOfOwnCompany } from '../operators/company-membership';
import { ProgrammeService } from '../programme/programme.service';
import {
  type Application,
  findApplicationById,
  findRecentRevocationOf,
  getApplication,
  insertDraftApplication,
  listApplicationsBy,
  lockExistingApplication,
  markApplicationSubmitted,
  setApplicationMraConsent,
} from './applications.repository';
import { assertTransition, sameDecisionRecorded } from './application-status';
import type {
  AcceptanceDecisionDto,
  ListApplicationsQuery,
  MraConsentDto,
  SubmitApplicationDto,
} from './application.schemas';

const DAY_MS = 86_400_000;

/** An application not decided yet: its MRA consent may still change (the grant copies it to the authorisation). */
const OPEN_STATUSES: readonly string[] = ['draft', 'submitted', 'accepted', 'hearing'];

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly temporal: Client,
    private readonly programme: ProgrammeService,
  ) {}

  /** A new application starts as a draft under the current programme version: the self-assessment and evidence come next. */
  async createDraft(user: AuthenticatedUser, body: SubmitApplicationDto): Promise<Application> {
    const programme = await this.programme.current();
    if (!programme.document.statusTypes.some((type) => type.code === body.statusType)) {
      throw fieldBadRequest(
        'statusType',
        `${body.statusType} is not offered by programme version ${programme.version}`,
      );
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const operator = await findOperatorById(manager, body.operatorId);
        if (!operator) throw new NotFoundException(`operatorId: operator ${body.operatorId} not found`);
        assertScope(user, operator, `operatorId: operator ${body.operatorId}`);
        await assertCompanyMember(manager, user, operator.id);
        await this.assertNotBarred(manager, operator.id, programme.document.timeLimits.reapplicationBarYears);
        const application = await insertDraftApplication(manager, {
          id: randomUUID(),
          operatorId: operator.id,
          region: operator.region,
          statusType: body.statusType,
          programmeVersion: programme.version,
          consentToMraSharing: body.consentToMraSharing,
          createdBy: user.sub,
        });
        await recordAudit(manager, {
          actor: user,
          action: 'application.draft-created',
          entityType: 'application',
          entityId: application.id,
          after: { status: 'draft', statusType: application.statusType, programmeVersion: programme.version },
          correlationId: currentCorrelationId(),
        });
        return application;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
        throw new ConflictException(`Operator ${body.operatorId} already has an open ${body.statusType} application`);
      }
      throw error;
    }
  }

  /**
   * Submits a complete draft: every question of its status type answered and the evidence the
   * questions require attached (422 listing what is missing otherwise). The application and its
   * `submitted` event commit in one transaction; the workflow starts from the event. Submitting
   * again is harmless: the application is returned as it stands.
   */
  async submit(
    user: AuthenticatedUser,
    applicationId: string,
    completeness: (
      manager: EntityManager,
      application: Application,
    ) => Promise<{ complete: boolean; missingAnswers: string[]; missingEvidence: string[] }>,
  ): Promise<Application> {
    await this.get(user, applicationId, { administrator: true, action: 'submit its applications' });
    return this.dataSource.transaction(async (manager) => {
      const application = await lockExistingApplication(manager, applicationId);
      if (application.status !== 'draft') {
        if (application.submittedAt) return application;
        assertTransition(applicationId, application.status, 'submitted');
      }
      const check = await completeness(manager, application);
      if (!check.complete) {
        const issues = [
          ...check.missingAnswers.map((q) => `answers: ${q} is not answered`),
          ...check.missingEvidence.map((q) => `documents: ${q} needs supporting evidence`),
        ];
        throw new UnprocessableEntityException({
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: `The self-assessment is incomplete: ${issues.join('; ')}`,
          issues,
        });
      }
      const operator = await getOperator(manager, application.operatorId);
      const programme = await this.programme.get(application.programmeVersion ?? 1);
      const submittedAt = new Date();
      const acceptanceDeadline = new Date(
        submittedAt.getTime() + programme.document.timeLimits.acceptanceDays * DAY_MS,
      );
      await markApplicationSubmitted(manager, application.id, submittedAt, acceptanceDeadline);
      await this.outbox.append(manager, ApplicationSubmitted, {
        subject: application.id,
        aggregateId: operator.id,
        data: {
          applicationId: application.id,
          operatorId: operator.id,
          taxpayerId: operator.taxpayerId,
          region: operator.region,
          statusType: application.statusType,
          operatorName: operator.name,
          operatorAddress: operator.address,
          contactEmail: operator.contact.email,
          contactLanguage: operator.contact.language,
          consentToMraSharing: application.consentToMraSharing,
          submittedAt: submittedAt.toISOString(),
          acceptanceDeadline: acceptanceDeadline.toISOString(),
          programmeVersion: programme.version,
        },
      });
      await recordAudit(manager, {
        actor: user,
        action: 'application.submitted',
        entityType: 'application',
        entityId: application.id,
        before: { status: 'draft' },
        after: { status: 'submitted', statusType: application.statusType },
        correlationId: currentCorrelationId(),
      });
      return getApplication(manager, application.id);
    });
  }

  /**
   * The company's administrator gives or withdraws its consent to share the AEO data with MRA
   * partners while the application is open; the grant copies it to the authorisation. The same
   * choice again changes nothing (no audit entry).
   */
  async setMraConsent(user: AuthenticatedUser, applicationId: string, body: MraConsentDto): Promise<Application> {
    await this.get(user, applicationId, { administrator: true, action: 'change its consent to MRA sharing' });
    return this.dataSource.transaction(async (manager) => {
      const application = await lockExistingApplication(manager, applicationId);
      if (!OPEN_STATUSES.includes(application.status))
        throw new ConflictException(
          `Application ${applicationId} is ${application.status}; its consent to MRA sharing changes only while it is open (draft, submitted, accepted, hearing)`,
        );
      if (application.consentToMraSharing === body.consentToMraSharing) return application;
      await setApplicationMraConsent(manager, application.id, body.consentToMraSharing);
      await recordAudit(manager, {
        actor: user,
        action: 'application.mra-consent-changed',
        entityType: 'application',
        entityId: application.id,
        before: { consentToMraSharing: application.consentToMraSharing },
        after: { consentToMraSharing: body.consentToMraSharing },
        reason: body.reason,
        correlationId: currentCorrelationId(),
      });
      return getApplication(manager, application.id);
    });
  }

  /** No new application within the bar period after a revocation (EU: 3 years). */
  private async assertNotBarred(manager: EntityManager, operatorId: string, years: number): Promise<void> {
    if (years <= 0) return;
    const revokedAt = await findRecentRevocationOf(manager, operatorId, years);
    if (revokedAt) {
      const until = new Date(revokedAt);
      until.setUTCFullYear(until.getUTCFullYear() + years);
      throw new ConflictException(
        `The operator's authorisation was revoked on ${revokedAt.toISOString().slice(0, 10)}; no new application before ${until.toISOString().slice(0, 10)}`,
      );
    }
  }

  /** The application in the caller's scope: its region for staff; its company, linked to it (as `needed`), for an operator user. */
  async get(user: AuthenticatedUser, applicationId: string, needed?: MembershipNeeded): Promise<Application> {
    const application = await foundOr404(
      findApplicationById(this.dataSource, applicationId),
      `Application ${applicationId}`,
    );
    await this.assertAccess(user, application, applicationId, needed);
    return application;
  }

  async list(user: AuthenticatedUser, query: ListApplicationsQuery): Promise<Application[]> {
    await assertMemberOfOwnCompany(this.dataSource, user);
    return listApplicationsBy(this.dataSource, {
      taxpayerId: companyOf(user),
      region: regionFilterOf(user, query.region),
      status: query.status,
      operatorId: query.operatorId,
      limit: query.limit,
    });
  }

  /**
   * Customs decides on acceptance: the decision goes to the certification workflow, which owns
   * the deadline and records the outcome through its activity. A step taken once: the same
   * decision again gets the same answer and sends no second signal; another one gets 409 saying
   * what was decided, when and by whom.
   */
  async decideAcceptance(
    user: AuthenticatedUser,
    applicationId: string,
    body: AcceptanceDecisionDto,
  ): Promise<{ applicationId: string; decision: string; workflowId: string }> {
    const application = await this.get(user, applicationId);
    const workflowId = certificationWorkflowId(applicationId);
    const summary = body.decision === 'accept' ? 'accepted' : `rejected (${body.reason})`;
    const step = {
      subjectType: 'application',
      subjectId: applicationId,
      step: 'acceptance',
      request: body,
      actor: user.sub,
      summary,
    };
    const target = body.decision === 'accept' ? 'accepted' : 'rejected';
    const { answer } = await takeHumanStepOnce(this.dataSource, step, async (manager) => {
      // The same person's same decision, recorded by the workflow, with no step of it in the ledger: an
      // earlier request signalled and stopped before its step committed (its instance died). That
      // request is the one answered now: its step is recorded, and the workflow hears nothing more.
      if (sameDecisionRecorded(application, target, user.sub, body.reason)) {
        await recordAudit(manager, {
          actor: user,
          action: `application.acceptance-decision.${body.decision}`,
          entityType: 'application',
          entityId: applicationId,
          before: { status: 'submitted' },
          // Recorded when the request came again, after the workflow had recorded the decision.
          after: { status: target, recordedAfterWorkflow: true },
          // An acceptance's reason, when given, is kept in the audit trail as a rejection's grounds are.
          reason: body.reason,
          correlationId: currentCorrelationId(),
        });
        return { applicationId, decision: body.decision, workflowId };
      }
      assertTransition(applicationId, application.status, target);
      await recordAudit(manager, {
        actor: user,
        action: `application.acceptance-decision.${body.decision}`,
        entityType: 'application',
        entityId: applicationId,
        before: { status: application.status },
        reason: body.reason,
        correlationId: currentCorrelationId(),
      });
      // Signalled inside the step's transaction: a failed signal leaves no step behind, so a retry signals.
      try {
        await this.temporal.workflow
          .getHandle(workflowId)
          .signal(
            acceptanceDecisionSignal,
            body.decision === 'accept'
              ? { decision: 'accept', decidedBy: user.sub }
              : { decision: 'reject', decidedBy: user.sub, reason: body.reason! },
          );
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) {
          throw new ConflictException(
            `The certification workflow of application ${applicationId} is not running yet; retry in a few seconds`,
          );
        }
        throw new ServiceUnavailableException(`Workflow service unavailable: ${(error as Error).message}`);
      }
      return { applicationId, decision: body.decision, workflowId };
    });
    return answer;
  }

  /** Where the application stands in its certification workflow: stage, deadlines, history. */
  async certificationState(user: AuthenticatedUser, applicationId: string): Promise<CertificationState> {
    await this.get(user, applicationId);
    try {
      return await this.temporal.workflow
        .getHandle(certificationWorkflowId(applicationId))
        .query(certificationStateQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError)
        throw new NotFoundException(`No certification workflow for application ${applicationId} yet`);
      throw new ServiceUnavailableException(`Workflow service unavailable: ${(error as Error).message}`);
    }
  }

  /** `requestedId` as the caller typed it: another company's application is refused with the very message of an unknown id (not the stored id's lower case). */
  private async assertAccess(
    user: AuthenticatedUser,
    application: Application,
    requestedId: string,
    needed?: MembershipNeeded,
  ): Promise<void> {
    const operator = await getOperator(this.dataSource, application.operatorId);
    assertScope(user, { region: application.region, taxpayerId: operator.taxpayerId }, `Application ${requestedId}`);
    await assertCompanyMember(this.dataSource, user, operator.id, needed);
  }
}
