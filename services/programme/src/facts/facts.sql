/* @name InsertFacts */
-- A run's events as facts in one statement (a fact already recorded is left as it is). JSON rather
-- than arrays: a fact's optional fields are null, and '' is a value a fact may state.
INSERT INTO programme_event_facts (event_id, type, topic, subject, occurred_at, region, status_type, operator_id,
  application_id, process_id, detail, category)
SELECT f.event_id, f.type, f.topic, f.subject, f.occurred_at, f.region, f.status_type, f.operator_id,
  f.application_id, f.process_id, f.detail, f.category
FROM json_to_recordset(:facts!::json) AS f(event_id text, type text, topic text, subject text, occurred_at timestamptz,
  region text, status_type text, operator_id uuid, application_id uuid, process_id text, detail text, category text)
ORDER BY f.event_id
ON CONFLICT (event_id) DO NOTHING;

/* @name FoldProcess */
INSERT INTO certification_processes (application_id, operator_id, region, status_type, submitted_at, accepted_at,
  deemed_acceptance, rejected_at, decision_deadline, extended_deadline, extensions_used, report_submitted_at,
  hearing_opened_at, hearing_responded_at, refused_at, withdrawn_at)
VALUES (:applicationId!, :operatorId!, :region!, :statusType!, :submittedAt, :acceptedAt, :deemedAcceptance,
  :rejectedAt, :decisionDeadline, :extendedDeadline, :extensionsUsed!, :reportSubmittedAt,
  :hearingOpenedAt, :hearingRespondedAt, :refusedAt, :withdrawnAt)
ON CONFLICT (application_id) DO UPDATE SET
  operator_id = EXCLUDED.operator_id, region = EXCLUDED.region, status_type = EXCLUDED.status_type,
  submitted_at = COALESCE(EXCLUDED.submitted_at, certification_processes.submitted_at),
  accepted_at = COALESCE(EXCLUDED.accepted_at, certification_processes.accepted_at),
  deemed_acceptance = COALESCE(EXCLUDED.deemed_acceptance, certification_processes.deemed_acceptance),
  rejected_at = COALESCE(EXCLUDED.rejected_at, certification_processes.rejected_at),
  decision_deadline = COALESCE(EXCLUDED.decision_deadline, certification_processes.decision_deadline),
  extended_deadline = GREATEST(EXCLUDED.extended_deadline, certification_processes.extended_deadline),
  extensions_used = EXCLUDED.extensions_used OR certification_processes.extensions_used,
  report_submitted_at = LEAST(EXCLUDED.report_submitted_at, certification_processes.report_submitted_at),
  hearing_opened_at = LEAST(EXCLUDED.hearing_opened_at, certification_processes.hearing_opened_at),
  hearing_responded_at = LEAST(EXCLUDED.hearing_responded_at, certification_processes.hearing_responded_at),
  refused_at = COALESCE(EXCLUDED.refused_at, certification_processes.refused_at),
  withdrawn_at = COALESCE(EXCLUDED.withdrawn_at, certification_processes.withdrawn_at),
  updated_at = now();

/* @name FoldGrant */
INSERT INTO certification_grants (authorisation_number, event_id, operator_id, region, status_type, decided_at)
VALUES (:authorisationNumber!, :eventId!, :operatorId!, :region!, :statusType!, :decidedAt!)
ON CONFLICT (authorisation_number) DO NOTHING;

/* @name FoldRevalidationCycle */
INSERT INTO revalidation_cycles (authorisation_number, cycle, operator_id, region, status_type, due_at, due_event_id,
  started_at, trigger_source, completed_at, outcome)
VALUES (:authorisationNumber!, :cycle!, :operatorId!, :region!, :statusType!, :dueAt, :dueEventId, :startedAt,
  :triggerSource, :completedAt, :outcome)
ON CONFLICT (authorisation_number, cycle) DO UPDATE SET
  operator_id = EXCLUDED.operator_id, region = EXCLUDED.region, status_type = EXCLUDED.status_type,
  due_at = COALESCE(revalidation_cycles.due_at, EXCLUDED.due_at),
  due_event_id = COALESCE(revalidation_cycles.due_event_id, EXCLUDED.due_event_id),
  started_at = LEAST(EXCLUDED.started_at, revalidation_cycles.started_at),
  trigger_source = COALESCE(revalidation_cycles.trigger_source, EXCLUDED.trigger_source),
  completed_at = LEAST(EXCLUDED.completed_at, revalidation_cycles.completed_at),
  outcome = COALESCE(revalidation_cycles.outcome, EXCLUDED.outcome),
  updated_at = now();

/* @name FoldAuthorisationEnd */
INSERT INTO authorisation_ends (authorisation_number, ended_at)
VALUES (:authorisationNumber!, :endedAt!)
ON CONFLICT (authorisation_number) DO UPDATE SET ended_at = LEAST(EXCLUDED.ended_at, authorisation_ends.ended_at);

/* @name FoldValidationCase */
INSERT INTO validation_cases (case_id, application_id, operator_id, region, status_type, purpose, opened_at,
  report_due, assigned_validator, report_submitted_at, closed_at)
VALUES (:caseId!, :applicationId!, :operatorId!, :region!, :statusType!, :purpose, :openedAt, :reportDue,
  :assignedValidator, :reportSubmittedAt, :closedAt)
ON CONFLICT (case_id) DO UPDATE SET
  application_id = EXCLUDED.application_id, operator_id = EXCLUDED.operator_id, region = EXCLUDED.region,
  status_type = EXCLUDED.status_type,
  purpose = COALESCE(validation_cases.purpose, EXCLUDED.purpose),
  opened_at = COALESCE(validation_cases.opened_at, EXCLUDED.opened_at),
  report_due = COALESCE(validation_cases.report_due, EXCLUDED.report_due),
  assigned_validator = COALESCE(validation_cases.assigned_validator, EXCLUDED.assigned_validator),
  report_submitted_at = LEAST(EXCLUDED.report_submitted_at, validation_cases.report_submitted_at),
  closed_at = LEAST(EXCLUDED.closed_at, validation_cases.closed_at),
  updated_at = now();

/* @name AlignBenefitRollupTimeZone */
-- The benefit roll-up in the programme's time zone: rebuilt when it was made in another (migration 1620).
SELECT declaration_benefit_rollup_in(:timeZone!) AS rebuilt;

/* @name TimeZoneKnown */
-- Whether PostgreSQL knows the time zone by that name (it applies PROGRAMME_TIME_ZONE: date_trunc(..., zone)).
SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = :timeZone!) AS "known!";

/* @name BenefitRollupZone */
-- The time zone the benefit roll-up's days are of (migration 1620).
SELECT time_zone FROM declaration_benefit_rollup_zone;

/* @name SetBenefitRollupLockTimeout */
-- How long the roll-up's alignment waits for its locks in this transaction ('0': for as long as it takes).
SELECT set_config('lock_timeout', :lockTimeout!, true) AS "lock_timeout!";

/* @name BenefitRollupSize */
-- The roll-up's rows and the declarations they count.
SELECT count(*)::int AS "rows!", coalesce(sum(declarations), 0)::bigint AS "declarations!" FROM declaration_benefit_daily;
