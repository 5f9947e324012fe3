/** Types generated for queries found in "services/applications/src/self-assessment/self-assessment.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'SaveAnswers' parameters type */
export interface ISaveAnswersParams {
  answeredBy: string;
  applicationId: string;
  comments: stringArray;
  questionIds: stringArray;
  values: stringArray;
}

/** 'SaveAnswers' return type */
export type ISaveAnswersResult = void;

/** 'SaveAnswers' query type */
export interface ISaveAnswersQuery {
  params: ISaveAnswersParams;
  result: ISaveAnswersResult;
}

const saveAnswersIR: any = {"usedParamSet":{"applicationId":true,"answeredBy":true,"questionIds":true,"values":true,"comments":true},"params":[{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":112}]},{"name":"answeredBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":124,"b":135}]},{"name":"questionIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":149,"b":161}]},{"name":"values","required":true,"transform":{"type":"scalar"},"locs":[{"a":172,"b":179}]},{"name":"comments","required":true,"transform":{"type":"scalar"},"locs":[{"a":190,"b":199}]}],"statement":"INSERT INTO application_answers (application_id, question_id, value, comment, answered_by)\nSELECT :applicationId!, q, v, c, :answeredBy! FROM unnest(:questionIds!::text[], :values!::text[], :comments!::text[]) AS x(q, v, c)\nON CONFLICT (application_id, question_id) DO UPDATE SET value = EXCLUDED.value, comment = EXCLUDED.comment, answered_by = EXCLUDED.answered_by, answered_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO application_answers (application_id, question_id, value, comment, answered_by)
 * SELECT :applicationId!, q, v, c, :answeredBy! FROM unnest(:questionIds!::text[], :values!::text[], :comments!::text[]) AS x(q, v, c)
 * ON CONFLICT (application_id, question_id) DO UPDATE SET value = EXCLUDED.value, comment = EXCLUDED.comment, answered_by = EXCLUDED.answered_by, answered_at = now()
 * ```
 */
export const saveAnswers = new PreparedQuery<ISaveAnswersParams,ISaveAnswersResult>(saveAnswersIR);


/** 'ListAnswers' parameters type */
export interface IListAnswersParams {
  applicationId: string;
}

/** 'ListAnswers' return type */
export interface IListAnswersResult {
  answered_at: Date;
  answered_by: string;
  comment: string | null;
  question_id: string;
  value: string;
}

/** 'ListAnswers' query type */
export interface IListAnswersQuery {
  params: IListAnswersParams;
  result: IListAnswersResult;
}

const listAnswersIR: any = {"usedParamSet":{"applicationId":true},"params":[{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":109,"b":123}]}],"statement":"SELECT question_id, value, comment, answered_by, answered_at FROM application_answers WHERE application_id = :applicationId! ORDER BY question_id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT question_id, value, comment, answered_by, answered_at FROM application_answers WHERE application_id = :applicationId! ORDER BY question_id
 * ```
 */
export const listAnswers = new PreparedQuery<IListAnswersParams,IListAnswersResult>(listAnswersIR);


/** 'ListAnsweredQuestions' parameters type */
export interface IListAnsweredQuestionsParams {
  applicationId: string;
}

/** 'ListAnsweredQuestions' return type */
export interface IListAnsweredQuestionsResult {
  question_id: string;
}

/** 'ListAnsweredQuestions' query type */
export interface IListAnsweredQuestionsQuery {
  params: IListAnsweredQuestionsParams;
  result: IListAnsweredQuestionsResult;
}

const listAnsweredQuestionsIR: any = {"usedParamSet":{"applicationId":true},"params":[{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":67,"b":81}]}],"statement":"SELECT question_id FROM application_answers WHERE application_id = :applicationId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT question_id FROM application_answers WHERE application_id = :applicationId!
 * ```
 */
export const listAnsweredQuestions = new PreparedQuery<IListAnsweredQuestionsParams,IListAnsweredQuestionsResult>(listAnsweredQuestionsIR);


/** 'ListEvidencedQuestions' parameters type */
export interface IListEvidencedQuestionsParams {
  applicationId: string;
}

/** 'ListEvidencedQuestions' return type */
export interface IListEvidencedQuestionsResult {
  question_id: string;
}

/** 'ListEvidencedQuestions' query type */
export interface IListEvidencedQuestionsQuery {
  params: IListEvidencedQuestionsParams;
  result: IListEvidencedQuestionsResult;
}

const listEvidencedQuestionsIR: any = {"usedParamSet":{"applicationId":true},"params":[{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":78,"b":92}]}],"statement":"SELECT DISTINCT question_id FROM application_documents WHERE application_id = :applicationId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT DISTINCT question_id FROM application_documents WHERE application_id = :applicationId!
 * ```
 */
export const listEvidencedQuestions = new PreparedQuery<IListEvidencedQuestionsParams,IListEvidencedQuestionsResult>(listEvidencedQuestionsIR);


/** 'InsertDocument' parameters type */
export interface IInsertDocumentParams {
  applicationId: string;
  content: Buffer;
  contentType: string;
  fileName: string;
  id: string;
  questionId: string;
  sha256: string;
  sizeBytes: number;
  uploadedBy: string;
}

/** 'InsertDocument' return type */
export type IInsertDocumentResult = void;

/** 'InsertDocument' query type */
export interface IInsertDocumentQuery {
  params: IInsertDocumentParams;
  result: IInsertDocumentResult;
}

const insertDocumentIR: any = {"usedParamSet":{"id":true,"applicationId":true,"questionId":true,"fileName":true,"contentType":true,"sizeBytes":true,"sha256":true,"content":true,"uploadedBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":146}]},{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":149,"b":163}]},{"name":"questionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":166,"b":177}]},{"name":"fileName","required":true,"transform":{"type":"scalar"},"locs":[{"a":180,"b":189}]},{"name":"contentType","required":true,"transform":{"type":"scalar"},"locs":[{"a":192,"b":204}]},{"name":"sizeBytes","required":true,"transform":{"type":"scalar"},"locs":[{"a":207,"b":217}]},{"name":"sha256","required":true,"transform":{"type":"scalar"},"locs":[{"a":220,"b":227}]},{"name":"content","required":true,"transform":{"type":"scalar"},"locs":[{"a":230,"b":238}]},{"name":"uploadedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":241,"b":252}]}],"statement":"INSERT INTO application_documents (id, application_id, question_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)\nVALUES (:id!, :applicationId!, :questionId!, :fileName!, :contentType!, :sizeBytes!, :sha256!, :content!, :uploadedBy!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO application_documents (id, application_id, question_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
 * VALUES (:id!, :applicationId!, :questionId!, :fileName!, :contentType!, :sizeBytes!, :sha256!, :content!, :uploadedBy!)
 * ```
 */
export const insertDocument = new PreparedQuery<IInsertDocumentParams,IInsertDocumentResult>(insertDocumentIR);


/** 'ListDocuments' parameters type */
export interface IListDocumentsParams {
  applicationId: string;
}

/** 'ListDocuments' return type */
export interface IListDocumentsResult {
  content_type: string;
  file_name: string;
  id: string;
  question_id: string;
  sha256: string;
  size_bytes: number;
  uploaded_at: Date;
  uploaded_by: string;
}

/** 'ListDocuments' query type */
export interface IListDocumentsQuery {
  params: IListDocumentsParams;
  result: IListDocumentsResult;
}

const listDocumentsIR: any = {"usedParamSet":{"applicationId":true},"params":[{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":144,"b":158}]}],"statement":"SELECT id, question_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at FROM application_documents WHERE application_id = :applicationId! ORDER BY uploaded_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, question_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at FROM application_documents WHERE application_id = :applicationId! ORDER BY uploaded_at
 * ```
 */
export const listDocuments = new PreparedQuery<IListDocumentsParams,IListDocumentsResult>(listDocumentsIR);


/** 'FindDocumentContent' parameters type */
export interface IFindDocumentContentParams {
  applicationId: string;
  id: string;
}

/** 'FindDocumentContent' return type */
export interface IFindDocumentContentResult {
  content: Buffer;
  content_type: string;
  file_name: string;
  sha256: string;
}

/** 'FindDocumentContent' query type */
export interface IFindDocumentContentQuery {
  params: IFindDocumentContentParams;
  result: IFindDocumentContentResult;
}

const findDocumentContentIR: any = {"usedParamSet":{"applicationId":true,"id":true},"params":[{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":112}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":123,"b":126}]}],"statement":"SELECT file_name, content_type, sha256, content FROM application_documents WHERE application_id = :applicationId! AND id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT file_name, content_type, sha256, content FROM application_documents WHERE application_id = :applicationId! AND id = :id!
 * ```
 */
export const findDocumentContent = new PreparedQuery<IFindDocumentContentParams,IFindDocumentContentResult>(findDocumentContentIR);


/** 'DeleteDocument' parameters type */
export interface IDeleteDocumentParams {
  applicationId: string;
  id: string;
}

/** 'DeleteDocument' return type */
export interface IDeleteDocumentResult {
  file_name: string;
  question_id: string;
  sha256: string;
}

/** 'DeleteDocument' query type */
export interface IDeleteDocumentQuery {
  params: IDeleteDocumentParams;
  result: IDeleteDocumentResult;
}

const deleteDocumentIR: any = {"usedParamSet":{"applicationId":true,"id":true},"params":[{"name":"applicationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":57,"b":71}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":85}]}],"statement":"DELETE FROM application_documents WHERE application_id = :applicationId! AND id = :id! RETURNING question_id, file_name, sha256"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM application_documents WHERE application_id = :applicationId! AND id = :id! RETURNING question_id, file_name, sha256
 * ```
 */
export const deleteDocument = new PreparedQuery<IDeleteDocumentParams,IDeleteDocumentResult>(deleteDocumentIR);


