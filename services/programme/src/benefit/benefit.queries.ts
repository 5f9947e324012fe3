/** Types generated for queries found in "services/programme/src/benefit/benefit.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type booleanArray = (boolean)[];

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'UpsertLodgements' parameters type */
export interface IUpsertLodgementsParams {
  currencies: stringArray;
  customsOffices: stringArray;
  customsValues: stringArray;
  declarationIds: stringArray;
  eventIds: stringArray;
  lodgedAts: DateOrStringArray;
  regions: stringArray;
  traderTaxpayerIds: stringArray;
}

/** 'UpsertLodgements' return type */
export interface IUpsertLodgementsResult {
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

/** 'UpsertLodgements' query type */
export interface IUpsertLodgementsQuery {
  params: IUpsertLodgementsParams;
  result: IUpsertLodgementsResult;
}

const upsertLodgementsIR: any = {"usedParamSet":{"declarationIds":true,"eventIds":true,"lodgedAts":true,"regions":true,"customsOffices":true,"traderTaxpayerIds":true,"customsValues":true,"currencies":true},"params":[{"name":"declarationIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":757,"b":772}]},{"name":"eventIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":783,"b":792}]},{"name":"lodgedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":803,"b":813}]},{"name":"regions","required":true,"transform":{"type":"scalar"},"locs":[{"a":831,"b":839}]},{"name":"customsOffices","required":true,"transform":{"type":"scalar"},"locs":[{"a":854,"b":869}]},{"name":"traderTaxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":880,"b":898}]},{"name":"customsValues","required":true,"transform":{"type":"scalar"},"locs":[{"a":909,"b":923}]},{"name":"currencies","required":true,"transform":{"type":"scalar"},"locs":[{"a":937,"b":948}]}],"statement":"-- One statement and one row version per declaration: a new declaration is inserted with its lodgement,\n-- a stored one takes it only when it is earlier than the lodgement it holds (to the millisecond, then\n-- the smaller event id), as withLodgement decides (the batch's own repeats are merged before). Rows are\n-- written in key order. Returns each stored declaration whose lodgement was replaced, as it was.\nWITH replaced AS (\n  INSERT INTO declaration_benefit_facts AS f (declaration_id, declaration_event_id, lodged_at, region, customs_office,\n    trader_taxpayer_id, customs_value, currency)\n  SELECT u.declaration_id, u.declaration_event_id, u.lodged_at, u.region, u.customs_office, u.trader_taxpayer_id,\n    u.customs_value, u.currency\n  FROM unnest(:declarationIds!::text[], :eventIds!::text[], :lodgedAts!::timestamptz[], :regions!::text[],\n    :customsOffices!::text[], :traderTaxpayerIds!::text[], :customsValues!::numeric[], :currencies!::text[])\n    AS u(declaration_id, declaration_event_id, lodged_at, region, customs_office, trader_taxpayer_id, customs_value,\n      currency)\n  ORDER BY u.declaration_id\n  ON CONFLICT (declaration_id) DO UPDATE SET\n    declaration_event_id = EXCLUDED.declaration_event_id, lodged_at = EXCLUDED.lodged_at, region = EXCLUDED.region,\n    customs_office = EXCLUDED.customs_office, trader_taxpayer_id = EXCLUDED.trader_taxpayer_id,\n    customs_value = EXCLUDED.customs_value, currency = EXCLUDED.currency, updated_at = now()\n  WHERE f.declaration_event_id IS NULL\n    OR date_trunc('milliseconds', EXCLUDED.lodged_at) < date_trunc('milliseconds', f.lodged_at)\n    OR (date_trunc('milliseconds', EXCLUDED.lodged_at) = date_trunc('milliseconds', f.lodged_at)\n      AND EXCLUDED.declaration_event_id COLLATE \"C\" < f.declaration_event_id COLLATE \"C\")\n  RETURNING old.declaration_id, old.declaration_event_id, old.lodged_at, old.region, old.customs_office,\n    old.trader_taxpayer_id, old.customs_value::text AS customs_value, old.currency, old.decision_event_id,\n    old.decision_id, old.decided_at, old.channel, old.aeo_status_type, old.benefits, old.priority\n)\nSELECT * FROM replaced WHERE declaration_id IS NOT NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- One statement and one row version per declaration: a new declaration is inserted with its lodgement,
 * -- a stored one takes it only when it is earlier than the lodgement it holds (to the millisecond, then
 * -- the smaller event id), as withLodgement decides (the batch's own repeats are merged before). Rows are
 * -- written in key order. Returns each stored declaration whose lodgement was replaced, as it was.
 * WITH replaced AS (
 *   INSERT INTO declaration_benefit_facts AS f (declaration_id, declaration_event_id, lodged_at, region, customs_office,
 *     trader_taxpayer_id, customs_value, currency)
 *   SELECT u.declaration_id, u.declaration_event_id, u.lodged_at, u.region, u.customs_office, u.trader_taxpayer_id,
 *     u.customs_value, u.currency
 *   FROM unnest(:declarationIds!::text[], :eventIds!::text[], :lodgedAts!::timestamptz[], :regions!::text[],
 *     :customsOffices!::text[], :traderTaxpayerIds!::text[], :customsValues!::numeric[], :currencies!::text[])
 *     AS u(declaration_id, declaration_event_id, lodged_at, region, customs_office, trader_taxpayer_id, customs_value,
 *       currency)
 *   ORDER BY u.declaration_id
 *   ON CONFLICT (declaration_id) DO UPDATE SET
 *     declaration_event_id = EXCLUDED.declaration_event_id, lodged_at = EXCLUDED.lodged_at, region = EXCLUDED.region,
 *     customs_office = EXCLUDED.customs_office, trader_taxpayer_id = EXCLUDED.trader_taxpayer_id,
 *     customs_value = EXCLUDED.customs_value, currency = EXCLUDED.currency, updated_at = now()
 *   WHERE f.declaration_event_id IS NULL
 *     OR date_trunc('milliseconds', EXCLUDED.lodged_at) < date_trunc('milliseconds', f.lodged_at)
 *     OR (date_trunc('milliseconds', EXCLUDED.lodged_at) = date_trunc('milliseconds', f.lodged_at)
 *       AND EXCLUDED.declaration_event_id COLLATE "C" < f.declaration_event_id COLLATE "C")
 *   RETURNING old.declaration_id, old.declaration_event_id, old.lodged_at, old.region, old.customs_office,
 *     old.trader_taxpayer_id, old.customs_value::text AS customs_value, old.currency, old.decision_event_id,
 *     old.decision_id, old.decided_at, old.channel, old.aeo_status_type, old.benefits, old.priority
 * )
 * SELECT * FROM replaced WHERE declaration_id IS NOT NULL
 * ```
 */
export const upsertLodgements = new PreparedQuery<IUpsertLodgementsParams,IUpsertLodgementsResult>(upsertLodgementsIR);


/** 'UpsertDecisions' parameters type */
export interface IUpsertDecisionsParams {
  aeoStatusTypes: stringArray;
  benefits: stringArray;
  channels: stringArray;
  decidedAts: DateOrStringArray;
  decisionIds: stringArray;
  declarationIds: stringArray;
  eventIds: stringArray;
  priorities: booleanArray;
}

/** 'UpsertDecisions' return type */
export interface IUpsertDecisionsResult {
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

/** 'UpsertDecisions' query type */
export interface IUpsertDecisionsQuery {
  params: IUpsertDecisionsParams;
  result: IUpsertDecisionsResult;
}

const upsertDecisionsIR: any = {"usedParamSet":{"declarationIds":true,"eventIds":true,"decisionIds":true,"decidedAts":true,"channels":true,"aeoStatusTypes":true,"benefits":true,"priorities":true},"params":[{"name":"declarationIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":651,"b":666}]},{"name":"eventIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":677,"b":686}]},{"name":"decisionIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":697,"b":709}]},{"name":"decidedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":720,"b":731}]},{"name":"channels","required":true,"transform":{"type":"scalar"},"locs":[{"a":753,"b":762}]},{"name":"aeoStatusTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":773,"b":788}]},{"name":"benefits","required":true,"transform":{"type":"scalar"},"locs":[{"a":799,"b":808}]},{"name":"priorities","required":true,"transform":{"type":"scalar"},"locs":[{"a":819,"b":830}]}],"statement":"-- The same for channel decisions: a stored decision is replaced only by an earlier one (to the\n-- millisecond, then the smaller decision id), as withDecision decides. aeoStatusTypes: '' for none;\n-- benefits: kebab-case words joined by a space (one text per row keeps the arrays rectangular).\nWITH replaced AS (\n  INSERT INTO declaration_benefit_facts AS f (declaration_id, decision_event_id, decision_id, decided_at, channel,\n    aeo_status_type, benefits, priority)\n  SELECT u.declaration_id, u.decision_event_id, u.decision_id, u.decided_at, u.channel,\n    NULLIF(u.aeo_status_type, ''), string_to_array(u.benefits, ' '), u.priority\n  FROM unnest(:declarationIds!::text[], :eventIds!::text[], :decisionIds!::uuid[], :decidedAts!::timestamptz[],\n    :channels!::text[], :aeoStatusTypes!::text[], :benefits!::text[], :priorities!::boolean[])\n    AS u(declaration_id, decision_event_id, decision_id, decided_at, channel, aeo_status_type, benefits, priority)\n  ORDER BY u.declaration_id\n  ON CONFLICT (declaration_id) DO UPDATE SET\n    decision_event_id = EXCLUDED.decision_event_id, decision_id = EXCLUDED.decision_id,\n    decided_at = EXCLUDED.decided_at, channel = EXCLUDED.channel, aeo_status_type = EXCLUDED.aeo_status_type,\n    benefits = EXCLUDED.benefits, priority = EXCLUDED.priority, updated_at = now()\n  WHERE f.decision_event_id IS NULL\n    OR date_trunc('milliseconds', EXCLUDED.decided_at) < date_trunc('milliseconds', f.decided_at)\n    OR (date_trunc('milliseconds', EXCLUDED.decided_at) = date_trunc('milliseconds', f.decided_at)\n      AND EXCLUDED.decision_id < f.decision_id)\n  RETURNING old.declaration_id, old.declaration_event_id, old.lodged_at, old.region, old.customs_office,\n    old.trader_taxpayer_id, old.customs_value::text AS customs_value, old.currency, old.decision_event_id,\n    old.decision_id, old.decided_at, old.channel, old.aeo_status_type, old.benefits, old.priority\n)\nSELECT * FROM replaced WHERE declaration_id IS NOT NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- The same for channel decisions: a stored decision is replaced only by an earlier one (to the
 * -- millisecond, then the smaller decision id), as withDecision decides. aeoStatusTypes: '' for none;
 * -- benefits: kebab-case words joined by a space (one text per row keeps the arrays rectangular).
 * WITH replaced AS (
 *   INSERT INTO declaration_benefit_facts AS f (declaration_id, decision_event_id, decision_id, decided_at, channel,
 *     aeo_status_type, benefits, priority)
 *   SELECT u.declaration_id, u.decision_event_id, u.decision_id, u.decided_at, u.channel,
 *     NULLIF(u.aeo_status_type, ''), string_to_array(u.benefits, ' '), u.priority
 *   FROM unnest(:declarationIds!::text[], :eventIds!::text[], :decisionIds!::uuid[], :decidedAts!::timestamptz[],
 *     :channels!::text[], :aeoStatusTypes!::text[], :benefits!::text[], :priorities!::boolean[])
 *     AS u(declaration_id, decision_event_id, decision_id, decided_at, channel, aeo_status_type, benefits, priority)
 *   ORDER BY u.declaration_id
 *   ON CONFLICT (declaration_id) DO UPDATE SET
 *     decision_event_id = EXCLUDED.decision_event_id, decision_id = EXCLUDED.decision_id,
 *     decided_at = EXCLUDED.decided_at, channel = EXCLUDED.channel, aeo_status_type = EXCLUDED.aeo_status_type,
 *     benefits = EXCLUDED.benefits, priority = EXCLUDED.priority, updated_at = now()
 *   WHERE f.decision_event_id IS NULL
 *     OR date_trunc('milliseconds', EXCLUDED.decided_at) < date_trunc('milliseconds', f.decided_at)
 *     OR (date_trunc('milliseconds', EXCLUDED.decided_at) = date_trunc('milliseconds', f.decided_at)
 *       AND EXCLUDED.decision_id < f.decision_id)
 *   RETURNING old.declaration_id, old.declaration_event_id, old.lodged_at, old.region, old.customs_office,
 *     old.trader_taxpayer_id, old.customs_value::text AS customs_value, old.currency, old.decision_event_id,
 *     old.decision_id, old.decided_at, old.channel, old.aeo_status_type, old.benefits, old.priority
 * )
 * SELECT * FROM replaced WHERE declaration_id IS NOT NULL
 * ```
 */
export const upsertDecisions = new PreparedQuery<IUpsertDecisionsParams,IUpsertDecisionsResult>(upsertDecisionsIR);


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


