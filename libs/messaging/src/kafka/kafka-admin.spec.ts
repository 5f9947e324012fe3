import type { Admin } from 'kafkajs';
import type { KafkaClient } from './kafka-client';
import { KeptKafkaAdmin } from './kafka-admin';

/** A client whose admin connections are counted; `failNext` makes the next listing fail. */
function countingClient() {
  const state = { connects: 0, disconnects: 0, failNext: false };
  const kafka = {
    admin: () =>
      ({
        connect: async () => void state.connects++,
        disconnect: async () => void state.disconnects++,
        listTopics: async () => {
          if (state.failNext) {
            state.failNext = false;
            throw new Error('the broker went away');
          }
          return ['aeo.application.events.v1.dlq'];
        },
      }) as unknown as Admin,
  } as unknown as KafkaClient;
  return { kafka, state };
}

describe('KeptKafkaAdmin', () => {
  it('keeps one connection across uses, overlapping ones too', async () => {
    const { kafka, state } = countingClient();
    const admin = new KeptKafkaAdmin(kafka);
    const list = () => admin.use((reader) => reader.listTopics());
    await Promise.all([list(), list()]);
    expect(await list()).toEqual(['aeo.application.events.v1.dlq']);
    expect(state).toMatchObject({ connects: 1, disconnects: 0 });
    await admin.close();
    expect(state.disconnects).toBe(1);
  });

  it('drops the connection after a failed use and connects anew for the next', async () => {
    const { kafka, state } = countingClient();
    const admin = new KeptKafkaAdmin(kafka);
    await admin.use((reader) => reader.listTopics());
    state.failNext = true;
    await expect(admin.use((reader) => reader.listTopics())).rejects.toThrow('the broker went away');
    expect(state).toMatchObject({ connects: 1, disconnects: 1 });
    await admin.use((reader) => reader.listTopics());
    expect(state.connects).toBe(2);
    await admin.close();
    expect(state.disconnects).toBe(2);
  });
});
