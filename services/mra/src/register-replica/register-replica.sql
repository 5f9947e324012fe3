/* @name UpsertHolder */
INSERT INTO mra_register_holders (operator_id, taxpayer_id, name, address)
VALUES (:operatorId!, :taxpayerId!, :name!, :address)
ON CONFLICT (operator_id) DO UPDATE
  SET taxpayer_id = EXCLUDED.taxpayer_id, name = EXCLUDED.name,
      address = COALESCE(EXCLUDED.address, mra_register_holders.address), updated_at = now();

/* @name UpsertAuthorisation */
INSERT INTO mra_register_authorisations (authorisation_number, operator_id, taxpayer_id, status_type,
  consent_to_mra_sharing, status, effective_from, revalidation_due, suspended_from, suspended_scope, ended_on)
VALUES (:authorisationNumber!, :operatorId!, :taxpayerId!, :statusType!, :consent!, :status!, :effectiveFrom,
  :revalidationDue, :suspendedFrom, :suspendedScope, :endedOn)
ON CONFLICT (authorisation_number) DO UPDATE
  SET operator_id = EXCLUDED.operator_id, taxpayer_id = EXCLUDED.taxpayer_id, status_type = EXCLUDED.status_type,
      consent_to_mra_sharing = EXCLUDED.consent_to_mra_sharing, status = EXCLUDED.status,
      effective_from = COALESCE(EXCLUDED.effective_from, mra_register_authorisations.effective_from),
      revalidation_due = COALESCE(EXCLUDED.revalidation_due, mra_register_authorisations.revalidation_due),
      suspended_from = EXCLUDED.suspended_from, suspended_scope = EXCLUDED.suspended_scope,
      ended_on = EXCLUDED.ended_on, updated_at = now();

/* @name RecordRevalidation */
INSERT INTO mra_register_authorisations (authorisation_number, operator_id, taxpayer_id, status_type,
  consent_to_mra_sharing, status, revalidation_due)
VALUES (:authorisationNumber!, :operatorId!, :taxpayerId!, :statusType!, :consent!, 'active', :revalidationDue!)
ON CONFLICT (authorisation_number) DO UPDATE
  SET operator_id = EXCLUDED.operator_id, taxpayer_id = EXCLUDED.taxpayer_id, status_type = EXCLUDED.status_type,
      consent_to_mra_sharing = EXCLUDED.consent_to_mra_sharing, revalidation_due = EXCLUDED.revalidation_due,
      status = CASE WHEN :reinstated! AND mra_register_authorisations.status = 'suspended' THEN 'active'
                    ELSE mra_register_authorisations.status END,
      suspended_from = CASE WHEN :reinstated! AND mra_register_authorisations.status = 'suspended' THEN NULL
                            ELSE mra_register_authorisations.suspended_from END,
      suspended_scope = CASE WHEN :reinstated! AND mra_register_authorisations.status = 'suspended' THEN NULL
                             ELSE mra_register_authorisations.suspended_scope END,
      updated_at = now();

/* @name ExportableAuthorisations */
SELECT a.authorisation_number, a.taxpayer_id, a.status_type, a.status, a.effective_from, a.revalidation_due,
  a.suspended_from, a.suspended_scope, a.ended_on, h.name, h.address
FROM mra_register_authorisations a
LEFT JOIN mra_register_holders h ON h.operator_id = a.operator_id
WHERE a.consent_to_mra_sharing AND a.status_type = ANY(:statusTypes!::text[])
  AND (a.ended_on IS NULL OR a.ended_on > :endedAfter!)
ORDER BY a.authorisation_number;
