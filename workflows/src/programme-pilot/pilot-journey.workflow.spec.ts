import type { WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { updateRefusal } from '@aeo/testing';
import { TASK_QUEUES } from '../shared/task-queues';
import { DAY_MS, untilState, useWorkflowTestbed } from '../shared/testing/testbed';
import {
  FAILURE_TYPES,
  PILOT_ID_REUSE_POLICY,
  PILOT_INVITATION_ID_REUSE_POLICY,
  type PilotInvitationRecord,
  type PilotInvitationState,
  type PilotInvitationStepInput,
  type PilotReplacementProposal,
  type PilotStepInput,
  type PilotStepRecord,
  type ProgrammePilotInput,
  type ProgrammePilotState,
  approveFinalReportUpdate,
  pilotInvitationStateQuery,
  pilotInvitationStepUpdate,
  pilotInvitationWorkflowId,
  pilotStepUpdate,
  pilotWorkflowId,
  programmePilotInvitationWorkflow,
  programmePilotStateQuery,
  programmePilotWorkflow,
} from '../index';

jest.setTimeout(300_000);

const PILOT = '7a1e0c52-9d4b-4f0e-8c3a-2b5d6e7f8a90';
const M_COMPANIES = '11111111-1111-4111-8111-111111111111';
const M_IT = '22222222-2222-4222-8222-222222222222';
const M_EVALUATION = '33333333-3333-4333-8333-333333333333';
/** The milestone's status after a record of the step. */
const MILESTONE_STATUS_OF: Record<string, string> = {
  'milestone-late': 'late',
  'milestone-escalated': 'escalated',
  'milestone-done': 'done',
};
/** The shortlist, best first. */
const SHORTLIST = ['5012345', '5034567', '5056789', '5078901', '5090123'];

/**
 * A whole pilot on the time-skipping server (issue 17's test): the pilot workflow and its
 * companies' invitation workflows run together against one in-memory programme (the service's
 * activities keep their rows in PostgreSQL; here a participant list, a milestone list and the
 * records, each of which the service turns into an audit entry and an event). Three companies are
 * invited; one declines and the next shortlisted company is proposed, chosen and accepts; a
 * milestone is missed, marked late and escalated; an executive extends the pilot; the evaluation
 * milestone is done with the evaluation's results as evidence; the pilot ends, awaits its final
 * report, and closes on the executive's approval. The questionnaires themselves are API-only
 * (services/programme/src/pilots/evaluation, its int-spec).
 */
describe('a whole pilot (time-skipping): invitations, a decline and its replacement, a late milestone, an extension, evaluation, approval', () => {
  const testbed = useWorkflowTestbed(__dirname);
  const now = () => testbed.env.currentTimeMs();

  /** The programme service as the workflows see it, in memory. */
  const programme = () => {
    const participants = new Map<string, { stage: string; replacing?: string; replacedBy?: string }>();
    const milestones = new Map<string, string>();
    const events: string[] = [];
    const pilotRecords: (PilotStepRecord & { at: number })[] = [];
    const invitationRecords: (PilotInvitationRecord & { at: number })[] = [];
    const seen = new Set<string>();
    const reports = new Map<string, { sequence: number; approvedBy?: string }>();
    const activities = {
      // The service records a step once (a retry finds it recorded) and publishes it.
      recordPilotStep: async (record: PilotStepRecord) => {
        const key = JSON.stringify([
          record.step,
          'milestoneId' in record ? record.milestoneId : '',
          'sequence' in record ? record.sequence : 0,
        ]);
        if (seen.has(key)) return;
        seen.add(key);
        pilotRecords.push({ ...record, at: await now() });
        if ('milestoneId' in record) {
          const status = MILESTONE_STATUS_OF[record.step];
          if (status) milestones.set(record.milestoneId, status);
          events.push(`milestone-${record.step.replace('milestone-', '')}:${record.milestoneId.slice(0, 2)}`);
        } else events.push(`pilot-${record.step}`);
      },
      recordPilotInvitationStep: async (record: PilotInvitationRecord) => {
        const key = `${record.workflowId}#${record.sequence}`;
        if (seen.has(key)) return;
        seen.add(key);
        invitationRecords.push({ ...record, at: await now() });
        participants.set(record.taxpayerId, { ...participants.get(record.taxpayerId), stage: record.to });
        events.push(`invitation-${record.step}:${record.taxpayerId}`);
      },
      // The final report (made and stored once at the end; the executive's approval marks it approved).
      producePilotFinalReport: async ({ pilotId }: { pilotId: string }) => {
        if (!reports.has(pilotId)) {
          reports.set(pilotId, { sequence: 1 });
          events.push('final-report-made');
        }
        return { reportId: `${pilotId}-report`, sequence: reports.get(pilotId)!.sequence };
      },
      approvePilotFinalReport: async (input: { pilotId: string; by: string; note?: string }) => {
        const report = reports.get(input.pilotId);
        if (!report) throw ApplicationFailure.nonRetryable('The pilot has no final report', FAILURE_TYPES.invalidData);
        report.approvedBy = input.by;
        events.push('final-report-marked-approved');
        return { reportId: `${input.pilotId}-report`, sequence: report.sequence };
      },
      // The next shortlisted company not chosen yet, proposed to the policy unit (the pilot confirms).
      proposePilotReplacement: async (input: {
        pilotId: string;
        replacing: string;
        ending: string;
      }): Promise<PilotReplacementProposal> => {
        const rank = SHORTLIST.findIndex((taxpayerId) => !participants.has(taxpayerId));
        events.push(`replacement-proposed:${input.replacing}`);
        if (rank < 0) return { automatic: false };
        return { automatic: false, proposed: { taxpayerId: SHORTLIST[rank]!, rank: rank + 1, shortlistId: PILOT } };
      },
    };
    /** The policy unit's choice (POST …/participants): the participant's row, then its invitation. */
    const choose = async (taxpayerId: string, replacing?: string) => {
      participants.set(taxpayerId, { stage: 'chosen', ...(replacing && { replacing }) });
      if (replacing)
        participants.set(replacing, { ...participants.get(replacing)!, stage: 'replaced', replacedBy: taxpayerId });
      return testbed.env.client.workflow.start(programmePilotInvitationWorkflow, {
        taskQueue: TASK_QUEUES.certification,
        workflowId: pilotInvitationWorkflowId(PILOT, taxpayerId),
        workflowIdReusePolicy: PILOT_INVITATION_ID_REUSE_POLICY,
        args: [{ pilotId: PILOT, taxpayerId, region: 'ULAANBAATAR', answerDays: 14 }],
      });
    };
    return { participants, milestones, reports, events, pilotRecords, invitationRecords, activities, choose };
  };

  const dateIn = async (days: number) => new Date((await now()) + days * DAY_MS).toISOString().slice(0, 10);
  const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const pilotState = (handle: WorkflowHandle) => handle.query(programmePilotStateQuery);
  const untilStage = (handle: WorkflowHandle, stage: ProgrammePilotState['stage']) =>
    untilState(
      () => pilotState(handle),
      (s) => s.stage === stage,
      `stage ${stage}`,
    );
  const untilInvited = (handle: WorkflowHandle) =>
    untilState(
      () => handle.query(pilotInvitationStateQuery),
      (s) => s.answerDueAt !== undefined,
      'the invitation recorded',
    );
  /** An invitation once it has completed (its result is read at the end: awaiting one lets the server skip time). */
  const untilCompleted = (handle: WorkflowHandle) =>
    untilState(
      () => handle.describe(),
      (d) => d.status.name === 'COMPLETED',
      `${handle.workflowId} completed`,
    );
  const pilotStep = (handle: WorkflowHandle, step: PilotStepInput) =>
    handle.executeUpdate(pilotStepUpdate, { args: [step] });
  const answer = (handle: WorkflowHandle, step: PilotInvitationStepInput): Promise<PilotInvitationState> =>
    handle.executeUpdate(pilotInvitationStepUpdate, { args: [step] });
  const companyUser = (taxpayerId: string) => ({ by: `user-${taxpayerId}`, byRoles: ['operator-user'] });
  const policy = { by: 'policy.unit.oyun', byRoles: ['policy-unit'] };
  const executive = { by: 'executive.ganbold', byRoles: ['executive'] };

  it('runs from the invitations to the approved final report', async () => {
    const fake = programme();
    await testbed.withActivities({ [TASK_QUEUES.programme]: fake.activities }, async () => {
      const pilot: ProgrammePilotInput = {
        pilotId: PILOT,
        code: 'PILOT-JOURNEY',
        title: 'AEO pilot, whole journey',
        startsOn: await dateIn(2),
        endsOn: await dateIn(60),
        milestones: [
          {
            milestoneId: M_COMPANIES,
            title: 'Pilot companies accepted',
            workstream: 'companies',
            dueOn: await dateIn(12),
            owner: policy.by,
          },
          {
            milestoneId: M_IT,
            title: 'IT readiness test',
            workstream: 'it-readiness',
            dueOn: await dateIn(20),
            owner: 'it@customs.gov.mn',
          },
          {
            milestoneId: M_EVALUATION,
            title: 'Evaluation',
            workstream: 'evaluation',
            dueOn: await dateIn(55),
            owner: policy.by,
          },
        ],
      };
      const handle = await testbed.env.client.workflow.start(programmePilotWorkflow, {
        taskQueue: TASK_QUEUES.certification,
        workflowId: pilotWorkflowId(PILOT),
        workflowIdReusePolicy: PILOT_ID_REUSE_POLICY,
        args: [pilot],
      });
      expect((await pilotState(handle)).stage).toBe('scheduled');

      // Selection while the pilot is scheduled: three companies invited, one after the other.
      for (const taxpayerId of SHORTLIST.slice(0, 3)) await untilInvited(await fake.choose(taxpayerId));
      const [first, second, third] = SHORTLIST.slice(0, 3).map((t) =>
        testbed.env.client.workflow.getHandle(pilotInvitationWorkflowId(PILOT, t)),
      );
      await answer(third!, { step: 'comment', ...companyUser(SHORTLIST[2]!), comment: 'Is the site visit shortened?' });
      await answer(first!, { step: 'accept', ...companyUser(SHORTLIST[0]!) });
      await answer(second!, {
        step: 'decline',
        ...companyUser(SHORTLIST[1]!),
        reason: 'Reorganising our customs unit.',
      });
      await untilCompleted(second!);
      expect(fake.events.at(-1)).toBe(`replacement-proposed:${SHORTLIST[1]}`);
      await answer(third!, { step: 'accept', ...companyUser(SHORTLIST[2]!) });
      // The policy unit chooses the proposed company in the declined one's place; it accepts.
      const replacement = await fake.choose(SHORTLIST[3]!, SHORTLIST[1]);
      await untilInvited(replacement);
      await testbed.env.sleep('1 day');
      await answer(replacement, { step: 'accept', ...companyUser(SHORTLIST[3]!) });
      for (const h of [first!, third!, replacement]) await untilCompleted(h);
      expect(Object.fromEntries([...fake.participants].map(([t, p]) => [t, p.stage]))).toEqual({
        [SHORTLIST[0]!]: 'accepted',
        [SHORTLIST[1]!]: 'replaced',
        [SHORTLIST[2]!]: 'accepted',
        [SHORTLIST[3]!]: 'accepted',
      });
      expect(fake.participants.get(SHORTLIST[1]!)).toMatchObject({ replacedBy: SHORTLIST[3] });

      // The start date comes; the companies' milestone is reported done with the acceptances.
      await testbed.env.sleep('1 day');
      await untilStage(handle, 'running');
      const companiesDone = await pilotStep(handle, {
        step: 'complete-milestone',
        milestoneId: M_COMPANIES,
        evidence: [{ title: 'Acceptances', reference: `/v1/pilots/${PILOT}/participants` }],
        ...policy,
      });
      expect(companiesDone.milestones.map((m) => m.status)).toEqual(['done', 'open', 'open']);

      // The IT readiness test is missed: its owner is reminded, it is late the day after its due date, escalated 14 days later.
      const itDue = pilot.milestones[1]!.dueOn;
      await testbed.env.sleep('20 days');
      expect((await pilotState(handle)).milestones[1]!.status).toBe('late');
      await testbed.env.sleep('14 days');
      expect(fake.milestones.get(M_IT)).toBe('escalated');
      const escalated = fake.pilotRecords.find((r) => r.step === 'milestone-escalated')!;
      expect(escalated).toMatchObject({ milestoneId: M_IT, graceDays: 14, by: 'system' });
      expect(dayOf(escalated.at)).toBe(dayOf(Date.parse(`${itDue}T00:00:00.000Z`) + 15 * DAY_MS));
      // Done after its escalation, with the test report.
      await pilotStep(handle, {
        step: 'complete-milestone',
        milestoneId: M_IT,
        evidence: [{ title: 'Risk engine load test', reference: 'DOC-IT-7' }],
        note: 'Done three weeks late',
        ...policy,
      });

      // An executive extends the pilot by a month (the policy unit may not).
      const newEnd = await dateIn(60);
      const byPolicy = await updateRefusal(
        pilotStep(handle, { step: 'extend', endsOn: newEnd, reason: 'x', ...policy }),
      );
      expect(byPolicy.message).toBe('Only an executive extends a pilot');
      const extended = await pilotStep(handle, {
        step: 'extend',
        endsOn: newEnd,
        reason: 'The replacement company joined late; the benefits test needs a full quarter',
        ...executive,
      });
      expect(extended).toMatchObject({ endsOn: newEnd, extensions: 1 });

      // Evaluation: the questionnaires' results are the evidence of the evaluation milestone.
      await testbed.env.sleep('10 days');
      await pilotStep(handle, {
        step: 'complete-milestone',
        milestoneId: M_EVALUATION,
        evidence: [
          { title: 'Internal questionnaire results', reference: `/v1/pilots/${PILOT}/evaluation` },
          { title: 'Lessons learnt', reference: `/v1/pilots/${PILOT}/evaluation#lessons` },
        ],
        ...policy,
      });
      expect((await pilotState(handle)).milestones.map((m) => m.status)).toEqual(['done', 'done', 'done']);

      // Past the first end date it runs on; the day after the new one it ends and awaits its final report.
      await testbed.env.sleep('30 days');
      expect((await pilotState(handle)).stage).toBe('running');
      await testbed.env.sleep('22 days');
      await untilStage(handle, 'awaiting-final-report');
      const ended = fake.pilotRecords.find((r) => r.step === 'end')!;
      expect(dayOf(ended.at)).toBe(dayOf(Date.parse(`${newEnd}T00:00:00.000Z`) + DAY_MS));
      const closed = await handle.executeUpdate(approveFinalReportUpdate, {
        args: [{ ...executive, note: 'Approved for the board' }],
      });
      expect(closed.stage).toBe('closed');
      await expect(handle.result()).resolves.toEqual({ pilotId: PILOT, outcome: 'closed' });
      // The invitations' outcomes: the decline carried the proposal the policy unit followed.
      expect(await second!.result()).toEqual({
        outcome: 'declined',
        replacement: { automatic: false, proposed: { taxpayerId: SHORTLIST[3], rank: 4, shortlistId: PILOT } },
      });
      for (const h of [first!, third!, replacement]) expect(await h.result()).toEqual({ outcome: 'accepted' });
      expect((await third!.query(pilotInvitationStateQuery)).comments).toBe(1);
    });

    // Every step, once, in order: what the service publishes (each record is an event and an audit entry).
    expect(fake.events).toEqual([
      ...[0, 1, 2].map((i) => `invitation-invite:${SHORTLIST[i]}`),
      `invitation-comment:${SHORTLIST[2]}`,
      `invitation-accept:${SHORTLIST[0]}`,
      `invitation-decline:${SHORTLIST[1]}`,
      `replacement-proposed:${SHORTLIST[1]}`,
      `invitation-accept:${SHORTLIST[2]}`,
      `invitation-invite:${SHORTLIST[3]}`,
      `invitation-accept:${SHORTLIST[3]}`,
      'pilot-start',
      'milestone-done:11',
      'milestone-due-soon:22',
      'milestone-late:22',
      'milestone-escalated:22',
      'milestone-done:22',
      'pilot-extend',
      'milestone-done:33',
      'pilot-end',
      'final-report-made',
      'final-report-marked-approved',
      'pilot-final-report-approved',
    ]);
    expect(fake.reports.get(PILOT)).toEqual({ sequence: 1, approvedBy: executive.by });
    expect(fake.pilotRecords.find((r) => r.step === 'extend')).toMatchObject({ sequence: 1, ...executive });
    expect(fake.pilotRecords.at(-1)).toMatchObject({ step: 'final-report-approved', note: 'Approved for the board' });
  });
});
