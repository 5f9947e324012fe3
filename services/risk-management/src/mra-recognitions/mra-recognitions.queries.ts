/** Types generated for queries found in "services/risk-management/src/mra-recognitions/mra-recognitions.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'UpsertArrangement' parameters type */
export interface IUpsertArrangementParams {
  arrangementId: string;
  at: DateOrString;
  partnerCountry: string;
  phase: string;
  terms?: Json | null | void;
  title: string;
}

/** 'UpsertArrangement' return type */
export type IUpsertArrangementResult = void;

/** 'UpsertArrangement' query type */
export interface IUpsertArrangementQuery {
  params: IUpsertArrangementParams;
  result: IUpsertArrangementResult;
}

const upsertArrangementIR: any = {"usedParamSet":{"arrangementId":true,"partnerCountry":true,"title":true,"phase":true,"terms":true,"at":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":214,"b":228}]},{"name":"partnerCountry","required":true,"transform":{"type":"scalar"},"locs":[{"a":231,"b":246}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":249,"b":255}]},{"name":"phase","required":true,"transform":{"type":"scalar"},"locs":[{"a":258,"b":264}]},{"name":"terms","required":false,"transform":{"type":"scalar"},"locs":[{"a":267,"b":272}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":282,"b":285}]}],"statement":"-- The latest phase change wins (events of one arrangement arrive in order; the time guards replays).\nINSERT INTO mra_arrangements_replica (arrangement_id, partner_country, title, phase, terms, changed_at)\nVALUES (:arrangementId!, :partnerCountry!, :title!, :phase!, :terms::jsonb, :at!)\nON CONFLICT (arrangement_id) DO UPDATE\nSET partner_country = EXCLUDED.partner_country, title = EXCLUDED.title, phase = EXCLUDED.phase,\n  terms = coalesce(EXCLUDED.terms, mra_arrangements_replica.terms), changed_at = EXCLUDED.changed_at\nWHERE mra_arrangements_replica.changed_at <= EXCLUDED.changed_at"};

/**
 * Query generated from SQL:
 * ```
 * -- The latest phase change wins (events of one arrangement arrive in order; the time guards replays).
 * INSERT INTO mra_arrangements_replica (arrangement_id, partner_country, title, phase, terms, changed_at)
 * VALUES (:arrangementId!, :partnerCountry!, :title!, :phase!, :terms::jsonb, :at!)
 * ON CONFLICT (arrangement_id) DO UPDATE
 * SET partner_country = EXCLUDED.partner_country, title = EXCLUDED.title, phase = EXCLUDED.phase,
 *   terms = coalesce(EXCLUDED.terms, mra_arrangements_replica.terms), changed_at = EXCLUDED.changed_at
 * WHERE mra_arrangements_replica.changed_at <= EXCLUDED.changed_at
 * ```
 */
export const upsertArrangement = new PreparedQuery<IUpsertArrangementParams,IUpsertArrangementResult>(upsertArrangementIR);


/** 'UpsertForeignAeos' parameters type */
export interface IUpsertForeignAeosParams {
  arrangementId: string;
  changes: Json;
  partnerCountry: string;
  version: number;
}

/** 'UpsertForeignAeos' return type */
export type IUpsertForeignAeosResult = void;

/** 'UpsertForeignAeos' query type */
export interface IUpsertForeignAeosQuery {
  params: IUpsertForeignAeosParams;
  result: IUpsertForeignAeosResult;
}

const upsertForeignAeosIR: any = {"usedParamSet":{"arrangementId":true,"partnerCountry":true,"version":true,"changes":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":247,"b":261}]},{"name":"partnerCountry","required":true,"transform":{"type":"scalar"},"locs":[{"a":264,"b":279}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":385,"b":393}]},{"name":"changes","required":true,"transform":{"type":"scalar"},"locs":[{"a":419,"b":427}]}],"statement":"-- One list version's changes; an older version never overwrites a newer one.\nINSERT INTO mra_foreign_aeos_replica (arrangement_id, partner_country, aeo_id, normalised_id, name, status_type, status,\n  valid_from, valid_until, list_version)\nSELECT :arrangementId!, :partnerCountry!, c.aeo_id, c.normalised_id, c.name, c.status_type, c.status, c.valid_from::date,\n  c.valid_until::date, :version!\nFROM jsonb_to_recordset(:changes!::jsonb) AS c(aeo_id text, normalised_id text, name text, status_type text, status text,\n  valid_from text, valid_until text)\nON CONFLICT (arrangement_id, aeo_id) DO UPDATE\nSET normalised_id = EXCLUDED.normalised_id, name = EXCLUDED.name, status_type = EXCLUDED.status_type,\n  status = EXCLUDED.status, valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,\n  list_version = EXCLUDED.list_version\nWHERE mra_foreign_aeos_replica.list_version <= EXCLUDED.list_version"};

/**
 * Query generated from SQL:
 * ```
 * -- One list version's changes; an older version never overwrites a newer one.
 * INSERT INTO mra_foreign_aeos_replica (arrangement_id, partner_country, aeo_id, normalised_id, name, status_type, status,
 *   valid_from, valid_until, list_version)
 * SELECT :arrangementId!, :partnerCountry!, c.aeo_id, c.normalised_id, c.name, c.status_type, c.status, c.valid_from::date,
 *   c.valid_until::date, :version!
 * FROM jsonb_to_recordset(:changes!::jsonb) AS c(aeo_id text, normalised_id text, name text, status_type text, status text,
 *   valid_from text, valid_until text)
 * ON CONFLICT (arrangement_id, aeo_id) DO UPDATE
 * SET normalised_id = EXCLUDED.normalised_id, name = EXCLUDED.name, status_type = EXCLUDED.status_type,
 *   status = EXCLUDED.status, valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,
 *   list_version = EXCLUDED.list_version
 * WHERE mra_foreign_aeos_replica.list_version <= EXCLUDED.list_version
 * ```
 */
export const upsertForeignAeos = new PreparedQuery<IUpsertForeignAeosParams,IUpsertForeignAeosResult>(upsertForeignAeosIR);


/** 'UpsertAlias' parameters type */
export interface IUpsertAliasParams {
  aeoId: string;
  arrangementId: string;
  at: DateOrString;
  country: string;
  normalisedId: string;
}

/** 'UpsertAlias' return type */
export type IUpsertAliasResult = void;

/** 'UpsertAlias' query type */
export interface IUpsertAliasQuery {
  params: IUpsertAliasParams;
  result: IUpsertAliasResult;
}

const upsertAliasIR: any = {"usedParamSet":{"country":true,"normalisedId":true,"arrangementId":true,"aeoId":true,"at":true},"params":[{"name":"country","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":121}]},{"name":"normalisedId","required":true,"transform":{"type":"scalar"},"locs":[{"a":124,"b":137}]},{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":140,"b":154}]},{"name":"aeoId","required":true,"transform":{"type":"scalar"},"locs":[{"a":157,"b":163}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":166,"b":169}]}],"statement":"INSERT INTO mra_foreign_id_aliases_replica (country, normalised_id, arrangement_id, aeo_id, resolved_at)\nVALUES (:country!, :normalisedId!, :arrangementId!, :aeoId!, :at!)\nON CONFLICT (country, normalised_id) DO UPDATE\nSET arrangement_id = EXCLUDED.arrangement_id, aeo_id = EXCLUDED.aeo_id, resolved_at = EXCLUDED.resolved_at\nWHERE mra_foreign_id_aliases_replica.resolved_at <= EXCLUDED.resolved_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mra_foreign_id_aliases_replica (country, normalised_id, arrangement_id, aeo_id, resolved_at)
 * VALUES (:country!, :normalisedId!, :arrangementId!, :aeoId!, :at!)
 * ON CONFLICT (country, normalised_id) DO UPDATE
 * SET arrangement_id = EXCLUDED.arrangement_id, aeo_id = EXCLUDED.aeo_id, resolved_at = EXCLUDED.resolved_at
 * WHERE mra_foreign_id_aliases_replica.resolved_at <= EXCLUDED.resolved_at
 * ```
 */
export const upsertAlias = new PreparedQuery<IUpsertAliasParams,IUpsertAliasResult>(upsertAliasIR);


/** 'FindForeignAeos' parameters type */
export interface IFindForeignAeosParams {
  ids: Json;
}

/** 'FindForeignAeos' return type */
export interface IFindForeignAeosResult {
  aeo_id: string;
  arrangement_id: string;
  country: string | null;
  declared_id: string | null;
  phase: string;
  rank: number | null;
  status: string;
  status_type: string;
  terms: Json | null;
  title: string;
  valid_from: string | null;
  valid_until: string | null;
}

/** 'FindForeignAeos' query type */
export interface IFindForeignAeosQuery {
  params: IFindForeignAeosParams;
  result: IFindForeignAeosResult;
}

const findForeignAeosIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":665,"b":669}]}],"statement":"-- The replica's entries for declared identifiers (as written, normalised, or through an alias),\n-- one statement for a whole batch of declarations: `ids` holds {country, declaredId, normalisedId}.\n-- An entry found several ways comes once, under its best rank (0 exact, 1 normalised, 2 alias).\n-- Each probe is an index look-up (the entries' primary key per arrangement of the country, their\n-- (partner_country, normalised_id) index, the aliases' primary key), the country typed bpchar like\n-- the columns: no scan of the replica, however long the partners' lists.\nWITH d AS (\n  SELECT DISTINCT d.country, d.declared_id, d.normalised_id\n  FROM jsonb_to_recordset(:ids!::jsonb) AS d(country bpchar, declared_id text, normalised_id text)\n), hits AS (\n  SELECT d.country, d.declared_id, e.arrangement_id, e.aeo_id, 0 AS rank\n  FROM d\n  JOIN mra_arrangements_replica a ON a.partner_country = d.country\n  JOIN mra_foreign_aeos_replica e ON e.arrangement_id = a.arrangement_id AND e.aeo_id = d.declared_id\n  UNION ALL\n  SELECT d.country, d.declared_id, e.arrangement_id, e.aeo_id, 1 AS rank\n  FROM d\n  JOIN mra_foreign_aeos_replica e ON e.partner_country = d.country AND e.normalised_id = d.normalised_id\n  UNION ALL\n  SELECT d.country, d.declared_id, al.arrangement_id, al.aeo_id, 2 AS rank\n  FROM d\n  JOIN mra_foreign_id_aliases_replica al ON al.country = d.country AND al.normalised_id = d.normalised_id\n), best AS (\n  SELECT country, declared_id, arrangement_id, aeo_id, min(rank) AS rank\n  FROM hits\n  GROUP BY country, declared_id, arrangement_id, aeo_id\n)\nSELECT b.country, b.declared_id, e.arrangement_id, e.aeo_id, e.status_type, e.status,\n  to_char(e.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(e.valid_until, 'YYYY-MM-DD') AS valid_until, a.title,\n  a.phase, a.terms, b.rank\nFROM best b\nJOIN mra_foreign_aeos_replica e ON e.arrangement_id = b.arrangement_id AND e.aeo_id = b.aeo_id\nJOIN mra_arrangements_replica a ON a.arrangement_id = e.arrangement_id\nORDER BY b.country, b.declared_id, b.rank, e.arrangement_id, e.aeo_id"};

/**
 * Query generated from SQL:
 * ```
 * -- The replica's entries for declared identifiers (as written, normalised, or through an alias),
 * -- one statement for a whole batch of declarations: `ids` holds {country, declaredId, normalisedId}.
 * -- An entry found several ways comes once, under its best rank (0 exact, 1 normalised, 2 alias).
 * -- Each probe is an index look-up (the entries' primary key per arrangement of the country, their
 * -- (partner_country, normalised_id) index, the aliases' primary key), the country typed bpchar like
 * -- the columns: no scan of the replica, however long the partners' lists.
 * WITH d AS (
 *   SELECT DISTINCT d.country, d.declared_id, d.normalised_id
 *   FROM jsonb_to_recordset(:ids!::jsonb) AS d(country bpchar, declared_id text, normalised_id text)
 * ), hits AS (
 *   SELECT d.country, d.declared_id, e.arrangement_id, e.aeo_id, 0 AS rank
 *   FROM d
 *   JOIN mra_arrangements_replica a ON a.partner_country = d.country
 *   JOIN mra_foreign_aeos_replica e ON e.arrangement_id = a.arrangement_id AND e.aeo_id = d.declared_id
 *   UNION ALL
 *   SELECT d.country, d.declared_id, e.arrangement_id, e.aeo_id, 1 AS rank
 *   FROM d
 *   JOIN mra_foreign_aeos_replica e ON e.partner_country = d.country AND e.normalised_id = d.normalised_id
 *   UNION ALL
 *   SELECT d.country, d.declared_id, al.arrangement_id, al.aeo_id, 2 AS rank
 *   FROM d
 *   JOIN mra_foreign_id_aliases_replica al ON al.country = d.country AND al.normalised_id = d.normalised_id
 * ), best AS (
 *   SELECT country, declared_id, arrangement_id, aeo_id, min(rank) AS rank
 *   FROM hits
 *   GROUP BY country, declared_id, arrangement_id, aeo_id
 * )
 * SELECT b.country, b.declared_id, e.arrangement_id, e.aeo_id, e.status_type, e.status,
 *   to_char(e.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(e.valid_until, 'YYYY-MM-DD') AS valid_until, a.title,
 *   a.phase, a.terms, b.rank
 * FROM best b
 * JOIN mra_foreign_aeos_replica e ON e.arrangement_id = b.arrangement_id AND e.aeo_id = b.aeo_id
 * JOIN mra_arrangements_replica a ON a.arrangement_id = e.arrangement_id
 * ORDER BY b.country, b.declared_id, b.rank, e.arrangement_id, e.aeo_id
 * ```
 */
export const findForeignAeos = new PreparedQuery<IFindForeignAeosParams,IFindForeignAeosResult>(findForeignAeosIR);


