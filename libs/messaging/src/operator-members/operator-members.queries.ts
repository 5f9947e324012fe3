/** Types generated for queries found in "libs/messaging/src/operator-members/operator-members.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'SaveOperatorMember' parameters type */
export interface ISaveOperatorMemberParams {
  at: DateOrString;
  operatorId: string;
  role: string;
  sub: string;
  taxpayerId: string;
}

/** 'SaveOperatorMember' return type */
export type ISaveOperatorMemberResult = void;

/** 'SaveOperatorMember' query type */
export interface ISaveOperatorMemberQuery {
  params: ISaveOperatorMemberParams;
  result: ISaveOperatorMemberResult;
}

const saveOperatorMemberIR: any = {"usedParamSet":{"operatorId":true,"sub":true,"taxpayerId":true,"role":true,"at":true},"params":[{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":180,"b":191}]},{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":194,"b":198}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":201,"b":212}]},{"name":"role","required":true,"transform":{"type":"scalar"},"locs":[{"a":215,"b":220}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":223,"b":226}]}],"statement":"-- A link older than what is known (a replay) changes nothing; a newer one undoes a removal.\nINSERT INTO operator_members (operator_id, sub, taxpayer_id, role, changed_at) VALUES (:operatorId!, :sub!, :taxpayerId!, :role!, :at!)\nON CONFLICT (operator_id, sub) DO UPDATE SET taxpayer_id = EXCLUDED.taxpayer_id, role = EXCLUDED.role, changed_at = EXCLUDED.changed_at, removed_at = NULL\n WHERE operator_members.changed_at <= EXCLUDED.changed_at"};

/**
 * Query generated from SQL:
 * ```
 * -- A link older than what is known (a replay) changes nothing; a newer one undoes a removal.
 * INSERT INTO operator_members (operator_id, sub, taxpayer_id, role, changed_at) VALUES (:operatorId!, :sub!, :taxpayerId!, :role!, :at!)
 * ON CONFLICT (operator_id, sub) DO UPDATE SET taxpayer_id = EXCLUDED.taxpayer_id, role = EXCLUDED.role, changed_at = EXCLUDED.changed_at, removed_at = NULL
 *  WHERE operator_members.changed_at <= EXCLUDED.changed_at
 * ```
 */
export const saveOperatorMember = new PreparedQuery<ISaveOperatorMemberParams,ISaveOperatorMemberResult>(saveOperatorMemberIR);


/** 'RemoveOperatorMember' parameters type */
export interface IRemoveOperatorMemberParams {
  at: DateOrString;
  operatorId: string;
  role: string;
  sub: string;
  taxpayerId: string;
}

/** 'RemoveOperatorMember' return type */
export type IRemoveOperatorMemberResult = void;

/** 'RemoveOperatorMember' query type */
export interface IRemoveOperatorMemberQuery {
  params: IRemoveOperatorMemberParams;
  result: IRemoveOperatorMemberResult;
}

const removeOperatorMemberIR: any = {"usedParamSet":{"operatorId":true,"sub":true,"taxpayerId":true,"role":true,"at":true},"params":[{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":110}]},{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":117}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":131}]},{"name":"role","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":139}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":145},{"a":148,"b":151}]}],"statement":"INSERT INTO operator_members (operator_id, sub, taxpayer_id, role, changed_at, removed_at) VALUES (:operatorId!, :sub!, :taxpayerId!, :role!, :at!, :at!)\nON CONFLICT (operator_id, sub) DO UPDATE SET role = EXCLUDED.role, changed_at = EXCLUDED.changed_at, removed_at = EXCLUDED.removed_at\n WHERE operator_members.changed_at <= EXCLUDED.changed_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO operator_members (operator_id, sub, taxpayer_id, role, changed_at, removed_at) VALUES (:operatorId!, :sub!, :taxpayerId!, :role!, :at!, :at!)
 * ON CONFLICT (operator_id, sub) DO UPDATE SET role = EXCLUDED.role, changed_at = EXCLUDED.changed_at, removed_at = EXCLUDED.removed_at
 *  WHERE operator_members.changed_at <= EXCLUDED.changed_at
 * ```
 */
export const removeOperatorMember = new PreparedQuery<IRemoveOperatorMemberParams,IRemoveOperatorMemberResult>(removeOperatorMemberIR);


/** 'FindLinkedOperatorMember' parameters type */
export interface IFindLinkedOperatorMemberParams {
  sub: string;
  taxpayerId: string;
}

/** 'FindLinkedOperatorMember' return type */
export interface IFindLinkedOperatorMemberResult {
  operator_id: string;
  role: string;
}

/** 'FindLinkedOperatorMember' query type */
export interface IFindLinkedOperatorMemberQuery {
  params: IFindLinkedOperatorMemberParams;
  result: IFindLinkedOperatorMemberResult;
}

const findLinkedOperatorMemberIR: any = {"usedParamSet":{"sub":true,"taxpayerId":true},"params":[{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":64}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":95}]}],"statement":"SELECT operator_id, role FROM operator_members\n WHERE sub = :sub! AND taxpayer_id = :taxpayerId! AND removed_at IS NULL ORDER BY changed_at DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT operator_id, role FROM operator_members
 *  WHERE sub = :sub! AND taxpayer_id = :taxpayerId! AND removed_at IS NULL ORDER BY changed_at DESC LIMIT 1
 * ```
 */
export const findLinkedOperatorMember = new PreparedQuery<IFindLinkedOperatorMemberParams,IFindLinkedOperatorMemberResult>(findLinkedOperatorMemberIR);


