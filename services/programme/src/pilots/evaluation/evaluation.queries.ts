/** Types generated for queries found in "services/programme/src/pilots/evaluation/evaluation.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'FindPilotForEvaluation' parameters type */
export interface IFindPilotForEvaluationParams {
  pilotId: string;
}

/** 'FindPilotForEvaluation' return type */
export interface IFindPilotForEvaluationResult {
  code: string;
  id: string;
  status: string;
  title: string;
}

/** 'FindPilotForEvaluation' query type */
export interface IFindPilotForEvaluationQuery {
  params: IFindPilotForEvaluationParams;
  result: IFindPilotForEvaluationResult;
}

const findPilotForEvaluationIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":54,"b":62}]}],"statement":"SELECT id, code, title, status FROM pilots WHERE id = :pilotId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, code, title, status FROM pilots WHERE id = :pilotId!
 * ```
 */
export const findPilotForEvaluation = new PreparedQuery<IFindPilotForEvaluationParams,IFindPilotForEvaluationResult>(findPilotForEvaluationIR);


/** 'InsertQuestionnaire' parameters type */
export interface IInsertQuestionnaireParams {
  audience: string;
  createdBy: string;
  id: string;
  pilotId: string;
  titleEn: string;
  titleMn: string;
}

/** 'InsertQuestionnaire' return type */
export interface IInsertQuestionnaireResult {
  audience: string;
  close_reason: string | null;
  closed_at: Date | null;
  closed_by: string | null;
  closes_at: Date | null;
  created_at: Date;
  created_by: string;
  id: string;
  opened_at: Date | null;
  opened_by: string | null;
  pilot_id: string;
  status: string;
  title_en: string;
  title_mn: string;
  version: number;
}

/** 'InsertQuestionnaire' query type */
export interface IInsertQuestionnaireQuery {
  params: IInsertQuestionnaireParams;
  result: IInsertQuestionnaireResult;
}

const insertQuestionnaireIR: any = {"usedParamSet":{"id":true,"pilotId":true,"audience":true,"titleMn":true,"titleEn":true,"createdBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":101}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":112}]},{"name":"audience","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":124}]},{"name":"titleMn","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":135}]},{"name":"titleEn","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":146}]},{"name":"createdBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":149,"b":159}]}],"statement":"INSERT INTO pilot_questionnaires (id, pilot_id, audience, title_mn, title_en, created_by)\nVALUES (:id!, :pilotId!, :audience!, :titleMn!, :titleEn!, :createdBy!)\nRETURNING *"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_questionnaires (id, pilot_id, audience, title_mn, title_en, created_by)
 * VALUES (:id!, :pilotId!, :audience!, :titleMn!, :titleEn!, :createdBy!)
 * RETURNING *
 * ```
 */
export const insertQuestionnaire = new PreparedQuery<IInsertQuestionnaireParams,IInsertQuestionnaireResult>(insertQuestionnaireIR);


/** 'InsertQuestion' parameters type */
export interface IInsertQuestionParams {
  kind: string;
  position: number;
  questionId: string;
  questionnaireId: string;
  required: boolean;
  textEn: string;
  textMn: string;
}

/** 'InsertQuestion' return type */
export type IInsertQuestionResult = void;

/** 'InsertQuestion' query type */
export interface IInsertQuestionQuery {
  params: IInsertQuestionParams;
  result: IInsertQuestionResult;
}

const insertQuestionIR: any = {"usedParamSet":{"questionnaireId":true,"questionId":true,"position":true,"kind":true,"textMn":true,"textEn":true,"required":true},"params":[{"name":"questionnaireId","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":128}]},{"name":"questionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":142}]},{"name":"position","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":154}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":157,"b":162}]},{"name":"textMn","required":true,"transform":{"type":"scalar"},"locs":[{"a":165,"b":172}]},{"name":"textEn","required":true,"transform":{"type":"scalar"},"locs":[{"a":175,"b":182}]},{"name":"required","required":true,"transform":{"type":"scalar"},"locs":[{"a":185,"b":194}]}],"statement":"INSERT INTO pilot_questions (questionnaire_id, question_id, position, kind, text_mn, text_en, required)\nVALUES (:questionnaireId!, :questionId!, :position!, :kind!, :textMn!, :textEn!, :required!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_questions (questionnaire_id, question_id, position, kind, text_mn, text_en, required)
 * VALUES (:questionnaireId!, :questionId!, :position!, :kind!, :textMn!, :textEn!, :required!)
 * ```
 */
export const insertQuestion = new PreparedQuery<IInsertQuestionParams,IInsertQuestionResult>(insertQuestionIR);


/** 'ListQuestionnaires' parameters type */
export interface IListQuestionnairesParams {
  pilotId: string;
}

/** 'ListQuestionnaires' return type */
export interface IListQuestionnairesResult {
  audience: string;
  close_reason: string | null;
  closed_at: Date | null;
  closed_by: string | null;
  closes_at: Date | null;
  created_at: Date;
  created_by: string;
  id: string;
  opened_at: Date | null;
  opened_by: string | null;
  pilot_id: string;
  status: string;
  title_en: string;
  title_mn: string;
  version: number;
}

/** 'ListQuestionnaires' query type */
export interface IListQuestionnairesQuery {
  params: IListQuestionnairesParams;
  result: IListQuestionnairesResult;
}

const listQuestionnairesIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":60}]}],"statement":"SELECT * FROM pilot_questionnaires WHERE pilot_id = :pilotId! ORDER BY created_at, id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT * FROM pilot_questionnaires WHERE pilot_id = :pilotId! ORDER BY created_at, id
 * ```
 */
export const listQuestionnaires = new PreparedQuery<IListQuestionnairesParams,IListQuestionnairesResult>(listQuestionnairesIR);


/** 'FindQuestionnaire' parameters type */
export interface IFindQuestionnaireParams {
  pilotId: string;
  questionnaireId: string;
}

/** 'FindQuestionnaire' return type */
export interface IFindQuestionnaireResult {
  audience: string;
  close_reason: string | null;
  closed_at: Date | null;
  closed_by: string | null;
  closes_at: Date | null;
  created_at: Date;
  created_by: string;
  id: string;
  opened_at: Date | null;
  opened_by: string | null;
  pilot_id: string;
  status: string;
  title_en: string;
  title_mn: string;
  version: number;
}

/** 'FindQuestionnaire' query type */
export interface IFindQuestionnaireQuery {
  params: IFindQuestionnaireParams;
  result: IFindQuestionnaireResult;
}

const findQuestionnaireIR: any = {"usedParamSet":{"pilotId":true,"questionnaireId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":60}]},{"name":"questionnaireId","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":87}]}],"statement":"SELECT * FROM pilot_questionnaires WHERE pilot_id = :pilotId! AND id = :questionnaireId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT * FROM pilot_questionnaires WHERE pilot_id = :pilotId! AND id = :questionnaireId!
 * ```
 */
export const findQuestionnaire = new PreparedQuery<IFindQuestionnaireParams,IFindQuestionnaireResult>(findQuestionnaireIR);


/** 'LockQuestionnaire' parameters type */
export interface ILockQuestionnaireParams {
  pilotId: string;
  questionnaireId: string;
}

/** 'LockQuestionnaire' return type */
export interface ILockQuestionnaireResult {
  audience: string;
  close_reason: string | null;
  closed_at: Date | null;
  closed_by: string | null;
  closes_at: Date | null;
  created_at: Date;
  created_by: string;
  id: string;
  opened_at: Date | null;
  opened_by: string | null;
  pilot_id: string;
  status: string;
  title_en: string;
  title_mn: string;
  version: number;
}

/** 'LockQuestionnaire' query type */
export interface ILockQuestionnaireQuery {
  params: ILockQuestionnaireParams;
  result: ILockQuestionnaireResult;
}

const lockQuestionnaireIR: any = {"usedParamSet":{"pilotId":true,"questionnaireId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":60}]},{"name":"questionnaireId","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":87}]}],"statement":"SELECT * FROM pilot_questionnaires WHERE pilot_id = :pilotId! AND id = :questionnaireId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT * FROM pilot_questionnaires WHERE pilot_id = :pilotId! AND id = :questionnaireId! FOR UPDATE
 * ```
 */
export const lockQuestionnaire = new PreparedQuery<ILockQuestionnaireParams,ILockQuestionnaireResult>(lockQuestionnaireIR);


/** 'ListQuestions' parameters type */
export interface IListQuestionsParams {
  questionnaireIds: stringArray;
}

/** 'ListQuestions' return type */
export interface IListQuestionsResult {
  kind: string;
  position: number;
  question_id: string;
  questionnaire_id: string;
  required: boolean;
  text_en: string;
  text_mn: string;
}

/** 'ListQuestions' query type */
export interface IListQuestionsQuery {
  params: IListQuestionsParams;
  result: IListQuestionsResult;
}

const listQuestionsIR: any = {"usedParamSet":{"questionnaireIds":true},"params":[{"name":"questionnaireIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":132,"b":149}]}],"statement":"SELECT questionnaire_id, question_id, position, kind, text_mn, text_en, required\nFROM pilot_questions\nWHERE questionnaire_id = ANY (:questionnaireIds!::uuid[])\nORDER BY questionnaire_id, position"};

/**
 * Query generated from SQL:
 * ```
 * SELECT questionnaire_id, question_id, position, kind, text_mn, text_en, required
 * FROM pilot_questions
 * WHERE questionnaire_id = ANY (:questionnaireIds!::uuid[])
 * ORDER BY questionnaire_id, position
 * ```
 */
export const listQuestions = new PreparedQuery<IListQuestionsParams,IListQuestionsResult>(listQuestionsIR);


/** 'OpenQuestionnaire' parameters type */
export interface IOpenQuestionnaireParams {
  by: string;
  closesAt: DateOrString;
  questionnaireId: string;
}

/** 'OpenQuestionnaire' return type */
export interface IOpenQuestionnaireResult {
  audience: string;
  close_reason: string | null;
  closed_at: Date | null;
  closed_by: string | null;
  closes_at: Date | null;
  created_at: Date;
  created_by: string;
  id: string;
  opened_at: Date | null;
  opened_by: string | null;
  pilot_id: string;
  status: string;
  title_en: string;
  title_mn: string;
  version: number;
}

/** 'OpenQuestionnaire' query type */
export interface IOpenQuestionnaireQuery {
  params: IOpenQuestionnaireParams;
  result: IOpenQuestionnaireResult;
}

const openQuestionnaireIR: any = {"usedParamSet":{"closesAt":true,"by":true,"questionnaireId":true},"params":[{"name":"closesAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":70}]},{"name":"by","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":88}]},{"name":"questionnaireId","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":159}]}],"statement":"UPDATE pilot_questionnaires\nSET status = 'open', closes_at = :closesAt!, opened_by = :by!, opened_at = now(), version = version + 1\nWHERE id = :questionnaireId! AND status = 'draft'\nRETURNING *"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilot_questionnaires
 * SET status = 'open', closes_at = :closesAt!, opened_by = :by!, opened_at = now(), version = version + 1
 * WHERE id = :questionnaireId! AND status = 'draft'
 * RETURNING *
 * ```
 */
export const openQuestionnaire = new PreparedQuery<IOpenQuestionnaireParams,IOpenQuestionnaireResult>(openQuestionnaireIR);


/** 'CloseQuestionnaire' parameters type */
export interface ICloseQuestionnaireParams {
  by: string;
  questionnaireId: string;
  reason?: string | null | void;
}

/** 'CloseQuestionnaire' return type */
export interface ICloseQuestionnaireResult {
  audience: string;
  close_reason: string | null;
  closed_at: Date | null;
  closed_by: string | null;
  closes_at: Date | null;
  created_at: Date;
  created_by: string;
  id: string;
  opened_at: Date | null;
  opened_by: string | null;
  pilot_id: string;
  status: string;
  title_en: string;
  title_mn: string;
  version: number;
}

/** 'CloseQuestionnaire' query type */
export interface ICloseQuestionnaireQuery {
  params: ICloseQuestionnaireParams;
  result: ICloseQuestionnaireResult;
}

const closeQuestionnaireIR: any = {"usedParamSet":{"by":true,"reason":true,"questionnaireId":true},"params":[{"name":"by","required":true,"transform":{"type":"scalar"},"locs":[{"a":63,"b":66}]},{"name":"reason","required":false,"transform":{"type":"scalar"},"locs":[{"a":103,"b":109}]},{"name":"questionnaireId","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":161}]}],"statement":"UPDATE pilot_questionnaires\nSET status = 'closed', closed_by = :by!, closed_at = now(), close_reason = :reason, version = version + 1\nWHERE id = :questionnaireId! AND status = 'open'\nRETURNING *"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilot_questionnaires
 * SET status = 'closed', closed_by = :by!, closed_at = now(), close_reason = :reason, version = version + 1
 * WHERE id = :questionnaireId! AND status = 'open'
 * RETURNING *
 * ```
 */
export const closeQuestionnaire = new PreparedQuery<ICloseQuestionnaireParams,ICloseQuestionnaireResult>(closeQuestionnaireIR);


/** 'InsertResponse' parameters type */
export interface IInsertResponseParams {
  answeredBy: string;
  id: string;
  questionnaireId: string;
  respondent: string;
}

/** 'InsertResponse' return type */
export interface IInsertResponseResult {
  answered_at: Date;
  answered_by: string;
  id: string;
  questionnaire_id: string;
  respondent: string;
}

/** 'InsertResponse' query type */
export interface IInsertResponseQuery {
  params: IInsertResponseParams;
  result: IInsertResponseResult;
}

const insertResponseIR: any = {"usedParamSet":{"id":true,"questionnaireId":true,"respondent":true,"answeredBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":101}]},{"name":"questionnaireId","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":120}]},{"name":"respondent","required":true,"transform":{"type":"scalar"},"locs":[{"a":123,"b":134}]},{"name":"answeredBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":137,"b":148}]}],"statement":"INSERT INTO pilot_questionnaire_responses (id, questionnaire_id, respondent, answered_by)\nVALUES (:id!, :questionnaireId!, :respondent!, :answeredBy!)\nON CONFLICT (questionnaire_id, respondent) DO NOTHING\nRETURNING id, questionnaire_id, respondent, answered_by, answered_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_questionnaire_responses (id, questionnaire_id, respondent, answered_by)
 * VALUES (:id!, :questionnaireId!, :respondent!, :answeredBy!)
 * ON CONFLICT (questionnaire_id, respondent) DO NOTHING
 * RETURNING id, questionnaire_id, respondent, answered_by, answered_at
 * ```
 */
export const insertResponse = new PreparedQuery<IInsertResponseParams,IInsertResponseResult>(insertResponseIR);


/** 'FindResponse' parameters type */
export interface IFindResponseParams {
  questionnaireId: string;
  respondent: string;
}

/** 'FindResponse' return type */
export interface IFindResponseResult {
  answered_at: Date;
  answered_by: string;
  id: string;
  questionnaire_id: string;
  respondent: string;
}

/** 'FindResponse' query type */
export interface IFindResponseQuery {
  params: IFindResponseParams;
  result: IFindResponseResult;
}

const findResponseIR: any = {"usedParamSet":{"questionnaireId":true,"respondent":true},"params":[{"name":"questionnaireId","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":142}]},{"name":"respondent","required":true,"transform":{"type":"scalar"},"locs":[{"a":161,"b":172}]}],"statement":"SELECT id, questionnaire_id, respondent, answered_by, answered_at\nFROM pilot_questionnaire_responses\nWHERE questionnaire_id = :questionnaireId! AND respondent = :respondent!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, questionnaire_id, respondent, answered_by, answered_at
 * FROM pilot_questionnaire_responses
 * WHERE questionnaire_id = :questionnaireId! AND respondent = :respondent!
 * ```
 */
export const findResponse = new PreparedQuery<IFindResponseParams,IFindResponseResult>(findResponseIR);


/** 'InsertAnswer' parameters type */
export interface IInsertAnswerParams {
  freeText?: string | null | void;
  questionId: string;
  questionnaireId: string;
  responseId: string;
  scale?: number | null | void;
  yesNo?: boolean | null | void;
}

/** 'InsertAnswer' return type */
export type IInsertAnswerResult = void;

/** 'InsertAnswer' query type */
export interface IInsertAnswerQuery {
  params: IInsertAnswerParams;
  result: IInsertAnswerResult;
}

const insertAnswerIR: any = {"usedParamSet":{"responseId":true,"questionnaireId":true,"questionId":true,"scale":true,"yesNo":true,"freeText":true},"params":[{"name":"responseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":119,"b":130}]},{"name":"questionnaireId","required":true,"transform":{"type":"scalar"},"locs":[{"a":133,"b":149}]},{"name":"questionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":152,"b":163}]},{"name":"scale","required":false,"transform":{"type":"scalar"},"locs":[{"a":166,"b":171}]},{"name":"yesNo","required":false,"transform":{"type":"scalar"},"locs":[{"a":174,"b":179}]},{"name":"freeText","required":false,"transform":{"type":"scalar"},"locs":[{"a":182,"b":190}]}],"statement":"INSERT INTO pilot_questionnaire_answers (response_id, questionnaire_id, question_id, scale, yes_no, free_text)\nVALUES (:responseId!, :questionnaireId!, :questionId!, :scale, :yesNo, :freeText)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_questionnaire_answers (response_id, questionnaire_id, question_id, scale, yes_no, free_text)
 * VALUES (:responseId!, :questionnaireId!, :questionId!, :scale, :yesNo, :freeText)
 * ```
 */
export const insertAnswer = new PreparedQuery<IInsertAnswerParams,IInsertAnswerResult>(insertAnswerIR);


/** 'CountResponses' parameters type */
export interface ICountResponsesParams {
  questionnaireIds: stringArray;
}

/** 'CountResponses' return type */
export interface ICountResponsesResult {
  questionnaire_id: string;
  responses: number | null;
}

/** 'CountResponses' query type */
export interface ICountResponsesQuery {
  params: ICountResponsesParams;
  result: ICountResponsesResult;
}

const countResponsesIR: any = {"usedParamSet":{"questionnaireIds":true},"params":[{"name":"questionnaireIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":134}]}],"statement":"SELECT questionnaire_id, count(*)::int AS responses\nFROM pilot_questionnaire_responses\nWHERE questionnaire_id = ANY (:questionnaireIds!::uuid[])\nGROUP BY questionnaire_id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT questionnaire_id, count(*)::int AS responses
 * FROM pilot_questionnaire_responses
 * WHERE questionnaire_id = ANY (:questionnaireIds!::uuid[])
 * GROUP BY questionnaire_id
 * ```
 */
export const countResponses = new PreparedQuery<ICountResponsesParams,ICountResponsesResult>(countResponsesIR);


/** 'ListAnswers' parameters type */
export interface IListAnswersParams {
  questionnaireIds: stringArray;
}

/** 'ListAnswers' return type */
export interface IListAnswersResult {
  answered_at: Date;
  free_text: string | null;
  question_id: string;
  questionnaire_id: string;
  scale: number | null;
  yes_no: boolean | null;
}

/** 'ListAnswers' query type */
export interface IListAnswersQuery {
  params: IListAnswersParams;
  result: IListAnswersResult;
}

const listAnswersIR: any = {"usedParamSet":{"questionnaireIds":true},"params":[{"name":"questionnaireIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":216,"b":233}]}],"statement":"SELECT a.questionnaire_id, a.question_id, a.scale, a.yes_no, a.free_text, r.answered_at\nFROM pilot_questionnaire_answers a\nJOIN pilot_questionnaire_responses r ON r.id = a.response_id\nWHERE a.questionnaire_id = ANY (:questionnaireIds!::uuid[])\nORDER BY a.questionnaire_id, a.question_id, r.answered_at, r.id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.questionnaire_id, a.question_id, a.scale, a.yes_no, a.free_text, r.answered_at
 * FROM pilot_questionnaire_answers a
 * JOIN pilot_questionnaire_responses r ON r.id = a.response_id
 * WHERE a.questionnaire_id = ANY (:questionnaireIds!::uuid[])
 * ORDER BY a.questionnaire_id, a.question_id, r.answered_at, r.id
 * ```
 */
export const listAnswers = new PreparedQuery<IListAnswersParams,IListAnswersResult>(listAnswersIR);


/** 'ListAnswersOfResponse' parameters type */
export interface IListAnswersOfResponseParams {
  responseId: string;
}

/** 'ListAnswersOfResponse' return type */
export interface IListAnswersOfResponseResult {
  free_text: string | null;
  question_id: string;
  scale: number | null;
  yes_no: boolean | null;
}

/** 'ListAnswersOfResponse' query type */
export interface IListAnswersOfResponseQuery {
  params: IListAnswersOfResponseParams;
  result: IListAnswersOfResponseResult;
}

const listAnswersOfResponseIR: any = {"usedParamSet":{"responseId":true},"params":[{"name":"responseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":109}]}],"statement":"SELECT question_id, scale, yes_no, free_text FROM pilot_questionnaire_answers WHERE response_id = :responseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT question_id, scale, yes_no, free_text FROM pilot_questionnaire_answers WHERE response_id = :responseId!
 * ```
 */
export const listAnswersOfResponse = new PreparedQuery<IListAnswersOfResponseParams,IListAnswersOfResponseResult>(listAnswersOfResponseIR);


/** 'FindQuestionsOfPilot' parameters type */
export interface IFindQuestionsOfPilotParams {
  pilotId: string;
}

/** 'FindQuestionsOfPilot' return type */
export interface IFindQuestionsOfPilotResult {
  question_id: string;
  questionnaire_id: string;
}

/** 'FindQuestionsOfPilot' query type */
export interface IFindQuestionsOfPilotQuery {
  params: IFindQuestionsOfPilotParams;
  result: IFindQuestionsOfPilotResult;
}

const findQuestionsOfPilotIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":151}]}],"statement":"SELECT q.questionnaire_id, q.question_id\nFROM pilot_questions q\nJOIN pilot_questionnaires qn ON qn.id = q.questionnaire_id\nWHERE qn.pilot_id = :pilotId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT q.questionnaire_id, q.question_id
 * FROM pilot_questions q
 * JOIN pilot_questionnaires qn ON qn.id = q.questionnaire_id
 * WHERE qn.pilot_id = :pilotId!
 * ```
 */
export const findQuestionsOfPilot = new PreparedQuery<IFindQuestionsOfPilotParams,IFindQuestionsOfPilotResult>(findQuestionsOfPilotIR);


/** 'FindMilestonesOfPilot' parameters type */
export interface IFindMilestonesOfPilotParams {
  milestoneIds: stringArray;
  pilotId: string;
}

/** 'FindMilestonesOfPilot' return type */
export interface IFindMilestonesOfPilotResult {
  id: string;
}

/** 'FindMilestonesOfPilot' query type */
export interface IFindMilestonesOfPilotQuery {
  params: IFindMilestonesOfPilotParams;
  result: IFindMilestonesOfPilotResult;
}

const findMilestonesOfPilotIR: any = {"usedParamSet":{"pilotId":true,"milestoneIds":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":57}]},{"name":"milestoneIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":73,"b":86}]}],"statement":"SELECT id FROM pilot_milestones WHERE pilot_id = :pilotId! AND id = ANY (:milestoneIds!::uuid[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM pilot_milestones WHERE pilot_id = :pilotId! AND id = ANY (:milestoneIds!::uuid[])
 * ```
 */
export const findMilestonesOfPilot = new PreparedQuery<IFindMilestonesOfPilotParams,IFindMilestonesOfPilotResult>(findMilestonesOfPilotIR);


/** 'InsertLesson' parameters type */
export interface IInsertLessonParams {
  category: string;
  id: string;
  lesson: string;
  milestoneIds: stringArray;
  pilotId: string;
  questionRefs: Json;
  recommendation: string;
  recordedBy: string;
}

/** 'InsertLesson' return type */
export interface IInsertLessonResult {
  category: string;
  id: string;
  lesson: string;
  milestone_ids: stringArray;
  pilot_id: string;
  question_refs: Json;
  recommendation: string;
  recorded_at: Date;
  recorded_by: string;
}

/** 'InsertLesson' query type */
export interface IInsertLessonQuery {
  params: IInsertLessonParams;
  result: IInsertLessonResult;
}

const insertLessonIR: any = {"usedParamSet":{"id":true,"pilotId":true,"category":true,"lesson":true,"recommendation":true,"questionRefs":true,"milestoneIds":true,"recordedBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":129}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":132,"b":140}]},{"name":"category","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":152}]},{"name":"lesson","required":true,"transform":{"type":"scalar"},"locs":[{"a":155,"b":162}]},{"name":"recommendation","required":true,"transform":{"type":"scalar"},"locs":[{"a":165,"b":180}]},{"name":"questionRefs","required":true,"transform":{"type":"scalar"},"locs":[{"a":183,"b":196}]},{"name":"milestoneIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":199,"b":212}]},{"name":"recordedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":215,"b":226}]}],"statement":"INSERT INTO pilot_lessons (id, pilot_id, category, lesson, recommendation, question_refs, milestone_ids, recorded_by)\nVALUES (:id!, :pilotId!, :category!, :lesson!, :recommendation!, :questionRefs!, :milestoneIds!, :recordedBy!)\nRETURNING id, pilot_id, category, lesson, recommendation, question_refs, milestone_ids, recorded_by, recorded_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_lessons (id, pilot_id, category, lesson, recommendation, question_refs, milestone_ids, recorded_by)
 * VALUES (:id!, :pilotId!, :category!, :lesson!, :recommendation!, :questionRefs!, :milestoneIds!, :recordedBy!)
 * RETURNING id, pilot_id, category, lesson, recommendation, question_refs, milestone_ids, recorded_by, recorded_at
 * ```
 */
export const insertLesson = new PreparedQuery<IInsertLessonParams,IInsertLessonResult>(insertLessonIR);


/** 'ListLessons' parameters type */
export interface IListLessonsParams {
  pilotId: string;
}

/** 'ListLessons' return type */
export interface IListLessonsResult {
  category: string;
  id: string;
  lesson: string;
  milestone_ids: stringArray;
  pilot_id: string;
  question_refs: Json;
  recommendation: string;
  recorded_at: Date;
  recorded_by: string;
}

/** 'ListLessons' query type */
export interface IListLessonsQuery {
  params: IListLessonsParams;
  result: IListLessonsResult;
}

const listLessonsIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":154}]}],"statement":"SELECT id, pilot_id, category, lesson, recommendation, question_refs, milestone_ids, recorded_by, recorded_at\nFROM pilot_lessons\nWHERE pilot_id = :pilotId!\nORDER BY seq"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, pilot_id, category, lesson, recommendation, question_refs, milestone_ids, recorded_by, recorded_at
 * FROM pilot_lessons
 * WHERE pilot_id = :pilotId!
 * ORDER BY seq
 * ```
 */
export const listLessons = new PreparedQuery<IListLessonsParams,IListLessonsResult>(listLessonsIR);


/** 'ListAcceptedCompanies' parameters type */
export interface IListAcceptedCompaniesParams {
  pilotId: string;
}

/** 'ListAcceptedCompanies' return type */
export interface IListAcceptedCompaniesResult {
  operator_id: string | null;
  region: string;
  taxpayer_id: string;
}

/** 'ListAcceptedCompanies' query type */
export interface IListAcceptedCompaniesQuery {
  params: IListAcceptedCompaniesParams;
  result: IListAcceptedCompaniesResult;
}

const listAcceptedCompaniesIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":89}]}],"statement":"SELECT taxpayer_id, operator_id, region\nFROM pilot_participants\nWHERE pilot_id = :pilotId! AND stage = 'accepted'\nORDER BY taxpayer_id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT taxpayer_id, operator_id, region
 * FROM pilot_participants
 * WHERE pilot_id = :pilotId! AND stage = 'accepted'
 * ORDER BY taxpayer_id
 * ```
 */
export const listAcceptedCompanies = new PreparedQuery<IListAcceptedCompaniesParams,IListAcceptedCompaniesResult>(listAcceptedCompaniesIR);


