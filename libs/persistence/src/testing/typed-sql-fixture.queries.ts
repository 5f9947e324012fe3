/** Types generated for queries found in "libs/persistence/src/testing/typed-sql-fixture.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'InsertFixtureStep' parameters type */
export interface IInsertFixtureStepParams {
  step: string;
  subjectId: string;
  summary: string;
}

/** 'InsertFixtureStep' return type */
export interface IInsertFixtureStepResult {
  step: string;
  subject_id: string;
}

/** 'InsertFixtureStep' query type */
export interface IInsertFixtureStepQuery {
  params: IInsertFixtureStepParams;
  result: IInsertFixtureStepResult;
}

const insertFixtureStepIR: any = {"usedParamSet":{"subjectId":true,"step":true,"summary":true},"params":[{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":125,"b":135}]},{"name":"step","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":143}]},{"name":"summary","required":true,"transform":{"type":"scalar"},"locs":[{"a":160,"b":168}]}],"statement":"INSERT INTO human_steps (subject_type, subject_id, step, request_hash, request, summary, actor)\nVALUES ('typed-sql-fixture', :subjectId!, :step!, 'hash', '{}', :summary!, 'fixture')\nRETURNING subject_id, step"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO human_steps (subject_type, subject_id, step, request_hash, request, summary, actor)
 * VALUES ('typed-sql-fixture', :subjectId!, :step!, 'hash', '{}', :summary!, 'fixture')
 * RETURNING subject_id, step
 * ```
 */
export const insertFixtureStep = new PreparedQuery<IInsertFixtureStepParams,IInsertFixtureStepResult>(insertFixtureStepIR);


/** 'FindFixtureSteps' parameters type */
export interface IFindFixtureStepsParams {
  subjectId: string;
}

/** 'FindFixtureSteps' return type */
export interface IFindFixtureStepsResult {
  applied_at: Date;
  step: string;
  subject_id: string;
  summary: string;
}

/** 'FindFixtureSteps' query type */
export interface IFindFixtureStepsQuery {
  params: IFindFixtureStepsParams;
  result: IFindFixtureStepsResult;
}

const findFixtureStepsIR: any = {"usedParamSet":{"subjectId":true},"params":[{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":130}]}],"statement":"SELECT subject_id, step, summary, applied_at FROM human_steps\nWHERE subject_type = 'typed-sql-fixture' AND subject_id = :subjectId!\nORDER BY step"};

/**
 * Query generated from SQL:
 * ```
 * SELECT subject_id, step, summary, applied_at FROM human_steps
 * WHERE subject_type = 'typed-sql-fixture' AND subject_id = :subjectId!
 * ORDER BY step
 * ```
 */
export const findFixtureSteps = new PreparedQuery<IFindFixtureStepsParams,IFindFixtureStepsResult>(findFixtureStepsIR);


/** 'RenameFixtureSteps' parameters type */
export interface IRenameFixtureStepsParams {
  subjectId: string;
  summary: string;
}

/** 'RenameFixtureSteps' return type */
export type IRenameFixtureStepsResult = void;

/** 'RenameFixtureSteps' query type */
export interface IRenameFixtureStepsQuery {
  params: IRenameFixtureStepsParams;
  result: IRenameFixtureStepsResult;
}

const renameFixtureStepsIR: any = {"usedParamSet":{"summary":true,"subjectId":true},"params":[{"name":"summary","required":true,"transform":{"type":"scalar"},"locs":[{"a":33,"b":41}]},{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":101,"b":111}]}],"statement":"UPDATE human_steps SET summary = :summary! WHERE subject_type = 'typed-sql-fixture' AND subject_id = :subjectId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE human_steps SET summary = :summary! WHERE subject_type = 'typed-sql-fixture' AND subject_id = :subjectId!
 * ```
 */
export const renameFixtureSteps = new PreparedQuery<IRenameFixtureStepsParams,IRenameFixtureStepsResult>(renameFixtureStepsIR);


/** 'DeleteFixtureSteps' parameters type */
export interface IDeleteFixtureStepsParams {
  subjectId: string;
}

/** 'DeleteFixtureSteps' return type */
export type IDeleteFixtureStepsResult = void;

/** 'DeleteFixtureSteps' query type */
export interface IDeleteFixtureStepsQuery {
  params: IDeleteFixtureStepsParams;
  result: IDeleteFixtureStepsResult;
}

const deleteFixtureStepsIR: any = {"usedParamSet":{"subjectId":true},"params":[{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":92}]}],"statement":"DELETE FROM human_steps WHERE subject_type = 'typed-sql-fixture' AND subject_id = :subjectId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM human_steps WHERE subject_type = 'typed-sql-fixture' AND subject_id = :subjectId!
 * ```
 */
export const deleteFixtureSteps = new PreparedQuery<IDeleteFixtureStepsParams,IDeleteFixtureStepsResult>(deleteFixtureStepsIR);


/** 'FixtureDates' parameters type */
export interface IFixtureDatesParams {
  at: DateOrString;
  day: string;
}

/** 'FixtureDates' return type */
export interface IFixtureDatesResult {
  at: Date;
  day: string;
  days: stringArray;
  next_day: string;
}

/** 'FixtureDates' query type */
export interface IFixtureDatesQuery {
  params: IFixtureDatesParams;
  result: IFixtureDatesResult;
}

const fixtureDatesIR: any = {"usedParamSet":{"day":true,"at":true},"params":[{"name":"day","required":true,"transform":{"type":"scalar"},"locs":[{"a":7,"b":11},{"a":31,"b":35},{"a":70,"b":74},{"a":83,"b":87}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":115}]}],"statement":"SELECT :day!::date AS \"day!\", (:day!::date + 1) AS \"next_day!\", ARRAY[:day!::date, :day!::date - 1] AS \"days!\", :at!::timestamptz AS \"at!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT :day!::date AS "day!", (:day!::date + 1) AS "next_day!", ARRAY[:day!::date, :day!::date - 1] AS "days!", :at!::timestamptz AS "at!"
 * ```
 */
export const fixtureDates = new PreparedQuery<IFixtureDatesParams,IFixtureDatesResult>(fixtureDatesIR);


