/* @name ListAuthorisationQueue */
-- The register with each authorisation's pending step read from its history (see authorisation-queue.ts), counted whole on every row.
-- An ended authorisation (its status in endedStatuses, the ENDED_STATUSES of lifecycle/revalidation-due.ts) has none.
WITH register AS (
  SELECT a.authorisation_number, a.operator_id, o.name, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope,
    a.decided_at, a.effective_from, a.revalidation_due,
    CASE
      WHEN a.status = ANY(:endedStatuses!::text[]) THEN NULL
      WHEN rv.change = 'revocation-intended' AND (rv.answered_at IS NOT NULL OR (rv.details->>'respondBy')::timestamptz <= now()) THEN 'revocation-decision'
      WHEN rv.change = 'revocation-intended' THEN 'hearing-response'
      WHEN a.status = 'suspended' AND sp.change IN ('remediation-plan-overdue', 'remediation-period-ended') THEN 'suspension-review'
      WHEN a.status = 'suspended' THEN 'remediation'
      WHEN rc.change = 'revalidation-started' THEN 'revalidation'
    END AS pending_kind,
    CASE
      WHEN a.status = ANY(:endedStatuses!::text[]) THEN NULL
      WHEN rv.change = 'revocation-intended' AND rv.answered_at IS NOT NULL THEN rv.answered_at
      WHEN rv.change = 'revocation-intended' AND (rv.details->>'respondBy')::timestamptz <= now() THEN (rv.details->>'respondBy')::timestamptz
      WHEN rv.change = 'revocation-intended' THEN rv.changed_at
      WHEN a.status = 'suspended' THEN sp.changed_at
      WHEN rc.change = 'revalidation-started' THEN rc.changed_at
    END AS pending_since,
    CASE
      WHEN a.status = ANY(:endedStatuses!::text[]) THEN NULL
      WHEN rv.change = 'revocation-intended' AND rv.answered_at IS NULL AND (rv.details->>'respondBy')::timestamptz > now() THEN (rv.details->>'respondBy')::timestamptz
      WHEN rv.change = 'revocation-intended' THEN NULL
      -- The remediation plan's due date with the suspension, the remediation period's with the plan.
      WHEN a.status = 'suspended' AND sp.change = 'suspended' THEN (sp.details->>'remediationPlanDue')::timestamptz
      WHEN a.status = 'suspended' AND sp.change = 'remediation-plan-submitted' THEN (sp.details->>'dueAt')::timestamptz
    END AS pending_due
  FROM authorisations a
  JOIN operators o ON o.id = a.operator_id
  -- The latest intended revocation or its end, with the holder's comments on it.
  LEFT JOIN LATERAL (
    SELECT h.change, h.changed_at, h.details,
      (SELECT min(r.changed_at) FROM authorisation_history r
       WHERE r.authorisation_number = h.authorisation_number AND r.id > h.id AND r.change = 'revocation-hearing-response') AS answered_at
    FROM authorisation_history h
    WHERE h.authorisation_number = a.authorisation_number AND h.change IN ('revocation-intended', 'revocation-dropped')
    ORDER BY h.id DESC LIMIT 1
  ) rv ON true
  -- The latest step of the suspension.
  LEFT JOIN LATERAL (
    SELECT h.change, h.changed_at, h.details FROM authorisation_history h
    WHERE a.status = 'suspended' AND h.authorisation_number = a.authorisation_number
      AND h.change IN ('suspended', 'remediation-plan-submitted', 'remediation-plan-overdue', 'remediation-period-ended')
    ORDER BY h.id DESC LIMIT 1
  ) sp ON true
  -- The latest revalidation cycle's start or end.
  LEFT JOIN LATERAL (
    SELECT h.change, h.changed_at FROM authorisation_history h
    WHERE h.authorisation_number = a.authorisation_number AND h.change IN ('revalidation-started', 'revalidation-completed')
    ORDER BY h.id DESC LIMIT 1
  ) rc ON true
  WHERE (:region::text IS NULL OR a.region = :region)
    AND (:status::text IS NULL OR a.status = :status)
    AND (:statusType::text IS NULL OR a.status_type = :statusType)
    -- The databases' ctype is C, whose lower() folds ASCII only: ICU's folds Cyrillic too (Ө to ө).
    AND (:q::text IS NULL
      OR starts_with(lower(o.name COLLATE "und-x-icu"), lower(:q::text COLLATE "und-x-icu"))
      OR starts_with(lower(a.taxpayer_id COLLATE "und-x-icu"), lower(:q::text COLLATE "und-x-icu"))
      OR starts_with(lower(a.authorisation_number COLLATE "und-x-icu"), lower(:q::text COLLATE "und-x-icu")))
),
queue AS (
  SELECT *,
    pending_kind IN ('revocation-decision', 'suspension-review') AS to_decide,
    (revalidation_due AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS revalidation_days_left,
    (pending_due AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS pending_days_left
  FROM register
  WHERE (:pending::text IS NULL OR pending_kind = :pending)
    AND (:toDecide::boolean IS NULL OR (pending_kind IS NOT NULL AND pending_kind IN ('revocation-decision', 'suspension-review')) = :toDecide)
)
SELECT authorisation_number AS "authorisation_number!", operator_id AS "operator_id!", name AS "name!", taxpayer_id AS "taxpayer_id!",
  region AS "region!", status_type AS "status_type!", status AS "status!", suspended_scope,
  decided_at AS "decided_at!", effective_from AS "effective_from!", revalidation_due AS "revalidation_due!",
  revalidation_days_left AS "revalidation_days_left!", pending_kind, pending_since, pending_due, pending_days_left,
  COALESCE(to_decide, false) AS "to_decide!",
  COUNT(*) OVER () AS "total!"
FROM queue
ORDER BY
  CASE WHEN :sort!::text = 'revalidationDue' AND :order!::text = 'asc' THEN revalidation_due END ASC,
  CASE WHEN :sort!::text = 'revalidationDue' AND :order!::text = 'desc' THEN revalidation_due END DESC,
  CASE WHEN :sort!::text = 'decidedAt' AND :order!::text = 'asc' THEN decided_at END ASC,
  CASE WHEN :sort!::text = 'decidedAt' AND :order!::text = 'desc' THEN decided_at END DESC,
  -- Mongolian alphabetical order (Ө after О, Ү after У, Cyrillic before Latin), names differing only in case by number.
  CASE WHEN :sort!::text = 'name' AND :order!::text = 'asc' THEN lower(name COLLATE "mn-x-icu") END ASC,
  CASE WHEN :sort!::text = 'name' AND :order!::text = 'desc' THEN lower(name COLLATE "mn-x-icu") END DESC,
  CASE WHEN :order!::text = 'asc' THEN authorisation_number END ASC,
  CASE WHEN :order!::text = 'desc' THEN authorisation_number END DESC
LIMIT :limit!::int OFFSET :offset!::int;
