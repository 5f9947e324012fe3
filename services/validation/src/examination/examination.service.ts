import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  ValidationCorrectiveActionAnswered,
  ValidationCorrectiveActionRequested,
  ValidationVisitScheduled,
} from '@aeo/contracts';
import { AuthenticatedUser, ROLES } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { OutboxWriter } from '@aeo/messaging';
import { answerOf, takeHumanStepOnce, type SqlRunner } from '@aeo/persistence';
import { fieldBadRequest, foundOr404, withIsoDates } from '@aeo/service-kit';
import type { ValidationConfig } from '../config';
import type { ValidationCase } from '../validation-cases/validation-case';
import { auditCase, lockValidationCase } from '../validation-cases/validation-cases.repository';
import { caseEventRef } from '../validation-cases/case-event-ref';
import { assertAssignedValidator, caseInScope } from '../validation-cases/case-access';
import { MAX_VISIT_DAYS_AHEAD } from './examination.schemas';
import type {
  CompleteVisitDto,
  CorrectiveActionResponseDto,
  RecordFindingDto,
  RequestCorrectiveActionDto,
  ScheduleVisitDto,
} from './examination.schemas';
import {
  answerCorrectiveAction,
  completeSiteVisit,
  findChecklistCriterion,
  insertCorrectiveAction,
  insertSiteVisit,
  listChecklist,
  listCompletedSiteVisits,
  listCorrectiveActions,
  listSiteVisits,
  listUnansweredCorrectiveActionIds,
  lockCorrectiveAction,
  lockSiteVisit,
  recordFinding,
} from './examination.repository';

const DAY_MS = 86_400_000;

const isOperatorUser = (user: AuthenticatedUser) => user.roles.includes(ROLES.operatorUser);
/** Where a visit is held, in a message: its place as announced, else the operator's registered premises. */
const heldAt = (place: string | null) => `at ${place ?? 'the operator’s registered premises'}`;

/**
 * The examination of a validation case by its region's validators: a finding per criterion
 * question of the desk-review checklist, site visits announced with the programme's notice,
 * and corrective action requests the operator answers. What it takes to submit the report is
 * checked by `readiness`.
 */
@Injectable()
export class ExaminationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: ValidationConfig,
  ) {}

  async checklist(user: AuthenticatedUser, caseId: string) {
    const found = await caseInScope(this.dataSource, user, caseId);
    return (await listChecklist(this.dataSource, found.id)).map(withIsoDates);
  }

  /** A finding may be revised until the report; the same finding again changes nothing (human step). */
  async recordFinding(user: AuthenticatedUser, caseId: string, questionId: string, body: RecordFindingDto) {
    await this.caseForWrite(this.dataSource, user, caseId);
    const step = {
      subjectType: 'validation-case',
      subjectId: caseId,
      step: `finding:${questionId}`,
      request: body,
      actor: user.sub,
      summary: `finding ${body.finding}`,
      revisable: true,
    };
    return answerOf(
      takeHumanStepOnce(this.dataSource, step, async (manager) => {
        const found = await this.openCase(manager, user, caseId);
        if (!(await findChecklistCriterion(manager, found.id, questionId)))
          throw new NotFoundException(`questionId: ${questionId} is not on the checklist of case ${caseId}`);
        await recordFinding(manager, {
          caseId: found.id,
          questionId,
          finding: body.finding,
          notes: body.notes,
          evidence: body.evidence,
          recordedBy: user.sub,
        });
        await auditCase(manager, user, found.id, {
          action: 'validation-case.finding-recorded',
          after: { questionId, finding: body.finding },
          reason: body.notes,
        });
        return { caseId: found.id, questionId, finding: body.finding };
      }),
    );
  }

  async scheduleVisit(user: AuthenticatedUser, caseId: string, body: ScheduleVisitDto) {
    const scheduledFor = new Date(body.scheduledFor);
    const earliest = Date.now() + this.config.VISIT_NOTICE_DAYS * DAY_MS;
    if (scheduledFor.getTime() < earliest - 60_000) {
      throw fieldBadRequest(
        'scheduledFor',
        `site visits are announced at least ${this.config.VISIT_NOTICE_DAYS} days ahead (earliest ${new Date(earliest).toISOString()})`,
      );
    }
    const latest = Date.now() + MAX_VISIT_DAYS_AHEAD * DAY_MS;
    if (scheduledFor.getTime() > latest) {
      throw fieldBadRequest(
        'scheduledFor',
        `site visits are scheduled at most ${MAX_VISIT_DAYS_AHEAD} days ahead (latest ${new Date(latest).toISOString()})`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      // The regional office may announce a visit for the case's validator.
      const found = await this.openCase(manager, user, caseId, { officeMay: true });
      const visitId = randomUUID();
      const validator = found.assignedValidator ?? user.sub;
      const place = body.place ?? null;
      await insertSiteVisit(manager, {
        id: visitId,
        caseId: found.id,
        scheduledFor,
        validator,
        scheduledBy: user.sub,
        place,
      });
      await this.outbox.append(manager, ValidationVisitScheduled, {
        subject: found.id,
        aggregateId: found.operatorId,
        data: {
          ...caseEventRef(found),
          visitId,
          scheduledFor: scheduledFor.toISOString(),
          place,
          validator,
          scheduledBy: user.sub,
        },
      });
      await auditCase(manager, user, found.id, {
        action: 'validation-case.visit-scheduled',
        after: { visitId, scheduledFor: scheduledFor.toISOString(), place },
      });
      return { visitId, caseId: found.id, scheduledFor: scheduledFor.toISOString(), place, validator };
    });
  }

  /** Completed once: the same completion again answers as the first time, another one 409 (human step). */
  async completeVisit(user: AuthenticatedUser, caseId: string, visitId: string, body: CompleteVisitDto) {
    await this.caseForWrite(this.dataSource, user, caseId);
    const step = {
      subjectType: 'site-visit',
      subjectId: `${caseId}/${visitId}`,
      step: 'completion',
      request: body,
      actor: user.sub,
      summary: 'completed',
    };
    return answerOf(
      takeHumanStepOnce(this.dataSource, step, async (manager) => {
        const found = await this.openCase(manager, user, caseId);
        // The database's clock decides, the same one that stamps completed_at.
        const visit = await lockSiteVisit(manager, found.id, visitId);
        if (!visit) throw new NotFoundException(`Visit ${visitId} not found in case ${caseId}`);
        if (visit.completedAt)
          throw new ConflictException(
            `Visit ${visitId} ${heldAt(visit.place)} was completed on ${visit.completedAt.toISOString()}`,
          );
        if (visit.upcoming) {
          throw new ConflictException(
            `Visit ${visitId} ${heldAt(visit.place)} is announced for ${visit.scheduledFor.toISOString()}; it cannot be completed before that date`,
          );
        }
        await completeSiteVisit(manager, visitId, body.notes);
        await auditCase(manager, user, found.id, {
          action: 'validation-case.visit-completed',
          after: { visitId },
          reason: body.notes,
        });
        return { visitId, caseId: found.id, completed: true };
      }),
    );
  }

  /** The validator's notes and identity are customs' own: an operator user gets null for both. */
  async visits(user: AuthenticatedUser, caseId: string) {
    const found = await caseInScope(this.dataSource, user, caseId);
    const redact = isOperatorUser(user);
    return (await listSiteVisits(this.dataSource, found.id)).map((visit) =>
      withIsoDates({ ...visit, validator: redact ? null : visit.validator, notes: redact ? null : visit.notes }),
    );
  }

  async requestCorrectiveAction(user: AuthenticatedUser, caseId: string, body: RequestCorrectiveActionDto) {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.openCase(manager, user, caseId);
      const criterion = await findChecklistCriterion(manager, found.id, body.questionId);
      if (!criterion)
        throw fieldBadRequest('questionId', `${body.questionId} is not on the checklist of case ${caseId}`);
      const id = randomUUID();
      const requestedAt = new Date();
      const dueBy = new Date(requestedAt.getTime() + body.dueInDays * DAY_MS);
      await insertCorrectiveAction(manager, {
        id,
        caseId: found.id,
        questionId: body.questionId,
        description: body.description,
        dueBy,
        requestedBy: user.sub,
      });
      // The operator (and its contact officer) hear of it with the request: committed together.
      await this.outbox.append(manager, ValidationCorrectiveActionRequested, {
        subject: found.id,
        aggregateId: found.operatorId,
        data: {
          ...caseEventRef(found),
          actionId: id,
          questionId: body.questionId,
          criterion,
          dueBy: dueBy.toISOString(),
          description: body.description,
          requestedBy: user.sub,
          requestedAt: requestedAt.toISOString(),
        },
      });
      await auditCase(manager, user, found.id, {
        action: 'validation-case.corrective-action-requested',
        after: { actionId: id, questionId: body.questionId, dueBy: dueBy.toISOString() },
        reason: body.description,
      });
      return {
        actionId: id,
        caseId: found.id,
        questionId: body.questionId,
        description: body.description,
        dueBy: dueBy.toISOString(),
      };
    });
  }

  /** Answered once: the same answer again answers as the first time, another one 409 (human step). */
  async respondToCorrectiveAction(
    user: AuthenticatedUser,
    caseId: string,
    actionId: string,
    body: CorrectiveActionResponseDto,
  ) {
    await caseInScope(this.dataSource, user, caseId);
    const step = {
      subjectType: 'corrective-action',
      subjectId: `${caseId}/${actionId}`,
      step: 'response',
      request: body,
      actor: user.sub,
      summary: 'answered',
    };
    return answerOf(
      takeHumanStepOnce(this.dataSource, step, async (manager) => {
        const found = await caseInScope(manager, user, caseId);
        if (found.status === 'closed')
          throw new ConflictException(
            `Validation case ${caseId} was closed: ${found.closedReason}; no answer is needed`,
          );
        const action = await lockCorrectiveAction(manager, found.id, actionId);
        if (!action) throw new NotFoundException(`Corrective action ${actionId} not found in case ${caseId}`);
        if (action.respondedAt)
          throw new ConflictException(
            `Corrective action ${actionId} was answered on ${action.respondedAt.toISOString()}`,
          );
        const answeredAt = new Date();
        const late = answeredAt.getTime() > action.dueBy.getTime();
        await answerCorrectiveAction(manager, actionId, {
          response: body.response,
          respondedBy: user.sub,
          respondedAt: answeredAt,
        });
        // The validator hears of the answer, committed with it.
        await this.outbox.append(manager, ValidationCorrectiveActionAnswered, {
          subject: found.id,
          aggregateId: found.operatorId,
          data: {
            ...caseEventRef(found),
            actionId,
            questionId: action.questionId,
            criterion: action.criterion ?? { en: action.questionId, mn: action.questionId },
            dueBy: action.dueBy.toISOString(),
            requestedBy: action.requestedBy,
            assignedValidator: found.assignedValidator,
            answeredBy: user.sub,
            answeredAt: answeredAt.toISOString(),
            late,
          },
        });
        await auditCase(manager, user, found.id, {
          action: 'validation-case.corrective-action-answered',
          after: { actionId, late },
        });
        return { actionId, caseId: found.id, responded: true };
      }),
    );
  }

  /** Who asked (the validator) is customs' own: an operator user gets null. */
  async correctiveActions(user: AuthenticatedUser, caseId: string) {
    const found = await caseInScope(this.dataSource, user, caseId);
    const redact = isOperatorUser(user);
    return (await listCorrectiveActions(this.dataSource, found.id)).map((action) =>
      withIsoDates({ ...action, requestedBy: redact ? null : action.requestedBy }),
    );
  }

  /**
   * What stands between the case and its report: findings missing, a site visit required but not
   * done, corrective actions unanswered, or a critical finding with a recommendation to grant.
   */
  async readiness(manager: EntityManager, found: ValidationCase, recommendation: string): Promise<string[]> {
    const issues: string[] = [];
    const items = await listChecklist(manager, found.id);
    for (const item of items) if (!item.finding) issues.push(`checklist: ${item.questionId} has no finding`);
    if (found.siteVisitRequired) {
      // Only a visit held on or after its announced date counts (one recorded earlier was not announced as the programme requires).
      const completed = await listCompletedSiteVisits(manager, found.id);
      const held = completed.filter((visit) => visit.completedAt.getTime() >= visit.scheduledFor.getTime());
      if (!completed.length) issues.push('visits: the risk assessment requires a site visit, and none is completed');
      else if (!held.length) {
        const early = completed.map(
          (visit) =>
            `visit ${visit.visitId} ${heldAt(visit.place)} announced for ${visit.scheduledFor.toISOString()} was recorded as completed on ${visit.completedAt.toISOString()}`,
        );
        issues.push(
          `visits: the risk assessment requires a site visit completed on or after its announced date (${early.join('; ')})`,
        );
      }
    }
    for (const actionId of await listUnansweredCorrectiveActionIds(manager, found.id))
      issues.push(`correctiveActions: ${actionId} is not answered`);
    if (recommendation !== 'refuse' && items.some((item) => item.finding === 'critical'))
      issues.push('recommendation: a critical finding allows only "refuse"');
    return issues;
  }

  /** A case in scope that the caller may write on: its assigned validator (registered and active), or its regional office where `officeMay`. */
  private async caseForWrite(
    runner: SqlRunner,
    user: AuthenticatedUser,
    caseId: string,
    options: { officeMay?: boolean } = {},
  ): Promise<ValidationCase> {
    const found = await caseInScope(runner, user, caseId);
    if (!(options.officeMay && user.roles.includes(ROLES.regionalOffice)))
      await assertAssignedValidator(runner, user, found);
    return found;
  }

  private async openCase(
    manager: EntityManager,
    user: AuthenticatedUser,
    caseId: string,
    options: { officeMay?: boolean } = {},
  ): Promise<ValidationCase> {
    await caseInScope(manager, user, caseId);
    const locked = await foundOr404(lockValidationCase(manager, caseId), `Validation case ${caseId}`);
    // Checked on the locked row: a reassignment meanwhile is seen.
    await this.caseForWrite(manager, user, caseId, options);
    if (locked.status !== 'open')
      throw new ConflictException(`Validation case ${caseId} is ${locked.status}; its examination is closed`);
    return locked;
  }
}
