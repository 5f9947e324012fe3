/** Types generated for queries found in "services/applications/src/certificates/certificates.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'FindCertificateFacts' parameters type */
export interface IFindCertificateFactsParams {
  authorisationNumber: string;
}

/** 'FindCertificateFacts' return type */
export interface IFindCertificateFactsResult {
  address: Json;
  authorisation_number: string;
  decided_at: Date;
  effective_from: Date;
  name: string;
  operator_id: string;
  programme_version: number | null;
  region: string;
  revalidation_due: Date;
  status: string;
  status_type: string;
  suspended_scope: string | null;
  taxpayer_id: string;
}

/** 'FindCertificateFacts' query type */
export interface IFindCertificateFactsQuery {
  params: IFindCertificateFactsParams;
  result: IFindCertificateFactsResult;
}

const findCertificateFactsIR: any = {"usedParamSet":{"authorisationNumber":true},"params":[{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":347,"b":367}]}],"statement":"SELECT a.authorisation_number, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope, a.decided_at, a.effective_from, a.revalidation_due, o.name, o.address, p.programme_version\nFROM authorisations a\nJOIN operators o ON o.id = a.operator_id\nJOIN applications p ON p.id = a.application_id\nWHERE a.authorisation_number = :authorisationNumber!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.authorisation_number, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope, a.decided_at, a.effective_from, a.revalidation_due, o.name, o.address, p.programme_version
 * FROM authorisations a
 * JOIN operators o ON o.id = a.operator_id
 * JOIN applications p ON p.id = a.application_id
 * WHERE a.authorisation_number = :authorisationNumber!
 * ```
 */
export const findCertificateFacts = new PreparedQuery<IFindCertificateFactsParams,IFindCertificateFactsResult>(findCertificateFactsIR);


