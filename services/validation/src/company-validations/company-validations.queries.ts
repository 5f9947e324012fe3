/** Types generated for queries found in "services/validation/src/company-validations/company-validations.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ListCompanyCases' parameters type */
export interface IListCompanyCasesParams {
  limit: number;
  offset: number;
  order: string;
  purpose?: string | null | void;
  status?: string | null | void;
  taxpayerId: string;
}

/** 'ListCompanyCases' return type */
export interface IListCompanyCasesResult {
  application_id: string;
  authorisation_number: string | null;
  closed_at: Date | null;
  conditions: Json | null;
  cycle: number | null;
  id: string;
  opened_at: Date;
  purpose: string;
  recommendation: string | null;
  report_submitted_at: Date | null;
  site_visit_required: boolean;
  status: string;
  status_type: string | null;
  total: string;
}

/** 'ListCompanyCases' query type */
export interface IListCompanyCasesQuery {
  params: IListCompanyCasesParams;
  result: IListCompanyCasesResult;
}

const listCompanyCasesIR: any = {"usedParamSet":{"taxpayerId":true,"status":true,"purpose":true,"order":true,"limit":true,"offset":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":469,"b":480}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":489,"b":495},{"a":523,"b":529}]},{"name":"purpose","required":false,"transform":{"type":"scalar"},"locs":[{"a":539,"b":546},{"a":575,"b":582}]},{"name":"order","required":true,"transform":{"type":"scalar"},"locs":[{"a":606,"b":612},{"a":664,"b":670},{"a":724,"b":730},{"a":775,"b":781}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":821,"b":827}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":841,"b":848}]}],"statement":"-- The company's validation cases, newest first, counted whole on every row: only what the operator may see of them.\nSELECT id AS \"id!\", purpose AS \"purpose!\", application_id AS \"application_id!\", authorisation_number, cycle, status_type,\n  status AS \"status!\", opened_at AS \"opened_at!\", site_visit_required AS \"site_visit_required!\", recommendation, conditions,\n  report_submitted_at, closed_at, COUNT(*) OVER () AS \"total!\"\nFROM validation_cases\nWHERE taxpayer_id = :taxpayerId!\n  AND (:status::text IS NULL OR status = :status)\n  AND (:purpose::text IS NULL OR purpose = :purpose)\nORDER BY\n  CASE WHEN :order!::text = 'asc' THEN opened_at END ASC,\n  CASE WHEN :order!::text = 'desc' THEN opened_at END DESC,\n  CASE WHEN :order!::text = 'asc' THEN id END ASC,\n  CASE WHEN :order!::text = 'desc' THEN id END DESC\nLIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- The company's validation cases, newest first, counted whole on every row: only what the operator may see of them.
 * SELECT id AS "id!", purpose AS "purpose!", application_id AS "application_id!", authorisation_number, cycle, status_type,
 *   status AS "status!", opened_at AS "opened_at!", site_visit_required AS "site_visit_required!", recommendation, conditions,
 *   report_submitted_at, closed_at, COUNT(*) OVER () AS "total!"
 * FROM validation_cases
 * WHERE taxpayer_id = :taxpayerId!
 *   AND (:status::text IS NULL OR status = :status)
 *   AND (:purpose::text IS NULL OR purpose = :purpose)
 * ORDER BY
 *   CASE WHEN :order!::text = 'asc' THEN opened_at END ASC,
 *   CASE WHEN :order!::text = 'desc' THEN opened_at END DESC,
 *   CASE WHEN :order!::text = 'asc' THEN id END ASC,
 *   CASE WHEN :order!::text = 'desc' THEN id END DESC
 * LIMIT :limit!::int OFFSET :offset!::int
 * ```
 */
export const listCompanyCases = new PreparedQuery<IListCompanyCasesParams,IListCompanyCasesResult>(listCompanyCasesIR);


/** 'FindCompanyCase' parameters type */
export interface IFindCompanyCaseParams {
  caseId: string;
  taxpayerId: string;
}

/** 'FindCompanyCase' return type */
export interface IFindCompanyCaseResult {
  application_id: string;
  authorisation_number: string | null;
  closed_at: Date | null;
  conditions: Json | null;
  cycle: number | null;
  id: string;
  opened_at: Date;
  purpose: string;
  recommendation: string | null;
  report_submitted_at: Date | null;
  site_visit_required: boolean;
  status: string;
  status_type: string | null;
}

/** 'FindCompanyCase' query type */
export interface IFindCompanyCaseQuery {
  params: IFindCompanyCaseParams;
  result: IFindCompanyCaseResult;
}

const findCompanyCaseIR: any = {"usedParamSet":{"caseId":true,"taxpayerId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":313,"b":320}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":340,"b":351}]}],"statement":"SELECT id AS \"id!\", purpose AS \"purpose!\", application_id AS \"application_id!\", authorisation_number, cycle, status_type,\n  status AS \"status!\", opened_at AS \"opened_at!\", site_visit_required AS \"site_visit_required!\", recommendation, conditions,\n  report_submitted_at, closed_at\nFROM validation_cases WHERE id = :caseId! AND taxpayer_id = :taxpayerId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id AS "id!", purpose AS "purpose!", application_id AS "application_id!", authorisation_number, cycle, status_type,
 *   status AS "status!", opened_at AS "opened_at!", site_visit_required AS "site_visit_required!", recommendation, conditions,
 *   report_submitted_at, closed_at
 * FROM validation_cases WHERE id = :caseId! AND taxpayer_id = :taxpayerId!
 * ```
 */
export const findCompanyCase = new PreparedQuery<IFindCompanyCaseParams,IFindCompanyCaseResult>(findCompanyCaseIR);


/** 'ListVisitNotices' parameters type */
export interface IListVisitNoticesParams {
  caseId: string;
  timeZone: string;
}

/** 'ListVisitNotices' return type */
export interface IListVisitNoticesResult {
  completed_at: Date | null;
  days_left: number;
  id: string;
  notice_days: number;
  place: string | null;
  scheduled_at: Date;
  scheduled_for: Date;
}

/** 'ListVisitNotices' query type */
export interface IListVisitNoticesQuery {
  params: IListVisitNoticesParams;
  result: IListVisitNoticesResult;
}

const listVisitNoticesIR: any = {"usedParamSet":{"timeZone":true,"caseId":true},"params":[{"name":"timeZone","required":true,"transform":{"type":"scalar"},"locs":[{"a":219,"b":228},{"a":272,"b":281},{"a":345,"b":354},{"a":391,"b":400}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":464,"b":471}]}],"statement":"-- Days counted in calendar days of the programme's zone: the notice given (announced to visit) and those left until the visit.\nSELECT id, scheduled_for, place, scheduled_at, completed_at,\n  (scheduled_for AT TIME ZONE :timeZone!::text)::date - (scheduled_at AT TIME ZONE :timeZone!::text)::date AS \"notice_days!\",\n  (scheduled_for AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS \"days_left!\"\nFROM site_visits WHERE case_id = :caseId! ORDER BY scheduled_for, id"};

/**
 * Query generated from SQL:
 * ```
 * -- Days counted in calendar days of the programme's zone: the notice given (announced to visit) and those left until the visit.
 * SELECT id, scheduled_for, place, scheduled_at, completed_at,
 *   (scheduled_for AT TIME ZONE :timeZone!::text)::date - (scheduled_at AT TIME ZONE :timeZone!::text)::date AS "notice_days!",
 *   (scheduled_for AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS "days_left!"
 * FROM site_visits WHERE case_id = :caseId! ORDER BY scheduled_for, id
 * ```
 */
export const listVisitNotices = new PreparedQuery<IListVisitNoticesParams,IListVisitNoticesResult>(listVisitNoticesIR);


/** 'ListCorrectiveActionsToAnswer' parameters type */
export interface IListCorrectiveActionsToAnswerParams {
  caseId: string;
  timeZone: string;
}

/** 'ListCorrectiveActionsToAnswer' return type */
export interface IListCorrectiveActionsToAnswerResult {
  days_left: number;
  description: string;
  due_by: Date;
  id: string;
  overdue: boolean;
  question_id: string;
  requested_at: Date;
  responded_at: Date | null;
  response: string | null;
  text_en: string | null;
  text_mn: string | null;
}

/** 'ListCorrectiveActionsToAnswer' query type */
export interface IListCorrectiveActionsToAnswerQuery {
  params: IListCorrectiveActionsToAnswerParams;
  result: IListCorrectiveActionsToAnswerResult;
}

const listCorrectiveActionsToAnswerIR: any = {"usedParamSet":{"timeZone":true,"caseId":true},"params":[{"name":"timeZone","required":true,"transform":{"type":"scalar"},"locs":[{"a":172,"b":181},{"a":218,"b":227}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":423,"b":430}]}],"statement":"SELECT a.id, a.question_id, i.text_en AS \"text_en?\", i.text_mn AS \"text_mn?\", a.description, a.requested_at, a.due_by, a.response, a.responded_at,\n  (a.due_by AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS \"days_left!\",\n  a.due_by < now() AS \"overdue!\"\nFROM corrective_actions a LEFT JOIN checklist_items i ON i.case_id = a.case_id AND i.question_id = a.question_id\nWHERE a.case_id = :caseId! ORDER BY a.requested_at, a.id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.id, a.question_id, i.text_en AS "text_en?", i.text_mn AS "text_mn?", a.description, a.requested_at, a.due_by, a.response, a.responded_at,
 *   (a.due_by AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS "days_left!",
 *   a.due_by < now() AS "overdue!"
 * FROM corrective_actions a LEFT JOIN checklist_items i ON i.case_id = a.case_id AND i.question_id = a.question_id
 * WHERE a.case_id = :caseId! ORDER BY a.requested_at, a.id
 * ```
 */
export const listCorrectiveActionsToAnswer = new PreparedQuery<IListCorrectiveActionsToAnswerParams,IListCorrectiveActionsToAnswerResult>(listCorrectiveActionsToAnswerIR);


