/** Types generated for queries found in "services/programme/src/pilots/training/training.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'InsertSession' parameters type */
export interface IInsertSessionParams {
  audience: string;
  capacity: number;
  createdBy: string;
  endsAt: DateOrString;
  id: string;
  link?: string | null | void;
  pilotId: string;
  place?: string | null | void;
  required: boolean;
  startsAt: DateOrString;
  topic: string;
}

/** 'InsertSession' return type */
export interface IInsertSessionResult {
  attendance_recorded_at: Date | null;
  audience: string;
  capacity: number;
  created_at: Date;
  created_by: string;
  ends_at: Date;
  id: string;
  link: string | null;
  pilot_id: string;
  place: string | null;
  registered: number | null;
  required: boolean;
  starts_at: Date;
  topic: string;
}

/** 'InsertSession' query type */
export interface IInsertSessionQuery {
  params: IInsertSessionParams;
  result: IInsertSessionResult;
}

const insertSessionIR: any = {"usedParamSet":{"id":true,"pilotId":true,"topic":true,"required":true,"startsAt":true,"endsAt":true,"place":true,"link":true,"audience":true,"capacity":true,"createdBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":141,"b":144}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":147,"b":155}]},{"name":"topic","required":true,"transform":{"type":"scalar"},"locs":[{"a":158,"b":164}]},{"name":"required","required":true,"transform":{"type":"scalar"},"locs":[{"a":167,"b":176}]},{"name":"startsAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":179,"b":188}]},{"name":"endsAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":191,"b":198}]},{"name":"place","required":false,"transform":{"type":"scalar"},"locs":[{"a":201,"b":206}]},{"name":"link","required":false,"transform":{"type":"scalar"},"locs":[{"a":209,"b":213}]},{"name":"audience","required":true,"transform":{"type":"scalar"},"locs":[{"a":216,"b":225}]},{"name":"capacity","required":true,"transform":{"type":"scalar"},"locs":[{"a":228,"b":237}]},{"name":"createdBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":240,"b":250}]}],"statement":"INSERT INTO pilot_training_sessions (id, pilot_id, topic, required, starts_at, ends_at, place, link, audience, capacity, created_by)\nVALUES (:id!, :pilotId!, :topic!, :required!, :startsAt!, :endsAt!, :place, :link, :audience!, :capacity!, :createdBy!)\nRETURNING id, pilot_id, topic, required, starts_at, ends_at, place, link, audience, capacity, created_by, created_at, attendance_recorded_at,\n  0::int AS registered"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_training_sessions (id, pilot_id, topic, required, starts_at, ends_at, place, link, audience, capacity, created_by)
 * VALUES (:id!, :pilotId!, :topic!, :required!, :startsAt!, :endsAt!, :place, :link, :audience!, :capacity!, :createdBy!)
 * RETURNING id, pilot_id, topic, required, starts_at, ends_at, place, link, audience, capacity, created_by, created_at, attendance_recorded_at,
 *   0::int AS registered
 * ```
 */
export const insertSession = new PreparedQuery<IInsertSessionParams,IInsertSessionResult>(insertSessionIR);


/** 'ListSessions' parameters type */
export interface IListSessionsParams {
  audience?: string | null | void;
  pilotId: string;
}

/** 'ListSessions' return type */
export interface IListSessionsResult {
  attendance_recorded_at: Date | null;
  audience: string;
  capacity: number;
  created_at: Date;
  created_by: string;
  ends_at: Date;
  id: string;
  link: string | null;
  pilot_id: string;
  place: string | null;
  registered: number | null;
  required: boolean;
  starts_at: Date;
  topic: string;
}

/** 'ListSessions' query type */
export interface IListSessionsQuery {
  params: IListSessionsParams;
  result: IListSessionsResult;
}

const listSessionsIR: any = {"usedParamSet":{"pilotId":true,"audience":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":316,"b":324}]},{"name":"audience","required":false,"transform":{"type":"scalar"},"locs":[{"a":331,"b":339},{"a":371,"b":379}]}],"statement":"SELECT s.id, s.pilot_id, s.topic, s.required, s.starts_at, s.ends_at, s.place, s.link, s.audience, s.capacity, s.created_by, s.created_at,\n  s.attendance_recorded_at, (SELECT count(*)::int FROM pilot_training_registrations r WHERE r.session_id = s.id) AS registered\nFROM pilot_training_sessions s\nWHERE s.pilot_id = :pilotId! AND (:audience::text IS NULL OR s.audience = :audience)\nORDER BY s.starts_at, s.id\nLIMIT 1000"};

/**
 * Query generated from SQL:
 * ```
 * SELECT s.id, s.pilot_id, s.topic, s.required, s.starts_at, s.ends_at, s.place, s.link, s.audience, s.capacity, s.created_by, s.created_at,
 *   s.attendance_recorded_at, (SELECT count(*)::int FROM pilot_training_registrations r WHERE r.session_id = s.id) AS registered
 * FROM pilot_training_sessions s
 * WHERE s.pilot_id = :pilotId! AND (:audience::text IS NULL OR s.audience = :audience)
 * ORDER BY s.starts_at, s.id
 * LIMIT 1000
 * ```
 */
export const listSessions = new PreparedQuery<IListSessionsParams,IListSessionsResult>(listSessionsIR);


/** 'FindSession' parameters type */
export interface IFindSessionParams {
  pilotId: string;
  sessionId: string;
}

/** 'FindSession' return type */
export interface IFindSessionResult {
  attendance_recorded_at: Date | null;
  audience: string;
  capacity: number;
  created_at: Date;
  created_by: string;
  ends_at: Date;
  id: string;
  link: string | null;
  pilot_id: string;
  place: string | null;
  registered: number | null;
  required: boolean;
  starts_at: Date;
  topic: string;
}

/** 'FindSession' query type */
export interface IFindSessionQuery {
  params: IFindSessionParams;
  result: IFindSessionResult;
}

const findSessionIR: any = {"usedParamSet":{"sessionId":true,"pilotId":true},"params":[{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":310,"b":320}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":339,"b":347}]}],"statement":"SELECT s.id, s.pilot_id, s.topic, s.required, s.starts_at, s.ends_at, s.place, s.link, s.audience, s.capacity, s.created_by, s.created_at,\n  s.attendance_recorded_at, (SELECT count(*)::int FROM pilot_training_registrations r WHERE r.session_id = s.id) AS registered\nFROM pilot_training_sessions s\nWHERE s.id = :sessionId! AND s.pilot_id = :pilotId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT s.id, s.pilot_id, s.topic, s.required, s.starts_at, s.ends_at, s.place, s.link, s.audience, s.capacity, s.created_by, s.created_at,
 *   s.attendance_recorded_at, (SELECT count(*)::int FROM pilot_training_registrations r WHERE r.session_id = s.id) AS registered
 * FROM pilot_training_sessions s
 * WHERE s.id = :sessionId! AND s.pilot_id = :pilotId!
 * ```
 */
export const findSession = new PreparedQuery<IFindSessionParams,IFindSessionResult>(findSessionIR);


/** 'LockSession' parameters type */
export interface ILockSessionParams {
  sessionId: string;
}

/** 'LockSession' return type */
export interface ILockSessionResult {
  id: string;
}

/** 'LockSession' query type */
export interface ILockSessionQuery {
  params: ILockSessionParams;
  result: ILockSessionResult;
}

const lockSessionIR: any = {"usedParamSet":{"sessionId":true},"params":[{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":50,"b":60}]}],"statement":"SELECT id FROM pilot_training_sessions WHERE id = :sessionId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM pilot_training_sessions WHERE id = :sessionId! FOR UPDATE
 * ```
 */
export const lockSession = new PreparedQuery<ILockSessionParams,ILockSessionResult>(lockSessionIR);


/** 'InsertRegistration' parameters type */
export interface IInsertRegistrationParams {
  id: string;
  personName: string;
  personRole: string;
  region?: string | null | void;
  registeredBy: string;
  sessionId: string;
  staffSub?: string | null | void;
  taxpayerId?: string | null | void;
}

/** 'InsertRegistration' return type */
export interface IInsertRegistrationResult {
  attendance_at: Date | null;
  attendance_by: string | null;
  attended: boolean | null;
  id: string;
  person_name: string;
  person_role: string;
  region: string | null;
  registered_at: Date;
  registered_by: string;
  session_id: string;
  staff_sub: string | null;
  taxpayer_id: string | null;
}

/** 'InsertRegistration' query type */
export interface IInsertRegistrationQuery {
  params: IInsertRegistrationParams;
  result: IInsertRegistrationResult;
}

const insertRegistrationIR: any = {"usedParamSet":{"id":true,"sessionId":true,"taxpayerId":true,"region":true,"staffSub":true,"personName":true,"personRole":true,"registeredBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":142}]},{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":155}]},{"name":"taxpayerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":158,"b":168}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":171,"b":177}]},{"name":"staffSub","required":false,"transform":{"type":"scalar"},"locs":[{"a":180,"b":188}]},{"name":"personName","required":true,"transform":{"type":"scalar"},"locs":[{"a":191,"b":202}]},{"name":"personRole","required":true,"transform":{"type":"scalar"},"locs":[{"a":205,"b":216}]},{"name":"registeredBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":219,"b":232}]}],"statement":"INSERT INTO pilot_training_registrations (id, session_id, taxpayer_id, region, staff_sub, person_name, person_role, registered_by)\nVALUES (:id!, :sessionId!, :taxpayerId, :region, :staffSub, :personName!, :personRole!, :registeredBy!)\nON CONFLICT DO NOTHING\nRETURNING id, session_id, taxpayer_id, region, staff_sub, person_name, person_role, registered_by, registered_at, attended, attendance_by, attendance_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_training_registrations (id, session_id, taxpayer_id, region, staff_sub, person_name, person_role, registered_by)
 * VALUES (:id!, :sessionId!, :taxpayerId, :region, :staffSub, :personName!, :personRole!, :registeredBy!)
 * ON CONFLICT DO NOTHING
 * RETURNING id, session_id, taxpayer_id, region, staff_sub, person_name, person_role, registered_by, registered_at, attended, attendance_by, attendance_at
 * ```
 */
export const insertRegistration = new PreparedQuery<IInsertRegistrationParams,IInsertRegistrationResult>(insertRegistrationIR);


/** 'ListRegistrations' parameters type */
export interface IListRegistrationsParams {
  sessionId: string;
}

/** 'ListRegistrations' return type */
export interface IListRegistrationsResult {
  attendance_at: Date | null;
  attendance_by: string | null;
  attended: boolean | null;
  id: string;
  person_name: string;
  person_role: string;
  region: string | null;
  registered_at: Date;
  registered_by: string;
  session_id: string;
  staff_sub: string | null;
  taxpayer_id: string | null;
}

/** 'ListRegistrations' query type */
export interface IListRegistrationsQuery {
  params: IListRegistrationsParams;
  result: IListRegistrationsResult;
}

const listRegistrationsIR: any = {"usedParamSet":{"sessionId":true},"params":[{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":203,"b":213}]}],"statement":"SELECT id, session_id, taxpayer_id, region, staff_sub, person_name, person_role, registered_by, registered_at, attended, attendance_by, attendance_at\nFROM pilot_training_registrations\nWHERE session_id = :sessionId!\nORDER BY registered_at, id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, session_id, taxpayer_id, region, staff_sub, person_name, person_role, registered_by, registered_at, attended, attendance_by, attendance_at
 * FROM pilot_training_registrations
 * WHERE session_id = :sessionId!
 * ORDER BY registered_at, id
 * ```
 */
export const listRegistrations = new PreparedQuery<IListRegistrationsParams,IListRegistrationsResult>(listRegistrationsIR);


/** 'RecordAttendance' parameters type */
export interface IRecordAttendanceParams {
  attended: boolean;
  by: string;
  ids: stringArray;
  sessionId: string;
}

/** 'RecordAttendance' return type */
export interface IRecordAttendanceResult {
  id: string;
  taxpayer_id: string | null;
}

/** 'RecordAttendance' query type */
export interface IRecordAttendanceQuery {
  params: IRecordAttendanceParams;
  result: IRecordAttendanceResult;
}

const recordAttendanceIR: any = {"usedParamSet":{"attended":true,"by":true,"sessionId":true,"ids":true},"params":[{"name":"attended","required":true,"transform":{"type":"scalar"},"locs":[{"a":51,"b":60}]},{"name":"by","required":true,"transform":{"type":"scalar"},"locs":[{"a":79,"b":82}]},{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":136}]},{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":152,"b":156}]}],"statement":"UPDATE pilot_training_registrations\nSET attended = :attended!, attendance_by = :by!, attendance_at = now()\nWHERE session_id = :sessionId! AND id = ANY (:ids!::uuid[])\nRETURNING id, taxpayer_id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilot_training_registrations
 * SET attended = :attended!, attendance_by = :by!, attendance_at = now()
 * WHERE session_id = :sessionId! AND id = ANY (:ids!::uuid[])
 * RETURNING id, taxpayer_id
 * ```
 */
export const recordAttendance = new PreparedQuery<IRecordAttendanceParams,IRecordAttendanceResult>(recordAttendanceIR);


/** 'MarkAttendanceRecorded' parameters type */
export interface IMarkAttendanceRecordedParams {
  sessionId: string;
}

/** 'MarkAttendanceRecorded' return type */
export type IMarkAttendanceRecordedResult = void;

/** 'MarkAttendanceRecorded' query type */
export interface IMarkAttendanceRecordedQuery {
  params: IMarkAttendanceRecordedParams;
  result: IMarkAttendanceRecordedResult;
}

const markAttendanceRecordedIR: any = {"usedParamSet":{"sessionId":true},"params":[{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":87}]}],"statement":"UPDATE pilot_training_sessions SET attendance_recorded_at = now() WHERE id = :sessionId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilot_training_sessions SET attendance_recorded_at = now() WHERE id = :sessionId!
 * ```
 */
export const markAttendanceRecorded = new PreparedQuery<IMarkAttendanceRecordedParams,IMarkAttendanceRecordedResult>(markAttendanceRecordedIR);


/** 'InsertMaterial' parameters type */
export interface IInsertMaterialParams {
  addedBy: string;
  documentRef?: string | null | void;
  id: string;
  link?: string | null | void;
  sessionId: string;
  title: string;
}

/** 'InsertMaterial' return type */
export interface IInsertMaterialResult {
  added_at: Date;
  added_by: string;
  document_ref: string | null;
  id: string;
  link: string | null;
  session_id: string;
  title: string;
}

/** 'InsertMaterial' query type */
export interface IInsertMaterialQuery {
  params: IInsertMaterialParams;
  result: IInsertMaterialResult;
}

const insertMaterialIR: any = {"usedParamSet":{"id":true,"sessionId":true,"title":true,"link":true,"documentRef":true,"addedBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":102}]},{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":105,"b":115}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":118,"b":124}]},{"name":"link","required":false,"transform":{"type":"scalar"},"locs":[{"a":127,"b":131}]},{"name":"documentRef","required":false,"transform":{"type":"scalar"},"locs":[{"a":134,"b":145}]},{"name":"addedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":148,"b":156}]}],"statement":"INSERT INTO pilot_training_materials (id, session_id, title, link, document_ref, added_by)\nVALUES (:id!, :sessionId!, :title!, :link, :documentRef, :addedBy!)\nRETURNING id, session_id, title, link, document_ref, added_by, added_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_training_materials (id, session_id, title, link, document_ref, added_by)
 * VALUES (:id!, :sessionId!, :title!, :link, :documentRef, :addedBy!)
 * RETURNING id, session_id, title, link, document_ref, added_by, added_at
 * ```
 */
export const insertMaterial = new PreparedQuery<IInsertMaterialParams,IInsertMaterialResult>(insertMaterialIR);


/** 'ListMaterials' parameters type */
export interface IListMaterialsParams {
  sessionId: string;
}

/** 'ListMaterials' return type */
export interface IListMaterialsResult {
  added_at: Date;
  added_by: string;
  document_ref: string | null;
  id: string;
  link: string | null;
  session_id: string;
  title: string;
}

/** 'ListMaterials' query type */
export interface IListMaterialsQuery {
  params: IListMaterialsParams;
  result: IListMaterialsResult;
}

const listMaterialsIR: any = {"usedParamSet":{"sessionId":true},"params":[{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":118,"b":128}]}],"statement":"SELECT id, session_id, title, link, document_ref, added_by, added_at\nFROM pilot_training_materials\nWHERE session_id = :sessionId!\nORDER BY added_at, id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, session_id, title, link, document_ref, added_by, added_at
 * FROM pilot_training_materials
 * WHERE session_id = :sessionId!
 * ORDER BY added_at, id
 * ```
 */
export const listMaterials = new PreparedQuery<IListMaterialsParams,IListMaterialsResult>(listMaterialsIR);


/** 'RequiredTopics' parameters type */
export interface IRequiredTopicsParams {
  pilotId: string;
}

/** 'RequiredTopics' return type */
export interface IRequiredTopicsResult {
  topic: string;
}

/** 'RequiredTopics' query type */
export interface IRequiredTopicsQuery {
  params: IRequiredTopicsParams;
  result: IRequiredTopicsResult;
}

const requiredTopicsIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":76}]}],"statement":"SELECT DISTINCT topic FROM pilot_training_sessions\nWHERE pilot_id = :pilotId! AND required AND audience = 'company-staff'\nORDER BY topic"};

/**
 * Query generated from SQL:
 * ```
 * SELECT DISTINCT topic FROM pilot_training_sessions
 * WHERE pilot_id = :pilotId! AND required AND audience = 'company-staff'
 * ORDER BY topic
 * ```
 */
export const requiredTopics = new PreparedQuery<IRequiredTopicsParams,IRequiredTopicsResult>(requiredTopicsIR);


/** 'AttendedTopics' parameters type */
export interface IAttendedTopicsParams {
  pilotId: string;
  taxpayerId: string;
}

/** 'AttendedTopics' return type */
export interface IAttendedTopicsResult {
  topic: string;
}

/** 'AttendedTopics' query type */
export interface IAttendedTopicsQuery {
  params: IAttendedTopicsParams;
  result: IAttendedTopicsResult;
}

const attendedTopicsIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":133,"b":141}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":163,"b":174}]}],"statement":"SELECT DISTINCT s.topic\nFROM pilot_training_registrations r JOIN pilot_training_sessions s ON s.id = r.session_id\nWHERE s.pilot_id = :pilotId! AND r.taxpayer_id = :taxpayerId! AND r.attended\nORDER BY s.topic"};

/**
 * Query generated from SQL:
 * ```
 * SELECT DISTINCT s.topic
 * FROM pilot_training_registrations r JOIN pilot_training_sessions s ON s.id = r.session_id
 * WHERE s.pilot_id = :pilotId! AND r.taxpayer_id = :taxpayerId! AND r.attended
 * ORDER BY s.topic
 * ```
 */
export const attendedTopics = new PreparedQuery<IAttendedTopicsParams,IAttendedTopicsResult>(attendedTopicsIR);


/** 'InsertCompletion' parameters type */
export interface IInsertCompletionParams {
  pilotId: string;
  taxpayerId: string;
  topics: stringArray;
}

/** 'InsertCompletion' return type */
export interface IInsertCompletionResult {
  completed_at: Date;
  pilot_id: string;
  taxpayer_id: string;
  topics: stringArray;
}

/** 'InsertCompletion' query type */
export interface IInsertCompletionQuery {
  params: IInsertCompletionParams;
  result: IInsertCompletionResult;
}

const insertCompletionIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true,"topics":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":79,"b":87}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":101}]},{"name":"topics","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":111}]}],"statement":"INSERT INTO pilot_training_completions (pilot_id, taxpayer_id, topics)\nVALUES (:pilotId!, :taxpayerId!, :topics!)\nON CONFLICT DO NOTHING\nRETURNING pilot_id, taxpayer_id, topics, completed_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_training_completions (pilot_id, taxpayer_id, topics)
 * VALUES (:pilotId!, :taxpayerId!, :topics!)
 * ON CONFLICT DO NOTHING
 * RETURNING pilot_id, taxpayer_id, topics, completed_at
 * ```
 */
export const insertCompletion = new PreparedQuery<IInsertCompletionParams,IInsertCompletionResult>(insertCompletionIR);


/** 'FindCompletion' parameters type */
export interface IFindCompletionParams {
  pilotId: string;
  taxpayerId: string;
}

/** 'FindCompletion' return type */
export interface IFindCompletionResult {
  completed_at: Date;
  pilot_id: string;
  taxpayer_id: string;
  topics: stringArray;
}

/** 'FindCompletion' query type */
export interface IFindCompletionQuery {
  params: IFindCompletionParams;
  result: IFindCompletionResult;
}

const findCompletionIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":108}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":139}]}],"statement":"SELECT pilot_id, taxpayer_id, topics, completed_at FROM pilot_training_completions\nWHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pilot_id, taxpayer_id, topics, completed_at FROM pilot_training_completions
 * WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
 * ```
 */
export const findCompletion = new PreparedQuery<IFindCompletionParams,IFindCompletionResult>(findCompletionIR);


/** 'CountTrainedParticipants' parameters type */
export interface ICountTrainedParticipantsParams {
  pilotId: string;
}

/** 'CountTrainedParticipants' return type */
export interface ICountTrainedParticipantsResult {
  accepted: number | null;
  trained: number | null;
}

/** 'CountTrainedParticipants' query type */
export interface ICountTrainedParticipantsQuery {
  params: ICountTrainedParticipantsParams;
  result: ICountTrainedParticipantsResult;
}

const countTrainedParticipantsIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":216,"b":224}]}],"statement":"SELECT count(*)::int AS accepted, count(c.taxpayer_id)::int AS trained\nFROM pilot_participants p\nLEFT JOIN pilot_training_completions c ON c.pilot_id = p.pilot_id AND c.taxpayer_id = p.taxpayer_id\nWHERE p.pilot_id = :pilotId! AND p.stage = 'accepted'"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS accepted, count(c.taxpayer_id)::int AS trained
 * FROM pilot_participants p
 * LEFT JOIN pilot_training_completions c ON c.pilot_id = p.pilot_id AND c.taxpayer_id = p.taxpayer_id
 * WHERE p.pilot_id = :pilotId! AND p.stage = 'accepted'
 * ```
 */
export const countTrainedParticipants = new PreparedQuery<ICountTrainedParticipantsParams,ICountTrainedParticipantsResult>(countTrainedParticipantsIR);


