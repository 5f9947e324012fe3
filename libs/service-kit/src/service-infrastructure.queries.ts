/** Types generated for queries found in "libs/service-kit/src/service-infrastructure.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'CheckDatabase' parameters type */
export type ICheckDatabaseParams = void;

/** 'CheckDatabase' return type */
export interface ICheckDatabaseResult {
  ok: number;
}

/** 'CheckDatabase' query type */
export interface ICheckDatabaseQuery {
  params: ICheckDatabaseParams;
  result: ICheckDatabaseResult;
}

const checkDatabaseIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT 1 AS \"ok!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT 1 AS "ok!"
 * ```
 */
export const checkDatabase = new PreparedQuery<ICheckDatabaseParams,ICheckDatabaseResult>(checkDatabaseIR);


