/** Types generated for queries found in "services/mra/src/testing/foreign-ids-fixture.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'InsertSignedArrangement' parameters type */
export interface IInsertSignedArrangementParams {
  id: string;
  partnerAdministration: string;
  partnerCountry: string;
  phase: string;
  terms?: Json | null | void;
  title: string;
}

/** 'InsertSignedArrangement' return type */
export type IInsertSignedArrangementResult = void;

/** 'InsertSignedArrangement' query type */
export interface IInsertSignedArrangementQuery {
  params: IInsertSignedArrangementParams;
  result: IInsertSignedArrangementResult;
}

const insertSignedArrangementIR: any = {"usedParamSet":{"id":true,"partnerCountry":true,"partnerAdministration":true,"title":true,"phase":true,"terms":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":145}]},{"name":"partnerCountry","required":true,"transform":{"type":"scalar"},"locs":[{"a":148,"b":163}]},{"name":"partnerAdministration","required":true,"transform":{"type":"scalar"},"locs":[{"a":166,"b":188}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":191,"b":197}]},{"name":"phase","required":true,"transform":{"type":"scalar"},"locs":[{"a":200,"b":206}]},{"name":"terms","required":false,"transform":{"type":"scalar"},"locs":[{"a":223,"b":228}]}],"statement":"INSERT INTO mutual_recognition_arrangements (id, partner_country, partner_administration, title, phase, signed_on, terms, created_at)\nVALUES (:id!, :partnerCountry!, :partnerAdministration!, :title!, :phase!, '2025-06-01', :terms::jsonb, now())"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO mutual_recognition_arrangements (id, partner_country, partner_administration, title, phase, signed_on, terms, created_at)
 * VALUES (:id!, :partnerCountry!, :partnerAdministration!, :title!, :phase!, '2025-06-01', :terms::jsonb, now())
 * ```
 */
export const insertSignedArrangement = new PreparedQuery<IInsertSignedArrangementParams,IInsertSignedArrangementResult>(insertSignedArrangementIR);


/** 'InsertListEntry' parameters type */
export interface IInsertListEntryParams {
  aeoId: string;
  arrangementId: string;
  name: string;
  normalisedId: string;
  status: string;
  statusType: string;
  validFrom: string;
  validUntil?: string | null | void;
}

/** 'InsertListEntry' return type */
export type IInsertListEntryResult = void;

/** 'InsertListEntry' query type */
export interface IInsertListEntryQuery {
  params: IInsertListEntryParams;
  result: IInsertListEntryResult;
}

const insertListEntryIR: any = {"usedParamSet":{"arrangementId":true,"aeoId":true,"normalisedId":true,"name":true,"statusType":true,"status":true,"validFrom":true,"validUntil":true},"params":[{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":187,"b":201}]},{"name":"aeoId","required":true,"transform":{"type":"scalar"},"locs":[{"a":204,"b":210}]},{"name":"normalisedId","required":true,"transform":{"type":"scalar"},"locs":[{"a":213,"b":226}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":229,"b":234}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":250,"b":261},{"a":264,"b":275}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":278,"b":285}]},{"name":"validFrom","required":true,"transform":{"type":"scalar"},"locs":[{"a":288,"b":298}]},{"name":"validUntil","required":false,"transform":{"type":"scalar"},"locs":[{"a":309,"b":319}]}],"statement":"INSERT INTO partner_list_entries (arrangement_id, aeo_id, normalised_id, name, address, status_type, partner_status_type, status,\n  valid_from, valid_until, last_changed_version)\nVALUES (:arrangementId!, :aeoId!, :normalisedId!, :name!, '{}'::jsonb, :statusType!, :statusType!, :status!, :validFrom!::date,\n  :validUntil::date, 1)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO partner_list_entries (arrangement_id, aeo_id, normalised_id, name, address, status_type, partner_status_type, status,
 *   valid_from, valid_until, last_changed_version)
 * VALUES (:arrangementId!, :aeoId!, :normalisedId!, :name!, '{}'::jsonb, :statusType!, :statusType!, :status!, :validFrom!::date,
 *   :validUntil::date, 1)
 * ```
 */
export const insertListEntry = new PreparedQuery<IInsertListEntryParams,IInsertListEntryResult>(insertListEntryIR);


