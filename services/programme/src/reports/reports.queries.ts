/** Types generated for queries found in "services/programme/src/reports/reports.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'InsertReport' parameters type */
export interface IInsertReportParams {
  content: Json;
  id: string;
  issuedAt: DateOrString;
  issuedBy: string;
  languages: stringArray;
  quarter: string;
  trigger: string;
}

/** 'InsertReport' return type */
export interface IInsertReportResult {
  id: string;
  issued_at: Date;
  issued_by: string;
  languages: stringArray;
  quarter: string;
  trigger: string;
}

/** 'InsertReport' query type */
export interface IInsertReportQuery {
  params: IInsertReportParams;
  result: IInsertReportResult;
}

const insertReportIR: any = {"usedParamSet":{"id":true,"quarter":true,"trigger":true,"languages":true,"content":true,"issuedBy":true,"issuedAt":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":103,"b":106}]},{"name":"quarter","required":true,"transform":{"type":"scalar"},"locs":[{"a":109,"b":117}]},{"name":"trigger","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":128}]},{"name":"languages","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":141}]},{"name":"content","required":true,"transform":{"type":"scalar"},"locs":[{"a":144,"b":152}]},{"name":"issuedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":155,"b":164}]},{"name":"issuedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":167,"b":176}]}],"statement":"INSERT INTO programme_reports (id, quarter, trigger, languages, content, issued_by, issued_at)\nVALUES (:id!, :quarter!, :trigger!, :languages!, :content!, :issuedBy!, :issuedAt!)\nON CONFLICT (quarter) WHERE trigger = 'schedule' DO NOTHING\nRETURNING id, quarter, trigger, languages, issued_by, issued_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO programme_reports (id, quarter, trigger, languages, content, issued_by, issued_at)
 * VALUES (:id!, :quarter!, :trigger!, :languages!, :content!, :issuedBy!, :issuedAt!)
 * ON CONFLICT (quarter) WHERE trigger = 'schedule' DO NOTHING
 * RETURNING id, quarter, trigger, languages, issued_by, issued_at
 * ```
 */
export const insertReport = new PreparedQuery<IInsertReportParams,IInsertReportResult>(insertReportIR);


/** 'ScheduledReportOf' parameters type */
export interface IScheduledReportOfParams {
  quarter: string;
}

/** 'ScheduledReportOf' return type */
export interface IScheduledReportOfResult {
  id: string;
}

/** 'ScheduledReportOf' query type */
export interface IScheduledReportOfQuery {
  params: IScheduledReportOfParams;
  result: IScheduledReportOfResult;
}

const scheduledReportOfIR: any = {"usedParamSet":{"quarter":true},"params":[{"name":"quarter","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":57}]}],"statement":"SELECT id FROM programme_reports WHERE quarter = :quarter! AND trigger = 'schedule'"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM programme_reports WHERE quarter = :quarter! AND trigger = 'schedule'
 * ```
 */
export const scheduledReportOf = new PreparedQuery<IScheduledReportOfParams,IScheduledReportOfResult>(scheduledReportOfIR);


/** 'InsertRendering' parameters type */
export interface IInsertRenderingParams {
  bytes: Buffer;
  format: string;
  language: string;
  reportId: string;
  sha256: string;
}

/** 'InsertRendering' return type */
export type IInsertRenderingResult = void;

/** 'InsertRendering' query type */
export interface IInsertRenderingQuery {
  params: IInsertRenderingParams;
  result: IInsertRenderingResult;
}

const insertRenderingIR: any = {"usedParamSet":{"reportId":true,"language":true,"format":true,"bytes":true,"sha256":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":102}]},{"name":"language","required":true,"transform":{"type":"scalar"},"locs":[{"a":105,"b":114}]},{"name":"format","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":124}]},{"name":"bytes","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":133}]},{"name":"sha256","required":true,"transform":{"type":"scalar"},"locs":[{"a":136,"b":143}]}],"statement":"INSERT INTO programme_report_renderings (report_id, language, format, bytes, sha256)\nVALUES (:reportId!, :language!, :format!, :bytes!, :sha256!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO programme_report_renderings (report_id, language, format, bytes, sha256)
 * VALUES (:reportId!, :language!, :format!, :bytes!, :sha256!)
 * ```
 */
export const insertRendering = new PreparedQuery<IInsertRenderingParams,IInsertRenderingResult>(insertRenderingIR);


/** 'ListReports' parameters type */
export interface IListReportsParams {
  id?: string | null | void;
  limit: string;
  quarter?: string | null | void;
}

/** 'ListReports' return type */
export interface IListReportsResult {
  id: string;
  issued_at: Date;
  issued_by: string;
  languages: stringArray;
  quarter: string;
  renderings: Json | null;
  trigger: string;
}

/** 'ListReports' query type */
export interface IListReportsQuery {
  params: IListReportsParams;
  result: IListReportsResult;
}

const listReportsIR: any = {"usedParamSet":{"id":true,"quarter":true,"limit":true},"params":[{"name":"id","required":false,"transform":{"type":"scalar"},"locs":[{"a":399,"b":401},{"a":427,"b":429}]},{"name":"quarter","required":false,"transform":{"type":"scalar"},"locs":[{"a":440,"b":447},{"a":478,"b":485}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":548,"b":554}]}],"statement":"SELECT r.id, r.quarter, r.trigger, r.languages, r.issued_by, r.issued_at,\n  COALESCE(json_agg(json_build_object('language', g.language, 'format', g.format, 'size', octet_length(g.bytes),\n    'sha256', g.sha256) ORDER BY g.language, g.format) FILTER (WHERE g.report_id IS NOT NULL), '[]') AS renderings\n  FROM programme_reports r LEFT JOIN programme_report_renderings g ON g.report_id = r.id\n WHERE (:id::uuid IS NULL OR r.id = :id)\n   AND (:quarter::text IS NULL OR r.quarter = :quarter)\n GROUP BY r.id\n ORDER BY r.issued_at DESC, r.id DESC\n LIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id, r.quarter, r.trigger, r.languages, r.issued_by, r.issued_at,
 *   COALESCE(json_agg(json_build_object('language', g.language, 'format', g.format, 'size', octet_length(g.bytes),
 *     'sha256', g.sha256) ORDER BY g.language, g.format) FILTER (WHERE g.report_id IS NOT NULL), '[]') AS renderings
 *   FROM programme_reports r LEFT JOIN programme_report_renderings g ON g.report_id = r.id
 *  WHERE (:id::uuid IS NULL OR r.id = :id)
 *    AND (:quarter::text IS NULL OR r.quarter = :quarter)
 *  GROUP BY r.id
 *  ORDER BY r.issued_at DESC, r.id DESC
 *  LIMIT :limit!
 * ```
 */
export const listReports = new PreparedQuery<IListReportsParams,IListReportsResult>(listReportsIR);


/** 'FindRendering' parameters type */
export interface IFindRenderingParams {
  format: string;
  language: string;
  reportId: string;
}

/** 'FindRendering' return type */
export interface IFindRenderingResult {
  bytes: Buffer;
  sha256: string;
}

/** 'FindRendering' query type */
export interface IFindRenderingQuery {
  params: IFindRenderingParams;
  result: IFindRenderingResult;
}

const findRenderingIR: any = {"usedParamSet":{"reportId":true,"language":true,"format":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":73,"b":82}]},{"name":"language","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":108}]},{"name":"format","required":true,"transform":{"type":"scalar"},"locs":[{"a":123,"b":130}]}],"statement":"SELECT bytes, sha256 FROM programme_report_renderings\n WHERE report_id = :reportId! AND language = :language! AND format = :format!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT bytes, sha256 FROM programme_report_renderings
 *  WHERE report_id = :reportId! AND language = :language! AND format = :format!
 * ```
 */
export const findRendering = new PreparedQuery<IFindRenderingParams,IFindRenderingResult>(findRenderingIR);


/** 'TryLockReportProduction' parameters type */
export interface ITryLockReportProductionParams {
  key: string;
  lockSpace: number;
}

/** 'TryLockReportProduction' return type */
export interface ITryLockReportProductionResult {
  locked: boolean;
}

/** 'TryLockReportProduction' query type */
export interface ITryLockReportProductionQuery {
  params: ITryLockReportProductionParams;
  result: ITryLockReportProductionResult;
}

const tryLockReportProductionIR: any = {"usedParamSet":{"lockSpace":true,"key":true},"params":[{"name":"lockSpace","required":true,"transform":{"type":"scalar"},"locs":[{"a":28,"b":38}]},{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":55,"b":59}]}],"statement":"SELECT pg_try_advisory_lock(:lockSpace!::int, hashtext(:key!)) AS \"locked!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT pg_try_advisory_lock(:lockSpace!::int, hashtext(:key!)) AS "locked!"
 * ```
 */
export const tryLockReportProduction = new PreparedQuery<ITryLockReportProductionParams,ITryLockReportProductionResult>(tryLockReportProductionIR);


/** 'UnlockReportProduction' parameters type */
export interface IUnlockReportProductionParams {
  key: string;
  lockSpace: number;
}

/** 'UnlockReportProduction' return type */
export interface IUnlockReportProductionResult {
  unlocked: boolean;
}

/** 'UnlockReportProduction' query type */
export interface IUnlockReportProductionQuery {
  params: IUnlockReportProductionParams;
  result: IUnlockReportProductionResult;
}

const unlockReportProductionIR: any = {"usedParamSet":{"lockSpace":true,"key":true},"params":[{"name":"lockSpace","required":true,"transform":{"type":"scalar"},"locs":[{"a":26,"b":36}]},{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":53,"b":57}]}],"statement":"SELECT pg_advisory_unlock(:lockSpace!::int, hashtext(:key!)) AS \"unlocked!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT pg_advisory_unlock(:lockSpace!::int, hashtext(:key!)) AS "unlocked!"
 * ```
 */
export const unlockReportProduction = new PreparedQuery<IUnlockReportProductionParams,IUnlockReportProductionResult>(unlockReportProductionIR);


