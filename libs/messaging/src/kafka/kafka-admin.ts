import type { Admin } from 'kafkajs';
import type { KafkaClient } from './kafka-client';

/** A partition's offsets as a cluster reports them: its log start (`low`) and its end (`high`, the next offset). */
export interface PartitionOffsets {
  partition: number;
  low: string;
  high: string;
}

/** A consumer group's committed offsets on one topic ("-1" where it has none). */
export interface GroupTopicOffsets {
  topic: string;
  partitions: { partition: number; offset: string }[];
}

/**
 * What the platform reads of a cluster's topics and consumer groups, through one connected admin
 * connection (the services and tools never hold the client's own admin: the client stays
 * replaceable in this library). `close` ends the connection.
 */
export interface KafkaAdminReader {
  /** Every topic on the cluster. */
  listTopics(): Promise<string[]>;
  /** Each partition's log start and end of a topic. */
  topicOffsets(topic: string): Promise<PartitionOffsets[]>;
  /** A group's committed offsets on `topics`. */
  groupOffsets(groupId: string, topics: readonly string[]): Promise<GroupTopicOffsets[]>;
  close(): Promise<void>;
}

/** An admin connection to the cluster of `kafka`, connected; the caller closes it. */
export async function openKafkaAdmin(kafka: KafkaClient): Promise<KafkaAdminReader> {
  const admin: Admin = kafka.admin();
  await admin.connect();
  return {
    listTopics: () => admin.listTopics(),
    topicOffsets: async (topic) =>
      (await admin.fetchTopicOffsets(topic)).map(({ partition, low, high }) => ({ partition, low, high })),
    groupOffsets: async (groupId, topics) =>
      (await admin.fetchOffsets({ groupId, topics: [...topics] })).map(({ topic, partitions }) => ({
        topic,
        partitions: partitions.map(({ partition, offset }) => ({ partition, offset })),
      })),
    close: () => admin.disconnect(),
  };
}

/** Every topic on the cluster of `kafka` (a connection of its own, closed again). */
export async function listKafkaTopics(kafka: KafkaClient): Promise<string[]> {
  const admin = await openKafkaAdmin(kafka);
  try {
    return await admin.listTopics();
  } finally {
    await admin.close();
  }
}

/**
 * An admin connection opened on its first use and kept for the next ones (a periodic refresh or
 * a metrics scrape need not connect each time); dropped after a failed use, so the next use
 * connects anew. Uses may overlap: they share the connection. `close` ends it.
 */
export class KeptKafkaAdmin {
  private opening?: Promise<KafkaAdminReader>;

  constructor(private readonly kafka: KafkaClient) {}

  async use<T>(read: (admin: KafkaAdminReader) => Promise<T>): Promise<T> {
    const opening = (this.opening ??= openKafkaAdmin(this.kafka));
    try {
      return await read(await opening);
    } catch (error) {
      if (this.opening === opening) this.opening = undefined;
      await opening.then((admin) => admin.close()).catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    const opening = this.opening;
    this.opening = undefined;
    await opening?.then((admin) => admin.close()).catch(() => undefined);
  }
}
