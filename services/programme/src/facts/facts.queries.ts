/** Types generated for queries found in "services/programme/src/facts/facts.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'InsertFact' parameters type */
export interface IInsertFactParams {
  applicationId?: string | null | void;
  eventId: string;
  occurredAt: DateOrString;
  operatorId: string;
  region: string;
  statusType: string;
  subject: string;
  topic: string;
  type: string;
}

/** 'InsertFact' return type */
export type IInsertFactResult = void;

/** 'InsertFact' query type */
export interface IInsertFactQuery {
  params: IInsertFactParams;
  result: IInsertFactResult;
}

const insertFactIR: any = {"usedParamSet":{"eventId":true,"type":true,"topic":true,"subject":true,"occurredAt":true,"region":true,"statusType":true,"operatorId":true,"applicationId":true},"params":[{"name":"eventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":140,"b":148}]},{"name":"type","required":true,"transform":{"type":"scalar"},"locs":[{"a":151,"b":156}]},{"name":"topic","required":true,"transform":{"type":"scalar"},"locs":[{"a":159,"b":165}]},{"name":"subject","required":true,"transform":{"type":"scalar"},"locs":[{"a":168,"b":176}]},{"name":"occurredAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":179,"b":190}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":193,"b":200}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":203,"b":214}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":217,"b":228}]},{"name":"applicationId","required":false,"transform":{"type":"scalar"},"locs":[{"a":231,"b":244}]}],"statement":"INSERT INTO programme_event_facts (event_id, type, topic, subject, occurred_at, region, status_type, operator_id,\n  application_id)\nVALUES (:eventId!, :type!, :topic!, :subject!, :occurredAt!, :region!, :statusType!, :operatorId!, :applicationId)\nON CONFLICT (event_id) DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO programme_event_facts (event_id, type, topic, subject, occurred_at, region, status_type, operator_id,
 *   application_id)
 * VALUES (:eventId!, :type!, :topic!, :subject!, :occurredAt!, :region!, :statusType!, :operatorId!, :applicationId)
 * ON CONFLICT (event_id) DO NOTHING
 * ```
 */
export const insertFact = new PreparedQuery<IInsertFactParams,IInsertFactResult>(insertFactIR);


/** 'FoldProcess' parameters type */
export interface IFoldProcessParams {
  acceptedAt?: DateOrString | null | void;
  applicationId: string;
  decisionDeadline?: DateOrString | null | void;
  deemedAcceptance?: boolean | null | void;
  extendedDeadline?: DateOrString | null | void;
  extensionsUsed: boolean;
  hearingOpenedAt?: DateOrString | null | void;
  hearingRespondedAt?: DateOrString | null | void;
  operatorId: string;
  refusedAt?: DateOrString | null | void;
  region: string;
  rejectedAt?: DateOrString | null | void;
  reportSubmittedAt?: DateOrString | null | void;
  statusType: string;
  submittedAt?: DateOrString | null | void;
  withdrawnAt?: DateOrString | null | void;
}

/** 'FoldProcess' return type */
export type IFoldProcessResult = void;

/** 'FoldProcess' query type */
export interface IFoldProcessQuery {
  params: IFoldProcessParams;
  result: IFoldProcessResult;
}

const foldProcessIR: any = {"usedParamSet":{"applicationId":true,"operatorId":true,"region":true,"statusType":true,"submittedAt":true,"acceptedAt":true,"deemedAcceptance":true,"rejectedAt":true,"decisionDeadline":true,"extendedDeadline":true,"extensionsUsed":true,"reportSubmittedAt":true,"hearingOpenedAt":true,"hearingRespondedAt":true,"refusedAt":true,"withdrawnAt":true},"params":[{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":301,"b":315}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":318,"b":329}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":332,"b":339}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":342,"b":353}]},{"name":"submittedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":356,"b":367}]},{"name":"acceptedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":370,"b":380}]},{"name":"deemedAcceptance","required":false,"transform":{"type":"scalar"},"locs":[{"a":383,"b":399}]},{"name":"rejectedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":404,"b":414}]},{"name":"decisionDeadline","required":false,"transform":{"type":"scalar"},"locs":[{"a":417,"b":433}]},{"name":"extendedDeadline","required":false,"transform":{"type":"scalar"},"locs":[{"a":436,"b":452}]},{"name":"extensionsUsed","required":true,"transform":{"type":"scalar"},"locs":[{"a":455,"b":470}]},{"name":"reportSubmittedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":473,"b":490}]},{"name":"hearingOpenedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":495,"b":510}]},{"name":"hearingRespondedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":513,"b":531}]},{"name":"refusedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":534,"b":543}]},{"name":"withdrawnAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":546,"b":557}]}],"statement":"INSERT INTO certification_processes (application_id, operator_id, region, status_type, submitted_at, accepted_at,\n  deemed_acceptance, rejected_at, decision_deadline, extended_deadline, extensions_used, report_submitted_at,\n  hearing_opened_at, hearing_responded_at, refused_at, withdrawn_at)\nVALUES (:applicationId!, :operatorId!, :region!, :statusType!, :submittedAt, :acceptedAt, :deemedAcceptance,\n  :rejectedAt, :decisionDeadline, :extendedDeadline, :extensionsUsed!, :reportSubmittedAt,\n  :hearingOpenedAt, :hearingRespondedAt, :refusedAt, :withdrawnAt)\nON CONFLICT (application_id) DO UPDATE SET\n  operator_id = EXCLUDED.operator_id, region = EXCLUDED.region, status_type = EXCLUDED.status_type,\n  submitted_at = COALESCE(EXCLUDED.submitted_at, certification_processes.submitted_at),\n  accepted_at = COALESCE(EXCLUDED.accepted_at, certification_processes.accepted_at),\n  deemed_acceptance = COALESCE(EXCLUDED.deemed_acceptance, certification_processes.deemed_acceptance),\n  rejected_at = COALESCE(EXCLUDED.rejected_at, certification_processes.rejected_at),\n  decision_deadline = COALESCE(EXCLUDED.decision_deadline, certification_processes.decision_deadline),\n  extended_deadline = GREATEST(EXCLUDED.extended_deadline, certification_processes.extended_deadline),\n  extensions_used = EXCLUDED.extensions_used OR certification_processes.extensions_used,\n  report_submitted_at = LEAST(EXCLUDED.report_submitted_at, certification_processes.report_submitted_at),\n  hearing_opened_at = LEAST(EXCLUDED.hearing_opened_at, certification_processes.hearing_opened_at),\n  hearing_responded_at = LEAST(EXCLUDED.hearing_responded_at, certification_processes.hearing_responded_at),\n  refused_at = COALESCE(EXCLUDED.refused_at, certification_processes.refused_at),\n  withdrawn_at = COALESCE(EXCLUDED.withdrawn_at, certification_processes.withdrawn_at),\n  updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO certification_processes (application_id, operator_id, region, status_type, submitted_at, accepted_at,
 *   deemed_acceptance, rejected_at, decision_deadline, extended_deadline, extensions_used, report_submitted_at,
 *   hearing_opened_at, hearing_responded_at, refused_at, withdrawn_at)
 * VALUES (:applicationId!, :operatorId!, :region!, :statusType!, :submittedAt, :acceptedAt, :deemedAcceptance,
 *   :rejectedAt, :decisionDeadline, :extendedDeadline, :extensionsUsed!, :reportSubmittedAt,
 *   :hearingOpenedAt, :hearingRespondedAt, :refusedAt, :withdrawnAt)
 * ON CONFLICT (application_id) DO UPDATE SET
 *   operator_id = EXCLUDED.operator_id, region = EXCLUDED.region, status_type = EXCLUDED.status_type,
 *   submitted_at = COALESCE(EXCLUDED.submitted_at, certification_processes.submitted_at),
 *   accepted_at = COALESCE(EXCLUDED.accepted_at, certification_processes.accepted_at),
 *   deemed_acceptance = COALESCE(EXCLUDED.deemed_acceptance, certification_processes.deemed_acceptance),
 *   rejected_at = COALESCE(EXCLUDED.rejected_at, certification_processes.rejected_at),
 *   decision_deadline = COALESCE(EXCLUDED.decision_deadline, certification_processes.decision_deadline),
 *   extended_deadline = GREATEST(EXCLUDED.extended_deadline, certification_processes.extended_deadline),
 *   extensions_used = EXCLUDED.extensions_used OR certification_processes.extensions_used,
 *   report_submitted_at = LEAST(EXCLUDED.report_submitted_at, certification_processes.report_submitted_at),
 *   hearing_opened_at = LEAST(EXCLUDED.hearing_opened_at, certification_processes.hearing_opened_at),
 *   hearing_responded_at = LEAST(EXCLUDED.hearing_responded_at, certification_processes.hearing_responded_at),
 *   refused_at = COALESCE(EXCLUDED.refused_at, certification_processes.refused_at),
 *   withdrawn_at = COALESCE(EXCLUDED.withdrawn_at, certification_processes.withdrawn_at),
 *   updated_at = now()
 * ```
 */
export const foldProcess = new PreparedQuery<IFoldProcessParams,IFoldProcessResult>(foldProcessIR);


/** 'FoldGrant' parameters type */
export interface IFoldGrantParams {
  authorisationNumber: string;
  decidedAt: DateOrString;
  eventId: string;
  operatorId: string;
  region: string;
  statusType: string;
}

/** 'FoldGrant' return type */
export type IFoldGrantResult = void;

/** 'FoldGrant' query type */
export interface IFoldGrantQuery {
  params: IFoldGrantParams;
  result: IFoldGrantResult;
}

const foldGrantIR: any = {"usedParamSet":{"authorisationNumber":true,"eventId":true,"operatorId":true,"region":true,"statusType":true,"decidedAt":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":140}]},{"name":"eventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":151}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":154,"b":165}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":168,"b":175}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":178,"b":189}]},{"name":"decidedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":192,"b":202}]}],"statement":"INSERT INTO certification_grants (authorisation_number, event_id, operator_id, region, status_type, decided_at)\nVALUES (:authorisationNumber!, :eventId!, :operatorId!, :region!, :statusType!, :decidedAt!)\nON CONFLICT (authorisation_number) DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO certification_grants (authorisation_number, event_id, operator_id, region, status_type, decided_at)
 * VALUES (:authorisationNumber!, :eventId!, :operatorId!, :region!, :statusType!, :decidedAt!)
 * ON CONFLICT (authorisation_number) DO NOTHING
 * ```
 */
export const foldGrant = new PreparedQuery<IFoldGrantParams,IFoldGrantResult>(foldGrantIR);


