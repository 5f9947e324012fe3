/** Types generated for queries found in "services/risk-management/src/risk-profiles/risk-profiles.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateArray = (Date)[];

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type booleanArray = (boolean)[];

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'RecordCompliance' parameters type */
export interface IRecordComplianceParams {
  complianceEventId: string;
  declarationId?: string | null | void;
  description: string;
  kind: string;
  occurredAt: DateOrString;
  recordedBy: string;
  severity: string;
  taxpayerId: string;
}

/** 'RecordCompliance' return type */
export interface IRecordComplianceResult {
  compliance_event_id: string;
}

/** 'RecordCompliance' query type */
export interface IRecordComplianceQuery {
  params: IRecordComplianceParams;
  result: IRecordComplianceResult;
}

const recordComplianceIR: any = {"usedParamSet":{"complianceEventId":true,"taxpayerId":true,"kind":true,"severity":true,"occurredAt":true,"recordedBy":true,"description":true,"declarationId":true},"params":[{"name":"complianceEventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":163}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":166,"b":177}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":180,"b":185}]},{"name":"severity","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":197}]},{"name":"occurredAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":200,"b":211}]},{"name":"recordedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":214,"b":225}]},{"name":"description","required":true,"transform":{"type":"scalar"},"locs":[{"a":228,"b":240}]},{"name":"declarationId","required":false,"transform":{"type":"scalar"},"locs":[{"a":243,"b":256}]}],"statement":"INSERT INTO compliance_history (compliance_event_id, taxpayer_id, kind, severity, occurred_at, recorded_by, description, declaration_id)\nVALUES (:complianceEventId!, :taxpayerId!, :kind!, :severity!, :occurredAt!, :recordedBy!, :description!, :declarationId)\nON CONFLICT (compliance_event_id) DO NOTHING\nRETURNING compliance_event_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO compliance_history (compliance_event_id, taxpayer_id, kind, severity, occurred_at, recorded_by, description, declaration_id)
 * VALUES (:complianceEventId!, :taxpayerId!, :kind!, :severity!, :occurredAt!, :recordedBy!, :description!, :declarationId)
 * ON CONFLICT (compliance_event_id) DO NOTHING
 * RETURNING compliance_event_id
 * ```
 */
export const recordCompliance = new PreparedQuery<IRecordComplianceParams,IRecordComplianceResult>(recordComplianceIR);


/** 'SumDeclarationWindows' parameters type */
export interface ISumDeclarationWindowsParams {
  taxpayerIds: stringArray;
  today: string;
}

/** 'SumDeclarationWindows' return type */
export interface ISumDeclarationWindowsResult {
  d30_customs_value: string;
  d30_declarations: string;
  d30_duties: string;
  d365_customs_value: string;
  d365_declarations: string;
  d365_duties: string;
  d90_customs_value: string;
  d90_declarations: string;
  d90_duties: string;
  taxpayer_id: string;
}

/** 'SumDeclarationWindows' query type */
export interface ISumDeclarationWindowsQuery {
  params: ISumDeclarationWindowsParams;
  result: ISumDeclarationWindowsResult;
}

const sumDeclarationWindowsIR: any = {"usedParamSet":{"today":true,"taxpayerIds":true},"params":[{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":75},{"a":167,"b":173},{"a":259,"b":265},{"a":350,"b":356},{"a":448,"b":454},{"a":540,"b":546},{"a":825,"b":831},{"a":856,"b":862}]},{"name":"taxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":792,"b":804}]}],"statement":"SELECT taxpayer_id,\n  coalesce(sum(declarations) FILTER (WHERE day > :today!::date - 30), 0) AS \"d30_declarations!\",\n  coalesce(sum(customs_value) FILTER (WHERE day > :today!::date - 30), 0) AS \"d30_customs_value!\",\n  coalesce(sum(duties) FILTER (WHERE day > :today!::date - 30), 0) AS \"d30_duties!\",\n  coalesce(sum(declarations) FILTER (WHERE day > :today!::date - 90), 0) AS \"d90_declarations!\",\n  coalesce(sum(customs_value) FILTER (WHERE day > :today!::date - 90), 0) AS \"d90_customs_value!\",\n  coalesce(sum(duties) FILTER (WHERE day > :today!::date - 90), 0) AS \"d90_duties!\",\n  coalesce(sum(declarations), 0) AS \"d365_declarations!\",\n  coalesce(sum(customs_value), 0) AS \"d365_customs_value!\",\n  coalesce(sum(duties), 0) AS \"d365_duties!\"\nFROM declaration_daily\nWHERE taxpayer_id = ANY(:taxpayerIds!::text[]) AND day > :today!::date - 365 AND day <= :today!::date\nGROUP BY taxpayer_id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT taxpayer_id,
 *   coalesce(sum(declarations) FILTER (WHERE day > :today!::date - 30), 0) AS "d30_declarations!",
 *   coalesce(sum(customs_value) FILTER (WHERE day > :today!::date - 30), 0) AS "d30_customs_value!",
 *   coalesce(sum(duties) FILTER (WHERE day > :today!::date - 30), 0) AS "d30_duties!",
 *   coalesce(sum(declarations) FILTER (WHERE day > :today!::date - 90), 0) AS "d90_declarations!",
 *   coalesce(sum(customs_value) FILTER (WHERE day > :today!::date - 90), 0) AS "d90_customs_value!",
 *   coalesce(sum(duties) FILTER (WHERE day > :today!::date - 90), 0) AS "d90_duties!",
 *   coalesce(sum(declarations), 0) AS "d365_declarations!",
 *   coalesce(sum(customs_value), 0) AS "d365_customs_value!",
 *   coalesce(sum(duties), 0) AS "d365_duties!"
 * FROM declaration_daily
 * WHERE taxpayer_id = ANY(:taxpayerIds!::text[]) AND day > :today!::date - 365 AND day <= :today!::date
 * GROUP BY taxpayer_id
 * ```
 */
export const sumDeclarationWindows = new PreparedQuery<ISumDeclarationWindowsParams,ISumDeclarationWindowsResult>(sumDeclarationWindowsIR);


/** 'FindScoringFacts' parameters type */
export interface IFindScoringFactsParams {
  horizonDays: number;
  now: DateOrString;
  taxpayerIds: stringArray;
  today: string;
}

/** 'FindScoringFacts' return type */
export interface IFindScoringFactsResult {
  aeo_authorisation_number: string;
  aeo_consent_to_mra_sharing: boolean;
  aeo_effective_from: Date;
  aeo_operator_id: string;
  aeo_status: string;
  aeo_status_effective_from: Date | null;
  aeo_status_type: string;
  aeo_suspended_scope: string | null;
  aeo_taxpayer_id: string | null;
  compliance_occurred_ats: DateArray;
  compliance_severities: stringArray;
  d30_customs_value: string;
  d30_declarations: string;
  d30_duties: string;
  d365_customs_value: string;
  d365_declarations: string;
  d365_duties: string;
  d90_customs_value: string;
  d90_declarations: string;
  d90_duties: string;
  taxpayer_id: string;
}

/** 'FindScoringFacts' query type */
export interface IFindScoringFactsQuery {
  params: IFindScoringFactsParams;
  result: IFindScoringFactsResult;
}

const findScoringFactsIR: any = {"usedParamSet":{"taxpayerIds":true,"today":true,"now":true,"horizonDays":true},"params":[{"name":"taxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1260,"b":1272}]},{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":1382,"b":1388},{"a":1479,"b":1485},{"a":1570,"b":1576},{"a":1660,"b":1666},{"a":1757,"b":1763},{"a":1848,"b":1854},{"a":2124,"b":2130},{"a":2157,"b":2163}]},{"name":"now","required":true,"transform":{"type":"scalar"},"locs":[{"a":2235,"b":2239}]},{"name":"horizonDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":2255,"b":2267}]}],"statement":"-- What scoring the traders needs, in one statement, once their profile rows are locked: the rolling\n-- declaration windows (30, 90, 365 days) ending on :today (UTC) from the daily buckets, the compliance\n-- events of the horizon before :now (severities and times in matching order) and the register's row\n-- now (aeo_* null when not an AEO). One row per trader asked.\nSELECT t.taxpayer_id AS \"taxpayer_id!\",\n  w.d30_declarations AS \"d30_declarations!\", w.d30_customs_value AS \"d30_customs_value!\", w.d30_duties AS \"d30_duties!\",\n  w.d90_declarations AS \"d90_declarations!\", w.d90_customs_value AS \"d90_customs_value!\", w.d90_duties AS \"d90_duties!\",\n  w.d365_declarations AS \"d365_declarations!\", w.d365_customs_value AS \"d365_customs_value!\", w.d365_duties AS \"d365_duties!\",\n  c.severities AS \"compliance_severities!\", c.occurred_ats AS \"compliance_occurred_ats!\",\n  s.taxpayer_id AS \"aeo_taxpayer_id?\", s.operator_id AS aeo_operator_id, s.authorisation_number AS aeo_authorisation_number,\n  s.status_type AS aeo_status_type, s.status AS aeo_status, s.suspended_scope AS aeo_suspended_scope,\n  s.effective_from AS aeo_effective_from, s.status_effective_from AS aeo_status_effective_from,\n  s.consent_to_mra_sharing AS aeo_consent_to_mra_sharing\nFROM unnest(:taxpayerIds!::text[]) AS t(taxpayer_id)\nCROSS JOIN LATERAL (\n  SELECT\n    coalesce(sum(declarations) FILTER (WHERE day > :today!::date - 30), 0) AS d30_declarations,\n    coalesce(sum(customs_value) FILTER (WHERE day > :today!::date - 30), 0) AS d30_customs_value,\n    coalesce(sum(duties) FILTER (WHERE day > :today!::date - 30), 0) AS d30_duties,\n    coalesce(sum(declarations) FILTER (WHERE day > :today!::date - 90), 0) AS d90_declarations,\n    coalesce(sum(customs_value) FILTER (WHERE day > :today!::date - 90), 0) AS d90_customs_value,\n    coalesce(sum(duties) FILTER (WHERE day > :today!::date - 90), 0) AS d90_duties,\n    coalesce(sum(declarations), 0) AS d365_declarations,\n    coalesce(sum(customs_value), 0) AS d365_customs_value,\n    coalesce(sum(duties), 0) AS d365_duties\n  FROM declaration_daily d\n  WHERE d.taxpayer_id = t.taxpayer_id AND d.day > :today!::date - 365 AND d.day <= :today!::date\n) w\nCROSS JOIN LATERAL compliance_within_horizon(t.taxpayer_id, :now!::timestamptz, :horizonDays!::int) c\nLEFT JOIN aeo_status s ON s.taxpayer_id = t.taxpayer_id"};

/**
 * Query generated from SQL:
 * ```
 * -- What scoring the traders needs, in one statement, once their profile rows are locked: the rolling
 * -- declaration windows (30, 90, 365 days) ending on :today (UTC) from the daily buckets, the compliance
 * -- events of the horizon before :now (severities and times in matching order) and the register's row
 * -- now (aeo_* null when not an AEO). One row per trader asked.
 * SELECT t.taxpayer_id AS "taxpayer_id!",
 *   w.d30_declarations AS "d30_declarations!", w.d30_customs_value AS "d30_customs_value!", w.d30_duties AS "d30_duties!",
 *   w.d90_declarations AS "d90_declarations!", w.d90_customs_value AS "d90_customs_value!", w.d90_duties AS "d90_duties!",
 *   w.d365_declarations AS "d365_declarations!", w.d365_customs_value AS "d365_customs_value!", w.d365_duties AS "d365_duties!",
 *   c.severities AS "compliance_severities!", c.occurred_ats AS "compliance_occurred_ats!",
 *   s.taxpayer_id AS "aeo_taxpayer_id?", s.operator_id AS aeo_operator_id, s.authorisation_number AS aeo_authorisation_number,
 *   s.status_type AS aeo_status_type, s.status AS aeo_status, s.suspended_scope AS aeo_suspended_scope,
 *   s.effective_from AS aeo_effective_from, s.status_effective_from AS aeo_status_effective_from,
 *   s.consent_to_mra_sharing AS aeo_consent_to_mra_sharing
 * FROM unnest(:taxpayerIds!::text[]) AS t(taxpayer_id)
 * CROSS JOIN LATERAL (
 *   SELECT
 *     coalesce(sum(declarations) FILTER (WHERE day > :today!::date - 30), 0) AS d30_declarations,
 *     coalesce(sum(customs_value) FILTER (WHERE day > :today!::date - 30), 0) AS d30_customs_value,
 *     coalesce(sum(duties) FILTER (WHERE day > :today!::date - 30), 0) AS d30_duties,
 *     coalesce(sum(declarations) FILTER (WHERE day > :today!::date - 90), 0) AS d90_declarations,
 *     coalesce(sum(customs_value) FILTER (WHERE day > :today!::date - 90), 0) AS d90_customs_value,
 *     coalesce(sum(duties) FILTER (WHERE day > :today!::date - 90), 0) AS d90_duties,
 *     coalesce(sum(declarations), 0) AS d365_declarations,
 *     coalesce(sum(customs_value), 0) AS d365_customs_value,
 *     coalesce(sum(duties), 0) AS d365_duties
 *   FROM declaration_daily d
 *   WHERE d.taxpayer_id = t.taxpayer_id AND d.day > :today!::date - 365 AND d.day <= :today!::date
 * ) w
 * CROSS JOIN LATERAL compliance_within_horizon(t.taxpayer_id, :now!::timestamptz, :horizonDays!::int) c
 * LEFT JOIN aeo_status s ON s.taxpayer_id = t.taxpayer_id
 * ```
 */
export const findScoringFacts = new PreparedQuery<IFindScoringFactsParams,IFindScoringFactsResult>(findScoringFactsIR);


/** 'CountDeclarations' parameters type */
export interface ICountDeclarationsParams {
  counts: numberArray;
  firsts: DateOrStringArray;
  lasts: DateOrStringArray;
  taxpayerIds: stringArray;
}

/** 'CountDeclarations' return type */
export interface ICountDeclarationsResult {
  declarations_total: string;
  risk_score: string | null;
  scored_at: Date | null;
  taxpayer_id: string;
}

/** 'CountDeclarations' query type */
export interface ICountDeclarationsQuery {
  params: ICountDeclarationsParams;
  result: ICountDeclarationsResult;
}

const countDeclarationsIR: any = {"usedParamSet":{"taxpayerIds":true,"counts":true,"firsts":true,"lasts":true},"params":[{"name":"taxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":161,"b":173}]},{"name":"counts","required":true,"transform":{"type":"scalar"},"locs":[{"a":184,"b":191}]},{"name":"firsts","required":true,"transform":{"type":"scalar"},"locs":[{"a":201,"b":208}]},{"name":"lasts","required":true,"transform":{"type":"scalar"},"locs":[{"a":226,"b":232}]}],"statement":"INSERT INTO operator_risk_profiles (taxpayer_id, declarations_total, first_declaration_at, last_declaration_at, updated_at)\nSELECT t, n, f, l, now() FROM unnest(:taxpayerIds!::text[], :counts!::int[], :firsts!::timestamptz[], :lasts!::timestamptz[]) AS x(t, n, f, l) ORDER BY t\nON CONFLICT (taxpayer_id) DO UPDATE SET\n  declarations_total = operator_risk_profiles.declarations_total + EXCLUDED.declarations_total,\n  first_declaration_at = LEAST(operator_risk_profiles.first_declaration_at, EXCLUDED.first_declaration_at),\n  last_declaration_at = GREATEST(operator_risk_profiles.last_declaration_at, EXCLUDED.last_declaration_at),\n  updated_at = now()\nRETURNING taxpayer_id, declarations_total, risk_score, scored_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO operator_risk_profiles (taxpayer_id, declarations_total, first_declaration_at, last_declaration_at, updated_at)
 * SELECT t, n, f, l, now() FROM unnest(:taxpayerIds!::text[], :counts!::int[], :firsts!::timestamptz[], :lasts!::timestamptz[]) AS x(t, n, f, l) ORDER BY t
 * ON CONFLICT (taxpayer_id) DO UPDATE SET
 *   declarations_total = operator_risk_profiles.declarations_total + EXCLUDED.declarations_total,
 *   first_declaration_at = LEAST(operator_risk_profiles.first_declaration_at, EXCLUDED.first_declaration_at),
 *   last_declaration_at = GREATEST(operator_risk_profiles.last_declaration_at, EXCLUDED.last_declaration_at),
 *   updated_at = now()
 * RETURNING taxpayer_id, declarations_total, risk_score, scored_at
 * ```
 */
export const countDeclarations = new PreparedQuery<ICountDeclarationsParams,ICountDeclarationsResult>(countDeclarationsIR);


/** 'LockRiskScore' parameters type */
export interface ILockRiskScoreParams {
  taxpayerId: string;
}

/** 'LockRiskScore' return type */
export interface ILockRiskScoreResult {
  risk_score: string | null;
}

/** 'LockRiskScore' query type */
export interface ILockRiskScoreQuery {
  params: ILockRiskScoreParams;
  result: ILockRiskScoreResult;
}

const lockRiskScoreIR: any = {"usedParamSet":{"taxpayerId":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":77}]}],"statement":"SELECT risk_score FROM operator_risk_profiles WHERE taxpayer_id = :taxpayerId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT risk_score FROM operator_risk_profiles WHERE taxpayer_id = :taxpayerId! FOR UPDATE
 * ```
 */
export const lockRiskScore = new PreparedQuery<ILockRiskScoreParams,ILockRiskScoreResult>(lockRiskScoreIR);


/** 'StoreProfileChanges' parameters type */
export interface IStoreProfileChangesParams {
  aeoStatusTypes: stringArray;
  at: DateOrString;
  benefitsApplied: JsonArray;
  channels: stringArray;
  customsOffices: stringArray;
  dayCustomsValues: stringArray;
  dayDuties: stringArray;
  days: stringArray;
  dayTaxpayerIds: stringArray;
  decisionIds: stringArray;
  declarationIds: stringArray;
  firedRules: JsonArray;
  historyFactors: JsonArray;
  historyModelVersions: stringArray;
  historyPreviousScores: stringArray;
  historyScores: stringArray;
  historySourceEventIds: stringArray;
  historyTaxpayerIds: stringArray;
  keepNewerScores: boolean;
  lodgedAts: DateOrStringArray;
  modelVersions: stringArray;
  priorities: booleanArray;
  priorNotices: booleanArray;
  profileAeoStatuses: stringArray;
  profileFactors: JsonArray;
  profileModelVersions: stringArray;
  profileOperatorIds: stringArray;
  profileScores: stringArray;
  profileStatusTypes: stringArray;
  profileTaxpayerIds: stringArray;
  randomSelections: JsonArray;
  regions: stringArray;
  riskScores: stringArray;
  sourceEventIds: stringArray;
  traderTaxpayerIds: stringArray;
  trigger: string;
}

/** 'StoreProfileChanges' return type */
export type IStoreProfileChangesResult = void;

/** 'StoreProfileChanges' query type */
export interface IStoreProfileChangesQuery {
  params: IStoreProfileChangesParams;
  result: IStoreProfileChangesResult;
}

const storeProfileChangesIR: any = {"usedParamSet":{"dayTaxpayerIds":true,"days":true,"dayCustomsValues":true,"dayDuties":true,"at":true,"profileTaxpayerIds":true,"profileOperatorIds":true,"profileAeoStatuses":true,"profileStatusTypes":true,"profileScores":true,"profileFactors":true,"profileModelVersions":true,"keepNewerScores":true,"trigger":true,"historyTaxpayerIds":true,"historyScores":true,"historyPreviousScores":true,"historyFactors":true,"historyModelVersions":true,"historySourceEventIds":true,"decisionIds":true,"declarationIds":true,"traderTaxpayerIds":true,"channels":true,"riskScores":true,"firedRules":true,"benefitsApplied":true,"randomSelections":true,"priorities":true,"priorNotices":true,"modelVersions":true,"sourceEventIds":true,"aeoStatusTypes":true,"regions":true,"customsOffices":true,"lodgedAts":true},"params":[{"name":"dayTaxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":753,"b":768}]},{"name":"days","required":true,"transform":{"type":"scalar"},"locs":[{"a":779,"b":784}]},{"name":"dayCustomsValues","required":true,"transform":{"type":"scalar"},"locs":[{"a":795,"b":812}]},{"name":"dayDuties","required":true,"transform":{"type":"scalar"},"locs":[{"a":826,"b":836}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":1394,"b":1397},{"a":2500,"b":2503},{"a":3111,"b":3114}]},{"name":"profileTaxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1433,"b":1452}]},{"name":"profileOperatorIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1463,"b":1482}]},{"name":"profileAeoStatuses","required":true,"transform":{"type":"scalar"},"locs":[{"a":1493,"b":1512}]},{"name":"profileStatusTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":1523,"b":1542}]},{"name":"profileScores","required":true,"transform":{"type":"scalar"},"locs":[{"a":1553,"b":1567}]},{"name":"profileFactors","required":true,"transform":{"type":"scalar"},"locs":[{"a":1581,"b":1596}]},{"name":"profileModelVersions","required":true,"transform":{"type":"scalar"},"locs":[{"a":1608,"b":1629}]},{"name":"keepNewerScores","required":true,"transform":{"type":"scalar"},"locs":[{"a":2159,"b":2175}]},{"name":"trigger","required":true,"transform":{"type":"scalar"},"locs":[{"a":2486,"b":2494}]},{"name":"historyTaxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":2532,"b":2551}]},{"name":"historyScores","required":true,"transform":{"type":"scalar"},"locs":[{"a":2562,"b":2576}]},{"name":"historyPreviousScores","required":true,"transform":{"type":"scalar"},"locs":[{"a":2590,"b":2612}]},{"name":"historyFactors","required":true,"transform":{"type":"scalar"},"locs":[{"a":2623,"b":2638}]},{"name":"historyModelVersions","required":true,"transform":{"type":"scalar"},"locs":[{"a":2650,"b":2671}]},{"name":"historySourceEventIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":2682,"b":2704}]},{"name":"decisionIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":3141,"b":3153}]},{"name":"declarationIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":3164,"b":3179}]},{"name":"traderTaxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":3190,"b":3208}]},{"name":"channels","required":true,"transform":{"type":"scalar"},"locs":[{"a":3219,"b":3228}]},{"name":"riskScores","required":true,"transform":{"type":"scalar"},"locs":[{"a":3239,"b":3250}]},{"name":"firedRules","required":true,"transform":{"type":"scalar"},"locs":[{"a":3264,"b":3275}]},{"name":"benefitsApplied","required":true,"transform":{"type":"scalar"},"locs":[{"a":3287,"b":3303}]},{"name":"randomSelections","required":true,"transform":{"type":"scalar"},"locs":[{"a":3315,"b":3332}]},{"name":"priorities","required":true,"transform":{"type":"scalar"},"locs":[{"a":3344,"b":3355}]},{"name":"priorNotices","required":true,"transform":{"type":"scalar"},"locs":[{"a":3366,"b":3379}]},{"name":"modelVersions","required":true,"transform":{"type":"scalar"},"locs":[{"a":3390,"b":3404}]},{"name":"sourceEventIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":3415,"b":3430}]},{"name":"aeoStatusTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":3441,"b":3456}]},{"name":"regions","required":true,"transform":{"type":"scalar"},"locs":[{"a":3467,"b":3475}]},{"name":"customsOffices","required":true,"transform":{"type":"scalar"},"locs":[{"a":3486,"b":3501}]},{"name":"lodgedAts","required":true,"transform":{"type":"scalar"},"locs":[{"a":3512,"b":3522}]}],"statement":"-- Every write of a batch of declarations (or a rescore), in one statement: the daily declaration\n-- buckets, the traders' scores (their profile rows locked by then: the batch's count, the rescore's\n-- lock), the score changes in order, and the channel decisions those scores decided (none for a\n-- rescore; the unique declaration id fails the whole statement on a duplicate). The sub-statements\n-- touch different tables, so running them as one changes nothing any of them does. :keepNewerScores\n-- leaves a profile scored later than :at as it is (the write-behind's scores were computed at :at).\nWITH days AS (\n  INSERT INTO declaration_daily (taxpayer_id, day, declarations, customs_value, duties)\n  SELECT t, d, count(*), sum(v), sum(u) FROM unnest(:dayTaxpayerIds!::text[], :days!::date[], :dayCustomsValues!::numeric[], :dayDuties!::numeric[]) AS x(t, d, v, u)\n  GROUP BY t, d ORDER BY t, d\n  ON CONFLICT (taxpayer_id, day) DO UPDATE SET\n    declarations = declaration_daily.declarations + EXCLUDED.declarations,\n    customs_value = declaration_daily.customs_value + EXCLUDED.customs_value,\n    duties = declaration_daily.duties + EXCLUDED.duties\n), scores AS (\n  INSERT INTO operator_risk_profiles (taxpayer_id, operator_id, aeo_status, status_type, risk_score, risk_factors, model_version, scored_at, updated_at)\n  SELECT t, NULLIF(o, '')::uuid, NULLIF(a, ''), NULLIF(st, ''), s, f, m, :at!::timestamptz, now()\n  FROM unnest(:profileTaxpayerIds!::text[], :profileOperatorIds!::text[], :profileAeoStatuses!::text[], :profileStatusTypes!::text[], :profileScores!::numeric[], :profileFactors!::jsonb[], :profileModelVersions!::text[]) AS x(t, o, a, st, s, f, m)\n  ON CONFLICT (taxpayer_id) DO UPDATE SET\n    operator_id = coalesce(EXCLUDED.operator_id, operator_risk_profiles.operator_id),\n    aeo_status = EXCLUDED.aeo_status, status_type = EXCLUDED.status_type,\n    risk_score = EXCLUDED.risk_score, risk_factors = EXCLUDED.risk_factors, model_version = EXCLUDED.model_version,\n    scored_at = EXCLUDED.scored_at, updated_at = now()\n  -- The write-behind stores scores computed earlier (at their decision): a rescore stored since is newer.\n  WHERE NOT :keepNewerScores!::boolean OR operator_risk_profiles.scored_at IS NULL\n    OR operator_risk_profiles.scored_at <= EXCLUDED.scored_at\n), history AS (\n  INSERT INTO risk_score_history (taxpayer_id, score, previous_score, factors, model_version, trigger, source_event_id, computed_at)\n  SELECT t, s, NULLIF(p, '')::numeric, f, m, :trigger!, e, :at!::timestamptz\n  FROM unnest(:historyTaxpayerIds!::text[], :historyScores!::numeric[], :historyPreviousScores!::text[], :historyFactors!::jsonb[], :historyModelVersions!::text[], :historySourceEventIds!::text[]) WITH ORDINALITY AS x(t, s, p, f, m, e, n)\n  ORDER BY n\n)\nINSERT INTO channel_decisions (decision_id, declaration_id, trader_taxpayer_id, channel, risk_score, fired_rules, benefits_applied, random_selection, priority, prior_notice, model_version, source_event_id, aeo_status_type, region, customs_office, lodged_at, decided_at)\nSELECT d, n, t, c, s, f, b, r, p, pn, m, e, NULLIF(a, ''), rg, o, l, :at!::timestamptz\nFROM unnest(:decisionIds!::uuid[], :declarationIds!::text[], :traderTaxpayerIds!::text[], :channels!::text[], :riskScores!::numeric[], :firedRules!::jsonb[], :benefitsApplied!::jsonb[], :randomSelections!::jsonb[], :priorities!::bool[], :priorNotices!::bool[], :modelVersions!::text[], :sourceEventIds!::text[], :aeoStatusTypes!::text[], :regions!::text[], :customsOffices!::text[], :lodgedAts!::timestamptz[])\n  AS x(d, n, t, c, s, f, b, r, p, pn, m, e, a, rg, o, l)"};

/**
 * Query generated from SQL:
 * ```
 * -- Every write of a batch of declarations (or a rescore), in one statement: the daily declaration
 * -- buckets, the traders' scores (their profile rows locked by then: the batch's count, the rescore's
 * -- lock), the score changes in order, and the channel decisions those scores decided (none for a
 * -- rescore; the unique declaration id fails the whole statement on a duplicate). The sub-statements
 * -- touch different tables, so running them as one changes nothing any of them does. :keepNewerScores
 * -- leaves a profile scored later than :at as it is (the write-behind's scores were computed at :at).
 * WITH days AS (
 *   INSERT INTO declaration_daily (taxpayer_id, day, declarations, customs_value, duties)
 *   SELECT t, d, count(*), sum(v), sum(u) FROM unnest(:dayTaxpayerIds!::text[], :days!::date[], :dayCustomsValues!::numeric[], :dayDuties!::numeric[]) AS x(t, d, v, u)
 *   GROUP BY t, d ORDER BY t, d
 *   ON CONFLICT (taxpayer_id, day) DO UPDATE SET
 *     declarations = declaration_daily.declarations + EXCLUDED.declarations,
 *     customs_value = declaration_daily.customs_value + EXCLUDED.customs_value,
 *     duties = declaration_daily.duties + EXCLUDED.duties
 * ), scores AS (
 *   INSERT INTO operator_risk_profiles (taxpayer_id, operator_id, aeo_status, status_type, risk_score, risk_factors, model_version, scored_at, updated_at)
 *   SELECT t, NULLIF(o, '')::uuid, NULLIF(a, ''), NULLIF(st, ''), s, f, m, :at!::timestamptz, now()
 *   FROM unnest(:profileTaxpayerIds!::text[], :profileOperatorIds!::text[], :profileAeoStatuses!::text[], :profileStatusTypes!::text[], :profileScores!::numeric[], :profileFactors!::jsonb[], :profileModelVersions!::text[]) AS x(t, o, a, st, s, f, m)
 *   ON CONFLICT (taxpayer_id) DO UPDATE SET
 *     operator_id = coalesce(EXCLUDED.operator_id, operator_risk_profiles.operator_id),
 *     aeo_status = EXCLUDED.aeo_status, status_type = EXCLUDED.status_type,
 *     risk_score = EXCLUDED.risk_score, risk_factors = EXCLUDED.risk_factors, model_version = EXCLUDED.model_version,
 *     scored_at = EXCLUDED.scored_at, updated_at = now()
 *   -- The write-behind stores scores computed earlier (at their decision): a rescore stored since is newer.
 *   WHERE NOT :keepNewerScores!::boolean OR operator_risk_profiles.scored_at IS NULL
 *     OR operator_risk_profiles.scored_at <= EXCLUDED.scored_at
 * ), history AS (
 *   INSERT INTO risk_score_history (taxpayer_id, score, previous_score, factors, model_version, trigger, source_event_id, computed_at)
 *   SELECT t, s, NULLIF(p, '')::numeric, f, m, :trigger!, e, :at!::timestamptz
 *   FROM unnest(:historyTaxpayerIds!::text[], :historyScores!::numeric[], :historyPreviousScores!::text[], :historyFactors!::jsonb[], :historyModelVersions!::text[], :historySourceEventIds!::text[]) WITH ORDINALITY AS x(t, s, p, f, m, e, n)
 *   ORDER BY n
 * )
 * INSERT INTO channel_decisions (decision_id, declaration_id, trader_taxpayer_id, channel, risk_score, fired_rules, benefits_applied, random_selection, priority, prior_notice, model_version, source_event_id, aeo_status_type, region, customs_office, lodged_at, decided_at)
 * SELECT d, n, t, c, s, f, b, r, p, pn, m, e, NULLIF(a, ''), rg, o, l, :at!::timestamptz
 * FROM unnest(:decisionIds!::uuid[], :declarationIds!::text[], :traderTaxpayerIds!::text[], :channels!::text[], :riskScores!::numeric[], :firedRules!::jsonb[], :benefitsApplied!::jsonb[], :randomSelections!::jsonb[], :priorities!::bool[], :priorNotices!::bool[], :modelVersions!::text[], :sourceEventIds!::text[], :aeoStatusTypes!::text[], :regions!::text[], :customsOffices!::text[], :lodgedAts!::timestamptz[])
 *   AS x(d, n, t, c, s, f, b, r, p, pn, m, e, a, rg, o, l)
 * ```
 */
export const storeProfileChanges = new PreparedQuery<IStoreProfileChangesParams,IStoreProfileChangesResult>(storeProfileChangesIR);


/** 'FindRiskProfile' parameters type */
export interface IFindRiskProfileParams {
  operatorId?: string | null | void;
  taxpayerId?: string | null | void;
}

/** 'FindRiskProfile' return type */
export interface IFindRiskProfileResult {
  aeo_status: string | null;
  declarations_total: string;
  first_declaration_at: Date | null;
  last_declaration_at: Date | null;
  model_version: string | null;
  operator_id: string | null;
  risk_factors: Json | null;
  risk_score: string | null;
  scored_at: Date | null;
  status_type: string | null;
  taxpayer_id: string;
  updated_at: Date;
}

/** 'FindRiskProfile' query type */
export interface IFindRiskProfileQuery {
  params: IFindRiskProfileParams;
  result: IFindRiskProfileResult;
}

const findRiskProfileIR: any = {"usedParamSet":{"taxpayerId":true,"operatorId":true},"params":[{"name":"taxpayerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":232,"b":242}]},{"name":"operatorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":261,"b":271}]}],"statement":"SELECT taxpayer_id, operator_id, aeo_status, status_type, risk_score, risk_factors, model_version, scored_at, declarations_total, first_declaration_at, last_declaration_at, updated_at\nFROM operator_risk_profiles WHERE taxpayer_id = :taxpayerId OR operator_id = :operatorId::uuid"};

/**
 * Query generated from SQL:
 * ```
 * SELECT taxpayer_id, operator_id, aeo_status, status_type, risk_score, risk_factors, model_version, scored_at, declarations_total, first_declaration_at, last_declaration_at, updated_at
 * FROM operator_risk_profiles WHERE taxpayer_id = :taxpayerId OR operator_id = :operatorId::uuid
 * ```
 */
export const findRiskProfile = new PreparedQuery<IFindRiskProfileParams,IFindRiskProfileResult>(findRiskProfileIR);


/** 'FindScoreChanges' parameters type */
export interface IFindScoreChangesParams {
  taxpayerId: string;
}

/** 'FindScoreChanges' return type */
export interface IFindScoreChangesResult {
  computed_at: Date;
  model_version: string;
  previous_score: string | null;
  score: string;
  source_event_id: string | null;
  trigger: string;
}

/** 'FindScoreChanges' query type */
export interface IFindScoreChangesQuery {
  params: IFindScoreChangesParams;
  result: IFindScoreChangesResult;
}

const findScoreChangesIR: any = {"usedParamSet":{"taxpayerId":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":138}]}],"statement":"SELECT score, previous_score, trigger, source_event_id, model_version, computed_at\nFROM risk_score_history WHERE taxpayer_id = :taxpayerId! ORDER BY id DESC LIMIT 20"};

/**
 * Query generated from SQL:
 * ```
 * SELECT score, previous_score, trigger, source_event_id, model_version, computed_at
 * FROM risk_score_history WHERE taxpayer_id = :taxpayerId! ORDER BY id DESC LIMIT 20
 * ```
 */
export const findScoreChanges = new PreparedQuery<IFindScoreChangesParams,IFindScoreChangesResult>(findScoreChangesIR);


