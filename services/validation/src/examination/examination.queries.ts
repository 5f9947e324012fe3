/** Types generated for queries found in "services/validation/src/examination/examination.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'InsertChecklistItems' parameters type */
export interface IInsertChecklistItemsParams {
  caseId: string;
  questionIds: stringArray;
  sectionIds: stringArray;
  textsEn: stringArray;
  textsMn: stringArray;
}

/** 'InsertChecklistItems' return type */
export type IInsertChecklistItemsResult = void;

/** 'InsertChecklistItems' query type */
export interface IInsertChecklistItemsQuery {
  params: IInsertChecklistItemsParams;
  result: IInsertChecklistItemsResult;
}

const insertChecklistItemsIR: any = {"usedParamSet":{"caseId":true,"questionIds":true,"sectionIds":true,"textsEn":true,"textsMn":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":105}]},{"name":"questionIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":154}]},{"name":"sectionIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":165,"b":176}]},{"name":"textsEn","required":true,"transform":{"type":"scalar"},"locs":[{"a":187,"b":195}]},{"name":"textsMn","required":true,"transform":{"type":"scalar"},"locs":[{"a":206,"b":214}]}],"statement":"INSERT INTO checklist_items (case_id, question_id, section_id, position, text_en, text_mn)\nSELECT :caseId!::uuid, q, s, n, en, mn FROM unnest(:questionIds!::text[], :sectionIds!::text[], :textsEn!::text[], :textsMn!::text[]) WITH ORDINALITY AS x(q, s, en, mn, n)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO checklist_items (case_id, question_id, section_id, position, text_en, text_mn)
 * SELECT :caseId!::uuid, q, s, n, en, mn FROM unnest(:questionIds!::text[], :sectionIds!::text[], :textsEn!::text[], :textsMn!::text[]) WITH ORDINALITY AS x(q, s, en, mn, n)
 * ```
 */
export const insertChecklistItems = new PreparedQuery<IInsertChecklistItemsParams,IInsertChecklistItemsResult>(insertChecklistItemsIR);


/** 'ListChecklist' parameters type */
export interface IListChecklistParams {
  caseId: string;
}

/** 'ListChecklist' return type */
export interface IListChecklistResult {
  evidence: Json;
  finding: string | null;
  notes: string | null;
  question_id: string;
  recorded_at: Date | null;
  recorded_by: string | null;
  section_id: string;
  text_en: string;
  text_mn: string;
}

/** 'ListChecklist' query type */
export interface IListChecklistQuery {
  params: IListChecklistParams;
  result: IListChecklistResult;
}

const listChecklistIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":145}]}],"statement":"SELECT question_id, section_id, text_en, text_mn, finding, notes, evidence, recorded_by, recorded_at FROM checklist_items WHERE case_id = :caseId! ORDER BY position"};

/**
 * Query generated from SQL:
 * ```
 * SELECT question_id, section_id, text_en, text_mn, finding, notes, evidence, recorded_by, recorded_at FROM checklist_items WHERE case_id = :caseId! ORDER BY position
 * ```
 */
export const listChecklist = new PreparedQuery<IListChecklistParams,IListChecklistResult>(listChecklistIR);


/** 'FindChecklistItem' parameters type */
export interface IFindChecklistItemParams {
  caseId: string;
  questionId: string;
}

/** 'FindChecklistItem' return type */
export interface IFindChecklistItemResult {
  text_en: string;
  text_mn: string;
}

/** 'FindChecklistItem' query type */
export interface IFindChecklistItemQuery {
  params: IFindChecklistItemParams;
  result: IFindChecklistItemResult;
}

const findChecklistItemIR: any = {"usedParamSet":{"caseId":true,"questionId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":68}]},{"name":"questionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":88,"b":99}]}],"statement":"SELECT text_en, text_mn FROM checklist_items WHERE case_id = :caseId! AND question_id = :questionId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT text_en, text_mn FROM checklist_items WHERE case_id = :caseId! AND question_id = :questionId!
 * ```
 */
export const findChecklistItem = new PreparedQuery<IFindChecklistItemParams,IFindChecklistItemResult>(findChecklistItemIR);


/** 'RecordFinding' parameters type */
export interface IRecordFindingParams {
  caseId: string;
  evidence: string;
  finding: string;
  notes: string;
  questionId: string;
  recordedBy: string;
}

/** 'RecordFinding' return type */
export type IRecordFindingResult = void;

/** 'RecordFinding' query type */
export interface IRecordFindingQuery {
  params: IRecordFindingParams;
  result: IRecordFindingResult;
}

const recordFindingIR: any = {"usedParamSet":{"finding":true,"notes":true,"evidence":true,"recordedBy":true,"caseId":true,"questionId":true},"params":[{"name":"finding","required":true,"transform":{"type":"scalar"},"locs":[{"a":37,"b":45}]},{"name":"notes","required":true,"transform":{"type":"scalar"},"locs":[{"a":56,"b":62}]},{"name":"evidence","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":85}]},{"name":"recordedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":126}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":165,"b":172}]},{"name":"questionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":192,"b":203}]}],"statement":"UPDATE checklist_items SET finding = :finding!, notes = :notes!, evidence = :evidence!::text::jsonb, recorded_by = :recordedBy!, recorded_at = now() WHERE case_id = :caseId! AND question_id = :questionId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE checklist_items SET finding = :finding!, notes = :notes!, evidence = :evidence!::text::jsonb, recorded_by = :recordedBy!, recorded_at = now() WHERE case_id = :caseId! AND question_id = :questionId!
 * ```
 */
export const recordFinding = new PreparedQuery<IRecordFindingParams,IRecordFindingResult>(recordFindingIR);


/** 'InsertSiteVisit' parameters type */
export interface IInsertSiteVisitParams {
  caseId: string;
  id: string;
  place?: string | null | void;
  scheduledBy: string;
  scheduledFor: DateOrString;
  validator: string;
}

/** 'InsertSiteVisit' return type */
export type IInsertSiteVisitResult = void;

/** 'InsertSiteVisit' query type */
export interface IInsertSiteVisitQuery {
  params: IInsertSiteVisitParams;
  result: IInsertSiteVisitResult;
}

const insertSiteVisitIR: any = {"usedParamSet":{"id":true,"caseId":true,"scheduledFor":true,"validator":true,"scheduledBy":true,"place":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":96}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":106}]},{"name":"scheduledFor","required":true,"transform":{"type":"scalar"},"locs":[{"a":109,"b":122}]},{"name":"validator","required":true,"transform":{"type":"scalar"},"locs":[{"a":125,"b":135}]},{"name":"scheduledBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":150}]},{"name":"place","required":false,"transform":{"type":"scalar"},"locs":[{"a":153,"b":158}]}],"statement":"INSERT INTO site_visits (id, case_id, scheduled_for, validator, scheduled_by, place) VALUES (:id!, :caseId!, :scheduledFor!, :validator!, :scheduledBy!, :place)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO site_visits (id, case_id, scheduled_for, validator, scheduled_by, place) VALUES (:id!, :caseId!, :scheduledFor!, :validator!, :scheduledBy!, :place)
 * ```
 */
export const insertSiteVisit = new PreparedQuery<IInsertSiteVisitParams,IInsertSiteVisitResult>(insertSiteVisitIR);


/** 'LockSiteVisit' parameters type */
export interface ILockSiteVisitParams {
  caseId: string;
  id: string;
}

/** 'LockSiteVisit' return type */
export interface ILockSiteVisitResult {
  completed_at: Date | null;
  place: string | null;
  scheduled_for: Date;
  upcoming: boolean;
}

/** 'LockSiteVisit' query type */
export interface ILockSiteVisitQuery {
  params: ILockSiteVisitParams;
  result: ILockSiteVisitResult;
}

const lockSiteVisitIR: any = {"usedParamSet":{"id":true,"caseId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":108,"b":111}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":134}]}],"statement":"SELECT scheduled_for, place, completed_at, scheduled_for > now() AS \"upcoming!\" FROM site_visits WHERE id = :id! AND case_id = :caseId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT scheduled_for, place, completed_at, scheduled_for > now() AS "upcoming!" FROM site_visits WHERE id = :id! AND case_id = :caseId! FOR UPDATE
 * ```
 */
export const lockSiteVisit = new PreparedQuery<ILockSiteVisitParams,ILockSiteVisitResult>(lockSiteVisitIR);


/** 'CompleteSiteVisit' parameters type */
export interface ICompleteSiteVisitParams {
  id: string;
  notes: string;
}

/** 'CompleteSiteVisit' return type */
export type ICompleteSiteVisitResult = void;

/** 'CompleteSiteVisit' query type */
export interface ICompleteSiteVisitQuery {
  params: ICompleteSiteVisitParams;
  result: ICompleteSiteVisitResult;
}

const completeSiteVisitIR: any = {"usedParamSet":{"notes":true,"id":true},"params":[{"name":"notes","required":true,"transform":{"type":"scalar"},"locs":[{"a":53,"b":59}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":75}]}],"statement":"UPDATE site_visits SET completed_at = now(), notes = :notes! WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE site_visits SET completed_at = now(), notes = :notes! WHERE id = :id!
 * ```
 */
export const completeSiteVisit = new PreparedQuery<ICompleteSiteVisitParams,ICompleteSiteVisitResult>(completeSiteVisitIR);


/** 'ListSiteVisits' parameters type */
export interface IListSiteVisitsParams {
  caseId: string;
}

/** 'ListSiteVisits' return type */
export interface IListSiteVisitsResult {
  completed_at: Date | null;
  id: string;
  notes: string | null;
  place: string | null;
  scheduled_for: Date;
  validator: string;
}

/** 'ListSiteVisits' query type */
export interface IListSiteVisitsQuery {
  params: IListSiteVisitsParams;
  result: IListSiteVisitsResult;
}

const listSiteVisitsIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":104}]}],"statement":"SELECT id, scheduled_for, place, validator, completed_at, notes FROM site_visits WHERE case_id = :caseId! ORDER BY scheduled_for"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, scheduled_for, place, validator, completed_at, notes FROM site_visits WHERE case_id = :caseId! ORDER BY scheduled_for
 * ```
 */
export const listSiteVisits = new PreparedQuery<IListSiteVisitsParams,IListSiteVisitsResult>(listSiteVisitsIR);


/** 'ListCompletedSiteVisits' parameters type */
export interface IListCompletedSiteVisitsParams {
  caseId: string;
}

/** 'ListCompletedSiteVisits' return type */
export interface IListCompletedSiteVisitsResult {
  completed_at: Date;
  id: string;
  place: string | null;
  scheduled_for: Date;
}

/** 'ListCompletedSiteVisits' query type */
export interface IListCompletedSiteVisitsQuery {
  params: IListCompletedSiteVisitsParams;
  result: IListCompletedSiteVisitsResult;
}

const listCompletedSiteVisitsIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":105}]}],"statement":"SELECT id, scheduled_for, place, completed_at AS \"completed_at!\" FROM site_visits WHERE case_id = :caseId! AND completed_at IS NOT NULL ORDER BY scheduled_for"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, scheduled_for, place, completed_at AS "completed_at!" FROM site_visits WHERE case_id = :caseId! AND completed_at IS NOT NULL ORDER BY scheduled_for
 * ```
 */
export const listCompletedSiteVisits = new PreparedQuery<IListCompletedSiteVisitsParams,IListCompletedSiteVisitsResult>(listCompletedSiteVisitsIR);


/** 'InsertCorrectiveAction' parameters type */
export interface IInsertCorrectiveActionParams {
  caseId: string;
  description: string;
  dueBy: DateOrString;
  id: string;
  questionId: string;
  requestedBy: string;
}

/** 'InsertCorrectiveAction' return type */
export type IInsertCorrectiveActionResult = void;

/** 'InsertCorrectiveAction' query type */
export interface IInsertCorrectiveActionQuery {
  params: IInsertCorrectiveActionParams;
  result: IInsertCorrectiveActionResult;
}

const insertCorrectiveActionIR: any = {"usedParamSet":{"id":true,"caseId":true,"questionId":true,"description":true,"dueBy":true,"requestedBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":101,"b":104}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":114}]},{"name":"questionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":128}]},{"name":"description","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":143}]},{"name":"dueBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":152}]},{"name":"requestedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":155,"b":167}]}],"statement":"INSERT INTO corrective_actions (id, case_id, question_id, description, due_by, requested_by) VALUES (:id!, :caseId!, :questionId!, :description!, :dueBy!, :requestedBy!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO corrective_actions (id, case_id, question_id, description, due_by, requested_by) VALUES (:id!, :caseId!, :questionId!, :description!, :dueBy!, :requestedBy!)
 * ```
 */
export const insertCorrectiveAction = new PreparedQuery<IInsertCorrectiveActionParams,IInsertCorrectiveActionResult>(insertCorrectiveActionIR);


/** 'LockCorrectiveAction' parameters type */
export interface ILockCorrectiveActionParams {
  caseId: string;
  id: string;
}

/** 'LockCorrectiveAction' return type */
export interface ILockCorrectiveActionResult {
  due_by: Date;
  question_id: string;
  requested_by: string;
  responded_at: Date | null;
  text_en: string | null;
  text_mn: string | null;
}

/** 'LockCorrectiveAction' query type */
export interface ILockCorrectiveActionQuery {
  params: ILockCorrectiveActionParams;
  result: ILockCorrectiveActionResult;
}

const lockCorrectiveActionIR: any = {"usedParamSet":{"id":true,"caseId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":239,"b":242}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":260,"b":267}]}],"statement":"SELECT a.responded_at, a.due_by, a.question_id, a.requested_by, i.text_en AS \"text_en?\", i.text_mn AS \"text_mn?\"\nFROM corrective_actions a LEFT JOIN checklist_items i ON i.case_id = a.case_id AND i.question_id = a.question_id\nWHERE a.id = :id! AND a.case_id = :caseId! FOR UPDATE OF a"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.responded_at, a.due_by, a.question_id, a.requested_by, i.text_en AS "text_en?", i.text_mn AS "text_mn?"
 * FROM corrective_actions a LEFT JOIN checklist_items i ON i.case_id = a.case_id AND i.question_id = a.question_id
 * WHERE a.id = :id! AND a.case_id = :caseId! FOR UPDATE OF a
 * ```
 */
export const lockCorrectiveAction = new PreparedQuery<ILockCorrectiveActionParams,ILockCorrectiveActionResult>(lockCorrectiveActionIR);


/** 'AnswerCorrectiveAction' parameters type */
export interface IAnswerCorrectiveActionParams {
  id: string;
  respondedAt: DateOrString;
  respondedBy: string;
  response: string;
}

/** 'AnswerCorrectiveAction' return type */
export type IAnswerCorrectiveActionResult = void;

/** 'AnswerCorrectiveAction' query type */
export interface IAnswerCorrectiveActionQuery {
  params: IAnswerCorrectiveActionParams;
  result: IAnswerCorrectiveActionResult;
}

const answerCorrectiveActionIR: any = {"usedParamSet":{"response":true,"respondedBy":true,"respondedAt":true,"id":true},"params":[{"name":"response","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":50}]},{"name":"respondedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":80}]},{"name":"respondedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":110}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":123,"b":126}]}],"statement":"UPDATE corrective_actions SET response = :response!, responded_by = :respondedBy!, responded_at = :respondedAt! WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE corrective_actions SET response = :response!, responded_by = :respondedBy!, responded_at = :respondedAt! WHERE id = :id!
 * ```
 */
export const answerCorrectiveAction = new PreparedQuery<IAnswerCorrectiveActionParams,IAnswerCorrectiveActionResult>(answerCorrectiveActionIR);


/** 'ListCorrectiveActions' parameters type */
export interface IListCorrectiveActionsParams {
  caseId: string;
}

/** 'ListCorrectiveActions' return type */
export interface IListCorrectiveActionsResult {
  description: string;
  due_by: Date;
  id: string;
  question_id: string;
  requested_by: string;
  responded_at: Date | null;
  response: string | null;
}

/** 'ListCorrectiveActions' query type */
export interface IListCorrectiveActionsQuery {
  params: IListCorrectiveActionsParams;
  result: IListCorrectiveActionsResult;
}

const listCorrectiveActionsIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":129}]}],"statement":"SELECT id, question_id, description, due_by, requested_by, response, responded_at FROM corrective_actions WHERE case_id = :caseId! ORDER BY requested_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, question_id, description, due_by, requested_by, response, responded_at FROM corrective_actions WHERE case_id = :caseId! ORDER BY requested_at
 * ```
 */
export const listCorrectiveActions = new PreparedQuery<IListCorrectiveActionsParams,IListCorrectiveActionsResult>(listCorrectiveActionsIR);


/** 'ListUnansweredCorrectiveActions' parameters type */
export interface IListUnansweredCorrectiveActionsParams {
  caseId: string;
}

/** 'ListUnansweredCorrectiveActions' return type */
export interface IListUnansweredCorrectiveActionsResult {
  id: string;
}

/** 'ListUnansweredCorrectiveActions' query type */
export interface IListUnansweredCorrectiveActionsQuery {
  params: IListUnansweredCorrectiveActionsParams;
  result: IListUnansweredCorrectiveActionsResult;
}

const listUnansweredCorrectiveActionsIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":50,"b":57}]}],"statement":"SELECT id FROM corrective_actions WHERE case_id = :caseId! AND responded_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM corrective_actions WHERE case_id = :caseId! AND responded_at IS NULL
 * ```
 */
export const listUnansweredCorrectiveActions = new PreparedQuery<IListUnansweredCorrectiveActionsParams,IListUnansweredCorrectiveActionsResult>(listUnansweredCorrectiveActionsIR);


