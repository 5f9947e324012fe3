/** Types generated for queries found in "services/risk-management/src/risk-profiles/risk-profiles.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

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


/** 'FindRecentCompliance' parameters type */
export interface IFindRecentComplianceParams {
  horizonDays: number;
  now: DateOrString;
  taxpayerIds: stringArray;
}

/** 'FindRecentCompliance' return type */
export interface IFindRecentComplianceResult {
  occurred_at: Date;
  severity: string;
  taxpayer_id: string;
}

/** 'FindRecentCompliance' query type */
export interface IFindRecentComplianceQuery {
  params: IFindRecentComplianceParams;
  result: IFindRecentComplianceResult;
}

const findRecentComplianceIR: any = {"usedParamSet":{"taxpayerIds":true,"now":true,"horizonDays":true},"params":[{"name":"taxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":102}]},{"name":"now","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":135}]},{"name":"horizonDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":153,"b":165}]}],"statement":"SELECT taxpayer_id, severity, occurred_at FROM compliance_history\nWHERE taxpayer_id = ANY(:taxpayerIds!::text[]) AND occurred_at > :now!::timestamptz - (:horizonDays!::int * interval '1 day')"};

/**
 * Query generated from SQL:
 * ```
 * SELECT taxpayer_id, severity, occurred_at FROM compliance_history
 * WHERE taxpayer_id = ANY(:taxpayerIds!::text[]) AND occurred_at > :now!::timestamptz - (:horizonDays!::int * interval '1 day')
 * ```
 */
export const findRecentCompliance = new PreparedQuery<IFindRecentComplianceParams,IFindRecentComplianceResult>(findRecentComplianceIR);


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


/** 'AddDeclarationDays' parameters type */
export interface IAddDeclarationDaysParams {
  customsValues: stringArray;
  days: stringArray;
  duties: stringArray;
  taxpayerIds: stringArray;
}

/** 'AddDeclarationDays' return type */
export type IAddDeclarationDaysResult = void;

/** 'AddDeclarationDays' query type */
export interface IAddDeclarationDaysQuery {
  params: IAddDeclarationDaysParams;
  result: IAddDeclarationDaysResult;
}

const addDeclarationDaysIR: any = {"usedParamSet":{"taxpayerIds":true,"days":true,"customsValues":true,"duties":true},"params":[{"name":"taxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":136,"b":148}]},{"name":"days","required":true,"transform":{"type":"scalar"},"locs":[{"a":159,"b":164}]},{"name":"customsValues","required":true,"transform":{"type":"scalar"},"locs":[{"a":175,"b":189}]},{"name":"duties","required":true,"transform":{"type":"scalar"},"locs":[{"a":203,"b":210}]}],"statement":"INSERT INTO declaration_daily (taxpayer_id, day, declarations, customs_value, duties)\nSELECT t, d, count(*), sum(v), sum(u) FROM unnest(:taxpayerIds!::text[], :days!::date[], :customsValues!::numeric[], :duties!::numeric[]) AS x(t, d, v, u)\nGROUP BY t, d ORDER BY t, d\nON CONFLICT (taxpayer_id, day) DO UPDATE SET\n  declarations = declaration_daily.declarations + EXCLUDED.declarations,\n  customs_value = declaration_daily.customs_value + EXCLUDED.customs_value,\n  duties = declaration_daily.duties + EXCLUDED.duties"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO declaration_daily (taxpayer_id, day, declarations, customs_value, duties)
 * SELECT t, d, count(*), sum(v), sum(u) FROM unnest(:taxpayerIds!::text[], :days!::date[], :customsValues!::numeric[], :duties!::numeric[]) AS x(t, d, v, u)
 * GROUP BY t, d ORDER BY t, d
 * ON CONFLICT (taxpayer_id, day) DO UPDATE SET
 *   declarations = declaration_daily.declarations + EXCLUDED.declarations,
 *   customs_value = declaration_daily.customs_value + EXCLUDED.customs_value,
 *   duties = declaration_daily.duties + EXCLUDED.duties
 * ```
 */
export const addDeclarationDays = new PreparedQuery<IAddDeclarationDaysParams,IAddDeclarationDaysResult>(addDeclarationDaysIR);


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
  taxpayer_id: string;
}

/** 'CountDeclarations' query type */
export interface ICountDeclarationsQuery {
  params: ICountDeclarationsParams;
  result: ICountDeclarationsResult;
}

const countDeclarationsIR: any = {"usedParamSet":{"taxpayerIds":true,"counts":true,"firsts":true,"lasts":true},"params":[{"name":"taxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":161,"b":173}]},{"name":"counts","required":true,"transform":{"type":"scalar"},"locs":[{"a":184,"b":191}]},{"name":"firsts","required":true,"transform":{"type":"scalar"},"locs":[{"a":201,"b":208}]},{"name":"lasts","required":true,"transform":{"type":"scalar"},"locs":[{"a":226,"b":232}]}],"statement":"INSERT INTO operator_risk_profiles (taxpayer_id, declarations_total, first_declaration_at, last_declaration_at, updated_at)\nSELECT t, n, f, l, now() FROM unnest(:taxpayerIds!::text[], :counts!::int[], :firsts!::timestamptz[], :lasts!::timestamptz[]) AS x(t, n, f, l) ORDER BY t\nON CONFLICT (taxpayer_id) DO UPDATE SET\n  declarations_total = operator_risk_profiles.declarations_total + EXCLUDED.declarations_total,\n  first_declaration_at = LEAST(operator_risk_profiles.first_declaration_at, EXCLUDED.first_declaration_at),\n  last_declaration_at = GREATEST(operator_risk_profiles.last_declaration_at, EXCLUDED.last_declaration_at),\n  updated_at = now()\nRETURNING taxpayer_id, declarations_total, risk_score"};

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
 * RETURNING taxpayer_id, declarations_total, risk_score
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


/** 'StoreRiskScores' parameters type */
export interface IStoreRiskScoresParams {
  aeoStatuses: stringArray;
  factors: JsonArray;
  modelVersions: stringArray;
  operatorIds: stringArray;
  scoredAt: DateOrString;
  scores: stringArray;
  statusTypes: stringArray;
  taxpayerIds: stringArray;
}

/** 'StoreRiskScores' return type */
export type IStoreRiskScoresResult = void;

/** 'StoreRiskScores' query type */
export interface IStoreRiskScoresQuery {
  params: IStoreRiskScoresParams;
  result: IStoreRiskScoresResult;
}

const storeRiskScoresIR: any = {"usedParamSet":{"scoredAt":true,"taxpayerIds":true,"operatorIds":true,"aeoStatuses":true,"statusTypes":true,"scores":true,"factors":true,"modelVersions":true},"params":[{"name":"scoredAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":222,"b":231}]},{"name":"taxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":265,"b":277}]},{"name":"operatorIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":288,"b":300}]},{"name":"aeoStatuses","required":true,"transform":{"type":"scalar"},"locs":[{"a":311,"b":323}]},{"name":"statusTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":334,"b":346}]},{"name":"scores","required":true,"transform":{"type":"scalar"},"locs":[{"a":357,"b":364}]},{"name":"factors","required":true,"transform":{"type":"scalar"},"locs":[{"a":378,"b":386}]},{"name":"modelVersions","required":true,"transform":{"type":"scalar"},"locs":[{"a":398,"b":412}]}],"statement":"INSERT INTO operator_risk_profiles (taxpayer_id, operator_id, aeo_status, status_type, risk_score, risk_factors, model_version, scored_at, updated_at)\nSELECT t, NULLIF(o, '')::uuid, NULLIF(a, ''), NULLIF(st, ''), s, f, m, :scoredAt!::timestamptz, now()\nFROM unnest(:taxpayerIds!::text[], :operatorIds!::text[], :aeoStatuses!::text[], :statusTypes!::text[], :scores!::numeric[], :factors!::jsonb[], :modelVersions!::text[]) AS x(t, o, a, st, s, f, m)\nON CONFLICT (taxpayer_id) DO UPDATE SET\n  operator_id = coalesce(EXCLUDED.operator_id, operator_risk_profiles.operator_id),\n  aeo_status = EXCLUDED.aeo_status, status_type = EXCLUDED.status_type,\n  risk_score = EXCLUDED.risk_score, risk_factors = EXCLUDED.risk_factors, model_version = EXCLUDED.model_version,\n  scored_at = EXCLUDED.scored_at, updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO operator_risk_profiles (taxpayer_id, operator_id, aeo_status, status_type, risk_score, risk_factors, model_version, scored_at, updated_at)
 * SELECT t, NULLIF(o, '')::uuid, NULLIF(a, ''), NULLIF(st, ''), s, f, m, :scoredAt!::timestamptz, now()
 * FROM unnest(:taxpayerIds!::text[], :operatorIds!::text[], :aeoStatuses!::text[], :statusTypes!::text[], :scores!::numeric[], :factors!::jsonb[], :modelVersions!::text[]) AS x(t, o, a, st, s, f, m)
 * ON CONFLICT (taxpayer_id) DO UPDATE SET
 *   operator_id = coalesce(EXCLUDED.operator_id, operator_risk_profiles.operator_id),
 *   aeo_status = EXCLUDED.aeo_status, status_type = EXCLUDED.status_type,
 *   risk_score = EXCLUDED.risk_score, risk_factors = EXCLUDED.risk_factors, model_version = EXCLUDED.model_version,
 *   scored_at = EXCLUDED.scored_at, updated_at = now()
 * ```
 */
export const storeRiskScores = new PreparedQuery<IStoreRiskScoresParams,IStoreRiskScoresResult>(storeRiskScoresIR);


/** 'AppendScoreHistory' parameters type */
export interface IAppendScoreHistoryParams {
  computedAt: DateOrString;
  factors: JsonArray;
  modelVersions: stringArray;
  previousScores: stringArray;
  scores: stringArray;
  sourceEventIds: stringArray;
  taxpayerIds: stringArray;
  trigger: string;
}

/** 'AppendScoreHistory' return type */
export type IAppendScoreHistoryResult = void;

/** 'AppendScoreHistory' query type */
export interface IAppendScoreHistoryQuery {
  params: IAppendScoreHistoryParams;
  result: IAppendScoreHistoryResult;
}

const appendScoreHistoryIR: any = {"usedParamSet":{"trigger":true,"computedAt":true,"taxpayerIds":true,"scores":true,"previousScores":true,"factors":true,"modelVersions":true,"sourceEventIds":true},"params":[{"name":"trigger","required":true,"transform":{"type":"scalar"},"locs":[{"a":174,"b":182}]},{"name":"computedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":199}]},{"name":"taxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":226,"b":238}]},{"name":"scores","required":true,"transform":{"type":"scalar"},"locs":[{"a":249,"b":256}]},{"name":"previousScores","required":true,"transform":{"type":"scalar"},"locs":[{"a":270,"b":285}]},{"name":"factors","required":true,"transform":{"type":"scalar"},"locs":[{"a":296,"b":304}]},{"name":"modelVersions","required":true,"transform":{"type":"scalar"},"locs":[{"a":316,"b":330}]},{"name":"sourceEventIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":341,"b":356}]}],"statement":"INSERT INTO risk_score_history (taxpayer_id, score, previous_score, factors, model_version, trigger, source_event_id, computed_at)\nSELECT t, s, NULLIF(p, '')::numeric, f, m, :trigger!, e, :computedAt!::timestamptz\nFROM unnest(:taxpayerIds!::text[], :scores!::numeric[], :previousScores!::text[], :factors!::jsonb[], :modelVersions!::text[], :sourceEventIds!::text[]) WITH ORDINALITY AS x(t, s, p, f, m, e, n)\nORDER BY n"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO risk_score_history (taxpayer_id, score, previous_score, factors, model_version, trigger, source_event_id, computed_at)
 * SELECT t, s, NULLIF(p, '')::numeric, f, m, :trigger!, e, :computedAt!::timestamptz
 * FROM unnest(:taxpayerIds!::text[], :scores!::numeric[], :previousScores!::text[], :factors!::jsonb[], :modelVersions!::text[], :sourceEventIds!::text[]) WITH ORDINALITY AS x(t, s, p, f, m, e, n)
 * ORDER BY n
 * ```
 */
export const appendScoreHistory = new PreparedQuery<IAppendScoreHistoryParams,IAppendScoreHistoryResult>(appendScoreHistoryIR);


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


