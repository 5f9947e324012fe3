/** Types generated for queries found in "services/applications/src/register/register.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'ListAuthorisations' parameters type */
export interface IListAuthorisationsParams {
  limit: number;
  region?: string | null | void;
  status?: string | null | void;
  taxpayerId?: string | null | void;
}

/** 'ListAuthorisations' return type */
export interface IListAuthorisationsResult {
  application_id: string;
  authorisation_number: string;
  city: string;
  conditions: Json;
  consent_to_mra_sharing: boolean;
  decided_at: Date;
  decided_by: string;
  effective_from: Date;
  name: string;
  operator_id: string;
  published_fields: stringArray | null;
  region: string;
  revalidation_due: Date;
  status: string;
  status_type: string;
  taxpayer_id: string;
}

/** 'ListAuthorisations' query type */
export interface IListAuthorisationsQuery {
  params: IListAuthorisationsParams;
  result: IListAuthorisationsResult;
}

const listAuthorisationsIR: any = {"usedParamSet":{"region":true,"status":true,"taxpayerId":true,"limit":true},"params":[{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":348,"b":354},{"a":384,"b":390}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":398,"b":404},{"a":434,"b":440}]},{"name":"taxpayerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":448,"b":458},{"a":493,"b":503}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":539,"b":545}]}],"statement":"SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS \"city!\"\nFROM authorisations a JOIN operators o ON o.id = a.operator_id\nWHERE (:region::text IS NULL OR a.region = :region) AND (:status::text IS NULL OR a.status = :status) AND (:taxpayerId::text IS NULL OR a.taxpayer_id = :taxpayerId)\nORDER BY a.decided_at DESC LIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS "city!"
 * FROM authorisations a JOIN operators o ON o.id = a.operator_id
 * WHERE (:region::text IS NULL OR a.region = :region) AND (:status::text IS NULL OR a.status = :status) AND (:taxpayerId::text IS NULL OR a.taxpayer_id = :taxpayerId)
 * ORDER BY a.decided_at DESC LIMIT :limit!::int
 * ```
 */
export const listAuthorisations = new PreparedQuery<IListAuthorisationsParams,IListAuthorisationsResult>(listAuthorisationsIR);


/** 'FindAuthorisation' parameters type */
export interface IFindAuthorisationParams {
  authorisationNumber: string;
}

/** 'FindAuthorisation' return type */
export interface IFindAuthorisationResult {
  application_id: string;
  authorisation_number: string;
  city: string;
  conditions: Json;
  consent_to_mra_sharing: boolean;
  decided_at: Date;
  decided_by: string;
  effective_from: Date;
  name: string;
  operator_id: string;
  published_fields: stringArray | null;
  region: string;
  revalidation_due: Date;
  status: string;
  status_type: string;
  taxpayer_id: string;
}

/** 'FindAuthorisation' query type */
export interface IFindAuthorisationQuery {
  params: IFindAuthorisationParams;
  result: IFindAuthorisationResult;
}

const findAuthorisationIR: any = {"usedParamSet":{"authorisationNumber":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":372,"b":392}]}],"statement":"SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS \"city!\"\nFROM authorisations a JOIN operators o ON o.id = a.operator_id\nWHERE a.authorisation_number = :authorisationNumber!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS "city!"
 * FROM authorisations a JOIN operators o ON o.id = a.operator_id
 * WHERE a.authorisation_number = :authorisationNumber!
 * ```
 */
export const findAuthorisation = new PreparedQuery<IFindAuthorisationParams,IFindAuthorisationResult>(findAuthorisationIR);


/** 'FindAuthorisationOfApplication' parameters type */
export interface IFindAuthorisationOfApplicationParams {
  applicationId: string;
}

/** 'FindAuthorisationOfApplication' return type */
export interface IFindAuthorisationOfApplicationResult {
  application_id: string;
  authorisation_number: string;
  city: string;
  conditions: Json;
  consent_to_mra_sharing: boolean;
  decided_at: Date;
  decided_by: string;
  effective_from: Date;
  name: string;
  operator_id: string;
  published_fields: stringArray | null;
  region: string;
  revalidation_due: Date;
  status: string;
  status_type: string;
  taxpayer_id: string;
}

/** 'FindAuthorisationOfApplication' query type */
export interface IFindAuthorisationOfApplicationQuery {
  params: IFindAuthorisationOfApplicationParams;
  result: IFindAuthorisationOfApplicationResult;
}

const findAuthorisationOfApplicationIR: any = {"usedParamSet":{"applicationId":true},"params":[{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":366,"b":380}]}],"statement":"SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS \"city!\"\nFROM authorisations a JOIN operators o ON o.id = a.operator_id\nWHERE a.application_id = :applicationId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS "city!"
 * FROM authorisations a JOIN operators o ON o.id = a.operator_id
 * WHERE a.application_id = :applicationId!
 * ```
 */
export const findAuthorisationOfApplication = new PreparedQuery<IFindAuthorisationOfApplicationParams,IFindAuthorisationOfApplicationResult>(findAuthorisationOfApplicationIR);


/** 'FindPublishedAuthorisation' parameters type */
export interface IFindPublishedAuthorisationParams {
  authorisationNumber: string;
}

/** 'FindPublishedAuthorisation' return type */
export interface IFindPublishedAuthorisationResult {
  application_id: string;
  authorisation_number: string;
  city: string;
  conditions: Json;
  consent_to_mra_sharing: boolean;
  decided_at: Date;
  decided_by: string;
  effective_from: Date;
  name: string;
  operator_id: string;
  published_fields: stringArray | null;
  region: string;
  revalidation_due: Date;
  status: string;
  status_type: string;
  taxpayer_id: string;
}

/** 'FindPublishedAuthorisation' query type */
export interface IFindPublishedAuthorisationQuery {
  params: IFindPublishedAuthorisationParams;
  result: IFindPublishedAuthorisationResult;
}

const findPublishedAuthorisationIR: any = {"usedParamSet":{"authorisationNumber":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":372,"b":392}]}],"statement":"SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS \"city!\"\nFROM authorisations a JOIN operators o ON o.id = a.operator_id\nWHERE a.authorisation_number = :authorisationNumber! AND a.published_fields IS NOT NULL"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS "city!"
 * FROM authorisations a JOIN operators o ON o.id = a.operator_id
 * WHERE a.authorisation_number = :authorisationNumber! AND a.published_fields IS NOT NULL
 * ```
 */
export const findPublishedAuthorisation = new PreparedQuery<IFindPublishedAuthorisationParams,IFindPublishedAuthorisationResult>(findPublishedAuthorisationIR);


/** 'SearchPublishedAuthorisations' parameters type */
export interface ISearchPublishedAuthorisationsParams {
  limit: number;
  name?: string | null | void;
  offset: number;
  order: string;
  taxpayerId?: string | null | void;
}

/** 'SearchPublishedAuthorisations' return type */
export interface ISearchPublishedAuthorisationsResult {
  application_id: string;
  authorisation_number: string;
  city: string;
  conditions: Json;
  consent_to_mra_sharing: boolean;
  decided_at: Date;
  decided_by: string;
  effective_from: Date;
  name: string;
  operator_id: string;
  published_fields: stringArray | null;
  region: string;
  revalidation_due: Date;
  status: string;
  status_type: string;
  taxpayer_id: string;
  total: string;
}

/** 'SearchPublishedAuthorisations' query type */
export interface ISearchPublishedAuthorisationsQuery {
  params: ISearchPublishedAuthorisationsParams;
  result: ISearchPublishedAuthorisationsResult;
}

const searchPublishedAuthorisationsIR: any = {"usedParamSet":{"name":true,"taxpayerId":true,"order":true,"limit":true,"offset":true},"params":[{"name":"name","required":false,"transform":{"type":"scalar"},"locs":[{"a":628,"b":632},{"a":718,"b":722}]},{"name":"taxpayerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":739,"b":749},{"a":829,"b":839}]},{"name":"order","required":true,"transform":{"type":"scalar"},"locs":[{"a":864,"b":870},{"a":935,"b":941}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1001,"b":1007}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":1021,"b":1028}]}],"statement":"-- Published entries in force, counted whole on every row; a name (its text as typed, in any case: no LIKE wildcards) or a taxpayer id finds only holders who publish it.\nSELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS \"city!\",\n  COUNT(*) OVER () AS \"total!\"\nFROM authorisations a JOIN operators o ON o.id = a.operator_id\nWHERE a.published_fields IS NOT NULL AND a.status IN ('granted', 'suspended')\n  AND (:name::text IS NULL OR ('name' = ANY (a.published_fields) AND strpos(lower(o.name), lower(:name)) > 0))\n  AND (:taxpayerId::text IS NULL OR ('taxpayerId' = ANY (a.published_fields) AND a.taxpayer_id = :taxpayerId))\nORDER BY\n  CASE WHEN :order!::text = 'asc' THEN a.authorisation_number END ASC,\n  CASE WHEN :order!::text = 'desc' THEN a.authorisation_number END DESC\nLIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- Published entries in force, counted whole on every row; a name (its text as typed, in any case: no LIKE wildcards) or a taxpayer id finds only holders who publish it.
 * SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS "city!",
 *   COUNT(*) OVER () AS "total!"
 * FROM authorisations a JOIN operators o ON o.id = a.operator_id
 * WHERE a.published_fields IS NOT NULL AND a.status IN ('granted', 'suspended')
 *   AND (:name::text IS NULL OR ('name' = ANY (a.published_fields) AND strpos(lower(o.name), lower(:name)) > 0))
 *   AND (:taxpayerId::text IS NULL OR ('taxpayerId' = ANY (a.published_fields) AND a.taxpayer_id = :taxpayerId))
 * ORDER BY
 *   CASE WHEN :order!::text = 'asc' THEN a.authorisation_number END ASC,
 *   CASE WHEN :order!::text = 'desc' THEN a.authorisation_number END DESC
 * LIMIT :limit!::int OFFSET :offset!::int
 * ```
 */
export const searchPublishedAuthorisations = new PreparedQuery<ISearchPublishedAuthorisationsParams,ISearchPublishedAuthorisationsResult>(searchPublishedAuthorisationsIR);


/** 'ListAuthorisationHistory' parameters type */
export interface IListAuthorisationHistoryParams {
  authorisationNumber: string;
}

/** 'ListAuthorisationHistory' return type */
export interface IListAuthorisationHistoryResult {
  change: string;
  changed_at: Date;
  changed_by: string;
  details: Json;
  status: string;
}

/** 'ListAuthorisationHistory' query type */
export interface IListAuthorisationHistoryQuery {
  params: IListAuthorisationHistoryParams;
  result: IListAuthorisationHistoryResult;
}

const listAuthorisationHistoryIR: any = {"usedParamSet":{"authorisationNumber":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":131}]}],"statement":"SELECT change, status, changed_by, changed_at, details FROM authorisation_history WHERE authorisation_number = :authorisationNumber! ORDER BY id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT change, status, changed_by, changed_at, details FROM authorisation_history WHERE authorisation_number = :authorisationNumber! ORDER BY id
 * ```
 */
export const listAuthorisationHistory = new PreparedQuery<IListAuthorisationHistoryParams,IListAuthorisationHistoryResult>(listAuthorisationHistoryIR);


/** 'SetPublishedFields' parameters type */
export interface ISetPublishedFieldsParams {
  authorisationNumber: string;
  changedBy: string;
  fields?: stringArray | null | void;
}

/** 'SetPublishedFields' return type */
export type ISetPublishedFieldsResult = void;

/** 'SetPublishedFields' query type */
export interface ISetPublishedFieldsQuery {
  params: ISetPublishedFieldsParams;
  result: ISetPublishedFieldsResult;
}

const setPublishedFieldsIR: any = {"usedParamSet":{"fields":true,"changedBy":true,"authorisationNumber":true},"params":[{"name":"fields","required":false,"transform":{"type":"scalar"},"locs":[{"a":45,"b":51}]},{"name":"changedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":119,"b":129}]},{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":160,"b":180}]}],"statement":"UPDATE authorisations SET published_fields = :fields::text[], publication_changed_at = now(), publication_changed_by = :changedBy!\nWHERE authorisation_number = :authorisationNumber!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE authorisations SET published_fields = :fields::text[], publication_changed_at = now(), publication_changed_by = :changedBy!
 * WHERE authorisation_number = :authorisationNumber!
 * ```
 */
export const setPublishedFields = new PreparedQuery<ISetPublishedFieldsParams,ISetPublishedFieldsResult>(setPublishedFieldsIR);


