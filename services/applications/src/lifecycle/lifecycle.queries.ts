/** Types generated for queries found in "services/applications/src/lifecycle/lifecycle.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'FindLifecycleAuthorisation' parameters type */
export interface IFindLifecycleAuthorisationParams {
  authorisationNumber: string;
}

/** 'FindLifecycleAuthorisation' return type */
export interface IFindLifecycleAuthorisationResult {
  application_id: string;
  authorisation_number: string;
  conditions: Json;
  consent_to_mra_sharing: boolean;
  effective_from: Date;
  operator_id: string;
  programme_version: number | null;
  region: string;
  revalidation_cycle: number;
  revalidation_due: Date;
  status: string;
  status_type: string;
  suspended_scope: string | null;
  taxpayer_id: string;
}

/** 'FindLifecycleAuthorisation' query type */
export interface IFindLifecycleAuthorisationQuery {
  params: IFindLifecycleAuthorisationParams;
  result: IFindLifecycleAuthorisationResult;
}

const findLifecycleAuthorisationIR: any = {"usedParamSet":{"authorisationNumber":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":358,"b":378}]}],"statement":"SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope, a.conditions,\n  a.revalidation_due, a.revalidation_cycle, a.consent_to_mra_sharing, ap.programme_version, a.effective_from\nFROM authorisations a JOIN applications ap ON ap.id = a.application_id\nWHERE a.authorisation_number = :authorisationNumber!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope, a.conditions,
 *   a.revalidation_due, a.revalidation_cycle, a.consent_to_mra_sharing, ap.programme_version, a.effective_from
 * FROM authorisations a JOIN applications ap ON ap.id = a.application_id
 * WHERE a.authorisation_number = :authorisationNumber!
 * ```
 */
export const findLifecycleAuthorisation = new PreparedQuery<IFindLifecycleAuthorisationParams,IFindLifecycleAuthorisationResult>(findLifecycleAuthorisationIR);


/** 'LockLifecycleAuthorisation' parameters type */
export interface ILockLifecycleAuthorisationParams {
  authorisationNumber: string;
}

/** 'LockLifecycleAuthorisation' return type */
export interface ILockLifecycleAuthorisationResult {
  application_id: string;
  authorisation_number: string;
  conditions: Json;
  consent_to_mra_sharing: boolean;
  effective_from: Date;
  operator_id: string;
  programme_version: number | null;
  region: string;
  revalidation_cycle: number;
  revalidation_due: Date;
  status: string;
  status_type: string;
  suspended_scope: string | null;
  taxpayer_id: string;
}

/** 'LockLifecycleAuthorisation' query type */
export interface ILockLifecycleAuthorisationQuery {
  params: ILockLifecycleAuthorisationParams;
  result: ILockLifecycleAuthorisationResult;
}

const lockLifecycleAuthorisationIR: any = {"usedParamSet":{"authorisationNumber":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":358,"b":378}]}],"statement":"SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope, a.conditions,\n  a.revalidation_due, a.revalidation_cycle, a.consent_to_mra_sharing, ap.programme_version, a.effective_from\nFROM authorisations a JOIN applications ap ON ap.id = a.application_id\nWHERE a.authorisation_number = :authorisationNumber! FOR UPDATE OF a"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope, a.conditions,
 *   a.revalidation_due, a.revalidation_cycle, a.consent_to_mra_sharing, ap.programme_version, a.effective_from
 * FROM authorisations a JOIN applications ap ON ap.id = a.application_id
 * WHERE a.authorisation_number = :authorisationNumber! FOR UPDATE OF a
 * ```
 */
export const lockLifecycleAuthorisation = new PreparedQuery<ILockLifecycleAuthorisationParams,ILockLifecycleAuthorisationResult>(lockLifecycleAuthorisationIR);


/** 'FindInForceAuthorisationOfTaxpayer' parameters type */
export interface IFindInForceAuthorisationOfTaxpayerParams {
  taxpayerId: string;
}

/** 'FindInForceAuthorisationOfTaxpayer' return type */
export interface IFindInForceAuthorisationOfTaxpayerResult {
  application_id: string;
  authorisation_number: string;
  conditions: Json;
  consent_to_mra_sharing: boolean;
  effective_from: Date;
  operator_id: string;
  programme_version: number | null;
  region: string;
  revalidation_cycle: number;
  revalidation_due: Date;
  status: string;
  status_type: string;
  suspended_scope: string | null;
  taxpayer_id: string;
}

/** 'FindInForceAuthorisationOfTaxpayer' query type */
export interface IFindInForceAuthorisationOfTaxpayerQuery {
  params: IFindInForceAuthorisationOfTaxpayerParams;
  result: IFindInForceAuthorisationOfTaxpayerResult;
}

const findInForceAuthorisationOfTaxpayerIR: any = {"usedParamSet":{"taxpayerId":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":349,"b":360}]}],"statement":"SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope, a.conditions,\n  a.revalidation_due, a.revalidation_cycle, a.consent_to_mra_sharing, ap.programme_version, a.effective_from\nFROM authorisations a JOIN applications ap ON ap.id = a.application_id\nWHERE a.taxpayer_id = :taxpayerId! AND a.status IN ('granted', 'suspended') ORDER BY a.decided_at DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope, a.conditions,
 *   a.revalidation_due, a.revalidation_cycle, a.consent_to_mra_sharing, ap.programme_version, a.effective_from
 * FROM authorisations a JOIN applications ap ON ap.id = a.application_id
 * WHERE a.taxpayer_id = :taxpayerId! AND a.status IN ('granted', 'suspended') ORDER BY a.decided_at DESC LIMIT 1
 * ```
 */
export const findInForceAuthorisationOfTaxpayer = new PreparedQuery<IFindInForceAuthorisationOfTaxpayerParams,IFindInForceAuthorisationOfTaxpayerResult>(findInForceAuthorisationOfTaxpayerIR);


/** 'ListInForceAuthorisationNumbers' parameters type */
export interface IListInForceAuthorisationNumbersParams {
  after: string;
  limit: number;
}

/** 'ListInForceAuthorisationNumbers' return type */
export interface IListInForceAuthorisationNumbersResult {
  authorisation_number: string;
  status: string;
}

/** 'ListInForceAuthorisationNumbers' query type */
export interface IListInForceAuthorisationNumbersQuery {
  params: IListInForceAuthorisationNumbersParams;
  result: IListInForceAuthorisationNumbersResult;
}

const listInForceAuthorisationNumbersIR: any = {"usedParamSet":{"after":true,"limit":true},"params":[{"name":"after","required":true,"transform":{"type":"scalar"},"locs":[{"a":124,"b":130}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":168,"b":174}]}],"statement":"SELECT authorisation_number, status FROM authorisations WHERE status IN ('granted', 'suspended') AND authorisation_number > :after! ORDER BY authorisation_number LIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * SELECT authorisation_number, status FROM authorisations WHERE status IN ('granted', 'suspended') AND authorisation_number > :after! ORDER BY authorisation_number LIMIT :limit!::int
 * ```
 */
export const listInForceAuthorisationNumbers = new PreparedQuery<IListInForceAuthorisationNumbersParams,IListInForceAuthorisationNumbersResult>(listInForceAuthorisationNumbersIR);


/** 'SetRevalidationCycle' parameters type */
export interface ISetRevalidationCycleParams {
  authorisationNumber: string;
  cycle: number;
}

/** 'SetRevalidationCycle' return type */
export type ISetRevalidationCycleResult = void;

/** 'SetRevalidationCycle' query type */
export interface ISetRevalidationCycleQuery {
  params: ISetRevalidationCycleParams;
  result: ISetRevalidationCycleResult;
}

const setRevalidationCycleIR: any = {"usedParamSet":{"cycle":true,"authorisationNumber":true},"params":[{"name":"cycle","required":true,"transform":{"type":"scalar"},"locs":[{"a":47,"b":53}]},{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":124}]}],"statement":"UPDATE authorisations SET revalidation_cycle = :cycle!, updated_at = now() WHERE authorisation_number = :authorisationNumber!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE authorisations SET revalidation_cycle = :cycle!, updated_at = now() WHERE authorisation_number = :authorisationNumber!
 * ```
 */
export const setRevalidationCycle = new PreparedQuery<ISetRevalidationCycleParams,ISetRevalidationCycleResult>(setRevalidationCycleIR);


/** 'CompleteRevalidationCycle' parameters type */
export interface ICompleteRevalidationCycleParams {
  authorisationNumber: string;
  conditions: Json;
  cycle: number;
  revalidationDue: DateOrString;
}

/** 'CompleteRevalidationCycle' return type */
export type ICompleteRevalidationCycleResult = void;

/** 'CompleteRevalidationCycle' query type */
export interface ICompleteRevalidationCycleQuery {
  params: ICompleteRevalidationCycleParams;
  result: ICompleteRevalidationCycleResult;
}

const completeRevalidationCycleIR: any = {"usedParamSet":{"revalidationDue":true,"conditions":true,"cycle":true,"authorisationNumber":true},"params":[{"name":"revalidationDue","required":true,"transform":{"type":"scalar"},"locs":[{"a":45,"b":61}]},{"name":"conditions","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":88}]},{"name":"cycle","required":true,"transform":{"type":"scalar"},"locs":[{"a":119,"b":125}]},{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":176,"b":196}]}],"statement":"UPDATE authorisations SET revalidation_due = :revalidationDue!, conditions = :conditions!::jsonb, revalidation_cycle = :cycle!, updated_at = now() WHERE authorisation_number = :authorisationNumber!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE authorisations SET revalidation_due = :revalidationDue!, conditions = :conditions!::jsonb, revalidation_cycle = :cycle!, updated_at = now() WHERE authorisation_number = :authorisationNumber!
 * ```
 */
export const completeRevalidationCycle = new PreparedQuery<ICompleteRevalidationCycleParams,ICompleteRevalidationCycleResult>(completeRevalidationCycleIR);


/** 'MarkSuspended' parameters type */
export interface IMarkSuspendedParams {
  authorisationNumber: string;
  scope: string;
}

/** 'MarkSuspended' return type */
export type IMarkSuspendedResult = void;

/** 'MarkSuspended' query type */
export interface IMarkSuspendedQuery {
  params: IMarkSuspendedParams;
  result: IMarkSuspendedResult;
}

const markSuspendedIR: any = {"usedParamSet":{"scope":true,"authorisationNumber":true},"params":[{"name":"scope","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":72}]},{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":123,"b":143}]}],"statement":"UPDATE authorisations SET status = 'suspended', suspended_scope = :scope!, updated_at = now() WHERE authorisation_number = :authorisationNumber!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE authorisations SET status = 'suspended', suspended_scope = :scope!, updated_at = now() WHERE authorisation_number = :authorisationNumber!
 * ```
 */
export const markSuspended = new PreparedQuery<IMarkSuspendedParams,IMarkSuspendedResult>(markSuspendedIR);


/** 'MarkReinstated' parameters type */
export interface IMarkReinstatedParams {
  authorisationNumber: string;
  revalidationDue: DateOrString;
}

/** 'MarkReinstated' return type */
export type IMarkReinstatedResult = void;

/** 'MarkReinstated' query type */
export interface IMarkReinstatedQuery {
  params: IMarkReinstatedParams;
  result: IMarkReinstatedResult;
}

const markReinstatedIR: any = {"usedParamSet":{"revalidationDue":true,"authorisationNumber":true},"params":[{"name":"revalidationDue","required":true,"transform":{"type":"scalar"},"locs":[{"a":89,"b":105}]},{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":156,"b":176}]}],"statement":"UPDATE authorisations SET status = 'granted', suspended_scope = NULL, revalidation_due = :revalidationDue!, updated_at = now() WHERE authorisation_number = :authorisationNumber!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE authorisations SET status = 'granted', suspended_scope = NULL, revalidation_due = :revalidationDue!, updated_at = now() WHERE authorisation_number = :authorisationNumber!
 * ```
 */
export const markReinstated = new PreparedQuery<IMarkReinstatedParams,IMarkReinstatedResult>(markReinstatedIR);


/** 'MarkEnded' parameters type */
export interface IMarkEndedParams {
  authorisationNumber: string;
  endedAt: DateOrString;
  status: string;
}

/** 'MarkEnded' return type */
export type IMarkEndedResult = void;

/** 'MarkEnded' query type */
export interface IMarkEndedQuery {
  params: IMarkEndedParams;
  result: IMarkEndedResult;
}

const markEndedIR: any = {"usedParamSet":{"status":true,"endedAt":true,"authorisationNumber":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":35,"b":42}]},{"name":"endedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":80,"b":88}]},{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":159}]}],"statement":"UPDATE authorisations SET status = :status!, suspended_scope = NULL, ended_at = :endedAt!, updated_at = now() WHERE authorisation_number = :authorisationNumber!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE authorisations SET status = :status!, suspended_scope = NULL, ended_at = :endedAt!, updated_at = now() WHERE authorisation_number = :authorisationNumber!
 * ```
 */
export const markEnded = new PreparedQuery<IMarkEndedParams,IMarkEndedResult>(markEndedIR);


/** 'NoteActivityRecord' parameters type */
export interface INoteActivityRecordParams {
  authorisationNumber: string;
  recordKey: string;
}

/** 'NoteActivityRecord' return type */
export interface INoteActivityRecordResult {
  record_key: string;
}

/** 'NoteActivityRecord' query type */
export interface INoteActivityRecordQuery {
  params: INoteActivityRecordParams;
  result: INoteActivityRecordResult;
}

const noteActivityRecordIR: any = {"usedParamSet":{"recordKey":true,"authorisationNumber":true},"params":[{"name":"recordKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":96}]},{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":119}]}],"statement":"INSERT INTO authorisation_activity_records (record_key, authorisation_number) VALUES (:recordKey!, :authorisationNumber!) ON CONFLICT DO NOTHING RETURNING record_key"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO authorisation_activity_records (record_key, authorisation_number) VALUES (:recordKey!, :authorisationNumber!) ON CONFLICT DO NOTHING RETURNING record_key
 * ```
 */
export const noteActivityRecord = new PreparedQuery<INoteActivityRecordParams,INoteActivityRecordResult>(noteActivityRecordIR);


/** 'InsertLifecycleHistory' parameters type */
export interface IInsertLifecycleHistoryParams {
  authorisationNumber: string;
  change: string;
  changedBy: string;
  details: Json;
  status: string;
}

/** 'InsertLifecycleHistory' return type */
export type IInsertLifecycleHistoryResult = void;

/** 'InsertLifecycleHistory' query type */
export interface IInsertLifecycleHistoryQuery {
  params: IInsertLifecycleHistoryParams;
  result: IInsertLifecycleHistoryResult;
}

const insertLifecycleHistoryIR: any = {"usedParamSet":{"authorisationNumber":true,"change":true,"status":true,"changedBy":true,"details":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":122}]},{"name":"change","required":true,"transform":{"type":"scalar"},"locs":[{"a":125,"b":132}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":135,"b":142}]},{"name":"changedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":155}]},{"name":"details","required":true,"transform":{"type":"scalar"},"locs":[{"a":158,"b":166}]}],"statement":"INSERT INTO authorisation_history (authorisation_number, change, status, changed_by, details) VALUES (:authorisationNumber!, :change!, :status!, :changedBy!, :details!::jsonb)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO authorisation_history (authorisation_number, change, status, changed_by, details) VALUES (:authorisationNumber!, :change!, :status!, :changedBy!, :details!::jsonb)
 * ```
 */
export const insertLifecycleHistory = new PreparedQuery<IInsertLifecycleHistoryParams,IInsertLifecycleHistoryResult>(insertLifecycleHistoryIR);


/** 'InsertRevalidationRequest' parameters type */
export interface IInsertRevalidationRequestParams {
  authorisationNumber: string;
  reason: string;
  requestedBy: string;
  requestId: string;
  siteVisit: boolean;
}

/** 'InsertRevalidationRequest' return type */
export interface IInsertRevalidationRequestResult {
  authorisation_number: string;
}

/** 'InsertRevalidationRequest' query type */
export interface IInsertRevalidationRequestQuery {
  params: IInsertRevalidationRequestParams;
  result: IInsertRevalidationRequestResult;
}

const insertRevalidationRequestIR: any = {"usedParamSet":{"requestId":true,"authorisationNumber":true,"reason":true,"siteVisit":true,"requestedBy":true},"params":[{"name":"requestId","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":121}]},{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":124,"b":144}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":147,"b":154}]},{"name":"siteVisit","required":true,"transform":{"type":"scalar"},"locs":[{"a":157,"b":167}]},{"name":"requestedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":182}]}],"statement":"INSERT INTO revalidation_requests (request_id, authorisation_number, reason, site_visit, requested_by) VALUES (:requestId!, :authorisationNumber!, :reason!, :siteVisit!, :requestedBy!)\nON CONFLICT (request_id) DO NOTHING RETURNING authorisation_number"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO revalidation_requests (request_id, authorisation_number, reason, site_visit, requested_by) VALUES (:requestId!, :authorisationNumber!, :reason!, :siteVisit!, :requestedBy!)
 * ON CONFLICT (request_id) DO NOTHING RETURNING authorisation_number
 * ```
 */
export const insertRevalidationRequest = new PreparedQuery<IInsertRevalidationRequestParams,IInsertRevalidationRequestResult>(insertRevalidationRequestIR);


/** 'FindRevalidationRequest' parameters type */
export interface IFindRevalidationRequestParams {
  requestId: string;
}

/** 'FindRevalidationRequest' return type */
export interface IFindRevalidationRequestResult {
  authorisation_number: string;
}

/** 'FindRevalidationRequest' query type */
export interface IFindRevalidationRequestQuery {
  params: IFindRevalidationRequestParams;
  result: IFindRevalidationRequestResult;
}

const findRevalidationRequestIR: any = {"usedParamSet":{"requestId":true},"params":[{"name":"requestId","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":84}]}],"statement":"SELECT authorisation_number FROM revalidation_requests WHERE request_id = :requestId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT authorisation_number FROM revalidation_requests WHERE request_id = :requestId!
 * ```
 */
export const findRevalidationRequest = new PreparedQuery<IFindRevalidationRequestParams,IFindRevalidationRequestResult>(findRevalidationRequestIR);


/** 'InsertReportedChange' parameters type */
export interface IInsertReportedChangeParams {
  authorisationNumber: string;
  description: string;
  effectiveDate: string;
  id: string;
  kind: string;
  reportedAt: DateOrString;
  reportedBy: string;
  siteVisit: boolean;
}

/** 'InsertReportedChange' return type */
export type IInsertReportedChangeResult = void;

/** 'InsertReportedChange' query type */
export interface IInsertReportedChangeQuery {
  params: IInsertReportedChangeParams;
  result: IInsertReportedChangeResult;
}

const insertReportedChangeIR: any = {"usedParamSet":{"id":true,"authorisationNumber":true,"kind":true,"description":true,"effectiveDate":true,"siteVisit":true,"reportedBy":true,"reportedAt":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":137,"b":140}]},{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":163}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":166,"b":171}]},{"name":"description","required":true,"transform":{"type":"scalar"},"locs":[{"a":174,"b":186}]},{"name":"effectiveDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":189,"b":203}]},{"name":"siteVisit","required":true,"transform":{"type":"scalar"},"locs":[{"a":206,"b":216}]},{"name":"reportedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":219,"b":230}]},{"name":"reportedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":233,"b":244}]}],"statement":"INSERT INTO reported_changes (id, authorisation_number, kind, description, effective_date, site_visit, reported_by, reported_at)\nVALUES (:id!, :authorisationNumber!, :kind!, :description!, :effectiveDate!, :siteVisit!, :reportedBy!, :reportedAt!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO reported_changes (id, authorisation_number, kind, description, effective_date, site_visit, reported_by, reported_at)
 * VALUES (:id!, :authorisationNumber!, :kind!, :description!, :effectiveDate!, :siteVisit!, :reportedBy!, :reportedAt!)
 * ```
 */
export const insertReportedChange = new PreparedQuery<IInsertReportedChangeParams,IInsertReportedChangeResult>(insertReportedChangeIR);


/** 'ListReportedChanges' parameters type */
export interface IListReportedChangesParams {
  authorisationNumber: string;
}

/** 'ListReportedChanges' return type */
export interface IListReportedChangesResult {
  description: string;
  effective_date: string;
  id: string;
  kind: string;
  reported_at: Date;
  reported_by: string;
  site_visit: boolean;
}

/** 'ListReportedChanges' query type */
export interface IListReportedChangesQuery {
  params: IListReportedChangesParams;
  result: IListReportedChangesResult;
}

const listReportedChangesIR: any = {"usedParamSet":{"authorisationNumber":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":178,"b":198}]}],"statement":"SELECT id, kind, description, to_char(effective_date, 'YYYY-MM-DD') AS \"effective_date!\", site_visit, reported_by, reported_at FROM reported_changes WHERE authorisation_number = :authorisationNumber! ORDER BY reported_at DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, kind, description, to_char(effective_date, 'YYYY-MM-DD') AS "effective_date!", site_visit, reported_by, reported_at FROM reported_changes WHERE authorisation_number = :authorisationNumber! ORDER BY reported_at DESC
 * ```
 */
export const listReportedChanges = new PreparedQuery<IListReportedChangesParams,IListReportedChangesResult>(listReportedChangesIR);


/** 'MergeRevalidationSelfAssessment' parameters type */
export interface IMergeRevalidationSelfAssessmentParams {
  answers: Json;
  authorisationNumber: string;
  cycle: number;
  submittedBy: string;
}

/** 'MergeRevalidationSelfAssessment' return type */
export type IMergeRevalidationSelfAssessmentResult = void;

/** 'MergeRevalidationSelfAssessment' query type */
export interface IMergeRevalidationSelfAssessmentQuery {
  params: IMergeRevalidationSelfAssessmentParams;
  result: IMergeRevalidationSelfAssessmentResult;
}

const mergeRevalidationSelfAssessmentIR: any = {"usedParamSet":{"authorisationNumber":true,"cycle":true,"answers":true,"submittedBy":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":103,"b":123}]},{"name":"cycle","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":132}]},{"name":"answers","required":true,"transform":{"type":"scalar"},"locs":[{"a":135,"b":143}]},{"name":"submittedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":153,"b":165}]}],"statement":"INSERT INTO revalidation_self_assessments (authorisation_number, cycle, answers, submitted_by) VALUES (:authorisationNumber!, :cycle!, :answers!::jsonb, :submittedBy!)\nON CONFLICT (authorisation_number, cycle) DO UPDATE SET answers = revalidation_self_assessments.answers || EXCLUDED.answers, submitted_by = EXCLUDED.submitted_by, submitted_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO revalidation_self_assessments (authorisation_number, cycle, answers, submitted_by) VALUES (:authorisationNumber!, :cycle!, :answers!::jsonb, :submittedBy!)
 * ON CONFLICT (authorisation_number, cycle) DO UPDATE SET answers = revalidation_self_assessments.answers || EXCLUDED.answers, submitted_by = EXCLUDED.submitted_by, submitted_at = now()
 * ```
 */
export const mergeRevalidationSelfAssessment = new PreparedQuery<IMergeRevalidationSelfAssessmentParams,IMergeRevalidationSelfAssessmentResult>(mergeRevalidationSelfAssessmentIR);


