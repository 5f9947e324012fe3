import { normaliseForeignAeoId, type MraTerms } from '@aeo/contracts';
import { runSql, type SqlRunner } from '@aeo/persistence';
import { insertListEntry, insertSignedArrangement } from './foreign-ids-fixture.queries';

/** Seeds an arrangement with a title and (signed) terms, as the arrangement feature stores it. */
export async function seedSignedArrangement(
  runner: SqlRunner,
  arrangement: { id: string; partnerCountry: string; title: string; phase: string; terms: MraTerms | null },
): Promise<void> {
  await runSql(
    insertSignedArrangement,
    {
      ...arrangement,
      partnerAdministration: `${arrangement.partnerCountry} customs`,
      terms: arrangement.terms ? JSON.stringify(arrangement.terms) : null,
    },
    runner,
  );
}

/** Seeds a partner list entry in its current state, as the partner-lists feature keeps it. */
export async function seedListEntry(
  runner: SqlRunner,
  entry: {
    arrangementId: string;
    country: string;
    aeoId: string;
    statusType?: 'AEOC' | 'AEOS' | 'AEOF';
    status?: 'active' | 'suspended' | 'removed';
    validFrom?: string;
    validUntil?: string | null;
  },
): Promise<void> {
  await runSql(
    insertListEntry,
    {
      arrangementId: entry.arrangementId,
      aeoId: entry.aeoId,
      normalisedId: normaliseForeignAeoId(entry.country, entry.aeoId),
      name: `Foreign trader ${entry.aeoId}`,
      statusType: entry.statusType ?? 'AEOS',
      status: entry.status ?? 'active',
      validFrom: entry.validFrom ?? '2025-01-01',
      validUntil: entry.validUntil ?? null,
    },
    runner,
  );
}
