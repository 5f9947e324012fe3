/** Types generated for queries found in "services/programme/src/thresholds/thresholds.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListThresholdsInForce' parameters type */
export type IListThresholdsInForceParams = void;

/** 'ListThresholdsInForce' return type */
export interface IListThresholdsInForceResult {
  bound: string;
  changed_at: Date;
  changed_by: string;
  kpi_id: string;
  limit: number;
  period: string;
  periods_to_verify: number;
  reason: string;
  version: number;
  withdrawn: boolean;
}

/** 'ListThresholdsInForce' query type */
export interface IListThresholdsInForceQuery {
  params: IListThresholdsInForceParams;
  result: IListThresholdsInForceResult;
}

const listThresholdsInForceIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT DISTINCT ON (kpi_id) kpi_id, version, bound, \"limit\", periods_to_verify, period, changed_by, changed_at, reason, withdrawn\nFROM kpi_thresholds\nORDER BY kpi_id, version DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT DISTINCT ON (kpi_id) kpi_id, version, bound, "limit", periods_to_verify, period, changed_by, changed_at, reason, withdrawn
 * FROM kpi_thresholds
 * ORDER BY kpi_id, version DESC
 * ```
 */
export const listThresholdsInForce = new PreparedQuery<IListThresholdsInForceParams,IListThresholdsInForceResult>(listThresholdsInForceIR);


/** 'ListThresholdVersions' parameters type */
export interface IListThresholdVersionsParams {
  kpiId: string;
}

/** 'ListThresholdVersions' return type */
export interface IListThresholdVersionsResult {
  bound: string;
  changed_at: Date;
  changed_by: string;
  kpi_id: string;
  limit: number;
  period: string;
  periods_to_verify: number;
  reason: string;
  version: number;
  withdrawn: boolean;
}

/** 'ListThresholdVersions' query type */
export interface IListThresholdVersionsQuery {
  params: IListThresholdVersionsParams;
  result: IListThresholdVersionsResult;
}

const listThresholdVersionsIR: any = {"usedParamSet":{"kpiId":true},"params":[{"name":"kpiId","required":true,"transform":{"type":"scalar"},"locs":[{"a":144,"b":150}]}],"statement":"SELECT kpi_id, version, bound, \"limit\", periods_to_verify, period, changed_by, changed_at, reason, withdrawn\nFROM kpi_thresholds\nWHERE kpi_id = :kpiId!\nORDER BY version DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT kpi_id, version, bound, "limit", periods_to_verify, period, changed_by, changed_at, reason, withdrawn
 * FROM kpi_thresholds
 * WHERE kpi_id = :kpiId!
 * ORDER BY version DESC
 * ```
 */
export const listThresholdVersions = new PreparedQuery<IListThresholdVersionsParams,IListThresholdVersionsResult>(listThresholdVersionsIR);


/** 'LockThresholdKpi' parameters type */
export interface ILockThresholdKpiParams {
  kpiId: string;
}

/** 'LockThresholdKpi' return type */
export interface ILockThresholdKpiResult {
  locked: undefined | null;
}

/** 'LockThresholdKpi' query type */
export interface ILockThresholdKpiQuery {
  params: ILockThresholdKpiParams;
  result: ILockThresholdKpiResult;
}

const lockThresholdKpiIR: any = {"usedParamSet":{"kpiId":true},"params":[{"name":"kpiId","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":64}]}],"statement":"SELECT pg_advisory_xact_lock(hashtext('kpi-threshold:' || :kpiId!::text)) AS locked"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pg_advisory_xact_lock(hashtext('kpi-threshold:' || :kpiId!::text)) AS locked
 * ```
 */
export const lockThresholdKpi = new PreparedQuery<ILockThresholdKpiParams,ILockThresholdKpiResult>(lockThresholdKpiIR);


/** 'InsertThresholdVersion' parameters type */
export interface IInsertThresholdVersionParams {
  bound: string;
  changedBy: string;
  kpiId: string;
  limit: number;
  onlyFirst: boolean;
  period: string;
  periodsToVerify: number;
  reason: string;
}

/** 'InsertThresholdVersion' return type */
export interface IInsertThresholdVersionResult {
  bound: string;
  changed_at: Date;
  changed_by: string;
  kpi_id: string;
  limit: number;
  period: string;
  periods_to_verify: number;
  reason: string;
  version: number;
  withdrawn: boolean;
}

/** 'InsertThresholdVersion' query type */
export interface IInsertThresholdVersionQuery {
  params: IInsertThresholdVersionParams;
  result: IInsertThresholdVersionResult;
}

const insertThresholdVersionIR: any = {"usedParamSet":{"kpiId":true,"bound":true,"limit":true,"periodsToVerify":true,"period":true,"changedBy":true,"reason":true,"onlyFirst":true},"params":[{"name":"kpiId","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":133},{"a":278,"b":284}]},{"name":"bound","required":true,"transform":{"type":"scalar"},"locs":[{"a":167,"b":173}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":176,"b":182}]},{"name":"periodsToVerify","required":true,"transform":{"type":"scalar"},"locs":[{"a":185,"b":201}]},{"name":"period","required":true,"transform":{"type":"scalar"},"locs":[{"a":204,"b":211}]},{"name":"changedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":214,"b":224}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":234,"b":241}]},{"name":"onlyFirst","required":true,"transform":{"type":"scalar"},"locs":[{"a":293,"b":303}]}],"statement":"INSERT INTO kpi_thresholds (kpi_id, version, bound, \"limit\", periods_to_verify, period, changed_by, changed_at, reason)\nSELECT :kpiId!, COALESCE(max(version), 0) + 1, :bound!, :limit!, :periodsToVerify!, :period!, :changedBy!, now(), :reason!\nFROM kpi_thresholds\nWHERE kpi_id = :kpiId!\nHAVING :onlyFirst!::boolean IS FALSE OR count(*) = 0\nRETURNING kpi_id, version, bound, \"limit\", periods_to_verify, period, changed_by, changed_at, reason, withdrawn"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO kpi_thresholds (kpi_id, version, bound, "limit", periods_to_verify, period, changed_by, changed_at, reason)
 * SELECT :kpiId!, COALESCE(max(version), 0) + 1, :bound!, :limit!, :periodsToVerify!, :period!, :changedBy!, now(), :reason!
 * FROM kpi_thresholds
 * WHERE kpi_id = :kpiId!
 * HAVING :onlyFirst!::boolean IS FALSE OR count(*) = 0
 * RETURNING kpi_id, version, bound, "limit", periods_to_verify, period, changed_by, changed_at, reason, withdrawn
 * ```
 */
export const insertThresholdVersion = new PreparedQuery<IInsertThresholdVersionParams,IInsertThresholdVersionResult>(insertThresholdVersionIR);


/** 'InsertWithdrawal' parameters type */
export interface IInsertWithdrawalParams {
  changedBy: string;
  kpiId: string;
  reason: string;
}

/** 'InsertWithdrawal' return type */
export interface IInsertWithdrawalResult {
  bound: string;
  changed_at: Date;
  changed_by: string;
  kpi_id: string;
  limit: number;
  period: string;
  periods_to_verify: number;
  reason: string;
  version: number;
  withdrawn: boolean;
}

/** 'InsertWithdrawal' query type */
export interface IInsertWithdrawalQuery {
  params: IInsertWithdrawalParams;
  result: IInsertWithdrawalResult;
}

const insertWithdrawalIR: any = {"usedParamSet":{"changedBy":true,"reason":true,"kpiId":true},"params":[{"name":"changedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":202,"b":212}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":222,"b":229}]},{"name":"kpiId","required":true,"transform":{"type":"scalar"},"locs":[{"a":272,"b":278},{"a":350,"b":356}]}],"statement":"INSERT INTO kpi_thresholds (kpi_id, version, bound, \"limit\", periods_to_verify, period, changed_by, changed_at, reason, withdrawn)\nSELECT kpi_id, version + 1, bound, \"limit\", periods_to_verify, period, :changedBy!, now(), :reason!, true\nFROM kpi_thresholds\nWHERE kpi_id = :kpiId! AND version = (SELECT max(version) FROM kpi_thresholds WHERE kpi_id = :kpiId!) AND NOT withdrawn\nRETURNING kpi_id, version, bound, \"limit\", periods_to_verify, period, changed_by, changed_at, reason, withdrawn"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO kpi_thresholds (kpi_id, version, bound, "limit", periods_to_verify, period, changed_by, changed_at, reason, withdrawn)
 * SELECT kpi_id, version + 1, bound, "limit", periods_to_verify, period, :changedBy!, now(), :reason!, true
 * FROM kpi_thresholds
 * WHERE kpi_id = :kpiId! AND version = (SELECT max(version) FROM kpi_thresholds WHERE kpi_id = :kpiId!) AND NOT withdrawn
 * RETURNING kpi_id, version, bound, "limit", periods_to_verify, period, changed_by, changed_at, reason, withdrawn
 * ```
 */
export const insertWithdrawal = new PreparedQuery<IInsertWithdrawalParams,IInsertWithdrawalResult>(insertWithdrawalIR);


