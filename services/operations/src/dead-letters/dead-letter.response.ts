import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { responseInstant } from '@aeo/service-kit';
import { DEAD_LETTER_STATES } from './dead-letters.repository';

export const deadLetterSchema = z.object({
  id: z.uuid(),
  dlqTopic: z.string(),
  dlqPartition: z.number().int(),
  dlqOffset: z.string().describe('Offset on the dead-letter topic (a 64-bit integer as text)'),
  originalTopic: z
    .string()
    .nullable()
    .describe('dlq_original_topic; null when the header is missing or not a topic name'),
  originalPartition: z.number().int().nullable(),
  originalOffset: z.string().nullable(),
  consumer: z.string().nullable().describe('dlq_consumer: the consumer group that set the record aside'),
  reason: z.string().describe('dlq_reason: why the record was set aside'),
  deadLetteredAt: responseInstant.describe('dlq_at (else the record’s timestamp)'),
  receivedAt: responseInstant.describe('When this service stored it'),
  state: z.enum(DEAD_LETTER_STATES),
  eventType: z.string().nullable().describe('The ce_type header, when the record has one'),
  eventId: z.string().nullable().describe('The ce_id header, when the record has one'),
  eventSubject: z
    .string()
    .nullable()
    .describe('The ce_subject header (what the event is about, e.g. a declaration id), when the record has one'),
  payloadBytes: z.number().int(),
  settledAt: responseInstant.nullable().describe('When it was replayed or discarded'),
  settledBy: z.string().nullable(),
  settleReason: z.string().nullable(),
  replayEventId: z.uuid().nullable().describe('The outbox event that published it again'),
});
export class DeadLetterDto extends createZodDto(deadLetterSchema) {}

export const deadLetterPageSchema = z.object({
  items: z.array(deadLetterSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int().describe('Dead letters matching the filters'),
});
export class DeadLetterPageDto extends createZodDto(deadLetterPageSchema) {}

const bytesSchema = z.object({
  text: z.string().nullable().describe('As UTF-8 text, when it is readable text'),
  base64: z.string(),
});

export const deadLetterDetailSchema = deadLetterSchema.extend({
  key: bytesSchema.nullable().describe('The record’s key'),
  value: bytesSchema.nullable().describe('The record’s value (the event’s data, or whatever could not be read)'),
  headers: z
    .array(bytesSchema.extend({ name: z.string() }))
    .describe('The record’s headers, the dlq_* ones included, in order'),
});
export class DeadLetterDetailDto extends createZodDto(deadLetterDetailSchema) {}
