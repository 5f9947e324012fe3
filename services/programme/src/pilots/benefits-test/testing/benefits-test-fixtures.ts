import { randomUUID } from 'node:crypto';

/** How the specs run SQL on the service's database. */
export type Query = (sql: string, parameters?: unknown[]) => Promise<{ [column: string]: unknown }[]>;

/**
 * The companies chosen for a pilot, in rank order, as the selection leaves them (its invitations
 * run through the risk engine's ranking and a workflow each: another feature's test).
 */
export async function choosePilotCompanies(
  query: Query,
  pilotId: string,
  region: string,
  companies: readonly (readonly [taxpayerId: string, stage: string, operatorId: string | null])[],
): Promise<void> {
  const shortlistId = randomUUID();
  await query(
    `INSERT INTO pilot_shortlists (id, pilot_id, sequence, workflow_id, request, excluded, traders_considered, taken_by, taken_at)
     VALUES ($1, $2, 1, 'test', '{}', '[]', $3, 'policy.unit.oyun', now())`,
    [shortlistId, pilotId, companies.length],
  );
  for (const [index, [taxpayerId, stage, operatorId]] of companies.entries())
    await query(
      `INSERT INTO pilot_participants (pilot_id, taxpayer_id, stage, region, operator_id, shortlist_id, rank, chosen_reason, chosen_by, chosen_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'volume', 'policy.unit.oyun', now(), now())`,
      [pilotId, taxpayerId, stage, region, operatorId, shortlistId, index + 1],
    );
}

/** An AEOC grant as the KPI facts' consumer folds aeo.authorisation.granted.v1 (its own int-specs feed it). */
export async function grantAeoc(
  query: Query,
  authorisationNumber: string,
  operatorId: string,
  region: string,
  decidedAt: string,
): Promise<void> {
  await query(
    `INSERT INTO certification_grants (authorisation_number, event_id, operator_id, region, status_type, decided_at)
     VALUES ($1, $2, $3, $4, 'AEOC', $5)`,
    [authorisationNumber, randomUUID(), operatorId, region, decidedAt],
  );
}
