/* @name FindValidationCase */
SELECT id, application_id, operator_id, region, status, assigned_validator, opened_at, programme_version, taxpayer_id, status_type, risk_score, risk_recommendation, site_visit_required, report_due,
       recommendation, conditions, report_summary, report_submitted_by, report_submitted_at, purpose, workflow_id, authorisation_number, cycle, case_key, closed_at, closed_reason, closed_by
FROM validation_cases WHERE id = :id!;

/* @name LockValidationCase */
SELECT id, application_id, operator_id, region, status, assigned_validator, opened_at, programme_version, taxpayer_id, status_type, risk_score, risk_recommendation, site_visit_required, report_due,
       recommendation, conditions, report_summary, report_submitted_by, report_submitted_at, purpose, workflow_id, authorisation_number, cycle, case_key, closed_at, closed_reason, closed_by
FROM validation_cases WHERE id = :id! FOR UPDATE;

/* @name ListValidationCases */
SELECT id, application_id, operator_id, region, status, assigned_validator, opened_at, programme_version, taxpayer_id, status_type, risk_score, risk_recommendation, site_visit_required, report_due,
       recommendation, conditions, report_summary, report_submitted_by, report_submitted_at, purpose, workflow_id, authorisation_number, cycle, case_key, closed_at, closed_reason, closed_by
FROM validation_cases WHERE (:region::text IS NULL OR region = :region) ORDER BY opened_at DESC LIMIT :limit!::int;

/* @name FindValidationCaseIdByKey */
SELECT id FROM validation_cases WHERE case_key = :caseKey!;

/* @name InsertValidationCase */
INSERT INTO validation_cases (id, application_id, operator_id, region, status, taxpayer_id, status_type, risk_score, risk_recommendation, site_visit_required, report_due, programme_version, assigned_validator, purpose, workflow_id, authorisation_number, cycle, case_key)
VALUES (:id!, :applicationId!, :operatorId!, :region!, 'open', :taxpayerId!, :statusType!, :riskScore!, :riskRecommendation!, :siteVisitRequired!, :reportDue!, :programmeVersion!, :assignedValidator, :purpose!, :workflowId!, :authorisationNumber, :cycle, :caseKey!)
ON CONFLICT (case_key) DO NOTHING RETURNING id;

/* @name SubmitValidationReport */
UPDATE validation_cases
SET status = 'reported', recommendation = :recommendation!, conditions = :conditions!::text::jsonb, report_summary = :summary!, report_submitted_by = :submittedBy!, report_submitted_at = :submittedAt!
WHERE id = :id!;

/* @name ReassignValidationCase */
UPDATE validation_cases SET assigned_validator = :validator! WHERE id = :id!;

/* @name CloseValidationCase */
UPDATE validation_cases SET status = 'closed', closed_at = :closedAt!, closed_reason = :closedReason!, closed_by = :closedBy! WHERE id = :id!;

/* @name RecordCaseNotice */
INSERT INTO validation_case_notices (case_id, kind) VALUES (:caseId!, :kind!) ON CONFLICT DO NOTHING RETURNING kind;
