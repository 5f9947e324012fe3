import type { ListEntryHit, MatchKind, ReviewCandidate } from './foreign-ids.repository';

/** What matching a declared identifier against the partner lists came to. */
export type MatchResult =
  { outcome: MatchKind; entry: ListEntryHit } | { outcome: 'unmatched' | 'ambiguous'; candidates: ReviewCandidate[] };

/** An entry declarations can match: active on the list of an arrangement that is not terminated. */
const matchable = (hit: ListEntryHit) => hit.status === 'active' && hit.phase !== 'terminated';

/**
 * Exact match on the identifier as written first, then on its normalised form, then through an
 * alias an MRA officer resolved: the first kind with active entries decides; one entry is a
 * match, several (two arrangements, two list rows) are ambiguous, none is unmatched (the inactive
 * entries found are named as candidates for the reviewer).
 */
export function matchForeignId(hits: readonly ListEntryHit[]): MatchResult {
  const active = hits.filter(matchable);
  for (const kind of ['exact', 'normalised', 'alias'] as const) {
    const ofKind = active.filter((hit) => hit.matchedBy === kind);
    if (ofKind.length === 1) return { outcome: kind, entry: ofKind[0]! };
    if (ofKind.length > 1) return { outcome: 'ambiguous', candidates: ofKind.map(candidate) };
  }
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
  return null;
}

/** The entry the look-up answers with: of the best kind found, a recognised one if there is one. */
export function lookUpEntry(hits: readonly ListEntryHit[], on: string): ListEntryHit | undefined {
  const best = hits[0]?.matchedBy;
  const ofBest = hits.filter((hit) => hit.matchedBy === best);
  return ofBest.find((hit) => notRecognisedBecause(hit, on) === null) ?? ofBest[0];
}
