/** Types generated for queries found in "services/applications/src/work-queue/work-queue.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListApplicationQueue' parameters type */
export interface IListApplicationQueueParams {
  deadlineKind?: string | null | void;
  limit: number;
  offset: number;
  order: string;
  overdue?: boolean | null | void;
  q?: string | null | void;
  region?: string | null | void;
  sort: string;
  status?: string | null | void;
  statusType?: string | null | void;
  timeZone: string;
}

/** 'ListApplicationQueue' return type */
export interface IListApplicationQueueResult {
  days_left: number;
  deadline_kind: string;
  due_at: Date;
  id: string;
  operator_id: string;
  operator_name: string;
  overdue: boolean;
  region: string;
  status: string;
  status_type: string;
  submitted_at: Date | null;
  taxpayer_id: string;
  total: string;
}

/** 'ListApplicationQueue' query type */
export interface IListApplicationQueueQuery {
  params: IListApplicationQueueParams;
  result: IListApplicationQueueResult;
}

const listApplicationQueueIR: any = {"usedParamSet":{"region":true,"status":true,"statusType":true,"q":true,"timeZone":true,"deadlineKind":true,"overdue":true,"sort":true,"order":true,"limit":true,"offset":true},"params":[{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":1502,"b":1508},{"a":1538,"b":1544}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":1556,"b":1562},{"a":1592,"b":1598}]},{"name":"statusType","required":false,"transform":{"type":"scalar"},"locs":[{"a":1610,"b":1620},{"a":1655,"b":1665}]},{"name":"q","required":false,"transform":{"type":"scalar"},"locs":[{"a":1778,"b":1779},{"a":1857,"b":1858},{"a":1957,"b":1958}]},{"name":"timeZone","required":true,"transform":{"type":"scalar"},"locs":[{"a":2067,"b":2076},{"a":2113,"b":2122}]},{"name":"deadlineKind","required":false,"transform":{"type":"scalar"},"locs":[{"a":2349,"b":2361},{"a":2396,"b":2408}]},{"name":"overdue","required":false,"transform":{"type":"scalar"},"locs":[{"a":2420,"b":2427},{"a":2468,"b":2475}]},{"name":"sort","required":true,"transform":{"type":"scalar"},"locs":[{"a":2857,"b":2862},{"a":2939,"b":2944},{"a":3023,"b":3028},{"a":3117,"b":3122},{"a":3330,"b":3335},{"a":3452,"b":3457}]},{"name":"order","required":true,"transform":{"type":"scalar"},"locs":[{"a":2884,"b":2890},{"a":2966,"b":2972},{"a":3056,"b":3062},{"a":3150,"b":3156},{"a":3364,"b":3370},{"a":3486,"b":3492},{"a":3576,"b":3582},{"a":3627,"b":3633}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":3673,"b":3679}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":3693,"b":3700}]}],"statement":"-- Open applications with the deadline of their pending step (see work-queue.ts), counted whole on every row.\nWITH open_applications AS (\n  SELECT a.id, a.operator_id, o.name AS operator_name, o.taxpayer_id, a.region, a.status_type, a.status, a.submitted_at,\n    CASE\n      WHEN a.status = 'submitted' AND r.due_by IS NOT NULL THEN 'information-reply'\n      WHEN a.status = 'submitted' THEN 'acceptance'\n      WHEN a.status = 'hearing' AND a.hearing_response IS NULL AND a.hearing_respond_by > now() THEN 'hearing-response'\n      ELSE 'decision'\n    END AS deadline_kind,\n    CASE\n      WHEN a.status = 'submitted' AND r.due_by IS NOT NULL THEN r.due_by\n      -- The acceptance clock stood still while each answered request was awaited (the certification workflow's count).\n      WHEN a.status = 'submitted' THEN a.acceptance_deadline + COALESCE(p.paused, interval '0')\n      WHEN a.status = 'hearing' AND a.hearing_response IS NULL AND a.hearing_respond_by > now() THEN a.hearing_respond_by\n      ELSE a.decision_deadline\n    END AS due_at\n  FROM applications a\n  JOIN operators o ON o.id = a.operator_id\n  LEFT JOIN information_requests r ON r.application_id = a.id AND r.responded_at IS NULL AND a.status = 'submitted'\n  LEFT JOIN LATERAL (\n    SELECT sum(i.responded_at - i.requested_at) AS paused FROM information_requests i\n    WHERE a.status = 'submitted' AND i.application_id = a.id AND i.responded_at IS NOT NULL\n  ) p ON true\n  WHERE a.status IN ('submitted', 'accepted', 'hearing')\n    AND (:region::text IS NULL OR a.region = :region)\n    AND (:status::text IS NULL OR a.status = :status)\n    AND (:statusType::text IS NULL OR a.status_type = :statusType)\n    -- The databases' ctype is C, whose lower() folds ASCII only: ICU's folds Cyrillic too (Ө to ө).\n    AND (:q::text IS NULL\n      OR starts_with(lower(o.name COLLATE \"und-x-icu\"), lower(:q::text COLLATE \"und-x-icu\"))\n      OR starts_with(lower(o.taxpayer_id COLLATE \"und-x-icu\"), lower(:q::text COLLATE \"und-x-icu\")))\n),\nqueue AS (\n  SELECT *, due_at < now() AS overdue,\n    (due_at AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS days_left\n  FROM open_applications\n  -- Set with each open status (acceptance_deadline at submission, decision_deadline at acceptance, hearing_respond_by with the hearing).\n  WHERE due_at IS NOT NULL\n    AND (:deadlineKind::text IS NULL OR deadline_kind = :deadlineKind)\n    AND (:overdue::boolean IS NULL OR (due_at < now()) = :overdue)\n)\nSELECT id AS \"id!\", operator_id AS \"operator_id!\", operator_name AS \"operator_name!\", taxpayer_id AS \"taxpayer_id!\",\n  region AS \"region!\", status_type AS \"status_type!\", status AS \"status!\", submitted_at,\n  deadline_kind AS \"deadline_kind!\", due_at AS \"due_at!\", overdue AS \"overdue!\", days_left AS \"days_left!\",\n  COUNT(*) OVER () AS \"total!\"\nFROM queue\nORDER BY\n  CASE WHEN :sort!::text = 'dueAt' AND :order!::text = 'asc' THEN due_at END ASC,\n  CASE WHEN :sort!::text = 'dueAt' AND :order!::text = 'desc' THEN due_at END DESC,\n  CASE WHEN :sort!::text = 'submittedAt' AND :order!::text = 'asc' THEN submitted_at END ASC,\n  CASE WHEN :sort!::text = 'submittedAt' AND :order!::text = 'desc' THEN submitted_at END DESC,\n  -- Mongolian alphabetical order (Ө after О, Ү after У, Cyrillic before Latin), names differing only in case by id.\n  CASE WHEN :sort!::text = 'operatorName' AND :order!::text = 'asc' THEN lower(operator_name COLLATE \"mn-x-icu\") END ASC,\n  CASE WHEN :sort!::text = 'operatorName' AND :order!::text = 'desc' THEN lower(operator_name COLLATE \"mn-x-icu\") END DESC,\n  CASE WHEN :order!::text = 'asc' THEN id END ASC,\n  CASE WHEN :order!::text = 'desc' THEN id END DESC\nLIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- Open applications with the deadline of their pending step (see work-queue.ts), counted whole on every row.
 * WITH open_applications AS (
 *   SELECT a.id, a.operator_id, o.name AS operator_name, o.taxpayer_id, a.region, a.status_type, a.status, a.submitted_at,
 *     CASE
 *       WHEN a.status = 'submitted' AND r.due_by IS NOT NULL THEN 'information-reply'
 *       WHEN a.status = 'submitted' THEN 'acceptance'
 *       WHEN a.status = 'hearing' AND a.hearing_response IS NULL AND a.hearing_respond_by > now() THEN 'hearing-response'
 *       ELSE 'decision'
 *     END AS deadline_kind,
 *     CASE
 *       WHEN a.status = 'submitted' AND r.due_by IS NOT NULL THEN r.due_by
 *       -- The acceptance clock stood still while each answered request was awaited (the certification workflow's count).
 *       WHEN a.status = 'submitted' THEN a.acceptance_deadline + COALESCE(p.paused, interval '0')
 *       WHEN a.status = 'hearing' AND a.hearing_response IS NULL AND a.hearing_respond_by > now() THEN a.hearing_respond_by
 *       ELSE a.decision_deadline
 *     END AS due_at
 *   FROM applications a
 *   JOIN operators o ON o.id = a.operator_id
 *   LEFT JOIN information_requests r ON r.application_id = a.id AND r.responded_at IS NULL AND a.status = 'submitted'
 *   LEFT JOIN LATERAL (
 *     SELECT sum(i.responded_at - i.requested_at) AS paused FROM information_requests i
 *     WHERE a.status = 'submitted' AND i.application_id = a.id AND i.responded_at IS NOT NULL
 *   ) p ON true
 *   WHERE a.status IN ('submitted', 'accepted', 'hearing')
 *     AND (:region::text IS NULL OR a.region = :region)
 *     AND (:status::text IS NULL OR a.status = :status)
 *     AND (:statusType::text IS NULL OR a.status_type = :statusType)
 *     -- The databases' ctype is C, whose lower() folds ASCII only: ICU's folds Cyrillic too (Ө to ө).
 *     AND (:q::text IS NULL
 *       OR starts_with(lower(o.name COLLATE "und-x-icu"), lower(:q::text COLLATE "und-x-icu"))
 *       OR starts_with(lower(o.taxpayer_id COLLATE "und-x-icu"), lower(:q::text COLLATE "und-x-icu")))
 * ),
 * queue AS (
 *   SELECT *, due_at < now() AS overdue,
 *     (due_at AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS days_left
 *   FROM open_applications
 *   -- Set with each open status (acceptance_deadline at submission, decision_deadline at acceptance, hearing_respond_by with the hearing).
 *   WHERE due_at IS NOT NULL
 *     AND (:deadlineKind::text IS NULL OR deadline_kind = :deadlineKind)
 *     AND (:overdue::boolean IS NULL OR (due_at < now()) = :overdue)
 * )
 * SELECT id AS "id!", operator_id AS "operator_id!", operator_name AS "operator_name!", taxpayer_id AS "taxpayer_id!",
 *   region AS "region!", status_type AS "status_type!", status AS "status!", submitted_at,
 *   deadline_kind AS "deadline_kind!", due_at AS "due_at!", overdue AS "overdue!", days_left AS "days_left!",
 *   COUNT(*) OVER () AS "total!"
 * FROM queue
 * ORDER BY
 *   CASE WHEN :sort!::text = 'dueAt' AND :order!::text = 'asc' THEN due_at END ASC,
 *   CASE WHEN :sort!::text = 'dueAt' AND :order!::text = 'desc' THEN due_at END DESC,
 *   CASE WHEN :sort!::text = 'submittedAt' AND :order!::text = 'asc' THEN submitted_at END ASC,
 *   CASE WHEN :sort!::text = 'submittedAt' AND :order!::text = 'desc' THEN submitted_at END DESC,
 *   -- Mongolian alphabetical order (Ө after О, Ү after У, Cyrillic before Latin), names differing only in case by id.
 *   CASE WHEN :sort!::text = 'operatorName' AND :order!::text = 'asc' THEN lower(operator_name COLLATE "mn-x-icu") END ASC,
 *   CASE WHEN :sort!::text = 'operatorName' AND :order!::text = 'desc' THEN lower(operator_name COLLATE "mn-x-icu") END DESC,
 *   CASE WHEN :order!::text = 'asc' THEN id END ASC,
 *   CASE WHEN :order!::text = 'desc' THEN id END DESC
 * LIMIT :limit!::int OFFSET :offset!::int
 * ```
 */
export const listApplicationQueue = new PreparedQuery<IListApplicationQueueParams,IListApplicationQueueResult>(listApplicationQueueIR);


