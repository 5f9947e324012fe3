import { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded } from 'kafkajs';
import { Client } from 'pg';
import { QueryFailedError } from 'typeorm';
import { DependencyUnavailableException, unavailableDependencyOf } from './dependency-unavailable';

describe('unavailableDependencyOf', () => {
  it('recognises a refused PostgreSQL connection (a real one, to a closed port)', async () => {
    const client = new Client({ connectionString: 'postgres://aeo:aeo@127.0.0.1:1/postgres', connectionTimeoutMillis: 2000 });
    const error = await client.connect().then(() => undefined, (failure: unknown) => failure);
    expect(unavailableDependencyOf(error)).toBe('database');
  });

  it('recognises SQLSTATE classes 08 and 57P0x, also wrapped by TypeORM', () => {
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(unavailableDependencyOf(new QueryFailedError('SELECT 1', [], shutdown))).toBe('database');
    expect(unavailableDependencyOf(Object.assign(new Error('connection failure'), { code: '08006' }))).toBe('database');
    expect(unavailableDependencyOf(new Error('Connection terminated unexpectedly'))).toBe('database');
  });

  it('recognises kafkajs connection errors, also behind retries', () => {
    const refused = new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092');
    expect(unavailableDependencyOf(refused)).toBe('Kafka');
    expect(unavailableDependencyOf(new KafkaJSNumberOfRetriesExceeded(refused, { retryCount: 5, retryTime: 1000 }))).toBe('Kafka');
  });

  it('recognises an unreachable Temporal server (gRPC UNAVAILABLE)', () => {
    const grpc = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14, details: 'No connection established' });
    const serviceError = Object.assign(new Error('Failed to start Workflow'), { name: 'ServiceError', cause: grpc });
    expect(unavailableDependencyOf(serviceError)).toBe('Temporal');
  });

  it('leaves every other error alone', async () => {
    expect(unavailableDependencyOf(new Error('boom'))).toBeUndefined();
    expect(unavailableDependencyOf(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeUndefined();
    expect(unavailableDependencyOf(Object.assign(new Error('invalid argument'), { code: 3, details: 'bad' }))).toBeUndefined();
    expect(unavailableDependencyOf(new DependencyUnavailableException('Temporal'))).toBe('Temporal');
    const fetchFailed = await fetch('http://127.0.0.1:1/').then(() => undefined, (failure: unknown) => failure);
    expect(unavailableDependencyOf(fetchFailed)).toBeUndefined();
  });
});
