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

/* @name ListOfficerCompanyPage */
-- The companies taking part in any pilot (stage accepted: not withdrawn) with the officer in charge of each, if any
-- (GET /v1/pilot-companies): officers are assigned by hand, so a company may have none yet (its officer fields null;
-- `unassigned` keeps only those). A page, the whole list counted on every row (readPage); with the latest assignment
-- first (desc), the companies without an officer come first; ties broken by pilot and taxpayer id.
SELECT pp.pilot_id AS "pilot_id!", p.code AS "pilot_code!", p.title AS "pilot_title!", p.status AS "pilot_status!",
  pp.taxpayer_id AS "taxpayer_id!", c.sequence AS "sequence?", COALESCE(c.operator_id, pp.operator_id) AS operator_id,
  c.company_name AS "company_name?", pp.region AS "region!", c.officer_sub AS "officer_sub?", c.officer_name AS "officer_name?",
  c.assigned_by AS "assigned_by?", c.assigned_at AS "assigned_at?", c.reason AS "reason?",
  COUNT(*) OVER () AS "total!"
FROM pilot_participants pp
JOIN pilots p ON p.id = pp.pilot_id
LEFT JOIN LATERAL (
  SELECT o.sequence, o.operator_id, o.company_name, o.officer_sub, o.officer_name, o.assigned_by, o.assigned_at, o.reason
  FROM pilot_contact_officers o
  WHERE o.pilot_id = pp.pilot_id AND o.taxpayer_id = pp.taxpayer_id
  ORDER BY o.sequence DESC
  LIMIT 1
) c ON true
WHERE pp.stage = 'accepted'
  AND (:pilotId::uuid IS NULL OR pp.pilot_id = :pilotId)
  AND (:region::text IS NULL OR pp.region = :region)
  AND (:officerSub::text IS NULL OR c.officer_sub = :officerSub)
  AND (NOT :unassigned!::boolean OR c.officer_sub IS NULL)
ORDER BY
  CASE WHEN :sort!::text = 'assignedAt' AND :order!::text = 'asc' THEN c.assigned_at END ASC,
  CASE WHEN :sort!::text = 'assignedAt' AND :order!::text = 'desc' THEN c.assigned_at END DESC,
  CASE WHEN :sort!::text = 'taxpayerId' AND :order!::text = 'asc' THEN pp.taxpayer_id END ASC,
  CASE WHEN :sort!::text = 'taxpayerId' AND :order!::text = 'desc' THEN pp.taxpayer_id END DESC,
  CASE WHEN :sort!::text = 'pilotCode' AND :order!::text = 'asc' THEN p.code END ASC,
  CASE WHEN :sort!::text = 'pilotCode' AND :order!::text = 'desc' THEN p.code END DESC,
  CASE WHEN :order!::text = 'asc' THEN pp.pilot_id END ASC,
  CASE WHEN :order!::text = 'desc' THEN pp.pilot_id END DESC,
  CASE WHEN :order!::text = 'asc' THEN pp.taxpayer_id END ASC,
  CASE WHEN :order!::text = 'desc' THEN pp.taxpayer_id END DESC
LIMIT :limit!::int OFFSET :offset!::int;
