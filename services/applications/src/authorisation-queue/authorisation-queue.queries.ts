/** Types generated for queries found in "services/applications/src/authorisation-queue/authorisation-queue.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListAuthorisationQueue' parameters type */
export interface IListAuthorisationQueueParams {
  limit: number;
  offset: number;
  order: string;
  pending?: string | null | void;
  q?: string | null | void;
  region?: string | null | void;
  sort: string;
  status?: string | null | void;
  statusType?: string | null | void;
  timeZone: string;
  toDecide?: boolean | null | void;
}

/** 'ListAuthorisationQueue' return type */
export interface IListAuthorisationQueueResult {
  authorisation_number: string;
  decided_at: Date;
  effective_from: Date;
  name: string;
  operator_id: string;
  pending_days_left: number | null;
  pending_due: Date | null;
  pending_kind: string | null;
  pending_since: Date | null;
  region: string;
  revalidation_days_left: number;
  revalidation_due: Date;
  status: string;
  status_type: string;
  suspended_scope: string | null;
  taxpayer_id: string;
  to_decide: boolean;
  total: string;
}

/** 'ListAuthorisationQueue' query type */
export interface IListAuthorisationQueueQuery {
  params: IListAuthorisationQueueParams;
  result: IListAuthorisationQueueResult;
}

const listAuthorisationQueueIR: any = {"usedParamSet":{"region":true,"status":true,"statusType":true,"q":true,"timeZone":true,"pending":true,"toDecide":true,"sort":true,"order":true,"limit":true,"offset":true},"params":[{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":3403,"b":3409},{"a":3439,"b":3445}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":3457,"b":3463},{"a":3493,"b":3499}]},{"name":"statusType","required":false,"transform":{"type":"scalar"},"locs":[{"a":3511,"b":3521},{"a":3556,"b":3566}]},{"name":"q","required":false,"transform":{"type":"scalar"},"locs":[{"a":3679,"b":3680},{"a":3758,"b":3759},{"a":3858,"b":3859},{"a":3967,"b":3968}]},{"name":"timeZone","required":true,"transform":{"type":"scalar"},"locs":[{"a":4139,"b":4148},{"a":4185,"b":4194},{"a":4266,"b":4275},{"a":4312,"b":4321}]},{"name":"pending","required":false,"transform":{"type":"scalar"},"locs":[{"a":4382,"b":4389},{"a":4423,"b":4430}]},{"name":"toDecide","required":false,"transform":{"type":"scalar"},"locs":[{"a":4442,"b":4450},{"a":4566,"b":4574}]},{"name":"sort","required":true,"transform":{"type":"scalar"},"locs":[{"a":5140,"b":5145},{"a":5242,"b":5247},{"a":5346,"b":5351},{"a":5436,"b":5441},{"a":5649,"b":5654},{"a":5754,"b":5759}]},{"name":"order","required":true,"transform":{"type":"scalar"},"locs":[{"a":5177,"b":5183},{"a":5279,"b":5285},{"a":5377,"b":5383},{"a":5467,"b":5473},{"a":5675,"b":5681},{"a":5780,"b":5786},{"a":5861,"b":5867},{"a":5930,"b":5936}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":5994,"b":6000}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":6014,"b":6021}]}],"statement":"-- The register with each authorisation's pending step read from its history (see authorisation-queue.ts), counted whole on every row.\nWITH register AS (\n  SELECT a.authorisation_number, a.operator_id, o.name, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope,\n    a.decided_at, a.effective_from, a.revalidation_due,\n    CASE\n      WHEN a.status NOT IN ('granted', 'suspended') THEN NULL\n      WHEN rv.change = 'revocation-intended' AND (rv.answered_at IS NOT NULL OR (rv.details->>'respondBy')::timestamptz <= now()) THEN 'revocation-decision'\n      WHEN rv.change = 'revocation-intended' THEN 'hearing-response'\n      WHEN a.status = 'suspended' AND sp.change IN ('remediation-plan-overdue', 'remediation-period-ended') THEN 'suspension-review'\n      WHEN a.status = 'suspended' THEN 'remediation'\n      WHEN rc.change = 'revalidation-started' THEN 'revalidation'\n    END AS pending_kind,\n    CASE\n      WHEN a.status NOT IN ('granted', 'suspended') THEN NULL\n      WHEN rv.change = 'revocation-intended' AND rv.answered_at IS NOT NULL THEN rv.answered_at\n      WHEN rv.change = 'revocation-intended' AND (rv.details->>'respondBy')::timestamptz <= now() THEN (rv.details->>'respondBy')::timestamptz\n      WHEN rv.change = 'revocation-intended' THEN rv.changed_at\n      WHEN a.status = 'suspended' THEN sp.changed_at\n      WHEN rc.change = 'revalidation-started' THEN rc.changed_at\n    END AS pending_since,\n    CASE\n      WHEN a.status NOT IN ('granted', 'suspended') THEN NULL\n      WHEN rv.change = 'revocation-intended' AND rv.answered_at IS NULL AND (rv.details->>'respondBy')::timestamptz > now() THEN (rv.details->>'respondBy')::timestamptz\n      WHEN rv.change = 'revocation-intended' THEN NULL\n      -- The remediation plan's due date with the suspension, the remediation period's with the plan.\n      WHEN a.status = 'suspended' AND sp.change = 'suspended' THEN (sp.details->>'remediationPlanDue')::timestamptz\n      WHEN a.status = 'suspended' AND sp.change = 'remediation-plan-submitted' THEN (sp.details->>'dueAt')::timestamptz\n    END AS pending_due\n  FROM authorisations a\n  JOIN operators o ON o.id = a.operator_id\n  -- The latest intended revocation or its end, with the holder's comments on it.\n  LEFT JOIN LATERAL (\n    SELECT h.change, h.changed_at, h.details,\n      (SELECT min(r.changed_at) FROM authorisation_history r\n       WHERE r.authorisation_number = h.authorisation_number AND r.id > h.id AND r.change = 'revocation-hearing-response') AS answered_at\n    FROM authorisation_history h\n    WHERE h.authorisation_number = a.authorisation_number AND h.change IN ('revocation-intended', 'revocation-dropped')\n    ORDER BY h.id DESC LIMIT 1\n  ) rv ON true\n  -- The latest step of the suspension.\n  LEFT JOIN LATERAL (\n    SELECT h.change, h.changed_at, h.details FROM authorisation_history h\n    WHERE a.status = 'suspended' AND h.authorisation_number = a.authorisation_number\n      AND h.change IN ('suspended', 'remediation-plan-submitted', 'remediation-plan-overdue', 'remediation-period-ended')\n    ORDER BY h.id DESC LIMIT 1\n  ) sp ON true\n  -- The latest revalidation cycle's start or end.\n  LEFT JOIN LATERAL (\n    SELECT h.change, h.changed_at FROM authorisation_history h\n    WHERE h.authorisation_number = a.authorisation_number AND h.change IN ('revalidation-started', 'revalidation-completed')\n    ORDER BY h.id DESC LIMIT 1\n  ) rc ON true\n  WHERE (:region::text IS NULL OR a.region = :region)\n    AND (:status::text IS NULL OR a.status = :status)\n    AND (:statusType::text IS NULL OR a.status_type = :statusType)\n    -- The databases' ctype is C, whose lower() folds ASCII only: ICU's folds Cyrillic too (Ө to ө).\n    AND (:q::text IS NULL\n      OR starts_with(lower(o.name COLLATE \"und-x-icu\"), lower(:q::text COLLATE \"und-x-icu\"))\n      OR starts_with(lower(a.taxpayer_id COLLATE \"und-x-icu\"), lower(:q::text COLLATE \"und-x-icu\"))\n      OR starts_with(lower(a.authorisation_number COLLATE \"und-x-icu\"), lower(:q::text COLLATE \"und-x-icu\")))\n),\nqueue AS (\n  SELECT *,\n    pending_kind IN ('revocation-decision', 'suspension-review') AS to_decide,\n    (revalidation_due AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS revalidation_days_left,\n    (pending_due AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS pending_days_left\n  FROM register\n  WHERE (:pending::text IS NULL OR pending_kind = :pending)\n    AND (:toDecide::boolean IS NULL OR (pending_kind IS NOT NULL AND pending_kind IN ('revocation-decision', 'suspension-review')) = :toDecide)\n)\nSELECT authorisation_number AS \"authorisation_number!\", operator_id AS \"operator_id!\", name AS \"name!\", taxpayer_id AS \"taxpayer_id!\",\n  region AS \"region!\", status_type AS \"status_type!\", status AS \"status!\", suspended_scope,\n  decided_at AS \"decided_at!\", effective_from AS \"effective_from!\", revalidation_due AS \"revalidation_due!\",\n  revalidation_days_left AS \"revalidation_days_left!\", pending_kind, pending_since, pending_due, pending_days_left,\n  COALESCE(to_decide, false) AS \"to_decide!\",\n  COUNT(*) OVER () AS \"total!\"\nFROM queue\nORDER BY\n  CASE WHEN :sort!::text = 'revalidationDue' AND :order!::text = 'asc' THEN revalidation_due END ASC,\n  CASE WHEN :sort!::text = 'revalidationDue' AND :order!::text = 'desc' THEN revalidation_due END DESC,\n  CASE WHEN :sort!::text = 'decidedAt' AND :order!::text = 'asc' THEN decided_at END ASC,\n  CASE WHEN :sort!::text = 'decidedAt' AND :order!::text = 'desc' THEN decided_at END DESC,\n  -- Mongolian alphabetical order (Ө after О, Ү after У, Cyrillic before Latin), names differing only in case by number.\n  CASE WHEN :sort!::text = 'name' AND :order!::text = 'asc' THEN lower(name COLLATE \"mn-x-icu\") END ASC,\n  CASE WHEN :sort!::text = 'name' AND :order!::text = 'desc' THEN lower(name COLLATE \"mn-x-icu\") END DESC,\n  CASE WHEN :order!::text = 'asc' THEN authorisation_number END ASC,\n  CASE WHEN :order!::text = 'desc' THEN authorisation_number END DESC\nLIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- The register with each authorisation's pending step read from its history (see authorisation-queue.ts), counted whole on every row.
 * WITH register AS (
 *   SELECT a.authorisation_number, a.operator_id, o.name, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope,
 *     a.decided_at, a.effective_from, a.revalidation_due,
 *     CASE
 *       WHEN a.status NOT IN ('granted', 'suspended') THEN NULL
 *       WHEN rv.change = 'revocation-intended' AND (rv.answered_at IS NOT NULL OR (rv.details->>'respondBy')::timestamptz <= now()) THEN 'revocation-decision'
 *       WHEN rv.change = 'revocation-intended' THEN 'hearing-response'
 *       WHEN a.status = 'suspended' AND sp.change IN ('remediation-plan-overdue', 'remediation-period-ended') THEN 'suspension-review'
 *       WHEN a.status = 'suspended' THEN 'remediation'
 *       WHEN rc.change = 'revalidation-started' THEN 'revalidation'
 *     END AS pending_kind,
 *     CASE
 *       WHEN a.status NOT IN ('granted', 'suspended') THEN NULL
 *       WHEN rv.change = 'revocation-intended' AND rv.answered_at IS NOT NULL THEN rv.answered_at
 *       WHEN rv.change = 'revocation-intended' AND (rv.details->>'respondBy')::timestamptz <= now() THEN (rv.details->>'respondBy')::timestamptz
 *       WHEN rv.change = 'revocation-intended' THEN rv.changed_at
 *       WHEN a.status = 'suspended' THEN sp.changed_at
 *       WHEN rc.change = 'revalidation-started' THEN rc.changed_at
 *     END AS pending_since,
 *     CASE
 *       WHEN a.status NOT IN ('granted', 'suspended') THEN NULL
 *       WHEN rv.change = 'revocation-intended' AND rv.answered_at IS NULL AND (rv.details->>'respondBy')::timestamptz > now() THEN (rv.details->>'respondBy')::timestamptz
 *       WHEN rv.change = 'revocation-intended' THEN NULL
 *       -- The remediation plan's due date with the suspension, the remediation period's with the plan.
 *       WHEN a.status = 'suspended' AND sp.change = 'suspended' THEN (sp.details->>'remediationPlanDue')::timestamptz
 *       WHEN a.status = 'suspended' AND sp.change = 'remediation-plan-submitted' THEN (sp.details->>'dueAt')::timestamptz
 *     END AS pending_due
 *   FROM authorisations a
 *   JOIN operators o ON o.id = a.operator_id
 *   -- The latest intended revocation or its end, with the holder's comments on it.
 *   LEFT JOIN LATERAL (
 *     SELECT h.change, h.changed_at, h.details,
 *       (SELECT min(r.changed_at) FROM authorisation_history r
 *        WHERE r.authorisation_number = h.authorisation_number AND r.id > h.id AND r.change = 'revocation-hearing-response') AS answered_at
 *     FROM authorisation_history h
 *     WHERE h.authorisation_number = a.authorisation_number AND h.change IN ('revocation-intended', 'revocation-dropped')
 *     ORDER BY h.id DESC LIMIT 1
 *   ) rv ON true
 *   -- The latest step of the suspension.
 *   LEFT JOIN LATERAL (
 *     SELECT h.change, h.changed_at, h.details FROM authorisation_history h
 *     WHERE a.status = 'suspended' AND h.authorisation_number = a.authorisation_number
 *       AND h.change IN ('suspended', 'remediation-plan-submitted', 'remediation-plan-overdue', 'remediation-period-ended')
 *     ORDER BY h.id DESC LIMIT 1
 *   ) sp ON true
 *   -- The latest revalidation cycle's start or end.
 *   LEFT JOIN LATERAL (
 *     SELECT h.change, h.changed_at FROM authorisation_history h
 *     WHERE h.authorisation_number = a.authorisation_number AND h.change IN ('revalidation-started', 'revalidation-completed')
 *     ORDER BY h.id DESC LIMIT 1
 *   ) rc ON true
 *   WHERE (:region::text IS NULL OR a.region = :region)
 *     AND (:status::text IS NULL OR a.status = :status)
 *     AND (:statusType::text IS NULL OR a.status_type = :statusType)
 *     -- The databases' ctype is C, whose lower() folds ASCII only: ICU's folds Cyrillic too (Ө to ө).
 *     AND (:q::text IS NULL
 *       OR starts_with(lower(o.name COLLATE "und-x-icu"), lower(:q::text COLLATE "und-x-icu"))
 *       OR starts_with(lower(a.taxpayer_id COLLATE "und-x-icu"), lower(:q::text COLLATE "und-x-icu"))
 *       OR starts_with(lower(a.authorisation_number COLLATE "und-x-icu"), lower(:q::text COLLATE "und-x-icu")))
 * ),
 * queue AS (
 *   SELECT *,
 *     pending_kind IN ('revocation-decision', 'suspension-review') AS to_decide,
 *     (revalidation_due AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS revalidation_days_left,
 *     (pending_due AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS pending_days_left
 *   FROM register
 *   WHERE (:pending::text IS NULL OR pending_kind = :pending)
 *     AND (:toDecide::boolean IS NULL OR (pending_kind IS NOT NULL AND pending_kind IN ('revocation-decision', 'suspension-review')) = :toDecide)
 * )
 * SELECT authorisation_number AS "authorisation_number!", operator_id AS "operator_id!", name AS "name!", taxpayer_id AS "taxpayer_id!",
 *   region AS "region!", status_type AS "status_type!", status AS "status!", suspended_scope,
 *   decided_at AS "decided_at!", effective_from AS "effective_from!", revalidation_due AS "revalidation_due!",
 *   revalidation_days_left AS "revalidation_days_left!", pending_kind, pending_since, pending_due, pending_days_left,
 *   COALESCE(to_decide, false) AS "to_decide!",
 *   COUNT(*) OVER () AS "total!"
 * FROM queue
 * ORDER BY
 *   CASE WHEN :sort!::text = 'revalidationDue' AND :order!::text = 'asc' THEN revalidation_due END ASC,
 *   CASE WHEN :sort!::text = 'revalidationDue' AND :order!::text = 'desc' THEN revalidation_due END DESC,
 *   CASE WHEN :sort!::text = 'decidedAt' AND :order!::text = 'asc' THEN decided_at END ASC,
 *   CASE WHEN :sort!::text = 'decidedAt' AND :order!::text = 'desc' THEN decided_at END DESC,
 *   -- Mongolian alphabetical order (Ө after О, Ү after У, Cyrillic before Latin), names differing only in case by number.
 *   CASE WHEN :sort!::text = 'name' AND :order!::text = 'asc' THEN lower(name COLLATE "mn-x-icu") END ASC,
 *   CASE WHEN :sort!::text = 'name' AND :order!::text = 'desc' THEN lower(name COLLATE "mn-x-icu") END DESC,
 *   CASE WHEN :order!::text = 'asc' THEN authorisation_number END ASC,
 *   CASE WHEN :order!::text = 'desc' THEN authorisation_number END DESC
 * LIMIT :limit!::int OFFSET :offset!::int
 * ```
 */
export const listAuthorisationQueue = new PreparedQuery<IListAuthorisationQueueParams,IListAuthorisationQueueResult>(listAuthorisationQueueIR);


