/** Types generated for queries found in "services/notifications/src/recipients/recipients.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'SaveOperatorRecipient' parameters type */
export interface ISaveOperatorRecipientParams {
  email: string;
  language: string;
  operatorId: string;
  operatorName?: string | null | void;
  region: string;
  taxpayerId: string;
}

/** 'SaveOperatorRecipient' return type */
export type ISaveOperatorRecipientResult = void;

/** 'SaveOperatorRecipient' query type */
export interface ISaveOperatorRecipientQuery {
  params: ISaveOperatorRecipientParams;
  result: ISaveOperatorRecipientResult;
}

const saveOperatorRecipientIR: any = {"usedParamSet":{"operatorId":true,"taxpayerId":true,"email":true,"language":true,"region":true,"operatorName":true},"params":[{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":202,"b":213}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":216,"b":227}]},{"name":"email","required":true,"transform":{"type":"scalar"},"locs":[{"a":230,"b":236}]},{"name":"language","required":true,"transform":{"type":"scalar"},"locs":[{"a":239,"b":248}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":251,"b":258}]},{"name":"operatorName","required":false,"transform":{"type":"scalar"},"locs":[{"a":261,"b":273}]}],"statement":"-- An event without the operator's name (aeo.operator.updated.v1) keeps the one learnt before.\nINSERT INTO operator_recipients (operator_id, taxpayer_id, email, language, region, operator_name) VALUES (:operatorId!, :taxpayerId!, :email!, :language!, :region!, :operatorName)\nON CONFLICT (operator_id) DO UPDATE SET taxpayer_id = EXCLUDED.taxpayer_id, email = EXCLUDED.email, language = EXCLUDED.language,\n  region = EXCLUDED.region, operator_name = COALESCE(EXCLUDED.operator_name, operator_recipients.operator_name), updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * -- An event without the operator's name (aeo.operator.updated.v1) keeps the one learnt before.
 * INSERT INTO operator_recipients (operator_id, taxpayer_id, email, language, region, operator_name) VALUES (:operatorId!, :taxpayerId!, :email!, :language!, :region!, :operatorName)
 * ON CONFLICT (operator_id) DO UPDATE SET taxpayer_id = EXCLUDED.taxpayer_id, email = EXCLUDED.email, language = EXCLUDED.language,
 *   region = EXCLUDED.region, operator_name = COALESCE(EXCLUDED.operator_name, operator_recipients.operator_name), updated_at = now()
 * ```
 */
export const saveOperatorRecipient = new PreparedQuery<ISaveOperatorRecipientParams,ISaveOperatorRecipientResult>(saveOperatorRecipientIR);


/** 'SaveCaseValidator' parameters type */
export interface ISaveCaseValidatorParams {
  caseId: string;
  validatorSub: string;
}

/** 'SaveCaseValidator' return type */
export type ISaveCaseValidatorResult = void;

/** 'SaveCaseValidator' query type */
export interface ISaveCaseValidatorQuery {
  params: ISaveCaseValidatorParams;
  result: ISaveCaseValidatorResult;
}

const saveCaseValidatorIR: any = {"usedParamSet":{"caseId":true,"validatorSub":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":68}]},{"name":"validatorSub","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":84}]}],"statement":"INSERT INTO case_validators (case_id, validator_sub) VALUES (:caseId!, :validatorSub!) ON CONFLICT (case_id) DO UPDATE SET validator_sub = EXCLUDED.validator_sub, updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_validators (case_id, validator_sub) VALUES (:caseId!, :validatorSub!) ON CONFLICT (case_id) DO UPDATE SET validator_sub = EXCLUDED.validator_sub, updated_at = now()
 * ```
 */
export const saveCaseValidator = new PreparedQuery<ISaveCaseValidatorParams,ISaveCaseValidatorResult>(saveCaseValidatorIR);


/** 'FindCaseValidator' parameters type */
export interface IFindCaseValidatorParams {
  caseId: string;
}

/** 'FindCaseValidator' return type */
export interface IFindCaseValidatorResult {
  validator_sub: string;
}

/** 'FindCaseValidator' query type */
export interface IFindCaseValidatorQuery {
  params: IFindCaseValidatorParams;
  result: IFindCaseValidatorResult;
}

const findCaseValidatorIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":65}]}],"statement":"SELECT validator_sub FROM case_validators WHERE case_id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT validator_sub FROM case_validators WHERE case_id = :caseId!
 * ```
 */
export const findCaseValidator = new PreparedQuery<IFindCaseValidatorParams,IFindCaseValidatorResult>(findCaseValidatorIR);


/** 'FindOperatorRecipient' parameters type */
export interface IFindOperatorRecipientParams {
  operatorId?: string | null | void;
  taxpayerId?: string | null | void;
}

/** 'FindOperatorRecipient' return type */
export interface IFindOperatorRecipientResult {
  email: string;
  language: string;
  operator_name: string | null;
  region: string;
  taxpayer_id: string;
}

/** 'FindOperatorRecipient' query type */
export interface IFindOperatorRecipientQuery {
  params: IFindOperatorRecipientParams;
  result: IFindOperatorRecipientResult;
}

const findOperatorRecipientIR: any = {"usedParamSet":{"operatorId":true,"taxpayerId":true},"params":[{"name":"operatorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":92,"b":102},{"a":140,"b":150},{"a":163,"b":173}]},{"name":"taxpayerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":207,"b":217}]}],"statement":"SELECT taxpayer_id, email, language, region, operator_name FROM operator_recipients\n WHERE (:operatorId::uuid IS NOT NULL AND operator_id = :operatorId::uuid) OR (:operatorId::uuid IS NULL AND taxpayer_id = :taxpayerId)\n ORDER BY updated_at DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT taxpayer_id, email, language, region, operator_name FROM operator_recipients
 *  WHERE (:operatorId::uuid IS NOT NULL AND operator_id = :operatorId::uuid) OR (:operatorId::uuid IS NULL AND taxpayer_id = :taxpayerId)
 *  ORDER BY updated_at DESC LIMIT 1
 * ```
 */
export const findOperatorRecipient = new PreparedQuery<IFindOperatorRecipientParams,IFindOperatorRecipientResult>(findOperatorRecipientIR);


/** 'FindOperatorRegion' parameters type */
export interface IFindOperatorRegionParams {
  taxpayerId: string;
}

/** 'FindOperatorRegion' return type */
export interface IFindOperatorRegionResult {
  region: string;
}

/** 'FindOperatorRegion' query type */
export interface IFindOperatorRegionQuery {
  params: IFindOperatorRegionParams;
  result: IFindOperatorRegionResult;
}

const findOperatorRegionIR: any = {"usedParamSet":{"taxpayerId":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":59,"b":70}]}],"statement":"SELECT region FROM operator_recipients WHERE taxpayer_id = :taxpayerId! ORDER BY updated_at DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT region FROM operator_recipients WHERE taxpayer_id = :taxpayerId! ORDER BY updated_at DESC LIMIT 1
 * ```
 */
export const findOperatorRegion = new PreparedQuery<IFindOperatorRegionParams,IFindOperatorRegionResult>(findOperatorRegionIR);


/** 'FindActiveStaffAddress' parameters type */
export interface IFindActiveStaffAddressParams {
  sub: string;
}

/** 'FindActiveStaffAddress' return type */
export interface IFindActiveStaffAddressResult {
  email: string | null;
  language: string;
  sub: string;
}

/** 'FindActiveStaffAddress' query type */
export interface IFindActiveStaffAddressQuery {
  params: IFindActiveStaffAddressParams;
  result: IFindActiveStaffAddressResult;
}

const findActiveStaffAddressIR: any = {"usedParamSet":{"sub":true},"params":[{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":64}]}],"statement":"SELECT sub, email, language FROM staff_contacts WHERE sub = :sub! AND active"};

/**
 * Query generated from SQL:
 * ```
 * SELECT sub, email, language FROM staff_contacts WHERE sub = :sub! AND active
 * ```
 */
export const findActiveStaffAddress = new PreparedQuery<IFindActiveStaffAddressParams,IFindActiveStaffAddressResult>(findActiveStaffAddressIR);


/** 'ListActiveStaffAddresses' parameters type */
export interface IListActiveStaffAddressesParams {
  region?: string | null | void;
  role: string;
}

/** 'ListActiveStaffAddresses' return type */
export interface IListActiveStaffAddressesResult {
  email: string | null;
  language: string;
  sub: string;
}

/** 'ListActiveStaffAddresses' query type */
export interface IListActiveStaffAddressesQuery {
  params: IListActiveStaffAddressesParams;
  result: IListActiveStaffAddressesResult;
}

const listActiveStaffAddressesIR: any = {"usedParamSet":{"role":true,"region":true},"params":[{"name":"role","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":70}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":97,"b":103},{"a":131,"b":137}]}],"statement":"SELECT sub, email, language FROM staff_contacts WHERE active AND :role!::text = ANY (roles) AND (:region::text IS NULL OR region = :region OR region IS NULL) ORDER BY sub"};

/**
 * Query generated from SQL:
 * ```
 * SELECT sub, email, language FROM staff_contacts WHERE active AND :role!::text = ANY (roles) AND (:region::text IS NULL OR region = :region OR region IS NULL) ORDER BY sub
 * ```
 */
export const listActiveStaffAddresses = new PreparedQuery<IListActiveStaffAddressesParams,IListActiveStaffAddressesResult>(listActiveStaffAddressesIR);


/** 'FindAssignedContactOfficerAddress' parameters type */
export interface IFindAssignedContactOfficerAddressParams {
  region: string;
  taxpayerId: string;
}

/** 'FindAssignedContactOfficerAddress' return type */
export interface IFindAssignedContactOfficerAddressResult {
  email: string | null;
  language: string;
  sub: string;
}

/** 'FindAssignedContactOfficerAddress' query type */
export interface IFindAssignedContactOfficerAddressQuery {
  params: IFindAssignedContactOfficerAddressParams;
  result: IFindAssignedContactOfficerAddressResult;
}

const findAssignedContactOfficerAddressIR: any = {"usedParamSet":{"region":true,"taxpayerId":true},"params":[{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":203,"b":210}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":236,"b":247}]}],"statement":"SELECT s.sub, s.email, s.language FROM operator_contact_officers a\n  JOIN staff_contacts s ON s.sub = a.officer_sub AND s.active AND 'contact-officer' = ANY (s.roles) AND (s.region IS NULL OR s.region = :region!)\n WHERE a.taxpayer_id = :taxpayerId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT s.sub, s.email, s.language FROM operator_contact_officers a
 *   JOIN staff_contacts s ON s.sub = a.officer_sub AND s.active AND 'contact-officer' = ANY (s.roles) AND (s.region IS NULL OR s.region = :region!)
 *  WHERE a.taxpayer_id = :taxpayerId!
 * ```
 */
export const findAssignedContactOfficerAddress = new PreparedQuery<IFindAssignedContactOfficerAddressParams,IFindAssignedContactOfficerAddressResult>(findAssignedContactOfficerAddressIR);


/** 'ListStaffContacts' parameters type */
export interface IListStaffContactsParams {
  region?: string | null | void;
  role?: string | null | void;
}

/** 'ListStaffContacts' return type */
export interface IListStaffContactsResult {
  active: boolean;
  email: string | null;
  language: string;
  name: string;
  region: string | null;
  roles: stringArray;
  sub: string;
  updated_at: Date;
  updated_by: string;
}

/** 'ListStaffContacts' query type */
export interface IListStaffContactsQuery {
  params: IListStaffContactsParams;
  result: IListStaffContactsResult;
}

const listStaffContactsIR: any = {"usedParamSet":{"role":true,"region":true},"params":[{"name":"role","required":false,"transform":{"type":"scalar"},"locs":[{"a":109,"b":113},{"a":132,"b":136}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":158,"b":164},{"a":192,"b":198}]}],"statement":"SELECT sub, name, email, language, roles, region, active, updated_by, updated_at FROM staff_contacts\n WHERE (:role::text IS NULL OR :role = ANY (roles)) AND (:region::text IS NULL OR region = :region) ORDER BY region NULLS FIRST, sub LIMIT 1000"};

/**
 * Query generated from SQL:
 * ```
 * SELECT sub, name, email, language, roles, region, active, updated_by, updated_at FROM staff_contacts
 *  WHERE (:role::text IS NULL OR :role = ANY (roles)) AND (:region::text IS NULL OR region = :region) ORDER BY region NULLS FIRST, sub LIMIT 1000
 * ```
 */
export const listStaffContacts = new PreparedQuery<IListStaffContactsParams,IListStaffContactsResult>(listStaffContactsIR);


/** 'FindStaffContact' parameters type */
export interface IFindStaffContactParams {
  sub: string;
}

/** 'FindStaffContact' return type */
export interface IFindStaffContactResult {
  active: boolean;
  email: string | null;
  language: string;
  name: string;
  region: string | null;
  roles: stringArray;
  sub: string;
  updated_at: Date;
  updated_by: string;
}

/** 'FindStaffContact' query type */
export interface IFindStaffContactQuery {
  params: IFindStaffContactParams;
  result: IFindStaffContactResult;
}

const findStaffContactIR: any = {"usedParamSet":{"sub":true},"params":[{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":117}]}],"statement":"SELECT sub, name, email, language, roles, region, active, updated_by, updated_at FROM staff_contacts WHERE sub = :sub!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT sub, name, email, language, roles, region, active, updated_by, updated_at FROM staff_contacts WHERE sub = :sub!
 * ```
 */
export const findStaffContact = new PreparedQuery<IFindStaffContactParams,IFindStaffContactResult>(findStaffContactIR);


/** 'LockStaffContact' parameters type */
export interface ILockStaffContactParams {
  activeOnly: boolean;
  sub: string;
}

/** 'LockStaffContact' return type */
export interface ILockStaffContactResult {
  active: boolean;
  email: string | null;
  language: string;
  name: string;
  region: string | null;
  roles: stringArray;
  sub: string;
  updated_at: Date;
  updated_by: string;
}

/** 'LockStaffContact' query type */
export interface ILockStaffContactQuery {
  params: ILockStaffContactParams;
  result: ILockStaffContactResult;
}

const lockStaffContactIR: any = {"usedParamSet":{"sub":true,"activeOnly":true},"params":[{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":117}]},{"name":"activeOnly","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":149}]}],"statement":"SELECT sub, name, email, language, roles, region, active, updated_by, updated_at FROM staff_contacts WHERE sub = :sub! AND (active OR NOT :activeOnly!::boolean) FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT sub, name, email, language, roles, region, active, updated_by, updated_at FROM staff_contacts WHERE sub = :sub! AND (active OR NOT :activeOnly!::boolean) FOR UPDATE
 * ```
 */
export const lockStaffContact = new PreparedQuery<ILockStaffContactParams,ILockStaffContactResult>(lockStaffContactIR);


/** 'SaveStaffContact' parameters type */
export interface ISaveStaffContactParams {
  email?: string | null | void;
  language: string;
  name: string;
  region?: string | null | void;
  roles: stringArray;
  sub: string;
  updatedBy: string;
}

/** 'SaveStaffContact' return type */
export interface ISaveStaffContactResult {
  active: boolean;
  email: string | null;
  language: string;
  name: string;
  region: string | null;
  roles: stringArray;
  sub: string;
  updated_at: Date;
  updated_by: string;
}

/** 'SaveStaffContact' query type */
export interface ISaveStaffContactQuery {
  params: ISaveStaffContactParams;
  result: ISaveStaffContactResult;
}

const saveStaffContactIR: any = {"usedParamSet":{"sub":true,"name":true,"email":true,"language":true,"roles":true,"region":true,"updatedBy":true},"params":[{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":103}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":106,"b":111}]},{"name":"email","required":false,"transform":{"type":"scalar"},"locs":[{"a":114,"b":119}]},{"name":"language","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":131}]},{"name":"roles","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":140}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":143,"b":149}]},{"name":"updatedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":158,"b":168}]}],"statement":"INSERT INTO staff_contacts (sub, name, email, language, roles, region, active, updated_by) VALUES (:sub!, :name!, :email, :language!, :roles!, :region, true, :updatedBy!)\nON CONFLICT (sub) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, language = EXCLUDED.language, roles = EXCLUDED.roles,\n  region = EXCLUDED.region, active = true, updated_by = EXCLUDED.updated_by, updated_at = now()\nRETURNING sub, name, email, language, roles, region, active, updated_by, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO staff_contacts (sub, name, email, language, roles, region, active, updated_by) VALUES (:sub!, :name!, :email, :language!, :roles!, :region, true, :updatedBy!)
 * ON CONFLICT (sub) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, language = EXCLUDED.language, roles = EXCLUDED.roles,
 *   region = EXCLUDED.region, active = true, updated_by = EXCLUDED.updated_by, updated_at = now()
 * RETURNING sub, name, email, language, roles, region, active, updated_by, updated_at
 * ```
 */
export const saveStaffContact = new PreparedQuery<ISaveStaffContactParams,ISaveStaffContactResult>(saveStaffContactIR);


/** 'DeactivateStaffContact' parameters type */
export interface IDeactivateStaffContactParams {
  sub: string;
  updatedBy: string;
}

/** 'DeactivateStaffContact' return type */
export type IDeactivateStaffContactResult = void;

/** 'DeactivateStaffContact' query type */
export interface IDeactivateStaffContactQuery {
  params: IDeactivateStaffContactParams;
  result: IDeactivateStaffContactResult;
}

const deactivateStaffContactIR: any = {"usedParamSet":{"updatedBy":true,"sub":true},"params":[{"name":"updatedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":55,"b":65}]},{"name":"sub","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":103}]}],"statement":"UPDATE staff_contacts SET active = false, updated_by = :updatedBy!, updated_at = now() WHERE sub = :sub!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE staff_contacts SET active = false, updated_by = :updatedBy!, updated_at = now() WHERE sub = :sub!
 * ```
 */
export const deactivateStaffContact = new PreparedQuery<IDeactivateStaffContactParams,IDeactivateStaffContactResult>(deactivateStaffContactIR);


/** 'ListContactOfficerAssignments' parameters type */
export interface IListContactOfficerAssignmentsParams {
  region?: string | null | void;
}

/** 'ListContactOfficerAssignments' return type */
export interface IListContactOfficerAssignmentsResult {
  assigned_at: Date;
  assigned_by: string;
  officer_name: string;
  officer_sub: string;
  region: string | null;
  taxpayer_id: string;
}

/** 'ListContactOfficerAssignments' query type */
export interface IListContactOfficerAssignmentsQuery {
  params: IListContactOfficerAssignmentsParams;
  result: IListContactOfficerAssignmentsResult;
}

const listContactOfficerAssignmentsIR: any = {"usedParamSet":{"region":true},"params":[{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":189,"b":195},{"a":225,"b":231}]}],"statement":"SELECT a.taxpayer_id, a.officer_sub, s.name AS officer_name, s.region, a.assigned_by, a.assigned_at\n  FROM operator_contact_officers a JOIN staff_contacts s ON s.sub = a.officer_sub\n WHERE :region::text IS NULL OR s.region = :region ORDER BY a.taxpayer_id LIMIT 5000"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.taxpayer_id, a.officer_sub, s.name AS officer_name, s.region, a.assigned_by, a.assigned_at
 *   FROM operator_contact_officers a JOIN staff_contacts s ON s.sub = a.officer_sub
 *  WHERE :region::text IS NULL OR s.region = :region ORDER BY a.taxpayer_id LIMIT 5000
 * ```
 */
export const listContactOfficerAssignments = new PreparedQuery<IListContactOfficerAssignmentsParams,IListContactOfficerAssignmentsResult>(listContactOfficerAssignmentsIR);


/** 'LockContactOfficerAssignment' parameters type */
export interface ILockContactOfficerAssignmentParams {
  taxpayerId: string;
}

/** 'LockContactOfficerAssignment' return type */
export interface ILockContactOfficerAssignmentResult {
  assigned_at: Date;
  assigned_by: string;
  officer_name: string;
  officer_sub: string;
  region: string | null;
  taxpayer_id: string;
}

/** 'LockContactOfficerAssignment' query type */
export interface ILockContactOfficerAssignmentQuery {
  params: ILockContactOfficerAssignmentParams;
  result: ILockContactOfficerAssignmentResult;
}

const lockContactOfficerAssignmentIR: any = {"usedParamSet":{"taxpayerId":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":205,"b":216}]}],"statement":"SELECT a.taxpayer_id, a.officer_sub, s.name AS officer_name, s.region, a.assigned_by, a.assigned_at\n  FROM operator_contact_officers a JOIN staff_contacts s ON s.sub = a.officer_sub\n WHERE a.taxpayer_id = :taxpayerId! FOR UPDATE OF a"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.taxpayer_id, a.officer_sub, s.name AS officer_name, s.region, a.assigned_by, a.assigned_at
 *   FROM operator_contact_officers a JOIN staff_contacts s ON s.sub = a.officer_sub
 *  WHERE a.taxpayer_id = :taxpayerId! FOR UPDATE OF a
 * ```
 */
export const lockContactOfficerAssignment = new PreparedQuery<ILockContactOfficerAssignmentParams,ILockContactOfficerAssignmentResult>(lockContactOfficerAssignmentIR);


/** 'SaveContactOfficerAssignment' parameters type */
export interface ISaveContactOfficerAssignmentParams {
  assignedBy: string;
  officerSub: string;
  taxpayerId: string;
}

/** 'SaveContactOfficerAssignment' return type */
export type ISaveContactOfficerAssignmentResult = void;

/** 'SaveContactOfficerAssignment' query type */
export interface ISaveContactOfficerAssignmentQuery {
  params: ISaveContactOfficerAssignmentParams;
  result: ISaveContactOfficerAssignmentResult;
}

const saveContactOfficerAssignmentIR: any = {"usedParamSet":{"taxpayerId":true,"officerSub":true,"assignedBy":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":97}]},{"name":"officerSub","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":111}]},{"name":"assignedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":125}]}],"statement":"INSERT INTO operator_contact_officers (taxpayer_id, officer_sub, assigned_by) VALUES (:taxpayerId!, :officerSub!, :assignedBy!)\nON CONFLICT (taxpayer_id) DO UPDATE SET officer_sub = EXCLUDED.officer_sub, assigned_by = EXCLUDED.assigned_by, assigned_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO operator_contact_officers (taxpayer_id, officer_sub, assigned_by) VALUES (:taxpayerId!, :officerSub!, :assignedBy!)
 * ON CONFLICT (taxpayer_id) DO UPDATE SET officer_sub = EXCLUDED.officer_sub, assigned_by = EXCLUDED.assigned_by, assigned_at = now()
 * ```
 */
export const saveContactOfficerAssignment = new PreparedQuery<ISaveContactOfficerAssignmentParams,ISaveContactOfficerAssignmentResult>(saveContactOfficerAssignmentIR);


/** 'DeleteContactOfficerAssignment' parameters type */
export interface IDeleteContactOfficerAssignmentParams {
  taxpayerId: string;
}

/** 'DeleteContactOfficerAssignment' return type */
export type IDeleteContactOfficerAssignmentResult = void;

/** 'DeleteContactOfficerAssignment' query type */
export interface IDeleteContactOfficerAssignmentQuery {
  params: IDeleteContactOfficerAssignmentParams;
  result: IDeleteContactOfficerAssignmentResult;
}

const deleteContactOfficerAssignmentIR: any = {"usedParamSet":{"taxpayerId":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":69}]}],"statement":"DELETE FROM operator_contact_officers WHERE taxpayer_id = :taxpayerId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM operator_contact_officers WHERE taxpayer_id = :taxpayerId!
 * ```
 */
export const deleteContactOfficerAssignment = new PreparedQuery<IDeleteContactOfficerAssignmentParams,IDeleteContactOfficerAssignmentResult>(deleteContactOfficerAssignmentIR);


/** 'SavePilotCompany' parameters type */
export interface ISavePilotCompanyParams {
  pilotId: string;
  region: string;
  taxpayerId: string;
}

/** 'SavePilotCompany' return type */
export type ISavePilotCompanyResult = void;

/** 'SavePilotCompany' query type */
export interface ISavePilotCompanyQuery {
  params: ISavePilotCompanyParams;
  result: ISavePilotCompanyResult;
}

const savePilotCompanyIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true,"region":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":76}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":79,"b":90}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":100}]}],"statement":"INSERT INTO pilot_companies (pilot_id, taxpayer_id, region) VALUES (:pilotId!, :taxpayerId!, :region!)\nON CONFLICT (pilot_id, taxpayer_id) DO UPDATE SET region = EXCLUDED.region, withdrawn_at = NULL, updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_companies (pilot_id, taxpayer_id, region) VALUES (:pilotId!, :taxpayerId!, :region!)
 * ON CONFLICT (pilot_id, taxpayer_id) DO UPDATE SET region = EXCLUDED.region, withdrawn_at = NULL, updated_at = now()
 * ```
 */
export const savePilotCompany = new PreparedQuery<ISavePilotCompanyParams,ISavePilotCompanyResult>(savePilotCompanyIR);


/** 'LockPilotCompany' parameters type */
export interface ILockPilotCompanyParams {
  pilotId: string;
  taxpayerId: string;
}

/** 'LockPilotCompany' return type */
export interface ILockPilotCompanyResult {
  had_previous: boolean;
  pilot_id: string;
  pilot_officer_sub: string | null;
  previous_assigned_at: Date | null;
  previous_assigned_by: string | null;
  previous_officer_sub: string | null;
  region: string;
  taxpayer_id: string;
  withdrawn_at: Date | null;
}

/** 'LockPilotCompany' query type */
export interface ILockPilotCompanyQuery {
  params: ILockPilotCompanyParams;
  result: ILockPilotCompanyResult;
}

const lockPilotCompanyIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":190,"b":198}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":218,"b":229}]}],"statement":"SELECT pilot_id, taxpayer_id, region, pilot_officer_sub, had_previous, previous_officer_sub, previous_assigned_by, previous_assigned_at, withdrawn_at\n  FROM pilot_companies WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pilot_id, taxpayer_id, region, pilot_officer_sub, had_previous, previous_officer_sub, previous_assigned_by, previous_assigned_at, withdrawn_at
 *   FROM pilot_companies WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId! FOR UPDATE
 * ```
 */
export const lockPilotCompany = new PreparedQuery<ILockPilotCompanyParams,ILockPilotCompanyResult>(lockPilotCompanyIR);


/** 'SavePilotOfficer' parameters type */
export interface ISavePilotOfficerParams {
  hadPrevious: boolean;
  officerSub: string;
  pilotId: string;
  previousAssignedAt?: DateOrString | null | void;
  previousAssignedBy?: string | null | void;
  previousOfficerSub?: string | null | void;
  region: string;
  taxpayerId: string;
}

/** 'SavePilotOfficer' return type */
export type ISavePilotOfficerResult = void;

/** 'SavePilotOfficer' query type */
export interface ISavePilotOfficerQuery {
  params: ISavePilotOfficerParams;
  result: ISavePilotOfficerResult;
}

const savePilotOfficerIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true,"region":true,"officerSub":true,"hadPrevious":true,"previousOfficerSub":true,"previousAssignedBy":true,"previousAssignedAt":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":167,"b":175}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":178,"b":189}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":192,"b":199}]},{"name":"officerSub","required":true,"transform":{"type":"scalar"},"locs":[{"a":202,"b":213}]},{"name":"hadPrevious","required":true,"transform":{"type":"scalar"},"locs":[{"a":216,"b":228}]},{"name":"previousOfficerSub","required":false,"transform":{"type":"scalar"},"locs":[{"a":231,"b":249}]},{"name":"previousAssignedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":252,"b":270}]},{"name":"previousAssignedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":273,"b":291}]}],"statement":"INSERT INTO pilot_companies (pilot_id, taxpayer_id, region, pilot_officer_sub, had_previous, previous_officer_sub, previous_assigned_by, previous_assigned_at)\nVALUES (:pilotId!, :taxpayerId!, :region!, :officerSub!, :hadPrevious!, :previousOfficerSub, :previousAssignedBy, :previousAssignedAt)\nON CONFLICT (pilot_id, taxpayer_id) DO UPDATE SET pilot_officer_sub = EXCLUDED.pilot_officer_sub, updated_at = now(),\n  -- The assignment the pilot replaced is the one before its first officer, never the pilot's own.\n  had_previous = CASE WHEN pilot_companies.pilot_officer_sub IS NULL THEN EXCLUDED.had_previous ELSE pilot_companies.had_previous END,\n  previous_officer_sub = CASE WHEN pilot_companies.pilot_officer_sub IS NULL THEN EXCLUDED.previous_officer_sub ELSE pilot_companies.previous_officer_sub END,\n  previous_assigned_by = CASE WHEN pilot_companies.pilot_officer_sub IS NULL THEN EXCLUDED.previous_assigned_by ELSE pilot_companies.previous_assigned_by END,\n  previous_assigned_at = CASE WHEN pilot_companies.pilot_officer_sub IS NULL THEN EXCLUDED.previous_assigned_at ELSE pilot_companies.previous_assigned_at END"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO pilot_companies (pilot_id, taxpayer_id, region, pilot_officer_sub, had_previous, previous_officer_sub, previous_assigned_by, previous_assigned_at)
 * VALUES (:pilotId!, :taxpayerId!, :region!, :officerSub!, :hadPrevious!, :previousOfficerSub, :previousAssignedBy, :previousAssignedAt)
 * ON CONFLICT (pilot_id, taxpayer_id) DO UPDATE SET pilot_officer_sub = EXCLUDED.pilot_officer_sub, updated_at = now(),
 *   -- The assignment the pilot replaced is the one before its first officer, never the pilot's own.
 *   had_previous = CASE WHEN pilot_companies.pilot_officer_sub IS NULL THEN EXCLUDED.had_previous ELSE pilot_companies.had_previous END,
 *   previous_officer_sub = CASE WHEN pilot_companies.pilot_officer_sub IS NULL THEN EXCLUDED.previous_officer_sub ELSE pilot_companies.previous_officer_sub END,
 *   previous_assigned_by = CASE WHEN pilot_companies.pilot_officer_sub IS NULL THEN EXCLUDED.previous_assigned_by ELSE pilot_companies.previous_assigned_by END,
 *   previous_assigned_at = CASE WHEN pilot_companies.pilot_officer_sub IS NULL THEN EXCLUDED.previous_assigned_at ELSE pilot_companies.previous_assigned_at END
 * ```
 */
export const savePilotOfficer = new PreparedQuery<ISavePilotOfficerParams,ISavePilotOfficerResult>(savePilotOfficerIR);


/** 'MarkPilotCompanyWithdrawn' parameters type */
export interface IMarkPilotCompanyWithdrawnParams {
  pilotId: string;
  taxpayerId: string;
  withdrawnAt: DateOrString;
}

/** 'MarkPilotCompanyWithdrawn' return type */
export type IMarkPilotCompanyWithdrawnResult = void;

/** 'MarkPilotCompanyWithdrawn' query type */
export interface IMarkPilotCompanyWithdrawnQuery {
  params: IMarkPilotCompanyWithdrawnParams;
  result: IMarkPilotCompanyWithdrawnResult;
}

const markPilotCompanyWithdrawnIR: any = {"usedParamSet":{"withdrawnAt":true,"pilotId":true,"taxpayerId":true},"params":[{"name":"withdrawnAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":42,"b":54}]},{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":101}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":132}]}],"statement":"UPDATE pilot_companies SET withdrawn_at = :withdrawnAt!, updated_at = now() WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE pilot_companies SET withdrawn_at = :withdrawnAt!, updated_at = now() WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
 * ```
 */
export const markPilotCompanyWithdrawn = new PreparedQuery<IMarkPilotCompanyWithdrawnParams,IMarkPilotCompanyWithdrawnResult>(markPilotCompanyWithdrawnIR);


/** 'RestoreContactOfficerAssignment' parameters type */
export interface IRestoreContactOfficerAssignmentParams {
  assignedAt: DateOrString;
  assignedBy: string;
  officerSub: string;
  taxpayerId: string;
}

/** 'RestoreContactOfficerAssignment' return type */
export type IRestoreContactOfficerAssignmentResult = void;

/** 'RestoreContactOfficerAssignment' query type */
export interface IRestoreContactOfficerAssignmentQuery {
  params: IRestoreContactOfficerAssignmentParams;
  result: IRestoreContactOfficerAssignmentResult;
}

const restoreContactOfficerAssignmentIR: any = {"usedParamSet":{"taxpayerId":true,"officerSub":true,"assignedBy":true,"assignedAt":true},"params":[{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":110}]},{"name":"officerSub","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":124}]},{"name":"assignedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":138}]},{"name":"assignedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":141,"b":152}]}],"statement":"INSERT INTO operator_contact_officers (taxpayer_id, officer_sub, assigned_by, assigned_at) VALUES (:taxpayerId!, :officerSub!, :assignedBy!, :assignedAt!)\nON CONFLICT (taxpayer_id) DO UPDATE SET officer_sub = EXCLUDED.officer_sub, assigned_by = EXCLUDED.assigned_by, assigned_at = EXCLUDED.assigned_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO operator_contact_officers (taxpayer_id, officer_sub, assigned_by, assigned_at) VALUES (:taxpayerId!, :officerSub!, :assignedBy!, :assignedAt!)
 * ON CONFLICT (taxpayer_id) DO UPDATE SET officer_sub = EXCLUDED.officer_sub, assigned_by = EXCLUDED.assigned_by, assigned_at = EXCLUDED.assigned_at
 * ```
 */
export const restoreContactOfficerAssignment = new PreparedQuery<IRestoreContactOfficerAssignmentParams,IRestoreContactOfficerAssignmentResult>(restoreContactOfficerAssignmentIR);


/** 'ListPilotCompanyRecipients' parameters type */
export interface IListPilotCompanyRecipientsParams {
  pilotId: string;
}

/** 'ListPilotCompanyRecipients' return type */
export interface IListPilotCompanyRecipientsResult {
  email: string;
  language: string | null;
  taxpayer_id: string;
}

/** 'ListPilotCompanyRecipients' query type */
export interface IListPilotCompanyRecipientsQuery {
  params: IListPilotCompanyRecipientsParams;
  result: IListPilotCompanyRecipientsResult;
}

const listPilotCompanyRecipientsIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":266,"b":274}]}],"statement":"SELECT c.taxpayer_id, o.email, COALESCE(o.language, 'mn') AS language\n  FROM pilot_companies c\n  LEFT JOIN LATERAL (SELECT email, language FROM operator_recipients r WHERE r.taxpayer_id = c.taxpayer_id ORDER BY updated_at DESC LIMIT 1) o ON true\n WHERE c.pilot_id = :pilotId! AND c.withdrawn_at IS NULL ORDER BY c.taxpayer_id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.taxpayer_id, o.email, COALESCE(o.language, 'mn') AS language
 *   FROM pilot_companies c
 *   LEFT JOIN LATERAL (SELECT email, language FROM operator_recipients r WHERE r.taxpayer_id = c.taxpayer_id ORDER BY updated_at DESC LIMIT 1) o ON true
 *  WHERE c.pilot_id = :pilotId! AND c.withdrawn_at IS NULL ORDER BY c.taxpayer_id
 * ```
 */
export const listPilotCompanyRecipients = new PreparedQuery<IListPilotCompanyRecipientsParams,IListPilotCompanyRecipientsResult>(listPilotCompanyRecipientsIR);


/** 'ListPilotOfficerAddresses' parameters type */
export interface IListPilotOfficerAddressesParams {
  pilotId: string;
  taxpayerId?: string | null | void;
}

/** 'ListPilotOfficerAddresses' return type */
export interface IListPilotOfficerAddressesResult {
  email: string | null;
  language: string;
  sub: string;
}

/** 'ListPilotOfficerAddresses' query type */
export interface IListPilotOfficerAddressesQuery {
  params: IListPilotOfficerAddressesParams;
  result: IListPilotOfficerAddressesResult;
}

const listPilotOfficerAddressesIR: any = {"usedParamSet":{"pilotId":true,"taxpayerId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":154,"b":162}]},{"name":"taxpayerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":172,"b":182},{"a":244,"b":254}]}],"statement":"SELECT DISTINCT s.sub, s.email, s.language FROM pilot_companies c\n  JOIN staff_contacts s ON s.sub = c.pilot_officer_sub AND s.active\n WHERE c.pilot_id = :pilotId!\n   AND (:taxpayerId::text IS NULL AND c.withdrawn_at IS NULL OR c.taxpayer_id = :taxpayerId)\n ORDER BY s.sub"};

/**
 * Query generated from SQL:
 * ```
 * SELECT DISTINCT s.sub, s.email, s.language FROM pilot_companies c
 *   JOIN staff_contacts s ON s.sub = c.pilot_officer_sub AND s.active
 *  WHERE c.pilot_id = :pilotId!
 *    AND (:taxpayerId::text IS NULL AND c.withdrawn_at IS NULL OR c.taxpayer_id = :taxpayerId)
 *  ORDER BY s.sub
 * ```
 */
export const listPilotOfficerAddresses = new PreparedQuery<IListPilotOfficerAddressesParams,IListPilotOfficerAddressesResult>(listPilotOfficerAddressesIR);


