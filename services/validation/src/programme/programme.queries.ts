/** Types generated for queries found in "services/validation/src/programme/programme.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'InsertProgrammeVersion' parameters type */
export interface IInsertProgrammeVersionParams {
  document: string;
  version: number;
}

/** 'InsertProgrammeVersion' return type */
export type IInsertProgrammeVersionResult = void;

/** 'InsertProgrammeVersion' query type */
export interface IInsertProgrammeVersionQuery {
  params: IInsertProgrammeVersionParams;
  result: IInsertProgrammeVersionResult;
}

const insertProgrammeVersionIR: any = {"usedParamSet":{"version":true,"document":true},"params":[{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":59,"b":67}]},{"name":"document","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":79}]}],"statement":"INSERT INTO programme_versions (version, document) VALUES (:version!, :document!::text::jsonb) ON CONFLICT (version) DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO programme_versions (version, document) VALUES (:version!, :document!::text::jsonb) ON CONFLICT (version) DO NOTHING
 * ```
 */
export const insertProgrammeVersion = new PreparedQuery<IInsertProgrammeVersionParams,IInsertProgrammeVersionResult>(insertProgrammeVersionIR);


/** 'FindProgrammeVersion' parameters type */
export interface IFindProgrammeVersionParams {
  version?: number | null | void;
}

/** 'FindProgrammeVersion' return type */
export interface IFindProgrammeVersionResult {
  document: Json;
  version: number;
}

/** 'FindProgrammeVersion' query type */
export interface IFindProgrammeVersionQuery {
  params: IFindProgrammeVersionParams;
  result: IFindProgrammeVersionResult;
}

const findProgrammeVersionIR: any = {"usedParamSet":{"version":true},"params":[{"name":"version","required":false,"transform":{"type":"scalar"},"locs":[{"a":56,"b":63},{"a":91,"b":98}]}],"statement":"SELECT version, document FROM programme_versions WHERE (:version::int IS NULL OR version = :version) ORDER BY version DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT version, document FROM programme_versions WHERE (:version::int IS NULL OR version = :version) ORDER BY version DESC LIMIT 1
 * ```
 */
export const findProgrammeVersion = new PreparedQuery<IFindProgrammeVersionParams,IFindProgrammeVersionResult>(findProgrammeVersionIR);


