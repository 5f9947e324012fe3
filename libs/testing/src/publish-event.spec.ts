import type { Producer, ProducerRecord } from 'kafkajs';
import { ChannelDecided, DeclarationLodged, fromKafkaRecord } from '@aeo/contracts';
import type { CollectedMessage } from './kafka';
import { deadLetterReason, publishEnvelope, publishEvent } from './publish-event';

describe('publishEvent', () => {
  const sent: ProducerRecord[] = [];
  const producer = { send: async (record: ProducerRecord) => void sent.push(record) } as unknown as Producer;
  const ownCopy = { topic: (name: string) => `test-1234.${name}` };
  beforeEach(() => (sent.length = 0));

  it("sends one CloudEvents record on the service's copy of the contract's topic, keyed, acks from all", async () => {
    await publishEvent(producer, ownCopy, '/aeo/test', {
      definition: DeclarationLodged,
      key: '1234567',
      data: { declarationId: 'D-1' },
      id: 'event-1',
    });
    expect(sent).toHaveLength(1);
    const [record] = sent;
    expect(record).toMatchObject({ topic: 'test-1234.aeo.declaration.events.v1', acks: -1 });
    expect(record!.messages).toHaveLength(1);
    expect(record!.messages[0]!.key).toBe('1234567');
    expect(fromKafkaRecord(record!.messages[0] as never)).toMatchObject({
      id: 'event-1',
      type: 'aeo.declaration.lodged.v1',
      source: '/aeo/test',
      subject: '1234567',
      data: { declarationId: 'D-1' },
    });
  });

  it('takes a subject and time of its own, and makes up an id', async () => {
    const at = '2026-03-02T08:00:00.000Z';
    await publishEvent(producer, ownCopy, '/aeo/test', {
      definition: DeclarationLodged,
      key: '1234567',
      subject: 'D-2',
      time: at,
      data: {},
    });
    const event = fromKafkaRecord(sent[0]!.messages[0] as never);
    expect(event).toMatchObject({ subject: 'D-2', time: at });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('publishEnvelope', () => {
  const sent: ProducerRecord[] = [];
  const producer = { send: async (record: ProducerRecord) => void sent.push(record) } as unknown as Producer;
  const platform = { topic: (name: string) => name };
  const envelope = {
    id: 'event-3',
    type: ChannelDecided.type,
    source: '/aeo/test',
    subject: 'D-3',
    time: '2026-03-02T08:00:01.000Z',
    data: { declarationId: 'D-3' },
  };

  it("sends the envelope as it is, keyed as told, on its contract's topic", async () => {
    await publishEnvelope(producer, platform, envelope, '1234567');
    expect(sent[0]).toMatchObject({ topic: 'aeo.risk.events.v1', acks: -1 });
    expect(sent[0]!.messages[0]!.key).toBe('1234567');
    expect(fromKafkaRecord(sent[0]!.messages[0] as never)).toEqual(envelope);
  });

  it('refuses a type no contract defines (its topic unknown)', () => {
    expect(() => publishEnvelope(producer, platform, { ...envelope, type: 'aeo.nothing.v1' }, 'k')).toThrow(
      'no contract defines aeo.nothing.v1',
    );
  });
});

describe('deadLetterReason', () => {
  const letter = (headers: Record<string, string>) => ({ headers }) as CollectedMessage;
  const collected = [
    letter({ ce_id: 'a', dlq_consumer: 'risk-management.declarations.test-1', dlq_reason: 'of another consumer' }),
    letter({ ce_id: 'b', dlq_consumer: 'mra.foreign-ids.test-1', dlq_reason: 'of another event' }),
    letter({ ce_id: 'a', dlq_consumer: 'mra.foreign-ids.test-1', dlq_reason: 'the one' }),
  ];
  const collector = {
    waitForCount: async (count: number, _timeoutMs?: number, filter: (m: CollectedMessage) => boolean = () => true) => {
      const matching = collected.filter(filter);
      if (matching.length < count) throw new Error('timed out');
      return matching;
    },
  };

  it("is the reason of the event's dead letter by the consumer named (whatever its group suffix)", async () => {
    expect(await deadLetterReason(collector, { id: 'a', consumer: 'mra.foreign-ids' })).toBe('the one');
    expect(await deadLetterReason(collector, { id: 'a', consumer: 'risk-management.declarations' })).toBe(
      'of another consumer',
    );
  });

  it('waits in vain for an event the consumer never dead-lettered', async () => {
    await expect(deadLetterReason(collector, { id: 'b', consumer: 'risk-management' })).rejects.toThrow('timed out');
  });
});
