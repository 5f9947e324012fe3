/** Types generated for queries found in "services/validation/src/validators/validators.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'FindValidator' parameters type */
export interface IFindValidatorParams {
  sub: string;
}

/** 'FindValidator' return type */
export interface IFindValidatorResult {
  active: boolean;
  name: string;
  region: string;
  sub: string;
}

/** 'FindValidator' query type */
export interface IFindValidatorQuery {
  params: IFindValidatorParams;
  result: IFindValidatorResult;
}

const findValidatorIR: any = {"usedParamSet":{"sub":true},"params":[{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":65}]}],"statement":"SELECT sub, name, region, active FROM validators WHERE sub = :sub!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT sub, name, region, active FROM validators WHERE sub = :sub!
 * ```
 */
export const findValidator = new PreparedQuery<IFindValidatorParams,IFindValidatorResult>(findValidatorIR);


/** 'LockValidator' parameters type */
export interface ILockValidatorParams {
  sub: string;
}

/** 'LockValidator' return type */
export interface ILockValidatorResult {
  active: boolean;
  name: string;
  region: string;
  sub: string;
}

/** 'LockValidator' query type */
export interface ILockValidatorQuery {
  params: ILockValidatorParams;
  result: ILockValidatorResult;
}

const lockValidatorIR: any = {"usedParamSet":{"sub":true},"params":[{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":65}]}],"statement":"SELECT sub, name, region, active FROM validators WHERE sub = :sub! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT sub, name, region, active FROM validators WHERE sub = :sub! FOR UPDATE
 * ```
 */
export const lockValidator = new PreparedQuery<ILockValidatorParams,ILockValidatorResult>(lockValidatorIR);


/** 'ShareLockValidator' parameters type */
export interface IShareLockValidatorParams {
  sub: string;
}

/** 'ShareLockValidator' return type */
export interface IShareLockValidatorResult {
  active: boolean;
  name: string;
  region: string;
  sub: string;
}

/** 'ShareLockValidator' query type */
export interface IShareLockValidatorQuery {
  params: IShareLockValidatorParams;
  result: IShareLockValidatorResult;
}

const shareLockValidatorIR: any = {"usedParamSet":{"sub":true},"params":[{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":65}]}],"statement":"SELECT sub, name, region, active FROM validators WHERE sub = :sub! FOR SHARE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT sub, name, region, active FROM validators WHERE sub = :sub! FOR SHARE
 * ```
 */
export const shareLockValidator = new PreparedQuery<IShareLockValidatorParams,IShareLockValidatorResult>(shareLockValidatorIR);


/** 'InsertValidator' parameters type */
export interface IInsertValidatorParams {
  active: boolean;
  name: string;
  region: string;
  registeredBy: string;
  sub: string;
}

/** 'InsertValidator' return type */
export interface IInsertValidatorResult {
  sub: string;
}

/** 'InsertValidator' query type */
export interface IInsertValidatorQuery {
  params: IInsertValidatorParams;
  result: IInsertValidatorResult;
}

const insertValidatorIR: any = {"usedParamSet":{"sub":true,"name":true,"region":true,"active":true,"registeredBy":true},"params":[{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":78}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":86}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":89,"b":96}]},{"name":"active","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":106}]},{"name":"registeredBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":109,"b":122}]}],"statement":"INSERT INTO validators (sub, name, region, active, registered_by) VALUES (:sub!, :name!, :region!, :active!, :registeredBy!) ON CONFLICT (sub) DO NOTHING RETURNING sub"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO validators (sub, name, region, active, registered_by) VALUES (:sub!, :name!, :region!, :active!, :registeredBy!) ON CONFLICT (sub) DO NOTHING RETURNING sub
 * ```
 */
export const insertValidator = new PreparedQuery<IInsertValidatorParams,IInsertValidatorResult>(insertValidatorIR);


/** 'UpdateValidatorInScope' parameters type */
export interface IUpdateValidatorInScopeParams {
  active: boolean;
  name: string;
  region: string;
  scope?: string | null | void;
  sub: string;
}

/** 'UpdateValidatorInScope' return type */
export type IUpdateValidatorInScopeResult = void;

/** 'UpdateValidatorInScope' query type */
export interface IUpdateValidatorInScopeQuery {
  params: IUpdateValidatorInScopeParams;
  result: IUpdateValidatorInScopeResult;
}

const updateValidatorInScopeIR: any = {"usedParamSet":{"name":true,"region":true,"active":true,"sub":true,"scope":true},"params":[{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":29,"b":34}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":46,"b":53}]},{"name":"active","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":72}]},{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":90}]},{"name":"scope","required":false,"transform":{"type":"scalar"},"locs":[{"a":97,"b":102},{"a":130,"b":135}]}],"statement":"UPDATE validators SET name = :name!, region = :region!, active = :active! WHERE sub = :sub! AND (:scope::text IS NULL OR region = :scope)"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE validators SET name = :name!, region = :region!, active = :active! WHERE sub = :sub! AND (:scope::text IS NULL OR region = :scope)
 * ```
 */
export const updateValidatorInScope = new PreparedQuery<IUpdateValidatorInScopeParams,IUpdateValidatorInScopeResult>(updateValidatorInScopeIR);


/** 'ListValidators' parameters type */
export interface IListValidatorsParams {
  region?: string | null | void;
}

/** 'ListValidators' return type */
export interface IListValidatorsResult {
  active: boolean;
  name: string;
  open_cases: number;
  region: string;
  sub: string;
}

/** 'ListValidators' query type */
export interface IListValidatorsQuery {
  params: IListValidatorsParams;
  result: IListValidatorsResult;
}

const listValidatorsIR: any = {"usedParamSet":{"region":true},"params":[{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":183,"b":189},{"a":219,"b":225}]}],"statement":"SELECT v.sub, v.name, v.region, v.active, count(c.id)::int AS \"open_cases!\"\nFROM validators v LEFT JOIN validation_cases c ON c.assigned_validator = v.sub AND c.status = 'open'\nWHERE :region::text IS NULL OR v.region = :region\nGROUP BY v.sub ORDER BY v.region, v.sub"};

/**
 * Query generated from SQL:
 * ```
 * SELECT v.sub, v.name, v.region, v.active, count(c.id)::int AS "open_cases!"
 * FROM validators v LEFT JOIN validation_cases c ON c.assigned_validator = v.sub AND c.status = 'open'
 * WHERE :region::text IS NULL OR v.region = :region
 * GROUP BY v.sub ORDER BY v.region, v.sub
 * ```
 */
export const listValidators = new PreparedQuery<IListValidatorsParams,IListValidatorsResult>(listValidatorsIR);


/** 'LeastBusyValidator' parameters type */
export interface ILeastBusyValidatorParams {
  region: string;
}

/** 'LeastBusyValidator' return type */
export interface ILeastBusyValidatorResult {
  sub: string;
}

/** 'LeastBusyValidator' query type */
export interface ILeastBusyValidatorQuery {
  params: ILeastBusyValidatorParams;
  result: ILeastBusyValidatorResult;
}

const leastBusyValidatorIR: any = {"usedParamSet":{"region":true},"params":[{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":138}]}],"statement":"SELECT v.sub FROM validators v LEFT JOIN validation_cases c ON c.assigned_validator = v.sub AND c.status = 'open'\nWHERE v.region = :region! AND v.active GROUP BY v.sub ORDER BY count(c.id), v.sub LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT v.sub FROM validators v LEFT JOIN validation_cases c ON c.assigned_validator = v.sub AND c.status = 'open'
 * WHERE v.region = :region! AND v.active GROUP BY v.sub ORDER BY count(c.id), v.sub LIMIT 1
 * ```
 */
export const leastBusyValidator = new PreparedQuery<ILeastBusyValidatorParams,ILeastBusyValidatorResult>(leastBusyValidatorIR);


