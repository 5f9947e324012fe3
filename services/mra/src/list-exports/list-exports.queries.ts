/** Types generated for queries found in "services/mra/src/list-exports/list-exports.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'FindArrangementForExport' parameters type */
export interface IFindArrangementForExportParams {
  id: string;
}

/** 'FindArrangementForExport' return type */
export interface IFindArrangementForExportResult {
  id: string;
  partner_administration: string;
  partner_country: string;
  phase: string;
  terms: Json | null;
}

/** 'FindArrangementForExport' query type */
export interface IFindArrangementForExportQuery {
  params: IFindArrangementForExportParams;
  result: IFindArrangementForExportResult;
}

const findArrangementForExportIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":116}]}],"statement":"SELECT id, partner_country, partner_administration, phase, terms FROM mutual_recognition_arrangements WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, partner_country, partner_administration, phase, terms FROM mutual_recognition_arrangements WHERE id = :id!
 * ```
 */
export const findArrangementForExport = new PreparedQuery<IFindArrangementForExportParams,IFindArrangementForExportResult>(findArrangementForExportIR);


/** 'OperationalArrangements' parameters type */
export type IOperationalArrangementsParams = void;

/** 'OperationalArrangements' return type */
export interface IOperationalArrangementsResult {
  id: string;
}

/** 'OperationalArrangements' query type */
export interface IOperationalArrangementsQuery {
  params: IOperationalArrangementsParams;
  result: IOperationalArrangementsResult;
}

const operationalArrangementsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT id FROM mutual_recognition_arrangements WHERE phase = 'operational' ORDER BY id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM mutual_recognition_arrangements WHERE phase = 'operational' ORDER BY id
 * ```
 */
export const operationalArrangements = new PreparedQuery<IOperationalArrangementsParams,IOperationalArrangementsResult>(operationalArrangementsIR);


/** 'LockExportsOfArrangement' parameters type */
export interface ILockExportsOfArrangementParams {
  arrangementId: string;
}

/** 'LockExportsOfArrangement' return type */
export interface ILockExportsOfArrangementResult {
  locked: undefined | null;
}

/** 'LockExportsOfArrangement' query type */
export interface ILockExportsOfArrangementQuery {
  params: ILockExportsOfArrangementParams;
  result: ILockExportsOfArrangementResult;
}

const lockExportsOfArrangementIR: any = {"usedParamSet":{"arrangementId":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":82}]}],"statement":"SELECT pg_advisory_xact_lock(hashtextextended('mra-list-export:' || :arrangementId!::text, 0)) AS locked"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pg_advisory_xact_lock(hashtextextended('mra-list-export:' || :arrangementId!::text, 0)) AS locked
 * ```
 */
export const lockExportsOfArrangement = new PreparedQuery<ILockExportsOfArrangementParams,ILockExportsOfArrangementResult>(lockExportsOfArrangementIR);


/** 'LatestExport' parameters type */
export interface ILatestExportParams {
  arrangementId: string;
}

/** 'LatestExport' return type */
export interface ILatestExportResult {
  added: number;
  arrangement_id: string;
  changed: number;
  document: Json;
  entries_sha256: string;
  entry_count: number;
  exported_at: Date;
  exported_by: string;
  id: string;
  jws: string;
  key_id: string;
  removed: number;
  version: number;
  withheld: number;
}

/** 'LatestExport' query type */
export interface ILatestExportQuery {
  params: ILatestExportParams;
  result: ILatestExportResult;
}

const latestExportIR: any = {"usedParamSet":{"arrangementId":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":54,"b":68}]}],"statement":"SELECT * FROM mra_list_exports WHERE arrangement_id = :arrangementId! ORDER BY version DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT * FROM mra_list_exports WHERE arrangement_id = :arrangementId! ORDER BY version DESC LIMIT 1
 * ```
 */
export const latestExport = new PreparedQuery<ILatestExportParams,ILatestExportResult>(latestExportIR);


/** 'FindExport' parameters type */
export interface IFindExportParams {
  arrangementId: string;
  version: number;
}

/** 'FindExport' return type */
export interface IFindExportResult {
  added: number;
  arrangement_id: string;
  changed: number;
  document: Json;
  entries_sha256: string;
  entry_count: number;
  exported_at: Date;
  exported_by: string;
  id: string;
  jws: string;
  key_id: string;
  removed: number;
  version: number;
  withheld: number;
}

/** 'FindExport' query type */
export interface IFindExportQuery {
  params: IFindExportParams;
  result: IFindExportResult;
}

const findExportIR: any = {"usedParamSet":{"arrangementId":true,"version":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":54,"b":68}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":92}]}],"statement":"SELECT * FROM mra_list_exports WHERE arrangement_id = :arrangementId! AND version = :version!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT * FROM mra_list_exports WHERE arrangement_id = :arrangementId! AND version = :version!
 * ```
 */
export const findExport = new PreparedQuery<IFindExportParams,IFindExportResult>(findExportIR);


/** 'InsertExport' parameters type */
export interface IInsertExportParams {
  added: number;
  arrangementId: string;
  changed: number;
  document: Json;
  entriesSha256: string;
  entryCount: number;
  exportedAt: DateOrString;
  exportedBy: string;
  id: string;
  jws: string;
  keyId: string;
  removed: number;
  version: number;
  withheld: number;
}

/** 'InsertExport' return type */
export interface IInsertExportResult {
  added: number;
  arrangement_id: string;
  changed: number;
  document: Json;
  entries_sha256: string;
  entry_count: number;
  exported_at: Date;
  exported_by: string;
  id: string;
  jws: string;
  key_id: string;
  removed: number;
  version: number;
  withheld: number;
}

/** 'InsertExport' query type */
export interface IInsertExportQuery {
  params: IInsertExportParams;
  result: IInsertExportResult;
}

const insertExportIR: any = {"usedParamSet":{"id":true,"arrangementId":true,"version":true,"document":true,"jws":true,"entriesSha256":true,"entryCount":true,"added":true,"changed":true,"removed":true,"withheld":true,"keyId":true,"exportedBy":true,"exportedAt":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":182,"b":185}]},{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":202}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":205,"b":213}]},{"name":"document","required":true,"transform":{"type":"scalar"},"locs":[{"a":216,"b":225}]},{"name":"jws","required":true,"transform":{"type":"scalar"},"locs":[{"a":228,"b":232}]},{"name":"entriesSha256","required":true,"transform":{"type":"scalar"},"locs":[{"a":235,"b":249}]},{"name":"entryCount","required":true,"transform":{"type":"scalar"},"locs":[{"a":252,"b":263}]},{"name":"added","required":true,"transform":{"type":"scalar"},"locs":[{"a":266,"b":272}]},{"name":"changed","required":true,"transform":{"type":"scalar"},"locs":[{"a":275,"b":283}]},{"name":"removed","required":true,"transform":{"type":"scalar"},"locs":[{"a":288,"b":296}]},{"name":"withheld","required":true,"transform":{"type":"scalar"},"locs":[{"a":299,"b":308}]},{"name":"keyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":311,"b":317}]},{"name":"exportedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":320,"b":331}]},{"name":"exportedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":334,"b":345}]}],"statement":"INSERT INTO mra_list_exports (id, arrangement_id, version, document, jws, entries_sha256, entry_count, added, changed,\n  removed, withheld, key_id, exported_by, exported_at)\nVALUES (:id!, :arrangementId!, :version!, :document!, :jws!, :entriesSha256!, :entryCount!, :added!, :changed!,\n  :removed!, :withheld!, :keyId!, :exportedBy!, :exportedAt!)\nRETURNING *"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mra_list_exports (id, arrangement_id, version, document, jws, entries_sha256, entry_count, added, changed,
 *   removed, withheld, key_id, exported_by, exported_at)
 * VALUES (:id!, :arrangementId!, :version!, :document!, :jws!, :entriesSha256!, :entryCount!, :added!, :changed!,
 *   :removed!, :withheld!, :keyId!, :exportedBy!, :exportedAt!)
 * RETURNING *
 * ```
 */
export const insertExport = new PreparedQuery<IInsertExportParams,IInsertExportResult>(insertExportIR);


/** 'RememberPublicKey' parameters type */
export interface IRememberPublicKeyParams {
  kid: string;
  publicJwk: Json;
}

/** 'RememberPublicKey' return type */
export type IRememberPublicKeyResult = void;

/** 'RememberPublicKey' query type */
export interface IRememberPublicKeyQuery {
  params: IRememberPublicKeyParams;
  result: IRememberPublicKeyResult;
}

const rememberPublicKeyIR: any = {"usedParamSet":{"kid":true,"publicJwk":true},"params":[{"name":"kid","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":65}]},{"name":"publicJwk","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":78}]}],"statement":"INSERT INTO mra_export_public_keys (kid, public_jwk) VALUES (:kid!, :publicJwk!) ON CONFLICT (kid) DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mra_export_public_keys (kid, public_jwk) VALUES (:kid!, :publicJwk!) ON CONFLICT (kid) DO NOTHING
 * ```
 */
export const rememberPublicKey = new PreparedQuery<IRememberPublicKeyParams,IRememberPublicKeyResult>(rememberPublicKeyIR);


/** 'PublishedKeys' parameters type */
export type IPublishedKeysParams = void;

/** 'PublishedKeys' return type */
export interface IPublishedKeysResult {
  kid: string;
  public_jwk: Json;
}

/** 'PublishedKeys' query type */
export interface IPublishedKeysQuery {
  params: IPublishedKeysParams;
  result: IPublishedKeysResult;
}

const publishedKeysIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT kid, public_jwk FROM mra_export_public_keys WHERE withdrawn_at IS NULL ORDER BY first_used_at DESC, kid"};

/**
 * Query generated from SQL:
 * ```
 * SELECT kid, public_jwk FROM mra_export_public_keys WHERE withdrawn_at IS NULL ORDER BY first_used_at DESC, kid
 * ```
 */
export const publishedKeys = new PreparedQuery<IPublishedKeysParams,IPublishedKeysResult>(publishedKeysIR);


/** 'FindPublicKey' parameters type */
export interface IFindPublicKeyParams {
  kid: string;
}

/** 'FindPublicKey' return type */
export interface IFindPublicKeyResult {
  first_used_at: Date;
  kid: string;
  public_jwk: Json;
  withdrawal_reason: string | null;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
}

/** 'FindPublicKey' query type */
export interface IFindPublicKeyQuery {
  params: IFindPublicKeyParams;
  result: IFindPublicKeyResult;
}

const findPublicKeyIR: any = {"usedParamSet":{"kid":true},"params":[{"name":"kid","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":131}]}],"statement":"SELECT kid, public_jwk, first_used_at, withdrawn_at, withdrawn_by, withdrawal_reason\n  FROM mra_export_public_keys WHERE kid = :kid!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT kid, public_jwk, first_used_at, withdrawn_at, withdrawn_by, withdrawal_reason
 *   FROM mra_export_public_keys WHERE kid = :kid!
 * ```
 */
export const findPublicKey = new PreparedQuery<IFindPublicKeyParams,IFindPublicKeyResult>(findPublicKeyIR);


/** 'WithdrawPublicKey' parameters type */
export interface IWithdrawPublicKeyParams {
  kid: string;
  reason: string;
  withdrawnBy: string;
}

/** 'WithdrawPublicKey' return type */
export interface IWithdrawPublicKeyResult {
  first_used_at: Date;
  kid: string;
  public_jwk: Json;
  withdrawal_reason: string | null;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
}

/** 'WithdrawPublicKey' query type */
export interface IWithdrawPublicKeyQuery {
  params: IWithdrawPublicKeyParams;
  result: IWithdrawPublicKeyResult;
}

const withdrawPublicKeyIR: any = {"usedParamSet":{"withdrawnBy":true,"reason":true,"kid":true},"params":[{"name":"withdrawnBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":83}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":106,"b":113}]},{"name":"kid","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":132}]}],"statement":"UPDATE mra_export_public_keys SET withdrawn_at = now(), withdrawn_by = :withdrawnBy!, withdrawal_reason = :reason!\n WHERE kid = :kid! AND withdrawn_at IS NULL\nRETURNING kid, public_jwk, first_used_at, withdrawn_at, withdrawn_by, withdrawal_reason"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE mra_export_public_keys SET withdrawn_at = now(), withdrawn_by = :withdrawnBy!, withdrawal_reason = :reason!
 *  WHERE kid = :kid! AND withdrawn_at IS NULL
 * RETURNING kid, public_jwk, first_used_at, withdrawn_at, withdrawn_by, withdrawal_reason
 * ```
 */
export const withdrawPublicKey = new PreparedQuery<IWithdrawPublicKeyParams,IWithdrawPublicKeyResult>(withdrawPublicKeyIR);


/** 'StoredSigningKey' parameters type */
export type IStoredSigningKeyParams = void;

/** 'StoredSigningKey' return type */
export interface IStoredSigningKeyResult {
  kid: string;
  private_pkcs8: string;
  public_jwk: Json;
}

/** 'StoredSigningKey' query type */
export interface IStoredSigningKeyQuery {
  params: IStoredSigningKeyParams;
  result: IStoredSigningKeyResult;
}

const storedSigningKeyIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT s.kid, s.private_pkcs8, s.public_jwk FROM mra_export_signing_keys s\n WHERE NOT EXISTS (SELECT 1 FROM mra_export_public_keys p WHERE p.kid = s.kid AND p.withdrawn_at IS NOT NULL)\n ORDER BY s.created_at LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT s.kid, s.private_pkcs8, s.public_jwk FROM mra_export_signing_keys s
 *  WHERE NOT EXISTS (SELECT 1 FROM mra_export_public_keys p WHERE p.kid = s.kid AND p.withdrawn_at IS NOT NULL)
 *  ORDER BY s.created_at LIMIT 1
 * ```
 */
export const storedSigningKey = new PreparedQuery<IStoredSigningKeyParams,IStoredSigningKeyResult>(storedSigningKeyIR);


/** 'InsertSigningKey' parameters type */
export interface IInsertSigningKeyParams {
  kid: string;
  privatePkcs8: string;
  publicJwk: Json;
}

/** 'InsertSigningKey' return type */
export type IInsertSigningKeyResult = void;

/** 'InsertSigningKey' query type */
export interface IInsertSigningKeyQuery {
  params: IInsertSigningKeyParams;
  result: IInsertSigningKeyResult;
}

const insertSigningKeyIR: any = {"usedParamSet":{"kid":true,"privatePkcs8":true,"publicJwk":true},"params":[{"name":"kid","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":80}]},{"name":"privatePkcs8","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":96}]},{"name":"publicJwk","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":109}]}],"statement":"INSERT INTO mra_export_signing_keys (kid, private_pkcs8, public_jwk)\nSELECT :kid!, :privatePkcs8!, :publicJwk!\n WHERE NOT EXISTS (\n   SELECT 1 FROM mra_export_signing_keys s\n    WHERE NOT EXISTS (SELECT 1 FROM mra_export_public_keys p WHERE p.kid = s.kid AND p.withdrawn_at IS NOT NULL))"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mra_export_signing_keys (kid, private_pkcs8, public_jwk)
 * SELECT :kid!, :privatePkcs8!, :publicJwk!
 *  WHERE NOT EXISTS (
 *    SELECT 1 FROM mra_export_signing_keys s
 *     WHERE NOT EXISTS (SELECT 1 FROM mra_export_public_keys p WHERE p.kid = s.kid AND p.withdrawn_at IS NOT NULL))
 * ```
 */
export const insertSigningKey = new PreparedQuery<IInsertSigningKeyParams,IInsertSigningKeyResult>(insertSigningKeyIR);


