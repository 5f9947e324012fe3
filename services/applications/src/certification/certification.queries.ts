/** Types generated for queries found in "services/applications/src/certification/certification.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'InsertDeadlineNotice' parameters type */
export interface IInsertDeadlineNoticeParams {
  applicationId: string;
  decisionDeadline: DateOrString;
  kind: string;
}

/** 'InsertDeadlineNotice' return type */
export interface IInsertDeadlineNoticeResult {
  kind: string;
}

/** 'InsertDeadlineNotice' query type */
export interface IInsertDeadlineNoticeQuery {
  params: IInsertDeadlineNoticeParams;
  result: IInsertDeadlineNoticeResult;
}

const insertDeadlineNoticeIR: any = {"usedParamSet":{"applicationId":true,"kind":true,"decisionDeadline":true},"params":[{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":91,"b":105}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":108,"b":113}]},{"name":"decisionDeadline","required":true,"transform":{"type":"scalar"},"locs":[{"a":116,"b":133}]}],"statement":"INSERT INTO application_deadline_notices (application_id, kind, decision_deadline) VALUES (:applicationId!, :kind!, :decisionDeadline!)\nON CONFLICT DO NOTHING RETURNING kind"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO application_deadline_notices (application_id, kind, decision_deadline) VALUES (:applicationId!, :kind!, :decisionDeadline!)
 * ON CONFLICT DO NOTHING RETURNING kind
 * ```
 */
export const insertDeadlineNotice = new PreparedQuery<IInsertDeadlineNoticeParams,IInsertDeadlineNoticeResult>(insertDeadlineNoticeIR);


/** 'FindAuthorisationNumberOfApplication' parameters type */
export interface IFindAuthorisationNumberOfApplicationParams {
  applicationId: string;
}

/** 'FindAuthorisationNumberOfApplication' return type */
export interface IFindAuthorisationNumberOfApplicationResult {
  authorisation_number: string;
}

/** 'FindAuthorisationNumberOfApplication' query type */
export interface IFindAuthorisationNumberOfApplicationQuery {
  params: IFindAuthorisationNumberOfApplicationParams;
  result: IFindAuthorisationNumberOfApplicationResult;
}

const findAuthorisationNumberOfApplicationIR: any = {"usedParamSet":{"applicationId":true},"params":[{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":85}]}],"statement":"SELECT authorisation_number FROM authorisations WHERE application_id = :applicationId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT authorisation_number FROM authorisations WHERE application_id = :applicationId!
 * ```
 */
export const findAuthorisationNumberOfApplication = new PreparedQuery<IFindAuthorisationNumberOfApplicationParams,IFindAuthorisationNumberOfApplicationResult>(findAuthorisationNumberOfApplicationIR);


/** 'NextAuthorisationSerial' parameters type */
export type INextAuthorisationSerialParams = void;

/** 'NextAuthorisationSerial' return type */
export interface INextAuthorisationSerialResult {
  n: string;
}

/** 'NextAuthorisationSerial' query type */
export interface INextAuthorisationSerialQuery {
  params: INextAuthorisationSerialParams;
  result: INextAuthorisationSerialResult;
}

const nextAuthorisationSerialIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT nextval('authorisation_number_seq')::text AS \"n!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT nextval('authorisation_number_seq')::text AS "n!"
 * ```
 */
export const nextAuthorisationSerial = new PreparedQuery<INextAuthorisationSerialParams,INextAuthorisationSerialResult>(nextAuthorisationSerialIR);


/** 'InsertGrantedAuthorisation' parameters type */
export interface IInsertGrantedAuthorisationParams {
  applicationId: string;
  authorisationNumber: string;
  conditions: Json;
  consentToMraSharing: boolean;
  decidedAt: DateOrString;
  decidedBy: string;
  effectiveFrom: DateOrString;
  operatorId: string;
  region: string;
  revalidationDue: DateOrString;
  statusType: string;
  taxpayerId: string;
}

/** 'InsertGrantedAuthorisation' return type */
export type IInsertGrantedAuthorisationResult = void;

/** 'InsertGrantedAuthorisation' query type */
export interface IInsertGrantedAuthorisationQuery {
  params: IInsertGrantedAuthorisationParams;
  result: IInsertGrantedAuthorisationResult;
}

const insertGrantedAuthorisationIR: any = {"usedParamSet":{"authorisationNumber":true,"applicationId":true,"operatorId":true,"taxpayerId":true,"region":true,"statusType":true,"conditions":true,"decidedBy":true,"decidedAt":true,"effectiveFrom":true,"revalidationDue":true,"consentToMraSharing":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":223,"b":243}]},{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":246,"b":260}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":263,"b":274}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":277,"b":288}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":291,"b":298}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":301,"b":312}]},{"name":"conditions","required":true,"transform":{"type":"scalar"},"locs":[{"a":326,"b":337}]},{"name":"decidedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":347,"b":357}]},{"name":"decidedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":360,"b":370}]},{"name":"effectiveFrom","required":true,"transform":{"type":"scalar"},"locs":[{"a":373,"b":387}]},{"name":"revalidationDue","required":true,"transform":{"type":"scalar"},"locs":[{"a":390,"b":406}]},{"name":"consentToMraSharing","required":true,"transform":{"type":"scalar"},"locs":[{"a":409,"b":429}]}],"statement":"INSERT INTO authorisations (authorisation_number, application_id, operator_id, taxpayer_id, region, status_type, status, conditions, decided_by, decided_at, effective_from, revalidation_due, consent_to_mra_sharing)\nVALUES (:authorisationNumber!, :applicationId!, :operatorId!, :taxpayerId!, :region!, :statusType!, 'granted', :conditions!::jsonb, :decidedBy!, :decidedAt!, :effectiveFrom!, :revalidationDue!, :consentToMraSharing!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO authorisations (authorisation_number, application_id, operator_id, taxpayer_id, region, status_type, status, conditions, decided_by, decided_at, effective_from, revalidation_due, consent_to_mra_sharing)
 * VALUES (:authorisationNumber!, :applicationId!, :operatorId!, :taxpayerId!, :region!, :statusType!, 'granted', :conditions!::jsonb, :decidedBy!, :decidedAt!, :effectiveFrom!, :revalidationDue!, :consentToMraSharing!)
 * ```
 */
export const insertGrantedAuthorisation = new PreparedQuery<IInsertGrantedAuthorisationParams,IInsertGrantedAuthorisationResult>(insertGrantedAuthorisationIR);


/** 'InsertGrantHistory' parameters type */
export interface IInsertGrantHistoryParams {
  authorisationNumber: string;
  changedBy: string;
  details: Json;
}

/** 'InsertGrantHistory' return type */
export type IInsertGrantHistoryResult = void;

/** 'InsertGrantHistory' query type */
export interface IInsertGrantHistoryQuery {
  params: IInsertGrantHistoryParams;
  result: IInsertGrantHistoryResult;
}

const insertGrantHistoryIR: any = {"usedParamSet":{"authorisationNumber":true,"changedBy":true,"details":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":122}]},{"name":"changedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":147,"b":157}]},{"name":"details","required":true,"transform":{"type":"scalar"},"locs":[{"a":160,"b":168}]}],"statement":"INSERT INTO authorisation_history (authorisation_number, change, status, changed_by, details) VALUES (:authorisationNumber!, 'granted', 'granted', :changedBy!, :details!::jsonb)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO authorisation_history (authorisation_number, change, status, changed_by, details) VALUES (:authorisationNumber!, 'granted', 'granted', :changedBy!, :details!::jsonb)
 * ```
 */
export const insertGrantHistory = new PreparedQuery<IInsertGrantHistoryParams,IInsertGrantHistoryResult>(insertGrantHistoryIR);


