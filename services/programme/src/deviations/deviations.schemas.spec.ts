import { ArgumentMetadata, BadRequestException } from '@nestjs/common';
import { PlatformValidationPipe } from '@aeo/service-kit';
import { DEVIATION_STEP_LIMITS, deviationStepSchema, latestDueDate } from '@aeo/workflows';
import { AnalysisDto, CloseDto, PlanDto, ReplanDto, StartImplementationDto, ActionDoneDto } from './deviations.schemas';

const DAY_MS = 86_400_000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const action = (dueDate = dateIn(30)) => ({ description: 'Assign a second validator', owner: 'HR unit', dueDate });

/** What the API answers a body with: the value the route gets, or the 400's issues. */
async function validate(dto: unknown, body: unknown): Promise<string[]> {
  const metadata = { type: 'body', metatype: dto } as ArgumentMetadata;
  try {
    await new PlatformValidationPipe().transform(body, metadata);
    return [];
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    return (error.getResponse() as { issues: string[] }).issues;
  }
}

describe('deviation step bodies', () => {
  it.each(['2099-02-31', '2099-04-31', '2099-02-29', '2100-02-29', '2099-13-01', '99-02-01', 'tomorrow'])(
    'refuses a due date that is no day of the calendar (%s), naming the action’s field, in a plan and a re-plan',
    async (dueDate) => {
      // Far enough ahead that only the calendar refuses it (a pattern-only check let 2099-02-31 through).
      const impossible = dueDate;
      const plan = await validate(PlanDto, { actions: [action(), action(impossible)] });
      expect(plan).toHaveLength(1);
      expect(plan[0]).toMatch(/^actions\.1\.dueDate: must be (a day of the calendar|a date such as)/);
      const replan = await validate(ReplanDto, { decision: 'Move it', actions: [action(impossible)] });
      expect(replan[0]).toMatch(/^actions\.0\.dueDate: /);
      // The workflow's own step schema refuses it too (one definition).
      const step = deviationStepSchema.safeParse({ step: 'record-plan', by: 'p', actions: [action(impossible)] });
      expect(step.success).toBe(false);
      expect(step.error!.issues[0]!.path).toEqual(['actions', 0, 'dueDate']);
    },
  );

  it('takes a leap day and today; refuses a past due date at the API (400 naming it)', async () => {
    const leapYear = [0, 1, 2, 3, 4].map((n) => new Date().getUTCFullYear() + 1 + n).find((y) => y % 4 === 0)!;
    expect(await validate(PlanDto, { actions: [action(`${leapYear}-02-29`), action(dateIn(0))] })).toEqual([]);
    expect(await validate(PlanDto, { actions: [action(dateIn(-1))] })).toEqual([
      `actions.0.dueDate: must not be in the past (today is ${dateIn(0)}, UTC)`,
    ]);
    expect(await validate(ReplanDto, { decision: 'x', actions: [action(), action('2020-01-01')] })).toEqual([
      `actions.1.dueDate: must not be in the past (today is ${dateIn(0)}, UTC)`,
    ]);
  });

  it('refuses a due date more than the years allowed ahead (9999-12-31), naming it; takes the last day allowed', async () => {
    const latest = latestDueDate(dateIn(0));
    expect(await validate(PlanDto, { actions: [action(latest)] })).toEqual([]);
    expect(await validate(ReplanDto, { decision: 'x', actions: [action('9999-12-31')] })).toEqual([
      `actions.0.dueDate: must be at most ${DEVIATION_STEP_LIMITS.dueYearsAhead} years ahead (${latest} at the latest)`,
    ]);
  });

  it('bounds every list and text of a step, naming the field', async () => {
    const L = DEVIATION_STEP_LIMITS;
    const long = (n: number) => 'я'.repeat(n + 1);
    const many = Array.from({ length: L.actions + 1 }, () => action());
    expect(await validate(PlanDto, { actions: many })).toEqual([expect.stringMatching(/^actions: .*(20|at most)/)]);
    expect(await validate(PlanDto, { actions: [] })).toEqual([expect.stringMatching(/^actions: /)]);
    const cases: [unknown, unknown, string][] = [
      [PlanDto, { actions: [{ ...action(), description: long(L.description) }] }, 'actions.0.description'],
      [PlanDto, { actions: [{ ...action(), owner: long(L.owner) }] }, 'actions.0.owner'],
      [ReplanDto, { decision: long(L.decision), actions: [action()] }, 'decision'],
      [AnalysisDto, { rootCause: long(L.rootCause), owner: 'x' }, 'rootCause'],
      [AnalysisDto, { rootCause: 'x', owner: long(L.owner) }, 'owner'],
      [StartImplementationDto, { note: long(L.note) }, 'note'],
      [ActionDoneDto, { evidence: long(L.evidence) }, 'evidence'],
      [CloseDto, { decision: long(L.decision) }, 'decision'],
    ];
    for (const [dto, body, field] of cases)
      expect(await validate(dto, body)).toEqual([
        expect.stringMatching(new RegExp(`^${field.replace(/\./g, '\\.')}: `)),
      ]);
  });

  it('keeps the largest plan and re-plan the schema takes under the JSON body limit (100 KB), even in 3-byte characters', async () => {
    const L = DEVIATION_STEP_LIMITS;
    // U+0905 is three bytes in UTF-8 (Cyrillic is two).
    const full = (n: number) => 'अ'.repeat(n);
    const actions = Array.from({ length: L.actions }, () => ({
      description: full(L.description),
      owner: full(L.owner),
      dueDate: dateIn(30),
    }));
    const replan = { decision: full(L.decision), actions };
    expect(await validate(ReplanDto, replan)).toEqual([]);
    expect(await validate(PlanDto, { actions })).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(replan))).toBeLessThan(100 * 1024);
  });
});
