/** Types generated for queries found in "services/programme/src/facts/facts.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'InsertFacts' parameters type */
export interface IInsertFactsParams {
  facts: Json;
}

/** 'InsertFacts' return type */
export type IInsertFactsResult = void;

/** 'InsertFacts' query type */
export interface IInsertFactsQuery {
  params: IInsertFactsParams;
  result: IInsertFactsResult;
}

const insertFactsIR: any = {"usedParamSet":{"facts":true},"params":[{"name":"facts","required":true,"transform":{"type":"scalar"},"locs":[{"a":529,"b":535}]}],"statement":"-- A run's events as facts in one statement (a fact already recorded is left as it is). JSON rather\n-- than arrays: a fact's optional fields are null, and '' is a value a fact may state.\nINSERT INTO programme_event_facts (event_id, type, topic, subject, occurred_at, region, status_type, operator_id,\n  application_id, process_id, detail, category)\nSELECT f.event_id, f.type, f.topic, f.subject, f.occurred_at, f.region, f.status_type, f.operator_id,\n  f.application_id, f.process_id, f.detail, f.category\nFROM json_to_recordset(:facts!::json) AS f(event_id text, type text, topic text, subject text, occurred_at timestamptz,\n  region text, status_type text, operator_id uuid, application_id uuid, process_id text, detail text, category text)\nORDER BY f.event_id\nON CONFLICT (event_id) DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * -- A run's events as facts in one statement (a fact already recorded is left as it is). JSON rather
 * -- than arrays: a fact's optional fields are null, and '' is a value a fact may state.
 * INSERT INTO programme_event_facts (event_id, type, topic, subject, occurred_at, region, status_type, operator_id,
 *   application_id, process_id, detail, category)
 * SELECT f.event_id, f.type, f.topic, f.subject, f.occurred_at, f.region, f.status_type, f.operator_id,
 *   f.application_id, f.process_id, f.detail, f.category
 * FROM json_to_recordset(:facts!::json) AS f(event_id text, type text, topic text, subject text, occurred_at timestamptz,
 *   region text, status_type text, operator_id uuid, application_id uuid, process_id text, detail text, category text)
 * ORDER BY f.event_id
 * ON CONFLICT (event_id) DO NOTHING
 * ```
 */
export const insertFacts = new PreparedQuery<IInsertFactsParams,IInsertFactsResult>(insertFactsIR);


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


/** 'FoldRevalidationCycle' parameters type */
export interface IFoldRevalidationCycleParams {
  authorisationNumber: string;
  completedAt?: DateOrString | null | void;
  cycle: number;
  dueAt?: DateOrString | null | void;
  dueEventId?: string | null | void;
  operatorId: string;
  outcome?: string | null | void;
  region: string;
  startedAt?: DateOrString | null | void;
  statusType: string;
  triggerSource?: string | null | void;
}

/** 'FoldRevalidationCycle' return type */
export type IFoldRevalidationCycleResult = void;

/** 'FoldRevalidationCycle' query type */
export interface IFoldRevalidationCycleQuery {
  params: IFoldRevalidationCycleParams;
  result: IFoldRevalidationCycleResult;
}

const foldRevalidationCycleIR: any = {"usedParamSet":{"authorisationNumber":true,"cycle":true,"operatorId":true,"region":true,"statusType":true,"dueAt":true,"dueEventId":true,"startedAt":true,"triggerSource":true,"completedAt":true,"outcome":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":179,"b":199}]},{"name":"cycle","required":true,"transform":{"type":"scalar"},"locs":[{"a":202,"b":208}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":211,"b":222}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":225,"b":232}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":235,"b":246}]},{"name":"dueAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":249,"b":254}]},{"name":"dueEventId","required":false,"transform":{"type":"scalar"},"locs":[{"a":257,"b":267}]},{"name":"startedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":270,"b":279}]},{"name":"triggerSource","required":false,"transform":{"type":"scalar"},"locs":[{"a":284,"b":297}]},{"name":"completedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":300,"b":311}]},{"name":"outcome","required":false,"transform":{"type":"scalar"},"locs":[{"a":314,"b":321}]}],"statement":"INSERT INTO revalidation_cycles (authorisation_number, cycle, operator_id, region, status_type, due_at, due_event_id,\n  started_at, trigger_source, completed_at, outcome)\nVALUES (:authorisationNumber!, :cycle!, :operatorId!, :region!, :statusType!, :dueAt, :dueEventId, :startedAt,\n  :triggerSource, :completedAt, :outcome)\nON CONFLICT (authorisation_number, cycle) DO UPDATE SET\n  operator_id = EXCLUDED.operator_id, region = EXCLUDED.region, status_type = EXCLUDED.status_type,\n  due_at = COALESCE(revalidation_cycles.due_at, EXCLUDED.due_at),\n  due_event_id = COALESCE(revalidation_cycles.due_event_id, EXCLUDED.due_event_id),\n  started_at = LEAST(EXCLUDED.started_at, revalidation_cycles.started_at),\n  trigger_source = COALESCE(revalidation_cycles.trigger_source, EXCLUDED.trigger_source),\n  completed_at = LEAST(EXCLUDED.completed_at, revalidation_cycles.completed_at),\n  outcome = COALESCE(revalidation_cycles.outcome, EXCLUDED.outcome),\n  updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO revalidation_cycles (authorisation_number, cycle, operator_id, region, status_type, due_at, due_event_id,
 *   started_at, trigger_source, completed_at, outcome)
 * VALUES (:authorisationNumber!, :cycle!, :operatorId!, :region!, :statusType!, :dueAt, :dueEventId, :startedAt,
 *   :triggerSource, :completedAt, :outcome)
 * ON CONFLICT (authorisation_number, cycle) DO UPDATE SET
 *   operator_id = EXCLUDED.operator_id, region = EXCLUDED.region, status_type = EXCLUDED.status_type,
 *   due_at = COALESCE(revalidation_cycles.due_at, EXCLUDED.due_at),
 *   due_event_id = COALESCE(revalidation_cycles.due_event_id, EXCLUDED.due_event_id),
 *   started_at = LEAST(EXCLUDED.started_at, revalidation_cycles.started_at),
 *   trigger_source = COALESCE(revalidation_cycles.trigger_source, EXCLUDED.trigger_source),
 *   completed_at = LEAST(EXCLUDED.completed_at, revalidation_cycles.completed_at),
 *   outcome = COALESCE(revalidation_cycles.outcome, EXCLUDED.outcome),
 *   updated_at = now()
 * ```
 */
export const foldRevalidationCycle = new PreparedQuery<IFoldRevalidationCycleParams,IFoldRevalidationCycleResult>(foldRevalidationCycleIR);


/** 'FoldAuthorisationEnd' parameters type */
export interface IFoldAuthorisationEndParams {
  authorisationNumber: string;
  endedAt: DateOrString;
}

/** 'FoldAuthorisationEnd' return type */
export type IFoldAuthorisationEndResult = void;

/** 'FoldAuthorisationEnd' query type */
export interface IFoldAuthorisationEndQuery {
  params: IFoldAuthorisationEndParams;
  result: IFoldAuthorisationEndResult;
}

const foldAuthorisationEndIR: any = {"usedParamSet":{"authorisationNumber":true,"endedAt":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":92}]},{"name":"endedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":95,"b":103}]}],"statement":"INSERT INTO authorisation_ends (authorisation_number, ended_at)\nVALUES (:authorisationNumber!, :endedAt!)\nON CONFLICT (authorisation_number) DO UPDATE SET ended_at = LEAST(EXCLUDED.ended_at, authorisation_ends.ended_at)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO authorisation_ends (authorisation_number, ended_at)
 * VALUES (:authorisationNumber!, :endedAt!)
 * ON CONFLICT (authorisation_number) DO UPDATE SET ended_at = LEAST(EXCLUDED.ended_at, authorisation_ends.ended_at)
 * ```
 */
export const foldAuthorisationEnd = new PreparedQuery<IFoldAuthorisationEndParams,IFoldAuthorisationEndResult>(foldAuthorisationEndIR);


/** 'FoldValidationCase' parameters type */
export interface IFoldValidationCaseParams {
  applicationId: string;
  assignedValidator?: string | null | void;
  caseId: string;
  closedAt?: DateOrString | null | void;
  openedAt?: DateOrString | null | void;
  operatorId: string;
  purpose?: string | null | void;
  region: string;
  reportDue?: DateOrString | null | void;
  reportSubmittedAt?: DateOrString | null | void;
  statusType: string;
}

/** 'FoldValidationCase' return type */
export type IFoldValidationCaseResult = void;

/** 'FoldValidationCase' query type */
export interface IFoldValidationCaseQuery {
  params: IFoldValidationCaseParams;
  result: IFoldValidationCaseResult;
}

const foldValidationCaseIR: any = {"usedParamSet":{"caseId":true,"applicationId":true,"operatorId":true,"region":true,"statusType":true,"purpose":true,"openedAt":true,"reportDue":true,"assignedValidator":true,"reportSubmittedAt":true,"closedAt":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":183,"b":190}]},{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":193,"b":207}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":210,"b":221}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":224,"b":231}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":234,"b":245}]},{"name":"purpose","required":false,"transform":{"type":"scalar"},"locs":[{"a":248,"b":255}]},{"name":"openedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":258,"b":266}]},{"name":"reportDue","required":false,"transform":{"type":"scalar"},"locs":[{"a":269,"b":278}]},{"name":"assignedValidator","required":false,"transform":{"type":"scalar"},"locs":[{"a":283,"b":300}]},{"name":"reportSubmittedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":303,"b":320}]},{"name":"closedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":323,"b":331}]}],"statement":"INSERT INTO validation_cases (case_id, application_id, operator_id, region, status_type, purpose, opened_at,\n  report_due, assigned_validator, report_submitted_at, closed_at)\nVALUES (:caseId!, :applicationId!, :operatorId!, :region!, :statusType!, :purpose, :openedAt, :reportDue,\n  :assignedValidator, :reportSubmittedAt, :closedAt)\nON CONFLICT (case_id) DO UPDATE SET\n  application_id = EXCLUDED.application_id, operator_id = EXCLUDED.operator_id, region = EXCLUDED.region,\n  status_type = EXCLUDED.status_type,\n  purpose = COALESCE(validation_cases.purpose, EXCLUDED.purpose),\n  opened_at = COALESCE(validation_cases.opened_at, EXCLUDED.opened_at),\n  report_due = COALESCE(validation_cases.report_due, EXCLUDED.report_due),\n  assigned_validator = COALESCE(validation_cases.assigned_validator, EXCLUDED.assigned_validator),\n  report_submitted_at = LEAST(EXCLUDED.report_submitted_at, validation_cases.report_submitted_at),\n  closed_at = LEAST(EXCLUDED.closed_at, validation_cases.closed_at),\n  updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO validation_cases (case_id, application_id, operator_id, region, status_type, purpose, opened_at,
 *   report_due, assigned_validator, report_submitted_at, closed_at)
 * VALUES (:caseId!, :applicationId!, :operatorId!, :region!, :statusType!, :purpose, :openedAt, :reportDue,
 *   :assignedValidator, :reportSubmittedAt, :closedAt)
 * ON CONFLICT (case_id) DO UPDATE SET
 *   application_id = EXCLUDED.application_id, operator_id = EXCLUDED.operator_id, region = EXCLUDED.region,
 *   status_type = EXCLUDED.status_type,
 *   purpose = COALESCE(validation_cases.purpose, EXCLUDED.purpose),
 *   opened_at = COALESCE(validation_cases.opened_at, EXCLUDED.opened_at),
 *   report_due = COALESCE(validation_cases.report_due, EXCLUDED.report_due),
 *   assigned_validator = COALESCE(validation_cases.assigned_validator, EXCLUDED.assigned_validator),
 *   report_submitted_at = LEAST(EXCLUDED.report_submitted_at, validation_cases.report_submitted_at),
 *   closed_at = LEAST(EXCLUDED.closed_at, validation_cases.closed_at),
 *   updated_at = now()
 * ```
 */
export const foldValidationCase = new PreparedQuery<IFoldValidationCaseParams,IFoldValidationCaseResult>(foldValidationCaseIR);


/** 'AlignBenefitRollupTimeZone' parameters type */
export interface IAlignBenefitRollupTimeZoneParams {
  timeZone: string;
}

/** 'AlignBenefitRollupTimeZone' return type */
export interface IAlignBenefitRollupTimeZoneResult {
  rebuilt: boolean | null;
}

/** 'AlignBenefitRollupTimeZone' query type */
export interface IAlignBenefitRollupTimeZoneQuery {
  params: IAlignBenefitRollupTimeZoneParams;
  result: IAlignBenefitRollupTimeZoneResult;
}

const alignBenefitRollupTimeZoneIR: any = {"usedParamSet":{"timeZone":true},"params":[{"name":"timeZone","required":true,"transform":{"type":"scalar"},"locs":[{"a":144,"b":153}]}],"statement":"-- The benefit roll-up in the programme's time zone: rebuilt when it was made in another (migration 1620).\nSELECT declaration_benefit_rollup_in(:timeZone!) AS rebuilt"};

/**
 * Query generated from SQL:
 * ```
 * -- The benefit roll-up in the programme's time zone: rebuilt when it was made in another (migration 1620).
 * SELECT declaration_benefit_rollup_in(:timeZone!) AS rebuilt
 * ```
 */
export const alignBenefitRollupTimeZone = new PreparedQuery<IAlignBenefitRollupTimeZoneParams,IAlignBenefitRollupTimeZoneResult>(alignBenefitRollupTimeZoneIR);


/** 'TimeZoneKnown' parameters type */
export interface ITimeZoneKnownParams {
  timeZone: string;
}

/** 'TimeZoneKnown' return type */
export interface ITimeZoneKnownResult {
  known: boolean;
}

/** 'TimeZoneKnown' query type */
export interface ITimeZoneKnownQuery {
  params: ITimeZoneKnownParams;
  result: ITimeZoneKnownResult;
}

const timeZoneKnownIR: any = {"usedParamSet":{"timeZone":true},"params":[{"name":"timeZone","required":true,"transform":{"type":"scalar"},"locs":[{"a":172,"b":181}]}],"statement":"-- Whether PostgreSQL knows the time zone by that name (it applies PROGRAMME_TIME_ZONE: date_trunc(..., zone)).\nSELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = :timeZone!) AS \"known!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Whether PostgreSQL knows the time zone by that name (it applies PROGRAMME_TIME_ZONE: date_trunc(..., zone)).
 * SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = :timeZone!) AS "known!"
 * ```
 */
export const timeZoneKnown = new PreparedQuery<ITimeZoneKnownParams,ITimeZoneKnownResult>(timeZoneKnownIR);


/** 'BenefitRollupZone' parameters type */
export type IBenefitRollupZoneParams = void;

/** 'BenefitRollupZone' return type */
export interface IBenefitRollupZoneResult {
  time_zone: string;
}

/** 'BenefitRollupZone' query type */
export interface IBenefitRollupZoneQuery {
  params: IBenefitRollupZoneParams;
  result: IBenefitRollupZoneResult;
}

const benefitRollupZoneIR: any = {"usedParamSet":{},"params":[],"statement":"-- The time zone the benefit roll-up's days are of (migration 1620).\nSELECT time_zone FROM declaration_benefit_rollup_zone"};

/**
 * Query generated from SQL:
 * ```
 * -- The time zone the benefit roll-up's days are of (migration 1620).
 * SELECT time_zone FROM declaration_benefit_rollup_zone
 * ```
 */
export const benefitRollupZone = new PreparedQuery<IBenefitRollupZoneParams,IBenefitRollupZoneResult>(benefitRollupZoneIR);


/** 'SetBenefitRollupLockTimeout' parameters type */
export interface ISetBenefitRollupLockTimeoutParams {
  lockTimeout: string;
}

/** 'SetBenefitRollupLockTimeout' return type */
export interface ISetBenefitRollupLockTimeoutResult {
  lock_timeout: string;
}

/** 'SetBenefitRollupLockTimeout' query type */
export interface ISetBenefitRollupLockTimeoutQuery {
  params: ISetBenefitRollupLockTimeoutParams;
  result: ISetBenefitRollupLockTimeoutResult;
}

const setBenefitRollupLockTimeoutIR: any = {"usedParamSet":{"lockTimeout":true},"params":[{"name":"lockTimeout","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":154}]}],"statement":"-- How long the roll-up's alignment waits for its locks in this transaction ('0': for as long as it takes).\nSELECT set_config('lock_timeout', :lockTimeout!, true) AS \"lock_timeout!\""};

/**
 * Query generated from SQL:
 * ```
 * -- How long the roll-up's alignment waits for its locks in this transaction ('0': for as long as it takes).
 * SELECT set_config('lock_timeout', :lockTimeout!, true) AS "lock_timeout!"
 * ```
 */
export const setBenefitRollupLockTimeout = new PreparedQuery<ISetBenefitRollupLockTimeoutParams,ISetBenefitRollupLockTimeoutResult>(setBenefitRollupLockTimeoutIR);


/** 'BenefitRollupSize' parameters type */
export type IBenefitRollupSizeParams = void;

/** 'BenefitRollupSize' return type */
export interface IBenefitRollupSizeResult {
  declarations: string;
  rows: number;
}

/** 'BenefitRollupSize' query type */
export interface IBenefitRollupSizeQuery {
  params: IBenefitRollupSizeParams;
  result: IBenefitRollupSizeResult;
}

const benefitRollupSizeIR: any = {"usedParamSet":{},"params":[],"statement":"-- The roll-up's rows and the declarations they count.\nSELECT count(*)::int AS \"rows!\", coalesce(sum(declarations), 0)::bigint AS \"declarations!\" FROM declaration_benefit_daily"};

/**
 * Query generated from SQL:
 * ```
 * -- The roll-up's rows and the declarations they count.
 * SELECT count(*)::int AS "rows!", coalesce(sum(declarations), 0)::bigint AS "declarations!" FROM declaration_benefit_daily
 * ```
 */
export const benefitRollupSize = new PreparedQuery<IBenefitRollupSizeParams,IBenefitRollupSizeResult>(benefitRollupSizeIR);


