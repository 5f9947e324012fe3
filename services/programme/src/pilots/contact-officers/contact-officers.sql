/* @name FindPilotStatus */
SELECT id, code, title, status FROM pilots WHERE id = :pilotId!;

/* @name LockPilotCompany */
SELECT pg_advisory_xact_lock(hashtext('pilot-company:' || :pilotId!::text || ':' || :taxpayerId!::text)) AS locked;

/* @name ListOfficerHistory */
SELECT pilot_id, taxpayer_id, sequence, operator_id, company_name, region, officer_sub, officer_name, assigned_by, assigned_at, reason
FROM pilot_contact_officers
WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
ORDER BY sequence DESC;

/* @name InsertOfficerAssignment */
INSERT INTO pilot_contact_officers (pilot_id, taxpayer_id, sequence, operator_id, company_name, region, officer_sub, officer_name, assigned_by, reason)
SELECT :pilotId!, :taxpayerId!, COALESCE(max(sequence), 0) + 1, :operatorId, :companyName, :region!, :officerSub!, :officerName, :assignedBy!, :reason!
FROM pilot_contact_officers
WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
RETURNING pilot_id, taxpayer_id, sequence, operator_id, company_name, region, officer_sub, officer_name, assigned_by, assigned_at, reason;

/* @name ListCurrentOfficers */
SELECT pilot_id, taxpayer_id, sequence, operator_id, company_name, region, officer_sub, officer_name, assigned_by, assigned_at, reason
FROM (
  SELECT DISTINCT ON (taxpayer_id) *
  FROM pilot_contact_officers
  WHERE pilot_id = :pilotId!
  ORDER BY taxpayer_id, sequence DESC
) current
WHERE (:region::text IS NULL OR region = :region)
  AND (:officerSub::text IS NULL OR officer_sub = :officerSub)
  AND (:taxpayerId::text IS NULL OR taxpayer_id = :taxpayerId)
ORDER BY taxpayer_id
LIMIT 1000;

/* @name FindParticipant */
SELECT taxpayer_id, stage, region, operator_id FROM pilot_participants WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!;
