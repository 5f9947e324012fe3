/** Types generated for queries found in "services/mra/src/foreign-ids/foreign-ids.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'FindEntries' parameters type */
export interface IFindEntriesParams {
  country: string;
  declaredId: string;
  normalisedId: string;
}

/** 'FindEntries' return type */
export interface IFindEntriesResult {
  aeo_id: string;
  arrangement_id: string;
  matched_by: string | null;
  name: string;
  partner_country: string;
  phase: string;
  status: string;
  status_type: string;
  terms: Json | null;
  title: string | null;
  valid_from: string | null;
  valid_until: string | null;
}

/** 'FindEntries' query type */
export interface IFindEntriesQuery {
  params: IFindEntriesParams;
  result: IFindEntriesResult;
}

const findEntriesIR: any = {"usedParamSet":{"declaredId":true,"country":true,"normalisedId":true},"params":[{"name":"declaredId","required":true,"transform":{"type":"scalar"},"locs":[{"a":662,"b":673}]},{"name":"country","required":true,"transform":{"type":"scalar"},"locs":[{"a":703,"b":711},{"a":966,"b":974},{"a":1613,"b":1621}]},{"name":"normalisedId","required":true,"transform":{"type":"scalar"},"locs":[{"a":836,"b":849},{"a":1007,"b":1020}]}],"statement":"-- Partner list entries of a country's arrangements that carry an identifier: as written (exact),\n-- in its normalised form, or through an alias an MRA officer resolved; an entry found several ways\n-- once, under its best kind; best kind first. Each probe is an index look-up (the entries' primary\n-- key per arrangement of the country, their normalised_id index, the aliases' primary key), with\n-- the country as bpchar like its columns: no scan of the entries, however long the lists.\nWITH hits AS (\n  SELECT e.arrangement_id, e.aeo_id, 0 AS rank\n  FROM mutual_recognition_arrangements a\n  JOIN partner_list_entries e ON e.arrangement_id = a.id AND e.aeo_id = :declaredId!\n  WHERE a.partner_country = :country!::bpchar\n  UNION ALL\n  SELECT e.arrangement_id, e.aeo_id, 1 AS rank\n  FROM partner_list_entries e\n  WHERE e.normalised_id = :normalisedId!\n  UNION ALL\n  SELECT al.arrangement_id, al.aeo_id, 2 AS rank\n  FROM mra_foreign_id_aliases al\n  WHERE al.country = :country!::bpchar AND al.normalised_id = :normalisedId!\n), best AS (\n  SELECT arrangement_id, aeo_id, min(rank) AS rank FROM hits GROUP BY arrangement_id, aeo_id\n)\nSELECT e.arrangement_id, e.aeo_id, e.name, e.status_type, e.status,\n  to_char(e.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(e.valid_until, 'YYYY-MM-DD') AS valid_until,\n  a.title, a.partner_country, a.phase, a.terms, (ARRAY['exact', 'normalised', 'alias'])[b.rank + 1] AS matched_by\nFROM best b\nJOIN partner_list_entries e ON e.arrangement_id = b.arrangement_id AND e.aeo_id = b.aeo_id\nJOIN mutual_recognition_arrangements a ON a.id = e.arrangement_id\nWHERE a.partner_country = :country!::bpchar\nORDER BY b.rank, e.arrangement_id, e.aeo_id"};

/**
 * Query generated from SQL:
 * ```
 * -- Partner list entries of a country's arrangements that carry an identifier: as written (exact),
 * -- in its normalised form, or through an alias an MRA officer resolved; an entry found several ways
 * -- once, under its best kind; best kind first. Each probe is an index look-up (the entries' primary
 * -- key per arrangement of the country, their normalised_id index, the aliases' primary key), with
 * -- the country as bpchar like its columns: no scan of the entries, however long the lists.
 * WITH hits AS (
 *   SELECT e.arrangement_id, e.aeo_id, 0 AS rank
 *   FROM mutual_recognition_arrangements a
 *   JOIN partner_list_entries e ON e.arrangement_id = a.id AND e.aeo_id = :declaredId!
 *   WHERE a.partner_country = :country!::bpchar
 *   UNION ALL
 *   SELECT e.arrangement_id, e.aeo_id, 1 AS rank
 *   FROM partner_list_entries e
 *   WHERE e.normalised_id = :normalisedId!
 *   UNION ALL
 *   SELECT al.arrangement_id, al.aeo_id, 2 AS rank
 *   FROM mra_foreign_id_aliases al
 *   WHERE al.country = :country!::bpchar AND al.normalised_id = :normalisedId!
 * ), best AS (
 *   SELECT arrangement_id, aeo_id, min(rank) AS rank FROM hits GROUP BY arrangement_id, aeo_id
 * )
 * SELECT e.arrangement_id, e.aeo_id, e.name, e.status_type, e.status,
 *   to_char(e.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(e.valid_until, 'YYYY-MM-DD') AS valid_until,
 *   a.title, a.partner_country, a.phase, a.terms, (ARRAY['exact', 'normalised', 'alias'])[b.rank + 1] AS matched_by
 * FROM best b
 * JOIN partner_list_entries e ON e.arrangement_id = b.arrangement_id AND e.aeo_id = b.aeo_id
 * JOIN mutual_recognition_arrangements a ON a.id = e.arrangement_id
 * WHERE a.partner_country = :country!::bpchar
 * ORDER BY b.rank, e.arrangement_id, e.aeo_id
 * ```
 */
export const findEntries = new PreparedQuery<IFindEntriesParams,IFindEntriesResult>(findEntriesIR);


/** 'InsertMatch' parameters type */
export interface IInsertMatchParams {
  aeoId?: string | null | void;
  arrangementId?: string | null | void;
  country: string;
  declarationId: string;
  declaredAt: DateOrString;
  declaredId: string;
  normalisedId: string;
  outcome: string;
}

/** 'InsertMatch' return type */
export interface IInsertMatchResult {
  declaration_id: string;
}

/** 'InsertMatch' query type */
export interface IInsertMatchQuery {
  params: IInsertMatchParams;
  result: IInsertMatchResult;
}

const insertMatchIR: any = {"usedParamSet":{"declarationId":true,"country":true,"declaredId":true,"normalisedId":true,"outcome":true,"arrangementId":true,"aeoId":true,"declaredAt":true},"params":[{"name":"declarationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":157}]},{"name":"country","required":true,"transform":{"type":"scalar"},"locs":[{"a":160,"b":168}]},{"name":"declaredId","required":true,"transform":{"type":"scalar"},"locs":[{"a":171,"b":182}]},{"name":"normalisedId","required":true,"transform":{"type":"scalar"},"locs":[{"a":185,"b":198}]},{"name":"outcome","required":true,"transform":{"type":"scalar"},"locs":[{"a":201,"b":209}]},{"name":"arrangementId","required":false,"transform":{"type":"scalar"},"locs":[{"a":212,"b":225}]},{"name":"aeoId","required":false,"transform":{"type":"scalar"},"locs":[{"a":228,"b":233}]},{"name":"declaredAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":236,"b":247}]}],"statement":"INSERT INTO mra_foreign_id_matches (declaration_id, country, declared_id, normalised_id, outcome, arrangement_id, aeo_id, declared_at)\nVALUES (:declarationId!, :country!, :declaredId!, :normalisedId!, :outcome!, :arrangementId, :aeoId, :declaredAt!)\nON CONFLICT (declaration_id, country, declared_id) DO NOTHING\nRETURNING declaration_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mra_foreign_id_matches (declaration_id, country, declared_id, normalised_id, outcome, arrangement_id, aeo_id, declared_at)
 * VALUES (:declarationId!, :country!, :declaredId!, :normalisedId!, :outcome!, :arrangementId, :aeoId, :declaredAt!)
 * ON CONFLICT (declaration_id, country, declared_id) DO NOTHING
 * RETURNING declaration_id
 * ```
 */
export const insertMatch = new PreparedQuery<IInsertMatchParams,IInsertMatchResult>(insertMatchIR);


/** 'OpenReview' parameters type */
export interface IOpenReviewParams {
  candidates: Json;
  country: string;
  declarationId: string;
  declaredId: string;
  id: string;
  normalisedId: string;
  reason: string;
  seenAt: DateOrString;
}

/** 'OpenReview' return type */
export interface IOpenReviewResult {
  created: boolean | null;
  id: string;
}

/** 'OpenReview' query type */
export interface IOpenReviewQuery {
  params: IOpenReviewParams;
  result: IOpenReviewResult;
}

const openReviewIR: any = {"usedParamSet":{"id":true,"country":true,"normalisedId":true,"declaredId":true,"reason":true,"candidates":true,"declarationId":true,"seenAt":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":264,"b":267}]},{"name":"country","required":true,"transform":{"type":"scalar"},"locs":[{"a":270,"b":278}]},{"name":"normalisedId","required":true,"transform":{"type":"scalar"},"locs":[{"a":281,"b":294}]},{"name":"declaredId","required":true,"transform":{"type":"scalar"},"locs":[{"a":297,"b":308}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":311,"b":318}]},{"name":"candidates","required":true,"transform":{"type":"scalar"},"locs":[{"a":321,"b":332}]},{"name":"declarationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":342,"b":356}]},{"name":"seenAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":359,"b":366},{"a":369,"b":376}]}],"statement":"-- One open item per country and normalised identifier: a new one, or one more declaration on the open one.\nINSERT INTO mra_foreign_id_reviews (id, country, normalised_id, declared_id, reason, candidates, first_declaration_id, first_seen_at, last_seen_at)\nVALUES (:id!, :country!, :normalisedId!, :declaredId!, :reason!, :candidates!::jsonb, :declarationId!, :seenAt!, :seenAt!)\nON CONFLICT (country, normalised_id) WHERE status = 'open'\nDO UPDATE SET declarations = mra_foreign_id_reviews.declarations + 1,\n  last_seen_at = greatest(mra_foreign_id_reviews.last_seen_at, EXCLUDED.last_seen_at)\nRETURNING id, (xmax = 0) AS created"};

/**
 * Query generated from SQL:
 * ```
 * -- One open item per country and normalised identifier: a new one, or one more declaration on the open one.
 * INSERT INTO mra_foreign_id_reviews (id, country, normalised_id, declared_id, reason, candidates, first_declaration_id, first_seen_at, last_seen_at)
 * VALUES (:id!, :country!, :normalisedId!, :declaredId!, :reason!, :candidates!::jsonb, :declarationId!, :seenAt!, :seenAt!)
 * ON CONFLICT (country, normalised_id) WHERE status = 'open'
 * DO UPDATE SET declarations = mra_foreign_id_reviews.declarations + 1,
 *   last_seen_at = greatest(mra_foreign_id_reviews.last_seen_at, EXCLUDED.last_seen_at)
 * RETURNING id, (xmax = 0) AS created
 * ```
 */
export const openReview = new PreparedQuery<IOpenReviewParams,IOpenReviewResult>(openReviewIR);


/** 'FindStandingRefusal' parameters type */
export interface IFindStandingRefusalParams {
  country: string;
  normalisedId: string;
}

/** 'FindStandingRefusal' return type */
export interface IFindStandingRefusalResult {
  id: string;
}

/** 'FindStandingRefusal' query type */
export interface IFindStandingRefusalQuery {
  params: IFindStandingRefusalParams;
  result: IFindStandingRefusalResult;
}

const findStandingRefusalIR: any = {"usedParamSet":{"country":true,"normalisedId":true},"params":[{"name":"country","required":true,"transform":{"type":"scalar"},"locs":[{"a":404,"b":412}]},{"name":"normalisedId","required":true,"transform":{"type":"scalar"},"locs":[{"a":442,"b":455}]}],"statement":"-- The identifier's latest review item, when an MRA officer resolved it \"not recognised\" and no\n-- partner list version imported since brought a new or changed entry with that normalised\n-- identifier (such a version lets the next declaration naming it open a new item).\nSELECT r.id\nFROM (SELECT id, country, normalised_id, resolution, resolved_at\n      FROM mra_foreign_id_reviews\n      WHERE country = :country!::bpchar AND normalised_id = :normalisedId!\n      ORDER BY first_seen_at DESC, id DESC\n      LIMIT 1) r\nWHERE r.resolution = 'not-recognised'\n  AND NOT EXISTS (\n    SELECT 1\n    FROM partner_list_entries e\n    JOIN mutual_recognition_arrangements a ON a.id = e.arrangement_id AND a.partner_country = r.country\n    JOIN mra_partner_list_versions v ON v.arrangement_id = e.arrangement_id AND v.imported_at > r.resolved_at\n    JOIN mra_partner_list_changes c ON c.arrangement_id = v.arrangement_id AND c.version = v.version AND c.aeo_id = e.aeo_id\n    WHERE e.normalised_id = r.normalised_id AND c.change IN ('new', 'changed'))"};

/**
 * Query generated from SQL:
 * ```
 * -- The identifier's latest review item, when an MRA officer resolved it "not recognised" and no
 * -- partner list version imported since brought a new or changed entry with that normalised
 * -- identifier (such a version lets the next declaration naming it open a new item).
 * SELECT r.id
 * FROM (SELECT id, country, normalised_id, resolution, resolved_at
 *       FROM mra_foreign_id_reviews
 *       WHERE country = :country!::bpchar AND normalised_id = :normalisedId!
 *       ORDER BY first_seen_at DESC, id DESC
 *       LIMIT 1) r
 * WHERE r.resolution = 'not-recognised'
 *   AND NOT EXISTS (
 *     SELECT 1
 *     FROM partner_list_entries e
 *     JOIN mutual_recognition_arrangements a ON a.id = e.arrangement_id AND a.partner_country = r.country
 *     JOIN mra_partner_list_versions v ON v.arrangement_id = e.arrangement_id AND v.imported_at > r.resolved_at
 *     JOIN mra_partner_list_changes c ON c.arrangement_id = v.arrangement_id AND c.version = v.version AND c.aeo_id = e.aeo_id
 *     WHERE e.normalised_id = r.normalised_id AND c.change IN ('new', 'changed'))
 * ```
 */
export const findStandingRefusal = new PreparedQuery<IFindStandingRefusalParams,IFindStandingRefusalResult>(findStandingRefusalIR);


/** 'ListReviews' parameters type */
export interface IListReviewsParams {
  country?: string | null | void;
  limit: number;
  status?: string | null | void;
}

/** 'ListReviews' return type */
export interface IListReviewsResult {
  aeo_id: string | null;
  arrangement_id: string | null;
  candidates: Json;
  country: string;
  declarations: number;
  declared_id: string;
  first_declaration_id: string;
  first_seen_at: Date;
  id: string;
  last_seen_at: Date;
  normalised_id: string;
  note: string | null;
  reason: string;
  resolution: string | null;
  resolved_at: Date | null;
  resolved_by: string | null;
  status: string;
}

/** 'ListReviews' query type */
export interface IListReviewsQuery {
  params: IListReviewsParams;
  result: IListReviewsResult;
}

const listReviewsIR: any = {"usedParamSet":{"status":true,"country":true,"limit":true},"params":[{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":245,"b":251},{"a":279,"b":285}]},{"name":"country","required":false,"transform":{"type":"scalar"},"locs":[{"a":301,"b":308},{"a":339,"b":346}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":390,"b":396}]}],"statement":"SELECT id, country, normalised_id, declared_id, reason, candidates, first_declaration_id, declarations, first_seen_at,\n  last_seen_at, status, resolution, arrangement_id, aeo_id, note, resolved_by, resolved_at\nFROM mra_foreign_id_reviews\nWHERE (:status::text IS NULL OR status = :status::text)\n  AND (:country::bpchar IS NULL OR country = :country::bpchar)\nORDER BY first_seen_at, id\nLIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, country, normalised_id, declared_id, reason, candidates, first_declaration_id, declarations, first_seen_at,
 *   last_seen_at, status, resolution, arrangement_id, aeo_id, note, resolved_by, resolved_at
 * FROM mra_foreign_id_reviews
 * WHERE (:status::text IS NULL OR status = :status::text)
 *   AND (:country::bpchar IS NULL OR country = :country::bpchar)
 * ORDER BY first_seen_at, id
 * LIMIT :limit!::int
 * ```
 */
export const listReviews = new PreparedQuery<IListReviewsParams,IListReviewsResult>(listReviewsIR);


/** 'ListReviewPage' parameters type */
export interface IListReviewPageParams {
  country?: string | null | void;
  limit: number;
  offset: number;
  order: string;
  q?: string | null | void;
  reason?: string | null | void;
  sort: string;
  status?: string | null | void;
}

/** 'ListReviewPage' return type */
export interface IListReviewPageResult {
  aeo_id: string | null;
  arrangement_id: string | null;
  candidates: Json;
  country: string;
  declarations: number;
  declared_id: string;
  first_declaration_id: string;
  first_seen_at: Date;
  id: string;
  last_seen_at: Date;
  normalised_id: string;
  note: string | null;
  reason: string;
  resolution: string | null;
  resolved_at: Date | null;
  resolved_by: string | null;
  status: string;
  total: string;
}

/** 'ListReviewPage' query type */
export interface IListReviewPageQuery {
  params: IListReviewPageParams;
  result: IListReviewPageResult;
}

const listReviewPageIR: any = {"usedParamSet":{"status":true,"country":true,"reason":true,"q":true,"sort":true,"order":true,"limit":true,"offset":true},"params":[{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":355,"b":361},{"a":389,"b":395}]},{"name":"country","required":false,"transform":{"type":"scalar"},"locs":[{"a":411,"b":418},{"a":449,"b":456}]},{"name":"reason","required":false,"transform":{"type":"scalar"},"locs":[{"a":474,"b":480},{"a":508,"b":514}]},{"name":"q","required":false,"transform":{"type":"scalar"},"locs":[{"a":530,"b":531},{"a":583,"b":584},{"a":629,"b":630}]},{"name":"sort","required":true,"transform":{"type":"scalar"},"locs":[{"a":656,"b":661},{"a":751,"b":756},{"a":848,"b":853},{"a":941,"b":946},{"a":1036,"b":1041},{"a":1131,"b":1136}]},{"name":"order","required":true,"transform":{"type":"scalar"},"locs":[{"a":689,"b":695},{"a":784,"b":790},{"a":880,"b":886},{"a":973,"b":979},{"a":1070,"b":1076},{"a":1165,"b":1171},{"a":1228,"b":1234},{"a":1279,"b":1285}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1325,"b":1331}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":1345,"b":1352}]}],"statement":"-- A page of the review items, counted whole on every row (see readReviewPage).\nSELECT id, country, normalised_id, declared_id, reason, candidates, first_declaration_id, declarations, first_seen_at,\n  last_seen_at, status, resolution, arrangement_id, aeo_id, note, resolved_by, resolved_at, COUNT(*) OVER () AS \"total!\"\nFROM mra_foreign_id_reviews\nWHERE (:status::text IS NULL OR status = :status::text)\n  AND (:country::bpchar IS NULL OR country = :country::bpchar)\n  AND (:reason::text IS NULL OR reason = :reason::text)\n  AND (:q::text IS NULL OR starts_with(normalised_id, upper(:q)) OR starts_with(lower(declared_id), lower(:q)))\nORDER BY\n  CASE WHEN :sort!::text = 'firstSeenAt' AND :order!::text = 'asc' THEN first_seen_at END ASC,\n  CASE WHEN :sort!::text = 'firstSeenAt' AND :order!::text = 'desc' THEN first_seen_at END DESC,\n  CASE WHEN :sort!::text = 'lastSeenAt' AND :order!::text = 'asc' THEN last_seen_at END ASC,\n  CASE WHEN :sort!::text = 'lastSeenAt' AND :order!::text = 'desc' THEN last_seen_at END DESC,\n  CASE WHEN :sort!::text = 'declarations' AND :order!::text = 'asc' THEN declarations END ASC,\n  CASE WHEN :sort!::text = 'declarations' AND :order!::text = 'desc' THEN declarations END DESC,\n  CASE WHEN :order!::text = 'asc' THEN id END ASC,\n  CASE WHEN :order!::text = 'desc' THEN id END DESC\nLIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- A page of the review items, counted whole on every row (see readReviewPage).
 * SELECT id, country, normalised_id, declared_id, reason, candidates, first_declaration_id, declarations, first_seen_at,
 *   last_seen_at, status, resolution, arrangement_id, aeo_id, note, resolved_by, resolved_at, COUNT(*) OVER () AS "total!"
 * FROM mra_foreign_id_reviews
 * WHERE (:status::text IS NULL OR status = :status::text)
 *   AND (:country::bpchar IS NULL OR country = :country::bpchar)
 *   AND (:reason::text IS NULL OR reason = :reason::text)
 *   AND (:q::text IS NULL OR starts_with(normalised_id, upper(:q)) OR starts_with(lower(declared_id), lower(:q)))
 * ORDER BY
 *   CASE WHEN :sort!::text = 'firstSeenAt' AND :order!::text = 'asc' THEN first_seen_at END ASC,
 *   CASE WHEN :sort!::text = 'firstSeenAt' AND :order!::text = 'desc' THEN first_seen_at END DESC,
 *   CASE WHEN :sort!::text = 'lastSeenAt' AND :order!::text = 'asc' THEN last_seen_at END ASC,
 *   CASE WHEN :sort!::text = 'lastSeenAt' AND :order!::text = 'desc' THEN last_seen_at END DESC,
 *   CASE WHEN :sort!::text = 'declarations' AND :order!::text = 'asc' THEN declarations END ASC,
 *   CASE WHEN :sort!::text = 'declarations' AND :order!::text = 'desc' THEN declarations END DESC,
 *   CASE WHEN :order!::text = 'asc' THEN id END ASC,
 *   CASE WHEN :order!::text = 'desc' THEN id END DESC
 * LIMIT :limit!::int OFFSET :offset!::int
 * ```
 */
export const listReviewPage = new PreparedQuery<IListReviewPageParams,IListReviewPageResult>(listReviewPageIR);


/** 'LockReview' parameters type */
export interface ILockReviewParams {
  id: string;
}

/** 'LockReview' return type */
export interface ILockReviewResult {
  aeo_id: string | null;
  arrangement_id: string | null;
  candidates: Json;
  country: string;
  declarations: number;
  declared_id: string;
  first_declaration_id: string;
  first_seen_at: Date;
  id: string;
  last_seen_at: Date;
  normalised_id: string;
  note: string | null;
  reason: string;
  resolution: string | null;
  resolved_at: Date | null;
  resolved_by: string | null;
  status: string;
}

/** 'LockReview' query type */
export interface ILockReviewQuery {
  params: ILockReviewParams;
  result: ILockReviewResult;
}

const lockReviewIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":249,"b":252}]}],"statement":"SELECT id, country, normalised_id, declared_id, reason, candidates, first_declaration_id, declarations, first_seen_at,\n  last_seen_at, status, resolution, arrangement_id, aeo_id, note, resolved_by, resolved_at\nFROM mra_foreign_id_reviews\nWHERE id = :id!\nFOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, country, normalised_id, declared_id, reason, candidates, first_declaration_id, declarations, first_seen_at,
 *   last_seen_at, status, resolution, arrangement_id, aeo_id, note, resolved_by, resolved_at
 * FROM mra_foreign_id_reviews
 * WHERE id = :id!
 * FOR UPDATE
 * ```
 */
export const lockReview = new PreparedQuery<ILockReviewParams,ILockReviewResult>(lockReviewIR);


/** 'ResolveReview' parameters type */
export interface IResolveReviewParams {
  aeoId?: string | null | void;
  arrangementId?: string | null | void;
  at: DateOrString;
  by: string;
  id: string;
  note?: string | null | void;
  resolution: string;
}

/** 'ResolveReview' return type */
export type IResolveReviewResult = void;

/** 'ResolveReview' query type */
export interface IResolveReviewQuery {
  params: IResolveReviewParams;
  result: IResolveReviewResult;
}

const resolveReviewIR: any = {"usedParamSet":{"resolution":true,"arrangementId":true,"aeoId":true,"note":true,"by":true,"at":true,"id":true},"params":[{"name":"resolution","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":79}]},{"name":"arrangementId","required":false,"transform":{"type":"scalar"},"locs":[{"a":99,"b":112}]},{"name":"aeoId","required":false,"transform":{"type":"scalar"},"locs":[{"a":124,"b":129}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":139,"b":143}]},{"name":"by","required":true,"transform":{"type":"scalar"},"locs":[{"a":162,"b":165}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":182,"b":185}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":198,"b":201}]}],"statement":"UPDATE mra_foreign_id_reviews\nSET status = 'resolved', resolution = :resolution!, arrangement_id = :arrangementId, aeo_id = :aeoId, note = :note,\n  resolved_by = :by!, resolved_at = :at!\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE mra_foreign_id_reviews
 * SET status = 'resolved', resolution = :resolution!, arrangement_id = :arrangementId, aeo_id = :aeoId, note = :note,
 *   resolved_by = :by!, resolved_at = :at!
 * WHERE id = :id!
 * ```
 */
export const resolveReview = new PreparedQuery<IResolveReviewParams,IResolveReviewResult>(resolveReviewIR);


/** 'FindListEntry' parameters type */
export interface IFindListEntryParams {
  aeoId: string;
  arrangementId: string;
}

/** 'FindListEntry' return type */
export interface IFindListEntryResult {
  aeo_id: string;
  arrangement_id: string;
  partner_country: string;
}

/** 'FindListEntry' query type */
export interface IFindListEntryQuery {
  params: IFindListEntryParams;
  result: IFindListEntryResult;
}

const findListEntryIR: any = {"usedParamSet":{"arrangementId":true,"aeoId":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":172,"b":186}]},{"name":"aeoId","required":true,"transform":{"type":"scalar"},"locs":[{"a":203,"b":209}]}],"statement":"SELECT e.arrangement_id, e.aeo_id, a.partner_country\nFROM partner_list_entries e\nJOIN mutual_recognition_arrangements a ON a.id = e.arrangement_id\nWHERE e.arrangement_id = :arrangementId! AND e.aeo_id = :aeoId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT e.arrangement_id, e.aeo_id, a.partner_country
 * FROM partner_list_entries e
 * JOIN mutual_recognition_arrangements a ON a.id = e.arrangement_id
 * WHERE e.arrangement_id = :arrangementId! AND e.aeo_id = :aeoId!
 * ```
 */
export const findListEntry = new PreparedQuery<IFindListEntryParams,IFindListEntryResult>(findListEntryIR);


/** 'UpsertAlias' parameters type */
export interface IUpsertAliasParams {
  aeoId: string;
  arrangementId: string;
  by: string;
  country: string;
  normalisedId: string;
  reviewId: string;
}

/** 'UpsertAlias' return type */
export type IUpsertAliasResult = void;

/** 'UpsertAlias' query type */
export interface IUpsertAliasQuery {
  params: IUpsertAliasParams;
  result: IUpsertAliasResult;
}

const upsertAliasIR: any = {"usedParamSet":{"country":true,"normalisedId":true,"arrangementId":true,"aeoId":true,"reviewId":true,"by":true},"params":[{"name":"country","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":123}]},{"name":"normalisedId","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":139}]},{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":156}]},{"name":"aeoId","required":true,"transform":{"type":"scalar"},"locs":[{"a":159,"b":165}]},{"name":"reviewId","required":true,"transform":{"type":"scalar"},"locs":[{"a":168,"b":177}]},{"name":"by","required":true,"transform":{"type":"scalar"},"locs":[{"a":180,"b":183}]}],"statement":"INSERT INTO mra_foreign_id_aliases (country, normalised_id, arrangement_id, aeo_id, review_id, created_by)\nVALUES (:country!, :normalisedId!, :arrangementId!, :aeoId!, :reviewId!, :by!)\nON CONFLICT (country, normalised_id)\nDO UPDATE SET arrangement_id = EXCLUDED.arrangement_id, aeo_id = EXCLUDED.aeo_id, review_id = EXCLUDED.review_id,\n  created_by = EXCLUDED.created_by, created_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mra_foreign_id_aliases (country, normalised_id, arrangement_id, aeo_id, review_id, created_by)
 * VALUES (:country!, :normalisedId!, :arrangementId!, :aeoId!, :reviewId!, :by!)
 * ON CONFLICT (country, normalised_id)
 * DO UPDATE SET arrangement_id = EXCLUDED.arrangement_id, aeo_id = EXCLUDED.aeo_id, review_id = EXCLUDED.review_id,
 *   created_by = EXCLUDED.created_by, created_at = now()
 * ```
 */
export const upsertAlias = new PreparedQuery<IUpsertAliasParams,IUpsertAliasResult>(upsertAliasIR);


/** 'MatchRate' parameters type */
export interface IMatchRateParams {
  from: DateOrString;
  to: DateOrString;
}

/** 'MatchRate' return type */
export interface IMatchRateResult {
  alias: number | null;
  ambiguous: number | null;
  declared: number | null;
  exact: number | null;
  normalised: number | null;
  unmatched: number | null;
}

/** 'MatchRate' query type */
export interface IMatchRateQuery {
  params: IMatchRateParams;
  result: IMatchRateResult;
}

const matchRateIR: any = {"usedParamSet":{"from":true,"to":true},"params":[{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":403,"b":408}]},{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":428,"b":431}]}],"statement":"SELECT count(*)::int AS declared,\n  count(*) FILTER (WHERE outcome = 'exact')::int AS exact,\n  count(*) FILTER (WHERE outcome = 'normalised')::int AS normalised,\n  count(*) FILTER (WHERE outcome = 'alias')::int AS alias,\n  count(*) FILTER (WHERE outcome = 'unmatched')::int AS unmatched,\n  count(*) FILTER (WHERE outcome = 'ambiguous')::int AS ambiguous\nFROM mra_foreign_id_matches\nWHERE declared_at >= :from! AND declared_at < :to!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS declared,
 *   count(*) FILTER (WHERE outcome = 'exact')::int AS exact,
 *   count(*) FILTER (WHERE outcome = 'normalised')::int AS normalised,
 *   count(*) FILTER (WHERE outcome = 'alias')::int AS alias,
 *   count(*) FILTER (WHERE outcome = 'unmatched')::int AS unmatched,
 *   count(*) FILTER (WHERE outcome = 'ambiguous')::int AS ambiguous
 * FROM mra_foreign_id_matches
 * WHERE declared_at >= :from! AND declared_at < :to!
 * ```
 */
export const matchRate = new PreparedQuery<IMatchRateParams,IMatchRateResult>(matchRateIR);


