/** Types generated for queries found in "services/mra/src/arrangements/arrangements.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListArrangements' parameters type */
export interface IListArrangementsParams {
  partnerCountry?: string | null | void;
}

/** 'ListArrangements' return type */
export interface IListArrangementsResult {
  created_at: Date;
  id: string;
  partner_administration: string;
  partner_country: string;
  phase: string;
  signed_on: string | null;
}

/** 'ListArrangements' query type */
export interface IListArrangementsQuery {
  params: IListArrangementsParams;
  result: IListArrangementsResult;
}

const listArrangementsIR: any = {"usedParamSet":{"partnerCountry":true},"params":[{"name":"partnerCountry","required":false,"transform":{"type":"scalar"},"locs":[{"a":161,"b":175},{"a":214,"b":228}]}],"statement":"SELECT id, partner_country, partner_administration, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on, created_at\nFROM mutual_recognition_arrangements\nWHERE (:partnerCountry::bpchar IS NULL OR partner_country = :partnerCountry::bpchar)\nORDER BY partner_country, created_at DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, partner_country, partner_administration, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on, created_at
 * FROM mutual_recognition_arrangements
 * WHERE (:partnerCountry::bpchar IS NULL OR partner_country = :partnerCountry::bpchar)
 * ORDER BY partner_country, created_at DESC
 * ```
 */
export const listArrangements = new PreparedQuery<IListArrangementsParams,IListArrangementsResult>(listArrangementsIR);


/** 'FindArrangement' parameters type */
export interface IFindArrangementParams {
  id: string;
}

/** 'FindArrangement' return type */
export interface IFindArrangementResult {
  created_at: Date;
  id: string;
  partner_administration: string;
  partner_country: string;
  phase: string;
  signed_on: string | null;
}

/** 'FindArrangement' query type */
export interface IFindArrangementQuery {
  params: IFindArrangementParams;
  result: IFindArrangementResult;
}

const findArrangementIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":165,"b":168}]}],"statement":"SELECT id, partner_country, partner_administration, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on, created_at\nFROM mutual_recognition_arrangements\nWHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, partner_country, partner_administration, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on, created_at
 * FROM mutual_recognition_arrangements
 * WHERE id = :id!
 * ```
 */
export const findArrangement = new PreparedQuery<IFindArrangementParams,IFindArrangementResult>(findArrangementIR);


