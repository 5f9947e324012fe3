/** Types generated for queries found in "services/mra/src/testing/arrangements-fixture.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'InsertArrangement' parameters type */
export interface IInsertArrangementParams {
  id: string;
  partnerAdministration: string;
  partnerCountry: string;
  phase: string;
  signedOn?: string | null | void;
}

/** 'InsertArrangement' return type */
export type IInsertArrangementResult = void;

/** 'InsertArrangement' query type */
export interface IInsertArrangementQuery {
  params: IInsertArrangementParams;
  result: IInsertArrangementResult;
}

const insertArrangementIR: any = {"usedParamSet":{"id":true,"partnerCountry":true,"partnerAdministration":true,"phase":true,"signedOn":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":131}]},{"name":"partnerCountry","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":149}]},{"name":"partnerAdministration","required":true,"transform":{"type":"scalar"},"locs":[{"a":152,"b":174}]},{"name":"phase","required":true,"transform":{"type":"scalar"},"locs":[{"a":177,"b":183}]},{"name":"signedOn","required":false,"transform":{"type":"scalar"},"locs":[{"a":186,"b":194}]}],"statement":"INSERT INTO mutual_recognition_arrangements (id, partner_country, partner_administration, phase, signed_on, created_at)\nVALUES (:id!, :partnerCountry!, :partnerAdministration!, :phase!, :signedOn, now())"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mutual_recognition_arrangements (id, partner_country, partner_administration, phase, signed_on, created_at)
 * VALUES (:id!, :partnerCountry!, :partnerAdministration!, :phase!, :signedOn, now())
 * ```
 */
export const insertArrangement = new PreparedQuery<IInsertArrangementParams,IInsertArrangementResult>(insertArrangementIR);


