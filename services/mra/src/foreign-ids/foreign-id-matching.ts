import type { ListEntryHit, MatchKind, ReviewCandidate } from './foreign-ids.repository';

/** What matching a declared identifier against the partner lists came to. */
export type MatchResult =
  { outcome: MatchKind; entry: ListEntryHit } | { outcome: 'unmatched' | 'ambiguous'; candidates: ReviewCandidate[] };

/** An entry on a partner's current list: not removed from it, under an arrangement that is not terminated. */
const listed = (hit: ListEntryHit) => hit.status !== 'removed' && hit.phase !== 'terminated';

/**
 * The entries a declared identifier is decided on: those of the best kind of match among the
 * listed entries (exact beats normalised beats alias), whatever their status: an exact hit on a
 * suspended entry is decided on that entry, never on an active one found by normalised form.
 * Of that kind, the active entries if there are any (several are ambiguous), else the others
 * (suspended). Hits come best kind first, as `findListEntries` answers them.
 */
export function decisiveEntries(
  hits: readonly ListEntryHit[],
): { kind: MatchKind; active: ListEntryHit[]; inactive: ListEntryHit[] } | undefined {
  const kind = hits.find(listed)?.matchedBy;
  if (!kind) return undefined;
  const ofKind = hits.filter((hit) => listed(hit) && hit.matchedBy === kind);
  return {
    kind,
    active: ofKind.filter((hit) => hit.status === 'active'),
    inactive: ofKind.filter((hit) => hit.status !== 'active'),
  };
}

/**
 * Matches a declared identifier on its decisive entries: one active entry of the best kind is a
 * match, several (two arrangements, two list rows of old data) are ambiguous, none is unmatched
 * (every entry found is named as a candidate for the reviewer).
 */
export function matchForeignId(hits: readonly ListEntryHit[]): MatchResult {
  const decisive = decisiveEntries(hits);
  if (decisive?.active.length === 1) return { outcome: decisive.kind, entry: decisive.active[0]! };
  if (decisive && decisive.active.length > 1)
    return { outcome: 'ambiguous', candidates: decisive.active.map(candidate) };
  return { outcome: 'unmatched', candidates: hits.map(candidate) };
}

const candidate = (hit: ListEntryHit): ReviewCandidate => ({ arrangementId: hit.arrangementId, aeoId: hit.aeoId });

/** Why an entry is not a recognised AEO on a day, or null when it is. */
export function notRecognisedBecause(hit: ListEntryHit, on: string): string | null {
  if (hit.phase !== 'operational') return `the arrangement ${hit.arrangementTitle} is ${hit.phase}, not operational`;
  if (hit.status !== 'active') return `the partner list entry ${hit.aeoId} is ${hit.status}`;
  if (hit.validFrom && hit.validFrom > on) return `the partner list entry ${hit.aeoId} is valid from ${hit.validFrom}`;
  if (hit.validUntil && hit.validUntil < on) return `the partner list entry ${hit.aeoId} expired on ${hit.validUntil}`;
  if (!hit.terms) return `the arrangement ${hit.arrangementTitle} has no signed terms`;
  if (!hit.terms.statusTypes.includes(hit.statusType as (typeof hit.terms.statusTypes)[number])) {
    return `the partner list entry ${hit.aeoId} is of status type ${hit.statusType}, which the arrangement ${hit.arrangementTitle} does not cover (${hit.terms.statusTypes.join(', ')})`;
  }
  return null;
}

/**
 * What the look-up answers with, decided as matching decides: the one active entry of the best
 * kind; several are ambiguous (recognised by none until an MRA officer resolves the identifier);
 * without an active one, the suspended entry of that kind, or what is left (removed entries,
 * terminated arrangements) to say why it is not recognised.
 */
export function lookUpEntry(
  hits: readonly ListEntryHit[],
): { entry: ListEntryHit } | { ambiguous: ListEntryHit[] } | undefined {
  const decisive = decisiveEntries(hits);
  if (decisive && decisive.active.length > 1) return { ambiguous: decisive.active };
  const entry = decisive?.active[0] ?? decisive?.inactive[0] ?? hits[0];
  return entry && { entry };
}
