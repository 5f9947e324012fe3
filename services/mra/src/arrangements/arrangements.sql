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
