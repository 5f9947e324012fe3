/** Types generated for queries found in "services/risk-management/src/channel-decisions/channel-decisions.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type stringArray = (string)[];

/** 'FindDecidedAndRegisterAtLodgement' parameters type */
export interface IFindDecidedAndRegisterAtLodgementParams {
  declarationIds: stringArray;
  lodgedAts: DateOrStringArray;
  taxpayerIds: stringArray;
}

/** 'FindDecidedAndRegisterAtLodgement' return type */
export interface IFindDecidedAndRegisterAtLodgementResult {
  decided: boolean;
  i: number;
  register_authorisation_number: string;
  register_consent_to_mra_sharing: boolean;
  register_effective_from: Date;
  register_operator_id: string;
  register_status: string;
  register_status_effective_from: Date;
  register_status_type: string;
  register_suspended_scope: string | null;
  register_taxpayer_id: string | null;
}

/** 'FindDecidedAndRegisterAtLodgement' query type */
export interface IFindDecidedAndRegisterAtLodgementQuery {
  params: IFindDecidedAndRegisterAtLodgementParams;
  result: IFindDecidedAndRegisterAtLodgementResult;
}

const findDecidedAndRegisterAtLodgementIR: any = {"usedParamSet":{"declarationIds":true,"taxpayerIds":true,"lodgedAts":true},"params":[{"name":"declarationIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":878,"b":893}]},{"name":"taxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":904,"b":916}]},{"name":"lodgedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":927,"b":937}]}],"statement":"-- What a batch reads before it counts anything, one row per declaration in the order given: whether\n-- the declaration has a decision already, and the register's state in force for its trader at its\n-- lodgement (`aeo_status_history`: the latest date of effect not after it; register_* null where\n-- none was).\nSELECT x.i::int AS \"i!\",\n  EXISTS (SELECT 1 FROM channel_decisions c WHERE c.declaration_id = x.declaration_id) AS \"decided!\",\n  h.taxpayer_id AS \"register_taxpayer_id?\", h.operator_id AS register_operator_id,\n  h.authorisation_number AS register_authorisation_number, h.status_type AS register_status_type,\n  h.status AS register_status, h.suspended_scope AS register_suspended_scope,\n  h.effective_from AS register_effective_from, h.status_effective_from AS register_status_effective_from,\n  h.consent_to_mra_sharing AS register_consent_to_mra_sharing\nFROM unnest(:declarationIds!::text[], :taxpayerIds!::text[], :lodgedAts!::timestamptz[]) WITH ORDINALITY AS x(declaration_id, taxpayer_id, lodged_at, i)\nLEFT JOIN LATERAL (\n  SELECT * FROM aeo_status_history h\n  WHERE h.taxpayer_id = x.taxpayer_id AND h.status_effective_from <= x.lodged_at\n  ORDER BY h.status_effective_from DESC, h.id DESC LIMIT 1\n) h ON true\nORDER BY x.i"};

/**
 * Query generated from SQL:
 * ```
 * -- What a batch reads before it counts anything, one row per declaration in the order given: whether
 * -- the declaration has a decision already, and the register's state in force for its trader at its
 * -- lodgement (`aeo_status_history`: the latest date of effect not after it; register_* null where
 * -- none was).
 * SELECT x.i::int AS "i!",
 *   EXISTS (SELECT 1 FROM channel_decisions c WHERE c.declaration_id = x.declaration_id) AS "decided!",
 *   h.taxpayer_id AS "register_taxpayer_id?", h.operator_id AS register_operator_id,
 *   h.authorisation_number AS register_authorisation_number, h.status_type AS register_status_type,
 *   h.status AS register_status, h.suspended_scope AS register_suspended_scope,
 *   h.effective_from AS register_effective_from, h.status_effective_from AS register_status_effective_from,
 *   h.consent_to_mra_sharing AS register_consent_to_mra_sharing
 * FROM unnest(:declarationIds!::text[], :taxpayerIds!::text[], :lodgedAts!::timestamptz[]) WITH ORDINALITY AS x(declaration_id, taxpayer_id, lodged_at, i)
 * LEFT JOIN LATERAL (
 *   SELECT * FROM aeo_status_history h
 *   WHERE h.taxpayer_id = x.taxpayer_id AND h.status_effective_from <= x.lodged_at
 *   ORDER BY h.status_effective_from DESC, h.id DESC LIMIT 1
 * ) h ON true
 * ORDER BY x.i
 * ```
 */
export const findDecidedAndRegisterAtLodgement = new PreparedQuery<IFindDecidedAndRegisterAtLodgementParams,IFindDecidedAndRegisterAtLodgementResult>(findDecidedAndRegisterAtLodgementIR);


