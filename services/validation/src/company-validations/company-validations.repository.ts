import { z } from 'zod';
import { safeText, statusType } from '@aeo/contracts';
import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { type Page, type PageRequest, readPage } from '@aeo/service-kit';
import { CASE_PURPOSES, CASE_STATUSES, RECOMMENDATIONS } from '../validation-cases/validation-case';
import type { CompanyValidation, CompanyValidationDetail } from './company-validations.response';
import {
  findCompanyCase,
  listCompanyCases,
  listCorrectiveActionsToAnswer,
  listVisitNotices,
  type IFindCompanyCaseResult,
} from './company-validations.queries';

const caseStatus = z.enum(CASE_STATUSES);
const casePurpose = z.enum(CASE_PURPOSES);
const recommendation = z.enum(RECOMMENDATIONS).nullable();
const conditions = z.array(safeText).nullable();

/** The operator's view of a case row: the report's outcome only once the report is in. */
function toCompanyValidation(row: IFindCompanyCaseResult): CompanyValidation {
  const status = caseStatus.parse(row.status);
  const outcome = recommendation.parse(row.recommendation);
  return {
    caseId: row.id,
    purpose: casePurpose.parse(row.purpose),
    applicationId: row.application_id,
    authorisationNumber: row.authorisation_number,
    cycle: row.cycle,
    statusType: statusType.nullable().parse(row.status_type),
    status,
    openedAt: row.opened_at,
    siteVisitRequired: row.site_visit_required,
    report:
      status === 'reported' && outcome && row.report_submitted_at
        ? { outcome, conditions: conditions.parse(row.conditions) ?? [], submittedAt: row.report_submitted_at }
        : null,
    closedAt: row.closed_at,
  };
}

export interface CompanyValidationFilter extends PageRequest {
  taxpayerId: string;
  status?: string;
  purpose?: string;
}

/** A page of the company's cases, newest first (or oldest), with how many there are. */
export function readCompanyValidations(
  runner: SqlRunner,
  filter: CompanyValidationFilter,
): Promise<Page<CompanyValidation>> {
  const { page, pageSize, taxpayerId, status, purpose, order } = filter;
  return readPage(
    { page, pageSize },
    (window) =>
      runSql(
        listCompanyCases,
        { taxpayerId, status: status ?? null, purpose: purpose ?? null, order, ...window },
        runner,
      ),
    (row) => toCompanyValidation(row),
  );
}

/**
 * One case of the company with its site visit notices and the corrective actions to answer
 * (`timeZone`: PROGRAMME_TIME_ZONE, whose calendar days are counted); undefined when the company
 * has no such case.
 */
export async function readCompanyValidation(
  runner: SqlRunner,
  taxpayerId: string,
  caseId: string,
  timeZone: string,
): Promise<CompanyValidationDetail | undefined> {
  const found = await runSqlOne(findCompanyCase, { caseId, taxpayerId }, runner, toCompanyValidation);
  if (!found) return undefined;
  const visits = await runSql(listVisitNotices, { caseId, timeZone }, runner);
  const actions = await runSql(listCorrectiveActionsToAnswer, { caseId, timeZone }, runner);
  return {
    ...found,
    siteVisits: visits.map((visit) => ({
      visitId: visit.id,
      scheduledFor: visit.scheduled_for,
      place: visit.place,
      announcedAt: visit.scheduled_at,
      noticeDays: visit.notice_days,
      daysLeft: visit.days_left,
      held: visit.completed_at !== null,
      heldAt: visit.completed_at,
    })),
    correctiveActions: actions.map((action) => {
      const open = action.responded_at === null && found.status === 'open';
      return {
        actionId: action.id,
        questionId: action.question_id,
        criterion:
          action.text_en !== null && action.text_mn !== null ? { en: action.text_en, mn: action.text_mn } : null,
        description: action.description,
        requestedAt: action.requested_at,
        dueBy: action.due_by,
        daysLeft: action.days_left,
        overdue: action.responded_at === null && action.overdue,
        response: action.response,
        respondedAt: action.responded_at,
        answerLink: open ? `/v1/validation-cases/${caseId}/corrective-actions/${action.id}/response` : null,
      };
    }),
  };
}
