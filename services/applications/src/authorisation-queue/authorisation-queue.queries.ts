/** Types generated for queries found in "services/applications/src/authorisation-queue/authorisation-queue.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'ListAuthorisationQueue' parameters type */
export interface IListAuthorisationQueueParams {
  endedStatuses: stringArray;
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

const listAuthorisationQueueIR: any = {"usedParamSet":{"endedStatuses":true,"region":true,"status":true,"statusType":true,"q":true,"timeZone":true,"pending":true,"toDecide":true,"sort":true,"order":true,"limit":true,"offset":true},"params":[{"name":"endedStatuses","required":true,"transform":{"type":"scalar"},"locs":[{"a":489,"b":503},{"a":1062,"b":1076},{"a":1579,"b":1593}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":3519,"b":3525},{"a":3555,"b":3561}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":3573,"b":3579},{"a":3609,"b":3615}]},{"name":"statusType","required":false,"transform":{"type":"scalar"},"locs":[{"a":3627,"b":3637},{"a":3672,"b":3682}]},{"name":"q","required":false,"transform":{"type":"scalar"},"locs":[{"a":3795,"b":3796},{"a":3874,"b":3875},{"a":3974,"b":3975},{"a":4083,"b":4084}]},{"name":"timeZone","required":true,"transform":{"type":"scalar"},"locs":[{"a":4255,"b":4264},{"a":4301,"b":4310},{"a":4382,"b":4391},{"a":4428,"b":4437}]},{"name":"pending","required":false,"transform":{"type":"scalar"},"locs":[{"a":4498,"b":4505},{"a":4539,"b":4546}]},{"name":"toDecide","required":false,"transform":{"type":"scalar"},"locs":[{"a":4558,"b":4566},{"a":4682,"b":4690}]},{"name":"sort","required":true,"transform":{"type":"scalar"},"locs":[{"a":5256,"b":5261},{"a":5358,"b":5363},{"a":5462,"b":5467},{"a":5552,"b":5557},{"a":5765,"b":5770},{"a":5870,"b":5875}]},{"name":"order","required":true,"transform":{"type":"scalar"},"locs":[{"a":5293,"b":5299},{"a":5395,"b":5401},{"a":5493,"b":5499},{"a":5583,"b":5589},{"a":5791,"b":5797},{"a":5896,"b":5902},{"a":5977,"b":5983},{"a":6046,"b":6052}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":6110,"b":6116}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":6130,"b":6137}]}],"statement":"-- The register with each authorisation's pending step read from its history (see authorisation-queue.ts), counted whole on every row.\n-- An ended authorisation (its status in endedStatuses, the ENDED_STATUSES of lifecycle/revalidation-due.ts) has none.\nWITH register AS (\n  SELECT a.authorisation_number, a.operator_id, o.name, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope,\n    a.decided_at, a.effective_from, a.revalidation_due,\n    CASE\n      WHEN a.status = ANY(:endedStatuses!::text[]) THEN NULL\n      WHEN rv.change = 'revocation-intended' AND (rv.answered_at IS NOT NULL OR (rv.details->>'respondBy')::timestamptz <= now()) THEN 'revocation-decision'\n      WHEN rv.change = 'revocation-intended' THEN 'hearing-response'\n      WHEN a.status = 'suspended' AND sp.change IN ('remediation-plan-overdue', 'remediation-period-ended') THEN 'suspension-review'\n      WHEN a.status = 'suspended' THEN 'remediation'\n      WHEN rc.change = 'revalidation-started' THEN 'revalidation'\n    END AS pending_kind,\n    CASE\n      WHEN a.status = ANY(:endedStatuses!::text[]) THEN NULL\n      WHEN rv.change = 'revocation-intended' AND rv.answered_at IS NOT NULL THEN rv.answered_at\n      WHEN rv.change = 'revocation-intended' AND (rv.details->>'respondBy')::timestamptz <= now() THEN (rv.details->>'respondBy')::timestamptz\n      WHEN rv.change = 'revocation-intended' THEN rv.changed_at\n      WHEN a.status = 'suspended' THEN sp.changed_at\n      WHEN rc.change = 'revalidation-started' THEN rc.changed_at\n    END AS pending_since,\n    CASE\n      WHEN a.status = ANY(:endedStatuses!::text[]) THEN NULL\n      WHEN rv.change = 'revocation-intended' AND rv.answered_at IS NULL AND (rv.details->>'respondBy')::timestamptz > now() THEN (rv.details->>'respondBy')::timestamptz\n      WHEN rv.change = 'revocation-intended' THEN NULL\n      -- The remediation plan's due date with the suspension, the remediation period's with the plan.\n      WHEN a.status = 'suspended' AND sp.change = 'suspended' THEN (sp.details->>'remediationPlanDue')::timestamptz\n      WHEN a.status = 'suspended' AND sp.change = 'remediation-plan-submitted' THEN (sp.details->>'dueAt')::timestamptz\n    END AS pending_due\n  FROM authorisations a\n  JOIN operators o ON o.id = a.operator_id\n  -- The latest intended revocation or its end, with the holder's comments on it.\n  LEFT JOIN LATERAL (\n    SELECT h.change, h.changed_at, h.details,\n      (SELECT min(r.changed_at) FROM authorisation_history r\n       WHERE r.authorisation_number = h.authorisation_number AND r.id > h.id AND r.change = 'revocation-hearing-response') AS answered_at\n    FROM authorisation_history h\n    WHERE h.authorisation_number = a.authorisation_number AND h.change IN ('revocation-intended', 'revocation-dropped')\n    ORDER BY h.id DESC LIMIT 1\n  ) rv ON true\n  -- The latest step of the suspension.\n  LEFT JOIN LATERAL (\n    SELECT h.change, h.changed_at, h.details FROM authorisation_history h\n    WHERE a.status = 'suspended' AND h.authorisation_number = a.authorisation_number\n      AND h.change IN ('suspended', 'remediation-plan-submitted', 'remediation-plan-overdue', 'remediation-period-ended')\n    ORDER BY h.id DESC LIMIT 1\n  ) sp ON true\n  -- The latest revalidation cycle's start or end.\n  LEFT JOIN LATERAL (\n    SELECT h.change, h.changed_at FROM authorisation_history h\n    WHERE h.authorisation_number = a.authorisation_number AND h.change IN ('revalidation-started', 'revalidation-completed')\n    ORDER BY h.id DESC LIMIT 1\n  ) rc ON true\n  WHERE (:region::text IS NULL OR a.region = :region)\n    AND (:status::text IS NULL OR a.status = :status)\n    AND (:statusType::text IS NULL OR a.status_type = :statusType)\n    -- The databases' ctype is C, whose lower() folds ASCII only: ICU's folds Cyrillic too (Ө to ө).\n    AND (:q::text IS NULL\n      OR starts_with(lower(o.name COLLATE \"und-x-icu\"), lower(:q::text COLLATE \"und-x-icu\"))\n      OR starts_with(lower(a.taxpayer_id COLLATE \"und-x-icu\"), lower(:q::text COLLATE \"und-x-icu\"))\n      OR starts_with(lower(a.authorisation_number COLLATE \"und-x-icu\"), lower(:q::text COLLATE \"und-x-icu\")))\n),\nqueue AS (\n  SELECT *,\n    pending_kind IN ('revocation-decision', 'suspension-review') AS to_decide,\n    (revalidation_due AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS revalidation_days_left,\n    (pending_due AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS pending_days_left\n  FROM register\n  WHERE (:pending::text IS NULL OR pending_kind = :pending)\n    AND (:toDecide::boolean IS NULL OR (pending_kind IS NOT NULL AND pending_kind IN ('revocation-decision', 'suspension-review')) = :toDecide)\n)\nSELECT authorisation_number AS \"authorisation_number!\", operator_id AS \"operator_id!\", name AS \"name!\", taxpayer_id AS \"taxpayer_id!\",\n  region AS \"region!\", status_type AS \"status_type!\", status AS \"status!\", suspended_scope,\n  decided_at AS \"decided_at!\", effective_from AS \"effective_from!\", revalidation_due AS \"revalidation_due!\",\n  revalidation_days_left AS \"revalidation_days_left!\", pending_kind, pending_since, pending_due, pending_days_left,\n  COALESCE(to_decide, false) AS \"to_decide!\",\n  COUNT(*) OVER () AS \"total!\"\nFROM queue\nORDER BY\n  CASE WHEN :sort!::text = 'revalidationDue' AND :order!::text = 'asc' THEN revalidation_due END ASC,\n  CASE WHEN :sort!::text = 'revalidationDue' AND :order!::text = 'desc' THEN revalidation_due END DESC,\n  CASE WHEN :sort!::text = 'decidedAt' AND :order!::text = 'asc' THEN decided_at END ASC,\n  CASE WHEN :sort!::text = 'decidedAt' AND :order!::text = 'desc' THEN decided_at END DESC,\n  -- Mongolian alphabetical order (Ө after О, Ү after У, Cyrillic before Latin), names differing only in case by number.\n  CASE WHEN :sort!::text = 'name' AND :order!::text = 'asc' THEN lower(name COLLATE \"mn-x-icu\") END ASC,\n  CASE WHEN :sort!::text = 'name' AND :order!::text = 'desc' THEN lower(name COLLATE \"mn-x-icu\") END DESC,\n  CASE WHEN :order!::text = 'asc' THEN authorisation_number END ASC,\n  CASE WHEN :order!::text = 'desc' THEN authorisation_number END DESC\nLIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- The register with each authorisation's pending step read from its history (see authorisation-queue.ts), counted whole on every row.
 * -- An ended authorisation (its status in endedStatuses, the ENDED_STATUSES of lifecycle/revalidation-due.ts) has none.
 * WITH register AS (
 *   SELECT a.authorisation_number, a.operator_id, o.name, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope,
 *     a.decided_at, a.effective_from, a.revalidation_due,
 *     CASE
 *       WHEN a.status = ANY(:endedStatuses!::text[]) THEN NULL
 *       WHEN rv.change = 'revocation-intended' AND (rv.answered_at IS NOT NULL OR (rv.details->>'respondBy')::timestamptz <= now()) THEN 'revocation-decision'
 *       WHEN rv.change = 'revocation-intended' THEN 'hearing-response'
 *       WHEN a.status = 'suspended' AND sp.change IN ('remediation-plan-overdue', 'remediation-period-ended') THEN 'suspension-review'
 *       WHEN a.status = 'suspended' THEN 'remediation'
 *       WHEN rc.change = 'revalidation-started' THEN 'revalidation'
 *     END AS pending_kind,
 *     CASE
 *       WHEN a.status = ANY(:endedStatuses!::text[]) THEN NULL
 *       WHEN rv.change = 'revocation-intended' AND rv.answered_at IS NOT NULL THEN rv.answered_at
 *       WHEN rv.change = 'revocation-intended' AND (rv.details->>'respondBy')::timestamptz <= now() THEN (rv.details->>'respondBy')::timestamptz
 *       WHEN rv.change = 'revocation-intended' THEN rv.changed_at
 *       WHEN a.status = 'suspended' THEN sp.changed_at
 *       WHEN rc.change = 'revalidation-started' THEN rc.changed_at
 *     END AS pending_since,
 *     CASE
 *       WHEN a.status = ANY(:endedStatuses!::text[]) THEN NULL
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


