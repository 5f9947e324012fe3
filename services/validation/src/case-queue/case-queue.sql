/* @name ListCaseQueue */
-- Open cases with their report's due date, counted whole on every row (see case-queue.ts).
WITH queue AS (
  SELECT id, application_id, operator_id, taxpayer_id, region, status_type, purpose, authorisation_number, cycle,
    assigned_validator, opened_at, report_due AS due_at, report_due < now() AS overdue,
    (report_due AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS days_left
  FROM validation_cases
  -- Every case the workflow opens has its report's due date (a NOT NULL parameter of InsertValidationCase).
  WHERE status = 'open' AND report_due IS NOT NULL
    AND (:region::text IS NULL OR region = :region)
    AND (:validator::text IS NULL OR assigned_validator = :validator)
    AND (:purpose::text IS NULL OR purpose = :purpose)
    AND (:statusType::text IS NULL OR status_type = :statusType)
    AND (:q::text IS NULL OR starts_with(lower(taxpayer_id), lower(:q)))
    AND (:overdue::boolean IS NULL OR (report_due < now()) = :overdue)
)
SELECT id AS "id!", application_id AS "application_id!", operator_id AS "operator_id!", taxpayer_id, region AS "region!",
  status_type, purpose AS "purpose!", authorisation_number, cycle, assigned_validator, opened_at AS "opened_at!",
  due_at AS "due_at!", overdue AS "overdue!", days_left AS "days_left!", COUNT(*) OVER () AS "total!"
FROM queue
ORDER BY
  CASE WHEN :sort!::text = 'dueAt' AND :order!::text = 'asc' THEN due_at END ASC,
  CASE WHEN :sort!::text = 'dueAt' AND :order!::text = 'desc' THEN due_at END DESC,
  CASE WHEN :sort!::text = 'openedAt' AND :order!::text = 'asc' THEN opened_at END ASC,
  CASE WHEN :sort!::text = 'openedAt' AND :order!::text = 'desc' THEN opened_at END DESC,
  CASE WHEN :sort!::text = 'taxpayerId' AND :order!::text = 'asc' THEN taxpayer_id END ASC,
  CASE WHEN :sort!::text = 'taxpayerId' AND :order!::text = 'desc' THEN taxpayer_id END DESC,
  CASE WHEN :order!::text = 'asc' THEN id END ASC,
  CASE WHEN :order!::text = 'desc' THEN id END DESC
LIMIT :limit!::int OFFSET :offset!::int;
