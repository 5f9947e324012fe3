import type { KafkaMessage } from 'kafkajs';
import { DeclarationLodged } from '@aeo/contracts';
import { decodeEventRecord } from '@aeo/messaging';
import { brokenDeclarations } from './load-dead-letter-demo-data';

/** The record as a consumer receives it. */
const consumed = (record: ReturnType<typeof brokenDeclarations>[number]['record']): KafkaMessage =>
  ({
    key: Buffer.from(record.key),
    value: Buffer.from(record.value),
    headers: Object.fromEntries(Object.entries(record.headers).map(([name, value]) => [name, Buffer.from(value)])),
    offset: '0',
    timestamp: String(Date.now()),
    attributes: 0,
  }) as KafkaMessage;

describe("the demo's broken declarations", () => {
  const [offContract, cutOff] = brokenDeclarations('5023456', 'DARKHAN', new Date('2026-12-01T08:00:00Z'));
  const decode = (message: KafkaMessage) =>
    decodeEventRecord('aeo.declaration.events.v1', 0, message, (type) =>
      type === DeclarationLodged.type ? { definition: DeclarationLodged } : undefined,
    );

  it('are dead letters for every declaration consumer, each with the reason an operator reads', () => {
    expect(decode(consumed(offContract!.record))).toMatchObject({
      kind: 'dead',
      reason: expect.stringMatching(/^invalid aeo\.declaration\.lodged\.v1 data: region: .*; customsValue: /),
    });
    expect(decode(consumed(cutOff!.record))).toMatchObject({
      kind: 'dead',
      reason: expect.stringMatching(/^malformed: value is not JSON/),
    });
  });

  it('carry fixed event ids, so a second run of the demo finds their dead letters and sends nothing', () => {
    const again = brokenDeclarations('5023456', 'DARKHAN');
    expect(again.map((entry) => entry.id)).toEqual([offContract!.id, cutOff!.id]);
    expect(new Set([offContract!.id, cutOff!.id]).size).toBe(2);
    expect(offContract!.record.headers['ce_id']).toBe(offContract!.id);
  });
});
