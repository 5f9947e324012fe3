import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ValidationCorrectiveActionAnswered, ValidationCorrectiveActionRequested, ValidationVisitScheduled } from '@aeo/contracts';
import { AuthenticatedUser, ROLES, companyOf, regionOf } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { answerOf, recordAudit, takeHumanStepOnce } from '@aeo/persistence';
import type { ValidationConfig } from '../config';
import { ValidationCaseEntity } from '../validation-cases/validation-case.entity';
import { caseEventRef } from '../validation-cases/case-event-ref';
import { assertAssignedValidator } from '../validation-cases/assigned-validator';
import { MAX_VISIT_DAYS_AHEAD } from './examination.schemas';
import type { CompleteVisitDto, CorrectiveActionResponseDto, RecordFindingDto, RequestCorrectiveActionDto, ScheduleVisitDto } from './examination.schemas';

const DAY_MS = 86_400_000;

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
    const found = await this.caseInScope(this.dataSource.manager, user, caseId);
    const rows: { question_id: string; section_id: string; text_en: string; text_mn: string; finding: string | null; notes: string | null; evidence: string[]; recorded_by: string | null; recorded_at: Date | null }[] = await this.dataSource.query(
      `SELECT question_id, section_id, text_en, text_mn, finding, notes, evidence, recorded_by, recorded_at FROM checklist_items WHERE case_id = $1 ORDER BY position`,
      [found.id],
    );
    return rows.map((r) => ({ questionId: r.question_id, sectionId: r.section_id, text: { en: r.text_en, mn: r.text_mn }, finding: r.finding, notes: r.notes, evidence: r.evidence, recordedBy: r.recorded_by, recordedAt: r.recorded_at ? new Date(r.recorded_at).toISOString() : null }));
  }

  /** A finding may be revised until the report; the same finding again changes nothing (human step). */
  async recordFinding(user: AuthenticatedUser, caseId: string, questionId: string, body: RecordFindingDto) {
    await this.caseForWrite(this.dataSource.manager, user, caseId);
    const step = { subjectType: 'validation-case', subjectId: caseId, step: `finding:${questionId}`, request: body, actor: user.sub, summary: `finding ${body.finding}`, revisable: true };
    return answerOf(takeHumanStepOnce(this.dataSource, step, async (manager) => {
      const found = await this.openCase(manager, user, caseId);
      const onChecklist: unknown[] = await manager.query(`SELECT 1 FROM checklist_items WHERE case_id = $1 AND question_id = $2`, [found.id, questionId]);
      if (!onChecklist.length) throw new NotFoundException(`questionId: ${questionId} is not on the checklist of case ${caseId}`);
      await manager.query(
        `UPDATE checklist_items SET finding = $3, notes = $4, evidence = $5, recorded_by = $6, recorded_at = now() WHERE case_id = $1 AND question_id = $2`,
        [found.id, questionId, body.finding, body.notes, JSON.stringify(body.evidence), user.sub],
      );
      await recordAudit(manager, { actor: user, action: 'validation-case.finding-recorded', entityType: 'validation-case', entityId: found.id, after: { questionId, finding: body.finding }, reason: body.notes, correlationId: currentCorrelationId() });
      return { caseId: found.id, questionId, finding: body.finding };
    }));
  }

  async scheduleVisit(user: AuthenticatedUser, caseId: string, body: ScheduleVisitDto) {
    const scheduledFor = new Date(body.scheduledFor);
    const earliest = Date.now() + this.config.VISIT_NOTICE_DAYS * DAY_MS;
    if (scheduledFor.getTime() < earliest - 60_000) {
      throw new BadRequestException(`scheduledFor: site visits are announced at least ${this.config.VISIT_NOTICE_DAYS} days ahead (earliest ${new Date(earliest).toISOString()})`);
    }
    const latest = Date.now() + MAX_VISIT_DAYS_AHEAD * DAY_MS;
    if (scheduledFor.getTime() > latest) {
      throw new BadRequestException(`scheduledFor: site visits are scheduled at most ${MAX_VISIT_DAYS_AHEAD} days ahead (latest ${new Date(latest).toISOString()})`);
    }
    return this.dataSource.transaction(async (manager) => {
      // The regional office may announce a visit for the case's validator.
      const found = await this.openCase(manager, user, caseId, { officeMay: true });
      const visitId = randomUUID();
      const validator = found.assignedValidator ?? user.sub;
      await manager.query(`INSERT INTO site_visits (id, case_id, scheduled_for, validator, scheduled_by) VALUES ($1, $2, $3, $4, $5)`, [visitId, found.id, scheduledFor, validator, user.sub]);
      await this.outbox.append(manager, ValidationVisitScheduled, {
        subject: found.id,
        aggregateId: found.operatorId,
        data: { ...caseEventRef(found), visitId, scheduledFor: scheduledFor.toISOString(), validator, scheduledBy: user.sub },
      });
      await recordAudit(manager, { actor: user, action: 'validation-case.visit-scheduled', entityType: 'validation-case', entityId: found.id, after: { visitId, scheduledFor: scheduledFor.toISOString() }, correlationId: currentCorrelationId() });
      return { visitId, caseId: found.id, scheduledFor: scheduledFor.toISOString(), validator };
    });
  }

  /** Completed once: the same completion again answers as the first time, another one 409 (human step). */
  async completeVisit(user: AuthenticatedUser, caseId: string, visitId: string, body: CompleteVisitDto) {
    await this.caseForWrite(this.dataSource.manager, user, caseId);
    const step = { subjectType: 'site-visit', subjectId: `${caseId}/${visitId}`, step: 'completion', request: body, actor: user.sub, summary: 'completed' };
    return answerOf(takeHumanStepOnce(this.dataSource, step, async (manager) => {
      const found = await this.openCase(manager, user, caseId);
      // The database's clock decides, the same one that stamps completed_at.
      const [visit]: { scheduled_for: Date; completed_at: Date | null; upcoming: boolean }[] = await manager.query(
        `SELECT scheduled_for, completed_at, scheduled_for > now() AS upcoming FROM site_visits WHERE id = $1 AND case_id = $2 FOR UPDATE`,
        [visitId, found.id],
      );
      if (!visit) throw new NotFoundException(`Visit ${visitId} not found in case ${caseId}`);
      if (visit.completed_at) throw new ConflictException(`Visit ${visitId} was completed on ${new Date(visit.completed_at).toISOString()}`);
      if (visit.upcoming) {
        throw new ConflictException(`Visit ${visitId} is announced for ${new Date(visit.scheduled_for).toISOString()}; it cannot be completed before that date`);
      }
      await manager.query(`UPDATE site_visits SET completed_at = now(), notes = $2 WHERE id = $1`, [visitId, body.notes]);
      await recordAudit(manager, { actor: user, action: 'validation-case.visit-completed', entityType: 'validation-case', entityId: found.id, after: { visitId }, reason: body.notes, correlationId: currentCorrelationId() });
      return { visitId, caseId: found.id, completed: true };
    }));
  }

  async visits(user: AuthenticatedUser, caseId: string) {
    const found = await this.caseInScope(this.dataSource.manager, user, caseId);
    const rows: { id: string; scheduled_for: Date; validator: string; completed_at: Date | null; notes: string | null }[] = await this.dataSource.query(`SELECT id, scheduled_for, validator, completed_at, notes FROM site_visits WHERE case_id = $1 ORDER BY scheduled_for`, [found.id]);
    return rows.map((r) => ({ visitId: r.id, scheduledFor: new Date(r.scheduled_for).toISOString(), validator: r.validator, completedAt: r.completed_at ? new Date(r.completed_at).toISOString() : null, notes: r.notes }));
  }

  async requestCorrectiveAction(user: AuthenticatedUser, caseId: string, body: RequestCorrectiveActionDto) {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.openCase(manager, user, caseId);
      const [item]: { text_en: string; text_mn: string }[] = await manager.query(`SELECT text_en, text_mn FROM checklist_items WHERE case_id = $1 AND question_id = $2`, [found.id, body.questionId]);
      if (!item) throw new BadRequestException(`questionId: ${body.questionId} is not on the checklist of case ${caseId}`);
      const id = randomUUID();
      const requestedAt = new Date();
      const dueBy = new Date(requestedAt.getTime() + body.dueInDays * DAY_MS);
      await manager.query(`INSERT INTO corrective_actions (id, case_id, question_id, description, due_by, requested_by) VALUES ($1, $2, $3, $4, $5, $6)`, [id, found.id, body.questionId, body.description, dueBy, user.sub]);
      // The operator (and its contact officer) hear of it with the request: committed together.
      await this.outbox.append(manager, ValidationCorrectiveActionRequested, {
        subject: found.id,
        aggregateId: found.operatorId,
        data: { ...caseEventRef(found), actionId: id, questionId: body.questionId, criterion: { en: item.text_en, mn: item.text_mn }, dueBy: dueBy.toISOString(), description: body.description, requestedBy: user.sub, requestedAt: requestedAt.toISOString() },
      });
      await recordAudit(manager, { actor: user, action: 'validation-case.corrective-action-requested', entityType: 'validation-case', entityId: found.id, after: { actionId: id, questionId: body.questionId, dueBy: dueBy.toISOString() }, reason: body.description, correlationId: currentCorrelationId() });
      return { actionId: id, caseId: found.id, questionId: body.questionId, description: body.description, dueBy: dueBy.toISOString() };
    });
  }

  /** Answered once: the same answer again answers as the first time, another one 409 (human step). */
  async respondToCorrectiveAction(user: AuthenticatedUser, caseId: string, actionId: string, body: CorrectiveActionResponseDto) {
    await this.caseInScope(this.dataSource.manager, user, caseId);
    const step = { subjectType: 'corrective-action', subjectId: `${caseId}/${actionId}`, step: 'response', request: body, actor: user.sub, summary: 'answered' };
    return answerOf(takeHumanStepOnce(this.dataSource, step, async (manager) => {
      const found = await this.caseInScope(manager, user, caseId);
      if (found.status === 'closed') throw new ConflictException(`Validation case ${caseId} was closed: ${found.closedReason}; no answer is needed`);
      const [action]: { responded_at: Date | null; due_by: Date; question_id: string; requested_by: string; text_en: string | null; text_mn: string | null }[] = await manager.query(
        `SELECT a.responded_at, a.due_by, a.question_id, a.requested_by, i.text_en, i.text_mn
           FROM corrective_actions a LEFT JOIN checklist_items i ON i.case_id = a.case_id AND i.question_id = a.question_id
          WHERE a.id = $1 AND a.case_id = $2 FOR UPDATE OF a`,
        [actionId, found.id],
      );
      if (!action) throw new NotFoundException(`Corrective action ${actionId} not found in case ${caseId}`);
      if (action.responded_at) throw new ConflictException(`Corrective action ${actionId} was answered on ${new Date(action.responded_at).toISOString()}`);
      const answeredAt = new Date();
      const late = answeredAt.getTime() > new Date(action.due_by).getTime();
      await manager.query(`UPDATE corrective_actions SET response = $2, responded_by = $3, responded_at = $4 WHERE id = $1`, [actionId, body.response, user.sub, answeredAt]);
      // The validator hears of the answer, committed with it.
      await this.outbox.append(manager, ValidationCorrectiveActionAnswered, {
        subject: found.id,
        aggregateId: found.operatorId,
        data: {
          ...caseEventRef(found),
          actionId,
          questionId: action.question_id,
          criterion: { en: action.text_en ?? action.question_id, mn: action.text_mn ?? action.question_id },
          dueBy: new Date(action.due_by).toISOString(),
          requestedBy: action.requested_by,
          assignedValidator: found.assignedValidator,
          answeredBy: user.sub,
          answeredAt: answeredAt.toISOString(),
          late,
        },
      });
      await recordAudit(manager, { actor: user, action: 'validation-case.corrective-action-answered', entityType: 'validation-case', entityId: found.id, after: { actionId, late }, correlationId: currentCorrelationId() });
      return { actionId, caseId: found.id, responded: true };
    }));
  }

  async correctiveActions(user: AuthenticatedUser, caseId: string) {
    const found = await this.caseInScope(this.dataSource.manager, user, caseId);
    const rows: { id: string; question_id: string; description: string; due_by: Date; requested_by: string; response: string | null; responded_at: Date | null }[] = await this.dataSource.query(
      `SELECT id, question_id, description, due_by, requested_by, response, responded_at FROM corrective_actions WHERE case_id = $1 ORDER BY requested_at`,
      [found.id],
    );
    return rows.map((r) => ({ actionId: r.id, questionId: r.question_id, description: r.description, dueBy: new Date(r.due_by).toISOString(), requestedBy: r.requested_by, response: r.response, respondedAt: r.responded_at ? new Date(r.responded_at).toISOString() : null }));
  }

  /**
   * What stands between the case and its report: findings missing, a site visit required but not
   * done, corrective actions unanswered, or a critical finding with a recommendation to grant.
   */
  async readiness(manager: EntityManager, found: ValidationCaseEntity, recommendation: string): Promise<string[]> {
    const issues: string[] = [];
    const items: { question_id: string; finding: string | null }[] = await manager.query(`SELECT question_id, finding FROM checklist_items WHERE case_id = $1 ORDER BY position`, [found.id]);
    for (const item of items) if (!item.finding) issues.push(`checklist: ${item.question_id} has no finding`);
    if (found.siteVisitRequired) {
      // Only a visit held on or after its announced date counts (one recorded earlier was not announced as the programme requires).
      const completed: { id: string; scheduled_for: Date; completed_at: Date }[] = await manager.query(
        `SELECT id, scheduled_for, completed_at FROM site_visits WHERE case_id = $1 AND completed_at IS NOT NULL ORDER BY scheduled_for`,
        [found.id],
      );
      const held = completed.filter((visit) => new Date(visit.completed_at).getTime() >= new Date(visit.scheduled_for).getTime());
      if (!completed.length) issues.push('visits: the risk assessment requires a site visit, and none is completed');
      else if (!held.length) {
        const early = completed.map((visit) => `visit ${visit.id} announced for ${new Date(visit.scheduled_for).toISOString()} was recorded as completed on ${new Date(visit.completed_at).toISOString()}`);
        issues.push(`visits: the risk assessment requires a site visit completed on or after its announced date (${early.join('; ')})`);
      }
    }
    const open: { id: string }[] = await manager.query(`SELECT id FROM corrective_actions WHERE case_id = $1 AND responded_at IS NULL`, [found.id]);
    for (const action of open) issues.push(`correctiveActions: ${action.id} is not answered`);
    if (recommendation !== 'refuse' && items.some((item) => item.finding === 'critical')) issues.push('recommendation: a critical finding allows only "refuse"');
    return issues;
  }

  /** Validators and regional staff of the case's region; the operator user of its company for its own case. */
  private async caseInScope(manager: EntityManager, user: AuthenticatedUser, caseId: string): Promise<ValidationCaseEntity> {
    const found = await manager.findOneBy(ValidationCaseEntity, { id: caseId });
    if (!found) throw new NotFoundException(`Validation case ${caseId} not found`);
    const company = companyOf(user);
    if (company !== undefined && company !== found.taxpayerId) throw new ForbiddenException('Operator users may only see the validation of their own company');
    const region = regionOf(user);
    if (region && region !== found.region) throw new ForbiddenException(`Region ${found.region} is outside your scope (${region})`);
    return found;
  }

  /** A case in scope that the caller may write on: its assigned validator (registered and active), or its regional office where `officeMay`. */
  private async caseForWrite(manager: EntityManager, user: AuthenticatedUser, caseId: string, options: { officeMay?: boolean } = {}): Promise<ValidationCaseEntity> {
    const found = await this.caseInScope(manager, user, caseId);
    if (!(options.officeMay && user.roles.includes(ROLES.regionalOffice))) await assertAssignedValidator(manager, user, found);
    return found;
  }

  private async openCase(manager: EntityManager, user: AuthenticatedUser, caseId: string, options: { officeMay?: boolean } = {}): Promise<ValidationCaseEntity> {
    await this.caseInScope(manager, user, caseId);
    const locked = await manager.findOneOrFail(ValidationCaseEntity, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    // Checked on the locked row: a reassignment meanwhile is seen.
    await this.caseForWrite(manager, user, caseId, options);
    if (locked.status !== 'open') throw new ConflictException(`Validation case ${caseId} is ${locked.status}; its examination is closed`);
    return locked;
  }
}
