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


/** 'ListOfficerCompanyPage' parameters type */
export interface IListOfficerCompanyPageParams {
  limit: number;
  officerSub?: string | null | void;
  offset: number;
  order: string;
  pilotId?: string | null | void;
  region?: string | null | void;
  sort: string;
  unassigned: boolean;
}

/** 'ListOfficerCompanyPage' return type */
export interface IListOfficerCompanyPageResult {
  assigned_at: Date | null;
  assigned_by: string | null;
  company_name: string | null;
  officer_name: string | null;
  officer_sub: string | null;
  operator_id: string | null;
  pilot_code: string;
  pilot_id: string;
  pilot_status: string;
  pilot_title: string;
  reason: string | null;
  region: string;
  sequence: number | null;
  taxpayer_id: string;
  total: string;
}

/** 'ListOfficerCompanyPage' query type */
export interface IListOfficerCompanyPageQuery {
  params: IListOfficerCompanyPageParams;
  result: IListOfficerCompanyPageResult;
}

const listOfficerCompanyPageIR: any = {"usedParamSet":{"pilotId":true,"region":true,"officerSub":true,"unassigned":true,"sort":true,"order":true,"limit":true,"offset":true},"params":[{"name":"pilotId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1328,"b":1335},{"a":1368,"b":1375}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":1385,"b":1391},{"a":1422,"b":1428}]},{"name":"officerSub","required":false,"transform":{"type":"scalar"},"locs":[{"a":1438,"b":1448},{"a":1483,"b":1493}]},{"name":"unassigned","required":true,"transform":{"type":"scalar"},"locs":[{"a":1507,"b":1518}]},{"name":"sort","required":true,"transform":{"type":"scalar"},"locs":[{"a":1576,"b":1581},{"a":1670,"b":1675},{"a":1766,"b":1771},{"a":1861,"b":1866},{"a":1958,"b":1963},{"a":2044,"b":2049}]},{"name":"order","required":true,"transform":{"type":"scalar"},"locs":[{"a":1608,"b":1614},{"a":1702,"b":1708},{"a":1798,"b":1804},{"a":1893,"b":1899},{"a":1989,"b":1995},{"a":2075,"b":2081},{"a":2132,"b":2138},{"a":2192,"b":2198},{"a":2254,"b":2260},{"a":2317,"b":2323}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":2375,"b":2381}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":2395,"b":2402}]}],"statement":"-- The companies taking part in any pilot (stage accepted: not withdrawn) with the officer in charge of each, if any\n-- (GET /v1/pilot-companies): officers are assigned by hand, so a company may have none yet (its officer fields null;\n-- `unassigned` keeps only those). A page, the whole list counted on every row (readPage); with the latest assignment\n-- first (desc), the companies without an officer come first; ties broken by pilot and taxpayer id.\nSELECT pp.pilot_id AS \"pilot_id!\", p.code AS \"pilot_code!\", p.title AS \"pilot_title!\", p.status AS \"pilot_status!\",\n  pp.taxpayer_id AS \"taxpayer_id!\", c.sequence AS \"sequence?\", COALESCE(c.operator_id, pp.operator_id) AS operator_id,\n  c.company_name AS \"company_name?\", pp.region AS \"region!\", c.officer_sub AS \"officer_sub?\", c.officer_name AS \"officer_name?\",\n  c.assigned_by AS \"assigned_by?\", c.assigned_at AS \"assigned_at?\", c.reason AS \"reason?\",\n  COUNT(*) OVER () AS \"total!\"\nFROM pilot_participants pp\nJOIN pilots p ON p.id = pp.pilot_id\nLEFT JOIN LATERAL (\n  SELECT o.sequence, o.operator_id, o.company_name, o.officer_sub, o.officer_name, o.assigned_by, o.assigned_at, o.reason\n  FROM pilot_contact_officers o\n  WHERE o.pilot_id = pp.pilot_id AND o.taxpayer_id = pp.taxpayer_id\n  ORDER BY o.sequence DESC\n  LIMIT 1\n) c ON true\nWHERE pp.stage = 'accepted'\n  AND (:pilotId::uuid IS NULL OR pp.pilot_id = :pilotId)\n  AND (:region::text IS NULL OR pp.region = :region)\n  AND (:officerSub::text IS NULL OR c.officer_sub = :officerSub)\n  AND (NOT :unassigned!::boolean OR c.officer_sub IS NULL)\nORDER BY\n  CASE WHEN :sort!::text = 'assignedAt' AND :order!::text = 'asc' THEN c.assigned_at END ASC,\n  CASE WHEN :sort!::text = 'assignedAt' AND :order!::text = 'desc' THEN c.assigned_at END DESC,\n  CASE WHEN :sort!::text = 'taxpayerId' AND :order!::text = 'asc' THEN pp.taxpayer_id END ASC,\n  CASE WHEN :sort!::text = 'taxpayerId' AND :order!::text = 'desc' THEN pp.taxpayer_id END DESC,\n  CASE WHEN :sort!::text = 'pilotCode' AND :order!::text = 'asc' THEN p.code END ASC,\n  CASE WHEN :sort!::text = 'pilotCode' AND :order!::text = 'desc' THEN p.code END DESC,\n  CASE WHEN :order!::text = 'asc' THEN pp.pilot_id END ASC,\n  CASE WHEN :order!::text = 'desc' THEN pp.pilot_id END DESC,\n  CASE WHEN :order!::text = 'asc' THEN pp.taxpayer_id END ASC,\n  CASE WHEN :order!::text = 'desc' THEN pp.taxpayer_id END DESC\nLIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- The companies taking part in any pilot (stage accepted: not withdrawn) with the officer in charge of each, if any
 * -- (GET /v1/pilot-companies): officers are assigned by hand, so a company may have none yet (its officer fields null;
 * -- `unassigned` keeps only those). A page, the whole list counted on every row (readPage); with the latest assignment
 * -- first (desc), the companies without an officer come first; ties broken by pilot and taxpayer id.
 * SELECT pp.pilot_id AS "pilot_id!", p.code AS "pilot_code!", p.title AS "pilot_title!", p.status AS "pilot_status!",
 *   pp.taxpayer_id AS "taxpayer_id!", c.sequence AS "sequence?", COALESCE(c.operator_id, pp.operator_id) AS operator_id,
 *   c.company_name AS "company_name?", pp.region AS "region!", c.officer_sub AS "officer_sub?", c.officer_name AS "officer_name?",
 *   c.assigned_by AS "assigned_by?", c.assigned_at AS "assigned_at?", c.reason AS "reason?",
 *   COUNT(*) OVER () AS "total!"
 * FROM pilot_participants pp
 * JOIN pilots p ON p.id = pp.pilot_id
 * LEFT JOIN LATERAL (
 *   SELECT o.sequence, o.operator_id, o.company_name, o.officer_sub, o.officer_name, o.assigned_by, o.assigned_at, o.reason
 *   FROM pilot_contact_officers o
 *   WHERE o.pilot_id = pp.pilot_id AND o.taxpayer_id = pp.taxpayer_id
 *   ORDER BY o.sequence DESC
 *   LIMIT 1
 * ) c ON true
 * WHERE pp.stage = 'accepted'
 *   AND (:pilotId::uuid IS NULL OR pp.pilot_id = :pilotId)
 *   AND (:region::text IS NULL OR pp.region = :region)
 *   AND (:officerSub::text IS NULL OR c.officer_sub = :officerSub)
 *   AND (NOT :unassigned!::boolean OR c.officer_sub IS NULL)
 * ORDER BY
 *   CASE WHEN :sort!::text = 'assignedAt' AND :order!::text = 'asc' THEN c.assigned_at END ASC,
 *   CASE WHEN :sort!::text = 'assignedAt' AND :order!::text = 'desc' THEN c.assigned_at END DESC,
 *   CASE WHEN :sort!::text = 'taxpayerId' AND :order!::text = 'asc' THEN pp.taxpayer_id END ASC,
 *   CASE WHEN :sort!::text = 'taxpayerId' AND :order!::text = 'desc' THEN pp.taxpayer_id END DESC,
 *   CASE WHEN :sort!::text = 'pilotCode' AND :order!::text = 'asc' THEN p.code END ASC,
 *   CASE WHEN :sort!::text = 'pilotCode' AND :order!::text = 'desc' THEN p.code END DESC,
 *   CASE WHEN :order!::text = 'asc' THEN pp.pilot_id END ASC,
 *   CASE WHEN :order!::text = 'desc' THEN pp.pilot_id END DESC,
 *   CASE WHEN :order!::text = 'asc' THEN pp.taxpayer_id END ASC,
 *   CASE WHEN :order!::text = 'desc' THEN pp.taxpayer_id END DESC
 * LIMIT :limit!::int OFFSET :offset!::int
 * ```
 */
export const listOfficerCompanyPage = new PreparedQuery<IListOfficerCompanyPageParams,IListOfficerCompanyPageResult>(listOfficerCompanyPageIR);


