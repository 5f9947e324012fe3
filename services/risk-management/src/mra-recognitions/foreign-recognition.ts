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
  hit.terms.directions.includes(direction);

/**
 * The foreign AEOs of a declaration recognised on its day for its direction: per declared
 * identifier, the best kind of match with exactly one entry (several are ambiguous and grant
 * nothing, as the mra service's matching queues them for review).
 */
export function recognisedForeignAeos(declaration: Declaration, hits: readonly ForeignAeoHit[]): ForeignRecognition[] {
  const day = declaration.lodgedAt.slice(0, 10);
  const direction = directionOf(declaration.regime);
  const recognitions: ForeignRecognition[] = [];
  for (const { country, aeoId } of declaration.foreignPartnerAeoIds) {
    const own = hits.filter((hit) => hit.country === country && hit.declaredId === aeoId);
    const matchable = own.filter((hit) => hit.status === 'active' && hit.phase !== 'terminated');
    const best = matchable.filter((hit) => hit.rank === matchable[0]?.rank);
    const hit = best.length === 1 ? best[0]! : undefined;
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
