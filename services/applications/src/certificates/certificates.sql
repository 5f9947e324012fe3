/* @name FindCertificateFacts */
SELECT a.authorisation_number, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope, a.decided_at, a.effective_from, a.revalidation_due, o.name, o.address, p.programme_version
FROM authorisations a
JOIN operators o ON o.id = a.operator_id
JOIN applications p ON p.id = a.application_id
WHERE a.authorisation_number = :authorisationNumber!;
