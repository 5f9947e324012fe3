/**
 * The p-th percentile (0 ≤ p ≤ 1) of values sorted ascending, interpolating linearly between the
 * two nearest ranks (as PostgreSQL's `percentile_cont` and spreadsheets' PERCENTILE.INC): rank
 * p·(n−1) from 0, so the median of an even count is the mean of the middle two. Null when empty.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile must be between 0 and 1, got ${p}`);
  if (sorted.length === 0) return null;
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const low = sorted[below]!;
  return low + (sorted[above]! - low) * (rank - below);
}
