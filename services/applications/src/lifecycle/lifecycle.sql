/* @name FindLifecycleAuthorisation */
SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope, a.conditions,
  a.revalidation_due, a.revalidation_cycle, a.consent_to_mra_sharing, ap.programme_version, a.effective_from
FROM authorisations a JOIN applications ap ON ap.id = a.application_id
WHERE a.authorisation_number = :authorisationNumber!;

/* @name LockLifecycleAuthorisation */
SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope, a.conditions,
  a.revalidation_due, a.revalidation_cycle, a.consent_to_mra_sharing, ap.programme_version, a.effective_from
FROM authorisations a JOIN applications ap ON ap.id = a.application_id
WHERE a.authorisation_number = :authorisationNumber! FOR UPDATE OF a;

/* @name FindInForceAuthorisationOfTaxpayer */
SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope, a.conditions,
  a.revalidation_due, a.revalidation_cycle, a.consent_to_mra_sharing, ap.programme_version, a.effective_from
FROM authorisations a JOIN applications ap ON ap.id = a.application_id
WHERE a.taxpayer_id = :taxpayerId! AND a.status IN ('granted', 'suspended') ORDER BY a.decided_at DESC LIMIT 1;

/* @name ListInForceAuthorisationNumbers */
SELECT authorisation_number, status FROM authorisations WHERE status IN ('granted', 'suspended') AND authorisation_number > :after! ORDER BY authorisation_number LIMIT :limit!::int;

/* @name SetRevalidationCycle */
UPDATE authorisations SET revalidation_cycle = :cycle!, updated_at = now() WHERE authorisation_number = :authorisationNumber!;

/* @name CompleteRevalidationCycle */
UPDATE authorisations SET revalidation_due = :revalidationDue!, conditions = :conditions!::jsonb, revalidation_cycle = :cycle!, updated_at = now() WHERE authorisation_number = :authorisationNumber!;

/* @name MarkSuspended */
UPDATE authorisations SET status = 'suspended', suspended_scope = :scope!, updated_at = now() WHERE authorisation_number = :authorisationNumber!;

/* @name MarkReinstated */
UPDATE authorisations SET status = 'granted', suspended_scope = NULL, revalidation_due = :revalidationDue!, updated_at = now() WHERE authorisation_number = :authorisationNumber!;

/* @name MarkEnded */
UPDATE authorisations SET status = :status!, suspended_scope = NULL, ended_at = :endedAt!, updated_at = now() WHERE authorisation_number = :authorisationNumber!;

/* @name NoteActivityRecord */
INSERT INTO authorisation_activity_records (record_key, authorisation_number) VALUES (:recordKey!, :authorisationNumber!) ON CONFLICT DO NOTHING RETURNING record_key;

/* @name InsertLifecycleHistory */
INSERT INTO authorisation_history (authorisation_number, change, status, changed_by, details) VALUES (:authorisationNumber!, :change!, :status!, :changedBy!, :details!::jsonb);

/* @name InsertRevalidationRequest */
INSERT INTO revalidation_requests (request_id, authorisation_number, reason, site_visit, requested_by) VALUES (:requestId!, :authorisationNumber!, :reason!, :siteVisit!, :requestedBy!)
ON CONFLICT (request_id) DO NOTHING RETURNING authorisation_number;

/* @name FindRevalidationRequest */
SELECT authorisation_number FROM revalidation_requests WHERE request_id = :requestId!;

/* @name InsertReportedChange */
INSERT INTO reported_changes (id, authorisation_number, kind, description, effective_date, site_visit, reported_by, reported_at)
VALUES (:id!, :authorisationNumber!, :kind!, :description!, :effectiveDate!, :siteVisit!, :reportedBy!, :reportedAt!);

/* @name ListReportedChanges */
SELECT id, kind, description, to_char(effective_date, 'YYYY-MM-DD') AS "effective_date!", site_visit, reported_by, reported_at FROM reported_changes WHERE authorisation_number = :authorisationNumber! ORDER BY reported_at DESC;

/* @name MergeRevalidationSelfAssessment */
INSERT INTO revalidation_self_assessments (authorisation_number, cycle, answers, submitted_by) VALUES (:authorisationNumber!, :cycle!, :answers!::jsonb, :submittedBy!)
ON CONFLICT (authorisation_number, cycle) DO UPDATE SET answers = revalidation_self_assessments.answers || EXCLUDED.answers, submitted_by = EXCLUDED.submitted_by, submitted_at = now();
