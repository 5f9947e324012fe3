/** Types generated for queries found in "services/programme/src/pilots/final-report/final-report.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'ListReportParticipants' parameters type */
export interface IListReportParticipantsParams {
  pilotId: string;
}

/** 'ListReportParticipants' return type */
export interface IListReportParticipantsResult {
  answer_due_at: Date | null;
  answered_at: Date | null;
  chosen_at: Date;
  chosen_reason: string;
  rank: number;
  reason: string | null;
  region: string;
  replaced_by: string | null;
  replacing: string | null;
  stage: string;
  taxpayer_id: string;
}

/** 'ListReportParticipants' query type */
export interface IListReportParticipantsQuery {
  params: IListReportParticipantsParams;
  result: IListReportParticipantsResult;
}

const listReportParticipantsIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":169,"b":177}]}],"statement":"SELECT taxpayer_id, stage, region, rank, chosen_reason, chosen_at, replacing, replaced_by, answer_due_at, answered_at,\n  reason\nFROM pilot_participants\nWHERE pilot_id = :pilotId!\nORDER BY chosen_at, rank, taxpayer_id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT taxpayer_id, stage, region, rank, chosen_reason, chosen_at, replacing, replaced_by, answer_due_at, answered_at,
 *   reason
 * FROM pilot_participants
 * WHERE pilot_id = :pilotId!
 * ORDER BY chosen_at, rank, taxpayer_id
 * ```
 */
export const listReportParticipants = new PreparedQuery<IListReportParticipantsParams,IListReportParticipantsResult>(listReportParticipantsIR);


/** 'ListDeviationsBetween' parameters type */
export interface IListDeviationsBetweenParams {
  from: DateOrString;
  to: DateOrString;
}

/** 'ListDeviationsBetween' return type */
export interface IListDeviationsBetweenResult {
  case_id: string;
  closed_at: Date | null;
  kpi_id: string;
  opened_at: Date;
  outcome: string | null;
  owner: string | null;
  period: string;
  phase: string;
  scope: string;
  status_type: string | null;
  value: number;
}

/** 'ListDeviationsBetween' query type */
export interface IListDeviationsBetweenQuery {
  params: IListDeviationsBetweenParams;
  result: IListDeviationsBetweenResult;
}

const listDeviationsBetweenIR: any = {"usedParamSet":{"from":true,"to":true},"params":[{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":148}]},{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":179,"b":182}]}],"statement":"SELECT case_id, kpi_id, scope, status_type, period, value, phase, outcome, owner, opened_at, closed_at\nFROM deviation_cases\nWHERE opened_at >= :from!::timestamptz AND opened_at < :to!::timestamptz\nORDER BY opened_at, case_id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT case_id, kpi_id, scope, status_type, period, value, phase, outcome, owner, opened_at, closed_at
 * FROM deviation_cases
 * WHERE opened_at >= :from!::timestamptz AND opened_at < :to!::timestamptz
 * ORDER BY opened_at, case_id
 * ```
 */
export const listDeviationsBetween = new PreparedQuery<IListDeviationsBetweenParams,IListDeviationsBetweenResult>(listDeviationsBetweenIR);


/** 'LockPilotForReport' parameters type */
export interface ILockPilotForReportParams {
  pilotId: string;
}

/** 'LockPilotForReport' return type */
export interface ILockPilotForReportResult {
  id: string;
  status: string;
}

/** 'LockPilotForReport' query type */
export interface ILockPilotForReportQuery {
  params: ILockPilotForReportParams;
  result: ILockPilotForReportResult;
}

const lockPilotForReportIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":49}]}],"statement":"SELECT id, status FROM pilots WHERE id = :pilotId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, status FROM pilots WHERE id = :pilotId! FOR UPDATE
 * ```
 */
export const lockPilotForReport = new PreparedQuery<ILockPilotForReportParams,ILockPilotForReportResult>(lockPilotForReportIR);


/** 'NextReportSequence' parameters type */
export interface INextReportSequenceParams {
  pilotId: string;
}

/** 'NextReportSequence' return type */
export interface INextReportSequenceResult {
  approved: boolean | null;
  next: number;
  recommendations: string | null;
}

/** 'NextReportSequence' query type */
export interface INextReportSequenceQuery {
  params: INextReportSequenceParams;
  result: INextReportSequenceResult;
}

const nextReportSequenceIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":172,"b":180},{"a":281,"b":289}]}],"statement":"SELECT COALESCE(MAX(sequence), 0) + 1 AS \"next!\",\n  bool_or(approved_at IS NOT NULL) AS approved,\n  (SELECT r.recommendations FROM pilot_final_reports r WHERE r.pilot_id = :pilotId! ORDER BY r.sequence DESC LIMIT 1)\n    AS recommendations\nFROM pilot_final_reports\nWHERE pilot_id = :pilotId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT COALESCE(MAX(sequence), 0) + 1 AS "next!",
 *   bool_or(approved_at IS NOT NULL) AS approved,
 *   (SELECT r.recommendations FROM pilot_final_reports r WHERE r.pilot_id = :pilotId! ORDER BY r.sequence DESC LIMIT 1)
 *     AS recommendations
 * FROM pilot_final_reports
 * WHERE pilot_id = :pilotId!
 * ```
 */
export const nextReportSequence = new PreparedQuery<INextReportSequenceParams,INextReportSequenceResult>(nextReportSequenceIR);


/** 'InsertFinalReport' parameters type */
export interface IInsertFinalReportParams {
  content: Json;
  generatedAt: DateOrString;
  generatedBy: string;
  id: string;
  languages: stringArray;
  pilotId: string;
  recommendations?: string | null | void;
  sequence: number;
  trigger: string;
}

/** 'InsertFinalReport' return type */
export interface IInsertFinalReportResult {
  id: string;
}

/** 'InsertFinalReport' query type */
export interface IInsertFinalReportQuery {
  params: IInsertFinalReportParams;
  result: IInsertFinalReportResult;
}

const insertFinalReportIR: any = {"usedParamSet":{"id":true,"pilotId":true,"sequence":true,"trigger":true,"languages":true,"content":true,"recommendations":true,"generatedBy":true,"generatedAt":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":141,"b":144}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":147,"b":155}]},{"name":"sequence","required":true,"transform":{"type":"scalar"},"locs":[{"a":158,"b":167}]},{"name":"trigger","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":178}]},{"name":"languages","required":true,"transform":{"type":"scalar"},"locs":[{"a":181,"b":191}]},{"name":"content","required":true,"transform":{"type":"scalar"},"locs":[{"a":194,"b":202}]},{"name":"recommendations","required":false,"transform":{"type":"scalar"},"locs":[{"a":205,"b":220}]},{"name":"generatedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":223,"b":235}]},{"name":"generatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":238,"b":250}]}],"statement":"INSERT INTO pilot_final_reports (id, pilot_id, sequence, trigger, languages, content, recommendations, generated_by,\n  generated_at)\nVALUES (:id!, :pilotId!, :sequence!, :trigger!, :languages!, :content!, :recommendations, :generatedBy!, :generatedAt!)\nON CONFLICT DO NOTHING\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_final_reports (id, pilot_id, sequence, trigger, languages, content, recommendations, generated_by,
 *   generated_at)
 * VALUES (:id!, :pilotId!, :sequence!, :trigger!, :languages!, :content!, :recommendations, :generatedBy!, :generatedAt!)
 * ON CONFLICT DO NOTHING
 * RETURNING id
 * ```
 */
export const insertFinalReport = new PreparedQuery<IInsertFinalReportParams,IInsertFinalReportResult>(insertFinalReportIR);


/** 'InsertFinalReportRendering' parameters type */
export interface IInsertFinalReportRenderingParams {
  bytes: Buffer;
  format: string;
  language: string;
  reportId: string;
  sha256: string;
}

/** 'InsertFinalReportRendering' return type */
export type IInsertFinalReportRenderingResult = void;

/** 'InsertFinalReportRendering' query type */
export interface IInsertFinalReportRenderingQuery {
  params: IInsertFinalReportRenderingParams;
  result: IInsertFinalReportRenderingResult;
}

const insertFinalReportRenderingIR: any = {"usedParamSet":{"reportId":true,"language":true,"format":true,"bytes":true,"sha256":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":95,"b":104}]},{"name":"language","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":116}]},{"name":"format","required":true,"transform":{"type":"scalar"},"locs":[{"a":119,"b":126}]},{"name":"bytes","required":true,"transform":{"type":"scalar"},"locs":[{"a":129,"b":135}]},{"name":"sha256","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":145}]}],"statement":"INSERT INTO pilot_final_report_renderings (report_id, language, format, bytes, sha256)\nVALUES (:reportId!, :language!, :format!, :bytes!, :sha256!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_final_report_renderings (report_id, language, format, bytes, sha256)
 * VALUES (:reportId!, :language!, :format!, :bytes!, :sha256!)
 * ```
 */
export const insertFinalReportRendering = new PreparedQuery<IInsertFinalReportRenderingParams,IInsertFinalReportRenderingResult>(insertFinalReportRenderingIR);


/** 'MarkPilotReported' parameters type */
export interface IMarkPilotReportedParams {
  at: DateOrString;
  pilotId: string;
}

/** 'MarkPilotReported' return type */
export interface IMarkPilotReportedResult {
  id: string;
}

/** 'MarkPilotReported' query type */
export interface IMarkPilotReportedQuery {
  params: IMarkPilotReportedParams;
  result: IMarkPilotReportedResult;
}

const markPilotReportedIR: any = {"usedParamSet":{"at":true,"pilotId":true},"params":[{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":55}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":112}]}],"statement":"UPDATE pilots SET status = 'reported', updated_at = :at!::timestamptz, version = version + 1\nWHERE id = :pilotId! AND status = 'ended'\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilots SET status = 'reported', updated_at = :at!::timestamptz, version = version + 1
 * WHERE id = :pilotId! AND status = 'ended'
 * RETURNING id
 * ```
 */
export const markPilotReported = new PreparedQuery<IMarkPilotReportedParams,IMarkPilotReportedResult>(markPilotReportedIR);


/** 'ListFinalReports' parameters type */
export interface IListFinalReportsParams {
  id?: string | null | void;
  limit: string;
  pilotId: string;
  trigger?: string | null | void;
}

/** 'ListFinalReports' return type */
export interface IListFinalReportsResult {
  approval_note: string | null;
  approved_at: Date | null;
  approved_by: string | null;
  generated_at: Date;
  generated_by: string;
  id: string;
  languages: stringArray;
  pilot_id: string;
  recommendations: string | null;
  renderings: Json | null;
  sequence: number;
  trigger: string;
}

/** 'ListFinalReports' query type */
export interface IListFinalReportsQuery {
  params: IListFinalReportsParams;
  result: IListFinalReportsResult;
}

const listFinalReportsIR: any = {"usedParamSet":{"pilotId":true,"id":true,"trigger":true,"limit":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":499,"b":507}]},{"name":"id","required":false,"transform":{"type":"scalar"},"locs":[{"a":516,"b":518},{"a":544,"b":546}]},{"name":"trigger","required":false,"transform":{"type":"scalar"},"locs":[{"a":556,"b":563},{"a":594,"b":601}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":649,"b":655}]}],"statement":"SELECT r.id, r.pilot_id, r.sequence, r.trigger, r.languages, r.recommendations, r.generated_by, r.generated_at,\n  r.approved_by, r.approved_at, r.approval_note,\n  COALESCE(json_agg(json_build_object('language', g.language, 'format', g.format, 'size', octet_length(g.bytes),\n    'sha256', g.sha256) ORDER BY g.language, g.format) FILTER (WHERE g.report_id IS NOT NULL), '[]') AS renderings\nFROM pilot_final_reports r LEFT JOIN pilot_final_report_renderings g ON g.report_id = r.id\nWHERE r.pilot_id = :pilotId!\n  AND (:id::uuid IS NULL OR r.id = :id)\n  AND (:trigger::text IS NULL OR r.trigger = :trigger)\nGROUP BY r.id\nORDER BY r.sequence DESC\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id, r.pilot_id, r.sequence, r.trigger, r.languages, r.recommendations, r.generated_by, r.generated_at,
 *   r.approved_by, r.approved_at, r.approval_note,
 *   COALESCE(json_agg(json_build_object('language', g.language, 'format', g.format, 'size', octet_length(g.bytes),
 *     'sha256', g.sha256) ORDER BY g.language, g.format) FILTER (WHERE g.report_id IS NOT NULL), '[]') AS renderings
 * FROM pilot_final_reports r LEFT JOIN pilot_final_report_renderings g ON g.report_id = r.id
 * WHERE r.pilot_id = :pilotId!
 *   AND (:id::uuid IS NULL OR r.id = :id)
 *   AND (:trigger::text IS NULL OR r.trigger = :trigger)
 * GROUP BY r.id
 * ORDER BY r.sequence DESC
 * LIMIT :limit!
 * ```
 */
export const listFinalReports = new PreparedQuery<IListFinalReportsParams,IListFinalReportsResult>(listFinalReportsIR);


/** 'ApproveLatestReport' parameters type */
export interface IApproveLatestReportParams {
  at: DateOrString;
  by: string;
  note?: string | null | void;
  pilotId: string;
}

/** 'ApproveLatestReport' return type */
export interface IApproveLatestReportResult {
  id: string;
  sequence: number;
}

/** 'ApproveLatestReport' query type */
export interface IApproveLatestReportQuery {
  params: IApproveLatestReportParams;
  result: IApproveLatestReportResult;
}

const approveLatestReportIR: any = {"usedParamSet":{"by":true,"at":true,"note":true,"pilotId":true},"params":[{"name":"by","required":true,"transform":{"type":"scalar"},"locs":[{"a":45,"b":48}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":68}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":87,"b":91}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":157,"b":165},{"a":294,"b":302}]}],"statement":"UPDATE pilot_final_reports\nSET approved_by = :by!, approved_at = :at!, approval_note = :note\nWHERE id = (SELECT id FROM pilot_final_reports WHERE pilot_id = :pilotId! ORDER BY sequence DESC LIMIT 1)\n  AND approved_at IS NULL\n  AND NOT EXISTS (SELECT 1 FROM pilot_final_reports WHERE pilot_id = :pilotId! AND approved_at IS NOT NULL)\nRETURNING id, sequence"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilot_final_reports
 * SET approved_by = :by!, approved_at = :at!, approval_note = :note
 * WHERE id = (SELECT id FROM pilot_final_reports WHERE pilot_id = :pilotId! ORDER BY sequence DESC LIMIT 1)
 *   AND approved_at IS NULL
 *   AND NOT EXISTS (SELECT 1 FROM pilot_final_reports WHERE pilot_id = :pilotId! AND approved_at IS NOT NULL)
 * RETURNING id, sequence
 * ```
 */
export const approveLatestReport = new PreparedQuery<IApproveLatestReportParams,IApproveLatestReportResult>(approveLatestReportIR);


/** 'FindFinalReportRendering' parameters type */
export interface IFindFinalReportRenderingParams {
  format: string;
  language: string;
  reportId: string;
}

/** 'FindFinalReportRendering' return type */
export interface IFindFinalReportRenderingResult {
  bytes: Buffer;
  sha256: string;
}

/** 'FindFinalReportRendering' query type */
export interface IFindFinalReportRenderingQuery {
  params: IFindFinalReportRenderingParams;
  result: IFindFinalReportRenderingResult;
}

const findFinalReportRenderingIR: any = {"usedParamSet":{"reportId":true,"language":true,"format":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":83}]},{"name":"language","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":109}]},{"name":"format","required":true,"transform":{"type":"scalar"},"locs":[{"a":124,"b":131}]}],"statement":"SELECT bytes, sha256 FROM pilot_final_report_renderings\nWHERE report_id = :reportId! AND language = :language! AND format = :format!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT bytes, sha256 FROM pilot_final_report_renderings
 * WHERE report_id = :reportId! AND language = :language! AND format = :format!
 * ```
 */
export const findFinalReportRendering = new PreparedQuery<IFindFinalReportRenderingParams,IFindFinalReportRenderingResult>(findFinalReportRenderingIR);


/** 'FindReportPilot' parameters type */
export interface IFindReportPilotParams {
  pilotId: string;
}

/** 'FindReportPilot' return type */
export interface IFindReportPilotResult {
  id: string;
  status: string;
}

/** 'FindReportPilot' query type */
export interface IFindReportPilotQuery {
  params: IFindReportPilotParams;
  result: IFindReportPilotResult;
}

const findReportPilotIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":49}]}],"statement":"SELECT id, status FROM pilots WHERE id = :pilotId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, status FROM pilots WHERE id = :pilotId!
 * ```
 */
export const findReportPilot = new PreparedQuery<IFindReportPilotParams,IFindReportPilotResult>(findReportPilotIR);


