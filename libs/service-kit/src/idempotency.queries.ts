/** Types generated for queries found in "libs/service-kit/src/idempotency.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'PurgeExpiredIdempotencyKeys' parameters type */
export interface IPurgeExpiredIdempotencyKeysParams {
  batch: number;
}

/** 'PurgeExpiredIdempotencyKeys' return type */
export type IPurgeExpiredIdempotencyKeysResult = void;

/** 'PurgeExpiredIdempotencyKeys' query type */
export interface IPurgeExpiredIdempotencyKeysQuery {
  params: IPurgeExpiredIdempotencyKeysParams;
  result: IPurgeExpiredIdempotencyKeysResult;
}

const purgeExpiredIdempotencyKeysIR: any = {"usedParamSet":{"batch":true},"params":[{"name":"batch","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":99}]}],"statement":"WITH expired AS (SELECT principal, key FROM idempotency_keys WHERE expires_at <= now() LIMIT :batch!::int FOR UPDATE SKIP LOCKED)\nDELETE FROM idempotency_keys k USING expired e WHERE k.principal = e.principal AND k.key = e.key"};

/**
 * Query generated from SQL:
 * ```
 * WITH expired AS (SELECT principal, key FROM idempotency_keys WHERE expires_at <= now() LIMIT :batch!::int FOR UPDATE SKIP LOCKED)
 * DELETE FROM idempotency_keys k USING expired e WHERE k.principal = e.principal AND k.key = e.key
 * ```
 */
export const purgeExpiredIdempotencyKeys = new PreparedQuery<IPurgeExpiredIdempotencyKeysParams,IPurgeExpiredIdempotencyKeysResult>(purgeExpiredIdempotencyKeysIR);


/** 'PurgeLapsedHumanStepClaims' parameters type */
export interface IPurgeLapsedHumanStepClaimsParams {
  batch: number;
  leaseSeconds: number;
}

/** 'PurgeLapsedHumanStepClaims' return type */
export type IPurgeLapsedHumanStepClaimsResult = void;

/** 'PurgeLapsedHumanStepClaims' query type */
export interface IPurgeLapsedHumanStepClaimsQuery {
  params: IPurgeLapsedHumanStepClaimsParams;
  result: IPurgeLapsedHumanStepClaimsResult;
}

const purgeLapsedHumanStepClaimsIR: any = {"usedParamSet":{"leaseSeconds":true,"batch":true},"params":[{"name":"leaseSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":144,"b":157}]},{"name":"batch","required":true,"transform":{"type":"scalar"},"locs":[{"a":166,"b":172}]}],"statement":"WITH expired AS (SELECT subject_type, subject_id, step FROM human_steps WHERE state = 'pending' AND claimed_at <= now() - make_interval(secs => :leaseSeconds!) LIMIT :batch!::int FOR UPDATE SKIP LOCKED)\nDELETE FROM human_steps h USING expired e WHERE h.subject_type = e.subject_type AND h.subject_id = e.subject_id AND h.step = e.step AND h.state = 'pending'"};

/**
 * Query generated from SQL:
 * ```
 * WITH expired AS (SELECT subject_type, subject_id, step FROM human_steps WHERE state = 'pending' AND claimed_at <= now() - make_interval(secs => :leaseSeconds!) LIMIT :batch!::int FOR UPDATE SKIP LOCKED)
 * DELETE FROM human_steps h USING expired e WHERE h.subject_type = e.subject_type AND h.subject_id = e.subject_id AND h.step = e.step AND h.state = 'pending'
 * ```
 */
export const purgeLapsedHumanStepClaims = new PreparedQuery<IPurgeLapsedHumanStepClaimsParams,IPurgeLapsedHumanStepClaimsResult>(purgeLapsedHumanStepClaimsIR);


/** 'ClaimIdempotencyKey' parameters type */
export interface IClaimIdempotencyKeyParams {
  claim: string;
  key: string;
  leaseSeconds: number;
  method: string;
  path: string;
  principal: string;
  requestHash: string;
  retentionHours: number;
}

/** 'ClaimIdempotencyKey' return type */
export interface IClaimIdempotencyKeyResult {
  claim: string;
}

/** 'ClaimIdempotencyKey' query type */
export interface IClaimIdempotencyKeyQuery {
  params: IClaimIdempotencyKeyParams;
  result: IClaimIdempotencyKeyResult;
}

const claimIdempotencyKeyIR: any = {"usedParamSet":{"principal":true,"key":true,"requestHash":true,"method":true,"path":true,"claim":true,"retentionHours":true,"leaseSeconds":true},"params":[{"name":"principal","required":true,"transform":{"type":"scalar"},"locs":[{"a":101,"b":111}]},{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":118}]},{"name":"requestHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":133}]},{"name":"method","required":true,"transform":{"type":"scalar"},"locs":[{"a":136,"b":143}]},{"name":"path","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":151}]},{"name":"claim","required":true,"transform":{"type":"scalar"},"locs":[{"a":154,"b":160}]},{"name":"retentionHours","required":true,"transform":{"type":"scalar"},"locs":[{"a":194,"b":209}]},{"name":"leaseSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":734,"b":747}]}],"statement":"INSERT INTO idempotency_keys (principal, key, request_hash, method, path, claim, expires_at)\nVALUES (:principal!, :key!, :requestHash!, :method!, :path!, :claim!, now() + make_interval(hours => :retentionHours!))\nON CONFLICT (principal, key) DO UPDATE\n   SET request_hash = EXCLUDED.request_hash, method = EXCLUDED.method, path = EXCLUDED.path, claim = EXCLUDED.claim, claimed_at = now(),\n       committed_at = NULL, resource = NULL, response_status = NULL, response_body = NULL, expires_at = EXCLUDED.expires_at\n WHERE idempotency_keys.expires_at <= now()\n    OR (idempotency_keys.committed_at IS NULL AND idempotency_keys.request_hash = EXCLUDED.request_hash\n        AND idempotency_keys.claimed_at <= now() - make_interval(secs => :leaseSeconds!))\nRETURNING claim"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO idempotency_keys (principal, key, request_hash, method, path, claim, expires_at)
 * VALUES (:principal!, :key!, :requestHash!, :method!, :path!, :claim!, now() + make_interval(hours => :retentionHours!))
 * ON CONFLICT (principal, key) DO UPDATE
 *    SET request_hash = EXCLUDED.request_hash, method = EXCLUDED.method, path = EXCLUDED.path, claim = EXCLUDED.claim, claimed_at = now(),
 *        committed_at = NULL, resource = NULL, response_status = NULL, response_body = NULL, expires_at = EXCLUDED.expires_at
 *  WHERE idempotency_keys.expires_at <= now()
 *     OR (idempotency_keys.committed_at IS NULL AND idempotency_keys.request_hash = EXCLUDED.request_hash
 *         AND idempotency_keys.claimed_at <= now() - make_interval(secs => :leaseSeconds!))
 * RETURNING claim
 * ```
 */
export const claimIdempotencyKey = new PreparedQuery<IClaimIdempotencyKeyParams,IClaimIdempotencyKeyResult>(claimIdempotencyKeyIR);


/** 'ReleaseIdempotencyKey' parameters type */
export interface IReleaseIdempotencyKeyParams {
  claim: string;
  key: string;
  principal: string;
}

/** 'ReleaseIdempotencyKey' return type */
export type IReleaseIdempotencyKeyResult = void;

/** 'ReleaseIdempotencyKey' query type */
export interface IReleaseIdempotencyKeyQuery {
  params: IReleaseIdempotencyKeyParams;
  result: IReleaseIdempotencyKeyResult;
}

const releaseIdempotencyKeyIR: any = {"usedParamSet":{"principal":true,"key":true,"claim":true},"params":[{"name":"principal","required":true,"transform":{"type":"scalar"},"locs":[{"a":47,"b":57}]},{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":73}]},{"name":"claim","required":true,"transform":{"type":"scalar"},"locs":[{"a":87,"b":93}]}],"statement":"DELETE FROM idempotency_keys WHERE principal = :principal! AND key = :key! AND claim = :claim! AND committed_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM idempotency_keys WHERE principal = :principal! AND key = :key! AND claim = :claim! AND committed_at IS NULL
 * ```
 */
export const releaseIdempotencyKey = new PreparedQuery<IReleaseIdempotencyKeyParams,IReleaseIdempotencyKeyResult>(releaseIdempotencyKeyIR);


/** 'StoreIdempotentAnswer' parameters type */
export interface IStoreIdempotentAnswerParams {
  claim: string;
  key: string;
  principal: string;
  responseBody?: Json | null | void;
  responseStatus: number;
}

/** 'StoreIdempotentAnswer' return type */
export type IStoreIdempotentAnswerResult = void;

/** 'StoreIdempotentAnswer' query type */
export interface IStoreIdempotentAnswerQuery {
  params: IStoreIdempotentAnswerParams;
  result: IStoreIdempotentAnswerResult;
}

const storeIdempotentAnswerIR: any = {"usedParamSet":{"responseStatus":true,"responseBody":true,"principal":true,"key":true,"claim":true},"params":[{"name":"responseStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":46,"b":61}]},{"name":"responseBody","required":false,"transform":{"type":"scalar"},"locs":[{"a":80,"b":92}]},{"name":"principal","required":true,"transform":{"type":"scalar"},"locs":[{"a":158,"b":168}]},{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":180,"b":184}]},{"name":"claim","required":true,"transform":{"type":"scalar"},"locs":[{"a":198,"b":204}]}],"statement":"UPDATE idempotency_keys SET response_status = :responseStatus!, response_body = :responseBody, committed_at = COALESCE(committed_at, now())\nWHERE principal = :principal! AND key = :key! AND claim = :claim!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE idempotency_keys SET response_status = :responseStatus!, response_body = :responseBody, committed_at = COALESCE(committed_at, now())
 * WHERE principal = :principal! AND key = :key! AND claim = :claim!
 * ```
 */
export const storeIdempotentAnswer = new PreparedQuery<IStoreIdempotentAnswerParams,IStoreIdempotentAnswerResult>(storeIdempotentAnswerIR);


/** 'FindIdempotencyKey' parameters type */
export interface IFindIdempotencyKeyParams {
  key: string;
  principal: string;
}

/** 'FindIdempotencyKey' return type */
export interface IFindIdempotencyKeyResult {
  committed_at: Date | null;
  method: string;
  path: string;
  request_hash: string;
  resource: string | null;
  response_body: Json | null;
  response_status: number | null;
}

/** 'FindIdempotencyKey' query type */
export interface IFindIdempotencyKeyQuery {
  params: IFindIdempotencyKeyParams;
  result: IFindIdempotencyKeyResult;
}

const findIdempotencyKeyIR: any = {"usedParamSet":{"principal":true,"key":true},"params":[{"name":"principal","required":true,"transform":{"type":"scalar"},"locs":[{"a":130,"b":140}]},{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":152,"b":156}]}],"statement":"SELECT request_hash, method, path, committed_at, resource, response_status, response_body FROM idempotency_keys WHERE principal = :principal! AND key = :key!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT request_hash, method, path, committed_at, resource, response_status, response_body FROM idempotency_keys WHERE principal = :principal! AND key = :key!
 * ```
 */
export const findIdempotencyKey = new PreparedQuery<IFindIdempotencyKeyParams,IFindIdempotencyKeyResult>(findIdempotencyKeyIR);


/** 'StoreRebuiltAnswer' parameters type */
export interface IStoreRebuiltAnswerParams {
  key: string;
  principal: string;
  responseBody?: Json | null | void;
  responseStatus: number;
}

/** 'StoreRebuiltAnswer' return type */
export type IStoreRebuiltAnswerResult = void;

/** 'StoreRebuiltAnswer' query type */
export interface IStoreRebuiltAnswerQuery {
  params: IStoreRebuiltAnswerParams;
  result: IStoreRebuiltAnswerResult;
}

const storeRebuiltAnswerIR: any = {"usedParamSet":{"responseStatus":true,"responseBody":true,"principal":true,"key":true},"params":[{"name":"responseStatus","required":true,"transform":{"type":"scalar"},"locs":[{"a":46,"b":61}]},{"name":"responseBody","required":false,"transform":{"type":"scalar"},"locs":[{"a":80,"b":92}]},{"name":"principal","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":122}]},{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":138}]}],"statement":"UPDATE idempotency_keys SET response_status = :responseStatus!, response_body = :responseBody\nWHERE principal = :principal! AND key = :key! AND response_status IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE idempotency_keys SET response_status = :responseStatus!, response_body = :responseBody
 * WHERE principal = :principal! AND key = :key! AND response_status IS NULL
 * ```
 */
export const storeRebuiltAnswer = new PreparedQuery<IStoreRebuiltAnswerParams,IStoreRebuiltAnswerResult>(storeRebuiltAnswerIR);


