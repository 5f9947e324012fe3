import type { Admin } from 'kafkajs';
import { testKafka } from '@aeo/testing';
import { kafkaReadinessCheck } from './messaging.module';

jest.setTimeout(60_000);

/**
 * Kafka readiness against the real broker: checks asked at once (a load balancer and a monitor
 * probing together) share one admin client, so the one the service closes at shutdown is the only
 * one (each admin connected beside it stayed open and kept the process alive).
 */
describe('kafkaReadinessCheck (real Kafka)', () => {
  it('connects one admin client for concurrent checks and reuses it', async () => {
    const kafka = testKafka('readiness-test');
    const admins: Admin[] = [];
    const admin = kafka.admin.bind(kafka);
    kafka.admin = (...args) => {
      const created = admin(...args);
      admins.push(created);
      return created;
    };
    const check = kafkaReadinessCheck(kafka);
    try {
      await Promise.all(Array.from({ length: 6 }, () => check.check()));
      await check.check();
      expect(admins.length).toBe(1);
    } finally {
      await Promise.all(admins.map((created) => created.disconnect()));
    }
  });
});
