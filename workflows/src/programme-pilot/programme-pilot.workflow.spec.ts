import { WorkflowExecutionAlreadyStartedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure, defaultPayloadConverter } from '@temporalio/common';
import { updateRefusal } from '@aeo/testing';
import { TASK_QUEUES } from '../shared/task-queues';
import { POISON, refusingPoison } from '../shared/testing/fakes';
import { DAY_MS, untilState, useWorkflowTestbed } from '../shared/testing/testbed';
import {
  FAILURE_TYPES,
  PILOT_ID_REUSE_POLICY,
  type PilotFinalReportApproval,
  type PilotFinalReportFollowUp,
  type PilotFinalReportFollowUpRefusal,
  type PilotStepInput,
  type PilotStepRecord,
  type ProgrammePilotInput,
  type ProgrammePilotState,
  approveFinalReportUpdate,
  pilotStepUpdate,
  pilotWorkflowId,
  programmePilotStateQuery,
  programmePilotWorkflow,
} from '../index';

jest.setTimeout(240_000);

describe('programme pilot workflow (time-skipping)', () => {
  const testbed = useWorkflowTestbed(__dirname);
  const { recordHistory } = testbed;

  /** The programme service's activity, recording each step at the test server's clock (refusing POISON as PostgreSQL would). */
  const fakes = () => {
    const records: (PilotStepRecord & { at: number })[] = [];
    /** The stored final reports (the programme service's), by pilot. */
    const reports = new Map<string, { sequence: number; approvedBy?: string }[]>();
    /** Pilots whose report the service cannot make (a data error). */
    const unreportable = new Set<string>();
    /** How many more times the service refuses a pilot's follow-up step for good (`pilotId:step`). */
    const refusing = new Map<string, number>();
    /** The follow-up refusals the workflow reported (audited and alerted by the service). */
    const refusals: (PilotFinalReportFollowUpRefusal & { at: number })[] = [];
    const activities = {
      recordPilotStep: refusingPoison('recordPilotStep', async (input: PilotStepRecord) => {
        records.push({ ...input, at: await testbed.env.currentTimeMs() });
      }),
      producePilotFinalReport: async ({ pilotId }: { pilotId: string }) => {
        if (unreportable.has(pilotId))
          throw ApplicationFailure.nonRetryable('The pilot has no objectives', FAILURE_TYPES.invalidData);
        const mine = reports.get(pilotId) ?? [];
        if (mine.length === 0) mine.push({ sequence: 1 });
        reports.set(pilotId, mine);
        records.push({
          step: 'final-report-made',
          pilotId,
          by: 'system',
          byRoles: [],
          at: await testbed.env.currentTimeMs(),
        } as never);
        return { reportId: `${pilotId}-1`, sequence: 1 };
      },
      approvePilotFinalReport: async (input: PilotFinalReportApproval) => {
        const latest = reports.get(input.pilotId)?.at(-1);
        if (!latest)
          throw ApplicationFailure.nonRetryable(
            `Pilot ${input.pilotId} has no final report`,
            FAILURE_TYPES.invalidData,
          );
        latest.approvedBy = input.by;
        return { reportId: `${input.pilotId}-${latest.sequence}`, sequence: latest.sequence };
      },
      followUpPilotFinalReportApproval: async (input: PilotFinalReportFollowUp) => {
        const key = `${input.pilotId}:${input.step}`;
        const left = refusing.get(key) ?? 0;
        if (left > 0) {
          refusing.set(key, left - 1);
          throw ApplicationFailure.nonRetryable(
            'value too long for type character varying(200)',
            FAILURE_TYPES.invalidData,
          );
        }
        records.push({
          step: `final-report-approval-${input.step}`,
          pilotId: input.pilotId,
          daysWaiting: input.daysWaiting,
          by: 'system',
          byRoles: [],
          at: await testbed.env.currentTimeMs(),
        } as never);
        return { recorded: true };
      },
      recordPilotFinalReportFollowUpRefusal: async (input: PilotFinalReportFollowUpRefusal) => {
        refusals.push({ ...input, at: await testbed.env.currentTimeMs() });
      },
    };
    const label = (r: PilotStepRecord) => ('milestoneId' in r ? `${r.step}:${r.milestoneId.slice(0, 2)}` : r.step);
    return { records, reports, unreportable, refusing, refusals, activities, names: () => records.map(label) };
  };
  type Fakes = ReturnType<typeof fakes>;
  /** A record's step, also of the fakes' own records (the final report made, its approval followed up). */
  const stepOf = (r: { step: string }): string => r.step;
  const withWorkers = <T>(fake: Fakes, fn: () => Promise<T>): Promise<T> =>
    testbed.withActivities({ [TASK_QUEUES.programme]: fake.activities }, fn);

  let pilots = 0;
  const pilotId = () => `00000000-0000-4000-8000-${String(++pilots).padStart(12, '0')}`;
  /** Milestone ids whose first two characters name them in `names()`. */
  const M1 = '11111111-1111-4111-8111-111111111111';
  const M2 = '22222222-2222-4222-8222-222222222222';
  const M3 = '33333333-3333-4333-8333-333333333333';
  /** The calendar date `days` from the test server's now. */
  const dateIn = async (days: number) =>
    new Date((await testbed.env.currentTimeMs()) + days * DAY_MS).toISOString().slice(0, 10);
  /** The calendar day (UTC) of a time: a step is taken on its day (its timer fires at 00:00, the activity runs just after). */
  const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  /** The beginning (UTC) of the day `days` from the test server's today. */
  const dayStartIn = async (days: number) => Date.parse(`${await dateIn(days)}T00:00:00.000Z`);

  const input = async (overrides: Partial<ProgrammePilotInput> = {}): Promise<ProgrammePilotInput> => ({
    pilotId: pilotId(),
    code: 'PILOT-2027',
    title: 'AEO pilot 2027',
    startsOn: await dateIn(0),
    endsOn: await dateIn(60),
    milestones: [
      {
        milestoneId: M1,
        title: 'Companies invited',
        workstream: 'companies',
        dueOn: await dateIn(20),
        owner: 'policy.unit.oyun',
      },
      {
        milestoneId: M2,
        title: 'IT readiness test',
        workstream: 'it-readiness',
        dueOn: await dateIn(10),
        owner: 'it@customs.gov.mn',
      },
    ],
    ...overrides,
  });
  const start = (pilot: ProgrammePilotInput) =>
    testbed.env.client.workflow.start(programmePilotWorkflow, {
      taskQueue: TASK_QUEUES.certification,
      workflowId: pilotWorkflowId(pilot.pilotId),
      workflowIdReusePolicy: PILOT_ID_REUSE_POLICY,
      args: [pilot],
    });
  const step = (handle: WorkflowHandle, action: PilotStepInput): Promise<ProgrammePilotState> =>
    handle.executeUpdate(pilotStepUpdate, { args: [action] });
  const state = (handle: WorkflowHandle) => handle.query(programmePilotStateQuery);
  const untilStage = (handle: WorkflowHandle, stage: ProgrammePilotState['stage']) =>
    untilState(
      () => state(handle),
      (s) => s.stage === stage,
      `stage ${stage}`,
    );
  const policy = { by: 'policy.unit.oyun', byRoles: ['policy-unit'] };
  const executive = { by: 'executive.ganbold', byRoles: ['executive'] };
  const evidence = [{ title: 'Invitation letters', reference: 'https://docs.customs.gov.mn/pilot/invitations' }];

  it('reminds each milestone’s owner before it is due, marks it late after, escalates it after the grace period unless done', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const pilot = await input();
      const handle = await start(pilot);
      expect(handle.workflowId).toBe(`pilot-${pilot.pilotId}`);
      const running = await untilStage(handle, 'running');
      expect(running).toMatchObject({ reminderDays: 7, escalationGraceDays: 14, extensions: 0 });
      const reminderOfM2 = await dayStartIn(3);
      const lateOfM2 = await dayStartIn(11);
      const escalationOfM2 = await dayStartIn(25);
      const reminderOfM1 = await dayStartIn(13);

      // M2 is due in 10 days: its owner hears of it 7 days before, then it is late the day after its due date.
      await testbed.env.sleep('12 days');
      expect(fake.names()).toEqual(['start', 'milestone-due-soon:22', 'milestone-late:22']);
      expect(fake.records[1]).toMatchObject({ daysLeft: 7, by: 'system' });
      expect(dayOf(fake.records[1]!.at)).toBe(dayOf(reminderOfM2));
      expect(dayOf(fake.records[2]!.at)).toBe(dayOf(lateOfM2));
      expect((await state(handle)).milestones.map((m) => m.status)).toEqual(['open', 'late']);

      // M1 is reminded, then done before its due date: nothing more for it.
      await testbed.env.sleep('2 days');
      expect(fake.records.at(-1)).toMatchObject({ step: 'milestone-due-soon', milestoneId: M1 });
      expect(dayOf(fake.records.at(-1)!.at)).toBe(dayOf(reminderOfM1));
      const done = await step(handle, { step: 'complete-milestone', milestoneId: M1, evidence, ...policy });
      expect(done.milestones.map((m) => m.status)).toEqual(['done', 'late']);
      const again = await updateRefusal(
        step(handle, { step: 'complete-milestone', milestoneId: M1, evidence, ...policy }),
      );
      expect(again).toEqual({
        message: 'Milestone "Companies invited" is done already',
        type: FAILURE_TYPES.illegalTransition,
      });
      const malformed = await updateRefusal(
        step(handle, { step: 'complete-milestone', milestoneId: M1, evidence: [], ...policy }),
      );
      expect(malformed.type).toBe(FAILURE_TYPES.invalidInput);
      expect(malformed.message).toContain('evidence');

      // M2, late, goes to the executives 14 days after it became late.
      await testbed.env.sleep('12 days');
      expect(fake.names().slice(3)).toEqual(['milestone-due-soon:11', 'milestone-done:11', 'milestone-escalated:22']);
      expect(fake.records.at(-1)).toMatchObject({ graceDays: 14 });
      expect(dayOf(fake.records.at(-1)!.at)).toBe(dayOf(escalationOfM2));
      expect(fake.records[4]).toMatchObject({ evidence, by: policy.by, byRoles: policy.byRoles });
      // Done after its escalation: recorded as done.
      expect(
        (
          await step(handle, { step: 'complete-milestone', milestoneId: M2, evidence, note: 'late', ...policy })
        ).milestones.map((m) => m.status),
      ).toEqual(['done', 'done']);
      await recordHistory('milestones-reminded-late-escalated', handle);
      await handle.terminate('end of test');
    });
  });

  it('waits for its start date; an executive’s extension moves its end; at the end it awaits the final report’s approval, then closes', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const pilot = await input({ startsOn: await dateIn(5), endsOn: await dateIn(30), milestones: [] });
      const handle = await start(pilot);
      expect((await state(handle)).stage).toBe('scheduled');
      const startsAt = await dayStartIn(5);
      const dueOn = await dateIn(20);
      const planned = await step(handle, {
        step: 'plan-milestone',
        milestone: {
          milestoneId: M3,
          title: 'Evaluation questionnaire',
          workstream: 'evaluation',
          dueOn,
          owner: 'policy.unit.oyun',
        },
        ...policy,
      });
      expect(planned.milestones).toEqual([
        expect.objectContaining({ milestoneId: M3, status: 'open', reminded: false }),
      ]);
      const outside = await updateRefusal(
        step(handle, {
          step: 'plan-milestone',
          milestone: {
            milestoneId: M1,
            title: 'Too late',
            workstream: 'training',
            dueOn: await dateIn(40),
            owner: 'x',
          },
          ...policy,
        }),
      );
      expect(outside.message).toContain('A milestone is due within the pilot');
      // Before the start date nothing is done and a milestone cannot be reported done.
      const early = await updateRefusal(
        step(handle, { step: 'complete-milestone', milestoneId: M3, evidence, ...policy }),
      );
      expect(early.message).toBe('Milestones are reported done while the pilot runs (it is scheduled)');
      await testbed.env.sleep('6 days');
      expect(fake.names()).toEqual(['milestone-planned', 'start']);
      expect(dayOf(fake.records[1]!.at)).toBe(dayOf(startsAt));

      const newEnd = await dateIn(60);
      const byPolicyUnit = await updateRefusal(
        step(handle, { step: 'extend', endsOn: newEnd, reason: 'more time', ...policy }),
      );
      expect(byPolicyUnit).toEqual({
        message: 'Only an executive extends a pilot',
        type: FAILURE_TYPES.illegalTransition,
      });
      const earlier = await updateRefusal(
        step(handle, { step: 'extend', endsOn: pilot.endsOn, reason: 'x', ...executive }),
      );
      expect(earlier.message).toContain('must be after the current one');
      const extended = await step(handle, {
        step: 'extend',
        endsOn: newEnd,
        reason: 'Two companies joined late; the benefits test needs a full quarter',
        ...executive,
      });
      expect(extended).toMatchObject({ endsOn: newEnd, extensions: 1 });
      expect(fake.records.at(-1)).toMatchObject({
        step: 'extend',
        sequence: 1,
        previousEndsOn: pilot.endsOn,
        endsOn: newEnd,
      });
      const beforeEnd = await updateRefusal(handle.executeUpdate(approveFinalReportUpdate, { args: [executive] }));
      expect(beforeEnd.message).toBe('The final report is approved once the pilot has ended (it is running)');

      // Past the first end date the pilot still runs; it ends the day after the new one.
      await testbed.env.sleep('30 days');
      expect((await state(handle)).stage).toBe('running');
      const endsAt = Date.parse(`${newEnd}T00:00:00.000Z`) + DAY_MS;
      // The new end date is 60 days after the sixth day: the pilot ends on day 67.
      await testbed.env.sleep('32 days');
      await untilStage(handle, 'awaiting-final-report');
      // The pilot ends, then its final report is made the same day.
      expect(fake.records.slice(-2).map((r) => [r.step, dayOf(r.at)])).toEqual([
        ['end', dayOf(endsAt)],
        ['final-report-made', dayOf(endsAt)],
      ]);
      // The milestone M3 was never done: reminded, late and escalated on the way.
      expect(fake.names()).toEqual([
        'milestone-planned',
        'start',
        'extend',
        'milestone-due-soon:33',
        'milestone-late:33',
        'milestone-escalated:33',
        'end',
        'final-report-made',
      ]);
      expect(fake.reports.get(pilot.pilotId)).toEqual([{ sequence: 1 }]);
      const extendLate = await updateRefusal(
        step(handle, { step: 'extend', endsOn: await dateIn(90), reason: 'x', ...executive }),
      );
      expect(extendLate.message).toBe('A pilot is extended before it ends (it is awaiting-final-report)');
      const notExecutive = await updateRefusal(handle.executeUpdate(approveFinalReportUpdate, { args: [policy] }));
      expect(notExecutive.message).toBe('Only an executive approves the final report');
      const closed = await handle.executeUpdate(approveFinalReportUpdate, {
        args: [{ ...executive, note: 'Approved for the board' }],
      });
      expect(closed.stage).toBe('closed');
      await expect(handle.result()).resolves.toEqual({ pilotId: pilot.pilotId, outcome: 'closed' });
      expect(fake.records.at(-1)).toMatchObject({
        step: 'final-report-approved',
        note: 'Approved for the board',
        ...executive,
      });
      // The stored report is approved by the executive before the pilot closes.
      expect(fake.reports.get(pilot.pilotId)).toEqual([{ sequence: 1, approvedBy: executive.by }]);
      // (extended-ended-approved.json is the history from before the final report was made by the workflow.)
      await recordHistory('extended-ended-reported-approved', handle);
    });
  });

  it('a report that could not be made at the end: the approval is refused until one is made on demand', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const pilot = await input({ endsOn: await dateIn(2), milestones: [] });
      fake.unreportable.add(pilot.pilotId);
      const handle = await start(pilot);
      await testbed.env.sleep('4 days');
      await untilStage(handle, 'awaiting-final-report');
      expect(fake.names()).toEqual(['start', 'end']);
      const refused = await updateRefusal(handle.executeUpdate(approveFinalReportUpdate, { args: [executive] }));
      expect(refused.message).toContain('"final-report-approved" could not be recorded');
      expect(refused.message).toContain('has no final report');
      expect((await state(handle)).stage).toBe('awaiting-final-report');
      // The policy unit makes it on demand (the service stores it): now the approval closes the pilot.
      fake.reports.set(pilot.pilotId, [{ sequence: 1 }]);
      const closed = await handle.executeUpdate(approveFinalReportUpdate, { args: [executive] });
      expect(closed.stage).toBe('closed');
      expect(fake.reports.get(pilot.pilotId)).toEqual([{ sequence: 1, approvedBy: executive.by }]);
      expect(fake.names()).toEqual(['start', 'end', 'final-report-approved']);
    });
  });

  it('reminds the executives of the final report awaiting approval, then escalates it, each once; an approval stops them', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const pilot = await input({ endsOn: await dateIn(2), milestones: [] });
      const handle = await start(pilot);
      await testbed.env.sleep('4 days');
      await untilStage(handle, 'awaiting-final-report');
      expect(fake.names()).toEqual(['start', 'end', 'final-report-made']);
      const madeAt = fake.records.find((r) => r.pilotId === pilot.pilotId && stepOf(r) === 'final-report-made')!.at;
      // PILOT_FINAL_REPORT_APPROVAL_TIMING: the reminder 14 days after the report was made, the escalation 30 days after it.
      await testbed.env.sleep('13 days');
      expect(fake.names()).toEqual(['start', 'end', 'final-report-made', 'final-report-approval-reminder']);
      await testbed.env.sleep('20 days');
      expect(fake.names()).toEqual([
        'start',
        'end',
        'final-report-made',
        'final-report-approval-reminder',
        'final-report-approval-escalation',
      ]);
      expect(fake.records.slice(-2).map((r) => [dayOf(r.at), (r as { daysWaiting?: number }).daysWaiting])).toEqual([
        [dayOf(madeAt + 14 * DAY_MS), 14],
        [dayOf(madeAt + 30 * DAY_MS), 30],
      ]);
      expect((await state(handle)).stage).toBe('awaiting-final-report');
      await testbed.env.sleep('60 days');
      expect(fake.names()).toHaveLength(5);
      const closed = await handle.executeUpdate(approveFinalReportUpdate, { args: [executive] });
      expect(closed.stage).toBe('closed');
      await expect(handle.result()).resolves.toEqual({ pilotId: pilot.pilotId, outcome: 'closed' });
      expect(fake.names().at(-1)).toBe('final-report-approved');
      await recordHistory('ended-approval-reminded-escalated', handle);

      // Approved before its reminder: neither follow-up comes.
      const prompt = await input({ endsOn: await dateIn(2), milestones: [] });
      const promptHandle = await start(prompt);
      await testbed.env.sleep('4 days');
      await untilStage(promptHandle, 'awaiting-final-report');
      await promptHandle.executeUpdate(approveFinalReportUpdate, { args: [executive] });
      await expect(promptHandle.result()).resolves.toEqual({ pilotId: prompt.pilotId, outcome: 'closed' });
      expect(
        fake.records.filter((r) => r.pilotId === prompt.pilotId && r.step.startsWith('final-report-approval-')),
      ).toEqual([]);

      // A pilot that ended long ago (its report made only now): the reminder counts from the report, not the end.
      const old = await input({ startsOn: await dateIn(-90), endsOn: await dateIn(-40), milestones: [] });
      const oldHandle = await start(old);
      await untilStage(oldHandle, 'awaiting-final-report');
      const followUps = () =>
        fake.records.filter((r) => r.pilotId === old.pilotId && r.step.startsWith('final-report-approval-'));
      await testbed.env.sleep('13 days');
      expect(followUps()).toEqual([]);
      await testbed.env.sleep('2 days');
      expect(followUps().map((r) => r.step)).toEqual(['final-report-approval-reminder']);
      await oldHandle.executeUpdate(approveFinalReportUpdate, { args: [executive] });
      await expect(oldHandle.result()).resolves.toEqual({ pilotId: old.pilotId, outcome: 'closed' });
    });
  });

  it('tries a follow-up the service refuses for good again a day later, three times in all, each refusal reported', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const pilot = await input({ endsOn: await dateIn(2), milestones: [] });
      // The reminder is refused twice and then recorded; the escalation is refused every time.
      fake.refusing.set(`${pilot.pilotId}:reminder`, 2);
      fake.refusing.set(`${pilot.pilotId}:escalation`, 99);
      const handle = await start(pilot);
      await testbed.env.sleep('4 days');
      await untilStage(handle, 'awaiting-final-report');
      const madeAt = fake.records.find((r) => r.pilotId === pilot.pilotId && stepOf(r) === 'final-report-made')!.at;
      const followUps = () => fake.records.filter((r) => r.step.startsWith('final-report-approval-'));
      await testbed.env.sleep('13 days');
      expect(followUps()).toEqual([]);
      expect(fake.refusals.map((r) => [r.step, r.attempt, r.attempts, dayOf(r.at)])).toEqual([
        ['reminder', 1, 3, dayOf(madeAt + 14 * DAY_MS)],
      ]);
      expect(fake.refusals[0]).toMatchObject({
        pilotId: pilot.pilotId,
        failureType: FAILURE_TYPES.invalidData,
        retryAt: expect.any(String),
      });
      expect(fake.refusals[0]!.detail).toContain('value too long');
      await testbed.env.sleep('2 days');
      expect(followUps().map((r) => [r.step, dayOf(r.at), (r as { daysWaiting?: number }).daysWaiting])).toEqual([
        ['final-report-approval-reminder', dayOf(madeAt + 16 * DAY_MS), 16],
      ]);
      await testbed.env.sleep('20 days');
      // The escalation: refused on its day and the two days after, then given up (no retryAt) and not tried again.
      expect(fake.refusals.map((r) => [r.step, r.attempt, dayOf(r.at), r.retryAt === undefined])).toEqual([
        ['reminder', 1, dayOf(madeAt + 14 * DAY_MS), false],
        ['reminder', 2, dayOf(madeAt + 15 * DAY_MS), false],
        ['escalation', 1, dayOf(madeAt + 30 * DAY_MS), false],
        ['escalation', 2, dayOf(madeAt + 31 * DAY_MS), false],
        ['escalation', 3, dayOf(madeAt + 32 * DAY_MS), true],
      ]);
      expect(fake.refusing.get(`${pilot.pilotId}:escalation`)).toBe(96);
      expect(followUps()).toHaveLength(1);
      expect((await state(handle)).stage).toBe('awaiting-final-report');
      await handle.executeUpdate(approveFinalReportUpdate, { args: [executive] });
      await expect(handle.result()).resolves.toEqual({ pilotId: pilot.pilotId, outcome: 'closed' });
      await recordHistory('ended-approval-follow-ups-refused-retried', handle);
    });
  });

  it('carries a refused follow-up’s pending retry over a continue-as-new: its attempts and days go on where they were', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      // A milestone reminded at the start and late before the end lengthens the first run's history so
      // that it passes historyLimit (50) with the reminder's first refusal, and not before.
      const pilot = await input({
        endsOn: await dateIn(2),
        historyLimit: 50,
        milestones: [
          { milestoneId: M1, title: 'Companies invited', workstream: 'companies', dueOn: await dateIn(1), owner: 'x' },
        ],
      });
      fake.refusing.set(`${pilot.pilotId}:reminder`, 99);
      fake.refusing.set(`${pilot.pilotId}:escalation`, 1);
      const handle = await start(pilot);
      const firstRun = testbed.env.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId);
      await testbed.env.sleep('4 days');
      await untilStage(handle, 'awaiting-final-report');
      expect((await handle.describe()).runId).toBe(handle.firstExecutionRunId);
      const madeAt = fake.records.find((r) => r.pilotId === pilot.pilotId && stepOf(r) === 'final-report-made')!.at;
      const refusals = () => fake.refusals.map((r) => [r.step, r.attempt, r.attempts, dayOf(r.at), r.retryAt]);

      await testbed.env.sleep('13 days');
      const secondRun = await untilState(
        () => handle.describe(),
        (d) => d.runId !== handle.firstExecutionRunId,
        'a new run',
      );
      expect((await state(handle)).stage).toBe('awaiting-final-report');
      const reminderRetryAt = fake.refusals[0]?.retryAt;
      expect(refusals()).toEqual([['reminder', 1, 3, dayOf(madeAt + 14 * DAY_MS), reminderRetryAt]]);
      expect(dayOf(Date.parse(reminderRetryAt!))).toBe(dayOf(madeAt + 15 * DAY_MS));
      // The first run asked for the reminder once, was refused, and continued as new with the retry pending.
      const firstEvents = (await firstRun.fetchHistory()).events!;
      const asked = firstEvents.filter(
        (e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'followUpPilotFinalReportApproval',
      );
      expect(asked).toHaveLength(1);
      const continued = firstEvents.at(-1)!.workflowExecutionContinuedAsNewEventAttributes;
      const [nextInput] = continued!.input!.payloads!.map((p) => defaultPayloadConverter.fromPayload(p));
      expect((nextInput as ProgrammePilotInput).carried).toEqual({
        stage: 'awaiting-final-report',
        extensions: 0,
        approvalAwaitedSince: expect.any(Number),
        approvalFollowUps: [],
        approvalFollowUpRetries: [{ step: 'reminder', attempts: 1, retryAt: Date.parse(reminderRetryAt!) }],
      });

      // The new run neither asks again at its start nor counts from 1: attempts 2 and 3 on the two
      // days after the first, the third given up (no retryAt), and the reminder is not asked again.
      await testbed.env.sleep('3 days');
      expect(
        refusals().map(([step, attempt, attempts, day, retryAt]) => [step, attempt, attempts, day, !retryAt]),
      ).toEqual([
        ['reminder', 1, 3, dayOf(madeAt + 14 * DAY_MS), false],
        ['reminder', 2, 3, dayOf(madeAt + 15 * DAY_MS), false],
        ['reminder', 3, 3, dayOf(madeAt + 16 * DAY_MS), true],
      ]);
      expect(fake.refusing.get(`${pilot.pilotId}:reminder`)).toBe(96);
      // The escalation keeps its own clock (30 days after the report) and its own attempts.
      await testbed.env.sleep('15 days');
      expect(fake.refusals.slice(3).map((r) => [r.step, r.attempt, dayOf(r.at)])).toEqual([
        ['escalation', 1, dayOf(madeAt + 30 * DAY_MS)],
      ]);
      expect(
        fake.records
          .filter((r) => r.step.startsWith('final-report-approval-'))
          .map((r) => [r.step, dayOf(r.at), (r as { daysWaiting?: number }).daysWaiting]),
      ).toEqual([['final-report-approval-escalation', dayOf(madeAt + 31 * DAY_MS), 31]]);
      expect(fake.refusing.get(`${pilot.pilotId}:reminder`)).toBe(96);
      expect(fake.names()).toEqual([
        'start',
        'milestone-due-soon:11',
        'milestone-late:11',
        'end',
        'final-report-made',
        'final-report-approval-escalation',
      ]);
      await handle.executeUpdate(approveFinalReportUpdate, { args: [executive] });
      await expect(handle.result()).resolves.toEqual({ pilotId: pilot.pilotId, outcome: 'closed' });
      // The run that began with the reminder's retry carried over (it continued as new in turn after the
      // escalation's first refusal), replayed with the others.
      await recordHistory(
        'ended-approval-follow-up-retry-carried-over',
        testbed.env.client.workflow.getHandle(handle.workflowId, secondRun.runId),
      );
    });
  });

  it('is cancelled before its end; a second start under its id is refused', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const pilot = await input();
      const handle = await start(pilot);
      await untilStage(handle, 'running');
      await expect(start(pilot)).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
      // A value the service refuses for good: the step fails with nothing changed.
      const poisoned = await updateRefusal(step(handle, { step: 'cancel', reason: POISON, ...policy }));
      expect(poisoned.message).toContain('"cancel" could not be recorded');
      expect((await state(handle)).stage).toBe('running');
      const cancelled = await step(handle, { step: 'cancel', reason: 'The decree postponed the programme', ...policy });
      expect(cancelled.stage).toBe('cancelled');
      await expect(handle.result()).resolves.toEqual({ pilotId: pilot.pilotId, outcome: 'cancelled' });
      expect(fake.names()).toEqual(['start', 'cancel']);
      await recordHistory('cancelled', handle);
    });
  });

  it('continues as new when its history grows long, with its milestones, end date and extensions', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const pilot = await input({ historyLimit: 50, reminderDays: 0 });
      const handle = await start(pilot);
      await untilStage(handle, 'running');
      await step(handle, { step: 'extend', endsOn: await dateIn(70), reason: 'more time', ...executive });
      for (let day = 0; day < 4; day += 1)
        await step(handle, {
          step: 'plan-milestone',
          milestone: {
            milestoneId: `4444444${day}-4444-4444-8444-444444444444`,
            title: `Training session ${day}`,
            workstream: 'training',
            dueOn: await dateIn(30 + day),
            owner: 'trainer',
          },
          ...policy,
        });
      await testbed.env.sleep('12 days');
      const after = await untilState(
        async () => ({ first: (await handle.describe()).runId, state: await state(handle) }),
        (s) => s.first !== handle.firstExecutionRunId,
        'a new run',
      );
      expect(after.state).toMatchObject({ stage: 'running', endsOn: await dateIn(58), extensions: 1 });
      expect(after.state.milestones.map((m) => m.status)).toEqual(['open', 'late', 'open', 'open', 'open', 'open']);
      // The new run goes on where the first left off: M2 is escalated once, not late again.
      await testbed.env.sleep('14 days');
      expect(fake.names().filter((n) => n.endsWith(':22'))).toEqual([
        'milestone-due-soon:22',
        'milestone-late:22',
        'milestone-escalated:22',
      ]);
      await handle.terminate('end of test');
    });
  });
});
