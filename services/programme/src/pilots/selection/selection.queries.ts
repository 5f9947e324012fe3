/** Types generated for queries found in "services/programme/src/pilots/selection/selection.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'LockPilot' parameters type */
export interface ILockPilotParams {
  pilotId: string;
}

/** 'LockPilot' return type */
export interface ILockPilotResult {
  code: string;
  id: string;
  max_companies: number;
  status: string;
  title: string;
}

/** 'LockPilot' query type */
export interface ILockPilotQuery {
  params: ILockPilotParams;
  result: ILockPilotResult;
}

const lockPilotIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":77}]}],"statement":"SELECT id, code, title, status, max_companies\nFROM pilots\nWHERE id = :pilotId!\nFOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, code, title, status, max_companies
 * FROM pilots
 * WHERE id = :pilotId!
 * FOR UPDATE
 * ```
 */
export const lockPilot = new PreparedQuery<ILockPilotParams,ILockPilotResult>(lockPilotIR);


/** 'FindPilot' parameters type */
export interface IFindPilotParams {
  pilotId: string;
}

/** 'FindPilot' return type */
export interface IFindPilotResult {
  code: string;
  id: string;
  max_companies: number;
  status: string;
  title: string;
}

/** 'FindPilot' query type */
export interface IFindPilotQuery {
  params: IFindPilotParams;
  result: IFindPilotResult;
}

const findPilotIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":77}]}],"statement":"SELECT id, code, title, status, max_companies\nFROM pilots\nWHERE id = :pilotId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, code, title, status, max_companies
 * FROM pilots
 * WHERE id = :pilotId!
 * ```
 */
export const findPilot = new PreparedQuery<IFindPilotParams,IFindPilotResult>(findPilotIR);


/** 'FindTerms' parameters type */
export interface IFindTermsParams {
  pilotId: string;
}

/** 'FindTerms' return type */
export interface IFindTermsResult {
  answer_days: number;
  draft_programme: Json;
  pilot_id: string;
  replacement: string;
  updated_at: Date;
  updated_by: string;
}

/** 'FindTerms' query type */
export interface IFindTermsQuery {
  params: IFindTermsParams;
  result: IFindTermsResult;
}

const findTermsIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":135}]}],"statement":"SELECT pilot_id, draft_programme, answer_days, replacement, updated_by, updated_at\nFROM pilot_selection_terms\nWHERE pilot_id = :pilotId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pilot_id, draft_programme, answer_days, replacement, updated_by, updated_at
 * FROM pilot_selection_terms
 * WHERE pilot_id = :pilotId!
 * ```
 */
export const findTerms = new PreparedQuery<IFindTermsParams,IFindTermsResult>(findTermsIR);


/** 'SaveTerms' parameters type */
export interface ISaveTermsParams {
  answerDays: number;
  draftProgramme: Json;
  pilotId: string;
  replacement: string;
  updatedBy: string;
}

/** 'SaveTerms' return type */
export interface ISaveTermsResult {
  answer_days: number;
  draft_programme: Json;
  pilot_id: string;
  replacement: string;
  updated_at: Date;
  updated_by: string;
}

/** 'SaveTerms' query type */
export interface ISaveTermsQuery {
  params: ISaveTermsParams;
  result: ISaveTermsResult;
}

const saveTermsIR: any = {"usedParamSet":{"pilotId":true,"draftProgramme":true,"answerDays":true,"replacement":true,"updatedBy":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":128}]},{"name":"draftProgramme","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":146}]},{"name":"answerDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":156,"b":167}]},{"name":"replacement","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":182}]},{"name":"updatedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":185,"b":195}]}],"statement":"INSERT INTO pilot_selection_terms (pilot_id, draft_programme, answer_days, replacement, updated_by, updated_at)\nVALUES (:pilotId!, :draftProgramme!::jsonb, :answerDays!, :replacement!, :updatedBy!, now())\nON CONFLICT (pilot_id) DO UPDATE SET draft_programme = EXCLUDED.draft_programme, answer_days = EXCLUDED.answer_days,\n  replacement = EXCLUDED.replacement, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at\nRETURNING pilot_id, draft_programme, answer_days, replacement, updated_by, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_selection_terms (pilot_id, draft_programme, answer_days, replacement, updated_by, updated_at)
 * VALUES (:pilotId!, :draftProgramme!::jsonb, :answerDays!, :replacement!, :updatedBy!, now())
 * ON CONFLICT (pilot_id) DO UPDATE SET draft_programme = EXCLUDED.draft_programme, answer_days = EXCLUDED.answer_days,
 *   replacement = EXCLUDED.replacement, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
 * RETURNING pilot_id, draft_programme, answer_days, replacement, updated_by, updated_at
 * ```
 */
export const saveTerms = new PreparedQuery<ISaveTermsParams,ISaveTermsResult>(saveTermsIR);


/** 'NextShortlistSequence' parameters type */
export interface INextShortlistSequenceParams {
  pilotId: string;
}

/** 'NextShortlistSequence' return type */
export interface INextShortlistSequenceResult {
  next: number;
}

/** 'NextShortlistSequence' query type */
export interface INextShortlistSequenceQuery {
  params: INextShortlistSequenceParams;
  result: INextShortlistSequenceResult;
}

const nextShortlistSequenceIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":101}]}],"statement":"SELECT coalesce(max(sequence), 0)::int + 1 AS \"next!\"\nFROM pilot_shortlists\nWHERE pilot_id = :pilotId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT coalesce(max(sequence), 0)::int + 1 AS "next!"
 * FROM pilot_shortlists
 * WHERE pilot_id = :pilotId!
 * ```
 */
export const nextShortlistSequence = new PreparedQuery<INextShortlistSequenceParams,INextShortlistSequenceResult>(nextShortlistSequenceIR);


/** 'InsertShortlist' parameters type */
export interface IInsertShortlistParams {
  excluded: Json;
  id: string;
  pilotId: string;
  request: Json;
  sequence: number;
  takenBy: string;
  tradersConsidered: number;
  workflowId: string;
}

/** 'InsertShortlist' return type */
export interface IInsertShortlistResult {
  id: string;
}

/** 'InsertShortlist' query type */
export interface IInsertShortlistQuery {
  params: IInsertShortlistParams;
  result: IInsertShortlistResult;
}

const insertShortlistIR: any = {"usedParamSet":{"id":true,"pilotId":true,"sequence":true,"workflowId":true,"request":true,"excluded":true,"tradersConsidered":true,"takenBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":137}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":140,"b":148}]},{"name":"sequence","required":true,"transform":{"type":"scalar"},"locs":[{"a":151,"b":160}]},{"name":"workflowId","required":true,"transform":{"type":"scalar"},"locs":[{"a":163,"b":174}]},{"name":"request","required":true,"transform":{"type":"scalar"},"locs":[{"a":177,"b":185}]},{"name":"excluded","required":true,"transform":{"type":"scalar"},"locs":[{"a":195,"b":204}]},{"name":"tradersConsidered","required":true,"transform":{"type":"scalar"},"locs":[{"a":214,"b":232}]},{"name":"takenBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":235,"b":243}]}],"statement":"INSERT INTO pilot_shortlists (id, pilot_id, sequence, workflow_id, request, excluded, traders_considered, taken_by, taken_at)\nVALUES (:id!, :pilotId!, :sequence!, :workflowId!, :request!::jsonb, :excluded!::jsonb, :tradersConsidered!, :takenBy!, now())\nON CONFLICT (pilot_id, sequence) DO NOTHING\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_shortlists (id, pilot_id, sequence, workflow_id, request, excluded, traders_considered, taken_by, taken_at)
 * VALUES (:id!, :pilotId!, :sequence!, :workflowId!, :request!::jsonb, :excluded!::jsonb, :tradersConsidered!, :takenBy!, now())
 * ON CONFLICT (pilot_id, sequence) DO NOTHING
 * RETURNING id
 * ```
 */
export const insertShortlist = new PreparedQuery<IInsertShortlistParams,IInsertShortlistResult>(insertShortlistIR);


/** 'FindShortlistBySequence' parameters type */
export interface IFindShortlistBySequenceParams {
  pilotId: string;
  sequence: number;
}

/** 'FindShortlistBySequence' return type */
export interface IFindShortlistBySequenceResult {
  id: string;
}

/** 'FindShortlistBySequence' query type */
export interface IFindShortlistBySequenceQuery {
  params: IFindShortlistBySequenceParams;
  result: IFindShortlistBySequenceResult;
}

const findShortlistBySequenceIR: any = {"usedParamSet":{"pilotId":true,"sequence":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":57}]},{"name":"sequence","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":83}]}],"statement":"SELECT id FROM pilot_shortlists WHERE pilot_id = :pilotId! AND sequence = :sequence!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM pilot_shortlists WHERE pilot_id = :pilotId! AND sequence = :sequence!
 * ```
 */
export const findShortlistBySequence = new PreparedQuery<IFindShortlistBySequenceParams,IFindShortlistBySequenceResult>(findShortlistBySequenceIR);


/** 'InsertShortlistCandidate' parameters type */
export interface IInsertShortlistCandidateParams {
  aeoStatus?: string | null | void;
  rank: number;
  reasons: Json;
  score: number;
  shares: Json;
  shortlistId: string;
  taxpayerId: string;
  totals: Json;
}

/** 'InsertShortlistCandidate' return type */
export type IInsertShortlistCandidateResult = void;

/** 'InsertShortlistCandidate' query type */
export interface IInsertShortlistCandidateQuery {
  params: IInsertShortlistCandidateParams;
  result: IInsertShortlistCandidateResult;
}

const insertShortlistCandidateIR: any = {"usedParamSet":{"shortlistId":true,"rank":true,"taxpayerId":true,"score":true,"shares":true,"totals":true,"aeoStatus":true,"reasons":true},"params":[{"name":"shortlistId","required":true,"transform":{"type":"scalar"},"locs":[{"a":125,"b":137}]},{"name":"rank","required":true,"transform":{"type":"scalar"},"locs":[{"a":140,"b":145}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":148,"b":159}]},{"name":"score","required":true,"transform":{"type":"scalar"},"locs":[{"a":162,"b":168}]},{"name":"shares","required":true,"transform":{"type":"scalar"},"locs":[{"a":171,"b":178}]},{"name":"totals","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":195}]},{"name":"aeoStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":205,"b":214}]},{"name":"reasons","required":true,"transform":{"type":"scalar"},"locs":[{"a":217,"b":225}]}],"statement":"INSERT INTO pilot_shortlist_candidates (shortlist_id, rank, taxpayer_id, score, shares, totals, aeo_status, reasons)\nVALUES (:shortlistId!, :rank!, :taxpayerId!, :score!, :shares!::jsonb, :totals!::jsonb, :aeoStatus, :reasons!::jsonb)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_shortlist_candidates (shortlist_id, rank, taxpayer_id, score, shares, totals, aeo_status, reasons)
 * VALUES (:shortlistId!, :rank!, :taxpayerId!, :score!, :shares!::jsonb, :totals!::jsonb, :aeoStatus, :reasons!::jsonb)
 * ```
 */
export const insertShortlistCandidate = new PreparedQuery<IInsertShortlistCandidateParams,IInsertShortlistCandidateResult>(insertShortlistCandidateIR);


/** 'ListShortlists' parameters type */
export interface IListShortlistsParams {
  limit: number;
  pilotId: string;
}

/** 'ListShortlists' return type */
export interface IListShortlistsResult {
  excluded: Json;
  id: string;
  pilot_id: string;
  request: Json;
  sequence: number;
  taken_at: Date;
  taken_by: string;
  traders_considered: number;
  workflow_id: string;
}

/** 'ListShortlists' query type */
export interface IListShortlistsQuery {
  params: IListShortlistsParams;
  result: IListShortlistsResult;
}

const listShortlistsIR: any = {"usedParamSet":{"pilotId":true,"limit":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":141,"b":149}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":180,"b":186}]}],"statement":"SELECT id, pilot_id, sequence, workflow_id, request, excluded, traders_considered, taken_by, taken_at\nFROM pilot_shortlists\nWHERE pilot_id = :pilotId!\nORDER BY sequence DESC\nLIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, pilot_id, sequence, workflow_id, request, excluded, traders_considered, taken_by, taken_at
 * FROM pilot_shortlists
 * WHERE pilot_id = :pilotId!
 * ORDER BY sequence DESC
 * LIMIT :limit!::int
 * ```
 */
export const listShortlists = new PreparedQuery<IListShortlistsParams,IListShortlistsResult>(listShortlistsIR);


/** 'ListShortlistCandidates' parameters type */
export interface IListShortlistCandidatesParams {
  shortlistIds: stringArray;
}

/** 'ListShortlistCandidates' return type */
export interface IListShortlistCandidatesResult {
  aeo_status: string | null;
  rank: number;
  reasons: Json;
  score: number;
  shares: Json;
  shortlist_id: string;
  taxpayer_id: string;
  totals: Json;
}

/** 'ListShortlistCandidates' query type */
export interface IListShortlistCandidatesQuery {
  params: IListShortlistCandidatesParams;
  result: IListShortlistCandidatesResult;
}

const listShortlistCandidatesIR: any = {"usedParamSet":{"shortlistIds":true},"params":[{"name":"shortlistIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":140,"b":153}]}],"statement":"SELECT shortlist_id, rank, taxpayer_id, score, shares, totals, aeo_status, reasons\nFROM pilot_shortlist_candidates\nWHERE shortlist_id = ANY(:shortlistIds!::uuid[])\nORDER BY shortlist_id, rank"};

/**
 * Query generated from SQL:
 * ```
 * SELECT shortlist_id, rank, taxpayer_id, score, shares, totals, aeo_status, reasons
 * FROM pilot_shortlist_candidates
 * WHERE shortlist_id = ANY(:shortlistIds!::uuid[])
 * ORDER BY shortlist_id, rank
 * ```
 */
export const listShortlistCandidates = new PreparedQuery<IListShortlistCandidatesParams,IListShortlistCandidatesResult>(listShortlistCandidatesIR);


/** 'CountOccupiedPlaces' parameters type */
export interface ICountOccupiedPlacesParams {
  pilotId: string;
}

/** 'CountOccupiedPlaces' return type */
export interface ICountOccupiedPlacesResult {
  occupied: number;
}

/** 'CountOccupiedPlaces' query type */
export interface ICountOccupiedPlacesQuery {
  params: ICountOccupiedPlacesParams;
  result: ICountOccupiedPlacesResult;
}

const countOccupiedPlacesIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":85}]}],"statement":"SELECT count(*)::int AS \"occupied!\"\nFROM pilot_participants\nWHERE pilot_id = :pilotId! AND stage IN ('chosen', 'invited', 'accepted')"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "occupied!"
 * FROM pilot_participants
 * WHERE pilot_id = :pilotId! AND stage IN ('chosen', 'invited', 'accepted')
 * ```
 */
export const countOccupiedPlaces = new PreparedQuery<ICountOccupiedPlacesParams,ICountOccupiedPlacesResult>(countOccupiedPlacesIR);


/** 'InsertParticipant' parameters type */
export interface IInsertParticipantParams {
  chosenBy: string;
  operatorId?: string | null | void;
  pilotId: string;
  rank: number;
  reason: string;
  region: string;
  replacing?: string | null | void;
  shortlistId: string;
  taxpayerId: string;
}

/** 'InsertParticipant' return type */
export interface IInsertParticipantResult {
  chosen_at: Date;
}

/** 'InsertParticipant' query type */
export interface IInsertParticipantQuery {
  params: IInsertParticipantParams;
  result: IInsertParticipantResult;
}

const insertParticipantIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true,"region":true,"operatorId":true,"shortlistId":true,"rank":true,"reason":true,"chosenBy":true,"replacing":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":173,"b":181}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":184,"b":195}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":208,"b":215}]},{"name":"operatorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":218,"b":228}]},{"name":"shortlistId","required":true,"transform":{"type":"scalar"},"locs":[{"a":231,"b":243}]},{"name":"rank","required":true,"transform":{"type":"scalar"},"locs":[{"a":246,"b":251}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":254,"b":261}]},{"name":"chosenBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":264,"b":273}]},{"name":"replacing","required":false,"transform":{"type":"scalar"},"locs":[{"a":285,"b":294}]}],"statement":"INSERT INTO pilot_participants (pilot_id, taxpayer_id, stage, region, operator_id, shortlist_id, rank, chosen_reason,\n  chosen_by, chosen_at, replacing, updated_at)\nVALUES (:pilotId!, :taxpayerId!, 'chosen', :region!, :operatorId, :shortlistId!, :rank!, :reason!, :chosenBy!, now(),\n  :replacing, now())\nON CONFLICT (pilot_id, taxpayer_id) DO NOTHING\nRETURNING chosen_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_participants (pilot_id, taxpayer_id, stage, region, operator_id, shortlist_id, rank, chosen_reason,
 *   chosen_by, chosen_at, replacing, updated_at)
 * VALUES (:pilotId!, :taxpayerId!, 'chosen', :region!, :operatorId, :shortlistId!, :rank!, :reason!, :chosenBy!, now(),
 *   :replacing, now())
 * ON CONFLICT (pilot_id, taxpayer_id) DO NOTHING
 * RETURNING chosen_at
 * ```
 */
export const insertParticipant = new PreparedQuery<IInsertParticipantParams,IInsertParticipantResult>(insertParticipantIR);


/** 'MarkReplaced' parameters type */
export interface IMarkReplacedParams {
  pilotId: string;
  replacedBy: string;
  taxpayerId: string;
}

/** 'MarkReplaced' return type */
export interface IMarkReplacedResult {
  taxpayer_id: string;
}

/** 'MarkReplaced' query type */
export interface IMarkReplacedQuery {
  params: IMarkReplacedParams;
  result: IMarkReplacedResult;
}

const markReplacedIR: any = {"usedParamSet":{"replacedBy":true,"pilotId":true,"taxpayerId":true},"params":[{"name":"replacedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":64,"b":75}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":122}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":153}]}],"statement":"UPDATE pilot_participants\nSET stage = 'replaced', replaced_by = :replacedBy!, updated_at = now()\nWHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId! AND stage IN ('declined', 'expired')\nRETURNING taxpayer_id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilot_participants
 * SET stage = 'replaced', replaced_by = :replacedBy!, updated_at = now()
 * WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId! AND stage IN ('declined', 'expired')
 * RETURNING taxpayer_id
 * ```
 */
export const markReplaced = new PreparedQuery<IMarkReplacedParams,IMarkReplacedResult>(markReplacedIR);


/** 'LockParticipant' parameters type */
export interface ILockParticipantParams {
  pilotId: string;
  taxpayerId: string;
}

/** 'LockParticipant' return type */
export interface ILockParticipantResult {
  answer_due_at: Date | null;
  answered_at: Date | null;
  answered_by: string | null;
  chosen_at: Date;
  chosen_by: string;
  chosen_reason: string;
  operator_id: string | null;
  pilot_id: string;
  rank: number;
  reason: string | null;
  region: string;
  replaced_by: string | null;
  replacing: string | null;
  shortlist_id: string;
  stage: string;
  taxpayer_id: string;
  updated_at: Date;
}

/** 'LockParticipant' query type */
export interface ILockParticipantQuery {
  params: ILockParticipantParams;
  result: ILockParticipantResult;
}

const lockParticipantIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":242,"b":250}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":270,"b":281}]}],"statement":"SELECT pilot_id, taxpayer_id, stage, region, operator_id, shortlist_id, rank, chosen_reason, chosen_by, chosen_at,\n  replacing, replaced_by, answer_due_at, answered_at, answered_by, reason, updated_at\nFROM pilot_participants\nWHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!\nFOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pilot_id, taxpayer_id, stage, region, operator_id, shortlist_id, rank, chosen_reason, chosen_by, chosen_at,
 *   replacing, replaced_by, answer_due_at, answered_at, answered_by, reason, updated_at
 * FROM pilot_participants
 * WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
 * FOR UPDATE
 * ```
 */
export const lockParticipant = new PreparedQuery<ILockParticipantParams,ILockParticipantResult>(lockParticipantIR);


/** 'ListParticipants' parameters type */
export interface IListParticipantsParams {
  pilotId: string;
  region?: string | null | void;
}

/** 'ListParticipants' return type */
export interface IListParticipantsResult {
  answer_due_at: Date | null;
  answered_at: Date | null;
  answered_by: string | null;
  chosen_at: Date;
  chosen_by: string;
  chosen_reason: string;
  operator_id: string | null;
  pilot_id: string;
  rank: number;
  reason: string | null;
  region: string;
  replaced_by: string | null;
  replacing: string | null;
  shortlist_id: string;
  stage: string;
  taxpayer_id: string;
  updated_at: Date;
}

/** 'ListParticipants' query type */
export interface IListParticipantsQuery {
  params: IListParticipantsParams;
  result: IListParticipantsResult;
}

const listParticipantsIR: any = {"usedParamSet":{"pilotId":true,"region":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":242,"b":250}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":257,"b":263},{"a":291,"b":297}]}],"statement":"SELECT pilot_id, taxpayer_id, stage, region, operator_id, shortlist_id, rank, chosen_reason, chosen_by, chosen_at,\n  replacing, replaced_by, answer_due_at, answered_at, answered_by, reason, updated_at\nFROM pilot_participants\nWHERE pilot_id = :pilotId! AND (:region::text IS NULL OR region = :region)\nORDER BY chosen_at, taxpayer_id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pilot_id, taxpayer_id, stage, region, operator_id, shortlist_id, rank, chosen_reason, chosen_by, chosen_at,
 *   replacing, replaced_by, answer_due_at, answered_at, answered_by, reason, updated_at
 * FROM pilot_participants
 * WHERE pilot_id = :pilotId! AND (:region::text IS NULL OR region = :region)
 * ORDER BY chosen_at, taxpayer_id
 * ```
 */
export const listParticipants = new PreparedQuery<IListParticipantsParams,IListParticipantsResult>(listParticipantsIR);


/** 'ListChosenNotInvited' parameters type */
export interface IListChosenNotInvitedParams {
  pilotId?: string | null | void;
}

/** 'ListChosenNotInvited' return type */
export interface IListChosenNotInvitedResult {
  answer_days: number;
  pilot_id: string;
  region: string;
  taxpayer_id: string;
}

/** 'ListChosenNotInvited' query type */
export interface IListChosenNotInvitedQuery {
  params: IListChosenNotInvitedParams;
  result: IListChosenNotInvitedResult;
}

const listChosenNotInvitedIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":false,"transform":{"type":"scalar"},"locs":[{"a":428,"b":435},{"a":467,"b":474}]}],"statement":"-- Only of a pilot still planned or running: a cancelled or ended pilot invites no one (its open\n-- invitations are withdrawn when it is over).\nSELECT p.pilot_id, p.taxpayer_id, p.region, coalesce(t.answer_days, 14) AS \"answer_days!\"\nFROM pilot_participants p\nJOIN pilots pl ON pl.id = p.pilot_id AND pl.status IN ('planned', 'running')\nLEFT JOIN pilot_selection_terms t ON t.pilot_id = p.pilot_id\nWHERE p.stage = 'chosen' AND (:pilotId::uuid IS NULL OR p.pilot_id = :pilotId)"};

/**
 * Query generated from SQL:
 * ```
 * -- Only of a pilot still planned or running: a cancelled or ended pilot invites no one (its open
 * -- invitations are withdrawn when it is over).
 * SELECT p.pilot_id, p.taxpayer_id, p.region, coalesce(t.answer_days, 14) AS "answer_days!"
 * FROM pilot_participants p
 * JOIN pilots pl ON pl.id = p.pilot_id AND pl.status IN ('planned', 'running')
 * LEFT JOIN pilot_selection_terms t ON t.pilot_id = p.pilot_id
 * WHERE p.stage = 'chosen' AND (:pilotId::uuid IS NULL OR p.pilot_id = :pilotId)
 * ```
 */
export const listChosenNotInvited = new PreparedQuery<IListChosenNotInvitedParams,IListChosenNotInvitedResult>(listChosenNotInvitedIR);


/** 'NextUnchosenCandidate' parameters type */
export interface INextUnchosenCandidateParams {
  pilotId: string;
}

/** 'NextUnchosenCandidate' return type */
export interface INextUnchosenCandidateResult {
  rank: number;
  shortlist_id: string;
  taxpayer_id: string;
}

/** 'NextUnchosenCandidate' query type */
export interface INextUnchosenCandidateQuery {
  params: INextUnchosenCandidateParams;
  result: INextUnchosenCandidateResult;
}

const nextUnchosenCandidateIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":152,"b":160},{"a":266,"b":274}]}],"statement":"SELECT c.shortlist_id, c.rank, c.taxpayer_id\nFROM pilot_shortlist_candidates c\nWHERE c.shortlist_id = (SELECT id FROM pilot_shortlists WHERE pilot_id = :pilotId! ORDER BY sequence DESC LIMIT 1)\n  AND NOT EXISTS (SELECT 1 FROM pilot_participants p WHERE p.pilot_id = :pilotId! AND p.taxpayer_id = c.taxpayer_id)\nORDER BY c.rank\nLIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.shortlist_id, c.rank, c.taxpayer_id
 * FROM pilot_shortlist_candidates c
 * WHERE c.shortlist_id = (SELECT id FROM pilot_shortlists WHERE pilot_id = :pilotId! ORDER BY sequence DESC LIMIT 1)
 *   AND NOT EXISTS (SELECT 1 FROM pilot_participants p WHERE p.pilot_id = :pilotId! AND p.taxpayer_id = c.taxpayer_id)
 * ORDER BY c.rank
 * LIMIT 1
 * ```
 */
export const nextUnchosenCandidate = new PreparedQuery<INextUnchosenCandidateParams,INextUnchosenCandidateResult>(nextUnchosenCandidateIR);


/** 'UpdateParticipantAfterStep' parameters type */
export interface IUpdateParticipantAfterStepParams {
  answerDueAt?: DateOrString | null | void;
  answeredAt?: DateOrString | null | void;
  answeredBy?: string | null | void;
  fromStages: stringArray;
  operatorId?: string | null | void;
  pilotId: string;
  reason?: string | null | void;
  stage: string;
  taxpayerId: string;
}

/** 'UpdateParticipantAfterStep' return type */
export interface IUpdateParticipantAfterStepResult {
  stage: string;
}

/** 'UpdateParticipantAfterStep' query type */
export interface IUpdateParticipantAfterStepQuery {
  params: IUpdateParticipantAfterStepParams;
  result: IUpdateParticipantAfterStepResult;
}

const updateParticipantAfterStepIR: any = {"usedParamSet":{"stage":true,"operatorId":true,"answerDueAt":true,"answeredAt":true,"answeredBy":true,"reason":true,"pilotId":true,"taxpayerId":true,"fromStages":true},"params":[{"name":"stage","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":137}]},{"name":"operatorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":163,"b":173}]},{"name":"answerDueAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":221,"b":232}]},{"name":"answeredAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":267,"b":277}]},{"name":"answeredBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":294,"b":304}]},{"name":"reason","required":false,"transform":{"type":"scalar"},"locs":[{"a":316,"b":322}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":361,"b":369}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":389,"b":400}]},{"name":"fromStages","required":true,"transform":{"type":"scalar"},"locs":[{"a":418,"b":429}]}],"statement":"-- Only from the stages the step moves from: a participant moved meanwhile is left as it is.\nUPDATE pilot_participants\nSET stage = :stage!, operator_id = coalesce(:operatorId::uuid, operator_id), answer_due_at = coalesce(:answerDueAt, answer_due_at),\n  answered_at = :answeredAt, answered_by = :answeredBy, reason = :reason, updated_at = now()\nWHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId! AND stage = ANY(:fromStages!::text[])\nRETURNING stage"};

/**
 * Query generated from SQL:
 * ```
 * -- Only from the stages the step moves from: a participant moved meanwhile is left as it is.
 * UPDATE pilot_participants
 * SET stage = :stage!, operator_id = coalesce(:operatorId::uuid, operator_id), answer_due_at = coalesce(:answerDueAt, answer_due_at),
 *   answered_at = :answeredAt, answered_by = :answeredBy, reason = :reason, updated_at = now()
 * WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId! AND stage = ANY(:fromStages!::text[])
 * RETURNING stage
 * ```
 */
export const updateParticipantAfterStep = new PreparedQuery<IUpdateParticipantAfterStepParams,IUpdateParticipantAfterStepResult>(updateParticipantAfterStepIR);


/** 'InsertParticipantRecord' parameters type */
export interface IInsertParticipantRecordParams {
  details: Json;
  fromStage: string;
  pilotId: string;
  recordedBy: string;
  sequence: number;
  step: string;
  taxpayerId: string;
  toStage: string;
}

/** 'InsertParticipantRecord' return type */
export interface IInsertParticipantRecordResult {
  recorded_at: Date;
  sequence: number;
}

/** 'InsertParticipantRecord' query type */
export interface IInsertParticipantRecordQuery {
  params: IInsertParticipantRecordParams;
  result: IInsertParticipantRecordResult;
}

const insertParticipantRecordIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true,"sequence":true,"step":true,"fromStage":true,"toStage":true,"details":true,"recordedBy":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":151}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":154,"b":165}]},{"name":"sequence","required":true,"transform":{"type":"scalar"},"locs":[{"a":168,"b":177}]},{"name":"step","required":true,"transform":{"type":"scalar"},"locs":[{"a":180,"b":185}]},{"name":"fromStage","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":198}]},{"name":"toStage","required":true,"transform":{"type":"scalar"},"locs":[{"a":201,"b":209}]},{"name":"details","required":true,"transform":{"type":"scalar"},"locs":[{"a":212,"b":220}]},{"name":"recordedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":230,"b":241}]}],"statement":"INSERT INTO pilot_participant_records (pilot_id, taxpayer_id, sequence, step, from_stage, to_stage, details, recorded_by, recorded_at)\nVALUES (:pilotId!, :taxpayerId!, :sequence!, :step!, :fromStage!, :toStage!, :details!::jsonb, :recordedBy!, now())\nON CONFLICT (pilot_id, taxpayer_id, sequence) DO NOTHING\nRETURNING sequence, recorded_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_participant_records (pilot_id, taxpayer_id, sequence, step, from_stage, to_stage, details, recorded_by, recorded_at)
 * VALUES (:pilotId!, :taxpayerId!, :sequence!, :step!, :fromStage!, :toStage!, :details!::jsonb, :recordedBy!, now())
 * ON CONFLICT (pilot_id, taxpayer_id, sequence) DO NOTHING
 * RETURNING sequence, recorded_at
 * ```
 */
export const insertParticipantRecord = new PreparedQuery<IInsertParticipantRecordParams,IInsertParticipantRecordResult>(insertParticipantRecordIR);


/** 'FindParticipantRecord' parameters type */
export interface IFindParticipantRecordParams {
  pilotId: string;
  sequence: number;
  taxpayerId: string;
}

/** 'FindParticipantRecord' return type */
export interface IFindParticipantRecordResult {
  step: string;
  to_stage: string;
}

/** 'FindParticipantRecord' query type */
export interface IFindParticipantRecordQuery {
  params: IFindParticipantRecordParams;
  result: IFindParticipantRecordResult;
}

const findParticipantRecordIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true,"sequence":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":78}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":109}]},{"name":"sequence","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":135}]}],"statement":"SELECT step, to_stage\nFROM pilot_participant_records\nWHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId! AND sequence = :sequence!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT step, to_stage
 * FROM pilot_participant_records
 * WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId! AND sequence = :sequence!
 * ```
 */
export const findParticipantRecord = new PreparedQuery<IFindParticipantRecordParams,IFindParticipantRecordResult>(findParticipantRecordIR);


/** 'ListParticipantRecords' parameters type */
export interface IListParticipantRecordsParams {
  pilotId: string;
  taxpayerId: string;
}

/** 'ListParticipantRecords' return type */
export interface IListParticipantRecordsResult {
  details: Json;
  from_stage: string;
  recorded_at: Date;
  recorded_by: string;
  sequence: number;
  step: string;
  to_stage: string;
}

/** 'ListParticipantRecords' query type */
export interface IListParticipantRecordsQuery {
  params: IListParticipantRecordsParams;
  result: IListParticipantRecordsResult;
}

const listParticipantRecordsIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":135}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":155,"b":166}]}],"statement":"SELECT sequence, step, from_stage, to_stage, details, recorded_by, recorded_at\nFROM pilot_participant_records\nWHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!\nORDER BY sequence"};

/**
 * Query generated from SQL:
 * ```
 * SELECT sequence, step, from_stage, to_stage, details, recorded_by, recorded_at
 * FROM pilot_participant_records
 * WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
 * ORDER BY sequence
 * ```
 */
export const listParticipantRecords = new PreparedQuery<IListParticipantRecordsParams,IListParticipantRecordsResult>(listParticipantRecordsIR);


/** 'NextParticipantSequence' parameters type */
export interface INextParticipantSequenceParams {
  pilotId: string;
  taxpayerId: string;
}

/** 'NextParticipantSequence' return type */
export interface INextParticipantSequenceResult {
  next: number;
}

/** 'NextParticipantSequence' query type */
export interface INextParticipantSequenceQuery {
  params: INextParticipantSequenceParams;
  result: INextParticipantSequenceResult;
}

const nextParticipantSequenceIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":110}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":130,"b":141}]}],"statement":"SELECT coalesce(max(sequence), 0)::int + 1 AS \"next!\"\nFROM pilot_participant_records\nWHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT coalesce(max(sequence), 0)::int + 1 AS "next!"
 * FROM pilot_participant_records
 * WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
 * ```
 */
export const nextParticipantSequence = new PreparedQuery<INextParticipantSequenceParams,INextParticipantSequenceResult>(nextParticipantSequenceIR);


/** 'SetParticipantOperator' parameters type */
export interface ISetParticipantOperatorParams {
  operatorId: string;
  pilotId: string;
  taxpayerId: string;
}

/** 'SetParticipantOperator' return type */
export type ISetParticipantOperatorResult = void;

/** 'SetParticipantOperator' query type */
export interface ISetParticipantOperatorQuery {
  params: ISetParticipantOperatorParams;
  result: ISetParticipantOperatorResult;
}

const setParticipantOperatorIR: any = {"usedParamSet":{"operatorId":true,"pilotId":true,"taxpayerId":true},"params":[{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":44,"b":55}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":94,"b":102}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":133}]}],"statement":"UPDATE pilot_participants\nSET operator_id = :operatorId!, updated_at = now()\nWHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilot_participants
 * SET operator_id = :operatorId!, updated_at = now()
 * WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
 * ```
 */
export const setParticipantOperator = new PreparedQuery<ISetParticipantOperatorParams,ISetParticipantOperatorResult>(setParticipantOperatorIR);


