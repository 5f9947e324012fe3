import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { intParam, textMatching, trimmedVisibleMultilineText } from '@aeo/contracts';
import { DEAD_LETTER_STATES } from './dead-letters.repository';

export const deadLetterListQuerySchema = z.strictObject({
  originalTopic: textMatching(/^[A-Za-z0-9._-]{1,249}$/, 'must be a Kafka topic name')
    .optional()
    .describe('The topic the record was consumed from (dlq_original_topic)'),
  consumer: textMatching(/^[A-Za-z0-9._-]{1,255}$/, 'must be a consumer group name')
    .optional()
    .describe('The consumer that set it aside (dlq_consumer)'),
  state: z.enum(DEAD_LETTER_STATES).optional(),
  page: intParam({ min: 1, max: 100_000 }).default(1),
  pageSize: intParam({ min: 1, max: 200 }).default(50),
});
export type DeadLetterListQuery = z.output<typeof deadLetterListQuerySchema>;
export class DeadLetterListQueryDto extends createZodDto(deadLetterListQuerySchema) {}

export class DeadLetterIdParams extends createZodDto(z.strictObject({ deadLetterId: z.uuid() })) {}

/** Why operations replay or discard a dead letter (kept with it and in the audit trail). */
export class DeadLetterDecisionDto extends createZodDto(
  z.strictObject({ reason: trimmedVisibleMultilineText.min(1, 'must not be blank').max(2000) }),
) {}
