/* @name FindAeoStatus */
SELECT taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, status_effective_from, consent_to_mra_sharing
FROM aeo_status WHERE taxpayer_id = :taxpayerId!;

/* @name FindAllAeoStatuses */
SELECT taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, status_effective_from, consent_to_mra_sharing
FROM aeo_status;

/* @name ApplyAeoStatusChange */
INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, status_effective_from, consent_to_mra_sharing, updated_at, last_event_at)
VALUES (:taxpayerId!, :operatorId!, :authorisationNumber!, :statusType!, :status!, :suspendedScope, COALESCE(:effectiveFrom::timestamptz, :statusEffectiveFrom!::timestamptz), :statusEffectiveFrom!::timestamptz, :consentToMraSharing!, now(), :eventAt!)
ON CONFLICT (taxpayer_id) DO UPDATE SET
  operator_id = EXCLUDED.operator_id, authorisation_number = EXCLUDED.authorisation_number, status_type = EXCLUDED.status_type,
  status = EXCLUDED.status, suspended_scope = EXCLUDED.suspended_scope,
  effective_from = CASE WHEN :effectiveFrom::timestamptz IS NULL AND aeo_status.authorisation_number = EXCLUDED.authorisation_number THEN aeo_status.effective_from ELSE EXCLUDED.effective_from END,
  status_effective_from = EXCLUDED.status_effective_from,
  consent_to_mra_sharing = EXCLUDED.consent_to_mra_sharing, updated_at = now(), last_event_at = EXCLUDED.last_event_at
WHERE aeo_status.last_event_at <= EXCLUDED.last_event_at
RETURNING taxpayer_id;
