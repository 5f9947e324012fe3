/** Types generated for queries found in "services/mra/src/partner-lists/partner-lists.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'FindArrangementForList' parameters type */
export interface IFindArrangementForListParams {
  id: string;
}

/** 'FindArrangementForList' return type */
export interface IFindArrangementForListResult {
  id: string;
  partner_country: string;
  phase: string;
}

/** 'FindArrangementForList' query type */
export interface IFindArrangementForListQuery {
  params: IFindArrangementForListParams;
  result: IFindArrangementForListResult;
}

const findArrangementForListIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":85}]}],"statement":"SELECT id, partner_country, phase FROM mutual_recognition_arrangements WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, partner_country, phase FROM mutual_recognition_arrangements WHERE id = :id!
 * ```
 */
export const findArrangementForList = new PreparedQuery<IFindArrangementForListParams,IFindArrangementForListResult>(findArrangementForListIR);


/** 'LockArrangementForList' parameters type */
export interface ILockArrangementForListParams {
  id: string;
}

/** 'LockArrangementForList' return type */
export interface ILockArrangementForListResult {
  phase: string;
}

/** 'LockArrangementForList' query type */
export interface ILockArrangementForListQuery {
  params: ILockArrangementForListParams;
  result: ILockArrangementForListResult;
}

const lockArrangementForListIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":64}]}],"statement":"SELECT phase FROM mutual_recognition_arrangements WHERE id = :id! FOR SHARE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT phase FROM mutual_recognition_arrangements WHERE id = :id! FOR SHARE
 * ```
 */
export const lockArrangementForList = new PreparedQuery<ILockArrangementForListParams,ILockArrangementForListResult>(lockArrangementForListIR);


/** 'UpsertPartnerKey' parameters type */
export interface IUpsertPartnerKeyParams {
  alg: string;
  arrangementId: string;
  jwk: Json;
  kid: string;
  registeredBy: string;
  thumbprint: string;
}

/** 'UpsertPartnerKey' return type */
export interface IUpsertPartnerKeyResult {
  alg: string;
  jwk: Json;
  kid: string;
  registered_at: Date;
  registered_by: string;
  retired_at: Date | null;
  retired_by: string | null;
}

/** 'UpsertPartnerKey' query type */
export interface IUpsertPartnerKeyQuery {
  params: IUpsertPartnerKeyParams;
  result: IUpsertPartnerKeyResult;
}

const upsertPartnerKeyIR: any = {"usedParamSet":{"arrangementId":true,"kid":true,"alg":true,"jwk":true,"thumbprint":true,"registeredBy":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":114}]},{"name":"kid","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":121}]},{"name":"alg","required":true,"transform":{"type":"scalar"},"locs":[{"a":124,"b":128}]},{"name":"jwk","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":135}]},{"name":"thumbprint","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":149}]},{"name":"registeredBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":152,"b":165}]}],"statement":"INSERT INTO mra_partner_keys (arrangement_id, kid, alg, jwk, jwk_thumbprint, registered_by)\nVALUES (:arrangementId!, :kid!, :alg!, :jwk!, :thumbprint!, :registeredBy!)\nON CONFLICT (arrangement_id, kid) DO UPDATE\n  SET alg = EXCLUDED.alg, jwk = EXCLUDED.jwk, jwk_thumbprint = EXCLUDED.jwk_thumbprint,\n      registered_by = EXCLUDED.registered_by, registered_at = now(), retired_by = NULL, retired_at = NULL\nRETURNING kid, alg, jwk, registered_by, registered_at, retired_by, retired_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mra_partner_keys (arrangement_id, kid, alg, jwk, jwk_thumbprint, registered_by)
 * VALUES (:arrangementId!, :kid!, :alg!, :jwk!, :thumbprint!, :registeredBy!)
 * ON CONFLICT (arrangement_id, kid) DO UPDATE
 *   SET alg = EXCLUDED.alg, jwk = EXCLUDED.jwk, jwk_thumbprint = EXCLUDED.jwk_thumbprint,
 *       registered_by = EXCLUDED.registered_by, registered_at = now(), retired_by = NULL, retired_at = NULL
 * RETURNING kid, alg, jwk, registered_by, registered_at, retired_by, retired_at
 * ```
 */
export const upsertPartnerKey = new PreparedQuery<IUpsertPartnerKeyParams,IUpsertPartnerKeyResult>(upsertPartnerKeyIR);


/** 'ListPartnerKeys' parameters type */
export interface IListPartnerKeysParams {
  arrangementId: string;
}

/** 'ListPartnerKeys' return type */
export interface IListPartnerKeysResult {
  alg: string;
  jwk: Json;
  kid: string;
  registered_at: Date;
  registered_by: string;
  retired_at: Date | null;
  retired_by: string | null;
}

/** 'ListPartnerKeys' query type */
export interface IListPartnerKeysQuery {
  params: IListPartnerKeysParams;
  result: IListPartnerKeysResult;
}

const listPartnerKeysIR: any = {"usedParamSet":{"arrangementId":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":134}]}],"statement":"SELECT kid, alg, jwk, registered_by, registered_at, retired_by, retired_at\nFROM mra_partner_keys WHERE arrangement_id = :arrangementId! ORDER BY registered_at, kid"};

/**
 * Query generated from SQL:
 * ```
 * SELECT kid, alg, jwk, registered_by, registered_at, retired_by, retired_at
 * FROM mra_partner_keys WHERE arrangement_id = :arrangementId! ORDER BY registered_at, kid
 * ```
 */
export const listPartnerKeys = new PreparedQuery<IListPartnerKeysParams,IListPartnerKeysResult>(listPartnerKeysIR);


/** 'FindPartnerKey' parameters type */
export interface IFindPartnerKeyParams {
  arrangementId: string;
  kid: string;
}

/** 'FindPartnerKey' return type */
export interface IFindPartnerKeyResult {
  alg: string;
  jwk: Json;
  kid: string;
  registered_at: Date;
  registered_by: string;
  retired_at: Date | null;
  retired_by: string | null;
}

/** 'FindPartnerKey' query type */
export interface IFindPartnerKeyQuery {
  params: IFindPartnerKeyParams;
  result: IFindPartnerKeyResult;
}

const findPartnerKeyIR: any = {"usedParamSet":{"arrangementId":true,"kid":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":134}]},{"name":"kid","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":150}]}],"statement":"SELECT kid, alg, jwk, registered_by, registered_at, retired_by, retired_at\nFROM mra_partner_keys WHERE arrangement_id = :arrangementId! AND kid = :kid!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT kid, alg, jwk, registered_by, registered_at, retired_by, retired_at
 * FROM mra_partner_keys WHERE arrangement_id = :arrangementId! AND kid = :kid!
 * ```
 */
export const findPartnerKey = new PreparedQuery<IFindPartnerKeyParams,IFindPartnerKeyResult>(findPartnerKeyIR);


/** 'LockPartnerKeyRegistrations' parameters type */
export type ILockPartnerKeyRegistrationsParams = void;

/** 'LockPartnerKeyRegistrations' return type */
export interface ILockPartnerKeyRegistrationsResult {
  locked: undefined | null;
}

/** 'LockPartnerKeyRegistrations' query type */
export interface ILockPartnerKeyRegistrationsQuery {
  params: ILockPartnerKeyRegistrationsParams;
  result: ILockPartnerKeyRegistrationsResult;
}

const lockPartnerKeyRegistrationsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT pg_advisory_xact_lock(hashtextextended('mra-partner-key-registrations', 0)) AS locked"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pg_advisory_xact_lock(hashtextextended('mra-partner-key-registrations', 0)) AS locked
 * ```
 */
export const lockPartnerKeyRegistrations = new PreparedQuery<ILockPartnerKeyRegistrationsParams,ILockPartnerKeyRegistrationsResult>(lockPartnerKeyRegistrationsIR);


/** 'FindPartnerKeyByThumbprint' parameters type */
export interface IFindPartnerKeyByThumbprintParams {
  thumbprint: string;
}

/** 'FindPartnerKeyByThumbprint' return type */
export interface IFindPartnerKeyByThumbprintResult {
  arrangement_id: string;
  kid: string;
  retired_at: Date | null;
}

/** 'FindPartnerKeyByThumbprint' query type */
export interface IFindPartnerKeyByThumbprintQuery {
  params: IFindPartnerKeyByThumbprintParams;
  result: IFindPartnerKeyByThumbprintResult;
}

const findPartnerKeyByThumbprintIR: any = {"usedParamSet":{"thumbprint":true},"params":[{"name":"thumbprint","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":95}]}],"statement":"SELECT arrangement_id, kid, retired_at FROM mra_partner_keys WHERE jwk_thumbprint = :thumbprint!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT arrangement_id, kid, retired_at FROM mra_partner_keys WHERE jwk_thumbprint = :thumbprint!
 * ```
 */
export const findPartnerKeyByThumbprint = new PreparedQuery<IFindPartnerKeyByThumbprintParams,IFindPartnerKeyByThumbprintResult>(findPartnerKeyByThumbprintIR);


/** 'RetirePartnerKey' parameters type */
export interface IRetirePartnerKeyParams {
  arrangementId: string;
  kid: string;
  retiredBy: string;
}

/** 'RetirePartnerKey' return type */
export interface IRetirePartnerKeyResult {
  alg: string;
  jwk: Json;
  kid: string;
  registered_at: Date;
  registered_by: string;
  retired_at: Date | null;
  retired_by: string | null;
}

/** 'RetirePartnerKey' query type */
export interface IRetirePartnerKeyQuery {
  params: IRetirePartnerKeyParams;
  result: IRetirePartnerKeyResult;
}

const retirePartnerKeyIR: any = {"usedParamSet":{"retiredBy":true,"arrangementId":true,"kid":true},"params":[{"name":"retiredBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":51}]},{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":96,"b":110}]},{"name":"kid","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":126}]}],"statement":"UPDATE mra_partner_keys SET retired_by = :retiredBy!, retired_at = now()\nWHERE arrangement_id = :arrangementId! AND kid = :kid! AND retired_at IS NULL\nRETURNING kid, alg, jwk, registered_by, registered_at, retired_by, retired_at"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE mra_partner_keys SET retired_by = :retiredBy!, retired_at = now()
 * WHERE arrangement_id = :arrangementId! AND kid = :kid! AND retired_at IS NULL
 * RETURNING kid, alg, jwk, registered_by, registered_at, retired_by, retired_at
 * ```
 */
export const retirePartnerKey = new PreparedQuery<IRetirePartnerKeyParams,IRetirePartnerKeyResult>(retirePartnerKeyIR);


/** 'LockListOfArrangement' parameters type */
export interface ILockListOfArrangementParams {
  arrangementId: string;
}

/** 'LockListOfArrangement' return type */
export interface ILockListOfArrangementResult {
  locked: undefined | null;
}

/** 'LockListOfArrangement' query type */
export interface ILockListOfArrangementQuery {
  params: ILockListOfArrangementParams;
  result: ILockListOfArrangementResult;
}

const lockListOfArrangementIR: any = {"usedParamSet":{"arrangementId":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":83}]}],"statement":"SELECT pg_advisory_xact_lock(hashtextextended('mra-partner-list:' || :arrangementId!::text, 0)) AS locked"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pg_advisory_xact_lock(hashtextextended('mra-partner-list:' || :arrangementId!::text, 0)) AS locked
 * ```
 */
export const lockListOfArrangement = new PreparedQuery<ILockListOfArrangementParams,ILockListOfArrangementResult>(lockListOfArrangementIR);


/** 'LatestListVersion' parameters type */
export interface ILatestListVersionParams {
  arrangementId: string;
}

/** 'LatestListVersion' return type */
export interface ILatestListVersionResult {
  arrangement_id: string;
  body_sha256: string;
  count_changed: number;
  count_new: number;
  count_removed: number;
  count_suspended: number;
  count_unchanged: number;
  format: string;
  generated_at: Date | null;
  imported_at: Date;
  imported_by: string;
  issued_at: Date | null;
  row_count: number;
  signature_kid: string;
  version: number;
}

/** 'LatestListVersion' query type */
export interface ILatestListVersionQuery {
  params: ILatestListVersionParams;
  result: ILatestListVersionResult;
}

const latestListVersionIR: any = {"usedParamSet":{"arrangementId":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":265,"b":279}]}],"statement":"SELECT arrangement_id, version, format, body_sha256, row_count, generated_at, issued_at, signature_kid,\n       count_new, count_changed, count_suspended, count_removed, count_unchanged, imported_by, imported_at\nFROM mra_partner_list_versions WHERE arrangement_id = :arrangementId! ORDER BY version DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT arrangement_id, version, format, body_sha256, row_count, generated_at, issued_at, signature_kid,
 *        count_new, count_changed, count_suspended, count_removed, count_unchanged, imported_by, imported_at
 * FROM mra_partner_list_versions WHERE arrangement_id = :arrangementId! ORDER BY version DESC LIMIT 1
 * ```
 */
export const latestListVersion = new PreparedQuery<ILatestListVersionParams,ILatestListVersionResult>(latestListVersionIR);


/** 'FindListVersion' parameters type */
export interface IFindListVersionParams {
  arrangementId: string;
  version: number;
}

/** 'FindListVersion' return type */
export interface IFindListVersionResult {
  arrangement_id: string;
  body_sha256: string;
  count_changed: number;
  count_new: number;
  count_removed: number;
  count_suspended: number;
  count_unchanged: number;
  format: string;
  generated_at: Date | null;
  imported_at: Date;
  imported_by: string;
  issued_at: Date | null;
  row_count: number;
  signature_kid: string;
  version: number;
}

/** 'FindListVersion' query type */
export interface IFindListVersionQuery {
  params: IFindListVersionParams;
  result: IFindListVersionResult;
}

const findListVersionIR: any = {"usedParamSet":{"arrangementId":true,"version":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":265,"b":279}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":295,"b":303}]}],"statement":"SELECT arrangement_id, version, format, body_sha256, row_count, generated_at, issued_at, signature_kid,\n       count_new, count_changed, count_suspended, count_removed, count_unchanged, imported_by, imported_at\nFROM mra_partner_list_versions WHERE arrangement_id = :arrangementId! AND version = :version!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT arrangement_id, version, format, body_sha256, row_count, generated_at, issued_at, signature_kid,
 *        count_new, count_changed, count_suspended, count_removed, count_unchanged, imported_by, imported_at
 * FROM mra_partner_list_versions WHERE arrangement_id = :arrangementId! AND version = :version!
 * ```
 */
export const findListVersion = new PreparedQuery<IFindListVersionParams,IFindListVersionResult>(findListVersionIR);


/** 'ListListVersions' parameters type */
export interface IListListVersionsParams {
  arrangementId: string;
}

/** 'ListListVersions' return type */
export interface IListListVersionsResult {
  arrangement_id: string;
  body_sha256: string;
  count_changed: number;
  count_new: number;
  count_removed: number;
  count_suspended: number;
  count_unchanged: number;
  format: string;
  generated_at: Date | null;
  imported_at: Date;
  imported_by: string;
  issued_at: Date | null;
  row_count: number;
  signature_kid: string;
  version: number;
}

/** 'ListListVersions' query type */
export interface IListListVersionsQuery {
  params: IListListVersionsParams;
  result: IListListVersionsResult;
}

const listListVersionsIR: any = {"usedParamSet":{"arrangementId":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":265,"b":279}]}],"statement":"SELECT arrangement_id, version, format, body_sha256, row_count, generated_at, issued_at, signature_kid,\n       count_new, count_changed, count_suspended, count_removed, count_unchanged, imported_by, imported_at\nFROM mra_partner_list_versions WHERE arrangement_id = :arrangementId! ORDER BY version DESC LIMIT 500"};

/**
 * Query generated from SQL:
 * ```
 * SELECT arrangement_id, version, format, body_sha256, row_count, generated_at, issued_at, signature_kid,
 *        count_new, count_changed, count_suspended, count_removed, count_unchanged, imported_by, imported_at
 * FROM mra_partner_list_versions WHERE arrangement_id = :arrangementId! ORDER BY version DESC LIMIT 500
 * ```
 */
export const listListVersions = new PreparedQuery<IListListVersionsParams,IListListVersionsResult>(listListVersionsIR);


/** 'FindListVersionByBody' parameters type */
export interface IFindListVersionByBodyParams {
  arrangementId: string;
  bodySha256: string;
}

/** 'FindListVersionByBody' return type */
export interface IFindListVersionByBodyResult {
  imported_at: Date;
  version: number;
}

/** 'FindListVersionByBody' query type */
export interface IFindListVersionByBodyQuery {
  params: IFindListVersionByBodyParams;
  result: IFindListVersionByBodyResult;
}

const findListVersionByBodyIR: any = {"usedParamSet":{"arrangementId":true,"bodySha256":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":96}]},{"name":"bodySha256","required":true,"transform":{"type":"scalar"},"locs":[{"a":116,"b":127}]}],"statement":"SELECT version, imported_at FROM mra_partner_list_versions\nWHERE arrangement_id = :arrangementId! AND body_sha256 = :bodySha256!\nORDER BY version DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT version, imported_at FROM mra_partner_list_versions
 * WHERE arrangement_id = :arrangementId! AND body_sha256 = :bodySha256!
 * ORDER BY version DESC LIMIT 1
 * ```
 */
export const findListVersionByBody = new PreparedQuery<IFindListVersionByBodyParams,IFindListVersionByBodyResult>(findListVersionByBodyIR);


/** 'InsertListVersion' parameters type */
export interface IInsertListVersionParams {
  arrangementId: string;
  body: Buffer;
  bodySha256: string;
  format: string;
  generatedAt?: DateOrString | null | void;
  importedAt: DateOrString;
  importedBy: string;
  issuedAt: DateOrString;
  rowCount: number;
  signature: string;
  signatureKid: string;
  version: number;
}

/** 'InsertListVersion' return type */
export type IInsertListVersionResult = void;

/** 'InsertListVersion' query type */
export interface IInsertListVersionQuery {
  params: IInsertListVersionParams;
  result: IInsertListVersionResult;
}

const insertListVersionIR: any = {"usedParamSet":{"arrangementId":true,"version":true,"format":true,"bodySha256":true,"rowCount":true,"generatedAt":true,"issuedAt":true,"signatureKid":true,"importedBy":true,"importedAt":true,"body":true,"signature":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":354,"b":368}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":371,"b":379}]},{"name":"format","required":true,"transform":{"type":"scalar"},"locs":[{"a":382,"b":389}]},{"name":"bodySha256","required":true,"transform":{"type":"scalar"},"locs":[{"a":392,"b":403}]},{"name":"rowCount","required":true,"transform":{"type":"scalar"},"locs":[{"a":406,"b":415}]},{"name":"generatedAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":418,"b":429}]},{"name":"issuedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":432,"b":441}]},{"name":"signatureKid","required":true,"transform":{"type":"scalar"},"locs":[{"a":444,"b":457}]},{"name":"importedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":477,"b":488}]},{"name":"importedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":491,"b":502}]},{"name":"body","required":true,"transform":{"type":"scalar"},"locs":[{"a":505,"b":510}]},{"name":"signature","required":true,"transform":{"type":"scalar"},"locs":[{"a":513,"b":523}]}],"statement":"-- The version keeps the signed file itself (bytes and detached signature as received).\nINSERT INTO mra_partner_list_versions (arrangement_id, version, format, body_sha256, row_count, generated_at,\n  issued_at, signature_kid, count_new, count_changed, count_suspended, count_removed, count_unchanged, imported_by,\n  imported_at, body, signature)\nVALUES (:arrangementId!, :version!, :format!, :bodySha256!, :rowCount!, :generatedAt, :issuedAt!, :signatureKid!,\n  0, 0, 0, 0, 0, :importedBy!, :importedAt!, :body!, :signature!)"};

/**
 * Query generated from SQL:
 * ```
 * -- The version keeps the signed file itself (bytes and detached signature as received).
 * INSERT INTO mra_partner_list_versions (arrangement_id, version, format, body_sha256, row_count, generated_at,
 *   issued_at, signature_kid, count_new, count_changed, count_suspended, count_removed, count_unchanged, imported_by,
 *   imported_at, body, signature)
 * VALUES (:arrangementId!, :version!, :format!, :bodySha256!, :rowCount!, :generatedAt, :issuedAt!, :signatureKid!,
 *   0, 0, 0, 0, 0, :importedBy!, :importedAt!, :body!, :signature!)
 * ```
 */
export const insertListVersion = new PreparedQuery<IInsertListVersionParams,IInsertListVersionResult>(insertListVersionIR);


/** 'FindListVersionFile' parameters type */
export interface IFindListVersionFileParams {
  arrangementId: string;
  version: number;
}

/** 'FindListVersionFile' return type */
export interface IFindListVersionFileResult {
  body: Buffer | null;
  format: string;
  signature: string | null;
}

/** 'FindListVersionFile' query type */
export interface IFindListVersionFileQuery {
  params: IFindListVersionFileParams;
  result: IFindListVersionFileResult;
}

const findListVersionFileIR: any = {"usedParamSet":{"arrangementId":true,"version":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":99}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":123}]}],"statement":"SELECT format, body, signature FROM mra_partner_list_versions\nWHERE arrangement_id = :arrangementId! AND version = :version!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT format, body, signature FROM mra_partner_list_versions
 * WHERE arrangement_id = :arrangementId! AND version = :version!
 * ```
 */
export const findListVersionFile = new PreparedQuery<IFindListVersionFileParams,IFindListVersionFileResult>(findListVersionFileIR);


/** 'HasEntries' parameters type */
export interface IHasEntriesParams {
  arrangementId: string;
}

/** 'HasEntries' return type */
export interface IHasEntriesResult {
  present: boolean | null;
}

/** 'HasEntries' query type */
export interface IHasEntriesQuery {
  params: IHasEntriesParams;
  result: IHasEntriesResult;
}

const hasEntriesIR: any = {"usedParamSet":{"arrangementId":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":73,"b":87}]}],"statement":"SELECT EXISTS (SELECT 1 FROM partner_list_entries WHERE arrangement_id = :arrangementId!) AS present"};

/**
 * Query generated from SQL:
 * ```
 * SELECT EXISTS (SELECT 1 FROM partner_list_entries WHERE arrangement_id = :arrangementId!) AS present
 * ```
 */
export const hasEntries = new PreparedQuery<IHasEntriesParams,IHasEntriesResult>(hasEntriesIR);


/** 'PlanDiffWithoutNestedLoops' parameters type */
export type IPlanDiffWithoutNestedLoopsParams = void;

/** 'PlanDiffWithoutNestedLoops' return type */
export interface IPlanDiffWithoutNestedLoopsResult {
  setting: string | null;
}

/** 'PlanDiffWithoutNestedLoops' query type */
export interface IPlanDiffWithoutNestedLoopsQuery {
  params: IPlanDiffWithoutNestedLoopsParams;
  result: IPlanDiffWithoutNestedLoopsResult;
}

const planDiffWithoutNestedLoopsIR: any = {"usedParamSet":{},"params":[],"statement":"-- Freshly loaded rows have no statistics yet (ANALYZE runs after the commit, outside the import):\n-- the difference joins whole lists, which only hash or merge joins do well.\nSELECT set_config('enable_nestloop', 'off', true) AS setting"};

/**
 * Query generated from SQL:
 * ```
 * -- Freshly loaded rows have no statistics yet (ANALYZE runs after the commit, outside the import):
 * -- the difference joins whole lists, which only hash or merge joins do well.
 * SELECT set_config('enable_nestloop', 'off', true) AS setting
 * ```
 */
export const planDiffWithoutNestedLoops = new PreparedQuery<IPlanDiffWithoutNestedLoopsParams,IPlanDiffWithoutNestedLoopsResult>(planDiffWithoutNestedLoopsIR);


/** 'PlanWithNestedLoops' parameters type */
export type IPlanWithNestedLoopsParams = void;

/** 'PlanWithNestedLoops' return type */
export interface IPlanWithNestedLoopsResult {
  setting: string | null;
}

/** 'PlanWithNestedLoops' query type */
export interface IPlanWithNestedLoopsQuery {
  params: IPlanWithNestedLoopsParams;
  result: IPlanWithNestedLoopsResult;
}

const planWithNestedLoopsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT set_config('enable_nestloop', 'on', true) AS setting"};

/**
 * Query generated from SQL:
 * ```
 * SELECT set_config('enable_nestloop', 'on', true) AS setting
 * ```
 */
export const planWithNestedLoops = new PreparedQuery<IPlanWithNestedLoopsParams,IPlanWithNestedLoopsResult>(planWithNestedLoopsIR);


/** 'InsertListChanges' parameters type */
export interface IInsertListChangesParams {
  arrangementId: string;
  version: number;
}

/** 'InsertListChanges' return type */
export type IInsertListChangesResult = void;

/** 'InsertListChanges' query type */
export interface IInsertListChangesQuery {
  params: IInsertListChangesParams;
  result: IInsertListChangesResult;
}

const insertListChangesIR: any = {"usedParamSet":{"arrangementId":true,"version":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":448,"b":462},{"a":993,"b":1007}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":480,"b":488},{"a":909,"b":917},{"a":1174,"b":1182}]}],"statement":"INSERT INTO mra_partner_list_changes (arrangement_id, version, aeo_id, change)\nSELECT r.arrangement_id, r.version, r.aeo_id,\n  CASE WHEN e.aeo_id IS NULL OR e.status = 'removed' THEN 'new'\n       WHEN r.status = 'suspended' AND e.status = 'active' THEN 'suspended'\n       ELSE 'changed' END\nFROM mra_partner_list_staged_rows r\nLEFT JOIN partner_list_entries e ON e.arrangement_id = r.arrangement_id AND e.aeo_id = r.aeo_id\nWHERE r.arrangement_id = :arrangementId! AND r.version = :version!\n  AND (e.aeo_id IS NULL OR e.status = 'removed'\n    OR (r.normalised_id, r.name, r.address, r.status_type, r.partner_status_type, r.status, r.valid_from,\n        r.valid_until, r.suspended_on, r.revoked_on)\n       IS DISTINCT FROM (e.normalised_id, e.name, e.address, e.status_type, e.partner_status_type, e.status,\n        e.valid_from, e.valid_until, e.suspended_on, e.revoked_on))\nUNION ALL\nSELECT e.arrangement_id, :version!, e.aeo_id, 'removed'\nFROM partner_list_entries e\nWHERE e.arrangement_id = :arrangementId! AND e.status <> 'removed'\n  AND NOT EXISTS (SELECT 1 FROM mra_partner_list_staged_rows r\n                  WHERE r.arrangement_id = e.arrangement_id AND r.version = :version! AND r.aeo_id = e.aeo_id)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mra_partner_list_changes (arrangement_id, version, aeo_id, change)
 * SELECT r.arrangement_id, r.version, r.aeo_id,
 *   CASE WHEN e.aeo_id IS NULL OR e.status = 'removed' THEN 'new'
 *        WHEN r.status = 'suspended' AND e.status = 'active' THEN 'suspended'
 *        ELSE 'changed' END
 * FROM mra_partner_list_staged_rows r
 * LEFT JOIN partner_list_entries e ON e.arrangement_id = r.arrangement_id AND e.aeo_id = r.aeo_id
 * WHERE r.arrangement_id = :arrangementId! AND r.version = :version!
 *   AND (e.aeo_id IS NULL OR e.status = 'removed'
 *     OR (r.normalised_id, r.name, r.address, r.status_type, r.partner_status_type, r.status, r.valid_from,
 *         r.valid_until, r.suspended_on, r.revoked_on)
 *        IS DISTINCT FROM (e.normalised_id, e.name, e.address, e.status_type, e.partner_status_type, e.status,
 *         e.valid_from, e.valid_until, e.suspended_on, e.revoked_on))
 * UNION ALL
 * SELECT e.arrangement_id, :version!, e.aeo_id, 'removed'
 * FROM partner_list_entries e
 * WHERE e.arrangement_id = :arrangementId! AND e.status <> 'removed'
 *   AND NOT EXISTS (SELECT 1 FROM mra_partner_list_staged_rows r
 *                   WHERE r.arrangement_id = e.arrangement_id AND r.version = :version! AND r.aeo_id = e.aeo_id)
 * ```
 */
export const insertListChanges = new PreparedQuery<IInsertListChangesParams,IInsertListChangesResult>(insertListChangesIR);


/** 'CountListChanges' parameters type */
export interface ICountListChangesParams {
  arrangementId: string;
  version: number;
}

/** 'CountListChanges' return type */
export interface ICountListChangesResult {
  change: string;
  count: number | null;
}

/** 'CountListChanges' query type */
export interface ICountListChangesQuery {
  params: ICountListChangesParams;
  result: ICountListChangesResult;
}

const countListChangesIR: any = {"usedParamSet":{"arrangementId":true,"version":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":91,"b":105}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":129}]}],"statement":"SELECT change, count(*)::int AS count FROM mra_partner_list_changes\nWHERE arrangement_id = :arrangementId! AND version = :version! GROUP BY change"};

/**
 * Query generated from SQL:
 * ```
 * SELECT change, count(*)::int AS count FROM mra_partner_list_changes
 * WHERE arrangement_id = :arrangementId! AND version = :version! GROUP BY change
 * ```
 */
export const countListChanges = new PreparedQuery<ICountListChangesParams,ICountListChangesResult>(countListChangesIR);


/** 'SetListVersionCounts' parameters type */
export interface ISetListVersionCountsParams {
  arrangementId: string;
  changed: number;
  new: number;
  removed: number;
  suspended: number;
  unchanged: number;
  version: number;
}

/** 'SetListVersionCounts' return type */
export type ISetListVersionCountsResult = void;

/** 'SetListVersionCounts' query type */
export interface ISetListVersionCountsQuery {
  params: ISetListVersionCountsParams;
  result: ISetListVersionCountsResult;
}

const setListVersionCountsIR: any = {"usedParamSet":{"new":true,"changed":true,"suspended":true,"removed":true,"unchanged":true,"arrangementId":true,"version":true},"params":[{"name":"new","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":53}]},{"name":"changed","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":80}]},{"name":"suspended","required":true,"transform":{"type":"scalar"},"locs":[{"a":101,"b":111}]},{"name":"removed","required":true,"transform":{"type":"scalar"},"locs":[{"a":130,"b":138}]},{"name":"unchanged","required":true,"transform":{"type":"scalar"},"locs":[{"a":163,"b":173}]},{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":198,"b":212}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":228,"b":236}]}],"statement":"UPDATE mra_partner_list_versions\nSET count_new = :new!, count_changed = :changed!, count_suspended = :suspended!, count_removed = :removed!,\n    count_unchanged = :unchanged!\nWHERE arrangement_id = :arrangementId! AND version = :version!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE mra_partner_list_versions
 * SET count_new = :new!, count_changed = :changed!, count_suspended = :suspended!, count_removed = :removed!,
 *     count_unchanged = :unchanged!
 * WHERE arrangement_id = :arrangementId! AND version = :version!
 * ```
 */
export const setListVersionCounts = new PreparedQuery<ISetListVersionCountsParams,ISetListVersionCountsResult>(setListVersionCountsIR);


/** 'ApplyListRows' parameters type */
export interface IApplyListRowsParams {
  arrangementId: string;
  version: number;
}

/** 'ApplyListRows' return type */
export type IApplyListRowsResult = void;

/** 'ApplyListRows' query type */
export interface IApplyListRowsQuery {
  params: IApplyListRowsParams;
  result: IApplyListRowsResult;
}

const applyListRowsIR: any = {"usedParamSet":{"arrangementId":true,"version":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":528,"b":542}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":560,"b":568}]}],"statement":"INSERT INTO partner_list_entries (arrangement_id, aeo_id, normalised_id, name, address, status_type,\n  partner_status_type, status, valid_from, valid_until, suspended_on, revoked_on, last_changed_version)\nSELECT r.arrangement_id, r.aeo_id, r.normalised_id, r.name, r.address, r.status_type, r.partner_status_type,\n  r.status, r.valid_from, r.valid_until, r.suspended_on, r.revoked_on, r.version\nFROM mra_partner_list_changes c\nJOIN mra_partner_list_staged_rows r USING (arrangement_id, version, aeo_id)\nWHERE c.arrangement_id = :arrangementId! AND c.version = :version! AND c.change <> 'removed'\nON CONFLICT (arrangement_id, aeo_id) DO UPDATE SET\n  normalised_id = EXCLUDED.normalised_id, name = EXCLUDED.name, address = EXCLUDED.address,\n  status_type = EXCLUDED.status_type, partner_status_type = EXCLUDED.partner_status_type, status = EXCLUDED.status,\n  valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until, suspended_on = EXCLUDED.suspended_on,\n  revoked_on = EXCLUDED.revoked_on, last_changed_version = EXCLUDED.last_changed_version"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO partner_list_entries (arrangement_id, aeo_id, normalised_id, name, address, status_type,
 *   partner_status_type, status, valid_from, valid_until, suspended_on, revoked_on, last_changed_version)
 * SELECT r.arrangement_id, r.aeo_id, r.normalised_id, r.name, r.address, r.status_type, r.partner_status_type,
 *   r.status, r.valid_from, r.valid_until, r.suspended_on, r.revoked_on, r.version
 * FROM mra_partner_list_changes c
 * JOIN mra_partner_list_staged_rows r USING (arrangement_id, version, aeo_id)
 * WHERE c.arrangement_id = :arrangementId! AND c.version = :version! AND c.change <> 'removed'
 * ON CONFLICT (arrangement_id, aeo_id) DO UPDATE SET
 *   normalised_id = EXCLUDED.normalised_id, name = EXCLUDED.name, address = EXCLUDED.address,
 *   status_type = EXCLUDED.status_type, partner_status_type = EXCLUDED.partner_status_type, status = EXCLUDED.status,
 *   valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until, suspended_on = EXCLUDED.suspended_on,
 *   revoked_on = EXCLUDED.revoked_on, last_changed_version = EXCLUDED.last_changed_version
 * ```
 */
export const applyListRows = new PreparedQuery<IApplyListRowsParams,IApplyListRowsResult>(applyListRowsIR);


/** 'DeleteStagedRows' parameters type */
export interface IDeleteStagedRowsParams {
  arrangementId: string;
  version: number;
}

/** 'DeleteStagedRows' return type */
export type IDeleteStagedRowsResult = void;

/** 'DeleteStagedRows' query type */
export interface IDeleteStagedRowsQuery {
  params: IDeleteStagedRowsParams;
  result: IDeleteStagedRowsResult;
}

const deleteStagedRowsIR: any = {"usedParamSet":{"arrangementId":true,"version":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":141}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":157,"b":165}]}],"statement":"-- Before the commit: no other session ever sees a staged row.\nDELETE FROM mra_partner_list_staged_rows WHERE arrangement_id = :arrangementId! AND version = :version!"};

/**
 * Query generated from SQL:
 * ```
 * -- Before the commit: no other session ever sees a staged row.
 * DELETE FROM mra_partner_list_staged_rows WHERE arrangement_id = :arrangementId! AND version = :version!
 * ```
 */
export const deleteStagedRows = new PreparedQuery<IDeleteStagedRowsParams,IDeleteStagedRowsResult>(deleteStagedRowsIR);


/** 'ApplyListRemovals' parameters type */
export interface IApplyListRemovalsParams {
  arrangementId: string;
  version: number;
}

/** 'ApplyListRemovals' return type */
export type IApplyListRemovalsResult = void;

/** 'ApplyListRemovals' query type */
export interface IApplyListRemovalsQuery {
  params: IApplyListRemovalsParams;
  result: IApplyListRemovalsResult;
}

const applyListRemovalsIR: any = {"usedParamSet":{"arrangementId":true,"version":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":144,"b":158}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":176,"b":184}]}],"statement":"UPDATE partner_list_entries e SET status = 'removed', last_changed_version = c.version\nFROM mra_partner_list_changes c\nWHERE c.arrangement_id = :arrangementId! AND c.version = :version! AND c.change = 'removed'\n  AND e.arrangement_id = c.arrangement_id AND e.aeo_id = c.aeo_id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE partner_list_entries e SET status = 'removed', last_changed_version = c.version
 * FROM mra_partner_list_changes c
 * WHERE c.arrangement_id = :arrangementId! AND c.version = :version! AND c.change = 'removed'
 *   AND e.arrangement_id = c.arrangement_id AND e.aeo_id = c.aeo_id
 * ```
 */
export const applyListRemovals = new PreparedQuery<IApplyListRemovalsParams,IApplyListRemovalsResult>(applyListRemovalsIR);


/** 'PageListChanges' parameters type */
export interface IPageListChangesParams {
  after: string;
  arrangementId: string;
  limit: string;
  version: number;
}

/** 'PageListChanges' return type */
export interface IPageListChangesResult {
  aeo_id: string;
  change: string;
  name: string;
  normalised_id: string;
  status: string;
  status_type: string;
  valid_from: string;
  valid_until: string | null;
}

/** 'PageListChanges' query type */
export interface IPageListChangesQuery {
  params: IPageListChangesParams;
  result: IPageListChangesResult;
}

const pageListChangesIR: any = {"usedParamSet":{"arrangementId":true,"version":true,"after":true,"limit":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":253,"b":267}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":285,"b":293}]},{"name":"after","required":true,"transform":{"type":"scalar"},"locs":[{"a":310,"b":316}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":342,"b":348}]}],"statement":"SELECT c.aeo_id, c.change, e.normalised_id, e.name, e.status_type, e.status, e.valid_from, e.valid_until\nFROM mra_partner_list_changes c\nJOIN partner_list_entries e ON e.arrangement_id = c.arrangement_id AND e.aeo_id = c.aeo_id\nWHERE c.arrangement_id = :arrangementId! AND c.version = :version! AND c.aeo_id > :after!\nORDER BY c.aeo_id LIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.aeo_id, c.change, e.normalised_id, e.name, e.status_type, e.status, e.valid_from, e.valid_until
 * FROM mra_partner_list_changes c
 * JOIN partner_list_entries e ON e.arrangement_id = c.arrangement_id AND e.aeo_id = c.aeo_id
 * WHERE c.arrangement_id = :arrangementId! AND c.version = :version! AND c.aeo_id > :after!
 * ORDER BY c.aeo_id LIMIT :limit!
 * ```
 */
export const pageListChanges = new PreparedQuery<IPageListChangesParams,IPageListChangesResult>(pageListChangesIR);


/** 'PageEntries' parameters type */
export interface IPageEntriesParams {
  after: string;
  arrangementId: string;
  limit: string;
  status?: string | null | void;
}

/** 'PageEntries' return type */
export interface IPageEntriesResult {
  address: Json;
  aeo_id: string;
  last_changed_version: number;
  name: string;
  normalised_id: string;
  partner_status_type: string;
  revoked_on: string | null;
  status: string;
  status_type: string;
  suspended_on: string | null;
  valid_from: string;
  valid_until: string | null;
}

/** 'PageEntries' query type */
export interface IPageEntriesQuery {
  params: IPageEntriesParams;
  result: IPageEntriesResult;
}

const pageEntriesIR: any = {"usedParamSet":{"arrangementId":true,"status":true,"after":true,"limit":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":210,"b":224}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":231,"b":237},{"a":265,"b":271}]},{"name":"after","required":true,"transform":{"type":"scalar"},"locs":[{"a":287,"b":293}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":317,"b":323}]}],"statement":"SELECT aeo_id, normalised_id, name, address, status_type, partner_status_type, status, valid_from, valid_until,\n  suspended_on, revoked_on, last_changed_version\nFROM partner_list_entries\nWHERE arrangement_id = :arrangementId! AND (:status::text IS NULL OR status = :status) AND aeo_id > :after!\nORDER BY aeo_id LIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT aeo_id, normalised_id, name, address, status_type, partner_status_type, status, valid_from, valid_until,
 *   suspended_on, revoked_on, last_changed_version
 * FROM partner_list_entries
 * WHERE arrangement_id = :arrangementId! AND (:status::text IS NULL OR status = :status) AND aeo_id > :after!
 * ORDER BY aeo_id LIMIT :limit!
 * ```
 */
export const pageEntries = new PreparedQuery<IPageEntriesParams,IPageEntriesResult>(pageEntriesIR);


/** 'AnalyseListTables' parameters type */
export type IAnalyseListTablesParams = void;

/** 'AnalyseListTables' return type */
export type IAnalyseListTablesResult = void;

/** 'AnalyseListTables' query type */
export interface IAnalyseListTablesQuery {
  params: IAnalyseListTablesParams;
  result: IAnalyseListTablesResult;
}

const analyseListTablesIR: any = {"usedParamSet":{},"params":[],"statement":"-- After an import's commit, outside its transaction; skipped while another session analyses them.\nANALYZE (SKIP_LOCKED) mra_partner_list_changes, partner_list_entries"};

/**
 * Query generated from SQL:
 * ```
 * -- After an import's commit, outside its transaction; skipped while another session analyses them.
 * ANALYZE (SKIP_LOCKED) mra_partner_list_changes, partner_list_entries
 * ```
 */
export const analyseListTables = new PreparedQuery<IAnalyseListTablesParams,IAnalyseListTablesResult>(analyseListTablesIR);


