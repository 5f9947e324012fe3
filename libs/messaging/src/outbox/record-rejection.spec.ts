import { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError } from 'kafkajs';
import { isRecordRejection } from './outbox-relay';

describe('which Kafka failures count against an outbox row', () => {
  it('counts the broker refusing the records themselves', () => {
    const tooLarge = new KafkaJSProtocolError(
      Object.assign(new Error('too large'), { type: 'MESSAGE_TOO_LARGE', code: 10, retriable: false }),
    );
    expect(isRecordRejection(tooLarge)).toBe(true);
    expect(isRecordRejection(new KafkaJSNumberOfRetriesExceeded(tooLarge, { retryCount: 2, retryTime: 100 }))).toBe(
      true,
    );
  });

  it('does not count an unreachable broker or exhausted retries, which only mean "wait"', () => {
    const refused = new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092');
    expect(isRecordRejection(refused)).toBe(false);
    expect(isRecordRejection(new KafkaJSNumberOfRetriesExceeded(refused, { retryCount: 2, retryTime: 100 }))).toBe(
      false,
    );
    expect(isRecordRejection(new Error('The producer is disconnected'))).toBe(false);
  });
});
