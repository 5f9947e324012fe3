import type { DataSource } from 'typeorm';
import { uniqueName } from '@aeo/testing';
import { OutboxWriter } from './outbox-writer';
import { defineTestEvent, useMessagingTestbed } from '../testing/test-fixtures';

jest.setTimeout(60_000);

/**
 * `appendMany` locks its aggregates and inserts its rows in one statement: the relay publishes an
 * aggregate's rows in seq order, so a batch whose transaction commits later must never hold an
 * earlier seq of an aggregate than one committed before it.
 */
describe('OutboxWriter.appendMany against real PostgreSQL', () => {
  let dataSource: DataSource;
  const topic = uniqueName('test.outbox-writer.events.v1');
  const Probe = defineTestEvent(topic);
  const writer = new OutboxWriter('/aeo/test');
  const bed = useMessagingTestbed('outbox_writer', topic, 1);
  beforeAll(() => ({ dataSource } = bed));

  const events = (probeId: string, sequences: number[]) =>
    sequences.map((sequence) => ({
      subject: `${probeId}-${sequence}`,
      aggregateId: probeId,
      data: { probeId, sequence },
    }));

  it('waits for a transaction writing the same aggregate to end, and takes later seqs than the rows it committed', async () => {
    const probe = uniqueName('probe');
    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstAppended!: () => void;
    const appendedByFirst = new Promise<void>((resolve) => (firstAppended = resolve));
    const first = dataSource.transaction(async (manager) => {
      await writer.appendMany(manager, Probe, events(probe, [1, 2]));
      firstAppended();
      await firstHolds;
    });
    await appendedByFirst;
    let secondDone = false;
    const second = dataSource
      .transaction((manager) => writer.appendMany(manager, Probe, events(probe, [3, 4])))
      .then(() => (secondDone = true));
    // The second batch's statement waits on the first batch's lock of the aggregate.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(secondDone).toBe(false);
    const visible: { n: number }[] = await dataSource.query(
      'SELECT count(*)::int AS n FROM outbox WHERE aggregateid = $1',
      [probe],
    );
    expect(visible[0].n).toBe(0);
    releaseFirst();
    await Promise.all([first, second]);
    const rows: { subject: string }[] = await dataSource.query(
      'SELECT subject FROM outbox WHERE aggregateid = $1 ORDER BY seq',
      [probe],
    );
    expect(rows.map((row) => row.subject)).toEqual([1, 2, 3, 4].map((n) => `${probe}-${n}`));
  });
});
