import { z } from 'zod';
import { EVENT_DEFINITIONS } from '../events/registry';
import { TOPICS, dlqTopicOf } from '../topics';

const channelId = (topic: string) => topic.replace(/\./g, '-');
const messageId = (type: string) => type.replace(/\./g, '-');

/**
 * Builds the AsyncAPI 3 document for every topic and event of the platform from the topic
 * registry and the zod schemas, so that consuming platforms can validate and generate code.
 */
export function generateAsyncApi(version: string): Record<string, unknown> {
  const messages: Record<string, unknown> = {};
  for (const definition of EVENT_DEFINITIONS) {
    messages[messageId(definition.type)] = {
      name: definition.type,
      title: definition.type,
      summary: definition.summary,
      ...(definition.internal && {
        description:
          'Internal to the administration (for its operations team): never delivered to webhook subscriptions, not even to `*`; a subscription naming it is refused.',
        tags: [{ name: 'internal' }],
      }),
      contentType: 'application/json',
      headers: { $ref: '#/components/schemas/CloudEventsKafkaHeaders' },
      payload: z.toJSONSchema(definition.schema, { target: 'draft-7' }),
      bindings: {
        kafka: {
          key: {
            type: 'string',
            description: `${definition.aggregateType} id (keeps one ${definition.aggregateType}'s events in order)`,
          },
          bindingVersion: '0.5.0',
        },
      },
    };
  }

  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (const topic of TOPICS) {
    const topicMessages = EVENT_DEFINITIONS.filter((d) => d.topic === topic.name);
    channels[channelId(topic.name)] = {
      address: topic.name,
      description: `${topic.description} Keyed by ${topic.aggregate} id. Produced by ${topic.producer}.`,
      messages: Object.fromEntries(
        topicMessages.map((d) => [messageId(d.type), { $ref: `#/components/messages/${messageId(d.type)}` }]),
      ),
      bindings: {
        kafka: {
          topic: topic.name,
          partitions: topic.partitions,
          topicConfiguration: { 'retention.ms': topic.retentionMs },
          bindingVersion: '0.5.0',
        },
      },
    };
    channels[channelId(dlqTopicOf(topic.name))] = {
      address: dlqTopicOf(topic.name),
      description: `Dead letters of ${topic.name}: the original record with dlq_reason, dlq_original_topic, dlq_original_partition, dlq_original_offset and dlq_consumer headers.`,
      messages: {},
    };
    operations[`publish-${channelId(topic.name)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${channelId(topic.name)}` },
      summary: `${topic.producer} publishes ${topic.aggregate} events through its transactional outbox.`,
      messages: topicMessages.map((d) => ({
        $ref: `#/channels/${channelId(topic.name)}/messages/${messageId(d.type)}`,
      })),
    };
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'AEO platform events',
      version,
      description:
        'Events of the Authorized Economic Operator platform. CloudEvents 1.0 in Kafka binary mode: attributes in ce_* headers, JSON data in the record value. Generated from libs/contracts; do not edit by hand (npm run asyncapi).',
    },
    defaultContentType: 'application/json',
    servers: {
      local: {
        host: '127.0.0.1:9092',
        protocol: 'kafka',
        description: 'Local single-node broker started by deploy/local/infra.sh',
      },
    },
    channels,
    operations,
    components: {
      messages,
      schemas: {
        CloudEventsKafkaHeaders: {
          type: 'object',
          required: ['ce_id', 'ce_type', 'ce_source', 'ce_specversion', 'ce_subject', 'ce_time'],
          properties: {
            ce_id: {
              type: 'string',
              description: 'Unique event id (the outbox row id); consumers de-duplicate on it.',
            },
            ce_type: { type: 'string' },
            ce_source: { type: 'string', description: 'Producing service, e.g. /aeo/applications' },
            ce_specversion: { type: 'string', const: '1.0' },
            ce_subject: { type: 'string', description: 'Id of the entity the event is about' },
            ce_time: { type: 'string', format: 'date-time' },
            ce_correlationid: {
              type: 'string',
              description: 'Correlation id that follows a request through HTTP, Kafka and workflows',
            },
            'content-type': { type: 'string', const: 'application/json' },
          },
        },
      },
    },
  };
}
