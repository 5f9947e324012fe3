/** Types generated for queries found in "services/programme/src/pilots/core/pilots.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'InsertPilot' parameters type */
export interface IInsertPilotParams {
  code: string;
  createdBy: string;
  description: string;
  endsOn: string;
  escalationGraceDays: number;
  id: string;
  maxCompanies: number;
  reminderDays: number;
  startsOn: string;
  title: string;
}

/** 'InsertPilot' return type */
export interface IInsertPilotResult {
  id: string;
}

/** 'InsertPilot' query type */
export interface IInsertPilotQuery {
  params: IInsertPilotParams;
  result: IInsertPilotResult;
}

const insertPilotIR: any = {"usedParamSet":{"id":true,"code":true,"title":true,"description":true,"startsOn":true,"endsOn":true,"maxCompanies":true,"reminderDays":true,"escalationGraceDays":true,"createdBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":186,"b":189}]},{"name":"code","required":true,"transform":{"type":"scalar"},"locs":[{"a":192,"b":197}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":200,"b":206}]},{"name":"description","required":true,"transform":{"type":"scalar"},"locs":[{"a":209,"b":221}]},{"name":"startsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":235,"b":244}]},{"name":"endsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":253,"b":260}]},{"name":"maxCompanies","required":true,"transform":{"type":"scalar"},"locs":[{"a":269,"b":282}]},{"name":"reminderDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":287,"b":300}]},{"name":"escalationGraceDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":303,"b":323}]},{"name":"createdBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":326,"b":336}]}],"statement":"INSERT INTO pilots (id, code, title, description, status, starts_on, ends_on, max_companies, reminder_days,\n  escalation_grace_days, created_by, created_at, updated_at, version)\nVALUES (:id!, :code!, :title!, :description!, 'planned', :startsOn!::date, :endsOn!::date, :maxCompanies!,\n  :reminderDays!, :escalationGraceDays!, :createdBy!, now(), now(), 1)\nON CONFLICT (code) DO NOTHING\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilots (id, code, title, description, status, starts_on, ends_on, max_companies, reminder_days,
 *   escalation_grace_days, created_by, created_at, updated_at, version)
 * VALUES (:id!, :code!, :title!, :description!, 'planned', :startsOn!::date, :endsOn!::date, :maxCompanies!,
 *   :reminderDays!, :escalationGraceDays!, :createdBy!, now(), now(), 1)
 * ON CONFLICT (code) DO NOTHING
 * RETURNING id
 * ```
 */
export const insertPilot = new PreparedQuery<IInsertPilotParams,IInsertPilotResult>(insertPilotIR);


/** 'FindPilot' parameters type */
export interface IFindPilotParams {
  id: string;
}

/** 'FindPilot' return type */
export interface IFindPilotResult {
  cancel_reason: string | null;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  code: string;
  created_at: Date;
  created_by: string;
  description: string;
  ended_at: Date | null;
  ends_on: string;
  escalation_grace_days: number;
  id: string;
  launched_at: Date | null;
  launched_by: string | null;
  max_companies: number;
  reminder_days: number;
  started_at: Date | null;
  starts_on: string;
  status: string;
  title: string;
  updated_at: Date;
  version: number;
}

/** 'FindPilot' query type */
export interface IFindPilotQuery {
  params: IFindPilotParams;
  result: IFindPilotResult;
}

const findPilotIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":322,"b":325}]}],"statement":"SELECT id, code, title, description, status, starts_on::text AS \"starts_on!\", ends_on::text AS \"ends_on!\",\n  max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,\n  cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version\nFROM pilots\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, code, title, description, status, starts_on::text AS "starts_on!", ends_on::text AS "ends_on!",
 *   max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,
 *   cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version
 * FROM pilots
 * WHERE id = :id!
 * ```
 */
export const findPilot = new PreparedQuery<IFindPilotParams,IFindPilotResult>(findPilotIR);


/** 'LockPilot' parameters type */
export interface ILockPilotParams {
  id: string;
}

/** 'LockPilot' return type */
export interface ILockPilotResult {
  cancel_reason: string | null;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  code: string;
  created_at: Date;
  created_by: string;
  description: string;
  ended_at: Date | null;
  ends_on: string;
  escalation_grace_days: number;
  id: string;
  launched_at: Date | null;
  launched_by: string | null;
  max_companies: number;
  reminder_days: number;
  started_at: Date | null;
  starts_on: string;
  status: string;
  title: string;
  updated_at: Date;
  version: number;
}

/** 'LockPilot' query type */
export interface ILockPilotQuery {
  params: ILockPilotParams;
  result: ILockPilotResult;
}

const lockPilotIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":322,"b":325}]}],"statement":"SELECT id, code, title, description, status, starts_on::text AS \"starts_on!\", ends_on::text AS \"ends_on!\",\n  max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,\n  cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version\nFROM pilots\nWHERE id = :id!\nFOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, code, title, description, status, starts_on::text AS "starts_on!", ends_on::text AS "ends_on!",
 *   max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,
 *   cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version
 * FROM pilots
 * WHERE id = :id!
 * FOR UPDATE
 * ```
 */
export const lockPilot = new PreparedQuery<ILockPilotParams,ILockPilotResult>(lockPilotIR);


/** 'SharePilot' parameters type */
export interface ISharePilotParams {
  id: string;
}

/** 'SharePilot' return type */
export interface ISharePilotResult {
  cancel_reason: string | null;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  code: string;
  created_at: Date;
  created_by: string;
  description: string;
  ended_at: Date | null;
  ends_on: string;
  escalation_grace_days: number;
  id: string;
  launched_at: Date | null;
  launched_by: string | null;
  max_companies: number;
  reminder_days: number;
  started_at: Date | null;
  starts_on: string;
  status: string;
  title: string;
  updated_at: Date;
  version: number;
}

/** 'SharePilot' query type */
export interface ISharePilotQuery {
  params: ISharePilotParams;
  result: ISharePilotResult;
}

const sharePilotIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":494,"b":497}]}],"statement":"-- A check against the pilot's time frame (a training session, a questionnaire's closing time) holds\n-- while a change of the dates, which locks the row FOR UPDATE, waits.\nSELECT id, code, title, description, status, starts_on::text AS \"starts_on!\", ends_on::text AS \"ends_on!\",\n  max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,\n  cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version\nFROM pilots\nWHERE id = :id!\nFOR SHARE"};

/**
 * Query generated from SQL:
 * ```
 * -- A check against the pilot's time frame (a training session, a questionnaire's closing time) holds
 * -- while a change of the dates, which locks the row FOR UPDATE, waits.
 * SELECT id, code, title, description, status, starts_on::text AS "starts_on!", ends_on::text AS "ends_on!",
 *   max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,
 *   cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version
 * FROM pilots
 * WHERE id = :id!
 * FOR SHARE
 * ```
 */
export const sharePilot = new PreparedQuery<ISharePilotParams,ISharePilotResult>(sharePilotIR);


/** 'ListSessionTimes' parameters type */
export interface IListSessionTimesParams {
  pilotId: string;
}

/** 'ListSessionTimes' return type */
export interface IListSessionTimesResult {
  ends_at: Date;
  id: string;
  starts_at: Date;
  topic: string;
}

/** 'ListSessionTimes' query type */
export interface IListSessionTimesQuery {
  params: IListSessionTimesParams;
  result: IListSessionTimesResult;
}

const listSessionTimesIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":91}]}],"statement":"SELECT id, topic, starts_at, ends_at\nFROM pilot_training_sessions\nWHERE pilot_id = :pilotId!\nORDER BY starts_at, id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, topic, starts_at, ends_at
 * FROM pilot_training_sessions
 * WHERE pilot_id = :pilotId!
 * ORDER BY starts_at, id
 * ```
 */
export const listSessionTimes = new PreparedQuery<IListSessionTimesParams,IListSessionTimesResult>(listSessionTimesIR);


/** 'ListOpenQuestionnaireClosings' parameters type */
export interface IListOpenQuestionnaireClosingsParams {
  pilotId: string;
}

/** 'ListOpenQuestionnaireClosings' return type */
export interface IListOpenQuestionnaireClosingsResult {
  closes_at: Date;
  id: string;
  title_en: string;
}

/** 'ListOpenQuestionnaireClosings' query type */
export interface IListOpenQuestionnaireClosingsQuery {
  params: IListOpenQuestionnaireClosingsParams;
  result: IListOpenQuestionnaireClosingsResult;
}

const listOpenQuestionnaireClosingsIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":98}]}],"statement":"SELECT id, title_en, closes_at AS \"closes_at!\"\nFROM pilot_questionnaires\nWHERE pilot_id = :pilotId! AND status = 'open' AND closes_at IS NOT NULL\nORDER BY closes_at, id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, title_en, closes_at AS "closes_at!"
 * FROM pilot_questionnaires
 * WHERE pilot_id = :pilotId! AND status = 'open' AND closes_at IS NOT NULL
 * ORDER BY closes_at, id
 * ```
 */
export const listOpenQuestionnaireClosings = new PreparedQuery<IListOpenQuestionnaireClosingsParams,IListOpenQuestionnaireClosingsResult>(listOpenQuestionnaireClosingsIR);


/** 'ListPilots' parameters type */
export interface IListPilotsParams {
  limit: number;
  status?: string | null | void;
}

/** 'ListPilots' return type */
export interface IListPilotsResult {
  cancel_reason: string | null;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  code: string;
  created_at: Date;
  created_by: string;
  description: string;
  ended_at: Date | null;
  ends_on: string;
  escalation_grace_days: number;
  id: string;
  launched_at: Date | null;
  launched_by: string | null;
  max_companies: number;
  reminder_days: number;
  started_at: Date | null;
  starts_on: string;
  status: string;
  title: string;
  updated_at: Date;
  version: number;
}

/** 'ListPilots' query type */
export interface IListPilotsQuery {
  params: IListPilotsParams;
  result: IListPilotsResult;
}

const listPilotsIR: any = {"usedParamSet":{"status":true,"limit":true},"params":[{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":318,"b":324},{"a":352,"b":358}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":397,"b":403}]}],"statement":"SELECT id, code, title, description, status, starts_on::text AS \"starts_on!\", ends_on::text AS \"ends_on!\",\n  max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,\n  cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version\nFROM pilots\nWHERE (:status::text IS NULL OR status = :status)\nORDER BY starts_on DESC, code\nLIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, code, title, description, status, starts_on::text AS "starts_on!", ends_on::text AS "ends_on!",
 *   max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,
 *   cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version
 * FROM pilots
 * WHERE (:status::text IS NULL OR status = :status)
 * ORDER BY starts_on DESC, code
 * LIMIT :limit!::int
 * ```
 */
export const listPilots = new PreparedQuery<IListPilotsParams,IListPilotsResult>(listPilotsIR);


/** 'ListPilotPage' parameters type */
export interface IListPilotPageParams {
  limit: number;
  offset: number;
  order: string;
  sort: string;
  status?: string | null | void;
}

/** 'ListPilotPage' return type */
export interface IListPilotPageResult {
  cancel_reason: string | null;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  code: string;
  created_at: Date;
  created_by: string;
  description: string;
  ended_at: Date | null;
  ends_on: string;
  escalation_grace_days: number;
  id: string;
  launched_at: Date | null;
  launched_by: string | null;
  max_companies: number;
  reminder_days: number;
  started_at: Date | null;
  starts_on: string;
  status: string;
  title: string;
  total: string;
  updated_at: Date;
  version: number;
}

/** 'ListPilotPage' query type */
export interface IListPilotPageQuery {
  params: IListPilotPageParams;
  result: IListPilotPageResult;
}

const listPilotPageIR: any = {"usedParamSet":{"status":true,"sort":true,"order":true,"limit":true,"offset":true},"params":[{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":465,"b":471},{"a":499,"b":505}]},{"name":"sort","required":true,"transform":{"type":"scalar"},"locs":[{"a":529,"b":534},{"a":617,"b":622},{"a":707,"b":712},{"a":786,"b":791},{"a":867,"b":872},{"a":957,"b":962}]},{"name":"order","required":true,"transform":{"type":"scalar"},"locs":[{"a":559,"b":565},{"a":647,"b":653},{"a":733,"b":739},{"a":812,"b":818},{"a":898,"b":904},{"a":988,"b":994},{"a":1049,"b":1055},{"a":1100,"b":1106}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1146,"b":1152}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":1166,"b":1173}]}],"statement":"-- A page of the pilots (GET /v1/pilot-overview), the whole list counted on every row (readPage); ties broken by id.\nSELECT id, code, title, description, status, starts_on::text AS \"starts_on!\", ends_on::text AS \"ends_on!\",\n  max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,\n  cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version, COUNT(*) OVER () AS \"total!\"\nFROM pilots\nWHERE (:status::text IS NULL OR status = :status)\nORDER BY\n  CASE WHEN :sort!::text = 'startsOn' AND :order!::text = 'asc' THEN starts_on END ASC,\n  CASE WHEN :sort!::text = 'startsOn' AND :order!::text = 'desc' THEN starts_on END DESC,\n  CASE WHEN :sort!::text = 'code' AND :order!::text = 'asc' THEN code END ASC,\n  CASE WHEN :sort!::text = 'code' AND :order!::text = 'desc' THEN code END DESC,\n  CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'asc' THEN created_at END ASC,\n  CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'desc' THEN created_at END DESC,\n  CASE WHEN :order!::text = 'asc' THEN id END ASC,\n  CASE WHEN :order!::text = 'desc' THEN id END DESC\nLIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- A page of the pilots (GET /v1/pilot-overview), the whole list counted on every row (readPage); ties broken by id.
 * SELECT id, code, title, description, status, starts_on::text AS "starts_on!", ends_on::text AS "ends_on!",
 *   max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,
 *   cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version, COUNT(*) OVER () AS "total!"
 * FROM pilots
 * WHERE (:status::text IS NULL OR status = :status)
 * ORDER BY
 *   CASE WHEN :sort!::text = 'startsOn' AND :order!::text = 'asc' THEN starts_on END ASC,
 *   CASE WHEN :sort!::text = 'startsOn' AND :order!::text = 'desc' THEN starts_on END DESC,
 *   CASE WHEN :sort!::text = 'code' AND :order!::text = 'asc' THEN code END ASC,
 *   CASE WHEN :sort!::text = 'code' AND :order!::text = 'desc' THEN code END DESC,
 *   CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'asc' THEN created_at END ASC,
 *   CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'desc' THEN created_at END DESC,
 *   CASE WHEN :order!::text = 'asc' THEN id END ASC,
 *   CASE WHEN :order!::text = 'desc' THEN id END DESC
 * LIMIT :limit!::int OFFSET :offset!::int
 * ```
 */
export const listPilotPage = new PreparedQuery<IListPilotPageParams,IListPilotPageResult>(listPilotPageIR);


/** 'UpdatePilotPlan' parameters type */
export interface IUpdatePilotPlanParams {
  description: string;
  endsOn: string;
  escalationGraceDays: number;
  id: string;
  maxCompanies: number;
  reminderDays: number;
  startsOn: string;
  title: string;
  version: number;
}

/** 'UpdatePilotPlan' return type */
export interface IUpdatePilotPlanResult {
  id: string;
}

/** 'UpdatePilotPlan' query type */
export interface IUpdatePilotPlanQuery {
  params: IUpdatePilotPlanParams;
  result: IUpdatePilotPlanResult;
}

const updatePilotPlanIR: any = {"usedParamSet":{"title":true,"description":true,"startsOn":true,"endsOn":true,"maxCompanies":true,"reminderDays":true,"escalationGraceDays":true,"id":true,"version":true},"params":[{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":26,"b":32}]},{"name":"description","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":61}]},{"name":"startsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":85}]},{"name":"endsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":111}]},{"name":"maxCompanies","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":151}]},{"name":"reminderDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":183}]},{"name":"escalationGraceDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":210,"b":230}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":288,"b":291}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":354,"b":362}]}],"statement":"UPDATE pilots\nSET title = :title!, description = :description!, starts_on = :startsOn!::date, ends_on = :endsOn!::date,\n  max_companies = :maxCompanies!, reminder_days = :reminderDays!, escalation_grace_days = :escalationGraceDays!,\n  updated_at = now(), version = version + 1\nWHERE id = :id! AND status = 'planned' AND launched_at IS NULL AND version = :version!\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilots
 * SET title = :title!, description = :description!, starts_on = :startsOn!::date, ends_on = :endsOn!::date,
 *   max_companies = :maxCompanies!, reminder_days = :reminderDays!, escalation_grace_days = :escalationGraceDays!,
 *   updated_at = now(), version = version + 1
 * WHERE id = :id! AND status = 'planned' AND launched_at IS NULL AND version = :version!
 * RETURNING id
 * ```
 */
export const updatePilotPlan = new PreparedQuery<IUpdatePilotPlanParams,IUpdatePilotPlanResult>(updatePilotPlanIR);


/** 'TouchPilot' parameters type */
export interface ITouchPilotParams {
  id: string;
}

/** 'TouchPilot' return type */
export type ITouchPilotResult = void;

/** 'TouchPilot' query type */
export interface ITouchPilotQuery {
  params: ITouchPilotParams;
  result: ITouchPilotResult;
}

const touchPilotIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":74}]}],"statement":"UPDATE pilots SET updated_at = now(), version = version + 1 WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilots SET updated_at = now(), version = version + 1 WHERE id = :id!
 * ```
 */
export const touchPilot = new PreparedQuery<ITouchPilotParams,ITouchPilotResult>(touchPilotIR);


/** 'MarkPilotLaunched' parameters type */
export interface IMarkPilotLaunchedParams {
  by: string;
  id: string;
}

/** 'MarkPilotLaunched' return type */
export interface IMarkPilotLaunchedResult {
  id: string;
}

/** 'MarkPilotLaunched' query type */
export interface IMarkPilotLaunchedQuery {
  params: IMarkPilotLaunchedParams;
  result: IMarkPilotLaunchedResult;
}

const markPilotLaunchedIR: any = {"usedParamSet":{"by":true,"id":true},"params":[{"name":"by","required":true,"transform":{"type":"scalar"},"locs":[{"a":53,"b":56}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":115}]}],"statement":"UPDATE pilots SET launched_at = now(), launched_by = :by!, updated_at = now(), version = version + 1\nWHERE id = :id! AND status = 'planned' AND launched_at IS NULL\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilots SET launched_at = now(), launched_by = :by!, updated_at = now(), version = version + 1
 * WHERE id = :id! AND status = 'planned' AND launched_at IS NULL
 * RETURNING id
 * ```
 */
export const markPilotLaunched = new PreparedQuery<IMarkPilotLaunchedParams,IMarkPilotLaunchedResult>(markPilotLaunchedIR);


/** 'MovePilotStatus' parameters type */
export interface IMovePilotStatusParams {
  at: DateOrString;
  by: string;
  from: stringArray;
  id: string;
  reason?: string | null | void;
  to: string;
}

/** 'MovePilotStatus' return type */
export interface IMovePilotStatusResult {
  status: string;
}

/** 'MovePilotStatus' query type */
export interface IMovePilotStatusQuery {
  params: IMovePilotStatusParams;
  result: IMovePilotStatusResult;
}

const movePilotStatusIR: any = {"usedParamSet":{"to":true,"at":true,"by":true,"reason":true,"id":true,"from":true},"params":[{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":27,"b":30},{"a":64,"b":67},{"a":154,"b":157},{"a":244,"b":247},{"a":342,"b":345},{"a":434,"b":437}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":92,"b":95},{"a":180,"b":183},{"a":274,"b":277},{"a":517,"b":520}]},{"name":"by","required":true,"transform":{"type":"scalar"},"locs":[{"a":372,"b":375}]},{"name":"reason","required":false,"transform":{"type":"scalar"},"locs":[{"a":464,"b":470}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":571,"b":574}]},{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":593,"b":598}]}],"statement":"UPDATE pilots\nSET status = :to!::text,\n  started_at = CASE WHEN :to!::text = 'running' THEN :at!::timestamptz ELSE started_at END,\n  ended_at = CASE WHEN :to!::text = 'ended' THEN :at!::timestamptz ELSE ended_at END,\n  cancelled_at = CASE WHEN :to!::text = 'cancelled' THEN :at!::timestamptz ELSE cancelled_at END,\n  cancelled_by = CASE WHEN :to!::text = 'cancelled' THEN :by!::text ELSE cancelled_by END,\n  cancel_reason = CASE WHEN :to!::text = 'cancelled' THEN :reason::text ELSE cancel_reason END,\n  updated_at = :at!::timestamptz,\n  version = version + 1\nWHERE id = :id! AND status = ANY(:from!::text[])\nRETURNING status"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilots
 * SET status = :to!::text,
 *   started_at = CASE WHEN :to!::text = 'running' THEN :at!::timestamptz ELSE started_at END,
 *   ended_at = CASE WHEN :to!::text = 'ended' THEN :at!::timestamptz ELSE ended_at END,
 *   cancelled_at = CASE WHEN :to!::text = 'cancelled' THEN :at!::timestamptz ELSE cancelled_at END,
 *   cancelled_by = CASE WHEN :to!::text = 'cancelled' THEN :by!::text ELSE cancelled_by END,
 *   cancel_reason = CASE WHEN :to!::text = 'cancelled' THEN :reason::text ELSE cancel_reason END,
 *   updated_at = :at!::timestamptz,
 *   version = version + 1
 * WHERE id = :id! AND status = ANY(:from!::text[])
 * RETURNING status
 * ```
 */
export const movePilotStatus = new PreparedQuery<IMovePilotStatusParams,IMovePilotStatusResult>(movePilotStatusIR);


/** 'DeleteObjectives' parameters type */
export interface IDeleteObjectivesParams {
  pilotId: string;
}

/** 'DeleteObjectives' return type */
export type IDeleteObjectivesResult = void;

/** 'DeleteObjectives' query type */
export interface IDeleteObjectivesQuery {
  params: IDeleteObjectivesParams;
  result: IDeleteObjectivesResult;
}

const deleteObjectivesIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":46,"b":54}]}],"statement":"DELETE FROM pilot_objectives WHERE pilot_id = :pilotId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM pilot_objectives WHERE pilot_id = :pilotId!
 * ```
 */
export const deleteObjectives = new PreparedQuery<IDeleteObjectivesParams,IDeleteObjectivesResult>(deleteObjectivesIR);


/** 'InsertObjective' parameters type */
export interface IInsertObjectiveParams {
  id: string;
  kpiCode: string;
  pilotId: string;
  position: number;
  target: number;
  text: string;
}

/** 'InsertObjective' return type */
export type IInsertObjectiveResult = void;

/** 'InsertObjective' query type */
export interface IInsertObjectiveQuery {
  params: IInsertObjectiveParams;
  result: IInsertObjectiveResult;
}

const insertObjectiveIR: any = {"usedParamSet":{"id":true,"pilotId":true,"position":true,"text":true,"kpiCode":true,"target":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":89}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":92,"b":100}]},{"name":"position","required":true,"transform":{"type":"scalar"},"locs":[{"a":103,"b":112}]},{"name":"text","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":120}]},{"name":"kpiCode","required":true,"transform":{"type":"scalar"},"locs":[{"a":123,"b":131}]},{"name":"target","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":141}]}],"statement":"INSERT INTO pilot_objectives (id, pilot_id, position, text, kpi_code, target)\nVALUES (:id!, :pilotId!, :position!, :text!, :kpiCode!, :target!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_objectives (id, pilot_id, position, text, kpi_code, target)
 * VALUES (:id!, :pilotId!, :position!, :text!, :kpiCode!, :target!)
 * ```
 */
export const insertObjective = new PreparedQuery<IInsertObjectiveParams,IInsertObjectiveResult>(insertObjectiveIR);


/** 'ListObjectives' parameters type */
export interface IListObjectivesParams {
  pilotId: string;
}

/** 'ListObjectives' return type */
export interface IListObjectivesResult {
  id: string;
  kpi_code: string;
  position: number;
  target: number;
  text: string;
}

/** 'ListObjectives' query type */
export interface IListObjectivesQuery {
  params: IListObjectivesParams;
  result: IListObjectivesResult;
}

const listObjectivesIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":91}]}],"statement":"SELECT id, position, text, kpi_code, target FROM pilot_objectives WHERE pilot_id = :pilotId! ORDER BY position"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, position, text, kpi_code, target FROM pilot_objectives WHERE pilot_id = :pilotId! ORDER BY position
 * ```
 */
export const listObjectives = new PreparedQuery<IListObjectivesParams,IListObjectivesResult>(listObjectivesIR);


/** 'DeleteWorkstreams' parameters type */
export interface IDeleteWorkstreamsParams {
  pilotId: string;
}

/** 'DeleteWorkstreams' return type */
export type IDeleteWorkstreamsResult = void;

/** 'DeleteWorkstreams' query type */
export interface IDeleteWorkstreamsQuery {
  params: IDeleteWorkstreamsParams;
  result: IDeleteWorkstreamsResult;
}

const deleteWorkstreamsIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":47,"b":55}]}],"statement":"DELETE FROM pilot_workstreams WHERE pilot_id = :pilotId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM pilot_workstreams WHERE pilot_id = :pilotId!
 * ```
 */
export const deleteWorkstreams = new PreparedQuery<IDeleteWorkstreamsParams,IDeleteWorkstreamsResult>(deleteWorkstreamsIR);


/** 'InsertWorkstream' parameters type */
export interface IInsertWorkstreamParams {
  description: string;
  kind: string;
  mraArrangementId?: string | null | void;
  pilotId: string;
}

/** 'InsertWorkstream' return type */
export type IInsertWorkstreamResult = void;

/** 'InsertWorkstream' query type */
export interface IInsertWorkstreamQuery {
  params: IInsertWorkstreamParams;
  result: IInsertWorkstreamResult;
}

const insertWorkstreamIR: any = {"usedParamSet":{"pilotId":true,"kind":true,"description":true,"mraArrangementId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":88,"b":96}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":104}]},{"name":"description","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":119}]},{"name":"mraArrangementId","required":false,"transform":{"type":"scalar"},"locs":[{"a":122,"b":138}]}],"statement":"INSERT INTO pilot_workstreams (pilot_id, kind, description, mra_arrangement_id)\nVALUES (:pilotId!, :kind!, :description!, :mraArrangementId)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_workstreams (pilot_id, kind, description, mra_arrangement_id)
 * VALUES (:pilotId!, :kind!, :description!, :mraArrangementId)
 * ```
 */
export const insertWorkstream = new PreparedQuery<IInsertWorkstreamParams,IInsertWorkstreamResult>(insertWorkstreamIR);


/** 'ListWorkstreams' parameters type */
export interface IListWorkstreamsParams {
  pilotId: string;
}

/** 'ListWorkstreams' return type */
export interface IListWorkstreamsResult {
  description: string;
  kind: string;
  mra_arrangement_id: string | null;
}

/** 'ListWorkstreams' query type */
export interface IListWorkstreamsQuery {
  params: IListWorkstreamsParams;
  result: IListWorkstreamsResult;
}

const listWorkstreamsIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":93}]}],"statement":"SELECT kind, description, mra_arrangement_id FROM pilot_workstreams WHERE pilot_id = :pilotId! ORDER BY kind"};

/**
 * Query generated from SQL:
 * ```
 * SELECT kind, description, mra_arrangement_id FROM pilot_workstreams WHERE pilot_id = :pilotId! ORDER BY kind
 * ```
 */
export const listWorkstreams = new PreparedQuery<IListWorkstreamsParams,IListWorkstreamsResult>(listWorkstreamsIR);


/** 'InsertMilestone' parameters type */
export interface IInsertMilestoneParams {
  createdBy: string;
  dueOn: string;
  id: string;
  kpiCode?: string | null | void;
  kpiTarget?: number | null | void;
  owner: string;
  pilotId: string;
  title: string;
  workstream: string;
}

/** 'InsertMilestone' return type */
export interface IInsertMilestoneResult {
  id: string;
}

/** 'InsertMilestone' query type */
export interface IInsertMilestoneQuery {
  params: IInsertMilestoneParams;
  result: IInsertMilestoneResult;
}

const insertMilestoneIR: any = {"usedParamSet":{"id":true,"pilotId":true,"title":true,"workstream":true,"dueOn":true,"owner":true,"kpiCode":true,"kpiTarget":true,"createdBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":123}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":134}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":137,"b":143}]},{"name":"workstream","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":157}]},{"name":"dueOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":160,"b":166}]},{"name":"owner","required":true,"transform":{"type":"scalar"},"locs":[{"a":175,"b":181}]},{"name":"kpiCode","required":false,"transform":{"type":"scalar"},"locs":[{"a":184,"b":191}]},{"name":"kpiTarget","required":false,"transform":{"type":"scalar"},"locs":[{"a":194,"b":203}]},{"name":"createdBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":206,"b":216}]}],"statement":"INSERT INTO pilot_milestones (id, pilot_id, title, workstream, due_on, owner, kpi_code, kpi_target, created_by)\nVALUES (:id!, :pilotId!, :title!, :workstream!, :dueOn!::date, :owner!, :kpiCode, :kpiTarget, :createdBy!)\nON CONFLICT (id) DO NOTHING\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_milestones (id, pilot_id, title, workstream, due_on, owner, kpi_code, kpi_target, created_by)
 * VALUES (:id!, :pilotId!, :title!, :workstream!, :dueOn!::date, :owner!, :kpiCode, :kpiTarget, :createdBy!)
 * ON CONFLICT (id) DO NOTHING
 * RETURNING id
 * ```
 */
export const insertMilestone = new PreparedQuery<IInsertMilestoneParams,IInsertMilestoneResult>(insertMilestoneIR);


/** 'ListMilestones' parameters type */
export interface IListMilestonesParams {
  pilotId: string;
}

/** 'ListMilestones' return type */
export interface IListMilestonesResult {
  created_at: Date;
  done_at: Date | null;
  done_by: string | null;
  done_note: string | null;
  due_on: string;
  escalated_at: Date | null;
  evidence: Json | null;
  id: string;
  kpi_code: string | null;
  kpi_target: number | null;
  late_at: Date | null;
  owner: string;
  reminded_at: Date | null;
  status: string;
  title: string;
  workstream: string;
}

/** 'ListMilestones' query type */
export interface IListMilestonesQuery {
  params: IListMilestonesParams;
  result: IListMilestonesResult;
}

const listMilestonesIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":221,"b":229}]}],"statement":"SELECT id, title, workstream, due_on::text AS \"due_on!\", owner, kpi_code, kpi_target, status, reminded_at, late_at,\n  escalated_at, done_at, done_by, evidence, done_note, created_at\nFROM pilot_milestones\nWHERE pilot_id = :pilotId!\nORDER BY due_on, created_at, id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, title, workstream, due_on::text AS "due_on!", owner, kpi_code, kpi_target, status, reminded_at, late_at,
 *   escalated_at, done_at, done_by, evidence, done_note, created_at
 * FROM pilot_milestones
 * WHERE pilot_id = :pilotId!
 * ORDER BY due_on, created_at, id
 * ```
 */
export const listMilestones = new PreparedQuery<IListMilestonesParams,IListMilestonesResult>(listMilestonesIR);


/** 'MoveMilestone' parameters type */
export interface IMoveMilestoneParams {
  at: DateOrString;
  by: string;
  evidence?: Json | null | void;
  from: stringArray;
  id: string;
  note?: string | null | void;
  pilotId: string;
  to: string;
}

/** 'MoveMilestone' return type */
export interface IMoveMilestoneResult {
  status: string;
}

/** 'MoveMilestone' query type */
export interface IMoveMilestoneQuery {
  params: IMoveMilestoneParams;
  result: IMoveMilestoneResult;
}

const moveMilestoneIR: any = {"usedParamSet":{"to":true,"at":true,"by":true,"evidence":true,"note":true,"id":true,"pilotId":true,"from":true},"params":[{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":37,"b":40},{"a":71,"b":74},{"a":159,"b":162},{"a":252,"b":255},{"a":335,"b":338},{"a":412,"b":415},{"a":497,"b":500}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":96,"b":99},{"a":189,"b":192},{"a":277,"b":280},{"a":569,"b":572}]},{"name":"by","required":true,"transform":{"type":"scalar"},"locs":[{"a":360,"b":363}]},{"name":"evidence","required":false,"transform":{"type":"scalar"},"locs":[{"a":437,"b":445}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":522,"b":526}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":598,"b":601}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":618,"b":626}]},{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":645,"b":650}]}],"statement":"UPDATE pilot_milestones\nSET status = :to!::text,\n  late_at = CASE WHEN :to!::text = 'late' THEN :at!::timestamptz ELSE late_at END,\n  escalated_at = CASE WHEN :to!::text = 'escalated' THEN :at!::timestamptz ELSE escalated_at END,\n  done_at = CASE WHEN :to!::text = 'done' THEN :at!::timestamptz ELSE done_at END,\n  done_by = CASE WHEN :to!::text = 'done' THEN :by!::text ELSE done_by END,\n  evidence = CASE WHEN :to!::text = 'done' THEN :evidence::jsonb ELSE evidence END,\n  done_note = CASE WHEN :to!::text = 'done' THEN :note::text ELSE done_note END,\n  updated_at = :at!::timestamptz\nWHERE id = :id! AND pilot_id = :pilotId! AND status = ANY(:from!::text[])\nRETURNING status"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilot_milestones
 * SET status = :to!::text,
 *   late_at = CASE WHEN :to!::text = 'late' THEN :at!::timestamptz ELSE late_at END,
 *   escalated_at = CASE WHEN :to!::text = 'escalated' THEN :at!::timestamptz ELSE escalated_at END,
 *   done_at = CASE WHEN :to!::text = 'done' THEN :at!::timestamptz ELSE done_at END,
 *   done_by = CASE WHEN :to!::text = 'done' THEN :by!::text ELSE done_by END,
 *   evidence = CASE WHEN :to!::text = 'done' THEN :evidence::jsonb ELSE evidence END,
 *   done_note = CASE WHEN :to!::text = 'done' THEN :note::text ELSE done_note END,
 *   updated_at = :at!::timestamptz
 * WHERE id = :id! AND pilot_id = :pilotId! AND status = ANY(:from!::text[])
 * RETURNING status
 * ```
 */
export const moveMilestone = new PreparedQuery<IMoveMilestoneParams,IMoveMilestoneResult>(moveMilestoneIR);


/** 'MarkMilestoneReminded' parameters type */
export interface IMarkMilestoneRemindedParams {
  at: DateOrString;
  id: string;
  pilotId: string;
}

/** 'MarkMilestoneReminded' return type */
export interface IMarkMilestoneRemindedResult {
  id: string;
}

/** 'MarkMilestoneReminded' query type */
export interface IMarkMilestoneRemindedQuery {
  params: IMarkMilestoneRemindedParams;
  result: IMarkMilestoneRemindedResult;
}

const markMilestoneRemindedIR: any = {"usedParamSet":{"at":true,"id":true,"pilotId":true},"params":[{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":42,"b":45},{"a":74,"b":77}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":103,"b":106}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":123,"b":131}]}],"statement":"UPDATE pilot_milestones SET reminded_at = :at!::timestamptz, updated_at = :at!::timestamptz\nWHERE id = :id! AND pilot_id = :pilotId! AND status = 'open' AND reminded_at IS NULL\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilot_milestones SET reminded_at = :at!::timestamptz, updated_at = :at!::timestamptz
 * WHERE id = :id! AND pilot_id = :pilotId! AND status = 'open' AND reminded_at IS NULL
 * RETURNING id
 * ```
 */
export const markMilestoneReminded = new PreparedQuery<IMarkMilestoneRemindedParams,IMarkMilestoneRemindedResult>(markMilestoneRemindedIR);


/** 'InsertExtension' parameters type */
export interface IInsertExtensionParams {
  at: DateOrString;
  decidedBy: string;
  newEndsOn: string;
  pilotId: string;
  previousEndsOn: string;
  reason: string;
  sequence: number;
}

/** 'InsertExtension' return type */
export interface IInsertExtensionResult {
  sequence: number;
}

/** 'InsertExtension' query type */
export interface IInsertExtensionQuery {
  params: IInsertExtensionParams;
  result: IInsertExtensionResult;
}

const insertExtensionIR: any = {"usedParamSet":{"pilotId":true,"sequence":true,"previousEndsOn":true,"newEndsOn":true,"reason":true,"decidedBy":true,"at":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":129}]},{"name":"sequence","required":true,"transform":{"type":"scalar"},"locs":[{"a":132,"b":141}]},{"name":"previousEndsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":144,"b":159}]},{"name":"newEndsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":168,"b":178}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":187,"b":194}]},{"name":"decidedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":197,"b":207}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":210,"b":213}]}],"statement":"INSERT INTO pilot_extensions (pilot_id, sequence, previous_ends_on, new_ends_on, reason, decided_by, decided_at)\nVALUES (:pilotId!, :sequence!, :previousEndsOn!::date, :newEndsOn!::date, :reason!, :decidedBy!, :at!::timestamptz)\nON CONFLICT (pilot_id, sequence) DO NOTHING\nRETURNING sequence"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_extensions (pilot_id, sequence, previous_ends_on, new_ends_on, reason, decided_by, decided_at)
 * VALUES (:pilotId!, :sequence!, :previousEndsOn!::date, :newEndsOn!::date, :reason!, :decidedBy!, :at!::timestamptz)
 * ON CONFLICT (pilot_id, sequence) DO NOTHING
 * RETURNING sequence
 * ```
 */
export const insertExtension = new PreparedQuery<IInsertExtensionParams,IInsertExtensionResult>(insertExtensionIR);


/** 'MovePilotEnd' parameters type */
export interface IMovePilotEndParams {
  at: DateOrString;
  endsOn: string;
  id: string;
}

/** 'MovePilotEnd' return type */
export type IMovePilotEndResult = void;

/** 'MovePilotEnd' query type */
export interface IMovePilotEndQuery {
  params: IMovePilotEndParams;
  result: IMovePilotEndResult;
}

const movePilotEndIR: any = {"usedParamSet":{"endsOn":true,"at":true,"id":true},"params":[{"name":"endsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":28,"b":35}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":57,"b":60}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":109,"b":112}]}],"statement":"UPDATE pilots SET ends_on = :endsOn!::date, updated_at = :at!::timestamptz, version = version + 1 WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilots SET ends_on = :endsOn!::date, updated_at = :at!::timestamptz, version = version + 1 WHERE id = :id!
 * ```
 */
export const movePilotEnd = new PreparedQuery<IMovePilotEndParams,IMovePilotEndResult>(movePilotEndIR);


/** 'ListExtensions' parameters type */
export interface IListExtensionsParams {
  pilotId: string;
}

/** 'ListExtensions' return type */
export interface IListExtensionsResult {
  decided_at: Date;
  decided_by: string;
  new_ends_on: string;
  previous_ends_on: string;
  reason: string;
  sequence: number;
}

/** 'ListExtensions' query type */
export interface IListExtensionsQuery {
  params: IListExtensionsParams;
  result: IListExtensionsResult;
}

const listExtensionsIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":173,"b":181}]}],"statement":"SELECT sequence, previous_ends_on::text AS \"previous_ends_on!\", new_ends_on::text AS \"new_ends_on!\", reason,\n  decided_by, decided_at\nFROM pilot_extensions\nWHERE pilot_id = :pilotId!\nORDER BY sequence"};

/**
 * Query generated from SQL:
 * ```
 * SELECT sequence, previous_ends_on::text AS "previous_ends_on!", new_ends_on::text AS "new_ends_on!", reason,
 *   decided_by, decided_at
 * FROM pilot_extensions
 * WHERE pilot_id = :pilotId!
 * ORDER BY sequence
 * ```
 */
export const listExtensions = new PreparedQuery<IListExtensionsParams,IListExtensionsResult>(listExtensionsIR);


