import { createServer, connect, type Server, type Socket } from 'node:net';
import { DataSource, QueryFailedError } from 'typeorm';
import {
  deleteFixtureSteps,
  findFixtureSteps,
  fixtureDates,
  insertFixtureStep,
  renameFixtureSteps,
} from './testing/typed-sql-fixture.queries';
import { existingRow, runSql, runSqlChanged, runSqlCounted, runSqlOne } from './typed-sql';
import { useTestDataSource } from './testing/test-data-source';

/** A rollback the test asks for, told apart from a real failure. */
class RollBack extends Error {}

describe('typed SQL runtime (real PostgreSQL)', () => {
  const database = useTestDataSource('typedsql');

  const stepsOf = async (subjectId: string) =>
    (await runSql(findFixtureSteps, { subjectId }, database.dataSource)).map((row) => row.step);

  it('runs on a data source, answering the rows with the types PostgreSQL gives (timestamptz as Date)', async () => {
    const inserted = await runSql(
      insertFixtureStep,
      { subjectId: 'ds-1', step: 'a', summary: 'first' },
      database.dataSource,
    );
    expect(inserted).toEqual([{ subject_id: 'ds-1', step: 'a' }]);
    const [row] = await runSql(findFixtureSteps, { subjectId: 'ds-1' }, database.dataSource);
    expect(row).toEqual({ subject_id: 'ds-1', step: 'a', summary: 'first', applied_at: expect.any(Date) });
    // The data source's own manager (no transaction) runs it too.
    expect(await runSqlOne(findFixtureSteps, { subjectId: 'ds-1' }, database.dataSource.manager)).toMatchObject({
      step: 'a',
    });
  });

  it('runs on an entity manager inside its transaction: the row is visible inside, not outside, and gone after the rollback', async () => {
    const seen: { inside?: string[]; outside?: string[] } = {};
    await expect(
      database.dataSource.transaction(async (manager) => {
        await runSql(insertFixtureStep, { subjectId: 'tx-1', step: 'a', summary: 'in a transaction' }, manager);
        seen.inside = (await runSql(findFixtureSteps, { subjectId: 'tx-1' }, manager)).map((row) => row.step);
        seen.outside = await stepsOf('tx-1');
        throw new RollBack();
      }),
    ).rejects.toBeInstanceOf(RollBack);
    expect(seen).toEqual({ inside: ['a'], outside: [] });
    expect(await stepsOf('tx-1')).toEqual([]);
  });

  it('runs on a query runner inside its transaction, committed with it', async () => {
    const runner = database.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runSql(insertFixtureStep, { subjectId: 'qr-1', step: 'a', summary: 'on a query runner' }, runner);
      expect(await stepsOf('qr-1')).toEqual([]);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect(await stepsOf('qr-1')).toEqual(['a']);
  });

  it('counts the rows an INSERT, UPDATE or DELETE changed', async () => {
    const inserted = await runSqlCounted(
      insertFixtureStep,
      { subjectId: 'count-1', step: 'a', summary: 'one' },
      database.dataSource,
    );
    expect(inserted).toEqual({ rows: [{ subject_id: 'count-1', step: 'a' }], count: 1 });
    await runSql(insertFixtureStep, { subjectId: 'count-1', step: 'b', summary: 'two' }, database.dataSource);
    await runSql(insertFixtureStep, { subjectId: 'count-1', step: 'c', summary: 'three' }, database.dataSource);

    expect(
      (await runSqlCounted(renameFixtureSteps, { subjectId: 'count-1', summary: 'renamed' }, database.dataSource))
        .count,
    ).toBe(3);
    expect(
      (await runSqlCounted(renameFixtureSteps, { subjectId: 'nobody', summary: 'renamed' }, database.dataSource)).count,
    ).toBe(0);
    expect(
      (await runSql(findFixtureSteps, { subjectId: 'count-1' }, database.dataSource)).map((row) => row.summary),
    ).toEqual(['renamed', 'renamed', 'renamed']);

    const deleted = await database.dataSource.transaction((manager) =>
      runSqlCounted(deleteFixtureSteps, { subjectId: 'count-1' }, manager),
    );
    expect(deleted.count).toBe(3);
    expect((await runSqlCounted(deleteFixtureSteps, { subjectId: 'count-1' }, database.dataSource)).count).toBe(0);
  });

  it('answers a date as the calendar day string its generated type says, whatever the time zone; a timestamptz as a Date', async () => {
    const row = await runSqlOne(fixtureDates, { day: '2026-12-31', at: '2026-12-31T23:30:00Z' }, database.dataSource);
    expect(row).toEqual({
      day: '2026-12-31',
      next_day: '2027-01-01',
      days: ['2026-12-31', '2026-12-30'],
      at: new Date('2026-12-31T23:30:00Z'),
    });
    const day: string = row!.day;
    expect(typeof day).toBe('string');
  });

  it('runSqlOne answers the one row or undefined, and refuses two', async () => {
    expect(await runSqlOne(findFixtureSteps, { subjectId: 'one-1' }, database.dataSource)).toBeUndefined();
    await runSql(insertFixtureStep, { subjectId: 'one-1', step: 'a', summary: 'one' }, database.dataSource);
    expect(await runSqlOne(findFixtureSteps, { subjectId: 'one-1' }, database.dataSource)).toMatchObject({
      subject_id: 'one-1',
      step: 'a',
    });
    await runSql(insertFixtureStep, { subjectId: 'one-1', step: 'b', summary: 'two' }, database.dataSource);
    await expect(runSqlOne(findFixtureSteps, { subjectId: 'one-1' }, database.dataSource)).rejects.toThrow(
      'expected at most one row, got 2',
    );
  });

  it('runSqlChanged answers whether the statement changed a row', async () => {
    await runSql(insertFixtureStep, { subjectId: 'changed-1', step: 'a', summary: 'one' }, database.dataSource);
    expect(
      await runSqlChanged(renameFixtureSteps, { subjectId: 'changed-1', summary: 'renamed' }, database.dataSource),
    ).toBe(true);
    expect(
      await runSqlChanged(renameFixtureSteps, { subjectId: 'nobody', summary: 'renamed' }, database.dataSource),
    ).toBe(false);
  });

  it('runSqlOne with a mapping answers the row as mapped, and undefined (mapping nothing) when there is none', async () => {
    const seen: string[] = [];
    const toStep = (row: { subject_id: string; step: string }) => {
      seen.push(row.subject_id);
      return `${row.subject_id}/${row.step}`;
    };
    expect(await runSqlOne(findFixtureSteps, { subjectId: 'map-1' }, database.dataSource, toStep)).toBeUndefined();
    expect(seen).toEqual([]);
    await runSql(insertFixtureStep, { subjectId: 'map-1', step: 'a', summary: 'one' }, database.dataSource);
    expect(await runSqlOne(findFixtureSteps, { subjectId: 'map-1' }, database.dataSource, toStep)).toBe('map-1/a');
  });

  it('existingRow answers the row found, and an error naming what is missing instead of undefined', async () => {
    await runSql(insertFixtureStep, { subjectId: 'exists-1', step: 'a', summary: 'one' }, database.dataSource);
    const find = (subjectId: string) => runSqlOne(findFixtureSteps, { subjectId }, database.dataSource);
    expect(await existingRow(find('exists-1'), 'Step exists-1')).toMatchObject({ step: 'a' });
    await expect(existingRow(find('nobody'), 'Step nobody')).rejects.toThrow('Step nobody not found');
  });
  it('reports a connection the database resets while it is taken as a QueryFailedError, so that callers see the database in it', async () => {
    // A loopback proxy to the real server: it passes the first connection through, then resets
    // every new one (the server going down between two queries).
    const target = new URL(database.url);
    let resetting = false;
    const sockets = new Set<Socket>();
    const proxy: Server = createServer((client) => {
      sockets.add(client);
      if (resetting) return client.resetAndDestroy();
      const upstream = connect(Number(target.port || 5432), target.hostname);
      sockets.add(upstream);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as { port: number }).port;
    const throughProxy = new DataSource({
      type: 'postgres',
      url: Object.assign(new URL(database.url), { host: `127.0.0.1:${port}` }).toString(),
      extra: { idleTimeoutMillis: 50 },
    });
    try {
      await throughProxy.initialize();
      expect(await runSql(findFixtureSteps, { subjectId: 'none' }, throughProxy)).toEqual([]);
      resetting = true;
      // The pool's idle connection closes; the next query needs a new one, which is reset.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const failure = await runSql(findFixtureSteps, { subjectId: 'none' }, throughProxy).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(QueryFailedError);
      expect((failure as QueryFailedError & { driverError: { code?: string } }).driverError.code).toBe('ECONNRESET');
    } finally {
      for (const socket of sockets) socket.destroy();
      await throughProxy.destroy().catch(() => undefined);
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});
