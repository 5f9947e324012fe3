/* @name ListArrangements */
SELECT id, partner_country, partner_administration, title, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on,
  terms, review_due_at, review_interval_months, reminder_days_before, suspended_from, created_at
FROM mutual_recognition_arrangements
WHERE (:partnerCountry::bpchar IS NULL OR partner_country = :partnerCountry::bpchar)
ORDER BY partner_country, created_at DESC;

/* @name FindArrangement */
SELECT id, partner_country, partner_administration, title, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on,
  terms, review_due_at, review_interval_months, reminder_days_before, suspended_from, created_at
FROM mutual_recognition_arrangements
WHERE id = :id!;

/* @name LockArrangement */
SELECT id, partner_country, partner_administration, title, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on,
  terms, review_due_at, review_interval_months, reminder_days_before, suspended_from, created_at
FROM mutual_recognition_arrangements
WHERE id = :id!
FOR UPDATE;

/* @name LockPartnerCountry */
SELECT pg_advisory_xact_lock(hashtext('mra-arrangement:' || :partnerCountry!::text)) AS locked;

/* @name FindOpenArrangementOfCountry */
SELECT id, title, phase FROM mutual_recognition_arrangements
WHERE partner_country = :partnerCountry!::bpchar AND phase <> 'terminated'
ORDER BY created_at
LIMIT 1;

/* @name InsertArrangement */
INSERT INTO mutual_recognition_arrangements
  (id, partner_country, partner_administration, title, phase, review_interval_months, reminder_days_before, created_by, created_at, updated_at)
VALUES (:id!, :partnerCountry!, :partnerAdministration!, :title!, 'preparation', :reviewIntervalMonths!, :reminderDaysBefore!::int[], :createdBy!, now(), now());

/* @name UpdateArrangementAfterStep */
UPDATE mutual_recognition_arrangements
SET phase = :phase!,
  terms = :terms::jsonb,
  signed_on = :signedOn::date,
  review_due_at = :reviewDueAt::timestamptz,
  suspended_from = :suspendedFrom,
  review_interval_months = :reviewIntervalMonths!,
  reminder_days_before = :reminderDaysBefore!::int[],
  updated_at = now()
WHERE id = :id!;

/* @name InsertArrangementRecord */
INSERT INTO mra_arrangement_records (arrangement_id, record_key, step, from_phase, to_phase, summary, details, recorded_by, recorded_at)
VALUES (:arrangementId!, :recordKey!, :step!, :fromPhase, :toPhase!, :summary!, :details!::jsonb, :recordedBy!, :recordedAt!)
ON CONFLICT (record_key) DO NOTHING
RETURNING seq;

/* @name ListPhaseChanges */
SELECT arrangement_id, from_phase, to_phase, step, summary, recorded_by, recorded_at, details->>'reason' AS reason
FROM mra_arrangement_records
WHERE arrangement_id = ANY(:arrangementIds!::uuid[]) AND from_phase IS DISTINCT FROM to_phase
ORDER BY arrangement_id, seq;

/* @name ListArrangementRecords */
SELECT seq, step, from_phase, to_phase, summary, details, recorded_by, recorded_at
FROM mra_arrangement_records
WHERE arrangement_id = :arrangementId!
ORDER BY seq;

/* @name LatestComparison */
SELECT details, recorded_by, recorded_at
FROM mra_arrangement_records
WHERE arrangement_id = :arrangementId! AND step = 'record-comparison'
ORDER BY seq DESC
LIMIT 1;

/* @name ListArrangementOverview */
-- A page of the arrangements with their latest step, counted whole on every row (see arrangement-overview.ts).
WITH listed AS (
  SELECT a.id, a.partner_country, a.partner_administration, a.title, a.phase, a.signed_on, a.review_due_at,
    a.suspended_from, a.created_at, latest.step AS last_step, COALESCE(latest.recorded_at, a.created_at) AS last_activity_at,
    CASE a.phase WHEN 'terminated' THEN 'terminated' WHEN 'suspended' THEN 'suspended' ELSE 'active' END AS status
  FROM mutual_recognition_arrangements a
  LEFT JOIN LATERAL (
    SELECT r.step, r.recorded_at FROM mra_arrangement_records r WHERE r.arrangement_id = a.id ORDER BY r.seq DESC LIMIT 1
  ) latest ON true
  WHERE (:partnerCountry::bpchar IS NULL OR a.partner_country = :partnerCountry::bpchar)
    AND (:phase::text IS NULL OR a.phase = :phase)
    AND (:status::text IS NULL
      OR (CASE a.phase WHEN 'terminated' THEN 'terminated' WHEN 'suspended' THEN 'suspended' ELSE 'active' END) = :status)
    AND (:q::text IS NULL
      OR starts_with(lower(a.partner_administration COLLATE "und-x-icu"), lower(:q::text COLLATE "und-x-icu"))
      OR starts_with(lower(COALESCE(a.title, '') COLLATE "und-x-icu"), lower(:q::text COLLATE "und-x-icu"))
      OR lower(a.partner_country) = lower(:q))
)
SELECT id AS "id!", partner_country AS "partner_country!", partner_administration AS "partner_administration!", title,
  phase AS "phase!", to_char(signed_on, 'YYYY-MM-DD') AS signed_on, review_due_at, suspended_from,
  created_at AS "created_at!", last_step, last_activity_at AS "last_activity_at!", status AS "status!",
  COUNT(*) OVER () AS "total!"
FROM listed
ORDER BY
  CASE WHEN :sort!::text = 'lastActivityAt' AND :order!::text = 'asc' THEN last_activity_at END ASC,
  CASE WHEN :sort!::text = 'lastActivityAt' AND :order!::text = 'desc' THEN last_activity_at END DESC,
  CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'asc' THEN created_at END ASC,
  CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'desc' THEN created_at END DESC,
  CASE WHEN :sort!::text = 'partnerCountry' AND :order!::text = 'asc' THEN partner_country END ASC,
  CASE WHEN :sort!::text = 'partnerCountry' AND :order!::text = 'desc' THEN partner_country END DESC,
  CASE WHEN :sort!::text = 'phase' AND :order!::text = 'asc' THEN array_position(:phaseOrder!::text[], phase) END ASC,
  CASE WHEN :sort!::text = 'phase' AND :order!::text = 'desc' THEN array_position(:phaseOrder!::text[], phase) END DESC,
  CASE WHEN :order!::text = 'asc' THEN id END ASC,
  CASE WHEN :order!::text = 'desc' THEN id END DESC
LIMIT :limit!::int OFFSET :offset!::int;
