import { randomUUID } from 'node:crypto';
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuthenticatedUser, ROLES, hasRole } from '@aeo/auth';
import {
  type EventData,
  type PilotCancelled,
  PilotLessonRecorded,
  PilotQuestionnaireAnswered,
  PilotQuestionnaireClosed,
  PilotQuestionnaireCreated,
  PilotQuestionnaireOpened,
  PilotQuestionnaireResponseRequested,
} from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { noteCreatedResource, recordAudit, takeHumanStepOnce } from '@aeo/persistence';
import { fieldBadRequest, issuesBadRequest } from '@aeo/service-kit';
import { ContactOfficersService } from '../contact-officers/contact-officers.service';
import { pilotFrameLocked } from '../core/pilots.repository';
import { pilotEndsAt } from '../training/pilot-frame';
import { OperatorMembers } from '../../operator-members/operator-members.consumer';
import { audienceSummary, questionResults, responseIssues } from './evaluation-results';
import {
  answersTo,
  findPilot,
  insertLessonRow,
  insertQuestionnaireWithQuestions,
  insertResponseWithAnswers,
  lessonsOf,
  markClosed,
  markOpened,
  pilotCompaniesOf,
  type PilotCompany,
  type Question,
  type QuestionnaireRow,
  questionnaireOf,
  questionnairesOf,
  questionsOf,
  responseCounts,
  responseOf,
  unknownReferences,
} from './evaluation.repository';
import type {
  NewLesson,
  NewQuestionnaire,
  NewResponse,
  QuestionnaireClosing,
  QuestionnaireOpening,
} from './evaluation.schemas';

/**
 * Customs staff who answer internal questionnaires, each as themselves: a contact officer only of
 * the pilot's companies (`EvaluationService.accessOf`), and the national staff who run the pilot.
 */
export const INTERNAL_RESPONDENT_ROLES = [ROLES.contactOfficer, ROLES.executive, ROLES.policyUnit] as const;

/** What a caller may see and answer of a pilot's evaluation. */
interface EvaluationAccess {
  /** The policy unit and executives: every questionnaire. */
  national: boolean;
  /** A user of a company taking part (accepted, not withdrawn): the opened external questionnaires. */
  external: boolean;
  /** The national staff and the contact officer in charge of a company taking part: the opened internal ones. */
  internal: boolean;
}

/**
 * How long after the pilot's end (the end of its current end date, UTC) a questionnaire may stay
 * open: the evaluation runs at the end of the pilot, so its questionnaires close within 60 days
 * of it (a later closesAt is refused, 400 naming closesAt).
 */
export const EVALUATION_GRACE_DAYS = 60;
const DAY_MS = 86_400_000;

/** The latest closing time of a pilot's questionnaires: `EVALUATION_GRACE_DAYS` after the pilot ends. */
export const latestClosingOf = (pilot: { endsOn: string }): Date =>
  new Date(pilotEndsAt(pilot).getTime() + EVALUATION_GRACE_DAYS * DAY_MS);

/** Who closes a cancelled pilot's questionnaires (the audit entries and events name it), and why. */
const CANCELLATION: AuthenticatedUser = { sub: 'system:pilot-cancellation', roles: [] };
export const PILOT_CANCELLED_REASON = 'pilot cancelled';

/** Pilots whose evaluation is over: nothing more is drafted, opened, answered or recorded. */
const FINISHED_PILOTS = ['closed', 'cancelled'];

export type QuestionnaireView = Omit<QuestionnaireRow, 'status'> & {
  /** `closed` once its closing time has passed, even when the policy unit did not close it. */
  status: QuestionnaireRow['status'];
  questions: Question[];
  responses: number;
};

/**
 * A pilot's evaluation: questionnaires for customs staff (internal) and the pilot companies
 * (external), drafted, opened with a closing time and closed by the policy unit; one response per
 * respondent (a staff member as themselves, a company through any of its users); results per
 * question and per audience; lessons learnt. Every change is audited and published in its
 * transaction (`aeo.programme-pilot-evaluation.*`); answering, opening and closing are human
 * steps taken once (a repeat answers as the first time, another request 409).
 */
@Injectable()
export class EvaluationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly officers: ContactOfficersService,
    private readonly members: OperatorMembers,
  ) {}

  async create(user: AuthenticatedUser, pilotId: string, body: NewQuestionnaire): Promise<QuestionnaireView> {
    return this.dataSource.transaction(async (manager) => {
      await this.activePilot(manager, pilotId);
      const id = randomUUID();
      noteCreatedResource(id);
      const row = await insertQuestionnaireWithQuestions(manager, { ...body, id, pilotId, createdBy: user.sub });
      await this.outbox.append(manager, PilotQuestionnaireCreated, {
        subject: pilotId,
        aggregateId: pilotId,
        data: { ...this.ref(row, user.sub, row.createdAt), questions: body.questions.length },
      });
      await this.audit(manager, user, 'pilot-questionnaire.created', row.id, { after: { ...body, pilotId } });
      return this.view(manager, row);
    });
  }

  /** The questionnaires the caller may read; 403 for a caller who takes no part in the pilot's evaluation. */
  async list(user: AuthenticatedUser, pilotId: string): Promise<QuestionnaireView[]> {
    await this.pilot(this.dataSource, pilotId);
    const access = await this.participantAccess(user, pilotId);
    const rows = (await questionnairesOf(this.dataSource, pilotId)).filter((row) => this.mayRead(access, row));
    return this.views(this.dataSource, rows);
  }

  async get(user: AuthenticatedUser, pilotId: string, questionnaireId: string): Promise<QuestionnaireView> {
    const row = await this.questionnaire(this.dataSource, pilotId, questionnaireId);
    const access = await this.participantAccess(user, pilotId);
    if (!this.mayRead(access, row)) throw this.notFound(questionnaireId);
    return this.view(this.dataSource, row);
  }

  /**
   * Opens a draft for answers until `closesAt` (in the future, and at most `EVALUATION_GRACE_DAYS`
   * after the pilot's current end) and asks its audience: an external questionnaire one
   * response-requested event per pilot company (the company answers); an internal one is asked
   * once, by its questionnaire-opened event (customs staff: the pilot's contact officers, the
   * policy unit and executives).
   */
  async open(user: AuthenticatedUser, pilotId: string, questionnaireId: string, body: QuestionnaireOpening) {
    const closesAt = new Date(body.closesAt);
    if (closesAt.getTime() <= Date.now()) throw fieldBadRequest('closesAt', 'must be in the future');
    const { answer } = await takeHumanStepOnce(
      this.dataSource,
      this.step(questionnaireId, 'opening', body, user, 'opened'),
      async (manager) => {
        const latest = latestClosingOf(await this.activePilot(manager, pilotId));
        if (closesAt.getTime() > latest.getTime())
          throw fieldBadRequest(
            'closesAt',
            `must not be later than ${EVALUATION_GRACE_DAYS} days after the pilot ends (${latest.toISOString()})`,
          );
        const before = await this.questionnaire(manager, pilotId, questionnaireId, true);
        if (before.status !== 'draft')
          throw new ConflictException(
            `Questionnaire ${questionnaireId} is ${this.statusOf(before)}: only a draft opens`,
          );
        const row = (await markOpened(manager, questionnaireId, user.sub, closesAt))!;
        const ref = this.ref(row, user.sub, row.openedAt!);
        const questions = (await questionsOf(manager, [row.id])).get(row.id)!.length;
        await this.outbox.append(manager, PilotQuestionnaireOpened, {
          subject: pilotId,
          aggregateId: pilotId,
          data: { ...ref, questions, closesAt: closesAt.toISOString() },
        });
        // External: each company taking part is asked (its users answer for it). Internal: the staff are
        // asked once, by the questionnaire-opened event (to the pilot's contact officers, the policy unit
        // and executives), not once per company.
        const asked = row.audience === 'external' ? await pilotCompaniesOf(manager, pilotId) : [];
        for (const company of asked)
          await this.outbox.append(manager, PilotQuestionnaireResponseRequested, {
            subject: pilotId,
            aggregateId: pilotId,
            data: { ...ref, closesAt: closesAt.toISOString(), ...company },
          });
        await this.audit(manager, user, 'pilot-questionnaire.opened', row.id, {
          before: { status: before.status },
          after: { status: row.status, closesAt: closesAt.toISOString() },
        });
        return this.view(manager, row);
      },
    );
    return answer;
  }

  async close(user: AuthenticatedUser, pilotId: string, questionnaireId: string, body: QuestionnaireClosing) {
    const { answer } = await takeHumanStepOnce(
      this.dataSource,
      this.step(questionnaireId, 'closing', body, user, 'closed'),
      async (manager) => {
        const before = await this.questionnaire(manager, pilotId, questionnaireId, true);
        if (this.statusOf(before) !== 'open')
          throw new ConflictException(
            `Questionnaire ${questionnaireId} is ${this.statusOf(before)}${before.status === 'open' ? ` (its closing time ${before.closesAt!.toISOString()} has passed)` : ''}: only an open one closes`,
          );
        const row = (await markClosed(manager, questionnaireId, user.sub, body.reason ?? null))!;
        const responses = (await responseCounts(manager, [row.id])).get(row.id) ?? 0;
        await this.outbox.append(manager, PilotQuestionnaireClosed, {
          subject: pilotId,
          aggregateId: pilotId,
          data: {
            ...this.ref(row, user.sub, row.closedAt!),
            responses,
            ...(body.reason ? { reason: body.reason } : {}),
          },
        });
        await this.audit(manager, user, 'pilot-questionnaire.closed', row.id, {
          before: { status: before.status, closesAt: before.closesAt?.toISOString() },
          after: { status: row.status, responses },
          reason: body.reason,
        });
        return this.view(manager, row);
      },
    );
    return answer;
  }

  /**
   * A cancelled pilot's open questionnaires close (reason `pilot cancelled`, by
   * `system:pilot-cancellation`), each audited and published (`questionnaire-closed.v1`) in the
   * caller's transaction (the cancellation consumer's, with its inbox entry); those whose closing
   * time has passed, drafts and closed ones are left as they are. Answers are refused from the
   * cancellation on (`respond`: 409), before this runs too.
   */
  async closeForCancelledPilot(manager: EntityManager, cancelled: EventData<typeof PilotCancelled>): Promise<number> {
    const open = (await questionnairesOf(manager, cancelled.pilotId)).filter((row) => this.statusOf(row) === 'open');
    let closed = 0;
    for (const { id } of open) {
      const row = await markClosed(manager, id, CANCELLATION.sub, PILOT_CANCELLED_REASON);
      if (!row) continue;
      closed += 1;
      const responses = (await responseCounts(manager, [row.id])).get(row.id) ?? 0;
      await this.outbox.append(manager, PilotQuestionnaireClosed, {
        subject: row.pilotId,
        aggregateId: row.pilotId,
        data: { ...this.ref(row, CANCELLATION.sub, row.closedAt!), responses, reason: PILOT_CANCELLED_REASON },
      });
      await this.audit(manager, CANCELLATION, 'pilot-questionnaire.closed', row.id, {
        before: { status: 'open', closesAt: row.closesAt?.toISOString() },
        after: { status: row.status, responses, pilotCancelledBy: cancelled.by, pilotCancelledAt: cancelled.at },
        reason: PILOT_CANCELLED_REASON,
      });
    }
    return closed;
  }

  /**
   * A respondent's answers, once: customs staff answer an internal questionnaire as themselves;
   * a pilot company's user answers an external one for the company (its taxpayer id is the
   * respondent, so the company answers once whichever user sends it).
   */
  async respond(user: AuthenticatedUser, pilotId: string, questionnaireId: string, body: NewResponse) {
    const row = await this.questionnaire(this.dataSource, pilotId, questionnaireId);
    const respondent = await this.respondentOf(user, row);
    const { answer } = await takeHumanStepOnce(
      this.dataSource,
      this.step(questionnaireId, `response:${respondent}`, body, user, `answered by ${user.sub} for ${respondent}`),
      async (manager) => {
        await this.activePilot(manager, pilotId);
        const current = await this.questionnaire(manager, pilotId, questionnaireId, true);
        const status = this.statusOf(current);
        if (status !== 'open')
          throw new ConflictException(
            `Questionnaire ${questionnaireId} is ${status}${current.closesAt ? ` (closing time ${current.closesAt.toISOString()})` : ''}: it takes no answers`,
          );
        const questions = (await questionsOf(manager, [current.id])).get(current.id)!;
        const issues = responseIssues(questions, body.answers);
        if (issues.length > 0) throw issuesBadRequest(issues);
        const stored = await insertResponseWithAnswers(manager, {
          id: randomUUID(),
          questionnaireId,
          respondent,
          answeredBy: user.sub,
          answers: body.answers,
        });
        if (!stored) {
          const first = (await responseOf(manager, questionnaireId, respondent))!;
          throw new ConflictException(
            `${respondent} has answered questionnaire ${questionnaireId} already (by ${first.answeredBy} on ${first.answeredAt.toISOString()}): one response each`,
          );
        }
        await this.outbox.append(manager, PilotQuestionnaireAnswered, {
          subject: pilotId,
          aggregateId: pilotId,
          data: {
            ...this.ref(current, user.sub, stored.answeredAt),
            responseId: stored.responseId,
            respondent,
            answers: stored.answers.length,
          },
        });
        await this.audit(manager, user, 'pilot-questionnaire.answered', questionnaireId, {
          after: { respondent, responseId: stored.responseId, answers: stored.answers },
        });
        return { questionnaireId, ...stored };
      },
    );
    return answer;
  }

  /** The caller's own response (a company's, for its users), 404 when not answered. */
  async ownResponse(user: AuthenticatedUser, pilotId: string, questionnaireId: string) {
    const row = await this.questionnaire(this.dataSource, pilotId, questionnaireId);
    const respondent = await this.respondentOf(user, row);
    const stored = await responseOf(this.dataSource, questionnaireId, respondent);
    if (!stored) throw new NotFoundException(`${respondent} has not answered questionnaire ${questionnaireId}`);
    return { questionnaireId, ...stored };
  }

  /** One questionnaire's results per question. */
  async results(pilotId: string, questionnaireId: string) {
    const row = await this.questionnaire(this.dataSource, pilotId, questionnaireId);
    const [result] = await this.resultsOf([row]);
    return result!;
  }

  /** The pilot's evaluation: each audience's summary and questionnaires' results, and the lessons learnt. */
  async evaluation(pilotId: string) {
    await this.pilot(this.dataSource, pilotId);
    const results = await this.resultsOf(await questionnairesOf(this.dataSource, pilotId));
    const audiences = (['internal', 'external'] as const).map((audience) => {
      const mine = results.filter((result) => result.audience === audience);
      return { ...audienceSummary(audience, mine), results: mine };
    });
    return { pilotId, audiences, lessons: await lessonsOf(this.dataSource, pilotId) };
  }

  async recordLesson(user: AuthenticatedUser, pilotId: string, body: NewLesson) {
    return this.dataSource.transaction(async (manager) => {
      await this.activePilot(manager, pilotId);
      const unknown = await unknownReferences(manager, pilotId, body);
      const issues = [
        ...unknown.questionRefs.map((i) => `questionRefs.${i}: not a question of this pilot’s questionnaires`),
        ...unknown.milestoneIds.map((i) => `milestoneIds.${i}: not a milestone of this pilot`),
      ];
      if (issues.length > 0) throw issuesBadRequest(issues);
      const id = randomUUID();
      noteCreatedResource(id);
      const lesson = (await insertLessonRow(manager, { ...body, id, pilotId, recordedBy: user.sub }))!;
      const { recordedAt, recordedBy, ...data } = lesson;
      await this.outbox.append(manager, PilotLessonRecorded, {
        subject: pilotId,
        aggregateId: pilotId,
        data: { ...data, by: recordedBy, at: recordedAt.toISOString() },
      });
      await this.audit(manager, user, 'pilot-lesson.recorded', id, { after: { ...body, pilotId } });
      return lesson;
    });
  }

  async lessons(pilotId: string) {
    await this.pilot(this.dataSource, pilotId);
    return lessonsOf(this.dataSource, pilotId);
  }

  private async resultsOf(rows: QuestionnaireRow[]) {
    const ids = rows.map((row) => row.id);
    const [questions, counts, answers] = await Promise.all([
      questionsOf(this.dataSource, ids),
      responseCounts(this.dataSource, ids),
      answersTo(this.dataSource, ids),
    ]);
    return rows.map((row) => ({
      questionnaireId: row.id,
      audience: row.audience,
      title: row.title,
      status: this.statusOf(row),
      closesAt: row.closesAt,
      responses: counts.get(row.id) ?? 0,
      questions: questionResults(
        questions.get(row.id)!,
        answers.filter((answer) => answer.questionnaireId === row.id),
      ),
    }));
  }

  /**
   * Who answers: the staff member (internal: a contact officer of the pilot's companies, the policy
   * unit or an executive), the company (external: a user of a company taking part). 403 otherwise.
   */
  private async respondentOf(user: AuthenticatedUser, row: QuestionnaireRow): Promise<string> {
    const access = await this.accessOf(user, row.pilotId);
    if (row.audience === 'internal') {
      if (!access.internal)
        throw new ForbiddenException(
          `An internal questionnaire of pilot ${row.pilotId} is answered by the contact officers of its companies, the policy unit and executives`,
        );
      return user.sub;
    }
    if (!hasRole(user, ROLES.operatorUser) || !user.taxpayerId)
      throw new ForbiddenException('An external questionnaire is answered by the pilot companies’ users');
    if (!access.external)
      throw new ForbiddenException(`Company ${user.taxpayerId} does not take part in pilot ${row.pilotId}`);
    return user.taxpayerId;
  }

  private async accessOf(user: AuthenticatedUser, pilotId: string): Promise<EvaluationAccess> {
    const national = hasRole(user, ROLES.policyUnit, ROLES.executive);
    const taxpayerId = hasRole(user, ROLES.operatorUser) ? user.taxpayerId : undefined;
    // A token naming the company is not enough (a trader's own sign-up takes any taxpayer id): its user must be linked to it.
    const external =
      taxpayerId !== undefined &&
      (await this.members.actsFor(user, taxpayerId)) &&
      (await pilotCompaniesOf(this.dataSource, pilotId)).some(
        (company: PilotCompany) => company.taxpayerId === taxpayerId,
      );
    const officer =
      !national &&
      hasRole(user, ROLES.contactOfficer) &&
      (await this.officers.companiesOf(pilotId, user.sub)).length > 0;
    return { national, external, internal: national || officer };
  }

  /** The caller's access to the pilot's questionnaires; 403 when it has none (not a participant, nor its staff). */
  private async participantAccess(user: AuthenticatedUser, pilotId: string): Promise<EvaluationAccess> {
    const access = await this.accessOf(user, pilotId);
    if (!access.national && !access.external && !access.internal)
      throw new ForbiddenException(
        `You take no part in the evaluation of pilot ${pilotId}: it is for its companies taking part, the contact officers in charge of them, the policy unit and executives`,
      );
    return access;
  }

  /** National staff see every questionnaire; respondents see the opened ones of their audience. */
  private mayRead(access: EvaluationAccess, row: QuestionnaireRow): boolean {
    if (access.national) return true;
    if (row.status === 'draft') return false;
    return row.audience === 'external' ? access.external : access.internal;
  }

  private statusOf(row: QuestionnaireRow): QuestionnaireRow['status'] {
    return row.status === 'open' && row.closesAt !== null && row.closesAt.getTime() <= Date.now()
      ? 'closed'
      : row.status;
  }

  private async views(manager: EntityManager | DataSource, rows: QuestionnaireRow[]): Promise<QuestionnaireView[]> {
    const ids = rows.map((row) => row.id);
    const [questions, counts] = await Promise.all([questionsOf(manager, ids), responseCounts(manager, ids)]);
    return rows.map((row) => ({
      ...row,
      status: this.statusOf(row),
      questions: questions.get(row.id)!,
      responses: counts.get(row.id) ?? 0,
    }));
  }

  private async view(manager: EntityManager | DataSource, row: QuestionnaireRow): Promise<QuestionnaireView> {
    return (await this.views(manager, [row]))[0]!;
  }

  private ref(row: QuestionnaireRow, by: string, at: Date) {
    return {
      pilotId: row.pilotId,
      questionnaireId: row.id,
      audience: row.audience,
      title: row.title,
      by,
      at: at.toISOString(),
    };
  }

  private step(questionnaireId: string, step: string, request: unknown, user: AuthenticatedUser, summary: string) {
    return { subjectType: 'pilot-questionnaire', subjectId: questionnaireId, step, request, actor: user.sub, summary };
  }

  private async pilot(manager: EntityManager | DataSource, pilotId: string) {
    const pilot = await findPilot(manager, pilotId);
    if (!pilot) throw new NotFoundException(`Pilot ${pilotId} not found`);
    return pilot;
  }

  /**
   * The pilot, share-locked until the transaction ends, unless it is finished (409): its status and
   * dates are those of the locked row, so a cancellation or a PATCH of the dates waits for this
   * change, or this change sees theirs.
   */
  private async activePilot(manager: EntityManager, pilotId: string) {
    const pilot = await pilotFrameLocked(manager, pilotId);
    if (!pilot) throw new NotFoundException(`Pilot ${pilotId} not found`);
    if (FINISHED_PILOTS.includes(pilot.status))
      throw new ConflictException(`Pilot ${pilot.code} is ${pilot.status}: its evaluation takes no more changes`);
    return pilot;
  }

  private async questionnaire(
    manager: EntityManager | DataSource,
    pilotId: string,
    questionnaireId: string,
    lock = false,
  ): Promise<QuestionnaireRow> {
    const row = await questionnaireOf(manager, pilotId, questionnaireId, lock);
    if (!row) throw this.notFound(questionnaireId);
    return row;
  }

  private notFound(questionnaireId: string) {
    return new NotFoundException(`Questionnaire ${questionnaireId} not found in this pilot`);
  }

  private audit(
    manager: EntityManager,
    user: AuthenticatedUser,
    action: string,
    entityId: string,
    change: { before?: unknown; after?: unknown; reason?: string },
  ) {
    return recordAudit(manager, {
      actor: user,
      action,
      entityType: action.startsWith('pilot-lesson') ? 'pilot-lesson' : 'pilot-questionnaire',
      entityId,
      ...change,
      correlationId: currentCorrelationId(),
    });
  }
}
