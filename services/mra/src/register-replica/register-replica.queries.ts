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
  suspendedScope?: string | null | void;
  taxpayerId: string;
}

/** 'UpsertAuthorisation' return type */
export type IUpsertAuthorisationResult = void;

/** 'UpsertAuthorisation' query type */
export interface IUpsertAuthorisationQuery {
  params: IUpsertAuthorisationParams;
  result: IUpsertAuthorisationResult;
}

const upsertAuthorisationIR: any = {"usedParamSet":{"authorisationNumber":true,"operatorId":true,"taxpayerId":true,"statusType":true,"consent":true,"status":true,"effectiveFrom":true,"revalidationDue":true,"suspendedFrom":true,"suspendedScope":true,"endedOn":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":221,"b":241}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":244,"b":255}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":258,"b":269}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":272,"b":283}]},{"name":"consent","required":true,"transform":{"type":"scalar"},"locs":[{"a":286,"b":294}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":297,"b":304}]},{"name":"effectiveFrom","required":false,"transform":{"type":"scalar"},"locs":[{"a":307,"b":320}]},{"name":"revalidationDue","required":false,"transform":{"type":"scalar"},"locs":[{"a":325,"b":340}]},{"name":"suspendedFrom","required":false,"transform":{"type":"scalar"},"locs":[{"a":343,"b":356}]},{"name":"suspendedScope","required":false,"transform":{"type":"scalar"},"locs":[{"a":359,"b":373}]},{"name":"endedOn","required":false,"transform":{"type":"scalar"},"locs":[{"a":376,"b":383}]}],"statement":"INSERT INTO mra_register_authorisations (authorisation_number, operator_id, taxpayer_id, status_type,\n  consent_to_mra_sharing, status, effective_from, revalidation_due, suspended_from, suspended_scope, ended_on)\nVALUES (:authorisationNumber!, :operatorId!, :taxpayerId!, :statusType!, :consent!, :status!, :effectiveFrom,\n  :revalidationDue, :suspendedFrom, :suspendedScope, :endedOn)\nON CONFLICT (authorisation_number) DO UPDATE\n  SET operator_id = EXCLUDED.operator_id, taxpayer_id = EXCLUDED.taxpayer_id, status_type = EXCLUDED.status_type,\n      consent_to_mra_sharing = EXCLUDED.consent_to_mra_sharing, status = EXCLUDED.status,\n      effective_from = COALESCE(EXCLUDED.effective_from, mra_register_authorisations.effective_from),\n      revalidation_due = COALESCE(EXCLUDED.revalidation_due, mra_register_authorisations.revalidation_due),\n      suspended_from = EXCLUDED.suspended_from, suspended_scope = EXCLUDED.suspended_scope,\n      ended_on = EXCLUDED.ended_on, updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mra_register_authorisations (authorisation_number, operator_id, taxpayer_id, status_type,
 *   consent_to_mra_sharing, status, effective_from, revalidation_due, suspended_from, suspended_scope, ended_on)
 * VALUES (:authorisationNumber!, :operatorId!, :taxpayerId!, :statusType!, :consent!, :status!, :effectiveFrom,
 *   :revalidationDue, :suspendedFrom, :suspendedScope, :endedOn)
 * ON CONFLICT (authorisation_number) DO UPDATE
 *   SET operator_id = EXCLUDED.operator_id, taxpayer_id = EXCLUDED.taxpayer_id, status_type = EXCLUDED.status_type,
 *       consent_to_mra_sharing = EXCLUDED.consent_to_mra_sharing, status = EXCLUDED.status,
 *       effective_from = COALESCE(EXCLUDED.effective_from, mra_register_authorisations.effective_from),
 *       revalidation_due = COALESCE(EXCLUDED.revalidation_due, mra_register_authorisations.revalidation_due),
 *       suspended_from = EXCLUDED.suspended_from, suspended_scope = EXCLUDED.suspended_scope,
 *       ended_on = EXCLUDED.ended_on, updated_at = now()
 * ```
 */
export const upsertAuthorisation = new PreparedQuery<IUpsertAuthorisationParams,IUpsertAuthorisationResult>(upsertAuthorisationIR);


/** 'RecordRevalidation' parameters type */
export interface IRecordRevalidationParams {
  authorisationNumber: string;
  consent: boolean;
  operatorId: string;
  reinstated: boolean;
  revalidationDue: DateOrString;
  statusType: string;
  taxpayerId: string;
}

/** 'RecordRevalidation' return type */
export type IRecordRevalidationResult = void;

/** 'RecordRevalidation' query type */
export interface IRecordRevalidationQuery {
  params: IRecordRevalidationParams;
  result: IRecordRevalidationResult;
}

const recordRevalidationIR: any = {"usedParamSet":{"authorisationNumber":true,"operatorId":true,"taxpayerId":true,"statusType":true,"consent":true,"revalidationDue":true,"reinstated":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":162,"b":182}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":185,"b":196}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":199,"b":210}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":213,"b":224}]},{"name":"consent","required":true,"transform":{"type":"scalar"},"locs":[{"a":227,"b":235}]},{"name":"revalidationDue","required":true,"transform":{"type":"scalar"},"locs":[{"a":248,"b":264}]},{"name":"reinstated","required":true,"transform":{"type":"scalar"},"locs":[{"a":561,"b":572},{"a":739,"b":750},{"a":930,"b":941}]}],"statement":"INSERT INTO mra_register_authorisations (authorisation_number, operator_id, taxpayer_id, status_type,\n  consent_to_mra_sharing, status, revalidation_due)\nVALUES (:authorisationNumber!, :operatorId!, :taxpayerId!, :statusType!, :consent!, 'active', :revalidationDue!)\nON CONFLICT (authorisation_number) DO UPDATE\n  SET operator_id = EXCLUDED.operator_id, taxpayer_id = EXCLUDED.taxpayer_id, status_type = EXCLUDED.status_type,\n      consent_to_mra_sharing = EXCLUDED.consent_to_mra_sharing, revalidation_due = EXCLUDED.revalidation_due,\n      status = CASE WHEN :reinstated! AND mra_register_authorisations.status = 'suspended' THEN 'active'\n                    ELSE mra_register_authorisations.status END,\n      suspended_from = CASE WHEN :reinstated! AND mra_register_authorisations.status = 'suspended' THEN NULL\n                            ELSE mra_register_authorisations.suspended_from END,\n      suspended_scope = CASE WHEN :reinstated! AND mra_register_authorisations.status = 'suspended' THEN NULL\n                             ELSE mra_register_authorisations.suspended_scope END,\n      updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mra_register_authorisations (authorisation_number, operator_id, taxpayer_id, status_type,
 *   consent_to_mra_sharing, status, revalidation_due)
 * VALUES (:authorisationNumber!, :operatorId!, :taxpayerId!, :statusType!, :consent!, 'active', :revalidationDue!)
 * ON CONFLICT (authorisation_number) DO UPDATE
 *   SET operator_id = EXCLUDED.operator_id, taxpayer_id = EXCLUDED.taxpayer_id, status_type = EXCLUDED.status_type,
 *       consent_to_mra_sharing = EXCLUDED.consent_to_mra_sharing, revalidation_due = EXCLUDED.revalidation_due,
 *       status = CASE WHEN :reinstated! AND mra_register_authorisations.status = 'suspended' THEN 'active'
 *                     ELSE mra_register_authorisations.status END,
 *       suspended_from = CASE WHEN :reinstated! AND mra_register_authorisations.status = 'suspended' THEN NULL
 *                             ELSE mra_register_authorisations.suspended_from END,
 *       suspended_scope = CASE WHEN :reinstated! AND mra_register_authorisations.status = 'suspended' THEN NULL
 *                              ELSE mra_register_authorisations.suspended_scope END,
 *       updated_at = now()
 * ```
 */
export const recordRevalidation = new PreparedQuery<IRecordRevalidationParams,IRecordRevalidationResult>(recordRevalidationIR);


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
  suspended_scope: string | null;
  taxpayer_id: string;
}

/** 'ExportableAuthorisations' query type */
export interface IExportableAuthorisationsQuery {
  params: IExportableAuthorisationsParams;
  result: IExportableAuthorisationsResult;
}

const exportableAuthorisationsIR: any = {"usedParamSet":{"statusTypes":true,"endedAfter":true},"params":[{"name":"statusTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":334,"b":346}]},{"name":"endedAfter","required":true,"transform":{"type":"scalar"},"locs":[{"a":399,"b":410}]}],"statement":"SELECT a.authorisation_number, a.taxpayer_id, a.status_type, a.status, a.effective_from, a.revalidation_due,\n  a.suspended_from, a.suspended_scope, a.ended_on, h.name, h.address\nFROM mra_register_authorisations a\nLEFT JOIN mra_register_holders h ON h.operator_id = a.operator_id\nWHERE a.consent_to_mra_sharing AND a.status_type = ANY(:statusTypes!::text[])\n  AND (a.ended_on IS NULL OR a.ended_on > :endedAfter!)\nORDER BY a.authorisation_number"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.authorisation_number, a.taxpayer_id, a.status_type, a.status, a.effective_from, a.revalidation_due,
 *   a.suspended_from, a.suspended_scope, a.ended_on, h.name, h.address
 * FROM mra_register_authorisations a
 * LEFT JOIN mra_register_holders h ON h.operator_id = a.operator_id
 * WHERE a.consent_to_mra_sharing AND a.status_type = ANY(:statusTypes!::text[])
 *   AND (a.ended_on IS NULL OR a.ended_on > :endedAfter!)
 * ORDER BY a.authorisation_number
 * ```
 */
export const exportableAuthorisations = new PreparedQuery<IExportableAuthorisationsParams,IExportableAuthorisationsResult>(exportableAuthorisationsIR);


