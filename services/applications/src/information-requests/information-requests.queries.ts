/** Types generated for queries found in "services/applications/src/information-requests/information-requests.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'InsertInformationRequest' parameters type */
export interface IInsertInformationRequestParams {
  applicationId: string;
  dueBy: DateOrString;
  id: string;
  questions: string;
  requestedBy: string;
}

/** 'InsertInformationRequest' return type */
export interface IInsertInformationRequestResult {
  application_id: string;
  due_by: Date;
  id: string;
  questions: string;
  requested_at: Date;
  requested_by: string;
  responded_at: Date | null;
  responded_by: string | null;
  response: string | null;
}

/** 'InsertInformationRequest' query type */
export interface IInsertInformationRequestQuery {
  params: IInsertInformationRequestParams;
  result: IInsertInformationRequestResult;
}

const insertInformationRequestIR: any = {"usedParamSet":{"id":true,"applicationId":true,"questions":true,"requestedBy":true,"dueBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":95,"b":98}]},{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":101,"b":115}]},{"name":"questions","required":true,"transform":{"type":"scalar"},"locs":[{"a":118,"b":128}]},{"name":"requestedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":143}]},{"name":"dueBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":152}]}],"statement":"INSERT INTO information_requests (id, application_id, questions, requested_by, due_by) VALUES (:id!, :applicationId!, :questions!, :requestedBy!, :dueBy!)\nRETURNING id, application_id, questions, requested_by, requested_at, due_by, response, responded_by, responded_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO information_requests (id, application_id, questions, requested_by, due_by) VALUES (:id!, :applicationId!, :questions!, :requestedBy!, :dueBy!)
 * RETURNING id, application_id, questions, requested_by, requested_at, due_by, response, responded_by, responded_at
 * ```
 */
export const insertInformationRequest = new PreparedQuery<IInsertInformationRequestParams,IInsertInformationRequestResult>(insertInformationRequestIR);


/** 'LockInformationRequest' parameters type */
export interface ILockInformationRequestParams {
  applicationId: string;
  id: string;
}

/** 'LockInformationRequest' return type */
export interface ILockInformationRequestResult {
  application_id: string;
  due_by: Date;
  id: string;
  questions: string;
  requested_at: Date;
  requested_by: string;
  responded_at: Date | null;
  responded_by: string | null;
  response: string | null;
}

/** 'LockInformationRequest' query type */
export interface ILockInformationRequestQuery {
  params: ILockInformationRequestParams;
  result: ILockInformationRequestResult;
}

const lockInformationRequestIR: any = {"usedParamSet":{"id":true,"applicationId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":148,"b":151}]},{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":174,"b":188}]}],"statement":"SELECT id, application_id, questions, requested_by, requested_at, due_by, response, responded_by, responded_at\nFROM information_requests WHERE id = :id! AND application_id = :applicationId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, application_id, questions, requested_by, requested_at, due_by, response, responded_by, responded_at
 * FROM information_requests WHERE id = :id! AND application_id = :applicationId! FOR UPDATE
 * ```
 */
export const lockInformationRequest = new PreparedQuery<ILockInformationRequestParams,ILockInformationRequestResult>(lockInformationRequestIR);


/** 'RecordInformationReply' parameters type */
export interface IRecordInformationReplyParams {
  id: string;
  respondedBy: string;
  response: string;
}

/** 'RecordInformationReply' return type */
export interface IRecordInformationReplyResult {
  application_id: string;
  due_by: Date;
  id: string;
  questions: string;
  requested_at: Date;
  requested_by: string;
  responded_at: Date | null;
  responded_by: string | null;
  response: string | null;
}

/** 'RecordInformationReply' query type */
export interface IRecordInformationReplyQuery {
  params: IRecordInformationReplyParams;
  result: IRecordInformationReplyResult;
}

const recordInformationReplyIR: any = {"usedParamSet":{"response":true,"respondedBy":true,"id":true},"params":[{"name":"response","required":true,"transform":{"type":"scalar"},"locs":[{"a":43,"b":52}]},{"name":"respondedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":82}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":120}]}],"statement":"UPDATE information_requests SET response = :response!, responded_by = :respondedBy!, responded_at = now() WHERE id = :id!\nRETURNING id, application_id, questions, requested_by, requested_at, due_by, response, responded_by, responded_at"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE information_requests SET response = :response!, responded_by = :respondedBy!, responded_at = now() WHERE id = :id!
 * RETURNING id, application_id, questions, requested_by, requested_at, due_by, response, responded_by, responded_at
 * ```
 */
export const recordInformationReply = new PreparedQuery<IRecordInformationReplyParams,IRecordInformationReplyResult>(recordInformationReplyIR);


/** 'ListInformationRequests' parameters type */
export interface IListInformationRequestsParams {
  applicationId: string;
}

/** 'ListInformationRequests' return type */
export interface IListInformationRequestsResult {
  application_id: string;
  due_by: Date;
  id: string;
  questions: string;
  requested_at: Date;
  requested_by: string;
  responded_at: Date | null;
  responded_by: string | null;
  response: string | null;
}

/** 'ListInformationRequests' query type */
export interface IListInformationRequestsQuery {
  params: IListInformationRequestsParams;
  result: IListInformationRequestsResult;
}

const listInformationRequestsIR: any = {"usedParamSet":{"applicationId":true},"params":[{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":160,"b":174}]}],"statement":"SELECT id, application_id, questions, requested_by, requested_at, due_by, response, responded_by, responded_at\nFROM information_requests WHERE application_id = :applicationId! ORDER BY requested_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, application_id, questions, requested_by, requested_at, due_by, response, responded_by, responded_at
 * FROM information_requests WHERE application_id = :applicationId! ORDER BY requested_at
 * ```
 */
export const listInformationRequests = new PreparedQuery<IListInformationRequestsParams,IListInformationRequestsResult>(listInformationRequestsIR);


