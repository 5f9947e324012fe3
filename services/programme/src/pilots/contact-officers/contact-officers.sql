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
SELECT c.pilot_id, c.taxpayer_id, c.sequence, c.operator_id, c.company_name, c.region, c.officer_sub, c.officer_name, c.assigned_by,
  c.assigned_at, c.reason
FROM (
  SELECT DISTINCT ON (taxpayer_id) *
  FROM pilot_contact_officers
  WHERE pilot_id = :pilotId!
  ORDER BY taxpayer_id, sequence DESC
) c
WHERE (:region::text IS NULL OR c.region = :region)
  AND (:officerSub::text IS NULL OR c.officer_sub = :officerSub)
  AND (:taxpayerId::text IS NULL OR c.taxpayer_id = :taxpayerId)
  AND (NOT :takingPart!::boolean OR EXISTS (
    SELECT 1 FROM pilot_participants p WHERE p.pilot_id = c.pilot_id AND p.taxpayer_id = c.taxpayer_id AND p.stage = 'accepted'))
ORDER BY c.taxpayer_id
LIMIT 1000;

/* @name FindParticipant */
SELECT taxpayer_id, stage, region, operator_id FROM pilot_participants WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!;
