import { HumanStep, takeHumanStepOnce, voidHumanStep } from './request-ledger';
import { humanStepsOf } from './testing/ledgers';
import { useTestDataSource } from './testing/test-data-source';

const decision = (subjectId: string, request: unknown = { decision: 'grant' }, actor = 'exec-1'): HumanStep => ({
  subjectType: 'application',
  subjectId,
  step: 'decision',
  request,
  actor,
  summary: 'granted',
});
const lifecycle = (action: string, request: unknown = { action }): HumanStep => ({
  subjectType: 'authorisation',
  subjectId: 'MN-9',
  series: 'lifecycle',
  step: action,
  request,
  actor: 'officer-1',
  summary: action,
});

describe('human steps taken once in one transaction (real PostgreSQL)', () => {
  const database = useTestDataSource('ledger_once');

  it('applies a step once: the same request answers the first answer, another one (or the same from another person) 409 naming who took it', async () => {
    const apply = jest.fn(async () => ({ stage: 'granted' }));
    await expect(takeHumanStepOnce(database.dataSource, decision('b-1'), apply)).resolves.toEqual({
      answer: { stage: 'granted' },
      repeated: false,
    });
    await expect(takeHumanStepOnce(database.dataSource, decision('b-1'), apply)).resolves.toEqual({
      answer: { stage: 'granted' },
      repeated: true,
    });
    await expect(
      takeHumanStepOnce(database.dataSource, decision('b-1', { decision: 'refuse' }), apply),
    ).rejects.toThrow(/The decision step of application b-1 was already taken: granted on .* by exec-1/);
    await expect(
      takeHumanStepOnce(database.dataSource, decision('b-1', { decision: 'grant' }, 'exec-2'), apply),
    ).rejects.toThrow(/already taken: granted on .* by exec-1/);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('rolls the step back with its effect when apply fails, so it can be taken again', async () => {
    await expect(
      takeHumanStepOnce(database.dataSource, decision('b-2'), async () => Promise.reject(new Error('effect failed'))),
    ).rejects.toThrow('effect failed');
    await expect(takeHumanStepOnce(database.dataSource, decision('b-2'), async () => 'granted')).resolves.toEqual({
      answer: 'granted',
      repeated: false,
    });
  });

  it('in a series only the latest step counts: a repeat of it is a repeat, an earlier kind of step may come again', async () => {
    await takeHumanStepOnce(database.dataSource, lifecycle('suspend'), async () => 'suspended');
    await expect(takeHumanStepOnce(database.dataSource, lifecycle('suspend'), async () => 'again')).resolves.toEqual({
      answer: 'suspended',
      repeated: true,
    });
    await expect(
      takeHumanStepOnce(
        database.dataSource,
        lifecycle('suspend', { action: 'suspend', reason: 'other' }),
        async () => 'again',
      ),
    ).rejects.toThrow(/already taken/);
    await takeHumanStepOnce(database.dataSource, lifecycle('reinstate'), async () => 'reinstated');
    await expect(
      takeHumanStepOnce(database.dataSource, lifecycle('suspend'), async () => 'suspended again'),
    ).resolves.toEqual({
      answer: 'suspended again',
      repeated: false,
    });
    const rows = await humanStepsOf(database.dataSource, 'MN-9');
    expect(rows.map((row) => row.step.replace(/:\d+$/, ''))).toEqual([
      'lifecycle:suspend',
      'lifecycle:reinstate',
      'lifecycle:suspend',
    ]);
  });

  it('a revisable step takes another request, and a voided step may be taken anew', async () => {
    const plan = (periodDays: number): HumanStep => ({
      ...decision('b-3', { periodDays }),
      step: 'plan',
      revisable: true,
    });
    await takeHumanStepOnce(database.dataSource, plan(30), async () => 30);
    await expect(takeHumanStepOnce(database.dataSource, plan(60), async () => 60)).resolves.toEqual({
      answer: 60,
      repeated: false,
    });
    await expect(takeHumanStepOnce(database.dataSource, plan(60), async () => 0)).resolves.toEqual({
      answer: 60,
      repeated: true,
    });

    expect(
      await database.dataSource.transaction((manager) =>
        voidHumanStep(manager, { subjectType: 'application', subjectId: 'b-3', step: 'plan' }),
      ),
    ).toBe(1);
    expect(
      await voidHumanStep(database.dataSource.manager, { subjectType: 'application', subjectId: 'b-3', step: 'plan' }),
    ).toBe(0);
    await expect(takeHumanStepOnce(database.dataSource, plan(60), async () => 61)).resolves.toEqual({
      answer: 61,
      repeated: false,
    });
  });
});
