/** Types generated for queries found in "services/mra/src/arrangements/arrangements.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'ListArrangements' parameters type */
export interface IListArrangementsParams {
  partnerCountry?: string | null | void;
}

/** 'ListArrangements' return type */
export interface IListArrangementsResult {
  created_at: Date;
  id: string;
  partner_administration: string;
  partner_country: string;
  phase: string;
  reminder_days_before: numberArray;
  review_due_at: Date | null;
  review_interval_months: number;
  signed_on: string | null;
  suspended_from: string | null;
  terms: Json | null;
  title: string | null;
}

/** 'ListArrangements' query type */
export interface IListArrangementsQuery {
  params: IListArrangementsParams;
  result: IListArrangementsResult;
}

const listArrangementsIR: any = {"usedParamSet":{"partnerCountry":true},"params":[{"name":"partnerCountry","required":false,"transform":{"type":"scalar"},"locs":[{"a":254,"b":268},{"a":307,"b":321}]}],"statement":"SELECT id, partner_country, partner_administration, title, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on,\n  terms, review_due_at, review_interval_months, reminder_days_before, suspended_from, created_at\nFROM mutual_recognition_arrangements\nWHERE (:partnerCountry::bpchar IS NULL OR partner_country = :partnerCountry::bpchar)\nORDER BY partner_country, created_at DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, partner_country, partner_administration, title, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on,
 *   terms, review_due_at, review_interval_months, reminder_days_before, suspended_from, created_at
 * FROM mutual_recognition_arrangements
 * WHERE (:partnerCountry::bpchar IS NULL OR partner_country = :partnerCountry::bpchar)
 * ORDER BY partner_country, created_at DESC
 * ```
 */
export const listArrangements = new PreparedQuery<IListArrangementsParams,IListArrangementsResult>(listArrangementsIR);


/** 'FindArrangement' parameters type */
export interface IFindArrangementParams {
  id: string;
}

/** 'FindArrangement' return type */
export interface IFindArrangementResult {
  created_at: Date;
  id: string;
  partner_administration: string;
  partner_country: string;
  phase: string;
  reminder_days_before: numberArray;
  review_due_at: Date | null;
  review_interval_months: number;
  signed_on: string | null;
  suspended_from: string | null;
  terms: Json | null;
  title: string | null;
}

/** 'FindArrangement' query type */
export interface IFindArrangementQuery {
  params: IFindArrangementParams;
  result: IFindArrangementResult;
}

const findArrangementIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":258,"b":261}]}],"statement":"SELECT id, partner_country, partner_administration, title, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on,\n  terms, review_due_at, review_interval_months, reminder_days_before, suspended_from, created_at\nFROM mutual_recognition_arrangements\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, partner_country, partner_administration, title, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on,
 *   terms, review_due_at, review_interval_months, reminder_days_before, suspended_from, created_at
 * FROM mutual_recognition_arrangements
 * WHERE id = :id!
 * ```
 */
export const findArrangement = new PreparedQuery<IFindArrangementParams,IFindArrangementResult>(findArrangementIR);


/** 'LockArrangement' parameters type */
export interface ILockArrangementParams {
  id: string;
}

/** 'LockArrangement' return type */
export interface ILockArrangementResult {
  created_at: Date;
  id: string;
  partner_administration: string;
  partner_country: string;
  phase: string;
  reminder_days_before: numberArray;
  review_due_at: Date | null;
  review_interval_months: number;
  signed_on: string | null;
  suspended_from: string | null;
  terms: Json | null;
  title: string | null;
}

/** 'LockArrangement' query type */
export interface ILockArrangementQuery {
  params: ILockArrangementParams;
  result: ILockArrangementResult;
}

const lockArrangementIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":258,"b":261}]}],"statement":"SELECT id, partner_country, partner_administration, title, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on,\n  terms, review_due_at, review_interval_months, reminder_days_before, suspended_from, created_at\nFROM mutual_recognition_arrangements\nWHERE id = :id!\nFOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, partner_country, partner_administration, title, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on,
 *   terms, review_due_at, review_interval_months, reminder_days_before, suspended_from, created_at
 * FROM mutual_recognition_arrangements
 * WHERE id = :id!
 * FOR UPDATE
 * ```
 */
export const lockArrangement = new PreparedQuery<ILockArrangementParams,ILockArrangementResult>(lockArrangementIR);


/** 'LockPartnerCountry' parameters type */
export interface ILockPartnerCountryParams {
  partnerCountry: string;
}

/** 'LockPartnerCountry' return type */
export interface ILockPartnerCountryResult {
  locked: undefined | null;
}

/** 'LockPartnerCountry' query type */
export interface ILockPartnerCountryQuery {
  params: ILockPartnerCountryParams;
  result: ILockPartnerCountryResult;
}

const lockPartnerCountryIR: any = {"usedParamSet":{"partnerCountry":true},"params":[{"name":"partnerCountry","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":75}]}],"statement":"SELECT pg_advisory_xact_lock(hashtext('mra-arrangement:' || :partnerCountry!::text)) AS locked"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pg_advisory_xact_lock(hashtext('mra-arrangement:' || :partnerCountry!::text)) AS locked
 * ```
 */
export const lockPartnerCountry = new PreparedQuery<ILockPartnerCountryParams,ILockPartnerCountryResult>(lockPartnerCountryIR);


/** 'FindOpenArrangementOfCountry' parameters type */
export interface IFindOpenArrangementOfCountryParams {
  partnerCountry: string;
}

/** 'FindOpenArrangementOfCountry' return type */
export interface IFindOpenArrangementOfCountryResult {
  id: string;
  phase: string;
  title: string | null;
}

/** 'FindOpenArrangementOfCountry' query type */
export interface IFindOpenArrangementOfCountryQuery {
  params: IFindOpenArrangementOfCountryParams;
  result: IFindOpenArrangementOfCountryResult;
}

const findOpenArrangementOfCountryIR: any = {"usedParamSet":{"partnerCountry":true},"params":[{"name":"partnerCountry","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":100}]}],"statement":"SELECT id, title, phase FROM mutual_recognition_arrangements\nWHERE partner_country = :partnerCountry!::bpchar AND phase <> 'terminated'\nORDER BY created_at\nLIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, title, phase FROM mutual_recognition_arrangements
 * WHERE partner_country = :partnerCountry!::bpchar AND phase <> 'terminated'
 * ORDER BY created_at
 * LIMIT 1
 * ```
 */
export const findOpenArrangementOfCountry = new PreparedQuery<IFindOpenArrangementOfCountryParams,IFindOpenArrangementOfCountryResult>(findOpenArrangementOfCountryIR);


/** 'InsertArrangement' parameters type */
export interface IInsertArrangementParams {
  createdBy: string;
  id: string;
  partnerAdministration: string;
  partnerCountry: string;
  reminderDaysBefore: numberArray;
  reviewIntervalMonths: number;
  title: string;
}

/** 'InsertArrangement' return type */
export type IInsertArrangementResult = void;

/** 'InsertArrangement' query type */
export interface IInsertArrangementQuery {
  params: IInsertArrangementParams;
  result: IInsertArrangementResult;
}

const insertArrangementIR: any = {"usedParamSet":{"id":true,"partnerCountry":true,"partnerAdministration":true,"title":true,"reviewIntervalMonths":true,"reminderDaysBefore":true,"createdBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":196,"b":199}]},{"name":"partnerCountry","required":true,"transform":{"type":"scalar"},"locs":[{"a":202,"b":217}]},{"name":"partnerAdministration","required":true,"transform":{"type":"scalar"},"locs":[{"a":220,"b":242}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":245,"b":251}]},{"name":"reviewIntervalMonths","required":true,"transform":{"type":"scalar"},"locs":[{"a":269,"b":290}]},{"name":"reminderDaysBefore","required":true,"transform":{"type":"scalar"},"locs":[{"a":293,"b":312}]},{"name":"createdBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":322,"b":332}]}],"statement":"INSERT INTO mutual_recognition_arrangements\n  (id, partner_country, partner_administration, title, phase, review_interval_months, reminder_days_before, created_by, created_at, updated_at)\nVALUES (:id!, :partnerCountry!, :partnerAdministration!, :title!, 'preparation', :reviewIntervalMonths!, :reminderDaysBefore!::int[], :createdBy!, now(), now())"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mutual_recognition_arrangements
 *   (id, partner_country, partner_administration, title, phase, review_interval_months, reminder_days_before, created_by, created_at, updated_at)
 * VALUES (:id!, :partnerCountry!, :partnerAdministration!, :title!, 'preparation', :reviewIntervalMonths!, :reminderDaysBefore!::int[], :createdBy!, now(), now())
 * ```
 */
export const insertArrangement = new PreparedQuery<IInsertArrangementParams,IInsertArrangementResult>(insertArrangementIR);


/** 'UpdateArrangementAfterStep' parameters type */
export interface IUpdateArrangementAfterStepParams {
  id: string;
  phase: string;
  reminderDaysBefore: numberArray;
  reviewDueAt?: DateOrString | null | void;
  reviewIntervalMonths: number;
  signedOn?: string | null | void;
  suspendedFrom?: string | null | void;
  terms?: Json | null | void;
}

/** 'UpdateArrangementAfterStep' return type */
export type IUpdateArrangementAfterStepResult = void;

/** 'UpdateArrangementAfterStep' query type */
export interface IUpdateArrangementAfterStepQuery {
  params: IUpdateArrangementAfterStepParams;
  result: IUpdateArrangementAfterStepResult;
}

const updateArrangementAfterStepIR: any = {"usedParamSet":{"phase":true,"terms":true,"signedOn":true,"reviewDueAt":true,"suspendedFrom":true,"reviewIntervalMonths":true,"reminderDaysBefore":true,"id":true},"params":[{"name":"phase","required":true,"transform":{"type":"scalar"},"locs":[{"a":51,"b":57}]},{"name":"terms","required":false,"transform":{"type":"scalar"},"locs":[{"a":70,"b":75}]},{"name":"signedOn","required":false,"transform":{"type":"scalar"},"locs":[{"a":99,"b":107}]},{"name":"reviewDueAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":134,"b":145}]},{"name":"suspendedFrom","required":false,"transform":{"type":"scalar"},"locs":[{"a":180,"b":193}]},{"name":"reviewIntervalMonths","required":true,"transform":{"type":"scalar"},"locs":[{"a":223,"b":244}]},{"name":"reminderDaysBefore","required":true,"transform":{"type":"scalar"},"locs":[{"a":272,"b":291}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":333,"b":336}]}],"statement":"UPDATE mutual_recognition_arrangements\nSET phase = :phase!,\n  terms = :terms::jsonb,\n  signed_on = :signedOn::date,\n  review_due_at = :reviewDueAt::timestamptz,\n  suspended_from = :suspendedFrom,\n  review_interval_months = :reviewIntervalMonths!,\n  reminder_days_before = :reminderDaysBefore!::int[],\n  updated_at = now()\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE mutual_recognition_arrangements
 * SET phase = :phase!,
 *   terms = :terms::jsonb,
 *   signed_on = :signedOn::date,
 *   review_due_at = :reviewDueAt::timestamptz,
 *   suspended_from = :suspendedFrom,
 *   review_interval_months = :reviewIntervalMonths!,
 *   reminder_days_before = :reminderDaysBefore!::int[],
 *   updated_at = now()
 * WHERE id = :id!
 * ```
 */
export const updateArrangementAfterStep = new PreparedQuery<IUpdateArrangementAfterStepParams,IUpdateArrangementAfterStepResult>(updateArrangementAfterStepIR);


/** 'InsertArrangementRecord' parameters type */
export interface IInsertArrangementRecordParams {
  arrangementId: string;
  details: Json;
  fromPhase?: string | null | void;
  recordedAt: DateOrString;
  recordedBy: string;
  recordKey: string;
  step: string;
  summary: string;
  toPhase: string;
}

/** 'InsertArrangementRecord' return type */
export interface IInsertArrangementRecordResult {
  seq: string;
}

/** 'InsertArrangementRecord' query type */
export interface IInsertArrangementRecordQuery {
  params: IInsertArrangementRecordParams;
  result: IInsertArrangementRecordResult;
}

const insertArrangementRecordIR: any = {"usedParamSet":{"arrangementId":true,"recordKey":true,"step":true,"fromPhase":true,"toPhase":true,"summary":true,"details":true,"recordedBy":true,"recordedAt":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":159}]},{"name":"recordKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":162,"b":172}]},{"name":"step","required":true,"transform":{"type":"scalar"},"locs":[{"a":175,"b":180}]},{"name":"fromPhase","required":false,"transform":{"type":"scalar"},"locs":[{"a":183,"b":192}]},{"name":"toPhase","required":true,"transform":{"type":"scalar"},"locs":[{"a":195,"b":203}]},{"name":"summary","required":true,"transform":{"type":"scalar"},"locs":[{"a":206,"b":214}]},{"name":"details","required":true,"transform":{"type":"scalar"},"locs":[{"a":217,"b":225}]},{"name":"recordedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":235,"b":246}]},{"name":"recordedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":249,"b":260}]}],"statement":"INSERT INTO mra_arrangement_records (arrangement_id, record_key, step, from_phase, to_phase, summary, details, recorded_by, recorded_at)\nVALUES (:arrangementId!, :recordKey!, :step!, :fromPhase, :toPhase!, :summary!, :details!::jsonb, :recordedBy!, :recordedAt!)\nON CONFLICT (record_key) DO NOTHING\nRETURNING seq"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mra_arrangement_records (arrangement_id, record_key, step, from_phase, to_phase, summary, details, recorded_by, recorded_at)
 * VALUES (:arrangementId!, :recordKey!, :step!, :fromPhase, :toPhase!, :summary!, :details!::jsonb, :recordedBy!, :recordedAt!)
 * ON CONFLICT (record_key) DO NOTHING
 * RETURNING seq
 * ```
 */
export const insertArrangementRecord = new PreparedQuery<IInsertArrangementRecordParams,IInsertArrangementRecordResult>(insertArrangementRecordIR);


/** 'ListPhaseChanges' parameters type */
export interface IListPhaseChangesParams {
  arrangementIds: stringArray;
}

/** 'ListPhaseChanges' return type */
export interface IListPhaseChangesResult {
  arrangement_id: string;
  from_phase: string | null;
  reason: string | null;
  recorded_at: Date;
  recorded_by: string;
  step: string;
  summary: string;
  to_phase: string;
}

/** 'ListPhaseChanges' query type */
export interface IListPhaseChangesQuery {
  params: IListPhaseChangesParams;
  result: IListPhaseChangesResult;
}

const listPhaseChangesIR: any = {"usedParamSet":{"arrangementIds":true},"params":[{"name":"arrangementIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":171,"b":186}]}],"statement":"SELECT arrangement_id, from_phase, to_phase, step, summary, recorded_by, recorded_at, details->>'reason' AS reason\nFROM mra_arrangement_records\nWHERE arrangement_id = ANY(:arrangementIds!::uuid[]) AND from_phase IS DISTINCT FROM to_phase\nORDER BY arrangement_id, seq"};

/**
 * Query generated from SQL:
 * ```
 * SELECT arrangement_id, from_phase, to_phase, step, summary, recorded_by, recorded_at, details->>'reason' AS reason
 * FROM mra_arrangement_records
 * WHERE arrangement_id = ANY(:arrangementIds!::uuid[]) AND from_phase IS DISTINCT FROM to_phase
 * ORDER BY arrangement_id, seq
 * ```
 */
export const listPhaseChanges = new PreparedQuery<IListPhaseChangesParams,IListPhaseChangesResult>(listPhaseChangesIR);


/** 'ListArrangementRecords' parameters type */
export interface IListArrangementRecordsParams {
  arrangementId: string;
}

/** 'ListArrangementRecords' return type */
export interface IListArrangementRecordsResult {
  details: Json;
  from_phase: string | null;
  recorded_at: Date;
  recorded_by: string;
  seq: string;
  step: string;
  summary: string;
  to_phase: string;
}

/** 'ListArrangementRecords' query type */
export interface IListArrangementRecordsQuery {
  params: IListArrangementRecordsParams;
  result: IListArrangementRecordsResult;
}

const listArrangementRecordsIR: any = {"usedParamSet":{"arrangementId":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":135,"b":149}]}],"statement":"SELECT seq, step, from_phase, to_phase, summary, details, recorded_by, recorded_at\nFROM mra_arrangement_records\nWHERE arrangement_id = :arrangementId!\nORDER BY seq"};

/**
 * Query generated from SQL:
 * ```
 * SELECT seq, step, from_phase, to_phase, summary, details, recorded_by, recorded_at
 * FROM mra_arrangement_records
 * WHERE arrangement_id = :arrangementId!
 * ORDER BY seq
 * ```
 */
export const listArrangementRecords = new PreparedQuery<IListArrangementRecordsParams,IListArrangementRecordsResult>(listArrangementRecordsIR);


/** 'LatestComparison' parameters type */
export interface ILatestComparisonParams {
  arrangementId: string;
}

/** 'LatestComparison' return type */
export interface ILatestComparisonResult {
  details: Json;
  recorded_at: Date;
  recorded_by: string;
}

/** 'LatestComparison' query type */
export interface ILatestComparisonQuery {
  params: ILatestComparisonParams;
  result: ILatestComparisonResult;
}

const latestComparisonIR: any = {"usedParamSet":{"arrangementId":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":107}]}],"statement":"SELECT details, recorded_by, recorded_at\nFROM mra_arrangement_records\nWHERE arrangement_id = :arrangementId! AND step = 'record-comparison'\nORDER BY seq DESC\nLIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT details, recorded_by, recorded_at
 * FROM mra_arrangement_records
 * WHERE arrangement_id = :arrangementId! AND step = 'record-comparison'
 * ORDER BY seq DESC
 * LIMIT 1
 * ```
 */
export const latestComparison = new PreparedQuery<ILatestComparisonParams,ILatestComparisonResult>(latestComparisonIR);


/** 'ListArrangementOverview' parameters type */
export interface IListArrangementOverviewParams {
  limit: number;
  offset: number;
  order: string;
  partnerCountry?: string | null | void;
  phase?: string | null | void;
  phaseOrder: stringArray;
  q?: string | null | void;
  sort: string;
  status?: string | null | void;
}

/** 'ListArrangementOverview' return type */
export interface IListArrangementOverviewResult {
  created_at: Date;
  id: string;
  last_activity_at: Date;
  last_step: string;
  partner_administration: string;
  partner_country: string;
  phase: string;
  review_due_at: Date | null;
  signed_on: string | null;
  status: string;
  suspended_from: string | null;
  title: string | null;
  total: string;
}

/** 'ListArrangementOverview' query type */
export interface IListArrangementOverviewQuery {
  params: IListArrangementOverviewParams;
  result: IListArrangementOverviewResult;
}

const listArrangementOverviewIR: any = {"usedParamSet":{"partnerCountry":true,"phase":true,"status":true,"q":true,"sort":true,"order":true,"phaseOrder":true,"limit":true,"offset":true},"params":[{"name":"partnerCountry","required":false,"transform":{"type":"scalar"},"locs":[{"a":691,"b":705},{"a":746,"b":760}]},{"name":"phase","required":false,"transform":{"type":"scalar"},"locs":[{"a":780,"b":785},{"a":814,"b":819}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":831,"b":837},{"a":967,"b":973}]},{"name":"q","required":false,"transform":{"type":"scalar"},"locs":[{"a":985,"b":986},{"a":1082,"b":1083},{"a":1190,"b":1191},{"a":1263,"b":1264}]},{"name":"sort","required":true,"transform":{"type":"scalar"},"locs":[{"a":1656,"b":1661},{"a":1757,"b":1762},{"a":1860,"b":1865},{"a":1950,"b":1955},{"a":2042,"b":2047},{"a":2142,"b":2147},{"a":2244,"b":2249},{"a":2363,"b":2368}]},{"name":"order","required":true,"transform":{"type":"scalar"},"locs":[{"a":1692,"b":1698},{"a":1793,"b":1799},{"a":1891,"b":1897},{"a":1981,"b":1987},{"a":2078,"b":2084},{"a":2178,"b":2184},{"a":2271,"b":2277},{"a":2390,"b":2396},{"a":2484,"b":2490},{"a":2535,"b":2541}]},{"name":"phaseOrder","required":true,"transform":{"type":"scalar"},"locs":[{"a":2313,"b":2324},{"a":2433,"b":2444}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":2581,"b":2587}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":2601,"b":2608}]}],"statement":"-- A page of the arrangements with their latest step, counted whole on every row (see arrangement-overview.ts).\nWITH listed AS (\n  SELECT a.id, a.partner_country, a.partner_administration, a.title, a.phase, a.signed_on, a.review_due_at,\n    a.suspended_from, a.created_at, latest.step AS last_step, COALESCE(latest.recorded_at, a.created_at) AS last_activity_at,\n    CASE a.phase WHEN 'terminated' THEN 'terminated' WHEN 'suspended' THEN 'suspended' ELSE 'active' END AS status\n  FROM mutual_recognition_arrangements a\n  LEFT JOIN LATERAL (\n    SELECT r.step, r.recorded_at FROM mra_arrangement_records r WHERE r.arrangement_id = a.id ORDER BY r.seq DESC LIMIT 1\n  ) latest ON true\n  WHERE (:partnerCountry::bpchar IS NULL OR a.partner_country = :partnerCountry::bpchar)\n    AND (:phase::text IS NULL OR a.phase = :phase)\n    AND (:status::text IS NULL\n      OR (CASE a.phase WHEN 'terminated' THEN 'terminated' WHEN 'suspended' THEN 'suspended' ELSE 'active' END) = :status)\n    AND (:q::text IS NULL\n      OR starts_with(lower(a.partner_administration COLLATE \"und-x-icu\"), lower(:q::text COLLATE \"und-x-icu\"))\n      OR starts_with(lower(COALESCE(a.title, '') COLLATE \"und-x-icu\"), lower(:q::text COLLATE \"und-x-icu\"))\n      OR lower(a.partner_country) = lower(:q))\n)\nSELECT id AS \"id!\", partner_country AS \"partner_country!\", partner_administration AS \"partner_administration!\", title,\n  phase AS \"phase!\", to_char(signed_on, 'YYYY-MM-DD') AS signed_on, review_due_at, suspended_from,\n  created_at AS \"created_at!\", last_step, last_activity_at AS \"last_activity_at!\", status AS \"status!\",\n  COUNT(*) OVER () AS \"total!\"\nFROM listed\nORDER BY\n  CASE WHEN :sort!::text = 'lastActivityAt' AND :order!::text = 'asc' THEN last_activity_at END ASC,\n  CASE WHEN :sort!::text = 'lastActivityAt' AND :order!::text = 'desc' THEN last_activity_at END DESC,\n  CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'asc' THEN created_at END ASC,\n  CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'desc' THEN created_at END DESC,\n  CASE WHEN :sort!::text = 'partnerCountry' AND :order!::text = 'asc' THEN partner_country END ASC,\n  CASE WHEN :sort!::text = 'partnerCountry' AND :order!::text = 'desc' THEN partner_country END DESC,\n  CASE WHEN :sort!::text = 'phase' AND :order!::text = 'asc' THEN array_position(:phaseOrder!::text[], phase) END ASC,\n  CASE WHEN :sort!::text = 'phase' AND :order!::text = 'desc' THEN array_position(:phaseOrder!::text[], phase) END DESC,\n  CASE WHEN :order!::text = 'asc' THEN id END ASC,\n  CASE WHEN :order!::text = 'desc' THEN id END DESC\nLIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- A page of the arrangements with their latest step, counted whole on every row (see arrangement-overview.ts).
 * WITH listed AS (
 *   SELECT a.id, a.partner_country, a.partner_administration, a.title, a.phase, a.signed_on, a.review_due_at,
 *     a.suspended_from, a.created_at, latest.step AS last_step, COALESCE(latest.recorded_at, a.created_at) AS last_activity_at,
 *     CASE a.phase WHEN 'terminated' THEN 'terminated' WHEN 'suspended' THEN 'suspended' ELSE 'active' END AS status
 *   FROM mutual_recognition_arrangements a
 *   LEFT JOIN LATERAL (
 *     SELECT r.step, r.recorded_at FROM mra_arrangement_records r WHERE r.arrangement_id = a.id ORDER BY r.seq DESC LIMIT 1
 *   ) latest ON true
 *   WHERE (:partnerCountry::bpchar IS NULL OR a.partner_country = :partnerCountry::bpchar)
 *     AND (:phase::text IS NULL OR a.phase = :phase)
 *     AND (:status::text IS NULL
 *       OR (CASE a.phase WHEN 'terminated' THEN 'terminated' WHEN 'suspended' THEN 'suspended' ELSE 'active' END) = :status)
 *     AND (:q::text IS NULL
 *       OR starts_with(lower(a.partner_administration COLLATE "und-x-icu"), lower(:q::text COLLATE "und-x-icu"))
 *       OR starts_with(lower(COALESCE(a.title, '') COLLATE "und-x-icu"), lower(:q::text COLLATE "und-x-icu"))
 *       OR lower(a.partner_country) = lower(:q))
 * )
 * SELECT id AS "id!", partner_country AS "partner_country!", partner_administration AS "partner_administration!", title,
 *   phase AS "phase!", to_char(signed_on, 'YYYY-MM-DD') AS signed_on, review_due_at, suspended_from,
 *   created_at AS "created_at!", last_step, last_activity_at AS "last_activity_at!", status AS "status!",
 *   COUNT(*) OVER () AS "total!"
 * FROM listed
 * ORDER BY
 *   CASE WHEN :sort!::text = 'lastActivityAt' AND :order!::text = 'asc' THEN last_activity_at END ASC,
 *   CASE WHEN :sort!::text = 'lastActivityAt' AND :order!::text = 'desc' THEN last_activity_at END DESC,
 *   CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'asc' THEN created_at END ASC,
 *   CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'desc' THEN created_at END DESC,
 *   CASE WHEN :sort!::text = 'partnerCountry' AND :order!::text = 'asc' THEN partner_country END ASC,
 *   CASE WHEN :sort!::text = 'partnerCountry' AND :order!::text = 'desc' THEN partner_country END DESC,
 *   CASE WHEN :sort!::text = 'phase' AND :order!::text = 'asc' THEN array_position(:phaseOrder!::text[], phase) END ASC,
 *   CASE WHEN :sort!::text = 'phase' AND :order!::text = 'desc' THEN array_position(:phaseOrder!::text[], phase) END DESC,
 *   CASE WHEN :order!::text = 'asc' THEN id END ASC,
 *   CASE WHEN :order!::text = 'desc' THEN id END DESC
 * LIMIT :limit!::int OFFSET :offset!::int
 * ```
 */
export const listArrangementOverview = new PreparedQuery<IListArrangementOverviewParams,IListArrangementOverviewResult>(listArrangementOverviewIR);


