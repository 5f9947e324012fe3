/** Types generated for queries found in "services/applications/src/pilot-participants/pilot-participants.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'UpsertPilotParticipant' parameters type */
export interface IUpsertPilotParticipantParams {
  acceptedAt: DateOrString;
  eventId: string;
  operatorId?: string | null | void;
  pilotId: string;
  region: string;
  taxpayerId: string;
}

/** 'UpsertPilotParticipant' return type */
export type IUpsertPilotParticipantResult = void;

/** 'UpsertPilotParticipant' query type */
export interface IUpsertPilotParticipantQuery {
  params: IUpsertPilotParticipantParams;
  result: IUpsertPilotParticipantResult;
}

const upsertPilotParticipantIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true,"operatorId":true,"region":true,"acceptedAt":true,"eventId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":115}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":118,"b":129}]},{"name":"operatorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":132,"b":142}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":152}]},{"name":"acceptedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":155,"b":166}]},{"name":"eventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":169,"b":177}]}],"statement":"INSERT INTO pilot_participants (pilot_id, taxpayer_id, operator_id, region, accepted_at, event_id)\nVALUES (:pilotId!, :taxpayerId!, :operatorId, :region!, :acceptedAt!, :eventId!)\nON CONFLICT (pilot_id, taxpayer_id) DO UPDATE\nSET operator_id = COALESCE(EXCLUDED.operator_id, pilot_participants.operator_id), region = EXCLUDED.region,\n    accepted_at = EXCLUDED.accepted_at, event_id = EXCLUDED.event_id, recorded_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_participants (pilot_id, taxpayer_id, operator_id, region, accepted_at, event_id)
 * VALUES (:pilotId!, :taxpayerId!, :operatorId, :region!, :acceptedAt!, :eventId!)
 * ON CONFLICT (pilot_id, taxpayer_id) DO UPDATE
 * SET operator_id = COALESCE(EXCLUDED.operator_id, pilot_participants.operator_id), region = EXCLUDED.region,
 *     accepted_at = EXCLUDED.accepted_at, event_id = EXCLUDED.event_id, recorded_at = now()
 * ```
 */
export const upsertPilotParticipant = new PreparedQuery<IUpsertPilotParticipantParams,IUpsertPilotParticipantResult>(upsertPilotParticipantIR);


/** 'FindPilotOfCompany' parameters type */
export interface IFindPilotOfCompanyParams {
  operatorId: string;
  taxpayerId: string;
}

/** 'FindPilotOfCompany' return type */
export interface IFindPilotOfCompanyResult {
  pilot_id: string;
}

/** 'FindPilotOfCompany' query type */
export interface IFindPilotOfCompanyQuery {
  params: IFindPilotOfCompanyParams;
  result: IFindPilotOfCompanyResult;
}

const findPilotOfCompanyIR: any = {"usedParamSet":{"taxpayerId":true,"operatorId":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":71}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":101}]}],"statement":"SELECT pilot_id\nFROM pilot_participants\nWHERE taxpayer_id = :taxpayerId! OR operator_id = :operatorId!\nORDER BY accepted_at DESC, pilot_id\nLIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pilot_id
 * FROM pilot_participants
 * WHERE taxpayer_id = :taxpayerId! OR operator_id = :operatorId!
 * ORDER BY accepted_at DESC, pilot_id
 * LIMIT 1
 * ```
 */
export const findPilotOfCompany = new PreparedQuery<IFindPilotOfCompanyParams,IFindPilotOfCompanyResult>(findPilotOfCompanyIR);


/** 'ListCertificationsOfCompany' parameters type */
export interface IListCertificationsOfCompanyParams {
  operatorId?: string | null | void;
  taxpayerId: string;
}

/** 'ListCertificationsOfCompany' return type */
export interface IListCertificationsOfCompanyResult {
  application_id: string;
}

/** 'ListCertificationsOfCompany' query type */
export interface IListCertificationsOfCompanyQuery {
  params: IListCertificationsOfCompanyParams;
  result: IListCertificationsOfCompanyResult;
}

const listCertificationsOfCompanyIR: any = {"usedParamSet":{"taxpayerId":true,"operatorId":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":125}]},{"name":"operatorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":137,"b":147}]}],"statement":"SELECT a.id AS application_id\nFROM applications a\nJOIN operators o ON o.id = a.operator_id\nWHERE (o.taxpayer_id = :taxpayerId! OR o.id = :operatorId)\n  AND a.status IN ('submitted', 'accepted', 'hearing')\nORDER BY a.submitted_at, a.id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.id AS application_id
 * FROM applications a
 * JOIN operators o ON o.id = a.operator_id
 * WHERE (o.taxpayer_id = :taxpayerId! OR o.id = :operatorId)
 *   AND a.status IN ('submitted', 'accepted', 'hearing')
 * ORDER BY a.submitted_at, a.id
 * ```
 */
export const listCertificationsOfCompany = new PreparedQuery<IListCertificationsOfCompanyParams,IListCertificationsOfCompanyResult>(listCertificationsOfCompanyIR);


