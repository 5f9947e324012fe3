import { ConflictException } from '@nestjs/common';
import { HumanStep, takeHumanStepThroughWorkflow } from './request-ledger';
import { humanStepsOf, idleTransactions } from './testing/ledgers';
import { useTestDataSource } from './testing/test-data-source';

const step = (subjectId: string, request: unknown = { decision: 'grant' }): HumanStep => ({
  subjectType: 'application',
  subjectId,
  step: 'decision',
  request,
  actor: 'exec-1',
  summary: 'granted',
});

describe('human steps handed to a workflow (real PostgreSQL)', () => {
  const database = useTestDataSource('ledger');

  const openTransactions = (): Promise<number> => idleTransactions(database.dataSource);

  it('holds no transaction while the workflow works; a concurrent request answers 409 in progress at once; a repeat answers the stored answer', async () => {
    let release!: (answer: { stage: string }) => void;
    const updateIds: string[] = [];
    const seen: { openTransactions?: number; concurrent?: unknown } = {};
    const first = takeHumanStepThroughWorkflow(database.dataSource, step('a-1'), {
      leaseSeconds: 60,
      send: async (updateId) => {
        updateIds.push(updateId);
        seen.openTransactions = await openTransactions();
        const started = Date.now();
        seen.concurrent = await takeHumanStepThroughWorkflow(database.dataSource, step('a-1'), {
          leaseSeconds: 60,
          send: async () => ({ stage: 'twice' }),
        }).catch((error: Error) => ({ error, ms: Date.now() - started }));
        return new Promise((resolve) => (release = resolve));
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    release({ stage: 'granted' });
    await expect(first).resolves.toEqual({ answer: { stage: 'granted' }, repeated: false });
    expect(seen.openTransactions).toBe(0);
    const concurrent = seen.concurrent as { error: Error; ms: number };
    expect(concurrent.error).toBeInstanceOf(ConflictException);
    expect(concurrent.error.message).toMatch(/in progress/);
    expect(concurrent.ms).toBeLessThan(2000);
    expect(updateIds[0]).toMatch(/^application:a-1:decision:[0-9a-f]{64}$/);

    const send = jest.fn();
    await expect(
      takeHumanStepThroughWorkflow(database.dataSource, step('a-1'), { leaseSeconds: 60, send }),
    ).resolves.toEqual({
      answer: { stage: 'granted' },
      repeated: true,
    });
    expect(send).not.toHaveBeenCalled();
    await expect(
      takeHumanStepThroughWorkflow(database.dataSource, step('a-1', { decision: 'refuse' }), {
        leaseSeconds: 60,
        send,
      }),
    ).rejects.toThrow(/already taken: granted .* by exec-1/);
  });

  it('a workflow that does not answer within the deadline leaves a claim; after the lease the same request goes again under the same update id', async () => {
    const updateIds: string[] = [];
    await expect(
      takeHumanStepThroughWorkflow(database.dataSource, step('a-2'), {
        leaseSeconds: 1,
        deadlineMs: 200,
        send: (updateId) => (updateIds.push(updateId), new Promise(() => undefined)),
      }),
    ).rejects.toThrow(/did not answer .* within 200 ms/);
    expect(await openTransactions()).toBe(0);
    await expect(
      takeHumanStepThroughWorkflow(database.dataSource, step('a-2'), { leaseSeconds: 1, send: async () => 'no' }),
    ).rejects.toThrow(/in progress/);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const recorded = jest.fn(async () => undefined);
    await expect(
      takeHumanStepThroughWorkflow(database.dataSource, step('a-2'), {
        leaseSeconds: 1,
        send: async (updateId) => (updateIds.push(updateId), 'granted'),
        record: recorded,
      }),
    ).resolves.toEqual({ answer: 'granted', repeated: false });
    expect(updateIds).toHaveLength(2);
    expect(updateIds[1]).toBe(updateIds[0]);
    expect(recorded).toHaveBeenCalledTimes(1);
  });

  it('a refusal of the workflow drops the claim, so a corrected request can follow', async () => {
    await expect(
      takeHumanStepThroughWorkflow(database.dataSource, step('a-3'), {
        leaseSeconds: 60,
        send: async () => Promise.reject(new ConflictException('Decision refused: not in this stage')),
      }),
    ).rejects.toThrow(/refused/);
    expect(await humanStepsOf(database.dataSource, 'a-3')).toHaveLength(0);
    await expect(
      takeHumanStepThroughWorkflow(database.dataSource, step('a-3', { decision: 'refuse' }), {
        leaseSeconds: 60,
        send: async () => 'refused',
      }),
    ).resolves.toEqual({ answer: 'refused', repeated: false });
  });

  it('a series (lifecycle actions) has one claim at a time and records each action taken', async () => {
    const lifecycle = (action: string): HumanStep => ({
      subjectType: 'authorisation',
      subjectId: 'MN-1',
      series: 'lifecycle',
      step: action,
      request: { action },
      actor: 'officer-1',
      summary: action,
    });
    await takeHumanStepThroughWorkflow(database.dataSource, lifecycle('confirm'), {
      leaseSeconds: 60,
      send: async () => 'confirmed',
    });
    await expect(
      takeHumanStepThroughWorkflow(database.dataSource, lifecycle('confirm'), { leaseSeconds: 60, send: jest.fn() }),
    ).resolves.toEqual({ answer: 'confirmed', repeated: true });
    await takeHumanStepThroughWorkflow(database.dataSource, lifecycle('suspend'), {
      leaseSeconds: 60,
      send: async () => 'suspended',
    });
    const rows = await humanStepsOf(database.dataSource, 'MN-1');
    expect(rows.map((row) => [row.step.replace(/:\d+$/, ''), row.state])).toEqual([
      ['lifecycle:confirm', 'done'],
      ['lifecycle:suspend', 'done'],
    ]);
  });
});
