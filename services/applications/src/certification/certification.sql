/* @name InsertDeadlineNotice */
INSERT INTO application_deadline_notices (application_id, kind, decision_deadline) VALUES (:applicationId!, :kind!, :decisionDeadline!)
ON CONFLICT DO NOTHING RETURNING kind;

/* @name FindAuthorisationNumberOfApplication */
SELECT authorisation_number FROM authorisations WHERE application_id = :applicationId!;

/* @name NextAuthorisationSerial */
SELECT nextval('authorisation_number_seq')::text AS "n!";

/* @name InsertGrantedAuthorisation */
INSERT INTO authorisations (authorisation_number, application_id, operator_id, taxpayer_id, region, status_type, status, conditions, decided_by, decided_at, effective_from, revalidation_due, consent_to_mra_sharing)
VALUES (:authorisationNumber!, :applicationId!, :operatorId!, :taxpayerId!, :region!, :statusType!, 'granted', :conditions!::jsonb, :decidedBy!, :decidedAt!, :effectiveFrom!, :revalidationDue!, :consentToMraSharing!);

/* @name InsertGrantHistory */
INSERT INTO authorisation_history (authorisation_number, change, status, changed_by, details) VALUES (:authorisationNumber!, 'granted', 'granted', :changedBy!, :details!::jsonb);
