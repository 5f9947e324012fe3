import type { Producer } from 'kafkajs';
import type { EventEnvelope } from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { startedForTests, testKafka } from '@aeo/testing';
import { publish } from '../kpis/testing/scripted-stream';
import { startProgramme } from './start-programme';

/** The programme service of a spec file, and a producer for the file's scripted streams. */
export interface ProgrammeUnderTest {
  readonly service: ServiceUnderTest;
  readonly http: ServiceUnderTest['http'];
  readonly producer: Producer;
  /** Publishes the events in order on their topics (the service's own copies with `ownTopics`), keyed as their producers key them. */
  publish(...events: EventEnvelope[]): Promise<void>;
  /** How many facts (`programme_event_facts`) meet an SQL condition: how far the fold has come. */
  facts(condition: string, parameters: unknown[]): Promise<number>;
}

/**
 * Boots the programme service (`startProgramme`, with the test's own `regions`, on topics of the
 * file's own with `ownTopics`) and connects a producer named `producerName` before the spec file's
 * tests, and stops both after them (`startedForTests`). Call it in the `describe` body before the file's own `beforeAll`, which
 * then finds both ready.
 */
export function programmeUnderTest(
  producerName: string,
  regions: readonly string[] = [],
  options: { ownTopics?: boolean } = {},
): ProgrammeUnderTest {
  const started = startedForTests(async () => {
    const service = await startProgramme(regions, {}, options);
    const producer = testKafka(producerName).producer({ allowAutoTopicCreation: false });
    await producer.connect().catch(async (error: unknown) => {
      await service.close();
      throw error;
    });
    return {
      service,
      producer,
      close: async () => {
        await producer.disconnect();
        await service.close();
      },
    };
  });
  return {
    get service() {
      return started().service;
    },
    get http() {
      return started().service.http;
    },
    get producer() {
      return started().producer;
    },
    publish: (...events) => publish({ producer: started().producer, topic: started().service.topic }, ...events),
    facts: async (condition, parameters) => {
      const sql = `SELECT count(*)::int AS n FROM programme_event_facts WHERE ${condition}`;
      return ((await started().service.dataSource.query(sql, parameters)) as { n: number }[])[0]!.n;
    },
  };
}
