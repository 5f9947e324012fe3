import { ConflictException } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { PILOT_LIMITS } from '@aeo/workflows';
import { milestoneIdOf, milestoneStepOf, roomForMilestone, workflowInputOf } from './pilot-plan';
import { refuseUnlaunched } from './pilots.activities';

const pilot = {
  id: '6a0e8d52-4f0c-4b8e-9d44-1f7e2b0c9a11',
  code: 'PILOT-2027',
  title: 'AEO pilot 2027',
  startsOn: '2027-01-01',
  endsOn: '2027-06-30',
  reminderDays: 7,
  escalationGraceDays: 14,
};
const milestones = (count: number) =>
  Array.from({ length: count }, (_, n) => ({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    title: `Milestone ${n}`,
    workstream: 'companies' as const,
    dueOn: '2027-03-01',
    owner: 'policy.unit.oyun',
  }));
const body = { title: 'Staff trained', workstream: 'training' as const, dueOn: '2027-02-01', owner: 'officer.bat' };

describe('a planned pilot as its workflow takes it', () => {
  it('has room for milestones up to the workflow’s limit, and a 409 naming milestones at it', () => {
    expect(() => roomForMilestone(pilot.code, PILOT_LIMITS.milestones - 1)).not.toThrow();
    expect(() => roomForMilestone(pilot.code, PILOT_LIMITS.milestones)).toThrow(ConflictException);
    expect(() => roomForMilestone(pilot.code, PILOT_LIMITS.milestones)).toThrow(/^milestones: /);
  });

  it('is started with the input the workflow accepts, and refused (409 naming the field) with one it would refuse', () => {
    const input = workflowInputOf(pilot, milestones(PILOT_LIMITS.milestones));
    expect(input).toMatchObject({ pilotId: pilot.id, code: 'PILOT-2027', reminderDays: 7, escalationGraceDays: 14 });
    expect(input.milestones).toHaveLength(PILOT_LIMITS.milestones);
    expect(input.milestones[0]).toEqual({
      milestoneId: '00000000-0000-4000-8000-000000000000',
      title: 'Milestone 0',
      workstream: 'companies',
      dueOn: '2027-03-01',
      owner: 'policy.unit.oyun',
      status: 'open',
      reminded: false,
    });
    const tooMany = () => workflowInputOf(pilot, milestones(PILOT_LIMITS.milestones + 1));
    expect(tooMany).toThrow(ConflictException);
    expect(tooMany).toThrow(/milestones: /);
    expect(() => workflowInputOf({ ...pilot, reminderDays: PILOT_LIMITS.days + 1 }, [])).toThrow(/reminderDays: /);
  });

  it('names a milestone by its content: the same body is the same step and milestone, another body another', () => {
    const id = milestoneIdOf(pilot.id, body);
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(milestoneIdOf(pilot.id, { ...body })).toBe(id);
    expect(milestoneIdOf(pilot.id, { ...body, title: 'Staff trained again' })).not.toBe(id);
    expect(milestoneIdOf('0c5b1a3e-8a37-4d2f-b1e4-7a9f0d3c2e55', body)).not.toBe(id);
    expect(
      milestoneStepOf({ owner: body.owner, dueOn: body.dueOn, workstream: body.workstream, title: body.title }),
    ).toBe(milestoneStepOf(body));
    expect(milestoneStepOf({ ...body, kpiCode: 'certification-time-median', kpiTarget: 80 })).not.toBe(
      milestoneStepOf(body),
    );
  });
});

describe('the pilot workflow’s steps', () => {
  const start = { step: 'start' as const, pilotId: pilot.id, by: 'system', byRoles: [] };
  const refusal = (run: () => void) => {
    try {
      run();
    } catch (error) {
      return error as ApplicationFailure;
    }
    return undefined;
  };

  it('are refused for good on a pilot never started or cancelled', () => {
    const unlaunched = refusal(() => refuseUnlaunched({ code: 'P', status: 'planned', launchedAt: null }, start));
    expect(unlaunched).toMatchObject({ type: 'IllegalTransition', nonRetryable: true });
    const cancelled = refusal(() =>
      refuseUnlaunched({ code: 'P', status: 'cancelled', launchedAt: new Date() }, { ...start, step: 'end' }),
    );
    expect(cancelled).toMatchObject({ type: 'IllegalTransition', nonRetryable: true });
  });

  it('are taken on a launched pilot, and a repeated cancel finds nothing to refuse', () => {
    expect(() => refuseUnlaunched({ code: 'P', status: 'planned', launchedAt: new Date() }, start)).not.toThrow();
    expect(() =>
      refuseUnlaunched(
        { code: 'P', status: 'cancelled', launchedAt: new Date() },
        { ...start, step: 'cancel', reason: 'x' },
      ),
    ).not.toThrow();
  });
});
