/**
 * How far a consumer group still has to read a partition, up to an end offset taken earlier (the
 * programme's recompute, benchmarks). A partition's records before its log start offset (`low`) are
 * gone (past their retention, or deleted): a fresh group that starts there has nothing to read and
 * commits nothing, so its position is the log start, not 0 — else a partition whose only records
 * expired would be waited for for ever.
 */
export interface PartitionRange {
  /** The log start offset: the first record the topic still holds. */
  low: bigint;
  /** The end offset taken earlier (the recompute's start). */
  high: bigint;
}

/** The group's position in the partition: its committed offset (-1: none), never before the log start. */
export function positionOf(committedOffset: string, range: PartitionRange): bigint {
  const committed = BigInt(committedOffset);
  return committed < range.low ? range.low : committed;
}

/** Records of the range the group has not folded yet (0 once it is at or past the end). */
export function recordsBehind(committedOffset: string, range: PartitionRange): bigint {
  const position = positionOf(committedOffset, range);
  return position < range.high ? range.high - position : 0n;
}
