import { type WorkflowHandle, WorkflowFailedError, WorkflowUpdateStage } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { updateRefusal } from '@aeo/testing';
import { TASK_QUEUES } from '../shared/task-queues';
import { DAY_MS, untilState, useWorkflowTestbed } from '../shared/testing/testbed';
import {
  FAILURE_TYPES,
  PILOT_INVITATION_ID_REUSE_POLICY,
  type PilotInvitationInput,
  type PilotInvitationRecord,
  type PilotInvitationState,
  type PilotInvitationStepInput,
  type PilotRankingRequest,
  type PilotRankingResult,
  type PilotShortlistRecord,
  PILOT_SHORTLIST_ID_REUSE_POLICY,
  pilotInvitationStateQuery,
  pilotInvitationStepUpdate,
  pilotInvitationWorkflowId,
  pilotOverSignal,
  participantMoved,
  pilotShortlistWorkflowId,
  programmePilotInvitationWorkflow,
  programmePilotShortlistWorkflow,
} from '../index';

jest.setTimeout(240_000);

const PILOT = '5d0c7d5e-0b7e-4d55-9a43-1b0f5a8f1a01';

describe('pilot selection and invitation workflows (time-skipping)', () => {
  const testbed = useWorkflowTestbed(__dirname);
  const { recordHistory } = testbed;

  /** The programme's activities, recording each step at the test server's clock; the next shortlisted candidate is 3000003. */
  const fakes = () => {
    const records: (PilotInvitationRecord & { at: number })[] = [];
    const proposals: { replacing: string; ending: string }[] = [];
    const activities = {
      recordPilotInvitationStep: async (record: PilotInvitationRecord) => {
        records.push({ ...record, at: await testbed.env.currentTimeMs() });
      },
      proposePilotReplacement: async (input: { pilotId: string; replacing: string; ending: string }) => {
        proposals.push({ replacing: input.replacing, ending: input.ending });
        return { automatic: false, proposed: { taxpayerId: '3000003', rank: 3, shortlistId: PILOT } };
      },
    };
    return { records, proposals, activities, steps: () => records.map((r) => `${r.step}:${r.from}>${r.to}`) };
  };
  type Fakes = ReturnType<typeof fakes>;
  const withWorkers = <T>(fake: Fakes, fn: () => Promise<T>): Promise<T> =>
    testbed.withActivities({ [TASK_QUEUES.programme]: fake.activities }, fn);

  const input = (taxpayerId: string, answerDays?: number): PilotInvitationInput => ({
    pilotId: PILOT,
    taxpayerId,
    region: 'DARKHAN',
    ...(answerDays && { answerDays }),
  });
  const start = (invitation: PilotInvitationInput) =>
    testbed.env.client.workflow.start(programmePilotInvitationWorkflow, {
      taskQueue: TASK_QUEUES.certification,
      workflowId: pilotInvitationWorkflowId(invitation.pilotId, invitation.taxpayerId),
      workflowIdReusePolicy: PILOT_INVITATION_ID_REUSE_POLICY,
      args: [invitation],
    });
  const step = (handle: WorkflowHandle, action: PilotInvitationStepInput): Promise<PilotInvitationState> =>
    handle.executeUpdate(pilotInvitationStepUpdate, { args: [action] });
  const untilInvited = (handle: WorkflowHandle) =>
    untilState(
      () => handle.query(pilotInvitationStateQuery),
      (s) => s.answerDueAt !== undefined,
      'the invitation recorded',
    );
  const company = { by: 'operator-user-1', byRoles: ['operator-user'] };

  it('records comments, then the acceptance; nothing is proposed and later steps are refused', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const handle = await start(input('3000001'));
      const invited = await untilInvited(handle);
      expect(Date.parse(invited.answerDueAt!) - (await testbed.env.currentTimeMs())).toBeGreaterThan(13 * DAY_MS);
      await testbed.env.sleep('3 days');
      await step(handle, { step: 'comment', ...company, comment: 'Is the site visit shortened for pilot companies?' });
      await step(handle, { step: 'comment', ...company, comment: 'We need the criteria in English as well.' });
      const accepted = await step(handle, {
        step: 'accept',
        ...company,
        operatorId: '0b6f7f1e-3c55-4c1a-9d36-2f6a3f2c9e10',
      });
      expect(accepted).toMatchObject({ stage: 'accepted', comments: 2, answeredBy: 'operator-user-1' });
      expect(await handle.result()).toEqual({ outcome: 'accepted' });
      // The invitation has ended: a later answer finds no workflow to take it (the API answers 409).
      await expect(step(handle, { step: 'decline', ...company, reason: 'changed our mind' })).rejects.toThrow();
      await recordHistory('accepted', handle);
    });
    expect(fake.steps()).toEqual([
      'invite:chosen>invited',
      'comment:invited>invited',
      'comment:invited>invited',
      'accept:invited>accepted',
    ]);
    expect(fake.records.map((r) => r.sequence)).toEqual([1, 2, 3, 4]);
    expect(fake.records[3].details).toEqual({ operatorId: '0b6f7f1e-3c55-4c1a-9d36-2f6a3f2c9e10' });
    expect(fake.proposals).toEqual([]);
  });

  it('takes a decline with its reason and proposes the next shortlisted candidate', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const handle = await start(input('3000002', 10));
      await untilInvited(handle);
      const malformed = await updateRefusal(step(handle, { step: 'decline', ...company, reason: '' }));
      expect(malformed).toMatchObject({ type: FAILURE_TYPES.invalidInput });
      expect(malformed.message).toMatch(/reason/);
      await step(handle, { step: 'decline', ...company, reason: 'Our customs department is being reorganised.' });
      expect(await handle.result()).toEqual({
        outcome: 'declined',
        replacement: { automatic: false, proposed: { taxpayerId: '3000003', rank: 3, shortlistId: PILOT } },
      });
      await recordHistory('declined-replaced', handle);
    });
    expect(fake.steps()).toEqual(['invite:chosen>invited', 'decline:invited>declined']);
    expect(fake.records[1].details).toEqual({ reason: 'Our customs department is being reorganised.' });
    expect(fake.proposals).toEqual([{ replacing: '3000002', ending: 'declined' }]);
  });

  it('expires at the deadline without an answer, refuses a late answer, and proposes a replacement', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const handle = await start(input('3000004'));
      await untilInvited(handle);
      await step(handle, { step: 'comment', ...company, comment: 'We will answer after our board meets.' });
      await testbed.env.sleep('15 days');
      expect(await handle.result()).toMatchObject({ outcome: 'expired', replacement: { automatic: false } });
      await expect(step(handle, { step: 'accept', ...company })).rejects.toThrow();
      await recordHistory('expired', handle);
    });
    expect(fake.steps()).toEqual(['invite:chosen>invited', 'comment:invited>invited', 'expire:invited>expired']);
    const [invite, , expire] = fake.records;
    expect(expire.at - invite.at).toBeGreaterThanOrEqual(14 * DAY_MS);
    expect(expire.by).toBe('system');
    expect(fake.proposals).toEqual([{ replacing: '3000004', ending: 'expired' }]);
  });

  it('is withdrawn by the policy unit while invited: no replacement is proposed', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const handle = await start(input('3000005'));
      await untilInvited(handle);
      const withdrawn = await step(handle, {
        step: 'withdraw',
        by: 'policy-1',
        byRoles: ['policy-unit'],
        reason: 'The company was found to be under investigation.',
      });
      expect(withdrawn.stage).toBe('withdrawn');
      expect(await handle.result()).toEqual({ outcome: 'withdrawn' });
    });
    expect(fake.proposals).toEqual([]);
  });

  it('is withdrawn by the system when its pilot is over before the answer: the reason recorded, no replacement, later answers refused', async () => {
    const fake = fakes();
    const reason = 'Pilot PILOT-2027 was cancelled: The decree postponed the programme';
    await withWorkers(fake, async () => {
      const handle = await start(input('3000006'));
      await untilInvited(handle);
      await step(handle, { step: 'comment', ...company, comment: 'When does the pilot start?' });
      await handle.signal(pilotOverSignal, { reason });
      expect(await handle.result()).toEqual({ outcome: 'withdrawn' });
      expect(await handle.query(pilotInvitationStateQuery)).toMatchObject({
        stage: 'withdrawn',
        answeredBy: 'system',
        reason,
      });
      await expect(step(handle, { step: 'accept', ...company })).rejects.toThrow();
      await recordHistory('pilot-over', handle);
    });
    expect(fake.steps()).toEqual(['invite:chosen>invited', 'comment:invited>invited', 'withdraw:invited>withdrawn']);
    expect(fake.records[2]).toMatchObject({ by: 'system', byRoles: [], details: { reason } });
    expect(fake.proposals).toEqual([]);
  });

  it('takes an acceptance that arrives while the invitation is still being recorded, after the invitation', async () => {
    const fake = fakes();
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const recordStep = fake.activities.recordPilotInvitationStep;
    let inviting = false;
    // The invitation's record waits (the service slow to answer) until the acceptance has been sent.
    fake.activities.recordPilotInvitationStep = async (record: PilotInvitationRecord) => {
      if (record.step === 'invite') {
        inviting = true;
        await released;
      }
      return recordStep(record);
    };
    await withWorkers(fake, async () => {
      const handle = await start(input('3000008'));
      await untilState(
        async () => inviting,
        (value) => value,
        'the invitation being recorded',
      );
      // The update is admitted by the validator (not refused as "still being sent"): it waits for the invitation.
      const accepting = await handle.startUpdate(pilotInvitationStepUpdate, {
        args: [{ step: 'accept', ...company }],
        waitForStage: WorkflowUpdateStage.ACCEPTED,
      });
      release();
      expect(await accepting.result()).toMatchObject({ stage: 'accepted', answeredBy: 'operator-user-1' });
      expect(await handle.result()).toEqual({ outcome: 'accepted' });
    });
    expect(fake.steps()).toEqual(['invite:chosen>invited', 'accept:invited>accepted']);
  });

  /** The service's record activity as it answers once the participant was withdrawn by the service: for `step`, moved. */
  const movedAt = (fake: Fakes, refused: PilotInvitationRecord['step']) => {
    const recordStep = fake.activities.recordPilotInvitationStep;
    const refusals: string[] = [];
    fake.activities.recordPilotInvitationStep = async (record: PilotInvitationRecord) => {
      if (record.step !== refused) return recordStep(record);
      refusals.push(`${record.step}:${record.from}>${record.to}`);
      throw participantMoved(`${record.taxpayerId} is withdrawn now, not ${record.from}`, 'withdrawn');
    };
    return refusals;
  };

  it('ends at once, invited never, when the service withdrew the candidate before the invitation was recorded (review: the race overwrote the withdrawal)', async () => {
    const fake = fakes();
    const refusals = movedAt(fake, 'invite');
    await withWorkers(fake, async () => {
      const handle = await start(input('3000010'));
      expect(await handle.result()).toEqual({ outcome: 'withdrawn', moved: true });
      expect(await handle.query(pilotInvitationStateQuery)).toMatchObject({ stage: 'withdrawn', moved: 'withdrawn' });
      // Nothing more is taken: the company's acceptance finds the invitation over (the API answers 409).
      await expect(step(handle, { step: 'accept', ...company })).rejects.toThrow();
      await recordHistory('moved-before-invite', handle);
    });
    expect(refusals).toEqual(['invite:chosen>invited']);
    expect(fake.steps()).toEqual([]);
    expect(fake.proposals).toEqual([]);
  });

  it('refuses the answer whose record finds the participant moved, and ends there without a replacement', async () => {
    const fake = fakes();
    const refusals = movedAt(fake, 'decline');
    await withWorkers(fake, async () => {
      const handle = await start(input('3000011'));
      await untilInvited(handle);
      const refused = await updateRefusal(step(handle, { step: 'decline', ...company, reason: 'Not this year' }));
      expect(refused).toMatchObject({ type: FAILURE_TYPES.illegalTransition });
      expect(refused.message).toMatch(/was withdrawn meanwhile: decline was not recorded/);
      expect(await handle.result()).toEqual({ outcome: 'withdrawn', moved: true });
    });
    expect(refusals).toEqual(['decline:invited>declined']);
    expect(fake.steps()).toEqual(['invite:chosen>invited']);
    expect(fake.proposals).toEqual([]);
  });

  it('ignores the pilot being over once the candidate has answered', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const handle = await start(input('3000007'));
      await untilInvited(handle);
      await step(handle, { step: 'accept', ...company });
      await handle.signal(pilotOverSignal, { reason: 'Pilot PILOT-2027 has ended' }).catch(() => undefined);
      expect(await handle.result()).toEqual({ outcome: 'accepted' });
    });
    expect(fake.steps()).toEqual(['invite:chosen>invited', 'accept:invited>accepted']);
  });

  it('takes a shortlist: the risk engine ranks, the programme records it with what it was taken with', async () => {
    const ranked: PilotRankingRequest[] = [];
    const recorded: PilotShortlistRecord[] = [];
    const ranking: PilotRankingResult = {
      candidates: [
        {
          rank: 1,
          taxpayerId: '3000001',
          score: 0.4,
          shares: { declarations: 0.4, customsValue: 0.4, duties: 0.4 },
          totals: { declarations: 400, customsValue: 4e9, duties: 4e8 },
          aeoStatus: null,
          reasons: ['40.0% of declarations (400)'],
        },
      ],
      excluded: [{ taxpayerId: '3000009', reason: '1 serious or critical infringement(s) in the exclusion window' }],
      weights: { volume: 2, value: 1, revenue: 0 },
      tradersConsidered: 3,
    };
    const request: PilotRankingRequest = { limit: 5, windowDays: 180, exclusionYears: 2, weights: ranking.weights };
    const result = await testbed.withActivities(
      {
        [TASK_QUEUES.riskManagement]: {
          rankPilotCandidates: async (asked: PilotRankingRequest) => (ranked.push(asked), ranking),
        },
        [TASK_QUEUES.programme]: {
          recordPilotShortlist: async (record: PilotShortlistRecord) => (
            recorded.push(record),
            { shortlistId: '9f1c1a52-5d7a-4d1e-8b1f-3a9c0c7d2e11' }
          ),
        },
      },
      () =>
        testbed.env.client.workflow.execute(programmePilotShortlistWorkflow, {
          taskQueue: TASK_QUEUES.certification,
          workflowId: pilotShortlistWorkflowId(PILOT, 1),
          workflowIdReusePolicy: PILOT_SHORTLIST_ID_REUSE_POLICY,
          args: [{ pilotId: PILOT, sequence: 1, by: 'policy-1', byRoles: ['policy-unit'], request }],
        }),
    );
    expect(result).toEqual({ shortlistId: '9f1c1a52-5d7a-4d1e-8b1f-3a9c0c7d2e11', candidates: 1, excluded: 1 });
    expect(ranked).toEqual([request]);
    expect(recorded).toEqual([
      {
        workflowId: `pilot-shortlist-${PILOT}-1`,
        pilotId: PILOT,
        sequence: 1,
        by: 'policy-1',
        byRoles: ['policy-unit'],
        request,
        ranking,
      },
    ]);
  });
  it('takes a shortlist number again after a run that failed and recorded nothing', async () => {
    const request: PilotRankingRequest = {
      limit: 5,
      windowDays: 180,
      exclusionYears: 2,
      weights: { volume: 1, value: 1, revenue: 1 },
    };
    const run = (rankPilotCandidates: () => Promise<PilotRankingResult>) =>
      testbed.withActivities(
        {
          [TASK_QUEUES.riskManagement]: { rankPilotCandidates },
          [TASK_QUEUES.programme]: {
            recordPilotShortlist: async () => ({ shortlistId: '9f1c1a52-5d7a-4d1e-8b1f-3a9c0c7d2e12' }),
          },
        },
        () =>
          testbed.env.client.workflow.execute(programmePilotShortlistWorkflow, {
            taskQueue: TASK_QUEUES.certification,
            workflowId: pilotShortlistWorkflowId(PILOT, 7),
            workflowIdReusePolicy: PILOT_SHORTLIST_ID_REUSE_POLICY,
            args: [{ pilotId: PILOT, sequence: 7, by: 'policy-1', byRoles: ['policy-unit'], request }],
          }),
      );
    await expect(
      run(async () => {
        throw ApplicationFailure.nonRetryable('pilot candidate ranking unavailable', 'RankingUnavailable');
      }),
    ).rejects.toBeInstanceOf(WorkflowFailedError);
    const ranking: PilotRankingResult = {
      candidates: [],
      excluded: [],
      weights: request.weights,
      tradersConsidered: 0,
    };
    await expect(run(async () => ranking)).resolves.toEqual({
      shortlistId: '9f1c1a52-5d7a-4d1e-8b1f-3a9c0c7d2e12',
      candidates: 0,
      excluded: 0,
    });
  });
});
