/* @name FindApplication */
SELECT id, operator_id, region, status_type, status, consent_to_mra_sharing, programme_version, submitted_at, acceptance_deadline, accepted_at, decision_deadline, decided_by, status_reason, decision_reasons, decided_at, hearing_grounds, hearing_respond_by, hearing_response, hearing_responded_by, hearing_responded_at, created_by, version, updated_at
FROM applications WHERE id = :id!;

/* @name LockApplication */
SELECT id, operator_id, region, status_type, status, consent_to_mra_sharing, programme_version, submitted_at, acceptance_deadline, accepted_at, decision_deadline, decided_by, status_reason, decision_reasons, decided_at, hearing_grounds, hearing_respond_by, hearing_response, hearing_responded_by, hearing_responded_at, created_by, version, updated_at
FROM applications WHERE id = :id! FOR UPDATE;

/* @name ListApplications */
SELECT a.id, a.operator_id, a.region, a.status_type, a.status, a.consent_to_mra_sharing, a.programme_version, a.submitted_at, a.acceptance_deadline, a.accepted_at, a.decision_deadline, a.decided_by, a.status_reason, a.decision_reasons, a.decided_at, a.hearing_grounds, a.hearing_respond_by, a.hearing_response, a.hearing_responded_by, a.hearing_responded_at, a.created_by, a.version, a.updated_at
FROM applications a
WHERE (:taxpayerId::text IS NULL OR a.operator_id IN (SELECT o.id FROM operators o WHERE o.taxpayer_id = :taxpayerId))
  AND (:region::text IS NULL OR a.region = :region)
  AND (:status::text IS NULL OR a.status = :status)
  AND (:operatorId::uuid IS NULL OR a.operator_id = :operatorId)
ORDER BY a.submitted_at DESC NULLS FIRST
LIMIT :limit!::int;

/* @name InsertDraft */
INSERT INTO applications (id, operator_id, region, status_type, status, consent_to_mra_sharing, programme_version, created_by)
VALUES (:id!, :operatorId!, :region!, :statusType!, 'draft', :consentToMraSharing!, :programmeVersion!, :createdBy!)
RETURNING id, operator_id, region, status_type, status, consent_to_mra_sharing, programme_version, submitted_at, acceptance_deadline, accepted_at, decision_deadline, decided_by, status_reason, decision_reasons, decided_at, hearing_grounds, hearing_respond_by, hearing_response, hearing_responded_by, hearing_responded_at, created_by, version, updated_at;

/* @name MarkSubmitted */
UPDATE applications SET status = 'submitted', submitted_at = :submittedAt!, acceptance_deadline = :acceptanceDeadline!, version = version + 1, updated_at = now()
WHERE id = :id!;

/* @name MarkAccepted */
UPDATE applications SET status = 'accepted', accepted_at = :acceptedAt!, decision_deadline = :decisionDeadline!, decided_by = :decidedBy!, status_reason = :statusReason, version = version + 1, updated_at = now()
WHERE id = :id!;

/* @name MarkRejected */
UPDATE applications SET status = 'rejected', decided_by = :decidedBy!, status_reason = :reason!, version = version + 1, updated_at = now()
WHERE id = :id!;

/* @name SetDecisionDeadline */
UPDATE applications SET decision_deadline = :decisionDeadline!, version = version + 1, updated_at = now()
WHERE id = :id!;

/* @name MarkHearing */
UPDATE applications SET status = 'hearing', hearing_grounds = :grounds!::jsonb, hearing_respond_by = :respondBy!, decided_by = :decidedBy!, version = version + 1, updated_at = now()
WHERE id = :id!;

/* @name MarkDecided */
UPDATE applications SET status = :status!, decided_by = :decidedBy!, decided_at = :decidedAt!, decision_reasons = :reasons!::jsonb, version = version + 1, updated_at = now()
WHERE id = :id!;

/* @name RecordHearingResponse */
UPDATE applications SET hearing_response = :response!, hearing_responded_by = :respondedBy!, hearing_responded_at = :respondedAt!, version = version + 1, updated_at = now()
WHERE id = :id!;

/* @name MarkWithdrawn */
UPDATE applications SET status = 'withdrawn', status_reason = :reason!, decided_by = :decidedBy!, decided_at = :decidedAt!, version = version + 1, updated_at = now()
WHERE id = :id!;

/* @name SetMraConsent */
UPDATE applications SET consent_to_mra_sharing = :consentToMraSharing!, version = version + 1, updated_at = now()
WHERE id = :id!;

/* @name FindRecentRevocation */
SELECT h.changed_at AS revoked_at FROM authorisation_history h JOIN authorisations a USING (authorisation_number)
WHERE a.operator_id = :operatorId! AND h.change = 'revoked' AND h.changed_at > now() - (:years!::int * interval '1 year')
ORDER BY h.changed_at DESC LIMIT 1;
