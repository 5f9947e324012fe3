import type { EntityManager } from 'typeorm';
import {
  type DeclarationLodged,
  type EventData,
  type MraArrangementPhaseChanged,
  type MraForeignAeosChanged,
  type MraForeignIdResolved,
  type MraTerms,
  normaliseForeignAeoId,
} from '@aeo/contracts';
import { runSql, type SqlRunner } from '@aeo/persistence';
import type { ForeignAeoHit } from './foreign-recognition';
import { findForeignAeos, upsertAlias, upsertArrangement, upsertForeignAeos } from './mra-recognitions.queries';

export async function recordPhaseChange(
  manager: EntityManager,
  event: EventData<typeof MraArrangementPhaseChanged>,
): Promise<void> {
  await runSql(
    upsertArrangement,
    {
      arrangementId: event.arrangementId,
      partnerCountry: event.partnerCountry,
      title: event.title,
      phase: event.to,
      terms: event.terms ? JSON.stringify(event.terms) : null,
      at: event.at,
    },
    manager,
  );
}

export async function recordForeignAeos(
  manager: EntityManager,
  event: EventData<typeof MraForeignAeosChanged>,
): Promise<void> {
  const changes = event.changes.map((change) => ({
    aeo_id: change.aeoId,
    normalised_id: change.normalisedId,
    name: change.name,
    status_type: change.statusType,
    status: change.status,
    valid_from: change.validFrom,
    valid_until: change.validUntil,
  }));
  await runSql(
    upsertForeignAeos,
    {
      arrangementId: event.arrangementId,
      partnerCountry: event.partnerCountry,
      version: event.version,
      changes: JSON.stringify(changes),
    },
    manager,
  );
}

export async function recordAlias(
  manager: EntityManager,
  event: EventData<typeof MraForeignIdResolved>,
): Promise<void> {
  if (event.resolution !== 'matched' || !event.arrangementId || !event.aeoId) return;
  await runSql(
    upsertAlias,
    {
      country: event.country,
      normalisedId: event.normalisedId,
      arrangementId: event.arrangementId,
      aeoId: event.aeoId,
      at: event.at,
    },
    manager,
  );
}

/** The replica's entries for every foreign identifier the declarations name, in one statement. */
export async function findForeignAeoHits(
  runner: SqlRunner,
  declarations: readonly Pick<EventData<typeof DeclarationLodged>, 'foreignPartnerAeoIds'>[],
): Promise<ForeignAeoHit[]> {
  const ids = declarations.flatMap((declaration) =>
    declaration.foreignPartnerAeoIds.map(({ country, aeoId }) => ({
      country,
      declared_id: aeoId,
      normalised_id: normaliseForeignAeoId(country, aeoId),
    })),
  );
  if (ids.length === 0) return [];
  const rows = await runSql(findForeignAeos, { ids: JSON.stringify(ids) }, runner);
  return rows.map((row) => ({
    country: row.country ?? '',
    declaredId: row.declared_id ?? '',
    arrangementId: row.arrangement_id,
    aeoId: row.aeo_id,
    statusType: row.status_type,
    status: row.status,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    arrangementTitle: row.title,
    phase: row.phase,
    terms: row.terms as MraTerms | null,
    rank: row.rank ?? 2,
  }));
}
