/** Types generated for queries found in "services/programme/src/benefit/benefit.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type booleanArray = (boolean)[];

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'LockFacts' parameters type */
export interface ILockFactsParams {
  declarationIds: stringArray;
}

/** 'LockFacts' return type */
export interface ILockFactsResult {
  aeo_status_type: string | null;
  benefits: stringArray | null;
  channel: string | null;
  currency: string | null;
  customs_office: string | null;
  customs_value: string | null;
  decided_at: Date | null;
  decision_event_id: string | null;
  decision_id: string | null;
  declaration_event_id: string | null;
  declaration_id: string;
  lodged_at: Date | null;
  priority: boolean | null;
  region: string | null;
  trader_taxpayer_id: string | null;
}

/** 'LockFacts' query type */
export interface ILockFactsQuery {
  params: ILockFactsParams;
  result: ILockFactsResult;
}

const lockFactsIR: any = {"usedParamSet":{"declarationIds":true},"params":[{"name":"declarationIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":97}]}],"statement":"INSERT INTO declaration_benefit_facts AS f (declaration_id)\nSELECT id FROM unnest(:declarationIds!::text[]) AS ids(id) ORDER BY id\nON CONFLICT (declaration_id) DO UPDATE SET declaration_id = f.declaration_id\nRETURNING f.declaration_id, f.declaration_event_id, f.lodged_at, f.region, f.customs_office, f.trader_taxpayer_id,\n  f.customs_value::text AS customs_value, f.currency, f.decision_event_id, f.decision_id, f.decided_at, f.channel,\n  f.aeo_status_type, f.benefits, f.priority"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO declaration_benefit_facts AS f (declaration_id)
 * SELECT id FROM unnest(:declarationIds!::text[]) AS ids(id) ORDER BY id
 * ON CONFLICT (declaration_id) DO UPDATE SET declaration_id = f.declaration_id
 * RETURNING f.declaration_id, f.declaration_event_id, f.lodged_at, f.region, f.customs_office, f.trader_taxpayer_id,
 *   f.customs_value::text AS customs_value, f.currency, f.decision_event_id, f.decision_id, f.decided_at, f.channel,
 *   f.aeo_status_type, f.benefits, f.priority
 * ```
 */
export const lockFacts = new PreparedQuery<ILockFactsParams,ILockFactsResult>(lockFactsIR);


/** 'SaveFacts' parameters type */
export interface ISaveFactsParams {
  aeoStatusTypes: stringArray;
  benefits: stringArray;
  channels: stringArray;
  currencies: stringArray;
  customsOffices: stringArray;
  customsValues: stringArray;
  decidedAts: stringArray;
  decisionEventIds: stringArray;
  decisionIds: stringArray;
  declarationEventIds: stringArray;
  declarationIds: stringArray;
  lodgedAts: stringArray;
  priorities: booleanArray;
  regions: stringArray;
  traderTaxpayerIds: stringArray;
}

/** 'SaveFacts' return type */
export type ISaveFactsResult = void;

/** 'SaveFacts' query type */
export interface ISaveFactsQuery {
  params: ISaveFactsParams;
  result: ISaveFactsResult;
}

const saveFactsIR: any = {"usedParamSet":{"declarationIds":true,"declarationEventIds":true,"lodgedAts":true,"regions":true,"customsOffices":true,"traderTaxpayerIds":true,"customsValues":true,"currencies":true,"decisionEventIds":true,"decisionIds":true,"decidedAts":true,"channels":true,"aeoStatusTypes":true,"benefits":true,"priorities":true},"params":[{"name":"declarationIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1042,"b":1057}]},{"name":"declarationEventIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1068,"b":1088}]},{"name":"lodgedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":1099,"b":1109}]},{"name":"regions","required":true,"transform":{"type":"scalar"},"locs":[{"a":1120,"b":1128}]},{"name":"customsOffices","required":true,"transform":{"type":"scalar"},"locs":[{"a":1141,"b":1156}]},{"name":"traderTaxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1167,"b":1185}]},{"name":"customsValues","required":true,"transform":{"type":"scalar"},"locs":[{"a":1196,"b":1210}]},{"name":"currencies","required":true,"transform":{"type":"scalar"},"locs":[{"a":1221,"b":1232}]},{"name":"decisionEventIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1245,"b":1262}]},{"name":"decisionIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1273,"b":1285}]},{"name":"decidedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":1296,"b":1307}]},{"name":"channels","required":true,"transform":{"type":"scalar"},"locs":[{"a":1318,"b":1327}]},{"name":"aeoStatusTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":1340,"b":1355}]},{"name":"benefits","required":true,"transform":{"type":"scalar"},"locs":[{"a":1366,"b":1375}]},{"name":"priorities","required":true,"transform":{"type":"scalar"},"locs":[{"a":1386,"b":1397}]}],"statement":"-- Arrays of text, '' standing for a side not yet known (pgtyped's arrays hold no nulls): a lodgement's\n-- columns are all set or all '' and so are a decision's; benefits are kebab-case words joined by a space.\nUPDATE declaration_benefit_facts f SET\n  declaration_event_id = NULLIF(u.declaration_event_id, ''),\n  lodged_at = NULLIF(u.lodged_at, '')::timestamptz, region = NULLIF(u.region, ''),\n  customs_office = NULLIF(u.customs_office, ''), trader_taxpayer_id = NULLIF(u.trader_taxpayer_id, ''),\n  customs_value = NULLIF(u.customs_value, '')::numeric, currency = NULLIF(u.currency, ''),\n  decision_event_id = NULLIF(u.decision_event_id, ''), decision_id = NULLIF(u.decision_id, '')::uuid,\n  decided_at = NULLIF(u.decided_at, '')::timestamptz, channel = NULLIF(u.channel, ''),\n  aeo_status_type = NULLIF(u.aeo_status_type, ''),\n  benefits = CASE WHEN u.decision_event_id = '' THEN NULL ELSE string_to_array(u.benefits, ' ') END,\n  priority = CASE WHEN u.decision_event_id = '' THEN NULL ELSE u.priority END,\n  updated_at = now()\nFROM unnest(:declarationIds!::text[], :declarationEventIds!::text[], :lodgedAts!::text[], :regions!::text[],\n  :customsOffices!::text[], :traderTaxpayerIds!::text[], :customsValues!::text[], :currencies!::text[],\n  :decisionEventIds!::text[], :decisionIds!::text[], :decidedAts!::text[], :channels!::text[],\n  :aeoStatusTypes!::text[], :benefits!::text[], :priorities!::boolean[])\n  AS u(declaration_id, declaration_event_id, lodged_at, region, customs_office, trader_taxpayer_id, customs_value,\n    currency, decision_event_id, decision_id, decided_at, channel, aeo_status_type, benefits, priority)\nWHERE f.declaration_id = u.declaration_id"};

/**
 * Query generated from SQL:
 * ```
 * -- Arrays of text, '' standing for a side not yet known (pgtyped's arrays hold no nulls): a lodgement's
 * -- columns are all set or all '' and so are a decision's; benefits are kebab-case words joined by a space.
 * UPDATE declaration_benefit_facts f SET
 *   declaration_event_id = NULLIF(u.declaration_event_id, ''),
 *   lodged_at = NULLIF(u.lodged_at, '')::timestamptz, region = NULLIF(u.region, ''),
 *   customs_office = NULLIF(u.customs_office, ''), trader_taxpayer_id = NULLIF(u.trader_taxpayer_id, ''),
 *   customs_value = NULLIF(u.customs_value, '')::numeric, currency = NULLIF(u.currency, ''),
 *   decision_event_id = NULLIF(u.decision_event_id, ''), decision_id = NULLIF(u.decision_id, '')::uuid,
 *   decided_at = NULLIF(u.decided_at, '')::timestamptz, channel = NULLIF(u.channel, ''),
 *   aeo_status_type = NULLIF(u.aeo_status_type, ''),
 *   benefits = CASE WHEN u.decision_event_id = '' THEN NULL ELSE string_to_array(u.benefits, ' ') END,
 *   priority = CASE WHEN u.decision_event_id = '' THEN NULL ELSE u.priority END,
 *   updated_at = now()
 * FROM unnest(:declarationIds!::text[], :declarationEventIds!::text[], :lodgedAts!::text[], :regions!::text[],
 *   :customsOffices!::text[], :traderTaxpayerIds!::text[], :customsValues!::text[], :currencies!::text[],
 *   :decisionEventIds!::text[], :decisionIds!::text[], :decidedAts!::text[], :channels!::text[],
 *   :aeoStatusTypes!::text[], :benefits!::text[], :priorities!::boolean[])
 *   AS u(declaration_id, declaration_event_id, lodged_at, region, customs_office, trader_taxpayer_id, customs_value,
 *     currency, decision_event_id, decision_id, decided_at, channel, aeo_status_type, benefits, priority)
 * WHERE f.declaration_id = u.declaration_id
 * ```
 */
export const saveFacts = new PreparedQuery<ISaveFactsParams,ISaveFactsResult>(saveFactsIR);


/** 'AddToRollup' parameters type */
export interface IAddToRollupParams {
  aeoGroups: stringArray;
  benefited: numberArray;
  customsValues: stringArray;
  days: DateOrStringArray;
  declarations: numberArray;
  documentary: numberArray;
  physical: numberArray;
  regions: stringArray;
}

/** 'AddToRollup' return type */
export type IAddToRollupResult = void;

/** 'AddToRollup' query type */
export interface IAddToRollupQuery {
  params: IAddToRollupParams;
  result: IAddToRollupResult;
}

const addToRollupIR: any = {"usedParamSet":{"days":true,"regions":true,"aeoGroups":true,"declarations":true,"customsValues":true,"documentary":true,"physical":true,"benefited":true},"params":[{"name":"days","required":true,"transform":{"type":"scalar"},"locs":[{"a":261,"b":266}]},{"name":"regions","required":true,"transform":{"type":"scalar"},"locs":[{"a":284,"b":292}]},{"name":"aeoGroups","required":true,"transform":{"type":"scalar"},"locs":[{"a":303,"b":313}]},{"name":"declarations","required":true,"transform":{"type":"scalar"},"locs":[{"a":324,"b":337}]},{"name":"customsValues","required":true,"transform":{"type":"scalar"},"locs":[{"a":347,"b":361}]},{"name":"documentary","required":true,"transform":{"type":"scalar"},"locs":[{"a":377,"b":389}]},{"name":"physical","required":true,"transform":{"type":"scalar"},"locs":[{"a":399,"b":408}]},{"name":"benefited","required":true,"transform":{"type":"scalar"},"locs":[{"a":418,"b":428}]}],"statement":"INSERT INTO declaration_benefit_daily AS d (day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)\nSELECT day, region, aeo_group, sum(declarations), sum(customs_value), sum(documentary), sum(physical), sum(benefited)\nFROM unnest(:days!::timestamptz[], :regions!::text[], :aeoGroups!::text[], :declarations!::int[], :customsValues!::numeric[],\n  :documentary!::int[], :physical!::int[], :benefited!::int[])\n  AS c(day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)\nGROUP BY day, region, aeo_group\nORDER BY day, region, aeo_group\nON CONFLICT (day, region, aeo_group) DO UPDATE SET\n  declarations = d.declarations + EXCLUDED.declarations, customs_value = d.customs_value + EXCLUDED.customs_value,\n  documentary = d.documentary + EXCLUDED.documentary, physical = d.physical + EXCLUDED.physical,\n  benefited = d.benefited + EXCLUDED.benefited"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO declaration_benefit_daily AS d (day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)
 * SELECT day, region, aeo_group, sum(declarations), sum(customs_value), sum(documentary), sum(physical), sum(benefited)
 * FROM unnest(:days!::timestamptz[], :regions!::text[], :aeoGroups!::text[], :declarations!::int[], :customsValues!::numeric[],
 *   :documentary!::int[], :physical!::int[], :benefited!::int[])
 *   AS c(day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)
 * GROUP BY day, region, aeo_group
 * ORDER BY day, region, aeo_group
 * ON CONFLICT (day, region, aeo_group) DO UPDATE SET
 *   declarations = d.declarations + EXCLUDED.declarations, customs_value = d.customs_value + EXCLUDED.customs_value,
 *   documentary = d.documentary + EXCLUDED.documentary, physical = d.physical + EXCLUDED.physical,
 *   benefited = d.benefited + EXCLUDED.benefited
 * ```
 */
export const addToRollup = new PreparedQuery<IAddToRollupParams,IAddToRollupResult>(addToRollupIR);


