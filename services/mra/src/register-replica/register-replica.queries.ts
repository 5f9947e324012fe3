/** Types generated for queries found in "services/mra/src/register-replica/register-replica.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'UpsertHolder' parameters type */
export interface IUpsertHolderParams {
  address?: Json | null | void;
  name: string;
  operatorId: string;
  taxpayerId: string;
}

/** 'UpsertHolder' return type */
export type IUpsertHolderResult = void;

/** 'UpsertHolder' query type */
export interface IUpsertHolderQuery {
  params: IUpsertHolderParams;
  result: IUpsertHolderResult;
}

const upsertHolderIR: any = {"usedParamSet":{"operatorId":true,"taxpayerId":true,"name":true,"address":true},"params":[{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":94}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":108}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":116}]},{"name":"address","required":false,"transform":{"type":"scalar"},"locs":[{"a":119,"b":126}]}],"statement":"INSERT INTO mra_register_holders (operator_id, taxpayer_id, name, address)\nVALUES (:operatorId!, :taxpayerId!, :name!, :address)\nON CONFLICT (operator_id) DO UPDATE\n  SET taxpayer_id = EXCLUDED.taxpayer_id, name = EXCLUDED.name,\n      address = COALESCE(EXCLUDED.address, mra_register_holders.address), updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mra_register_holders (operator_id, taxpayer_id, name, address)
 * VALUES (:operatorId!, :taxpayerId!, :name!, :address)
 * ON CONFLICT (operator_id) DO UPDATE
 *   SET taxpayer_id = EXCLUDED.taxpayer_id, name = EXCLUDED.name,
 *       address = COALESCE(EXCLUDED.address, mra_register_holders.address), updated_at = now()
 * ```
 */
export const upsertHolder = new PreparedQuery<IUpsertHolderParams,IUpsertHolderResult>(upsertHolderIR);


/** 'UpsertAuthorisation' parameters type */
export interface IUpsertAuthorisationParams {
  authorisationNumber: string;
  consent: boolean;
  effectiveFrom?: DateOrString | null | void;
  endedOn?: DateOrString | null | void;
  operatorId: string;
  revalidationDue?: DateOrString | null | void;
  status: string;
  statusType: string;
  suspendedFrom?: DateOrString | null | void;
  taxpayerId: string;
}

/** 'UpsertAuthorisation' return type */
export type IUpsertAuthorisationResult = void;

/** 'UpsertAuthorisation' query type */
export interface IUpsertAuthorisationQuery {
  params: IUpsertAuthorisationParams;
  result: IUpsertAuthorisationResult;
}

const upsertAuthorisationIR: any = {"usedParamSet":{"authorisationNumber":true,"operatorId":true,"taxpayerId":true,"statusType":true,"consent":true,"status":true,"effectiveFrom":true,"revalidationDue":true,"suspendedFrom":true,"endedOn":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":204,"b":224}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":227,"b":238}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":241,"b":252}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":255,"b":266}]},{"name":"consent","required":true,"transform":{"type":"scalar"},"locs":[{"a":269,"b":277}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":280,"b":287}]},{"name":"effectiveFrom","required":false,"transform":{"type":"scalar"},"locs":[{"a":290,"b":303}]},{"name":"revalidationDue","required":false,"transform":{"type":"scalar"},"locs":[{"a":308,"b":323}]},{"name":"suspendedFrom","required":false,"transform":{"type":"scalar"},"locs":[{"a":326,"b":339}]},{"name":"endedOn","required":false,"transform":{"type":"scalar"},"locs":[{"a":342,"b":349}]}],"statement":"INSERT INTO mra_register_authorisations (authorisation_number, operator_id, taxpayer_id, status_type,\n  consent_to_mra_sharing, status, effective_from, revalidation_due, suspended_from, ended_on)\nVALUES (:authorisationNumber!, :operatorId!, :taxpayerId!, :statusType!, :consent!, :status!, :effectiveFrom,\n  :revalidationDue, :suspendedFrom, :endedOn)\nON CONFLICT (authorisation_number) DO UPDATE\n  SET operator_id = EXCLUDED.operator_id, taxpayer_id = EXCLUDED.taxpayer_id, status_type = EXCLUDED.status_type,\n      consent_to_mra_sharing = EXCLUDED.consent_to_mra_sharing, status = EXCLUDED.status,\n      effective_from = COALESCE(EXCLUDED.effective_from, mra_register_authorisations.effective_from),\n      revalidation_due = COALESCE(EXCLUDED.revalidation_due, mra_register_authorisations.revalidation_due),\n      suspended_from = EXCLUDED.suspended_from, ended_on = EXCLUDED.ended_on, updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mra_register_authorisations (authorisation_number, operator_id, taxpayer_id, status_type,
 *   consent_to_mra_sharing, status, effective_from, revalidation_due, suspended_from, ended_on)
 * VALUES (:authorisationNumber!, :operatorId!, :taxpayerId!, :statusType!, :consent!, :status!, :effectiveFrom,
 *   :revalidationDue, :suspendedFrom, :endedOn)
 * ON CONFLICT (authorisation_number) DO UPDATE
 *   SET operator_id = EXCLUDED.operator_id, taxpayer_id = EXCLUDED.taxpayer_id, status_type = EXCLUDED.status_type,
 *       consent_to_mra_sharing = EXCLUDED.consent_to_mra_sharing, status = EXCLUDED.status,
 *       effective_from = COALESCE(EXCLUDED.effective_from, mra_register_authorisations.effective_from),
 *       revalidation_due = COALESCE(EXCLUDED.revalidation_due, mra_register_authorisations.revalidation_due),
 *       suspended_from = EXCLUDED.suspended_from, ended_on = EXCLUDED.ended_on, updated_at = now()
 * ```
 */
export const upsertAuthorisation = new PreparedQuery<IUpsertAuthorisationParams,IUpsertAuthorisationResult>(upsertAuthorisationIR);


/** 'ExportableAuthorisations' parameters type */
export interface IExportableAuthorisationsParams {
  endedAfter: DateOrString;
  statusTypes: stringArray;
}

/** 'ExportableAuthorisations' return type */
export interface IExportableAuthorisationsResult {
  address: Json | null;
  authorisation_number: string;
  effective_from: Date | null;
  ended_on: Date | null;
  name: string;
  revalidation_due: Date | null;
  status: string;
  status_type: string;
  suspended_from: Date | null;
  taxpayer_id: string;
}

/** 'ExportableAuthorisations' query type */
export interface IExportableAuthorisationsQuery {
  params: IExportableAuthorisationsParams;
  result: IExportableAuthorisationsResult;
}

const exportableAuthorisationsIR: any = {"usedParamSet":{"statusTypes":true,"endedAfter":true},"params":[{"name":"statusTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":315,"b":327}]},{"name":"endedAfter","required":true,"transform":{"type":"scalar"},"locs":[{"a":380,"b":391}]}],"statement":"SELECT a.authorisation_number, a.taxpayer_id, a.status_type, a.status, a.effective_from, a.revalidation_due,\n  a.suspended_from, a.ended_on, h.name, h.address\nFROM mra_register_authorisations a\nLEFT JOIN mra_register_holders h ON h.operator_id = a.operator_id\nWHERE a.consent_to_mra_sharing AND a.status_type = ANY(:statusTypes!::text[])\n  AND (a.ended_on IS NULL OR a.ended_on > :endedAfter!)\nORDER BY a.authorisation_number"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.authorisation_number, a.taxpayer_id, a.status_type, a.status, a.effective_from, a.revalidation_due,
 *   a.suspended_from, a.ended_on, h.name, h.address
 * FROM mra_register_authorisations a
 * LEFT JOIN mra_register_holders h ON h.operator_id = a.operator_id
 * WHERE a.consent_to_mra_sharing AND a.status_type = ANY(:statusTypes!::text[])
 *   AND (a.ended_on IS NULL OR a.ended_on > :endedAfter!)
 * ORDER BY a.authorisation_number
 * ```
 */
export const exportableAuthorisations = new PreparedQuery<IExportableAuthorisationsParams,IExportableAuthorisationsResult>(exportableAuthorisationsIR);


