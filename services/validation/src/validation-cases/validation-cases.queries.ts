/** Types generated for queries found in "services/validation/src/validation-cases/validation-cases.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'FindValidationCase' parameters type */
export interface IFindValidationCaseParams {
  id: string;
}

/** 'FindValidationCase' return type */
export interface IFindValidationCaseResult {
  application_id: string;
  assigned_validator: string | null;
  authorisation_number: string | null;
  case_key: string;
  closed_at: Date | null;
  closed_by: string | null;
  closed_reason: string | null;
  conditions: Json | null;
  cycle: number | null;
  id: string;
  opened_at: Date;
  operator_id: string;
  programme_version: number | null;
  purpose: string;
  recommendation: string | null;
  region: string;
  report_due: Date | null;
  report_submitted_at: Date | null;
  report_submitted_by: string | null;
  report_summary: string | null;
  risk_recommendation: string | null;
  risk_score: string | null;
  site_visit_required: boolean;
  status: string;
  status_type: string | null;
  taxpayer_id: string | null;
  workflow_id: string;
}

/** 'FindValidationCase' query type */
export interface IFindValidationCaseQuery {
  params: IFindValidationCaseParams;
  result: IFindValidationCaseResult;
}

const findValidationCaseIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":421,"b":424}]}],"statement":"SELECT id, application_id, operator_id, region, status, assigned_validator, opened_at, programme_version, taxpayer_id, status_type, risk_score, risk_recommendation, site_visit_required, report_due,\n       recommendation, conditions, report_summary, report_submitted_by, report_submitted_at, purpose, workflow_id, authorisation_number, cycle, case_key, closed_at, closed_reason, closed_by\nFROM validation_cases WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, application_id, operator_id, region, status, assigned_validator, opened_at, programme_version, taxpayer_id, status_type, risk_score, risk_recommendation, site_visit_required, report_due,
 *        recommendation, conditions, report_summary, report_submitted_by, report_submitted_at, purpose, workflow_id, authorisation_number, cycle, case_key, closed_at, closed_reason, closed_by
 * FROM validation_cases WHERE id = :id!
 * ```
 */
export const findValidationCase = new PreparedQuery<IFindValidationCaseParams,IFindValidationCaseResult>(findValidationCaseIR);


/** 'LockValidationCase' parameters type */
export interface ILockValidationCaseParams {
  id: string;
}

/** 'LockValidationCase' return type */
export interface ILockValidationCaseResult {
  application_id: string;
  assigned_validator: string | null;
  authorisation_number: string | null;
  case_key: string;
  closed_at: Date | null;
  closed_by: string | null;
  closed_reason: string | null;
  conditions: Json | null;
  cycle: number | null;
  id: string;
  opened_at: Date;
  operator_id: string;
  programme_version: number | null;
  purpose: string;
  recommendation: string | null;
  region: string;
  report_due: Date | null;
  report_submitted_at: Date | null;
  report_submitted_by: string | null;
  report_summary: string | null;
  risk_recommendation: string | null;
  risk_score: string | null;
  site_visit_required: boolean;
  status: string;
  status_type: string | null;
  taxpayer_id: string | null;
  workflow_id: string;
}

/** 'LockValidationCase' query type */
export interface ILockValidationCaseQuery {
  params: ILockValidationCaseParams;
  result: ILockValidationCaseResult;
}

const lockValidationCaseIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":421,"b":424}]}],"statement":"SELECT id, application_id, operator_id, region, status, assigned_validator, opened_at, programme_version, taxpayer_id, status_type, risk_score, risk_recommendation, site_visit_required, report_due,\n       recommendation, conditions, report_summary, report_submitted_by, report_submitted_at, purpose, workflow_id, authorisation_number, cycle, case_key, closed_at, closed_reason, closed_by\nFROM validation_cases WHERE id = :id! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, application_id, operator_id, region, status, assigned_validator, opened_at, programme_version, taxpayer_id, status_type, risk_score, risk_recommendation, site_visit_required, report_due,
 *        recommendation, conditions, report_summary, report_submitted_by, report_submitted_at, purpose, workflow_id, authorisation_number, cycle, case_key, closed_at, closed_reason, closed_by
 * FROM validation_cases WHERE id = :id! FOR UPDATE
 * ```
 */
export const lockValidationCase = new PreparedQuery<ILockValidationCaseParams,ILockValidationCaseResult>(lockValidationCaseIR);


/** 'ListValidationCases' parameters type */
export interface IListValidationCasesParams {
  limit: number;
  region?: string | null | void;
}

/** 'ListValidationCases' return type */
export interface IListValidationCasesResult {
  application_id: string;
  assigned_validator: string | null;
  authorisation_number: string | null;
  case_key: string;
  closed_at: Date | null;
  closed_by: string | null;
  closed_reason: string | null;
  conditions: Json | null;
  cycle: number | null;
  id: string;
  opened_at: Date;
  operator_id: string;
  programme_version: number | null;
  purpose: string;
  recommendation: string | null;
  region: string;
  report_due: Date | null;
  report_submitted_at: Date | null;
  report_submitted_by: string | null;
  report_summary: string | null;
  risk_recommendation: string | null;
  risk_score: string | null;
  site_visit_required: boolean;
  status: string;
  status_type: string | null;
  taxpayer_id: string | null;
  workflow_id: string;
}

/** 'ListValidationCases' query type */
export interface IListValidationCasesQuery {
  params: IListValidationCasesParams;
  result: IListValidationCasesResult;
}

const listValidationCasesIR: any = {"usedParamSet":{"region":true,"limit":true},"params":[{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":417,"b":423},{"a":451,"b":457}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":490,"b":496}]}],"statement":"SELECT id, application_id, operator_id, region, status, assigned_validator, opened_at, programme_version, taxpayer_id, status_type, risk_score, risk_recommendation, site_visit_required, report_due,\n       recommendation, conditions, report_summary, report_submitted_by, report_submitted_at, purpose, workflow_id, authorisation_number, cycle, case_key, closed_at, closed_reason, closed_by\nFROM validation_cases WHERE (:region::text IS NULL OR region = :region) ORDER BY opened_at DESC LIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, application_id, operator_id, region, status, assigned_validator, opened_at, programme_version, taxpayer_id, status_type, risk_score, risk_recommendation, site_visit_required, report_due,
 *        recommendation, conditions, report_summary, report_submitted_by, report_submitted_at, purpose, workflow_id, authorisation_number, cycle, case_key, closed_at, closed_reason, closed_by
 * FROM validation_cases WHERE (:region::text IS NULL OR region = :region) ORDER BY opened_at DESC LIMIT :limit!::int
 * ```
 */
export const listValidationCases = new PreparedQuery<IListValidationCasesParams,IListValidationCasesResult>(listValidationCasesIR);


/** 'FindValidationCaseIdByKey' parameters type */
export interface IFindValidationCaseIdByKeyParams {
  caseKey: string;
}

/** 'FindValidationCaseIdByKey' return type */
export interface IFindValidationCaseIdByKeyResult {
  id: string;
}

/** 'FindValidationCaseIdByKey' query type */
export interface IFindValidationCaseIdByKeyQuery {
  params: IFindValidationCaseIdByKeyParams;
  result: IFindValidationCaseIdByKeyResult;
}

const findValidationCaseIdByKeyIR: any = {"usedParamSet":{"caseKey":true},"params":[{"name":"caseKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":57}]}],"statement":"SELECT id FROM validation_cases WHERE case_key = :caseKey!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM validation_cases WHERE case_key = :caseKey!
 * ```
 */
export const findValidationCaseIdByKey = new PreparedQuery<IFindValidationCaseIdByKeyParams,IFindValidationCaseIdByKeyResult>(findValidationCaseIdByKeyIR);


/** 'InsertValidationCase' parameters type */
export interface IInsertValidationCaseParams {
  applicationId: string;
  assignedValidator?: string | null | void;
  authorisationNumber?: string | null | void;
  caseKey: string;
  cycle?: number | null | void;
  id: string;
  operatorId: string;
  programmeVersion: number;
  purpose: string;
  region: string;
  reportDue: DateOrString;
  riskRecommendation: string;
  riskScore: string;
  siteVisitRequired: boolean;
  statusType: string;
  taxpayerId: string;
  workflowId: string;
}

/** 'InsertValidationCase' return type */
export interface IInsertValidationCaseResult {
  id: string;
}

/** 'InsertValidationCase' query type */
export interface IInsertValidationCaseQuery {
  params: IInsertValidationCaseParams;
  result: IInsertValidationCaseResult;
}

const insertValidationCaseIR: any = {"usedParamSet":{"id":true,"applicationId":true,"operatorId":true,"region":true,"taxpayerId":true,"statusType":true,"riskScore":true,"riskRecommendation":true,"siteVisitRequired":true,"reportDue":true,"programmeVersion":true,"assignedValidator":true,"purpose":true,"workflowId":true,"authorisationNumber":true,"cycle":true,"caseKey":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":279,"b":282}]},{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":285,"b":299}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":302,"b":313}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":316,"b":323}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":334,"b":345}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":348,"b":359}]},{"name":"riskScore","required":true,"transform":{"type":"scalar"},"locs":[{"a":362,"b":372}]},{"name":"riskRecommendation","required":true,"transform":{"type":"scalar"},"locs":[{"a":375,"b":394}]},{"name":"siteVisitRequired","required":true,"transform":{"type":"scalar"},"locs":[{"a":397,"b":415}]},{"name":"reportDue","required":true,"transform":{"type":"scalar"},"locs":[{"a":418,"b":428}]},{"name":"programmeVersion","required":true,"transform":{"type":"scalar"},"locs":[{"a":431,"b":448}]},{"name":"assignedValidator","required":false,"transform":{"type":"scalar"},"locs":[{"a":451,"b":468}]},{"name":"purpose","required":true,"transform":{"type":"scalar"},"locs":[{"a":471,"b":479}]},{"name":"workflowId","required":true,"transform":{"type":"scalar"},"locs":[{"a":482,"b":493}]},{"name":"authorisationNumber","required":false,"transform":{"type":"scalar"},"locs":[{"a":496,"b":515}]},{"name":"cycle","required":false,"transform":{"type":"scalar"},"locs":[{"a":518,"b":523}]},{"name":"caseKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":526,"b":534}]}],"statement":"INSERT INTO validation_cases (id, application_id, operator_id, region, status, taxpayer_id, status_type, risk_score, risk_recommendation, site_visit_required, report_due, programme_version, assigned_validator, purpose, workflow_id, authorisation_number, cycle, case_key)\nVALUES (:id!, :applicationId!, :operatorId!, :region!, 'open', :taxpayerId!, :statusType!, :riskScore!, :riskRecommendation!, :siteVisitRequired!, :reportDue!, :programmeVersion!, :assignedValidator, :purpose!, :workflowId!, :authorisationNumber, :cycle, :caseKey!)\nON CONFLICT (case_key) DO NOTHING RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO validation_cases (id, application_id, operator_id, region, status, taxpayer_id, status_type, risk_score, risk_recommendation, site_visit_required, report_due, programme_version, assigned_validator, purpose, workflow_id, authorisation_number, cycle, case_key)
 * VALUES (:id!, :applicationId!, :operatorId!, :region!, 'open', :taxpayerId!, :statusType!, :riskScore!, :riskRecommendation!, :siteVisitRequired!, :reportDue!, :programmeVersion!, :assignedValidator, :purpose!, :workflowId!, :authorisationNumber, :cycle, :caseKey!)
 * ON CONFLICT (case_key) DO NOTHING RETURNING id
 * ```
 */
export const insertValidationCase = new PreparedQuery<IInsertValidationCaseParams,IInsertValidationCaseResult>(insertValidationCaseIR);


/** 'SubmitValidationReport' parameters type */
export interface ISubmitValidationReportParams {
  conditions: string;
  id: string;
  recommendation: string;
  submittedAt: DateOrString;
  submittedBy: string;
  summary: string;
}

/** 'SubmitValidationReport' return type */
export type ISubmitValidationReportResult = void;

/** 'SubmitValidationReport' query type */
export interface ISubmitValidationReportQuery {
  params: ISubmitValidationReportParams;
  result: ISubmitValidationReportResult;
}

const submitValidationReportIR: any = {"usedParamSet":{"recommendation":true,"conditions":true,"summary":true,"submittedBy":true,"submittedAt":true,"id":true},"params":[{"name":"recommendation","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":81}]},{"name":"conditions","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":108}]},{"name":"summary","required":true,"transform":{"type":"scalar"},"locs":[{"a":141,"b":149}]},{"name":"submittedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":174,"b":186}]},{"name":"submittedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":211,"b":223}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":236,"b":239}]}],"statement":"UPDATE validation_cases\nSET status = 'reported', recommendation = :recommendation!, conditions = :conditions!::text::jsonb, report_summary = :summary!, report_submitted_by = :submittedBy!, report_submitted_at = :submittedAt!\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE validation_cases
 * SET status = 'reported', recommendation = :recommendation!, conditions = :conditions!::text::jsonb, report_summary = :summary!, report_submitted_by = :submittedBy!, report_submitted_at = :submittedAt!
 * WHERE id = :id!
 * ```
 */
export const submitValidationReport = new PreparedQuery<ISubmitValidationReportParams,ISubmitValidationReportResult>(submitValidationReportIR);


/** 'ReassignValidationCase' parameters type */
export interface IReassignValidationCaseParams {
  id: string;
  validator: string;
}

/** 'ReassignValidationCase' return type */
export type IReassignValidationCaseResult = void;

/** 'ReassignValidationCase' query type */
export interface IReassignValidationCaseQuery {
  params: IReassignValidationCaseParams;
  result: IReassignValidationCaseResult;
}

const reassignValidationCaseIR: any = {"usedParamSet":{"validator":true,"id":true},"params":[{"name":"validator","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":59}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":75}]}],"statement":"UPDATE validation_cases SET assigned_validator = :validator! WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE validation_cases SET assigned_validator = :validator! WHERE id = :id!
 * ```
 */
export const reassignValidationCase = new PreparedQuery<IReassignValidationCaseParams,IReassignValidationCaseResult>(reassignValidationCaseIR);


/** 'CloseValidationCase' parameters type */
export interface ICloseValidationCaseParams {
  closedAt: DateOrString;
  closedBy: string;
  closedReason: string;
  id: string;
}

/** 'CloseValidationCase' return type */
export type ICloseValidationCaseResult = void;

/** 'CloseValidationCase' query type */
export interface ICloseValidationCaseQuery {
  params: ICloseValidationCaseParams;
  result: ICloseValidationCaseResult;
}

const closeValidationCaseIR: any = {"usedParamSet":{"closedAt":true,"closedReason":true,"closedBy":true,"id":true},"params":[{"name":"closedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":59,"b":68}]},{"name":"closedReason","required":true,"transform":{"type":"scalar"},"locs":[{"a":87,"b":100}]},{"name":"closedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":124}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":137,"b":140}]}],"statement":"UPDATE validation_cases SET status = 'closed', closed_at = :closedAt!, closed_reason = :closedReason!, closed_by = :closedBy! WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE validation_cases SET status = 'closed', closed_at = :closedAt!, closed_reason = :closedReason!, closed_by = :closedBy! WHERE id = :id!
 * ```
 */
export const closeValidationCase = new PreparedQuery<ICloseValidationCaseParams,ICloseValidationCaseResult>(closeValidationCaseIR);


/** 'RecordCaseNotice' parameters type */
export interface IRecordCaseNoticeParams {
  caseId: string;
  kind: string;
}

/** 'RecordCaseNotice' return type */
export interface IRecordCaseNoticeResult {
  kind: string;
}

/** 'RecordCaseNotice' query type */
export interface IRecordCaseNoticeQuery {
  params: IRecordCaseNoticeParams;
  result: IRecordCaseNoticeResult;
}

const recordCaseNoticeIR: any = {"usedParamSet":{"caseId":true,"kind":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":67}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":75}]}],"statement":"INSERT INTO validation_case_notices (case_id, kind) VALUES (:caseId!, :kind!) ON CONFLICT DO NOTHING RETURNING kind"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO validation_case_notices (case_id, kind) VALUES (:caseId!, :kind!) ON CONFLICT DO NOTHING RETURNING kind
 * ```
 */
export const recordCaseNotice = new PreparedQuery<IRecordCaseNoticeParams,IRecordCaseNoticeResult>(recordCaseNoticeIR);


