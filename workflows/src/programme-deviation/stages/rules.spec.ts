import {
  DEVIATION_STEP_LIMITS,
  latestDueDate,
  type DeviationStep,
  type ImprovementAction,
  type ProgrammeDeviationState,
} from '../programme-deviation.contract';
import { arrivalRefusalOf, refusalOf } from './rules';

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
    expect(arrivalRefusalOf(caseIn('improvement-plan', planned(most - 5)), plan(5))).toBeUndefined();
    expect(arrivalRefusalOf(caseIn('improvement-plan', planned(most - 5)), plan(6))).toBe(
      `the case has had ${most - 5} actions planned and takes at most ${most} in all (superseded ones count): this plan of 6 is too many`,
    );
    expect(arrivalRefusalOf(caseIn('escalated', planned(most)), { ...plan(1), step: 'replan', decision: 'x' })).toMatch(
      /takes at most/,
    );
  });

  it('leaves the cap on actions to new steps: the handler (re-run on replay) takes a plan a case accepted before it', () => {
    const most = DEVIATION_STEP_LIMITS.plannedActions;
    expect(refusalOf(caseIn('improvement-plan', planned(most)), plan(20))).toBeUndefined();
  });

  it('refuses a new due date more than the years allowed ahead', () => {
    const today = new Date(Date.now()).toISOString().slice(0, 10);
    const latest = latestDueDate(today);
    const at = (due: string) => ({ ...plan(1), actions: [{ ...plan(1).actions[0], dueDate: due }] });
    expect(arrivalRefusalOf(caseIn('improvement-plan', []), at(latest))).toBeUndefined();
    expect(arrivalRefusalOf(caseIn('improvement-plan', []), at('9999-12-31'))).toBe(
      `action 1's due date 9999-12-31 is more than ${DEVIATION_STEP_LIMITS.dueYearsAhead} years ahead (at most ${latest})`,
    );
    expect(latestDueDate('2026-12-01')).toBe(`${2026 + DEVIATION_STEP_LIMITS.dueYearsAhead}-12-01`);
  });
});
