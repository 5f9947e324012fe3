import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Writes the selection's participant list of a pilot as pilots/selection leaves it (a shortlist
 * and its chosen companies at their stages), for specs of what follows a company's acceptance.
 */
export async function seedParticipants(
  dataSource: DataSource,
  pilotId: string,
  companies: ReadonlyArray<{ taxpayerId: string; stage: 'accepted' | 'invited'; region: string; operatorId?: string }>,
): Promise<void> {
  const shortlistId = randomUUID();
  await dataSource.query(
    `INSERT INTO pilot_shortlists (id, pilot_id, sequence, workflow_id, request, excluded, traders_considered, taken_by, taken_at)
     VALUES ($1, $2, 1, 'pilot-shortlist-test', '{}', '[]', $3, 'policy.unit.oyun', now())`,
    [shortlistId, pilotId, companies.length],
  );
  for (const [index, company] of companies.entries())
    await dataSource.query(
      `INSERT INTO pilot_participants (pilot_id, taxpayer_id, stage, region, operator_id, shortlist_id, rank, chosen_reason, chosen_by, chosen_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'volume', 'policy.unit.oyun', now(), now())`,
      [pilotId, company.taxpayerId, company.stage, company.region, company.operatorId ?? null, shortlistId, index + 1],
    );
}
