import { randomUUID } from 'node:crypto';
import { DeclarationLodged, TOPIC_NAMES } from '@aeo/contracts';
import { eventRecord, type LodgedDeclaration } from '@aeo/testing';
import type { DataSource } from 'typeorm';
import type { ConsumedEvent } from '@aeo/messaging';

// The declaration fixture is shared with the other services' specs.
export { lodgedDeclaration, type LodgedDeclaration } from '@aeo/testing';

/** The declaration as the consumer hands it to the channel decisions (for calling `decideBatch` directly). */
export function consumedDeclaration(
  data: LodgedDeclaration,
  source: string,
  offset: number,
): ConsumedEvent<LodgedDeclaration> {
  return {
    id: randomUUID(),
    type: DeclarationLodged.type,
    source,
    subject: data.declarationId,
    time: new Date().toISOString(),
    topic: TOPIC_NAMES.declarationEvents,
    partition: 0,
    offset: String(offset),
    data,
  };
}

/** Declarations (or records breaking their contract) as `DeclarationLodged` records, each keyed by its trader; `id` fixes the event id. */
export function declarationRecords(declarations: ReadonlyArray<{ data: Record<string, unknown>; id?: string }>) {
  return declarations.map(({ data, id }) =>
    eventRecord('/aeo/test/declarations', {
      definition: DeclarationLodged,
      key: String(data['traderTaxpayerId']),
      id,
      data,
    }),
  );
}

/** How many channel decisions of these traders are stored. */
export async function storedDecisionCount(dataSource: DataSource, traders: readonly string[]): Promise<number> {
  const rows: { n: number }[] = await dataSource.query(
    `SELECT count(*)::int AS n FROM channel_decisions WHERE trader_taxpayer_id = ANY($1)`,
    [traders],
  );
  return Number(rows[0].n);
}
