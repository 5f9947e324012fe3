/** Types generated for queries found in "services/risk-management/src/channel-decisions/channel-decisions.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type booleanArray = (boolean)[];

export type stringArray = (string)[];

/** 'FindDecidedDeclarations' parameters type */
export interface IFindDecidedDeclarationsParams {
  declarationIds: stringArray;
}

/** 'FindDecidedDeclarations' return type */
export interface IFindDecidedDeclarationsResult {
  declaration_id: string;
}

/** 'FindDecidedDeclarations' query type */
export interface IFindDecidedDeclarationsQuery {
  params: IFindDecidedDeclarationsParams;
  result: IFindDecidedDeclarationsResult;
}

const findDecidedDeclarationsIR: any = {"usedParamSet":{"declarationIds":true},"params":[{"name":"declarationIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":87}]}],"statement":"SELECT declaration_id FROM channel_decisions WHERE declaration_id = ANY(:declarationIds!::text[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT declaration_id FROM channel_decisions WHERE declaration_id = ANY(:declarationIds!::text[])
 * ```
 */
export const findDecidedDeclarations = new PreparedQuery<IFindDecidedDeclarationsParams,IFindDecidedDeclarationsResult>(findDecidedDeclarationsIR);


/** 'InsertChannelDecisions' parameters type */
export interface IInsertChannelDecisionsParams {
  aeoStatusTypes: stringArray;
  benefitsApplied: JsonArray;
  channels: stringArray;
  customsOffices: stringArray;
  decidedAt: DateOrString;
  decisionIds: stringArray;
  declarationIds: stringArray;
  firedRules: JsonArray;
  lodgedAts: DateOrStringArray;
  modelVersions: stringArray;
  priorities: booleanArray;
  priorNotices: booleanArray;
  randomSelections: JsonArray;
  regions: stringArray;
  riskScores: stringArray;
  sourceEventIds: stringArray;
  traderTaxpayerIds: stringArray;
}

/** 'InsertChannelDecisions' return type */
export type IInsertChannelDecisionsResult = void;

/** 'InsertChannelDecisions' query type */
export interface IInsertChannelDecisionsQuery {
  params: IInsertChannelDecisionsParams;
  result: IInsertChannelDecisionsResult;
}

const insertChannelDecisionsIR: any = {"usedParamSet":{"decidedAt":true,"decisionIds":true,"declarationIds":true,"traderTaxpayerIds":true,"channels":true,"riskScores":true,"firedRules":true,"benefitsApplied":true,"randomSelections":true,"priorities":true,"priorNotices":true,"modelVersions":true,"sourceEventIds":true,"aeoStatusTypes":true,"regions":true,"customsOffices":true,"lodgedAts":true},"params":[{"name":"decidedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":339,"b":349}]},{"name":"decisionIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":376,"b":388}]},{"name":"declarationIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":399,"b":414}]},{"name":"traderTaxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":425,"b":443}]},{"name":"channels","required":true,"transform":{"type":"scalar"},"locs":[{"a":454,"b":463}]},{"name":"riskScores","required":true,"transform":{"type":"scalar"},"locs":[{"a":474,"b":485}]},{"name":"firedRules","required":true,"transform":{"type":"scalar"},"locs":[{"a":499,"b":510}]},{"name":"benefitsApplied","required":true,"transform":{"type":"scalar"},"locs":[{"a":522,"b":538}]},{"name":"randomSelections","required":true,"transform":{"type":"scalar"},"locs":[{"a":550,"b":567}]},{"name":"priorities","required":true,"transform":{"type":"scalar"},"locs":[{"a":579,"b":590}]},{"name":"priorNotices","required":true,"transform":{"type":"scalar"},"locs":[{"a":601,"b":614}]},{"name":"modelVersions","required":true,"transform":{"type":"scalar"},"locs":[{"a":625,"b":639}]},{"name":"sourceEventIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":650,"b":665}]},{"name":"aeoStatusTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":676,"b":691}]},{"name":"regions","required":true,"transform":{"type":"scalar"},"locs":[{"a":702,"b":710}]},{"name":"customsOffices","required":true,"transform":{"type":"scalar"},"locs":[{"a":721,"b":736}]},{"name":"lodgedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":747,"b":757}]}],"statement":"INSERT INTO channel_decisions (decision_id, declaration_id, trader_taxpayer_id, channel, risk_score, fired_rules, benefits_applied, random_selection, priority, prior_notice, model_version, source_event_id, aeo_status_type, region, customs_office, lodged_at, decided_at)\nSELECT d, n, t, c, s, f, b, r, p, pn, m, e, NULLIF(a, ''), rg, o, l, :decidedAt!::timestamptz\nFROM unnest(:decisionIds!::uuid[], :declarationIds!::text[], :traderTaxpayerIds!::text[], :channels!::text[], :riskScores!::numeric[], :firedRules!::jsonb[], :benefitsApplied!::jsonb[], :randomSelections!::jsonb[], :priorities!::bool[], :priorNotices!::bool[], :modelVersions!::text[], :sourceEventIds!::text[], :aeoStatusTypes!::text[], :regions!::text[], :customsOffices!::text[], :lodgedAts!::timestamptz[])\n  AS x(d, n, t, c, s, f, b, r, p, pn, m, e, a, rg, o, l)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO channel_decisions (decision_id, declaration_id, trader_taxpayer_id, channel, risk_score, fired_rules, benefits_applied, random_selection, priority, prior_notice, model_version, source_event_id, aeo_status_type, region, customs_office, lodged_at, decided_at)
 * SELECT d, n, t, c, s, f, b, r, p, pn, m, e, NULLIF(a, ''), rg, o, l, :decidedAt!::timestamptz
 * FROM unnest(:decisionIds!::uuid[], :declarationIds!::text[], :traderTaxpayerIds!::text[], :channels!::text[], :riskScores!::numeric[], :firedRules!::jsonb[], :benefitsApplied!::jsonb[], :randomSelections!::jsonb[], :priorities!::bool[], :priorNotices!::bool[], :modelVersions!::text[], :sourceEventIds!::text[], :aeoStatusTypes!::text[], :regions!::text[], :customsOffices!::text[], :lodgedAts!::timestamptz[])
 *   AS x(d, n, t, c, s, f, b, r, p, pn, m, e, a, rg, o, l)
 * ```
 */
export const insertChannelDecisions = new PreparedQuery<IInsertChannelDecisionsParams,IInsertChannelDecisionsResult>(insertChannelDecisionsIR);


