/** Types generated for queries found in "services/applications/src/invitations/invitations.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'InsertInvitation' parameters type */
export interface IInsertInvitationParams {
  codeHash: string;
  email: string;
  expiresAt: DateOrString;
  id: string;
  invitedBy: string;
  language: string;
  name: string;
  operatorId: string;
  role: string;
}

/** 'InsertInvitation' return type */
export interface IInsertInvitationResult {
  accepted_at: Date | null;
  accepted_sub: string | null;
  email: string;
  expires_at: Date;
  id: string;
  invited_at: Date;
  invited_by: string;
  language: string;
  name: string;
  operator_id: string;
  revoked_at: Date | null;
  revoked_by: string | null;
  role: string;
}

/** 'InsertInvitation' query type */
export interface IInsertInvitationQuery {
  params: IInsertInvitationParams;
  result: IInsertInvitationResult;
}

const insertInvitationIR: any = {"usedParamSet":{"id":true,"operatorId":true,"codeHash":true,"email":true,"name":true,"role":true,"language":true,"invitedBy":true,"expiresAt":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":123,"b":126}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":129,"b":140}]},{"name":"codeHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":152}]},{"name":"email","required":true,"transform":{"type":"scalar"},"locs":[{"a":155,"b":161}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":164,"b":169}]},{"name":"role","required":true,"transform":{"type":"scalar"},"locs":[{"a":172,"b":177}]},{"name":"language","required":true,"transform":{"type":"scalar"},"locs":[{"a":180,"b":189}]},{"name":"invitedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":192,"b":202}]},{"name":"expiresAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":205,"b":215}]}],"statement":"INSERT INTO operator_invitations (id, operator_id, code_hash, email, name, role, language, invited_by, expires_at)\nVALUES (:id!, :operatorId!, :codeHash!, :email!, :name!, :role!, :language!, :invitedBy!, :expiresAt!)\nRETURNING id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO operator_invitations (id, operator_id, code_hash, email, name, role, language, invited_by, expires_at)
 * VALUES (:id!, :operatorId!, :codeHash!, :email!, :name!, :role!, :language!, :invitedBy!, :expiresAt!)
 * RETURNING id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by
 * ```
 */
export const insertInvitation = new PreparedQuery<IInsertInvitationParams,IInsertInvitationResult>(insertInvitationIR);


/** 'CountRecentInvitations' parameters type */
export interface ICountRecentInvitationsParams {
  operatorId: string;
}

/** 'CountRecentInvitations' return type */
export interface ICountRecentInvitationsResult {
  last_day: number;
  pending: number;
}

/** 'CountRecentInvitations' query type */
export interface ICountRecentInvitationsQuery {
  params: ICountRecentInvitationsParams;
  result: ICountRecentInvitationsResult;
}

const countRecentInvitationsIR: any = {"usedParamSet":{"operatorId":true},"params":[{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":359,"b":370}]}],"statement":"-- What the company's limits count: its pending invitations, and those it created in the last 24 hours.\nSELECT count(*) FILTER (WHERE accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now())::int AS \"pending!\",\n       count(*) FILTER (WHERE invited_at > now() - interval '24 hours')::int AS \"last_day!\"\nFROM operator_invitations WHERE operator_id = :operatorId!"};

/**
 * Query generated from SQL:
 * ```
 * -- What the company's limits count: its pending invitations, and those it created in the last 24 hours.
 * SELECT count(*) FILTER (WHERE accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now())::int AS "pending!",
 *        count(*) FILTER (WHERE invited_at > now() - interval '24 hours')::int AS "last_day!"
 * FROM operator_invitations WHERE operator_id = :operatorId!
 * ```
 */
export const countRecentInvitations = new PreparedQuery<ICountRecentInvitationsParams,ICountRecentInvitationsResult>(countRecentInvitationsIR);


/** 'ListInvitations' parameters type */
export interface IListInvitationsParams {
  operatorId: string;
}

/** 'ListInvitations' return type */
export interface IListInvitationsResult {
  accepted_at: Date | null;
  accepted_sub: string | null;
  email: string;
  expires_at: Date;
  id: string;
  invited_at: Date;
  invited_by: string;
  language: string;
  name: string;
  operator_id: string;
  revoked_at: Date | null;
  revoked_by: string | null;
  role: string;
}

/** 'ListInvitations' query type */
export interface IListInvitationsQuery {
  params: IListInvitationsParams;
  result: IListInvitationsResult;
}

const listInvitationsIR: any = {"usedParamSet":{"operatorId":true},"params":[{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":185,"b":196}]}],"statement":"SELECT id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by\nFROM operator_invitations WHERE operator_id = :operatorId! ORDER BY invited_at DESC, id LIMIT 500"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by
 * FROM operator_invitations WHERE operator_id = :operatorId! ORDER BY invited_at DESC, id LIMIT 500
 * ```
 */
export const listInvitations = new PreparedQuery<IListInvitationsParams,IListInvitationsResult>(listInvitationsIR);


/** 'RevokeInvitation' parameters type */
export interface IRevokeInvitationParams {
  id: string;
  operatorId: string;
  revokedBy: string;
}

/** 'RevokeInvitation' return type */
export interface IRevokeInvitationResult {
  accepted_at: Date | null;
  accepted_sub: string | null;
  email: string;
  expires_at: Date;
  id: string;
  invited_at: Date;
  invited_by: string;
  language: string;
  name: string;
  operator_id: string;
  revoked_at: Date | null;
  revoked_by: string | null;
  role: string;
}

/** 'RevokeInvitation' query type */
export interface IRevokeInvitationQuery {
  params: IRevokeInvitationParams;
  result: IRevokeInvitationResult;
}

const revokeInvitationIR: any = {"usedParamSet":{"revokedBy":true,"id":true,"operatorId":true},"params":[{"name":"revokedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":75}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":88,"b":91}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":122}]}],"statement":"UPDATE operator_invitations SET revoked_at = now(), revoked_by = :revokedBy!\nWHERE id = :id! AND operator_id = :operatorId! AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()\nRETURNING id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE operator_invitations SET revoked_at = now(), revoked_by = :revokedBy!
 * WHERE id = :id! AND operator_id = :operatorId! AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
 * RETURNING id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by
 * ```
 */
export const revokeInvitation = new PreparedQuery<IRevokeInvitationParams,IRevokeInvitationResult>(revokeInvitationIR);


/** 'FindInvitation' parameters type */
export interface IFindInvitationParams {
  id: string;
  operatorId: string;
}

/** 'FindInvitation' return type */
export interface IFindInvitationResult {
  accepted_at: Date | null;
  accepted_sub: string | null;
  email: string;
  expires_at: Date;
  id: string;
  invited_at: Date;
  invited_by: string;
  language: string;
  name: string;
  operator_id: string;
  revoked_at: Date | null;
  revoked_by: string | null;
  role: string;
}

/** 'FindInvitation' query type */
export interface IFindInvitationQuery {
  params: IFindInvitationParams;
  result: IFindInvitationResult;
}

const findInvitationIR: any = {"usedParamSet":{"id":true,"operatorId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":176,"b":179}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":199,"b":210}]}],"statement":"SELECT id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by\nFROM operator_invitations WHERE id = :id! AND operator_id = :operatorId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by
 * FROM operator_invitations WHERE id = :id! AND operator_id = :operatorId!
 * ```
 */
export const findInvitation = new PreparedQuery<IFindInvitationParams,IFindInvitationResult>(findInvitationIR);


/** 'FindInvitationByCode' parameters type */
export interface IFindInvitationByCodeParams {
  codeHash: string;
}

/** 'FindInvitationByCode' return type */
export interface IFindInvitationByCodeResult {
  accepted_at: Date | null;
  accepted_sub: string | null;
  email: string;
  expires_at: Date;
  id: string;
  invited_at: Date;
  invited_by: string;
  language: string;
  name: string;
  operator_id: string;
  operator_name: string;
  revoked_at: Date | null;
  revoked_by: string | null;
  role: string;
  taxpayer_id: string;
}

/** 'FindInvitationByCode' query type */
export interface IFindInvitationByCodeQuery {
  params: IFindInvitationByCodeParams;
  result: IFindInvitationByCodeResult;
}

const findInvitationByCodeIR: any = {"usedParamSet":{"codeHash":true},"params":[{"name":"codeHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":301,"b":310}]}],"statement":"SELECT i.id, i.operator_id, i.email, i.name, i.role, i.language, i.invited_by, i.invited_at, i.expires_at, i.accepted_at, i.accepted_sub, i.revoked_at, i.revoked_by,\n       o.name AS operator_name, o.taxpayer_id\nFROM operator_invitations i JOIN operators o ON o.id = i.operator_id\nWHERE i.code_hash = :codeHash!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT i.id, i.operator_id, i.email, i.name, i.role, i.language, i.invited_by, i.invited_at, i.expires_at, i.accepted_at, i.accepted_sub, i.revoked_at, i.revoked_by,
 *        o.name AS operator_name, o.taxpayer_id
 * FROM operator_invitations i JOIN operators o ON o.id = i.operator_id
 * WHERE i.code_hash = :codeHash!
 * ```
 */
export const findInvitationByCode = new PreparedQuery<IFindInvitationByCodeParams,IFindInvitationByCodeResult>(findInvitationByCodeIR);


/** 'LockInvitationByCode' parameters type */
export interface ILockInvitationByCodeParams {
  codeHash: string;
}

/** 'LockInvitationByCode' return type */
export interface ILockInvitationByCodeResult {
  accepted_at: Date | null;
  accepted_sub: string | null;
  email: string;
  expires_at: Date;
  id: string;
  invited_at: Date;
  invited_by: string;
  language: string;
  name: string;
  operator_id: string;
  revoked_at: Date | null;
  revoked_by: string | null;
  role: string;
}

/** 'LockInvitationByCode' query type */
export interface ILockInvitationByCodeQuery {
  params: ILockInvitationByCodeParams;
  result: ILockInvitationByCodeResult;
}

const lockInvitationByCodeIR: any = {"usedParamSet":{"codeHash":true},"params":[{"name":"codeHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":183,"b":192}]}],"statement":"SELECT id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by\nFROM operator_invitations WHERE code_hash = :codeHash! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by
 * FROM operator_invitations WHERE code_hash = :codeHash! FOR UPDATE
 * ```
 */
export const lockInvitationByCode = new PreparedQuery<ILockInvitationByCodeParams,ILockInvitationByCodeResult>(lockInvitationByCodeIR);


/** 'AcceptInvitation' parameters type */
export interface IAcceptInvitationParams {
  id: string;
  sub: string;
}

/** 'AcceptInvitation' return type */
export interface IAcceptInvitationResult {
  id: string;
}

/** 'AcceptInvitation' query type */
export interface IAcceptInvitationQuery {
  params: IAcceptInvitationParams;
  result: IAcceptInvitationResult;
}

const acceptInvitationIR: any = {"usedParamSet":{"sub":true,"id":true},"params":[{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":72}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":88}]}],"statement":"UPDATE operator_invitations SET accepted_at = now(), accepted_sub = :sub!\nWHERE id = :id! AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE operator_invitations SET accepted_at = now(), accepted_sub = :sub!
 * WHERE id = :id! AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
 * RETURNING id
 * ```
 */
export const acceptInvitation = new PreparedQuery<IAcceptInvitationParams,IAcceptInvitationResult>(acceptInvitationIR);


/** 'RevokeInvitationsBy' parameters type */
export interface IRevokeInvitationsByParams {
  invitedBy: string;
  operatorId: string;
  revokedBy: string;
}

/** 'RevokeInvitationsBy' return type */
export interface IRevokeInvitationsByResult {
  email: string;
  id: string;
  role: string;
}

/** 'RevokeInvitationsBy' query type */
export interface IRevokeInvitationsByQuery {
  params: IRevokeInvitationsByParams;
  result: IRevokeInvitationsByResult;
}

const revokeInvitationsByIR: any = {"usedParamSet":{"revokedBy":true,"operatorId":true,"invitedBy":true},"params":[{"name":"revokedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":180}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":202,"b":213}]},{"name":"invitedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":232,"b":242}]}],"statement":"-- The pending invitations one person issued (removed from the company, or no longer its administrator).\nUPDATE operator_invitations SET revoked_at = now(), revoked_by = :revokedBy!\nWHERE operator_id = :operatorId! AND invited_by = :invitedBy! AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()\nRETURNING id, email, role"};

/**
 * Query generated from SQL:
 * ```
 * -- The pending invitations one person issued (removed from the company, or no longer its administrator).
 * UPDATE operator_invitations SET revoked_at = now(), revoked_by = :revokedBy!
 * WHERE operator_id = :operatorId! AND invited_by = :invitedBy! AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
 * RETURNING id, email, role
 * ```
 */
export const revokeInvitationsBy = new PreparedQuery<IRevokeInvitationsByParams,IRevokeInvitationsByResult>(revokeInvitationsByIR);


