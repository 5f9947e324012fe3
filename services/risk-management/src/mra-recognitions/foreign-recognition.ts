import type { DeclarationLodged, EventData, MraBenefit, MraDirection, MraTerms } from '@aeo/contracts';

/** A foreign AEO a declaration names, recognised under an arrangement on the declaration's day. */
export interface ForeignRecognition {
  country: string;
  /** As the partner's list writes it. */
  aeoId: string;
  arrangementId: string;
  arrangementTitle: string;
  /** What we grant the partner's AEOs (the arrangement's terms). */
  benefits: readonly MraBenefit[];
}

/** A replica entry found for a declared identifier (best kind first: exact, normalised, alias). */
export interface ForeignAeoHit {
  country: string;
  declaredId: string;
  arrangementId: string;
  aeoId: string;
  /** Our status type the partner's equivalent maps to (AEOC, AEOS, AEOF). */
  statusType: string;
  status: string;
  validFrom: string | null;
  validUntil: string | null;
  arrangementTitle: string;
  phase: string;
  terms: MraTerms | null;
  rank: number;
}

type Declaration = Pick<EventData<typeof DeclarationLodged>, 'regime' | 'lodgedAt' | 'foreignPartnerAeoIds'>;

/** The trade flow a regime is: goods coming in (import, temporary admission, warehousing, inward processing) or going out. */
export function directionOf(regime: Declaration['regime']): MraDirection {
  return regime === 'export' || regime === 're-export' ? 'export' : 'import';
}

const recognisedOn = (hit: ForeignAeoHit, day: string, direction: MraDirection) =>
  hit.phase === 'operational' &&
  hit.status === 'active' &&
  (!hit.validFrom || hit.validFrom <= day) &&
  (!hit.validUntil || hit.validUntil >= day) &&
  hit.terms !== null &&
  hit.terms.statusTypes.some((covered) => covered === hit.statusType) &&
  hit.terms.directions.includes(direction);

/** An entry on a partner's current list: not removed from it, under an arrangement that is not terminated. */
const listed = (hit: ForeignAeoHit) => hit.status !== 'removed' && hit.phase !== 'terminated';

/**
 * The entry a declared identifier is decided on, as the mra service's matching and look-up decide:
 * the best kind of match among the listed entries (exact, then normalised, then alias) alone,
 * whatever its status (an exact hit on a suspended entry never falls through to an active one
 * found by normalised form); of that kind, the one active entry, none when several are
 * (ambiguous: queued for review) or none is.
 */
function decisiveEntry(hits: readonly ForeignAeoHit[]): ForeignAeoHit | undefined {
  const rank = hits.find(listed)?.rank;
  const active = hits.filter((hit) => listed(hit) && hit.rank === rank && hit.status === 'active');
  return active.length === 1 ? active[0] : undefined;
}

/**
 * The foreign AEOs of a declaration recognised on its day for its direction and of a status type
 * the arrangement covers: per declared identifier, its decisive entry (see `decisiveEntry`).
 */
export function recognisedForeignAeos(declaration: Declaration, hits: readonly ForeignAeoHit[]): ForeignRecognition[] {
  const day = declaration.lodgedAt.slice(0, 10);
  const direction = directionOf(declaration.regime);
  const recognitions: ForeignRecognition[] = [];
  for (const { country, aeoId } of declaration.foreignPartnerAeoIds) {
    const hit = decisiveEntry(hits.filter((own) => own.country === country && own.declaredId === aeoId));
    if (!hit || !recognisedOn(hit, day, direction)) continue;
    if (recognitions.some((known) => known.arrangementId === hit.arrangementId && known.aeoId === hit.aeoId)) continue;
    recognitions.push({
      country,
      aeoId: hit.aeoId,
      arrangementId: hit.arrangementId,
      arrangementTitle: hit.arrangementTitle,
      benefits: hit.terms!.benefitsWeGrant,
    });
  }
  return recognitions;
}

/** How a decision names the arrangement a benefit comes from. */
export function recognitionBasis(recognition: ForeignRecognition): string {
  return `recognised AEO ${recognition.aeoId} of the partner ${recognition.country} under MRA ${recognition.arrangementTitle} (${recognition.arrangementId})`;
}
