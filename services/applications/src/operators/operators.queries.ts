/** Types generated for queries found in "services/applications/src/operators/operators.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'FindOperator' parameters type */
export interface IFindOperatorParams {
  id: string;
}

/** 'FindOperator' return type */
export interface IFindOperatorResult {
  address: Json;
  contact: Json;
  created_at: Date;
  customs_office: string;
  id: string;
  legal_form: string;
  name: string;
  region: string;
  supply_chain_roles: stringArray;
  taxpayer_id: string;
  updated_at: Date;
}

/** 'FindOperator' query type */
export interface IFindOperatorQuery {
  params: IFindOperatorParams;
  result: IFindOperatorResult;
}

const findOperatorIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":153,"b":156}]}],"statement":"SELECT id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at\nFROM operators WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at
 * FROM operators WHERE id = :id!
 * ```
 */
export const findOperator = new PreparedQuery<IFindOperatorParams,IFindOperatorResult>(findOperatorIR);


/** 'FindOperatorByTaxpayer' parameters type */
export interface IFindOperatorByTaxpayerParams {
  taxpayerId: string;
}

/** 'FindOperatorByTaxpayer' return type */
export interface IFindOperatorByTaxpayerResult {
  address: Json;
  contact: Json;
  created_at: Date;
  customs_office: string;
  id: string;
  legal_form: string;
  name: string;
  region: string;
  supply_chain_roles: stringArray;
  taxpayer_id: string;
  updated_at: Date;
}

/** 'FindOperatorByTaxpayer' query type */
export interface IFindOperatorByTaxpayerQuery {
  params: IFindOperatorByTaxpayerParams;
  result: IFindOperatorByTaxpayerResult;
}

const findOperatorByTaxpayerIR: any = {"usedParamSet":{"taxpayerId":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":162,"b":173}]}],"statement":"SELECT id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at\nFROM operators WHERE taxpayer_id = :taxpayerId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at
 * FROM operators WHERE taxpayer_id = :taxpayerId!
 * ```
 */
export const findOperatorByTaxpayer = new PreparedQuery<IFindOperatorByTaxpayerParams,IFindOperatorByTaxpayerResult>(findOperatorByTaxpayerIR);


/** 'ListOperators' parameters type */
export interface IListOperatorsParams {
  region?: string | null | void;
  taxpayerId?: string | null | void;
}

/** 'ListOperators' return type */
export interface IListOperatorsResult {
  address: Json;
  contact: Json;
  created_at: Date;
  customs_office: string;
  id: string;
  legal_form: string;
  name: string;
  region: string;
  supply_chain_roles: stringArray;
  taxpayer_id: string;
  updated_at: Date;
}

/** 'ListOperators' query type */
export interface IListOperatorsQuery {
  params: IListOperatorsParams;
  result: IListOperatorsResult;
}

const listOperatorsIR: any = {"usedParamSet":{"taxpayerId":true,"region":true},"params":[{"name":"taxpayerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":149,"b":159},{"a":192,"b":202}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":210,"b":216},{"a":244,"b":250}]}],"statement":"SELECT id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at\nFROM operators\nWHERE (:taxpayerId::text IS NULL OR taxpayer_id = :taxpayerId) AND (:region::text IS NULL OR region = :region)\nORDER BY name LIMIT 500"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at
 * FROM operators
 * WHERE (:taxpayerId::text IS NULL OR taxpayer_id = :taxpayerId) AND (:region::text IS NULL OR region = :region)
 * ORDER BY name LIMIT 500
 * ```
 */
export const listOperators = new PreparedQuery<IListOperatorsParams,IListOperatorsResult>(listOperatorsIR);


/** 'InsertOperator' parameters type */
export interface IInsertOperatorParams {
  address: Json;
  contact: Json;
  customsOffice: string;
  id: string;
  legalForm: string;
  name: string;
  region: string;
  supplyChainRoles: stringArray;
  taxpayerId: string;
}

/** 'InsertOperator' return type */
export interface IInsertOperatorResult {
  address: Json;
  contact: Json;
  created_at: Date;
  customs_office: string;
  id: string;
  legal_form: string;
  name: string;
  region: string;
  supply_chain_roles: stringArray;
  taxpayer_id: string;
  updated_at: Date;
}

/** 'InsertOperator' query type */
export interface IInsertOperatorQuery {
  params: IInsertOperatorParams;
  result: IInsertOperatorResult;
}

const insertOperatorIR: any = {"usedParamSet":{"id":true,"taxpayerId":true,"name":true,"legalForm":true,"region":true,"customsOffice":true,"supplyChainRoles":true,"address":true,"contact":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":131}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":145}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":148,"b":153}]},{"name":"legalForm","required":true,"transform":{"type":"scalar"},"locs":[{"a":156,"b":166}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":169,"b":176}]},{"name":"customsOffice","required":true,"transform":{"type":"scalar"},"locs":[{"a":179,"b":193}]},{"name":"supplyChainRoles","required":true,"transform":{"type":"scalar"},"locs":[{"a":196,"b":213}]},{"name":"address","required":true,"transform":{"type":"scalar"},"locs":[{"a":224,"b":232}]},{"name":"contact","required":true,"transform":{"type":"scalar"},"locs":[{"a":242,"b":250}]}],"statement":"INSERT INTO operators (id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact)\nVALUES (:id!, :taxpayerId!, :name!, :legalForm!, :region!, :customsOffice!, :supplyChainRoles!::text[], :address!::jsonb, :contact!::jsonb)\nRETURNING id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO operators (id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact)
 * VALUES (:id!, :taxpayerId!, :name!, :legalForm!, :region!, :customsOffice!, :supplyChainRoles!::text[], :address!::jsonb, :contact!::jsonb)
 * RETURNING id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at
 * ```
 */
export const insertOperator = new PreparedQuery<IInsertOperatorParams,IInsertOperatorResult>(insertOperatorIR);


/** 'InsertOperatorUser' parameters type */
export interface IInsertOperatorUserParams {
  addedBy: string;
  email: string;
  language: string;
  name: string;
  operatorId: string;
  role: string;
  sub: string;
}

/** 'InsertOperatorUser' return type */
export type IInsertOperatorUserResult = void;

/** 'InsertOperatorUser' query type */
export interface IInsertOperatorUserQuery {
  params: IInsertOperatorUserParams;
  result: IInsertOperatorUserResult;
}

const insertOperatorUserIR: any = {"usedParamSet":{"operatorId":true,"sub":true,"name":true,"email":true,"language":true,"role":true,"addedBy":true},"params":[{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":104}]},{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":111}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":119}]},{"name":"email","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":128}]},{"name":"language","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":140}]},{"name":"role","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":148}]},{"name":"addedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":151,"b":159}]}],"statement":"INSERT INTO operator_users (operator_id, sub, name, email, language, role, added_by)\nVALUES (:operatorId!, :sub!, :name!, :email!, :language!, :role!, :addedBy!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO operator_users (operator_id, sub, name, email, language, role, added_by)
 * VALUES (:operatorId!, :sub!, :name!, :email!, :language!, :role!, :addedBy!)
 * ```
 */
export const insertOperatorUser = new PreparedQuery<IInsertOperatorUserParams,IInsertOperatorUserResult>(insertOperatorUserIR);


/** 'UpsertOperatorUser' parameters type */
export interface IUpsertOperatorUserParams {
  addedBy: string;
  email: string;
  language: string;
  name: string;
  operatorId: string;
  role: string;
  sub: string;
}

/** 'UpsertOperatorUser' return type */
export type IUpsertOperatorUserResult = void;

/** 'UpsertOperatorUser' query type */
export interface IUpsertOperatorUserQuery {
  params: IUpsertOperatorUserParams;
  result: IUpsertOperatorUserResult;
}

const upsertOperatorUserIR: any = {"usedParamSet":{"operatorId":true,"sub":true,"name":true,"email":true,"language":true,"role":true,"addedBy":true},"params":[{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":104}]},{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":111}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":119}]},{"name":"email","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":128}]},{"name":"language","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":140}]},{"name":"role","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":148}]},{"name":"addedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":151,"b":159}]}],"statement":"INSERT INTO operator_users (operator_id, sub, name, email, language, role, added_by)\nVALUES (:operatorId!, :sub!, :name!, :email!, :language!, :role!, :addedBy!)\nON CONFLICT (operator_id, sub) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, language = EXCLUDED.language, role = EXCLUDED.role"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO operator_users (operator_id, sub, name, email, language, role, added_by)
 * VALUES (:operatorId!, :sub!, :name!, :email!, :language!, :role!, :addedBy!)
 * ON CONFLICT (operator_id, sub) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, language = EXCLUDED.language, role = EXCLUDED.role
 * ```
 */
export const upsertOperatorUser = new PreparedQuery<IUpsertOperatorUserParams,IUpsertOperatorUserResult>(upsertOperatorUserIR);


/** 'ListAllOperatorUserLinks' parameters type */
export interface IListAllOperatorUserLinksParams {
  operatorId?: string | null | void;
}

/** 'ListAllOperatorUserLinks' return type */
export interface IListAllOperatorUserLinksResult {
  added_at: Date;
  added_by: string;
  operator_id: string;
  region: string;
  role: string;
  sub: string;
  taxpayer_id: string;
}

/** 'ListAllOperatorUserLinks' query type */
export interface IListAllOperatorUserLinksQuery {
  params: IListAllOperatorUserLinksParams;
  result: IListAllOperatorUserLinksResult;
}

const listAllOperatorUserLinksIR: any = {"usedParamSet":{"operatorId":true},"params":[{"name":"operatorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":255,"b":265},{"a":300,"b":310}]}],"statement":"-- Every company's users as linked now, for their announcement again (each at its own link's time).\nSELECT u.operator_id, o.taxpayer_id, o.region, u.sub, u.role, u.added_by, u.added_at\nFROM operator_users u JOIN operators o ON o.id = u.operator_id\nWHERE (:operatorId::uuid IS NULL OR u.operator_id = :operatorId)\nORDER BY u.operator_id, u.added_at, u.sub"};

/**
 * Query generated from SQL:
 * ```
 * -- Every company's users as linked now, for their announcement again (each at its own link's time).
 * SELECT u.operator_id, o.taxpayer_id, o.region, u.sub, u.role, u.added_by, u.added_at
 * FROM operator_users u JOIN operators o ON o.id = u.operator_id
 * WHERE (:operatorId::uuid IS NULL OR u.operator_id = :operatorId)
 * ORDER BY u.operator_id, u.added_at, u.sub
 * ```
 */
export const listAllOperatorUserLinks = new PreparedQuery<IListAllOperatorUserLinksParams,IListAllOperatorUserLinksResult>(listAllOperatorUserLinksIR);


/** 'ListOperatorUsers' parameters type */
export interface IListOperatorUsersParams {
  operatorId: string;
}

/** 'ListOperatorUsers' return type */
export interface IListOperatorUsersResult {
  added_at: Date;
  added_by: string;
  email: string;
  language: string;
  name: string;
  role: string;
  sub: string;
}

/** 'ListOperatorUsers' query type */
export interface IListOperatorUsersQuery {
  params: IListOperatorUsersParams;
  result: IListOperatorUsersResult;
}

const listOperatorUsersIR: any = {"usedParamSet":{"operatorId":true},"params":[{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":111}]}],"statement":"SELECT sub, name, email, language, role, added_by, added_at FROM operator_users WHERE operator_id = :operatorId! ORDER BY added_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT sub, name, email, language, role, added_by, added_at FROM operator_users WHERE operator_id = :operatorId! ORDER BY added_at
 * ```
 */
export const listOperatorUsers = new PreparedQuery<IListOperatorUsersParams,IListOperatorUsersResult>(listOperatorUsersIR);


/** 'LockOperator' parameters type */
export interface ILockOperatorParams {
  id: string;
}

/** 'LockOperator' return type */
export interface ILockOperatorResult {
  address: Json;
  contact: Json;
  created_at: Date;
  customs_office: string;
  id: string;
  legal_form: string;
  name: string;
  region: string;
  supply_chain_roles: stringArray;
  taxpayer_id: string;
  updated_at: Date;
}

/** 'LockOperator' query type */
export interface ILockOperatorQuery {
  params: ILockOperatorParams;
  result: ILockOperatorResult;
}

const lockOperatorIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":153,"b":156}]}],"statement":"SELECT id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at\nFROM operators WHERE id = :id! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at
 * FROM operators WHERE id = :id! FOR UPDATE
 * ```
 */
export const lockOperator = new PreparedQuery<ILockOperatorParams,ILockOperatorResult>(lockOperatorIR);


/** 'UpdateOperatorDetails' parameters type */
export interface IUpdateOperatorDetailsParams {
  address: Json;
  contact: Json;
  id: string;
  supplyChainRoles: stringArray;
}

/** 'UpdateOperatorDetails' return type */
export interface IUpdateOperatorDetailsResult {
  address: Json;
  contact: Json;
  created_at: Date;
  customs_office: string;
  id: string;
  legal_form: string;
  name: string;
  region: string;
  supply_chain_roles: stringArray;
  taxpayer_id: string;
  updated_at: Date;
}

/** 'UpdateOperatorDetails' query type */
export interface IUpdateOperatorDetailsQuery {
  params: IUpdateOperatorDetailsParams;
  result: IUpdateOperatorDetailsResult;
}

const updateOperatorDetailsIR: any = {"usedParamSet":{"contact":true,"address":true,"supplyChainRoles":true,"id":true},"params":[{"name":"contact","required":true,"transform":{"type":"scalar"},"locs":[{"a":31,"b":39}]},{"name":"address","required":true,"transform":{"type":"scalar"},"locs":[{"a":59,"b":67}]},{"name":"supplyChainRoles","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":115}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":156,"b":159}]}],"statement":"UPDATE operators SET contact = :contact!::jsonb, address = :address!::jsonb, supply_chain_roles = :supplyChainRoles!::text[], updated_at = now()\nWHERE id = :id!\nRETURNING id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE operators SET contact = :contact!::jsonb, address = :address!::jsonb, supply_chain_roles = :supplyChainRoles!::text[], updated_at = now()
 * WHERE id = :id!
 * RETURNING id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at
 * ```
 */
export const updateOperatorDetails = new PreparedQuery<IUpdateOperatorDetailsParams,IUpdateOperatorDetailsResult>(updateOperatorDetailsIR);


/** 'FindCompanyMembership' parameters type */
export interface IFindCompanyMembershipParams {
  operatorId: string;
  sub: string;
}

/** 'FindCompanyMembership' return type */
export interface IFindCompanyMembershipResult {
  name: string;
  role: string | null;
}

/** 'FindCompanyMembership' query type */
export interface IFindCompanyMembershipQuery {
  params: IFindCompanyMembershipParams;
  result: IFindCompanyMembershipResult;
}

const findCompanyMembershipIR: any = {"usedParamSet":{"sub":true,"operatorId":true},"params":[{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":117}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":132,"b":143}]}],"statement":"SELECT o.name, u.role AS \"role?\" FROM operators o LEFT JOIN operator_users u ON u.operator_id = o.id AND u.sub = :sub!\nWHERE o.id = :operatorId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT o.name, u.role AS "role?" FROM operators o LEFT JOIN operator_users u ON u.operator_id = o.id AND u.sub = :sub!
 * WHERE o.id = :operatorId!
 * ```
 */
export const findCompanyMembership = new PreparedQuery<IFindCompanyMembershipParams,IFindCompanyMembershipResult>(findCompanyMembershipIR);


/** 'ListOperatorAdministrators' parameters type */
export interface IListOperatorAdministratorsParams {
  operatorId: string;
}

/** 'ListOperatorAdministrators' return type */
export interface IListOperatorAdministratorsResult {
  sub: string;
}

/** 'ListOperatorAdministrators' query type */
export interface IListOperatorAdministratorsQuery {
  params: IListOperatorAdministratorsParams;
  result: IListOperatorAdministratorsResult;
}

const listOperatorAdministratorsIR: any = {"usedParamSet":{"operatorId":true},"params":[{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":51,"b":62}]}],"statement":"SELECT sub FROM operator_users WHERE operator_id = :operatorId! AND role = 'administrator' ORDER BY added_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT sub FROM operator_users WHERE operator_id = :operatorId! AND role = 'administrator' ORDER BY added_at
 * ```
 */
export const listOperatorAdministrators = new PreparedQuery<IListOperatorAdministratorsParams,IListOperatorAdministratorsResult>(listOperatorAdministratorsIR);


/** 'DeleteOperatorUser' parameters type */
export interface IDeleteOperatorUserParams {
  operatorId: string;
  sub: string;
}

/** 'DeleteOperatorUser' return type */
export interface IDeleteOperatorUserResult {
  role: string;
}

/** 'DeleteOperatorUser' query type */
export interface IDeleteOperatorUserQuery {
  params: IDeleteOperatorUserParams;
  result: IDeleteOperatorUserResult;
}

const deleteOperatorUserIR: any = {"usedParamSet":{"operatorId":true,"sub":true},"params":[{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":47,"b":58}]},{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":74}]}],"statement":"DELETE FROM operator_users WHERE operator_id = :operatorId! AND sub = :sub! RETURNING role"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM operator_users WHERE operator_id = :operatorId! AND sub = :sub! RETURNING role
 * ```
 */
export const deleteOperatorUser = new PreparedQuery<IDeleteOperatorUserParams,IDeleteOperatorUserResult>(deleteOperatorUserIR);


