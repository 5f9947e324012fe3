/** Types generated for queries found in "services/applications/src/applications/applications.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'FindApplication' parameters type */
export interface IFindApplicationParams {
  id: string;
}

/** 'FindApplication' return type */
export interface IFindApplicationResult {
  acceptance_deadline: Date | null;
  accepted_at: Date | null;
  consent_to_mra_sharing: boolean;
  created_by: string;
  decided_at: Date | null;
  decided_by: string | null;
  decision_deadline: Date | null;
  decision_reasons: Json | null;
  hearing_grounds: Json | null;
  hearing_respond_by: Date | null;
  hearing_responded_at: Date | null;
  hearing_responded_by: string | null;
  hearing_response: string | null;
  id: string;
  operator_id: string;
  programme_version: number | null;
  region: string;
  status: string;
  status_reason: string | null;
  status_type: string;
  submitted_at: Date | null;
  updated_at: Date;
  version: number;
}

/** 'FindApplication' query type */
export interface IFindApplicationQuery {
  params: IFindApplicationParams;
  result: IFindApplicationResult;
}

const findApplicationIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":380,"b":383}]}],"statement":"SELECT id, operator_id, region, status_type, status, consent_to_mra_sharing, programme_version, submitted_at, acceptance_deadline, accepted_at, decision_deadline, decided_by, status_reason, decision_reasons, decided_at, hearing_grounds, hearing_respond_by, hearing_response, hearing_responded_by, hearing_responded_at, created_by, version, updated_at\nFROM applications WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, operator_id, region, status_type, status, consent_to_mra_sharing, programme_version, submitted_at, acceptance_deadline, accepted_at, decision_deadline, decided_by, status_reason, decision_reasons, decided_at, hearing_grounds, hearing_respond_by, hearing_response, hearing_responded_by, hearing_responded_at, created_by, version, updated_at
 * FROM applications WHERE id = :id!
 * ```
 */
export const findApplication = new PreparedQuery<IFindApplicationParams,IFindApplicationResult>(findApplicationIR);


/** 'LockApplication' parameters type */
export interface ILockApplicationParams {
  id: string;
}

/** 'LockApplication' return type */
export interface ILockApplicationResult {
  acceptance_deadline: Date | null;
  accepted_at: Date | null;
  consent_to_mra_sharing: boolean;
  created_by: string;
  decided_at: Date | null;
  decided_by: string | null;
  decision_deadline: Date | null;
  decision_reasons: Json | null;
  hearing_grounds: Json | null;
  hearing_respond_by: Date | null;
  hearing_responded_at: Date | null;
  hearing_responded_by: string | null;
  hearing_response: string | null;
  id: string;
  operator_id: string;
  programme_version: number | null;
  region: string;
  status: string;
  status_reason: string | null;
  status_type: string;
  submitted_at: Date | null;
  updated_at: Date;
  version: number;
}

/** 'LockApplication' query type */
export interface ILockApplicationQuery {
  params: ILockApplicationParams;
  result: ILockApplicationResult;
}

const lockApplicationIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":380,"b":383}]}],"statement":"SELECT id, operator_id, region, status_type, status, consent_to_mra_sharing, programme_version, submitted_at, acceptance_deadline, accepted_at, decision_deadline, decided_by, status_reason, decision_reasons, decided_at, hearing_grounds, hearing_respond_by, hearing_response, hearing_responded_by, hearing_responded_at, created_by, version, updated_at\nFROM applications WHERE id = :id! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, operator_id, region, status_type, status, consent_to_mra_sharing, programme_version, submitted_at, acceptance_deadline, accepted_at, decision_deadline, decided_by, status_reason, decision_reasons, decided_at, hearing_grounds, hearing_respond_by, hearing_response, hearing_responded_by, hearing_responded_at, created_by, version, updated_at
 * FROM applications WHERE id = :id! FOR UPDATE
 * ```
 */
export const lockApplication = new PreparedQuery<ILockApplicationParams,ILockApplicationResult>(lockApplicationIR);


/** 'ListApplications' parameters type */
export interface IListApplicationsParams {
  limit: number;
  operatorId?: string | null | void;
  region?: string | null | void;
  status?: string | null | void;
  taxpayerId?: string | null | void;
}

/** 'ListApplications' return type */
export interface IListApplicationsResult {
  acceptance_deadline: Date | null;
  accepted_at: Date | null;
  consent_to_mra_sharing: boolean;
  created_by: string;
  decided_at: Date | null;
  decided_by: string | null;
  decision_deadline: Date | null;
  decision_reasons: Json | null;
  hearing_grounds: Json | null;
  hearing_respond_by: Date | null;
  hearing_responded_at: Date | null;
  hearing_responded_by: string | null;
  hearing_response: string | null;
  id: string;
  operator_id: string;
  programme_version: number | null;
  region: string;
  status: string;
  status_reason: string | null;
  status_type: string;
  submitted_at: Date | null;
  updated_at: Date;
  version: number;
}

/** 'ListApplications' query type */
export interface IListApplicationsQuery {
  params: IListApplicationsParams;
  result: IListApplicationsResult;
}

const listApplicationsIR: any = {"usedParamSet":{"taxpayerId":true,"region":true,"status":true,"operatorId":true,"limit":true},"params":[{"name":"taxpayerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":424,"b":434},{"a":522,"b":532}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":543,"b":549},{"a":579,"b":585}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":595,"b":601},{"a":631,"b":637}]},{"name":"operatorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":647,"b":657},{"a":692,"b":702}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":752,"b":758}]}],"statement":"SELECT a.id, a.operator_id, a.region, a.status_type, a.status, a.consent_to_mra_sharing, a.programme_version, a.submitted_at, a.acceptance_deadline, a.accepted_at, a.decision_deadline, a.decided_by, a.status_reason, a.decision_reasons, a.decided_at, a.hearing_grounds, a.hearing_respond_by, a.hearing_response, a.hearing_responded_by, a.hearing_responded_at, a.created_by, a.version, a.updated_at\nFROM applications a\nWHERE (:taxpayerId::text IS NULL OR a.operator_id IN (SELECT o.id FROM operators o WHERE o.taxpayer_id = :taxpayerId))\n  AND (:region::text IS NULL OR a.region = :region)\n  AND (:status::text IS NULL OR a.status = :status)\n  AND (:operatorId::uuid IS NULL OR a.operator_id = :operatorId)\nORDER BY a.submitted_at DESC NULLS FIRST\nLIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.id, a.operator_id, a.region, a.status_type, a.status, a.consent_to_mra_sharing, a.programme_version, a.submitted_at, a.acceptance_deadline, a.accepted_at, a.decision_deadline, a.decided_by, a.status_reason, a.decision_reasons, a.decided_at, a.hearing_grounds, a.hearing_respond_by, a.hearing_response, a.hearing_responded_by, a.hearing_responded_at, a.created_by, a.version, a.updated_at
 * FROM applications a
 * WHERE (:taxpayerId::text IS NULL OR a.operator_id IN (SELECT o.id FROM operators o WHERE o.taxpayer_id = :taxpayerId))
 *   AND (:region::text IS NULL OR a.region = :region)
 *   AND (:status::text IS NULL OR a.status = :status)
 *   AND (:operatorId::uuid IS NULL OR a.operator_id = :operatorId)
 * ORDER BY a.submitted_at DESC NULLS FIRST
 * LIMIT :limit!::int
 * ```
 */
export const listApplications = new PreparedQuery<IListApplicationsParams,IListApplicationsResult>(listApplicationsIR);


/** 'InsertDraft' parameters type */
export interface IInsertDraftParams {
  consentToMraSharing: boolean;
  createdBy: string;
  id: string;
  operatorId: string;
  programmeVersion: number;
  region: string;
  statusType: string;
}

/** 'InsertDraft' return type */
export interface IInsertDraftResult {
  acceptance_deadline: Date | null;
  accepted_at: Date | null;
  consent_to_mra_sharing: boolean;
  created_by: string;
  decided_at: Date | null;
  decided_by: string | null;
  decision_deadline: Date | null;
  decision_reasons: Json | null;
  hearing_grounds: Json | null;
  hearing_respond_by: Date | null;
  hearing_responded_at: Date | null;
  hearing_responded_by: string | null;
  hearing_response: string | null;
  id: string;
  operator_id: string;
  programme_version: number | null;
  region: string;
  status: string;
  status_reason: string | null;
  status_type: string;
  submitted_at: Date | null;
  updated_at: Date;
  version: number;
}

/** 'InsertDraft' query type */
export interface IInsertDraftQuery {
  params: IInsertDraftParams;
  result: IInsertDraftResult;
}

const insertDraftIR: any = {"usedParamSet":{"id":true,"operatorId":true,"region":true,"statusType":true,"consentToMraSharing":true,"programmeVersion":true,"createdBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":135,"b":138}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":141,"b":152}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":155,"b":162}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":165,"b":176}]},{"name":"consentToMraSharing","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":208}]},{"name":"programmeVersion","required":true,"transform":{"type":"scalar"},"locs":[{"a":211,"b":228}]},{"name":"createdBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":231,"b":241}]}],"statement":"INSERT INTO applications (id, operator_id, region, status_type, status, consent_to_mra_sharing, programme_version, created_by)\nVALUES (:id!, :operatorId!, :region!, :statusType!, 'draft', :consentToMraSharing!, :programmeVersion!, :createdBy!)\nRETURNING id, operator_id, region, status_type, status, consent_to_mra_sharing, programme_version, submitted_at, acceptance_deadline, accepted_at, decision_deadline, decided_by, status_reason, decision_reasons, decided_at, hearing_grounds, hearing_respond_by, hearing_response, hearing_responded_by, hearing_responded_at, created_by, version, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO applications (id, operator_id, region, status_type, status, consent_to_mra_sharing, programme_version, created_by)
 * VALUES (:id!, :operatorId!, :region!, :statusType!, 'draft', :consentToMraSharing!, :programmeVersion!, :createdBy!)
 * RETURNING id, operator_id, region, status_type, status, consent_to_mra_sharing, programme_version, submitted_at, acceptance_deadline, accepted_at, decision_deadline, decided_by, status_reason, decision_reasons, decided_at, hearing_grounds, hearing_respond_by, hearing_response, hearing_responded_by, hearing_responded_at, created_by, version, updated_at
 * ```
 */
export const insertDraft = new PreparedQuery<IInsertDraftParams,IInsertDraftResult>(insertDraftIR);


/** 'MarkSubmitted' parameters type */
export interface IMarkSubmittedParams {
  acceptanceDeadline: DateOrString;
  id: string;
  submittedAt: DateOrString;
}

/** 'MarkSubmitted' return type */
export type IMarkSubmittedResult = void;

/** 'MarkSubmitted' query type */
export interface IMarkSubmittedQuery {
  params: IMarkSubmittedParams;
  result: IMarkSubmittedResult;
}

const markSubmittedIR: any = {"usedParamSet":{"submittedAt":true,"acceptanceDeadline":true,"id":true},"params":[{"name":"submittedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":73}]},{"name":"acceptanceDeadline","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":117}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":173,"b":176}]}],"statement":"UPDATE applications SET status = 'submitted', submitted_at = :submittedAt!, acceptance_deadline = :acceptanceDeadline!, version = version + 1, updated_at = now()\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE applications SET status = 'submitted', submitted_at = :submittedAt!, acceptance_deadline = :acceptanceDeadline!, version = version + 1, updated_at = now()
 * WHERE id = :id!
 * ```
 */
export const markSubmitted = new PreparedQuery<IMarkSubmittedParams,IMarkSubmittedResult>(markSubmittedIR);


/** 'MarkAccepted' parameters type */
export interface IMarkAcceptedParams {
  acceptedAt: DateOrString;
  decidedBy: string;
  decisionDeadline: DateOrString;
  id: string;
  statusReason?: string | null | void;
}

/** 'MarkAccepted' return type */
export type IMarkAcceptedResult = void;

/** 'MarkAccepted' query type */
export interface IMarkAcceptedQuery {
  params: IMarkAcceptedParams;
  result: IMarkAcceptedResult;
}

const markAcceptedIR: any = {"usedParamSet":{"acceptedAt":true,"decisionDeadline":true,"decidedBy":true,"statusReason":true,"id":true},"params":[{"name":"acceptedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":59,"b":70}]},{"name":"decisionDeadline","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":110}]},{"name":"decidedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":136}]},{"name":"statusReason","required":false,"transform":{"type":"scalar"},"locs":[{"a":155,"b":167}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":223,"b":226}]}],"statement":"UPDATE applications SET status = 'accepted', accepted_at = :acceptedAt!, decision_deadline = :decisionDeadline!, decided_by = :decidedBy!, status_reason = :statusReason, version = version + 1, updated_at = now()\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE applications SET status = 'accepted', accepted_at = :acceptedAt!, decision_deadline = :decisionDeadline!, decided_by = :decidedBy!, status_reason = :statusReason, version = version + 1, updated_at = now()
 * WHERE id = :id!
 * ```
 */
export const markAccepted = new PreparedQuery<IMarkAcceptedParams,IMarkAcceptedResult>(markAcceptedIR);


/** 'MarkRejected' parameters type */
export interface IMarkRejectedParams {
  decidedBy: string;
  id: string;
  reason: string;
}

/** 'MarkRejected' return type */
export type IMarkRejectedResult = void;

/** 'MarkRejected' query type */
export interface IMarkRejectedQuery {
  params: IMarkRejectedParams;
  result: IMarkRejectedResult;
}

const markRejectedIR: any = {"usedParamSet":{"decidedBy":true,"reason":true,"id":true},"params":[{"name":"decidedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":68}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":87,"b":94}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":150,"b":153}]}],"statement":"UPDATE applications SET status = 'rejected', decided_by = :decidedBy!, status_reason = :reason!, version = version + 1, updated_at = now()\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE applications SET status = 'rejected', decided_by = :decidedBy!, status_reason = :reason!, version = version + 1, updated_at = now()
 * WHERE id = :id!
 * ```
 */
export const markRejected = new PreparedQuery<IMarkRejectedParams,IMarkRejectedResult>(markRejectedIR);


/** 'SetDecisionDeadline' parameters type */
export interface ISetDecisionDeadlineParams {
  decisionDeadline: DateOrString;
  id: string;
}

/** 'SetDecisionDeadline' return type */
export type ISetDecisionDeadlineResult = void;

/** 'SetDecisionDeadline' query type */
export interface ISetDecisionDeadlineQuery {
  params: ISetDecisionDeadlineParams;
  result: ISetDecisionDeadlineResult;
}

const setDecisionDeadlineIR: any = {"usedParamSet":{"decisionDeadline":true,"id":true},"params":[{"name":"decisionDeadline","required":true,"transform":{"type":"scalar"},"locs":[{"a":44,"b":61}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":120}]}],"statement":"UPDATE applications SET decision_deadline = :decisionDeadline!, version = version + 1, updated_at = now()\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE applications SET decision_deadline = :decisionDeadline!, version = version + 1, updated_at = now()
 * WHERE id = :id!
 * ```
 */
export const setDecisionDeadline = new PreparedQuery<ISetDecisionDeadlineParams,ISetDecisionDeadlineResult>(setDecisionDeadlineIR);


/** 'MarkHearing' parameters type */
export interface IMarkHearingParams {
  decidedBy: string;
  grounds: Json;
  id: string;
  respondBy: DateOrString;
}

/** 'MarkHearing' return type */
export type IMarkHearingResult = void;

/** 'MarkHearing' query type */
export interface IMarkHearingQuery {
  params: IMarkHearingParams;
  result: IMarkHearingResult;
}

const markHearingIR: any = {"usedParamSet":{"grounds":true,"respondBy":true,"decidedBy":true,"id":true},"params":[{"name":"grounds","required":true,"transform":{"type":"scalar"},"locs":[{"a":62,"b":70}]},{"name":"respondBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":101,"b":111}]},{"name":"decidedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":137}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":193,"b":196}]}],"statement":"UPDATE applications SET status = 'hearing', hearing_grounds = :grounds!::jsonb, hearing_respond_by = :respondBy!, decided_by = :decidedBy!, version = version + 1, updated_at = now()\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE applications SET status = 'hearing', hearing_grounds = :grounds!::jsonb, hearing_respond_by = :respondBy!, decided_by = :decidedBy!, version = version + 1, updated_at = now()
 * WHERE id = :id!
 * ```
 */
export const markHearing = new PreparedQuery<IMarkHearingParams,IMarkHearingResult>(markHearingIR);


/** 'MarkDecided' parameters type */
export interface IMarkDecidedParams {
  decidedAt: DateOrString;
  decidedBy: string;
  id: string;
  reasons: Json;
  status: string;
}

/** 'MarkDecided' return type */
export type IMarkDecidedResult = void;

/** 'MarkDecided' query type */
export interface IMarkDecidedQuery {
  params: IMarkDecidedParams;
  result: IMarkDecidedResult;
}

const markDecidedIR: any = {"usedParamSet":{"status":true,"decidedBy":true,"decidedAt":true,"reasons":true,"id":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":33,"b":40}]},{"name":"decidedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":56,"b":66}]},{"name":"decidedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":92}]},{"name":"reasons","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":122}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":185,"b":188}]}],"statement":"UPDATE applications SET status = :status!, decided_by = :decidedBy!, decided_at = :decidedAt!, decision_reasons = :reasons!::jsonb, version = version + 1, updated_at = now()\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE applications SET status = :status!, decided_by = :decidedBy!, decided_at = :decidedAt!, decision_reasons = :reasons!::jsonb, version = version + 1, updated_at = now()
 * WHERE id = :id!
 * ```
 */
export const markDecided = new PreparedQuery<IMarkDecidedParams,IMarkDecidedResult>(markDecidedIR);


/** 'RecordHearingResponse' parameters type */
export interface IRecordHearingResponseParams {
  id: string;
  respondedAt: DateOrString;
  respondedBy: string;
  response: string;
}

/** 'RecordHearingResponse' return type */
export type IRecordHearingResponseResult = void;

/** 'RecordHearingResponse' query type */
export interface IRecordHearingResponseQuery {
  params: IRecordHearingResponseParams;
  result: IRecordHearingResponseResult;
}

const recordHearingResponseIR: any = {"usedParamSet":{"response":true,"respondedBy":true,"respondedAt":true,"id":true},"params":[{"name":"response","required":true,"transform":{"type":"scalar"},"locs":[{"a":43,"b":52}]},{"name":"respondedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":78,"b":90}]},{"name":"respondedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":116,"b":128}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":184,"b":187}]}],"statement":"UPDATE applications SET hearing_response = :response!, hearing_responded_by = :respondedBy!, hearing_responded_at = :respondedAt!, version = version + 1, updated_at = now()\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE applications SET hearing_response = :response!, hearing_responded_by = :respondedBy!, hearing_responded_at = :respondedAt!, version = version + 1, updated_at = now()
 * WHERE id = :id!
 * ```
 */
export const recordHearingResponse = new PreparedQuery<IRecordHearingResponseParams,IRecordHearingResponseResult>(recordHearingResponseIR);


/** 'MarkWithdrawn' parameters type */
export interface IMarkWithdrawnParams {
  decidedAt: DateOrString;
  decidedBy: string;
  id: string;
  reason: string;
}

/** 'MarkWithdrawn' return type */
export type IMarkWithdrawnResult = void;

/** 'MarkWithdrawn' query type */
export interface IMarkWithdrawnQuery {
  params: IMarkWithdrawnParams;
  result: IMarkWithdrawnResult;
}

const markWithdrawnIR: any = {"usedParamSet":{"reason":true,"decidedBy":true,"decidedAt":true,"id":true},"params":[{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":62,"b":69}]},{"name":"decidedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":95}]},{"name":"decidedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":121}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":177,"b":180}]}],"statement":"UPDATE applications SET status = 'withdrawn', status_reason = :reason!, decided_by = :decidedBy!, decided_at = :decidedAt!, version = version + 1, updated_at = now()\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE applications SET status = 'withdrawn', status_reason = :reason!, decided_by = :decidedBy!, decided_at = :decidedAt!, version = version + 1, updated_at = now()
 * WHERE id = :id!
 * ```
 */
export const markWithdrawn = new PreparedQuery<IMarkWithdrawnParams,IMarkWithdrawnResult>(markWithdrawnIR);


/** 'SetMraConsent' parameters type */
export interface ISetMraConsentParams {
  consentToMraSharing: boolean;
  id: string;
}

/** 'SetMraConsent' return type */
export type ISetMraConsentResult = void;

/** 'SetMraConsent' query type */
export interface ISetMraConsentQuery {
  params: ISetMraConsentParams;
  result: ISetMraConsentResult;
}

const setMraConsentIR: any = {"usedParamSet":{"consentToMraSharing":true,"id":true},"params":[{"name":"consentToMraSharing","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":69}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":125,"b":128}]}],"statement":"UPDATE applications SET consent_to_mra_sharing = :consentToMraSharing!, version = version + 1, updated_at = now()\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE applications SET consent_to_mra_sharing = :consentToMraSharing!, version = version + 1, updated_at = now()
 * WHERE id = :id!
 * ```
 */
export const setMraConsent = new PreparedQuery<ISetMraConsentParams,ISetMraConsentResult>(setMraConsentIR);


/** 'FindRecentRevocation' parameters type */
export interface IFindRecentRevocationParams {
  operatorId: string;
  years: number;
}

/** 'FindRecentRevocation' return type */
export interface IFindRecentRevocationResult {
  revoked_at: Date;
}

/** 'FindRecentRevocation' query type */
export interface IFindRecentRevocationQuery {
  params: IFindRecentRevocationParams;
  result: IFindRecentRevocationResult;
}

const findRecentRevocationIR: any = {"usedParamSet":{"operatorId":true,"years":true},"params":[{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":136,"b":147}]},{"name":"years","required":true,"transform":{"type":"scalar"},"locs":[{"a":202,"b":208}]}],"statement":"SELECT h.changed_at AS revoked_at FROM authorisation_history h JOIN authorisations a USING (authorisation_number)\nWHERE a.operator_id = :operatorId! AND h.change = 'revoked' AND h.changed_at > now() - (:years!::int * interval '1 year')\nORDER BY h.changed_at DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT h.changed_at AS revoked_at FROM authorisation_history h JOIN authorisations a USING (authorisation_number)
 * WHERE a.operator_id = :operatorId! AND h.change = 'revoked' AND h.changed_at > now() - (:years!::int * interval '1 year')
 * ORDER BY h.changed_at DESC LIMIT 1
 * ```
 */
export const findRecentRevocation = new PreparedQuery<IFindRecentRevocationParams,IFindRecentRevocationResult>(findRecentRevocationIR);


