/** Types generated for queries found in "services/risk-management/src/aeo-status/aeo-status.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'FindAeoStatus' parameters type */
export interface IFindAeoStatusParams {
  taxpayerId: string;
}

/** 'FindAeoStatus' return type */
export interface IFindAeoStatusResult {
  authorisation_number: string;
  consent_to_mra_sharing: boolean;
  effective_from: Date;
  operator_id: string;
  status: string;
  status_effective_from: Date | null;
  status_type: string;
  suspended_scope: string | null;
  taxpayer_id: string;
}

/** 'FindAeoStatus' query type */
export interface IFindAeoStatusQuery {
  params: IFindAeoStatusParams;
  result: IFindAeoStatusResult;
}

const findAeoStatusIR: any = {"usedParamSet":{"taxpayerId":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":191,"b":202}]}],"statement":"SELECT taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, status_effective_from, consent_to_mra_sharing\nFROM aeo_status WHERE taxpayer_id = :taxpayerId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, status_effective_from, consent_to_mra_sharing
 * FROM aeo_status WHERE taxpayer_id = :taxpayerId!
 * ```
 */
export const findAeoStatus = new PreparedQuery<IFindAeoStatusParams,IFindAeoStatusResult>(findAeoStatusIR);


/** 'FindAllAeoStatuses' parameters type */
export type IFindAllAeoStatusesParams = void;

/** 'FindAllAeoStatuses' return type */
export interface IFindAllAeoStatusesResult {
  authorisation_number: string;
  consent_to_mra_sharing: boolean;
  effective_from: Date;
  operator_id: string;
  status: string;
  status_effective_from: Date | null;
  status_type: string;
  suspended_scope: string | null;
  taxpayer_id: string;
}

/** 'FindAllAeoStatuses' query type */
export interface IFindAllAeoStatusesQuery {
  params: IFindAllAeoStatusesParams;
  result: IFindAllAeoStatusesResult;
}

const findAllAeoStatusesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, status_effective_from, consent_to_mra_sharing\nFROM aeo_status"};

/**
 * Query generated from SQL:
 * ```
 * SELECT taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, status_effective_from, consent_to_mra_sharing
 * FROM aeo_status
 * ```
 */
export const findAllAeoStatuses = new PreparedQuery<IFindAllAeoStatusesParams,IFindAllAeoStatusesResult>(findAllAeoStatusesIR);


/** 'ApplyAeoStatusChange' parameters type */
export interface IApplyAeoStatusChangeParams {
  authorisationNumber: string;
  consentToMraSharing: boolean;
  effectiveFrom?: DateOrString | null | void;
  eventAt: DateOrString;
  operatorId: string;
  status: string;
  statusEffectiveFrom: DateOrString;
  statusType: string;
  suspendedScope?: string | null | void;
  taxpayerId: string;
}

/** 'ApplyAeoStatusChange' return type */
export interface IApplyAeoStatusChangeResult {
  taxpayer_id: string;
}

/** 'ApplyAeoStatusChange' query type */
export interface IApplyAeoStatusChangeQuery {
  params: IApplyAeoStatusChangeParams;
  result: IApplyAeoStatusChangeResult;
}

const applyAeoStatusChangeIR: any = {"usedParamSet":{"taxpayerId":true,"operatorId":true,"authorisationNumber":true,"statusType":true,"status":true,"suspendedScope":true,"effectiveFrom":true,"statusEffectiveFrom":true,"consentToMraSharing":true,"eventAt":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":208,"b":219}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":222,"b":233}]},{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":236,"b":256}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":259,"b":270}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":273,"b":280}]},{"name":"suspendedScope","required":false,"transform":{"type":"scalar"},"locs":[{"a":283,"b":297}]},{"name":"effectiveFrom","required":false,"transform":{"type":"scalar"},"locs":[{"a":309,"b":322},{"a":721,"b":734}]},{"name":"statusEffectiveFrom","required":true,"transform":{"type":"scalar"},"locs":[{"a":338,"b":358},{"a":375,"b":395}]},{"name":"consentToMraSharing","required":true,"transform":{"type":"scalar"},"locs":[{"a":411,"b":431}]},{"name":"eventAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":441,"b":449}]}],"statement":"INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, status_effective_from, consent_to_mra_sharing, updated_at, last_event_at)\nVALUES (:taxpayerId!, :operatorId!, :authorisationNumber!, :statusType!, :status!, :suspendedScope, COALESCE(:effectiveFrom::timestamptz, :statusEffectiveFrom!::timestamptz), :statusEffectiveFrom!::timestamptz, :consentToMraSharing!, now(), :eventAt!)\nON CONFLICT (taxpayer_id) DO UPDATE SET\n  operator_id = EXCLUDED.operator_id, authorisation_number = EXCLUDED.authorisation_number, status_type = EXCLUDED.status_type,\n  status = EXCLUDED.status, suspended_scope = EXCLUDED.suspended_scope,\n  effective_from = CASE WHEN :effectiveFrom::timestamptz IS NULL AND aeo_status.authorisation_number = EXCLUDED.authorisation_number THEN aeo_status.effective_from ELSE EXCLUDED.effective_from END,\n  status_effective_from = EXCLUDED.status_effective_from,\n  consent_to_mra_sharing = EXCLUDED.consent_to_mra_sharing, updated_at = now(), last_event_at = EXCLUDED.last_event_at\nWHERE aeo_status.last_event_at <= EXCLUDED.last_event_at\nRETURNING taxpayer_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, status_effective_from, consent_to_mra_sharing, updated_at, last_event_at)
 * VALUES (:taxpayerId!, :operatorId!, :authorisationNumber!, :statusType!, :status!, :suspendedScope, COALESCE(:effectiveFrom::timestamptz, :statusEffectiveFrom!::timestamptz), :statusEffectiveFrom!::timestamptz, :consentToMraSharing!, now(), :eventAt!)
 * ON CONFLICT (taxpayer_id) DO UPDATE SET
 *   operator_id = EXCLUDED.operator_id, authorisation_number = EXCLUDED.authorisation_number, status_type = EXCLUDED.status_type,
 *   status = EXCLUDED.status, suspended_scope = EXCLUDED.suspended_scope,
 *   effective_from = CASE WHEN :effectiveFrom::timestamptz IS NULL AND aeo_status.authorisation_number = EXCLUDED.authorisation_number THEN aeo_status.effective_from ELSE EXCLUDED.effective_from END,
 *   status_effective_from = EXCLUDED.status_effective_from,
 *   consent_to_mra_sharing = EXCLUDED.consent_to_mra_sharing, updated_at = now(), last_event_at = EXCLUDED.last_event_at
 * WHERE aeo_status.last_event_at <= EXCLUDED.last_event_at
 * RETURNING taxpayer_id
 * ```
 */
export const applyAeoStatusChange = new PreparedQuery<IApplyAeoStatusChangeParams,IApplyAeoStatusChangeResult>(applyAeoStatusChangeIR);


