import type { DataSource } from 'typeorm';
import type { KafkaAdminReader } from '@aeo/messaging';
import { findChangelogPositions } from './decision-changelog.repository';

/**
 * How many offsets of a changelog partition the write-behind has not stored: the partition's last
 * stable offset (what a read_committed reader can reach) minus the further of two marks, never
 * below 0. The stored position (`decision_changelog_positions.next_offset`) stops after the last
 * record stored, before the transaction's commit marker; the write-behind group's committed offset
 * also moves past markers and aborted records, which hold nothing to store. So a caught-up
 * write-behind answers 0, and one behind answers at least the records it has not stored.
 */
export function unstoredOffsets(lastStable: bigint, stored?: bigint, committed?: bigint, earliest = 0n): number {
  // `earliest`: the partition's first offset still kept; what retention deleted is no lag.
  const reached = [stored, committed].reduce<bigint>(
    (furthest, mark) => (mark !== undefined && mark > furthest ? mark : furthest),
    earliest,
  );
  return lastStable > reached ? Number(lastStable - reached) : 0;
}

/**
 * The write-behind's lag on each partition of `topic` (partition → unstored offsets), from Kafka
 * (the last stable offsets, read_committed, and the first kept; the group's committed offsets) and
 * the stored positions.
 */
export async function changelogLag(
  admin: KafkaAdminReader,
  dataSource: DataSource,
  topic: string,
  groupId: string,
): Promise<Map<number, number>> {
  const [ends, [committed]] = await Promise.all([admin.topicOffsets(topic), admin.groupOffsets(groupId, [topic])]);
  const stored = await findChangelogPositions(
    dataSource,
    topic,
    ends.map((end) => end.partition),
  );
  const committedOf = new Map(
    (committed?.partitions ?? [])
      .filter((partition) => Number(partition.offset) >= 0)
      .map((partition) => [partition.partition, BigInt(partition.offset)]),
  );
  return new Map(
    ends.map((end) => [
      end.partition,
      unstoredOffsets(
        BigInt(end.high),
        stored.get(end.partition)?.nextOffset,
        committedOf.get(end.partition),
        BigInt(end.low),
      ),
    ]),
  );
}
