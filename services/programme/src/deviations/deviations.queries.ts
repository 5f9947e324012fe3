/** Types generated for queries found in "services/programme/src/deviations/deviations.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'ListEvaluatedValues' parameters type */
export interface IListEvaluatedValuesParams {
  kpiId: string;
  periods: stringArray;
}

/** 'ListEvaluatedValues' return type */
export interface IListEvaluatedValuesResult {
  kpi_id: string;
  period: string;
  scope: string;
  status_type: string;
  threshold_version: number;
  value: number;
}

/** 'ListEvaluatedValues' query type */
export interface IListEvaluatedValuesQuery {
  params: IListEvaluatedValuesParams;
  result: IListEvaluatedValuesResult;
}

const listEvaluatedValuesIR: any = {"usedParamSet":{"kpiId":true,"periods":true},"params":[{"name":"kpiId","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":110}]},{"name":"periods","required":true,"transform":{"type":"scalar"},"locs":[{"a":129,"b":137}]}],"statement":"SELECT kpi_id, scope, status_type, period, value, threshold_version\nFROM kpi_evaluations\nWHERE kpi_id = :kpiId! AND period = ANY(:periods!::text[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT kpi_id, scope, status_type, period, value, threshold_version
 * FROM kpi_evaluations
 * WHERE kpi_id = :kpiId! AND period = ANY(:periods!::text[])
 * ```
 */
export const listEvaluatedValues = new PreparedQuery<IListEvaluatedValuesParams,IListEvaluatedValuesResult>(listEvaluatedValuesIR);


/** 'SaveEvaluatedValue' parameters type */
export interface ISaveEvaluatedValueParams {
  kpiId: string;
  period: string;
  scope: string;
  statusType: string;
  thresholdVersion: number;
  value: number;
}

/** 'SaveEvaluatedValue' return type */
export type ISaveEvaluatedValueResult = void;

/** 'SaveEvaluatedValue' query type */
export interface ISaveEvaluatedValueQuery {
  params: ISaveEvaluatedValueParams;
  result: ISaveEvaluatedValueResult;
}

const saveEvaluatedValueIR: any = {"usedParamSet":{"kpiId":true,"scope":true,"statusType":true,"period":true,"value":true,"thresholdVersion":true},"params":[{"name":"kpiId","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":119}]},{"name":"scope","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":128}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":142}]},{"name":"period","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":152}]},{"name":"value","required":true,"transform":{"type":"scalar"},"locs":[{"a":155,"b":161}]},{"name":"thresholdVersion","required":true,"transform":{"type":"scalar"},"locs":[{"a":164,"b":181}]}],"statement":"INSERT INTO kpi_evaluations (kpi_id, scope, status_type, period, value, threshold_version, evaluated_at)\nVALUES (:kpiId!, :scope!, :statusType!, :period!, :value!, :thresholdVersion!, now())\nON CONFLICT (kpi_id, scope, status_type, period)\nDO UPDATE SET value = EXCLUDED.value, threshold_version = EXCLUDED.threshold_version, evaluated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO kpi_evaluations (kpi_id, scope, status_type, period, value, threshold_version, evaluated_at)
 * VALUES (:kpiId!, :scope!, :statusType!, :period!, :value!, :thresholdVersion!, now())
 * ON CONFLICT (kpi_id, scope, status_type, period)
 * DO UPDATE SET value = EXCLUDED.value, threshold_version = EXCLUDED.threshold_version, evaluated_at = now()
 * ```
 */
export const saveEvaluatedValue = new PreparedQuery<ISaveEvaluatedValueParams,ISaveEvaluatedValueResult>(saveEvaluatedValueIR);


/** 'ListFollowedCases' parameters type */
export interface IListFollowedCasesParams {
  kpiId: string;
}

/** 'ListFollowedCases' return type */
export interface IListFollowedCasesResult {
  case_id: string;
  kpi_id: string;
  period: string;
  scope: string;
  status_type: string | null;
  threshold: Json;
}

/** 'ListFollowedCases' query type */
export interface IListFollowedCasesQuery {
  params: IListFollowedCasesParams;
  result: IListFollowedCasesResult;
}

const listFollowedCasesIR: any = {"usedParamSet":{"kpiId":true},"params":[{"name":"kpiId","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":104}]}],"statement":"SELECT case_id, kpi_id, scope, status_type, period, threshold\nFROM deviation_cases\nWHERE kpi_id = :kpiId! AND phase <> 'closed'"};

/**
 * Query generated from SQL:
 * ```
 * SELECT case_id, kpi_id, scope, status_type, period, threshold
 * FROM deviation_cases
 * WHERE kpi_id = :kpiId! AND phase <> 'closed'
 * ```
 */
export const listFollowedCases = new PreparedQuery<IListFollowedCasesParams,IListFollowedCasesResult>(listFollowedCasesIR);


/** 'NoteRepeatedCrossing' parameters type */
export interface INoteRepeatedCrossingParams {
  caseId: string;
  value: number;
}

/** 'NoteRepeatedCrossing' return type */
export interface INoteRepeatedCrossingResult {
  case_id: string;
  crossings: number;
}

/** 'NoteRepeatedCrossing' query type */
export interface INoteRepeatedCrossingQuery {
  params: INoteRepeatedCrossingParams;
  result: INoteRepeatedCrossingResult;
}

const noteRepeatedCrossingIR: any = {"usedParamSet":{"value":true,"caseId":true},"params":[{"name":"value","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":75}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":120}]}],"statement":"UPDATE deviation_cases\nSET crossings = crossings + 1, latest_value = :value!, updated_at = now()\nWHERE case_id = :caseId!\nRETURNING case_id, crossings"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE deviation_cases
 * SET crossings = crossings + 1, latest_value = :value!, updated_at = now()
 * WHERE case_id = :caseId!
 * RETURNING case_id, crossings
 * ```
 */
export const noteRepeatedCrossing = new PreparedQuery<INoteRepeatedCrossingParams,INoteRepeatedCrossingResult>(noteRepeatedCrossingIR);


/** 'InsertCase' parameters type */
export interface IInsertCaseParams {
  at: DateOrString;
  caseId: string;
  kpiId: string;
  period: string;
  scope: string;
  statusType?: string | null | void;
  threshold: Json;
  value: number;
}

/** 'InsertCase' return type */
export interface IInsertCaseResult {
  case_id: string;
}

/** 'InsertCase' query type */
export interface IInsertCaseQuery {
  params: IInsertCaseParams;
  result: IInsertCaseResult;
}

const insertCaseIR: any = {"usedParamSet":{"caseId":true,"kpiId":true,"scope":true,"statusType":true,"period":true,"value":true,"threshold":true,"at":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":286,"b":293}]},{"name":"kpiId","required":true,"transform":{"type":"scalar"},"locs":[{"a":296,"b":302}]},{"name":"scope","required":true,"transform":{"type":"scalar"},"locs":[{"a":305,"b":311}]},{"name":"statusType","required":false,"transform":{"type":"scalar"},"locs":[{"a":314,"b":324}]},{"name":"period","required":true,"transform":{"type":"scalar"},"locs":[{"a":327,"b":334}]},{"name":"value","required":true,"transform":{"type":"scalar"},"locs":[{"a":337,"b":343}]},{"name":"threshold","required":true,"transform":{"type":"scalar"},"locs":[{"a":346,"b":356}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":376,"b":379},{"a":382,"b":385}]}],"statement":"-- Nothing when the case exists, or when its KPI, scope and period have a standing (not dismissed) case\n-- (migration 1630's deviation_cases_one_standing).\nINSERT INTO deviation_cases (case_id, kpi_id, scope, status_type, period, value, threshold, phase, opened_at, updated_at)\nVALUES (:caseId!, :kpiId!, :scope!, :statusType, :period!, :value!, :threshold!::jsonb, 'opened', :at!, :at!)\nON CONFLICT DO NOTHING\nRETURNING case_id"};

/**
 * Query generated from SQL:
 * ```
 * -- Nothing when the case exists, or when its KPI, scope and period have a standing (not dismissed) case
 * -- (migration 1630's deviation_cases_one_standing).
 * INSERT INTO deviation_cases (case_id, kpi_id, scope, status_type, period, value, threshold, phase, opened_at, updated_at)
 * VALUES (:caseId!, :kpiId!, :scope!, :statusType, :period!, :value!, :threshold!::jsonb, 'opened', :at!, :at!)
 * ON CONFLICT DO NOTHING
 * RETURNING case_id
 * ```
 */
export const insertCase = new PreparedQuery<IInsertCaseParams,IInsertCaseResult>(insertCaseIR);


/** 'LockCasesOfKey' parameters type */
export interface ILockCasesOfKeyParams {
  kpiId: string;
  period: string;
  scope: string;
  statusType?: string | null | void;
}

/** 'LockCasesOfKey' return type */
export interface ILockCasesOfKeyResult {
  case_id: string;
  outcome: string | null;
  recorded: boolean | null;
}

/** 'LockCasesOfKey' query type */
export interface ILockCasesOfKeyQuery {
  params: ILockCasesOfKeyParams;
  result: ILockCasesOfKeyResult;
}

const lockCasesOfKeyIR: any = {"usedParamSet":{"kpiId":true,"scope":true,"statusType":true,"period":true},"params":[{"name":"kpiId","required":true,"transform":{"type":"scalar"},"locs":[{"a":304,"b":310}]},{"name":"scope","required":true,"transform":{"type":"scalar"},"locs":[{"a":326,"b":332}]},{"name":"statusType","required":false,"transform":{"type":"scalar"},"locs":[{"a":377,"b":387}]},{"name":"period","required":true,"transform":{"type":"scalar"},"locs":[{"a":417,"b":424}]}],"statement":"-- Every case of a KPI, scope, status type and period (dismissed ones included), locked, oldest first: whether\n-- its workflow recorded anything yet.\nSELECT c.case_id, c.outcome,\n  EXISTS (SELECT 1 FROM deviation_records r WHERE r.case_id = c.case_id) AS recorded\nFROM deviation_cases c\nWHERE c.kpi_id = :kpiId! AND c.scope = :scope! AND coalesce(c.status_type, '') = coalesce(:statusType::text, '')\n  AND c.period = :period!\nORDER BY c.opened_at, c.case_id\nFOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * -- Every case of a KPI, scope, status type and period (dismissed ones included), locked, oldest first: whether
 * -- its workflow recorded anything yet.
 * SELECT c.case_id, c.outcome,
 *   EXISTS (SELECT 1 FROM deviation_records r WHERE r.case_id = c.case_id) AS recorded
 * FROM deviation_cases c
 * WHERE c.kpi_id = :kpiId! AND c.scope = :scope! AND coalesce(c.status_type, '') = coalesce(:statusType::text, '')
 *   AND c.period = :period!
 * ORDER BY c.opened_at, c.case_id
 * FOR UPDATE
 * ```
 */
export const lockCasesOfKey = new PreparedQuery<ILockCasesOfKeyParams,ILockCasesOfKeyResult>(lockCasesOfKeyIR);


/** 'ListUnrecordedCases' parameters type */
export type IListUnrecordedCasesParams = void;

/** 'ListUnrecordedCases' return type */
export interface IListUnrecordedCasesResult {
  case_id: string;
  kpi_id: string;
  period: string;
  scope: string;
  status_type: string | null;
  threshold: Json;
  value: number;
}

/** 'ListUnrecordedCases' query type */
export interface IListUnrecordedCasesQuery {
  params: IListUnrecordedCasesParams;
  result: IListUnrecordedCasesResult;
}

const listUnrecordedCasesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT case_id, kpi_id, scope, status_type, period, value, threshold\nFROM deviation_cases c\nWHERE phase = 'opened' AND NOT EXISTS (SELECT 1 FROM deviation_records r WHERE r.case_id = c.case_id)\nORDER BY opened_at, case_id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT case_id, kpi_id, scope, status_type, period, value, threshold
 * FROM deviation_cases c
 * WHERE phase = 'opened' AND NOT EXISTS (SELECT 1 FROM deviation_records r WHERE r.case_id = c.case_id)
 * ORDER BY opened_at, case_id
 * ```
 */
export const listUnrecordedCases = new PreparedQuery<IListUnrecordedCasesParams,IListUnrecordedCasesResult>(listUnrecordedCasesIR);


/** 'LockCase' parameters type */
export interface ILockCaseParams {
  caseId: string;
}

/** 'LockCase' return type */
export interface ILockCaseResult {
  actions: Json;
  case_id: string;
  closed_at: Date | null;
  crossings: number;
  kpi_id: string;
  latest_value: number | null;
  opened_at: Date;
  outcome: string | null;
  owner: string | null;
  period: string;
  phase: string;
  root_cause: string | null;
  scope: string;
  status_type: string | null;
  threshold: Json;
  updated_at: Date;
  value: number;
}

/** 'LockCase' query type */
export interface ILockCaseQuery {
  params: ILockCaseParams;
  result: ILockCaseResult;
}

const lockCaseIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":211,"b":218}]}],"statement":"SELECT case_id, kpi_id, scope, status_type, period, value, threshold, phase, root_cause, owner, actions, outcome,\n  latest_value, crossings, opened_at, updated_at, closed_at\nFROM deviation_cases\nWHERE case_id = :caseId!\nFOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT case_id, kpi_id, scope, status_type, period, value, threshold, phase, root_cause, owner, actions, outcome,
 *   latest_value, crossings, opened_at, updated_at, closed_at
 * FROM deviation_cases
 * WHERE case_id = :caseId!
 * FOR UPDATE
 * ```
 */
export const lockCase = new PreparedQuery<ILockCaseParams,ILockCaseResult>(lockCaseIR);


/** 'InsertCaseRecord' parameters type */
export interface IInsertCaseRecordParams {
  caseId: string;
  details: Json;
  fromPhase: string;
  recordedAt: DateOrString;
  recordedBy: string;
  sequence: number;
  step: string;
  summary: string;
  toPhase: string;
}

/** 'InsertCaseRecord' return type */
export interface IInsertCaseRecordResult {
  sequence: number;
}

/** 'InsertCaseRecord' query type */
export interface IInsertCaseRecordQuery {
  params: IInsertCaseRecordParams;
  result: IInsertCaseRecordResult;
}

const insertCaseRecordIR: any = {"usedParamSet":{"caseId":true,"sequence":true,"step":true,"fromPhase":true,"toPhase":true,"summary":true,"details":true,"recordedBy":true,"recordedAt":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":130,"b":137}]},{"name":"sequence","required":true,"transform":{"type":"scalar"},"locs":[{"a":140,"b":149}]},{"name":"step","required":true,"transform":{"type":"scalar"},"locs":[{"a":152,"b":157}]},{"name":"fromPhase","required":true,"transform":{"type":"scalar"},"locs":[{"a":160,"b":170}]},{"name":"toPhase","required":true,"transform":{"type":"scalar"},"locs":[{"a":173,"b":181}]},{"name":"summary","required":true,"transform":{"type":"scalar"},"locs":[{"a":184,"b":192}]},{"name":"details","required":true,"transform":{"type":"scalar"},"locs":[{"a":195,"b":203}]},{"name":"recordedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":213,"b":224}]},{"name":"recordedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":227,"b":238}]}],"statement":"INSERT INTO deviation_records (case_id, sequence, step, from_phase, to_phase, summary, details, recorded_by, recorded_at)\nVALUES (:caseId!, :sequence!, :step!, :fromPhase!, :toPhase!, :summary!, :details!::jsonb, :recordedBy!, :recordedAt!)\nON CONFLICT (case_id, sequence) DO NOTHING\nRETURNING sequence"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO deviation_records (case_id, sequence, step, from_phase, to_phase, summary, details, recorded_by, recorded_at)
 * VALUES (:caseId!, :sequence!, :step!, :fromPhase!, :toPhase!, :summary!, :details!::jsonb, :recordedBy!, :recordedAt!)
 * ON CONFLICT (case_id, sequence) DO NOTHING
 * RETURNING sequence
 * ```
 */
export const insertCaseRecord = new PreparedQuery<IInsertCaseRecordParams,IInsertCaseRecordResult>(insertCaseRecordIR);


/** 'UpdateCaseAfterStep' parameters type */
export interface IUpdateCaseAfterStepParams {
  actions: Json;
  at: DateOrString;
  caseId: string;
  latestValue?: number | null | void;
  outcome?: string | null | void;
  owner?: string | null | void;
  phase: string;
  rootCause?: string | null | void;
}

/** 'UpdateCaseAfterStep' return type */
export type IUpdateCaseAfterStepResult = void;

/** 'UpdateCaseAfterStep' query type */
export interface IUpdateCaseAfterStepQuery {
  params: IUpdateCaseAfterStepParams;
  result: IUpdateCaseAfterStepResult;
}

const updateCaseAfterStepIR: any = {"usedParamSet":{"phase":true,"rootCause":true,"owner":true,"actions":true,"outcome":true,"latestValue":true,"at":true,"caseId":true},"params":[{"name":"phase","required":true,"transform":{"type":"scalar"},"locs":[{"a":35,"b":41},{"a":236,"b":242}]},{"name":"rootCause","required":false,"transform":{"type":"scalar"},"locs":[{"a":65,"b":74}]},{"name":"owner","required":false,"transform":{"type":"scalar"},"locs":[{"a":87,"b":92}]},{"name":"actions","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":115}]},{"name":"outcome","required":false,"transform":{"type":"scalar"},"locs":[{"a":137,"b":144}]},{"name":"latestValue","required":false,"transform":{"type":"scalar"},"locs":[{"a":164,"b":175}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":193,"b":196},{"a":266,"b":269}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":314,"b":321}]}],"statement":"UPDATE deviation_cases\nSET phase = :phase!::text,\n  root_cause = :rootCause,\n  owner = :owner,\n  actions = :actions!::jsonb,\n  outcome = :outcome,\n  latest_value = :latestValue,\n  updated_at = :at!::timestamptz,\n  closed_at = CASE WHEN :phase!::text = 'closed' THEN :at!::timestamptz ELSE NULL END\nWHERE case_id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE deviation_cases
 * SET phase = :phase!::text,
 *   root_cause = :rootCause,
 *   owner = :owner,
 *   actions = :actions!::jsonb,
 *   outcome = :outcome,
 *   latest_value = :latestValue,
 *   updated_at = :at!::timestamptz,
 *   closed_at = CASE WHEN :phase!::text = 'closed' THEN :at!::timestamptz ELSE NULL END
 * WHERE case_id = :caseId!
 * ```
 */
export const updateCaseAfterStep = new PreparedQuery<IUpdateCaseAfterStepParams,IUpdateCaseAfterStepResult>(updateCaseAfterStepIR);


/** 'ListCases' parameters type */
export interface IListCasesParams {
  kpiId?: string | null | void;
  limit: number;
  phase?: string | null | void;
  scope?: string | null | void;
}

/** 'ListCases' return type */
export interface IListCasesResult {
  actions: Json;
  case_id: string;
  closed_at: Date | null;
  crossings: number;
  kpi_id: string;
  latest_value: number | null;
  opened_at: Date;
  outcome: string | null;
  owner: string | null;
  period: string;
  phase: string;
  root_cause: string | null;
  scope: string;
  status_type: string | null;
  threshold: Json;
  updated_at: Date;
  value: number;
}

/** 'ListCases' query type */
export interface IListCasesQuery {
  params: IListCasesParams;
  result: IListCasesResult;
}

const listCasesIR: any = {"usedParamSet":{"phase":true,"kpiId":true,"scope":true,"limit":true},"params":[{"name":"phase","required":false,"transform":{"type":"scalar"},"locs":[{"a":272,"b":277},{"a":304,"b":309},{"a":315,"b":320}]},{"name":"kpiId","required":false,"transform":{"type":"scalar"},"locs":[{"a":362,"b":367},{"a":395,"b":400}]},{"name":"scope","required":false,"transform":{"type":"scalar"},"locs":[{"a":410,"b":415},{"a":442,"b":447}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":489,"b":495}]}],"statement":"-- Newest first: the plain list (GET /v1/deviations) and the reports.\nSELECT case_id, kpi_id, scope, status_type, period, value, threshold, phase, root_cause, owner, actions, outcome,\n  latest_value, crossings, opened_at, updated_at, closed_at\nFROM deviation_cases\nWHERE (:phase::text IS NULL OR phase = :phase OR (:phase = 'open' AND phase <> 'closed'))\n  AND (:kpiId::text IS NULL OR kpi_id = :kpiId)\n  AND (:scope::text IS NULL OR scope = :scope)\nORDER BY opened_at DESC, case_id\nLIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- Newest first: the plain list (GET /v1/deviations) and the reports.
 * SELECT case_id, kpi_id, scope, status_type, period, value, threshold, phase, root_cause, owner, actions, outcome,
 *   latest_value, crossings, opened_at, updated_at, closed_at
 * FROM deviation_cases
 * WHERE (:phase::text IS NULL OR phase = :phase OR (:phase = 'open' AND phase <> 'closed'))
 *   AND (:kpiId::text IS NULL OR kpi_id = :kpiId)
 *   AND (:scope::text IS NULL OR scope = :scope)
 * ORDER BY opened_at DESC, case_id
 * LIMIT :limit!::int
 * ```
 */
export const listCases = new PreparedQuery<IListCasesParams,IListCasesResult>(listCasesIR);


/** 'ListCasePage' parameters type */
export interface IListCasePageParams {
  kpiId?: string | null | void;
  limit: number;
  offset: number;
  order: string;
  phase?: string | null | void;
  scope?: string | null | void;
  sort: string;
}

/** 'ListCasePage' return type */
export interface IListCasePageResult {
  actions: Json;
  case_id: string;
  closed_at: Date | null;
  crossings: number;
  kpi_id: string;
  latest_value: number | null;
  opened_at: Date;
  outcome: string | null;
  owner: string | null;
  period: string;
  phase: string;
  root_cause: string | null;
  scope: string;
  status_type: string | null;
  threshold: Json;
  total: string;
  updated_at: Date;
  value: number;
}

/** 'ListCasePage' query type */
export interface IListCasePageQuery {
  params: IListCasePageParams;
  result: IListCasePageResult;
}

const listCasePageIR: any = {"usedParamSet":{"phase":true,"kpiId":true,"scope":true,"sort":true,"order":true,"limit":true,"offset":true},"params":[{"name":"phase","required":false,"transform":{"type":"scalar"},"locs":[{"a":354,"b":359},{"a":386,"b":391},{"a":397,"b":402}]},{"name":"kpiId","required":false,"transform":{"type":"scalar"},"locs":[{"a":444,"b":449},{"a":477,"b":482}]},{"name":"scope","required":false,"transform":{"type":"scalar"},"locs":[{"a":492,"b":497},{"a":524,"b":529}]},{"name":"sort","required":true,"transform":{"type":"scalar"},"locs":[{"a":553,"b":558},{"a":641,"b":646},{"a":731,"b":736},{"a":821,"b":826},{"a":913,"b":918},{"a":996,"b":1001}]},{"name":"order","required":true,"transform":{"type":"scalar"},"locs":[{"a":583,"b":589},{"a":671,"b":677},{"a":762,"b":768},{"a":852,"b":858},{"a":941,"b":947},{"a":1024,"b":1030},{"a":1081,"b":1087},{"a":1137,"b":1143}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1188,"b":1194}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":1208,"b":1215}]}],"statement":"-- A page of the cases (GET /v1/deviation-cases), the whole list counted on every row (readPage); ties broken by case id.\nSELECT case_id, kpi_id, scope, status_type, period, value, threshold, phase, root_cause, owner, actions, outcome,\n  latest_value, crossings, opened_at, updated_at, closed_at, COUNT(*) OVER () AS \"total!\"\nFROM deviation_cases\nWHERE (:phase::text IS NULL OR phase = :phase OR (:phase = 'open' AND phase <> 'closed'))\n  AND (:kpiId::text IS NULL OR kpi_id = :kpiId)\n  AND (:scope::text IS NULL OR scope = :scope)\nORDER BY\n  CASE WHEN :sort!::text = 'openedAt' AND :order!::text = 'asc' THEN opened_at END ASC,\n  CASE WHEN :sort!::text = 'openedAt' AND :order!::text = 'desc' THEN opened_at END DESC,\n  CASE WHEN :sort!::text = 'updatedAt' AND :order!::text = 'asc' THEN updated_at END ASC,\n  CASE WHEN :sort!::text = 'updatedAt' AND :order!::text = 'desc' THEN updated_at END DESC,\n  CASE WHEN :sort!::text = 'period' AND :order!::text = 'asc' THEN period END ASC,\n  CASE WHEN :sort!::text = 'period' AND :order!::text = 'desc' THEN period END DESC,\n  CASE WHEN :order!::text = 'asc' THEN case_id END ASC,\n  CASE WHEN :order!::text = 'desc' THEN case_id END DESC\nLIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- A page of the cases (GET /v1/deviation-cases), the whole list counted on every row (readPage); ties broken by case id.
 * SELECT case_id, kpi_id, scope, status_type, period, value, threshold, phase, root_cause, owner, actions, outcome,
 *   latest_value, crossings, opened_at, updated_at, closed_at, COUNT(*) OVER () AS "total!"
 * FROM deviation_cases
 * WHERE (:phase::text IS NULL OR phase = :phase OR (:phase = 'open' AND phase <> 'closed'))
 *   AND (:kpiId::text IS NULL OR kpi_id = :kpiId)
 *   AND (:scope::text IS NULL OR scope = :scope)
 * ORDER BY
 *   CASE WHEN :sort!::text = 'openedAt' AND :order!::text = 'asc' THEN opened_at END ASC,
 *   CASE WHEN :sort!::text = 'openedAt' AND :order!::text = 'desc' THEN opened_at END DESC,
 *   CASE WHEN :sort!::text = 'updatedAt' AND :order!::text = 'asc' THEN updated_at END ASC,
 *   CASE WHEN :sort!::text = 'updatedAt' AND :order!::text = 'desc' THEN updated_at END DESC,
 *   CASE WHEN :sort!::text = 'period' AND :order!::text = 'asc' THEN period END ASC,
 *   CASE WHEN :sort!::text = 'period' AND :order!::text = 'desc' THEN period END DESC,
 *   CASE WHEN :order!::text = 'asc' THEN case_id END ASC,
 *   CASE WHEN :order!::text = 'desc' THEN case_id END DESC
 * LIMIT :limit!::int OFFSET :offset!::int
 * ```
 */
export const listCasePage = new PreparedQuery<IListCasePageParams,IListCasePageResult>(listCasePageIR);


/** 'FindCase' parameters type */
export interface IFindCaseParams {
  caseId: string;
}

/** 'FindCase' return type */
export interface IFindCaseResult {
  actions: Json;
  case_id: string;
  closed_at: Date | null;
  crossings: number;
  kpi_id: string;
  latest_value: number | null;
  opened_at: Date;
  outcome: string | null;
  owner: string | null;
  period: string;
  phase: string;
  root_cause: string | null;
  scope: string;
  status_type: string | null;
  threshold: Json;
  updated_at: Date;
  value: number;
}

/** 'FindCase' query type */
export interface IFindCaseQuery {
  params: IFindCaseParams;
  result: IFindCaseResult;
}

const findCaseIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":211,"b":218}]}],"statement":"SELECT case_id, kpi_id, scope, status_type, period, value, threshold, phase, root_cause, owner, actions, outcome,\n  latest_value, crossings, opened_at, updated_at, closed_at\nFROM deviation_cases\nWHERE case_id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT case_id, kpi_id, scope, status_type, period, value, threshold, phase, root_cause, owner, actions, outcome,
 *   latest_value, crossings, opened_at, updated_at, closed_at
 * FROM deviation_cases
 * WHERE case_id = :caseId!
 * ```
 */
export const findCase = new PreparedQuery<IFindCaseParams,IFindCaseResult>(findCaseIR);


/** 'ListCaseRecords' parameters type */
export interface IListCaseRecordsParams {
  caseId: string;
}

/** 'ListCaseRecords' return type */
export interface IListCaseRecordsResult {
  details: Json;
  from_phase: string;
  recorded_at: Date;
  recorded_by: string;
  sequence: number;
  step: string;
  summary: string;
  to_phase: string;
}

/** 'ListCaseRecords' query type */
export interface IListCaseRecordsQuery {
  params: IListCaseRecordsParams;
  result: IListCaseRecordsResult;
}

const listCaseRecordsIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":134}]}],"statement":"SELECT sequence, step, from_phase, to_phase, summary, details, recorded_by, recorded_at\nFROM deviation_records\nWHERE case_id = :caseId!\nORDER BY sequence"};

/**
 * Query generated from SQL:
 * ```
 * SELECT sequence, step, from_phase, to_phase, summary, details, recorded_by, recorded_at
 * FROM deviation_records
 * WHERE case_id = :caseId!
 * ORDER BY sequence
 * ```
 */
export const listCaseRecords = new PreparedQuery<IListCaseRecordsParams,IListCaseRecordsResult>(listCaseRecordsIR);


/** 'TryLockEvaluation' parameters type */
export type ITryLockEvaluationParams = void;

/** 'TryLockEvaluation' return type */
export interface ITryLockEvaluationResult {
  locked: boolean | null;
}

/** 'TryLockEvaluation' query type */
export interface ITryLockEvaluationQuery {
  params: ITryLockEvaluationParams;
  result: ITryLockEvaluationResult;
}

const tryLockEvaluationIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT pg_try_advisory_lock(hashtext('programme-deviation-evaluation')) AS locked"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pg_try_advisory_lock(hashtext('programme-deviation-evaluation')) AS locked
 * ```
 */
export const tryLockEvaluation = new PreparedQuery<ITryLockEvaluationParams,ITryLockEvaluationResult>(tryLockEvaluationIR);


/** 'UnlockEvaluation' parameters type */
export type IUnlockEvaluationParams = void;

/** 'UnlockEvaluation' return type */
export interface IUnlockEvaluationResult {
  unlocked: boolean | null;
}

/** 'UnlockEvaluation' query type */
export interface IUnlockEvaluationQuery {
  params: IUnlockEvaluationParams;
  result: IUnlockEvaluationResult;
}

const unlockEvaluationIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT pg_advisory_unlock(hashtext('programme-deviation-evaluation')) AS unlocked"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pg_advisory_unlock(hashtext('programme-deviation-evaluation')) AS unlocked
 * ```
 */
export const unlockEvaluation = new PreparedQuery<IUnlockEvaluationParams,IUnlockEvaluationResult>(unlockEvaluationIR);


