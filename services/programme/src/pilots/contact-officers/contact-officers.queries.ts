/** Types generated for queries found in "services/programme/src/pilots/contact-officers/contact-officers.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'FindPilotStatus' parameters type */
export interface IFindPilotStatusParams {
  pilotId: string;
}

/** 'FindPilotStatus' return type */
export interface IFindPilotStatusResult {
  code: string;
  id: string;
  status: string;
  title: string;
}

/** 'FindPilotStatus' query type */
export interface IFindPilotStatusQuery {
  params: IFindPilotStatusParams;
  result: IFindPilotStatusResult;
}

const findPilotStatusIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":54,"b":62}]}],"statement":"SELECT id, code, title, status FROM pilots WHERE id = :pilotId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, code, title, status FROM pilots WHERE id = :pilotId!
 * ```
 */
export const findPilotStatus = new PreparedQuery<IFindPilotStatusParams,IFindPilotStatusResult>(findPilotStatusIR);


/** 'LockPilotCompany' parameters type */
export interface ILockPilotCompanyParams {
  pilotId: string;
  taxpayerId: string;
}

/** 'LockPilotCompany' return type */
export interface ILockPilotCompanyResult {
  locked: undefined | null;
}

/** 'LockPilotCompany' query type */
export interface ILockPilotCompanyQuery {
  params: ILockPilotCompanyParams;
  result: ILockPilotCompanyResult;
}

const lockPilotCompanyIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":66}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":95}]}],"statement":"SELECT pg_advisory_xact_lock(hashtext('pilot-company:' || :pilotId!::text || ':' || :taxpayerId!::text)) AS locked"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pg_advisory_xact_lock(hashtext('pilot-company:' || :pilotId!::text || ':' || :taxpayerId!::text)) AS locked
 * ```
 */
export const lockPilotCompany = new PreparedQuery<ILockPilotCompanyParams,ILockPilotCompanyResult>(lockPilotCompanyIR);


/** 'ListOfficerHistory' parameters type */
export interface IListOfficerHistoryParams {
  pilotId: string;
  taxpayerId: string;
}

/** 'ListOfficerHistory' return type */
export interface IListOfficerHistoryResult {
  assigned_at: Date;
  assigned_by: string;
  company_name: string | null;
  officer_name: string | null;
  officer_sub: string;
  operator_id: string | null;
  pilot_id: string;
  reason: string;
  region: string;
  sequence: number;
  taxpayer_id: string;
}

/** 'ListOfficerHistory' query type */
export interface IListOfficerHistoryQuery {
  params: IListOfficerHistoryParams;
  result: IListOfficerHistoryResult;
}

const listOfficerHistoryIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":180,"b":188}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":208,"b":219}]}],"statement":"SELECT pilot_id, taxpayer_id, sequence, operator_id, company_name, region, officer_sub, officer_name, assigned_by, assigned_at, reason\nFROM pilot_contact_officers\nWHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!\nORDER BY sequence DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pilot_id, taxpayer_id, sequence, operator_id, company_name, region, officer_sub, officer_name, assigned_by, assigned_at, reason
 * FROM pilot_contact_officers
 * WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
 * ORDER BY sequence DESC
 * ```
 */
export const listOfficerHistory = new PreparedQuery<IListOfficerHistoryParams,IListOfficerHistoryResult>(listOfficerHistoryIR);


/** 'InsertOfficerAssignment' parameters type */
export interface IInsertOfficerAssignmentParams {
  assignedBy: string;
  companyName?: string | null | void;
  officerName?: string | null | void;
  officerSub: string;
  operatorId?: string | null | void;
  pilotId: string;
  reason: string;
  region: string;
  taxpayerId: string;
}

/** 'InsertOfficerAssignment' return type */
export interface IInsertOfficerAssignmentResult {
  assigned_at: Date;
  assigned_by: string;
  company_name: string | null;
  officer_name: string | null;
  officer_sub: string;
  operator_id: string | null;
  pilot_id: string;
  reason: string;
  region: string;
  sequence: number;
  taxpayer_id: string;
}

/** 'InsertOfficerAssignment' query type */
export interface IInsertOfficerAssignmentQuery {
  params: IInsertOfficerAssignmentParams;
  result: IInsertOfficerAssignmentResult;
}

const insertOfficerAssignmentIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true,"operatorId":true,"companyName":true,"region":true,"officerSub":true,"officerName":true,"assignedBy":true,"reason":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":159,"b":167},{"a":349,"b":357}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":181},{"a":377,"b":388}]},{"name":"operatorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":216,"b":226}]},{"name":"companyName","required":false,"transform":{"type":"scalar"},"locs":[{"a":229,"b":240}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":243,"b":250}]},{"name":"officerSub","required":true,"transform":{"type":"scalar"},"locs":[{"a":253,"b":264}]},{"name":"officerName","required":false,"transform":{"type":"scalar"},"locs":[{"a":267,"b":278}]},{"name":"assignedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":281,"b":292}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":295,"b":302}]}],"statement":"INSERT INTO pilot_contact_officers (pilot_id, taxpayer_id, sequence, operator_id, company_name, region, officer_sub, officer_name, assigned_by, reason)\nSELECT :pilotId!, :taxpayerId!, COALESCE(max(sequence), 0) + 1, :operatorId, :companyName, :region!, :officerSub!, :officerName, :assignedBy!, :reason!\nFROM pilot_contact_officers\nWHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!\nRETURNING pilot_id, taxpayer_id, sequence, operator_id, company_name, region, officer_sub, officer_name, assigned_by, assigned_at, reason"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_contact_officers (pilot_id, taxpayer_id, sequence, operator_id, company_name, region, officer_sub, officer_name, assigned_by, reason)
 * SELECT :pilotId!, :taxpayerId!, COALESCE(max(sequence), 0) + 1, :operatorId, :companyName, :region!, :officerSub!, :officerName, :assignedBy!, :reason!
 * FROM pilot_contact_officers
 * WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
 * RETURNING pilot_id, taxpayer_id, sequence, operator_id, company_name, region, officer_sub, officer_name, assigned_by, assigned_at, reason
 * ```
 */
export const insertOfficerAssignment = new PreparedQuery<IInsertOfficerAssignmentParams,IInsertOfficerAssignmentResult>(insertOfficerAssignmentIR);


/** 'ListCurrentOfficers' parameters type */
export interface IListCurrentOfficersParams {
  officerSub?: string | null | void;
  pilotId: string;
  region?: string | null | void;
  takingPart: boolean;
  taxpayerId?: string | null | void;
}

/** 'ListCurrentOfficers' return type */
export interface IListCurrentOfficersResult {
  assigned_at: Date;
  assigned_by: string;
  company_name: string | null;
  officer_name: string | null;
  officer_sub: string;
  operator_id: string | null;
  pilot_id: string;
  reason: string;
  region: string;
  sequence: number;
  taxpayer_id: string;
}

/** 'ListCurrentOfficers' query type */
export interface IListCurrentOfficersQuery {
  params: IListCurrentOfficersParams;
  result: IListCurrentOfficersResult;
}

const listCurrentOfficersIR: any = {"usedParamSet":{"pilotId":true,"region":true,"officerSub":true,"taxpayerId":true,"takingPart":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":252,"b":260}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":311,"b":317},{"a":347,"b":353}]},{"name":"officerSub","required":false,"transform":{"type":"scalar"},"locs":[{"a":363,"b":373},{"a":408,"b":418}]},{"name":"taxpayerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":428,"b":438},{"a":473,"b":483}]},{"name":"takingPart","required":true,"transform":{"type":"scalar"},"locs":[{"a":497,"b":508}]}],"statement":"SELECT c.pilot_id, c.taxpayer_id, c.sequence, c.operator_id, c.company_name, c.region, c.officer_sub, c.officer_name, c.assigned_by,\n  c.assigned_at, c.reason\nFROM (\n  SELECT DISTINCT ON (taxpayer_id) *\n  FROM pilot_contact_officers\n  WHERE pilot_id = :pilotId!\n  ORDER BY taxpayer_id, sequence DESC\n) c\nWHERE (:region::text IS NULL OR c.region = :region)\n  AND (:officerSub::text IS NULL OR c.officer_sub = :officerSub)\n  AND (:taxpayerId::text IS NULL OR c.taxpayer_id = :taxpayerId)\n  AND (NOT :takingPart!::boolean OR EXISTS (\n    SELECT 1 FROM pilot_participants p WHERE p.pilot_id = c.pilot_id AND p.taxpayer_id = c.taxpayer_id AND p.stage = 'accepted'))\nORDER BY c.taxpayer_id\nLIMIT 1000"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.pilot_id, c.taxpayer_id, c.sequence, c.operator_id, c.company_name, c.region, c.officer_sub, c.officer_name, c.assigned_by,
 *   c.assigned_at, c.reason
 * FROM (
 *   SELECT DISTINCT ON (taxpayer_id) *
 *   FROM pilot_contact_officers
 *   WHERE pilot_id = :pilotId!
 *   ORDER BY taxpayer_id, sequence DESC
 * ) c
 * WHERE (:region::text IS NULL OR c.region = :region)
 *   AND (:officerSub::text IS NULL OR c.officer_sub = :officerSub)
 *   AND (:taxpayerId::text IS NULL OR c.taxpayer_id = :taxpayerId)
 *   AND (NOT :takingPart!::boolean OR EXISTS (
 *     SELECT 1 FROM pilot_participants p WHERE p.pilot_id = c.pilot_id AND p.taxpayer_id = c.taxpayer_id AND p.stage = 'accepted'))
 * ORDER BY c.taxpayer_id
 * LIMIT 1000
 * ```
 */
export const listCurrentOfficers = new PreparedQuery<IListCurrentOfficersParams,IListCurrentOfficersResult>(listCurrentOfficersIR);


/** 'FindParticipant' parameters type */
export interface IFindParticipantParams {
  pilotId: string;
  taxpayerId: string;
}

/** 'FindParticipant' return type */
export interface IFindParticipantResult {
  operator_id: string | null;
  region: string;
  stage: string;
  taxpayer_id: string;
}

/** 'FindParticipant' query type */
export interface IFindParticipantQuery {
  params: IFindParticipantParams;
  result: IFindParticipantResult;
}

const findParticipantIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":88,"b":96}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":116,"b":127}]}],"statement":"SELECT taxpayer_id, stage, region, operator_id FROM pilot_participants WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT taxpayer_id, stage, region, operator_id FROM pilot_participants WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
 * ```
 */
export const findParticipant = new PreparedQuery<IFindParticipantParams,IFindParticipantResult>(findParticipantIR);


