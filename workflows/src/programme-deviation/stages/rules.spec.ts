import {
  DEVIATION_STEP_LIMITS,
  type DeviationStep,
  type ImprovementAction,
  type ProgrammeDeviationState,
} from '../programme-deviation.contract';
import { refusalOf } from './rules';

const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const planned = (count: number): ImprovementAction[] =>
  Array.from({ length: count }, (_, i) => ({
    actionId: `A${i + 1}`,
    description: 'Weekly backlog review',
    owner: 'Validation unit',
    dueDate,
    status: 'superseded',
  }));
const caseIn = (phase: ProgrammeDeviationState['phase'], actions: ImprovementAction[]) =>
  ({ phase, actions }) as ProgrammeDeviationState;
const plan = (count: number): Extract<DeviationStep, { step: 'record-plan' }> => ({
  step: 'record-plan',
  by: 'policy.unit.oyun',
  byRoles: [],
  actions: Array.from({ length: count }, () => ({ description: 'Assign validators', owner: 'HR unit', dueDate })),
});

describe('deviation step refusals', () => {
  it('bounds the actions a case takes in all, superseded ones included (each plan keeps the ones it replaces)', () => {
    const most = DEVIATION_STEP_LIMITS.plannedActions;
    expect(refusalOf(caseIn('improvement-plan', planned(most - 5)), plan(5))).toBeUndefined();
    expect(refusalOf(caseIn('improvement-plan', planned(most - 5)), plan(6))).toBe(
      `the case has had ${most - 5} actions planned and takes at most ${most} in all (superseded ones count): this plan of 6 is too many`,
    );
    expect(refusalOf(caseIn('escalated', planned(most)), { ...plan(1), step: 'replan', decision: 'x' })).toMatch(
      /takes at most/,
    );
  });
});
