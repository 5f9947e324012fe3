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

const findPilotOfCompanyIR: any = {"usedParamSet":{"taxpayerId":true,"operatorId":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":71}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":126}]}],"statement":"SELECT pilot_id\nFROM pilot_participants\nWHERE taxpayer_id = :taxpayerId! AND (operator_id IS NULL OR operator_id = :operatorId!)\nORDER BY accepted_at DESC, pilot_id\nLIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pilot_id
 * FROM pilot_participants
 * WHERE taxpayer_id = :taxpayerId! AND (operator_id IS NULL OR operator_id = :operatorId!)
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

const listCertificationsOfCompanyIR: any = {"usedParamSet":{"taxpayerId":true,"operatorId":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":124}]},{"name":"operatorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":131,"b":141},{"a":167,"b":177}]}],"statement":"SELECT a.id AS application_id\nFROM applications a\nJOIN operators o ON o.id = a.operator_id\nWHERE o.taxpayer_id = :taxpayerId! AND (:operatorId::uuid IS NULL OR o.id = :operatorId)\n  AND a.status IN ('submitted', 'accepted', 'hearing')\nORDER BY a.submitted_at, a.id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.id AS application_id
 * FROM applications a
 * JOIN operators o ON o.id = a.operator_id
 * WHERE o.taxpayer_id = :taxpayerId! AND (:operatorId::uuid IS NULL OR o.id = :operatorId)
 *   AND a.status IN ('submitted', 'accepted', 'hearing')
 * ORDER BY a.submitted_at, a.id
 * ```
 */
export const listCertificationsOfCompany = new PreparedQuery<IListCertificationsOfCompanyParams,IListCertificationsOfCompanyResult>(listCertificationsOfCompanyIR);


/** 'SetPilotParticipantOperator' parameters type */
export interface ISetPilotParticipantOperatorParams {
  eventId: string;
  operatorId: string;
  pilotId: string;
  taxpayerId: string;
}

/** 'SetPilotParticipantOperator' return type */
export interface ISetPilotParticipantOperatorResult {
  region: string;
}

/** 'SetPilotParticipantOperator' query type */
export interface ISetPilotParticipantOperatorQuery {
  params: ISetPilotParticipantOperatorParams;
  result: ISetPilotParticipantOperatorResult;
}

const setPilotParticipantOperatorIR: any = {"usedParamSet":{"operatorId":true,"eventId":true,"pilotId":true,"taxpayerId":true},"params":[{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":44,"b":55}]},{"name":"eventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":77}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":125}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":156}]}],"statement":"UPDATE pilot_participants\nSET operator_id = :operatorId!, event_id = :eventId!, recorded_at = now()\nWHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!\nRETURNING region"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilot_participants
 * SET operator_id = :operatorId!, event_id = :eventId!, recorded_at = now()
 * WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
 * RETURNING region
 * ```
 */
export const setPilotParticipantOperator = new PreparedQuery<ISetPilotParticipantOperatorParams,ISetPilotParticipantOperatorResult>(setPilotParticipantOperatorIR);


/** 'DeletePilotParticipant' parameters type */
export interface IDeletePilotParticipantParams {
  pilotId: string;
  taxpayerId: string;
}

/** 'DeletePilotParticipant' return type */
export type IDeletePilotParticipantResult = void;

/** 'DeletePilotParticipant' query type */
export interface IDeletePilotParticipantQuery {
  params: IDeletePilotParticipantParams;
  result: IDeletePilotParticipantResult;
}

const deletePilotParticipantIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":48,"b":56}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":87}]}],"statement":"DELETE FROM pilot_participants\nWHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM pilot_participants
 * WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
 * ```
 */
export const deletePilotParticipant = new PreparedQuery<IDeletePilotParticipantParams,IDeletePilotParticipantResult>(deletePilotParticipantIR);


