import { z } from 'zod';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { defineEvent, TopicName } from '@aeo/contracts';

/** An event type on a per-test topic, so messaging tests never touch the platform's topics. */
export function defineTestEvent(topic: string) {
  return defineEvent({
    type: 'aeo.test-probe.happened.v1',
    topic: topic as TopicName,
    aggregateType: 'probe',
    summary: 'test probe',
    schema: z.object({ probeId: z.string(), sequence: z.number().int() }),
  });
}

/** The consumer-side effect table of the tests: one row per processed event. */
export class CreateProbeEffects1764300000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE probe_effects (id bigserial PRIMARY KEY, probe_id text NOT NULL, sequence int NOT NULL, event_id text NOT NULL)`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE probe_effects');
  }
}
