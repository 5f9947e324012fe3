/** Types generated for queries found in "services/risk-management/src/channel-decisions/write-behind/decision-changelog.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'LockChangelogPosition' parameters type */
export interface ILockChangelogPositionParams {
  partition: number;
  topic: string;
}

/** 'LockChangelogPosition' return type */
export interface ILockChangelogPositionResult {
  next_offset: string;
}

/** 'LockChangelogPosition' query type */
export interface ILockChangelogPositionQuery {
  params: ILockChangelogPositionParams;
  result: ILockChangelogPositionResult;
}

const lockChangelogPositionIR: any = {"usedParamSet":{"topic":true,"partition":true},"params":[{"name":"topic","required":true,"transform":{"type":"scalar"},"locs":[{"a":232,"b":238}]},{"name":"partition","required":true,"transform":{"type":"scalar"},"locs":[{"a":241,"b":251}]}],"statement":"-- The write-behind's position on a changelog partition (created at 0), its row locked until the\n-- transaction ends: the records below it are stored.\nINSERT INTO decision_changelog_positions (topic, partition, next_offset) VALUES (:topic!, :partition!, 0)\nON CONFLICT (topic, partition) DO UPDATE SET updated_at = decision_changelog_positions.updated_at\nRETURNING next_offset AS \"next_offset!\""};

/**
 * Query generated from SQL:
 * ```
 * -- The write-behind's position on a changelog partition (created at 0), its row locked until the
 * -- transaction ends: the records below it are stored.
 * INSERT INTO decision_changelog_positions (topic, partition, next_offset) VALUES (:topic!, :partition!, 0)
 * ON CONFLICT (topic, partition) DO UPDATE SET updated_at = decision_changelog_positions.updated_at
 * RETURNING next_offset AS "next_offset!"
 * ```
 */
export const lockChangelogPosition = new PreparedQuery<ILockChangelogPositionParams,ILockChangelogPositionResult>(lockChangelogPositionIR);


/** 'StoreChangelogPosition' parameters type */
export interface IStoreChangelogPositionParams {
  nextOffset: string;
  partition: number;
  sequenceUpTo?: string | null | void;
  topic: string;
}

/** 'StoreChangelogPosition' return type */
export type IStoreChangelogPositionResult = void;

/** 'StoreChangelogPosition' query type */
export interface IStoreChangelogPositionQuery {
  params: IStoreChangelogPositionParams;
  result: IStoreChangelogPositionResult;
}

const storeChangelogPositionIR: any = {"usedParamSet":{"nextOffset":true,"sequenceUpTo":true,"topic":true,"partition":true},"params":[{"name":"nextOffset","required":true,"transform":{"type":"scalar"},"locs":[{"a":54,"b":65}]},{"name":"sequenceUpTo","required":false,"transform":{"type":"scalar"},"locs":[{"a":110,"b":122}]},{"name":"topic","required":true,"transform":{"type":"scalar"},"locs":[{"a":167,"b":173}]},{"name":"partition","required":true,"transform":{"type":"scalar"},"locs":[{"a":191,"b":201}]}],"statement":"UPDATE decision_changelog_positions\nSET next_offset = :nextOffset!, sequence_up_to = GREATEST(sequence_up_to, :sequenceUpTo::bigint), updated_at = now()\nWHERE topic = :topic! AND partition = :partition!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE decision_changelog_positions
 * SET next_offset = :nextOffset!, sequence_up_to = GREATEST(sequence_up_to, :sequenceUpTo::bigint), updated_at = now()
 * WHERE topic = :topic! AND partition = :partition!
 * ```
 */
export const storeChangelogPosition = new PreparedQuery<IStoreChangelogPositionParams,IStoreChangelogPositionResult>(storeChangelogPositionIR);


/** 'FindChangelogPosition' parameters type */
export interface IFindChangelogPositionParams {
  partition: number;
  topic: string;
}

/** 'FindChangelogPosition' return type */
export interface IFindChangelogPositionResult {
  next_offset: string;
  sequence_up_to: string | null;
}

/** 'FindChangelogPosition' query type */
export interface IFindChangelogPositionQuery {
  params: IFindChangelogPositionParams;
  result: IFindChangelogPositionResult;
}

const findChangelogPositionIR: any = {"usedParamSet":{"topic":true,"partition":true},"params":[{"name":"topic","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":89}]},{"name":"partition","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":117}]}],"statement":"SELECT next_offset, sequence_up_to FROM decision_changelog_positions WHERE topic = :topic! AND partition = :partition!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT next_offset, sequence_up_to FROM decision_changelog_positions WHERE topic = :topic! AND partition = :partition!
 * ```
 */
export const findChangelogPosition = new PreparedQuery<IFindChangelogPositionParams,IFindChangelogPositionResult>(findChangelogPositionIR);


/** 'FindStoredDeclarations' parameters type */
export interface IFindStoredDeclarationsParams {
  declarationIds: stringArray;
}

/** 'FindStoredDeclarations' return type */
export interface IFindStoredDeclarationsResult {
  declaration_id: string;
}

/** 'FindStoredDeclarations' query type */
export interface IFindStoredDeclarationsQuery {
  params: IFindStoredDeclarationsParams;
  result: IFindStoredDeclarationsResult;
}

const findStoredDeclarationsIR: any = {"usedParamSet":{"declarationIds":true},"params":[{"name":"declarationIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":135,"b":150}]}],"statement":"-- Which of these declarations have a decision stored already.\nSELECT declaration_id FROM channel_decisions WHERE declaration_id = ANY(:declarationIds!::text[])"};

/**
 * Query generated from SQL:
 * ```
 * -- Which of these declarations have a decision stored already.
 * SELECT declaration_id FROM channel_decisions WHERE declaration_id = ANY(:declarationIds!::text[])
 * ```
 */
export const findStoredDeclarations = new PreparedQuery<IFindStoredDeclarationsParams,IFindStoredDeclarationsResult>(findStoredDeclarationsIR);


/** 'FindChangelogPositions' parameters type */
export interface IFindChangelogPositionsParams {
  partitions: numberArray;
  topic: string;
}

/** 'FindChangelogPositions' return type */
export interface IFindChangelogPositionsResult {
  next_offset: string;
  partition: number;
  sequence_up_to: string | null;
}

/** 'FindChangelogPositions' query type */
export interface IFindChangelogPositionsQuery {
  params: IFindChangelogPositionsParams;
  result: IFindChangelogPositionsResult;
}

const findChangelogPositionsIR: any = {"usedParamSet":{"topic":true,"partitions":true},"params":[{"name":"topic","required":true,"transform":{"type":"scalar"},"locs":[{"a":195,"b":201}]},{"name":"partitions","required":true,"transform":{"type":"scalar"},"locs":[{"a":223,"b":234}]}],"statement":"-- Where the write-behind stands on several partitions of a changelog (those it stored anything of).\nSELECT partition, next_offset, sequence_up_to FROM decision_changelog_positions\nWHERE topic = :topic! AND partition = ANY(:partitions!::int[])"};

/**
 * Query generated from SQL:
 * ```
 * -- Where the write-behind stands on several partitions of a changelog (those it stored anything of).
 * SELECT partition, next_offset, sequence_up_to FROM decision_changelog_positions
 * WHERE topic = :topic! AND partition = ANY(:partitions!::int[])
 * ```
 */
export const findChangelogPositions = new PreparedQuery<IFindChangelogPositionsParams,IFindChangelogPositionsResult>(findChangelogPositionsIR);


