/* @name ListApplicationQueue */
-- Open applications with the deadline of their pending step (see work-queue.ts), counted whole on every row.
WITH open_applications AS (
  SELECT a.id, a.operator_id, o.name AS operator_name, o.taxpayer_id, a.region, a.status_type, a.status, a.submitted_at,
    CASE
      WHEN a.status = 'submitted' AND r.due_by IS NOT NULL THEN 'information-reply'
      WHEN a.status = 'submitted' THEN 'acceptance'
      WHEN a.status = 'hearing' AND a.hearing_response IS NULL AND a.hearing_respond_by > now() THEN 'hearing-response'
      ELSE 'decision'
    END AS deadline_kind,
    CASE
      WHEN a.status = 'submitted' AND r.due_by IS NOT NULL THEN r.due_by
      -- The acceptance clock stood still while each answered request was awaited (the certification workflow's count).
      WHEN a.status = 'submitted' THEN a.acceptance_deadline + COALESCE(p.paused, interval '0')
      WHEN a.status = 'hearing' AND a.hearing_response IS NULL AND a.hearing_respond_by > now() THEN a.hearing_respond_by
      ELSE a.decision_deadline
    END AS due_at
  FROM applications a
  JOIN operators o ON o.id = a.operator_id
  LEFT JOIN information_requests r ON r.application_id = a.id AND r.responded_at IS NULL AND a.status = 'submitted'
  LEFT JOIN LATERAL (
    SELECT sum(i.responded_at - i.requested_at) AS paused FROM information_requests i
    WHERE a.status = 'submitted' AND i.application_id = a.id AND i.responded_at IS NOT NULL
  ) p ON true
  WHERE a.status IN ('submitted', 'accepted', 'hearing')
    AND (:region::text IS NULL OR a.region = :region)
    AND (:status::text IS NULL OR a.status = :status)
    AND (:statusType::text IS NULL OR a.status_type = :statusType)
    -- The databases' ctype is C, whose lower() folds ASCII only: ICU's folds Cyrillic too (Ө to ө).
    AND (:q::text IS NULL
      OR starts_with(lower(o.name COLLATE "und-x-icu"), lower(:q::text COLLATE "und-x-icu"))
      OR starts_with(lower(o.taxpayer_id COLLATE "und-x-icu"), lower(:q::text COLLATE "und-x-icu")))
),
queue AS (
  SELECT *, due_at < now() AS overdue,
    (due_at AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS days_left
  FROM open_applications
  -- Set with each open status (acceptance_deadline at submission, decision_deadline at acceptance, hearing_respond_by with the hearing).
  WHERE due_at IS NOT NULL
    AND (:deadlineKind::text IS NULL OR deadline_kind = :deadlineKind)
    AND (:overdue::boolean IS NULL OR (due_at < now()) = :overdue)
)
SELECT id AS "id!", operator_id AS "operator_id!", operator_name AS "operator_name!", taxpayer_id AS "taxpayer_id!",
  region AS "region!", status_type AS "status_type!", status AS "status!", submitted_at,
  deadline_kind AS "deadline_kind!", due_at AS "due_at!", overdue AS "overdue!", days_left AS "days_left!",
  COUNT(*) OVER () AS "total!"
FROM queue
ORDER BY
  CASE WHEN :sort!::text = 'dueAt' AND :order!::text = 'asc' THEN due_at END ASC,
  CASE WHEN :sort!::text = 'dueAt' AND :order!::text = 'desc' THEN due_at END DESC,
  CASE WHEN :sort!::text = 'submittedAt' AND :order!::text = 'asc' THEN submitted_at END ASC,
  CASE WHEN :sort!::text = 'submittedAt' AND :order!::text = 'desc' THEN submitted_at END DESC,
  -- Mongolian alphabetical order (Ө after О, Ү after У, Cyrillic before Latin), names differing only in case by id.
  CASE WHEN :sort!::text = 'operatorName' AND :order!::text = 'asc' THEN lower(operator_name COLLATE "mn-x-icu") END ASC,
  CASE WHEN :sort!::text = 'operatorName' AND :order!::text = 'desc' THEN lower(operator_name COLLATE "mn-x-icu") END DESC,
  CASE WHEN :order!::text = 'asc' THEN id END ASC,
  CASE WHEN :order!::text = 'desc' THEN id END DESC
LIMIT :limit!::int OFFSET :offset!::int;
