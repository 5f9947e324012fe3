/** Types generated for queries found in "services/validation/src/case-queue/case-queue.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListCaseQueue' parameters type */
export interface IListCaseQueueParams {
  limit: number;
  offset: number;
  order: string;
  overdue?: boolean | null | void;
  purpose?: string | null | void;
  q?: string | null | void;
  region?: string | null | void;
  sort: string;
  statusType?: string | null | void;
  timeZone: string;
  validator?: string | null | void;
}

/** 'ListCaseQueue' return type */
export interface IListCaseQueueResult {
  application_id: string;
  assigned_validator: string | null;
  authorisation_number: string | null;
  cycle: number | null;
  days_left: number;
  due_at: Date;
  id: string;
  opened_at: Date;
  operator_id: string;
  overdue: boolean;
  purpose: string;
  region: string;
  status_type: string | null;
  taxpayer_id: string | null;
  total: string;
}

/** 'ListCaseQueue' query type */
export interface IListCaseQueueQuery {
  params: IListCaseQueueParams;
  result: IListCaseQueueResult;
}

const listCaseQueueIR: any = {"usedParamSet":{"timeZone":true,"region":true,"validator":true,"purpose":true,"statusType":true,"q":true,"overdue":true,"sort":true,"order":true,"limit":true,"offset":true},"params":[{"name":"timeZone","required":true,"transform":{"type":"scalar"},"locs":[{"a":339,"b":348},{"a":385,"b":394}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":615,"b":621},{"a":649,"b":655}]},{"name":"validator","required":false,"transform":{"type":"scalar"},"locs":[{"a":667,"b":676},{"a":716,"b":725}]},{"name":"purpose","required":false,"transform":{"type":"scalar"},"locs":[{"a":737,"b":744},{"a":773,"b":780}]},{"name":"statusType","required":false,"transform":{"type":"scalar"},"locs":[{"a":792,"b":802},{"a":835,"b":845}]},{"name":"q","required":false,"transform":{"type":"scalar"},"locs":[{"a":857,"b":858},{"a":915,"b":916}]},{"name":"overdue","required":false,"transform":{"type":"scalar"},"locs":[{"a":930,"b":937},{"a":982,"b":989}]},{"name":"sort","required":true,"transform":{"type":"scalar"},"locs":[{"a":1364,"b":1369},{"a":1446,"b":1451},{"a":1530,"b":1535},{"a":1618,"b":1623},{"a":1708,"b":1713},{"a":1800,"b":1805}]},{"name":"order","required":true,"transform":{"type":"scalar"},"locs":[{"a":1391,"b":1397},{"a":1473,"b":1479},{"a":1560,"b":1566},{"a":1648,"b":1654},{"a":1740,"b":1746},{"a":1832,"b":1838},{"a":1894,"b":1900},{"a":1945,"b":1951}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1991,"b":1997}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":2011,"b":2018}]}],"statement":"-- Open cases with their report's due date, counted whole on every row (see case-queue.ts).\nWITH queue AS (\n  SELECT id, application_id, operator_id, taxpayer_id, region, status_type, purpose, authorisation_number, cycle,\n    assigned_validator, opened_at, report_due AS due_at, report_due < now() AS overdue,\n    (report_due AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS days_left\n  FROM validation_cases\n  -- Every case the workflow opens has its report's due date (a NOT NULL parameter of InsertValidationCase).\n  WHERE status = 'open' AND report_due IS NOT NULL\n    AND (:region::text IS NULL OR region = :region)\n    AND (:validator::text IS NULL OR assigned_validator = :validator)\n    AND (:purpose::text IS NULL OR purpose = :purpose)\n    AND (:statusType::text IS NULL OR status_type = :statusType)\n    AND (:q::text IS NULL OR starts_with(lower(taxpayer_id), lower(:q)))\n    AND (:overdue::boolean IS NULL OR (report_due < now()) = :overdue)\n)\nSELECT id AS \"id!\", application_id AS \"application_id!\", operator_id AS \"operator_id!\", taxpayer_id, region AS \"region!\",\n  status_type, purpose AS \"purpose!\", authorisation_number, cycle, assigned_validator, opened_at AS \"opened_at!\",\n  due_at AS \"due_at!\", overdue AS \"overdue!\", days_left AS \"days_left!\", COUNT(*) OVER () AS \"total!\"\nFROM queue\nORDER BY\n  CASE WHEN :sort!::text = 'dueAt' AND :order!::text = 'asc' THEN due_at END ASC,\n  CASE WHEN :sort!::text = 'dueAt' AND :order!::text = 'desc' THEN due_at END DESC,\n  CASE WHEN :sort!::text = 'openedAt' AND :order!::text = 'asc' THEN opened_at END ASC,\n  CASE WHEN :sort!::text = 'openedAt' AND :order!::text = 'desc' THEN opened_at END DESC,\n  CASE WHEN :sort!::text = 'taxpayerId' AND :order!::text = 'asc' THEN taxpayer_id END ASC,\n  CASE WHEN :sort!::text = 'taxpayerId' AND :order!::text = 'desc' THEN taxpayer_id END DESC,\n  CASE WHEN :order!::text = 'asc' THEN id END ASC,\n  CASE WHEN :order!::text = 'desc' THEN id END DESC\nLIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- Open cases with their report's due date, counted whole on every row (see case-queue.ts).
 * WITH queue AS (
 *   SELECT id, application_id, operator_id, taxpayer_id, region, status_type, purpose, authorisation_number, cycle,
 *     assigned_validator, opened_at, report_due AS due_at, report_due < now() AS overdue,
 *     (report_due AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS days_left
 *   FROM validation_cases
 *   -- Every case the workflow opens has its report's due date (a NOT NULL parameter of InsertValidationCase).
 *   WHERE status = 'open' AND report_due IS NOT NULL
 *     AND (:region::text IS NULL OR region = :region)
 *     AND (:validator::text IS NULL OR assigned_validator = :validator)
 *     AND (:purpose::text IS NULL OR purpose = :purpose)
 *     AND (:statusType::text IS NULL OR status_type = :statusType)
 *     AND (:q::text IS NULL OR starts_with(lower(taxpayer_id), lower(:q)))
 *     AND (:overdue::boolean IS NULL OR (report_due < now()) = :overdue)
 * )
 * SELECT id AS "id!", application_id AS "application_id!", operator_id AS "operator_id!", taxpayer_id, region AS "region!",
 *   status_type, purpose AS "purpose!", authorisation_number, cycle, assigned_validator, opened_at AS "opened_at!",
 *   due_at AS "due_at!", overdue AS "overdue!", days_left AS "days_left!", COUNT(*) OVER () AS "total!"
 * FROM queue
 * ORDER BY
 *   CASE WHEN :sort!::text = 'dueAt' AND :order!::text = 'asc' THEN due_at END ASC,
 *   CASE WHEN :sort!::text = 'dueAt' AND :order!::text = 'desc' THEN due_at END DESC,
 *   CASE WHEN :sort!::text = 'openedAt' AND :order!::text = 'asc' THEN opened_at END ASC,
 *   CASE WHEN :sort!::text = 'openedAt' AND :order!::text = 'desc' THEN opened_at END DESC,
 *   CASE WHEN :sort!::text = 'taxpayerId' AND :order!::text = 'asc' THEN taxpayer_id END ASC,
 *   CASE WHEN :sort!::text = 'taxpayerId' AND :order!::text = 'desc' THEN taxpayer_id END DESC,
 *   CASE WHEN :order!::text = 'asc' THEN id END ASC,
 *   CASE WHEN :order!::text = 'desc' THEN id END DESC
 * LIMIT :limit!::int OFFSET :offset!::int
 * ```
 */
export const listCaseQueue = new PreparedQuery<IListCaseQueueParams,IListCaseQueueResult>(listCaseQueueIR);


