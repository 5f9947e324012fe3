/** Types generated for queries found in "services/applications/src/programme/programme.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'InsertInitialProgramme' parameters type */
export interface IInsertInitialProgrammeParams {
  document: Json;
}

/** 'InsertInitialProgramme' return type */
export interface IInsertInitialProgrammeResult {
  version: number;
}

/** 'InsertInitialProgramme' query type */
export interface IInsertInitialProgrammeQuery {
  params: IInsertInitialProgrammeParams;
  result: IInsertInitialProgrammeResult;
}

const insertInitialProgrammeIR: any = {"usedParamSet":{"document":true},"params":[{"name":"document","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":91}]}],"statement":"INSERT INTO programme_versions (version, document, note, published_by) VALUES (1, :document!::jsonb, 'initial programme (defaults)', 'system:bootstrap')\nON CONFLICT (version) DO NOTHING RETURNING version"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO programme_versions (version, document, note, published_by) VALUES (1, :document!::jsonb, 'initial programme (defaults)', 'system:bootstrap')
 * ON CONFLICT (version) DO NOTHING RETURNING version
 * ```
 */
export const insertInitialProgramme = new PreparedQuery<IInsertInitialProgrammeParams,IInsertInitialProgrammeResult>(insertInitialProgrammeIR);


/** 'FindCurrentProgrammeVersion' parameters type */
export type IFindCurrentProgrammeVersionParams = void;

/** 'FindCurrentProgrammeVersion' return type */
export interface IFindCurrentProgrammeVersionResult {
  version: number | null;
}

/** 'FindCurrentProgrammeVersion' query type */
export interface IFindCurrentProgrammeVersionQuery {
  params: IFindCurrentProgrammeVersionParams;
  result: IFindCurrentProgrammeVersionResult;
}

const findCurrentProgrammeVersionIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT max(version) AS version FROM programme_versions"};

/**
 * Query generated from SQL:
 * ```
 * SELECT max(version) AS version FROM programme_versions
 * ```
 */
export const findCurrentProgrammeVersion = new PreparedQuery<IFindCurrentProgrammeVersionParams,IFindCurrentProgrammeVersionResult>(findCurrentProgrammeVersionIR);


/** 'FindProgrammeVersion' parameters type */
export interface IFindProgrammeVersionParams {
  version: number;
}

/** 'FindProgrammeVersion' return type */
export interface IFindProgrammeVersionResult {
  document: Json;
  note: string | null;
  published_at: Date;
  published_by: string;
  version: number;
}

/** 'FindProgrammeVersion' query type */
export interface IFindProgrammeVersionQuery {
  params: IFindProgrammeVersionParams;
  result: IFindProgrammeVersionResult;
}

const findProgrammeVersionIR: any = {"usedParamSet":{"version":true},"params":[{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":107}]}],"statement":"SELECT version, document, note, published_by, published_at FROM programme_versions WHERE version = :version!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT version, document, note, published_by, published_at FROM programme_versions WHERE version = :version!
 * ```
 */
export const findProgrammeVersion = new PreparedQuery<IFindProgrammeVersionParams,IFindProgrammeVersionResult>(findProgrammeVersionIR);


/** 'LockProgrammeVersions' parameters type */
export type ILockProgrammeVersionsParams = void;

/** 'LockProgrammeVersions' return type */
export type ILockProgrammeVersionsResult = void;

/** 'LockProgrammeVersions' query type */
export interface ILockProgrammeVersionsQuery {
  params: ILockProgrammeVersionsParams;
  result: ILockProgrammeVersionsResult;
}

const lockProgrammeVersionsIR: any = {"usedParamSet":{},"params":[],"statement":"LOCK TABLE programme_versions IN EXCLUSIVE MODE"};

/**
 * Query generated from SQL:
 * ```
 * LOCK TABLE programme_versions IN EXCLUSIVE MODE
 * ```
 */
export const lockProgrammeVersions = new PreparedQuery<ILockProgrammeVersionsParams,ILockProgrammeVersionsResult>(lockProgrammeVersionsIR);


/** 'NextProgrammeVersion' parameters type */
export type INextProgrammeVersionParams = void;

/** 'NextProgrammeVersion' return type */
export interface INextProgrammeVersionResult {
  next: number;
}

/** 'NextProgrammeVersion' query type */
export interface INextProgrammeVersionQuery {
  params: INextProgrammeVersionParams;
  result: INextProgrammeVersionResult;
}

const nextProgrammeVersionIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT coalesce(max(version), 0) + 1 AS \"next!\" FROM programme_versions"};

/**
 * Query generated from SQL:
 * ```
 * SELECT coalesce(max(version), 0) + 1 AS "next!" FROM programme_versions
 * ```
 */
export const nextProgrammeVersion = new PreparedQuery<INextProgrammeVersionParams,INextProgrammeVersionResult>(nextProgrammeVersionIR);


/** 'InsertProgrammeVersion' parameters type */
export interface IInsertProgrammeVersionParams {
  document: Json;
  note?: string | null | void;
  publishedBy: string;
  version: number;
}

/** 'InsertProgrammeVersion' return type */
export type IInsertProgrammeVersionResult = void;

/** 'InsertProgrammeVersion' query type */
export interface IInsertProgrammeVersionQuery {
  params: IInsertProgrammeVersionParams;
  result: IInsertProgrammeVersionResult;
}

const insertProgrammeVersionIR: any = {"usedParamSet":{"version":true,"document":true,"note":true,"publishedBy":true},"params":[{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":79,"b":87}]},{"name":"document","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":99}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":109,"b":113}]},{"name":"publishedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":116,"b":128}]}],"statement":"INSERT INTO programme_versions (version, document, note, published_by) VALUES (:version!, :document!::jsonb, :note, :publishedBy!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO programme_versions (version, document, note, published_by) VALUES (:version!, :document!::jsonb, :note, :publishedBy!)
 * ```
 */
export const insertProgrammeVersion = new PreparedQuery<IInsertProgrammeVersionParams,IInsertProgrammeVersionResult>(insertProgrammeVersionIR);


