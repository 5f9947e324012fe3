import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import {
  findArrangement as findOne,
  listArrangements as listAll,
  type IFindArrangementResult,
} from './arrangements.queries';

/** A mutual recognition arrangement with one partner customs administration. */
export interface Arrangement {
  id: string;
  /** ISO 3166-1 alpha-2 code of the partner country. */
  partnerCountry: string;
  partnerAdministration: string;
  /** The stage of the arrangement (negotiation, joint validation, signed, implemented, ...). */
  phase: string;
  /** Calendar date (YYYY-MM-DD) the arrangement was signed; null while it is negotiated. */
  signedOn: string | null;
  createdAt: Date;
}

function toArrangement(row: IFindArrangementResult): Arrangement {
  return {
    id: row.id,
    partnerCountry: row.partner_country,
    partnerAdministration: row.partner_administration,
    phase: row.phase,
    signedOn: row.signed_on,
    createdAt: row.created_at,
  };
}

/** Every arrangement, or those of one partner country, by country and newest first. */
export async function listArrangements(runner: SqlRunner, partnerCountry?: string): Promise<Arrangement[]> {
  return (await runSql(listAll, { partnerCountry: partnerCountry ?? null }, runner)).map(toArrangement);
}

export async function findArrangement(runner: SqlRunner, id: string): Promise<Arrangement | undefined> {
  const row = await runSqlOne(findOne, { id }, runner);
  return row ? toArrangement(row) : undefined;
}
