/* @name InsertFact */
INSERT INTO programme_event_facts (event_id, type, topic, subject, occurred_at, region, status_type, operator_id,
  application_id)
VALUES (:eventId!, :type!, :topic!, :subject!, :occurredAt!, :region!, :statusType!, :operatorId!, :applicationId)
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
