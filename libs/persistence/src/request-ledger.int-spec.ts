import { ConflictException } from '@nestjs/common';
import { HumanStep, takeHumanStepThroughWorkflow } from './request-ledger';
import { lockHumanStepSubject } from './request-ledger.queries';
import { humanStepsOf, idleTransactions } from './testing/ledgers';
import { useTestDataSource } from './testing/test-data-source';
import { runSql } from './typed-sql';

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
    expect(updateIds[0]).toMatch(/^application:a-1:decision:0\.0:[0-9a-f]{64}$/);

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

  it('concurrent identical and different requests on one subject answer only 2xx or 409 (never a deadlock 500), and the step is taken once', async () => {
    const deviation = (subjectId: string, step: string, request: unknown = { step }): HumanStep => ({
      subjectType: 'programme-deviation',
      subjectId,
      series: 'deviation',
      step,
      request,
      actor: 'officer-1',
      summary: step,
    });
    // Per round: how many requests took the step, how many reached the workflow, and any answer other than 2xx/409.
    const rounds: { taken: number; sent: number; unexpected: string[]; steps: string[] }[] = [];
    for (let round = 0; round < 12; round += 1) {
      const subjectId = `d-${round}`;
      await takeHumanStepThroughWorkflow(database.dataSource, deviation(subjectId, 'plan'), {
        leaseSeconds: 60,
        send: async () => 'planned',
      });
      const sent: string[] = [];
      const requests = [
        ...Array.from({ length: 4 }, () => deviation(subjectId, 'analysis', { cause: 'A' })),
        ...Array.from({ length: 2 }, () => deviation(subjectId, 'analysis', { cause: 'B' })),
      ];
      const outcomes = await Promise.allSettled(
        requests.map((request) =>
          takeHumanStepThroughWorkflow(database.dataSource, request, {
            leaseSeconds: 60,
            send: async (updateId) => {
              sent.push(updateId);
              await new Promise((resolve) => setImmediate(resolve));
              return `analysed ${JSON.stringify(request.request)}`;
            },
          }),
        ),
      );
      const rows = await humanStepsOf(database.dataSource, subjectId);
      rounds.push({
        taken: outcomes.filter((outcome) => outcome.status === 'fulfilled' && !outcome.value.repeated).length,
        sent: sent.length,
        unexpected: outcomes.flatMap((outcome) =>
          outcome.status === 'rejected' && !(outcome.reason instanceof ConflictException)
            ? [String(outcome.reason)]
            : [],
        ),
        steps: rows.map((row) => `${row.step.replace(/:\d+$/, '')} ${row.state}`),
      });
    }
    expect(rounds).toEqual(
      rounds.map(() => ({
        taken: 1,
        sent: 1,
        unexpected: [],
        steps: ['deviation:plan done', 'deviation:analysis done'],
      })),
    );
  });

  it('a request that comes again after later steps gets a new update id: the workflow decides it anew instead of Temporal answering its first outcome', async () => {
    // Like Temporal: an update id already seen answers its first outcome; a new one asks the workflow.
    const outcomes = new Map<string, Promise<string>>();
    let stage = 'open';
    const workflow = (action: string) => (updateId: string) => {
      const known = outcomes.get(updateId);
      if (known) return known;
      const outcome =
        action === 'analysis' && stage === 'open'
          ? Promise.reject(new ConflictException(`analysis refused in stage ${stage}`))
          : Promise.resolve((stage = action === 'analysis' ? 'analysed' : 'planned'));
      outcomes.set(updateId, outcome);
      return outcome;
    };
    const deviation = (step: string): HumanStep => ({
      subjectType: 'programme-deviation',
      subjectId: 'dv-1',
      series: 'deviation',
      step,
      request: { step },
      actor: 'officer-1',
      summary: step,
      revisable: true,
    });
    const take = (step: string) =>
      takeHumanStepThroughWorkflow(database.dataSource, deviation(step), { leaseSeconds: 60, send: workflow(step) });

    await expect(take('analysis')).rejects.toThrow('analysis refused in stage open');
    await expect(take('plan')).resolves.toEqual({ answer: 'planned', repeated: false });
    await expect(take('analysis')).resolves.toEqual({ answer: 'analysed', repeated: false });
    expect(outcomes.size).toBe(3);
    const rows = await humanStepsOf(database.dataSource, 'dv-1');
    expect(rows.map((row) => `${row.step.replace(/:\d+$/, '')} ${row.state}`)).toEqual([
      'deviation:plan done',
      'deviation:analysis done',
    ]);
  });

  it('a ledger transaction that waits in vain for the subject (lock timeout) answers 409 to repeat, not 500', async () => {
    const holder = database.dataSource.createQueryRunner();
    await holder.startTransaction();
    try {
      await runSql(lockHumanStepSubject, { lockKey: 'human-step:application:a-9' }, holder.manager);
      const send = jest.fn();
      const attempt = takeHumanStepThroughWorkflow(database.dataSource, step('a-9'), { leaseSeconds: 60, send });
      await expect(attempt).rejects.toThrow(ConflictException);
      await expect(attempt).rejects.toThrow(/application a-9 is in progress .* repeat the request/);
      expect(send).not.toHaveBeenCalled();
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    await expect(
      takeHumanStepThroughWorkflow(database.dataSource, step('a-9'), { leaseSeconds: 60, send: async () => 'granted' }),
    ).resolves.toEqual({ answer: 'granted', repeated: false });
  }, 20_000); // the ledger waits 5 s for the subject's lock (SetLedgerLockTimeout)

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
