import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { ROLES } from '@aeo/auth';
import { bearer, type CollectedMessage, linkOperatorUsers, waitFor } from '@aeo/testing';
import {
  PILOT_INVITATION_ID_REUSE_POLICY,
  TASK_QUEUES,
  pilotInvitationWorkflowId,
  programmePilotInvitationWorkflow,
} from '@aeo/workflows';
import { usePilotServers } from '../core/testing/pilot-servers';
import { OpenInvitationsSweep } from './open-invitations';

jest.setTimeout(600_000);

/**
 * A pilot that is cancelled or ends withdraws the invitations its candidates have not answered,
 * against the real servers (the programme service in-process, the orchestrating worker in a
 * Temporal namespace of the test's own, Kafka): each open invitation's workflow is told, its
 * participant becomes withdrawn with the reason, audited and published
 * (`aeo.programme.pilot.participant-withdrawn.v1`, which notifies the company); an accepted
 * company stays. A candidate answering before its invitation workflow was started (chosen while
 * Temporal was down) has it started and its answer taken. The shortlist is written into the test's database (the ranking itself is the
 * selection int-spec's).
 */
describe('open invitations: withdrawn when the pilot is over, answered before their workflow started (real PostgreSQL, Temporal, Kafka)', () => {
  const servers = usePilotServers('pilot-over');
  const run = randomBytes(3).toString('hex').toUpperCase();

  const base = randomInt(1_000_000, 8_000_000);
  const policyUnit = bearer({ sub: 'policy.unit.oyun', roles: [ROLES.policyUnit] });
  const executive = bearer({ sub: 'executive.ganbold', roles: [ROLES.executive] });
  const companyUser = (taxpayerId: string) =>
    bearer({ sub: `user-${taxpayerId}`, roles: [ROLES.operatorUser], taxpayerId });
  // Each company's user, linked to it as the applications service announces it.
  beforeAll(() =>
    linkOperatorUsers(
      servers.service,
      ...Array.from({ length: 23 }, (_, i) => ({ sub: `user-${base + i}`, taxpayerId: String(base + i) })),
    ),
  );
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const get = (path: string) => servers.service.http.get(path).set('Authorization', policyUnit);
  const post = (path: string, body: object, token = policyUnit) =>
    servers.service.http.post(path).set('Authorization', token).send(body);
  const put = (path: string, body: object) =>
    servers.service.http.put(path).set('Authorization', policyUnit).send(body);
  const withdrawnOf = (pilotId: string) => (m: CollectedMessage) =>
    m.headers['ce_type'] === 'aeo.programme.pilot.participant-withdrawn.v1' && m.headers['ce_subject'] === pilotId;
  const dataOf = (m: CollectedMessage) => JSON.parse(m.message.value!.toString()) as Record<string, unknown>;
  const draftProgramme = {
    eligibilityCriteria: { mn: 'Шалгуур', en: 'Compliance record, accounting, security and solvency' },
    benefits: { mn: 'Давуу тал', en: 'Fewer controls, priority treatment, a contact officer' },
    validationProcess: { mn: 'Баталгаажуулалт', en: 'Desk review, then a site visit within 60 days' },
    programmeVersion: 1,
  };
  const untilInvitation = (pilotId: string, taxpayerId: string, stage: string) =>
    waitFor(
      `invitation of ${taxpayerId} ${stage}`,
      async () => {
        const view = (await get(`/v1/pilots/${pilotId}/invitations/${taxpayerId}`).expect(200)).body;
        return view.stage === stage ? view : undefined;
      },
      120_000,
      250,
    );

  /** A planned pilot with its selection terms and a shortlist of these companies. */
  const shortlisted = async (code: string, frame: { startsOn: string; endsOn: string }, ids: string[]) => {
    const pilot = (
      await post('/v1/pilots', {
        code,
        title: `Pilot ${code}`,
        ...frame,
        maxCompanies: ids.length,
        objectives: [
          { text: 'Certify pilot companies within 90 days', kpiCode: 'certification-time-median', target: 90 },
        ],
      }).expect(201)
    ).body;
    await put(`/v1/pilots/${pilot.id}/selection-terms`, { draftProgramme }).expect(200);
    const shortlistId = randomUUID();
    await servers.service.dataSource.query(
      `INSERT INTO pilot_shortlists (id, pilot_id, sequence, workflow_id, request, excluded, traders_considered, taken_by, taken_at)
       VALUES ($1, $2, 1, $3, '{}', '[]', $4, 'policy.unit.oyun', now())`,
      [shortlistId, pilot.id, `pilot-shortlist-${pilot.id}-1`, ids.length],
    );
    for (const [index, taxpayerId] of ids.entries())
      await servers.service.dataSource.query(
        `INSERT INTO pilot_shortlist_candidates (shortlist_id, rank, taxpayer_id, score, shares, totals, aeo_status, reasons)
         VALUES ($1, $2, $3, 0.5, '{}', '{}', NULL, '[]')`,
        [shortlistId, index + 1, taxpayerId],
      );
    return { pilotId: pilot.id as string, shortlistId };
  };

  /** A candidate chosen while Temporal could not be reached: its row is there, its invitation workflow is not. */
  const chosenWithoutWorkflow = (pilotId: string, taxpayerId: string, shortlistId: string) =>
    servers.service.dataSource.query(
      `INSERT INTO pilot_participants (pilot_id, taxpayer_id, stage, region, shortlist_id, rank, chosen_reason, chosen_by, chosen_at, updated_at)
       VALUES ($1, $2, 'chosen', 'DARKHAN', $3, 1, 'Volume', 'policy.unit.oyun', now(), now())`,
      [pilotId, taxpayerId, shortlistId],
    );

  /** A planned pilot with its selection terms, a shortlist of these companies, each chosen and invited. */
  const pilotWithInvitations = async (code: string, frame: { startsOn: string; endsOn: string }, ids: string[]) => {
    const pilot = { id: (await shortlisted(code, frame, ids)).pilotId };
    for (const taxpayerId of ids) {
      await post(`/v1/pilots/${pilot.id}/participants`, { taxpayerId, reason: 'Volume', region: 'DARKHAN' }).expect(
        201,
      );
      await untilInvitation(pilot.id, taxpayerId, 'invited');
    }
    return pilot.id as string;
  };

  it('a cancelled pilot (planned, and started) withdraws its open invitations with the reason; an accepted company stays', async () => {
    const [open, accepting, other] = [0, 1, 2].map((i) => String(base + i));
    const planned = await pilotWithInvitations(`PO-${run}-A`, { startsOn: day(30), endsOn: day(200) }, [
      open,
      accepting,
    ]);
    await post(`/v1/pilots/${planned}/invitations/${accepting}/acceptance`, {}, companyUser(accepting)).expect(200);
    await post(`/v1/pilots/${planned}/cancellation`, { reason: 'Merged into the national pilot' }).expect(200);
    const withdrawn = await untilInvitation(planned, open, 'withdrawn');
    expect(withdrawn).toMatchObject({
      answeredBy: 'system',
      reason: `Pilot PO-${run}-A was cancelled: Merged into the national pilot`,
    });
    expect(withdrawn.history.map((r: { step: string }) => r.step)).toEqual(['choose', 'invite', 'withdraw']);
    expect((await get(`/v1/pilots/${planned}/invitations/${accepting}`).expect(200)).body.stage).toBe('accepted');
    await expect(
      servers.temporal.workflow.getHandle(pilotInvitationWorkflowId(planned, open)).result(),
    ).resolves.toEqual({
      outcome: 'withdrawn',
    });
    const [event] = await servers.events.waitForCount(1, 120_000, withdrawnOf(planned));
    expect(dataOf(event)).toMatchObject({
      pilotId: planned,
      taxpayerId: open,
      by: 'system',
      reason: `Pilot PO-${run}-A was cancelled: Merged into the national pilot`,
    });
    const audit = await servers.service.dataSource.query(
      `SELECT action, actor_sub, reason FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [`${planned}:${open}`],
    );
    expect(audit.map((row: { action: string; actor_sub: string }) => `${row.action} ${row.actor_sub}`)).toEqual([
      'pilot.candidate-chosen policy.unit.oyun',
      'pilot-invitation.invite system',
      'pilot-invitation.withdraw system',
    ]);

    // A started pilot: its workflow's cancellation withdraws the open invitation.
    const started = await pilotWithInvitations(`PO-${run}-B`, { startsOn: day(30), endsOn: day(200) }, [other]);
    await post(`/v1/pilots/${started}/start`, {}).expect(200);
    await post(`/v1/pilots/${started}/cancellation`, { reason: 'The decree postponed it' }, executive).expect(200);
    expect(await untilInvitation(started, other, 'withdrawn')).toMatchObject({
      reason: `Pilot PO-${run}-B was cancelled: The decree postponed it`,
    });
    await servers.events.waitForCount(1, 120_000, withdrawnOf(started));
  });

  it('a pilot that ends withdraws the invitations not answered', async () => {
    const late = String(base + 5);
    const pilotId = await pilotWithInvitations(`PO-${run}-C`, { startsOn: day(-60), endsOn: day(-1) }, [late]);
    await post(`/v1/pilots/${pilotId}/start`, {}).expect(200);
    const withdrawn = await untilInvitation(pilotId, late, 'withdrawn');
    expect(withdrawn).toMatchObject({
      answeredBy: 'system',
      reason: `Pilot PO-${run}-C ended before the invitation was answered`,
    });
    await post(`/v1/pilots/${pilotId}/invitations/${late}/acceptance`, {}, companyUser(late)).expect(409);
    const [event] = await servers.events.waitForCount(1, 120_000, withdrawnOf(pilotId));
    expect(dataOf(event)).toMatchObject({ taxpayerId: late, by: 'system' });
  });

  it('takes the answer of a chosen candidate whose invitation workflow was not started yet: started, invited, then accepted', async () => {
    const early = String(base + 7);
    const { pilotId, shortlistId } = await shortlisted(`PO-${run}-D`, { startsOn: day(30), endsOn: day(200) }, [early]);
    // Chosen while Temporal could not be reached: the row is there, its invitation workflow is not.
    await chosenWithoutWorkflow(pilotId, early, shortlistId);
    const accepted = (
      await post(`/v1/pilots/${pilotId}/invitations/${early}/acceptance`, {}, companyUser(early)).expect(200)
    ).body;
    expect(accepted).toMatchObject({ stage: 'accepted', answeredBy: `user-${early}` });
    expect(accepted.history.map((r: { step: string }) => r.step)).toEqual(['invite', 'accept']);
    await expect(
      servers.temporal.workflow.getHandle(pilotInvitationWorkflowId(pilotId, early)).result(),
    ).resolves.toEqual({
      outcome: 'accepted',
    });
  });
  it('withdraws a chosen candidate never invited without sending it the invitation first (review: the withdrawal started the workflow, which invited)', async () => {
    const never = String(base + 8);
    const { pilotId, shortlistId } = await shortlisted(`PO-${run}-E`, { startsOn: day(30), endsOn: day(200) }, [never]);
    await chosenWithoutWorkflow(pilotId, never, shortlistId);
    const withdrawn = (
      await post(`/v1/pilots/${pilotId}/invitations/${never}/withdrawal`, { reason: 'Chosen by mistake' }).expect(200)
    ).body;
    expect(withdrawn).toMatchObject({ stage: 'withdrawn' });
    expect(withdrawn.history.map((r: { step: string; by: string }) => [r.step, r.by])).toEqual([
      ['withdraw', 'policy.unit.oyun'],
    ]);
    // No invitation workflow was started for it (nothing was sent to the company).
    await expect(
      servers.temporal.workflow.getHandle(pilotInvitationWorkflowId(pilotId, never)).describe(),
    ).rejects.toThrow();
  });
  it('keeps the policy unit’s withdrawal of a never-invited candidate when its invitation workflow starts meanwhile: the invitation ends, the acceptance is refused (review: the race overwrote it)', async () => {
    const raced = String(base + 10);
    const { pilotId, shortlistId } = await shortlisted(`PO-${run}-G`, { startsOn: day(30), endsOn: day(200) }, [raced]);
    await chosenWithoutWorkflow(pilotId, raced, shortlistId);
    // The withdrawal finds no invitation workflow: the service records it.
    await post(`/v1/pilots/${pilotId}/invitations/${raced}/withdrawal`, { reason: 'Chosen by mistake' }).expect(200);
    // The selection's start of the invitations, which read the candidate as chosen just before, starts its workflow now.
    const handle = await servers.temporal.workflow.start(programmePilotInvitationWorkflow, {
      taskQueue: TASK_QUEUES.certification,
      workflowId: pilotInvitationWorkflowId(pilotId, raced),
      workflowIdReusePolicy: PILOT_INVITATION_ID_REUSE_POLICY,
      args: [{ pilotId, taxpayerId: raced, region: 'DARKHAN', answerDays: 14 }],
    });
    const refused = await post(`/v1/pilots/${pilotId}/invitations/${raced}/acceptance`, {}, companyUser(raced)).expect(
      409,
    );
    expect(refused.body.message).toMatch(/withdrawn|has ended; nothing was changed/);
    await expect(handle.result()).resolves.toEqual({ outcome: 'withdrawn', moved: true });
    const view = (await get(`/v1/pilots/${pilotId}/invitations/${raced}`).expect(200)).body;
    expect(view).toMatchObject({ stage: 'withdrawn', reason: 'Chosen by mistake', answeredBy: 'policy.unit.oyun' });
    expect(view.history.map((r: { step: string; by: string }) => [r.step, r.by])).toEqual([
      ['withdraw', 'policy.unit.oyun'],
    ]);
    // Only the move that happened is audited and published: no invitation was sent.
    const audit = await servers.service.dataSource.query(
      `SELECT action, actor_sub FROM audit_log WHERE entity_id = $1 AND action LIKE 'pilot-invitation.%' ORDER BY id`,
      [`${pilotId}:${raced}`],
    );
    expect(audit.map((row: { action: string; actor_sub: string }) => `${row.action} ${row.actor_sub}`)).toEqual([
      'pilot-invitation.withdraw policy.unit.oyun',
    ]);
    const published = await servers.service.dataSource.query(
      `SELECT type FROM outbox WHERE subject = $1 AND type LIKE 'aeo.programme.pilot.%' AND payload->>'taxpayerId' = $2 ORDER BY seq`,
      [pilotId, raced],
    );
    expect(published.map((row: { type: string }) => row.type)).toEqual([
      'aeo.programme.pilot.participant-withdrawn.v1',
    ]);
  });

  it('invites no one for a cancelled pilot: a chosen candidate left behind (its withdrawal failed) cannot accept (review)', async () => {
    const late = String(base + 9);
    const { pilotId, shortlistId } = await shortlisted(`PO-${run}-F`, { startsOn: day(30), endsOn: day(200) }, [late]);
    await post(`/v1/pilots/${pilotId}/cancellation`, { reason: 'Postponed' }).expect(200);
    // As if the withdrawal had failed (Temporal down at the cancellation): the candidate is still chosen.
    await chosenWithoutWorkflow(pilotId, late, shortlistId);
    await post(`/v1/pilots/${pilotId}/invitations/${late}/acceptance`, {}, companyUser(late)).expect(409);
    expect((await get(`/v1/pilots/${pilotId}/invitations/${late}`).expect(200)).body.stage).toBe('chosen');
    await expect(
      servers.temporal.workflow.getHandle(pilotInvitationWorkflowId(pilotId, late)).describe(),
    ).rejects.toThrow();
  });
  it('withdraws, once, the invitations a cancellation left open: the sweep tells the invited candidate’s workflow and withdraws the one never invited (review)', async () => {
    const [invited, never] = [11, 12].map((i) => String(base + i));
    const { pilotId, shortlistId } = await shortlisted(`PO-${run}-H`, { startsOn: day(30), endsOn: day(200) }, [
      invited,
      never,
    ]);
    await post(`/v1/pilots/${pilotId}/participants`, {
      taxpayerId: invited,
      reason: 'Volume',
      region: 'DARKHAN',
    }).expect(201);
    await untilInvitation(pilotId, invited, 'invited');
    await chosenWithoutWorkflow(pilotId, never, shortlistId);
    // The cancellation committed, its withdrawal of the open invitations never ran (the 503 half way).
    await servers.service.dataSource.query(
      `UPDATE pilots SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'policy.unit.oyun', cancel_reason = 'Budget cut' WHERE id = $1`,
      [pilotId],
    );
    const sweep = servers.service.app.get(OpenInvitationsSweep);
    // Two sweeps at once (two instances of the service) withdraw each candidate once.
    const [first, second] = await Promise.all([sweep.sweep(), sweep.sweep()]);
    expect([...first, ...second]).toContain(pilotId);
    const reason = `Pilot PO-${run}-H was cancelled: Budget cut`;
    expect(await untilInvitation(pilotId, invited, 'withdrawn')).toMatchObject({ answeredBy: 'system', reason });
    await expect(
      servers.temporal.workflow.getHandle(pilotInvitationWorkflowId(pilotId, invited)).result(),
    ).resolves.toEqual({ outcome: 'withdrawn' });
    const withdrawn = (await get(`/v1/pilots/${pilotId}/invitations/${never}`).expect(200)).body;
    expect(withdrawn).toMatchObject({ stage: 'withdrawn', answeredBy: 'system', reason });
    expect(withdrawn.history.map((r: { step: string; by: string }) => [r.step, r.by])).toEqual([
      ['withdraw', 'system'],
    ]);
    // Nothing is left for a later sweep, and nothing more is recorded.
    expect(await sweep.sweep()).not.toContain(pilotId);
    for (const taxpayerId of [invited, never]) {
      const audit = await servers.service.dataSource.query(
        `SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'pilot-invitation.withdraw'`,
        [`${pilotId}:${taxpayerId}`],
      );
      expect(audit).toHaveLength(1);
      const published = await servers.service.dataSource.query(
        `SELECT payload FROM outbox WHERE subject = $1 AND type = 'aeo.programme.pilot.participant-withdrawn.v1' AND payload->>'taxpayerId' = $2`,
        [pilotId, taxpayerId],
      );
      expect(published.map((row: { payload: Record<string, unknown> }) => row.payload)).toEqual([
        expect.objectContaining({ by: 'system', reason }),
      ]);
    }
  });

  it('tells an invitation workflow that does not progress (its worker down) again only after a back-off, and a sweep takes the least recently swept pilots first (review)', async () => {
    const db = servers.service.dataSource;
    const frame = { startsOn: day(30), endsOn: day(200) };
    const [first, second] = [21, 22].map((i) => String(base + i));
    const stuck: { pilotId: string; taxpayerId: string; handle: WorkflowHandle }[] = [];
    for (const [code, taxpayerId] of [
      [`PO-${run}-S1`, first],
      [`PO-${run}-S2`, second],
    ] as const) {
      const { pilotId, shortlistId } = await shortlisted(code, frame, [taxpayerId]);
      // Invited, its invitation workflow running on a task queue no worker polls: it takes signals and does nothing.
      await chosenWithoutWorkflow(pilotId, taxpayerId, shortlistId);
      await db.query(`UPDATE pilot_participants SET stage = 'invited' WHERE pilot_id = $1 AND taxpayer_id = $2`, [
        pilotId,
        taxpayerId,
      ]);
      const handle = await servers.temporal.workflow.start(programmePilotInvitationWorkflow, {
        taskQueue: `no-worker-${run}`,
        workflowId: pilotInvitationWorkflowId(pilotId, taxpayerId),
        workflowIdReusePolicy: PILOT_INVITATION_ID_REUSE_POLICY,
        args: [{ pilotId, taxpayerId, region: 'DARKHAN', answerDays: 14 }],
      });
      await db.query(
        `UPDATE pilots SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'policy.unit.oyun', cancel_reason = 'Budget cut' WHERE id = $1`,
        [pilotId],
      );
      stuck.push({ pilotId, taxpayerId, handle });
    }
    const [one, two] = stuck;
    type Stuck = (typeof stuck)[number];
    const signalsTo = async ({ handle }: Stuck) =>
      ((await handle.fetchHistory()).events ?? []).filter(
        (event) => event.workflowExecutionSignaledEventAttributes?.signalName === 'pilotOver',
      ).length;
    const due = ({ pilotId, taxpayerId }: Stuck) =>
      db.query(
        `UPDATE pilot_over_signals SET next_at = now() - interval '1 second' WHERE pilot_id = $1 AND taxpayer_id = $2`,
        [pilotId, taxpayerId],
      );
    const sweep = servers.service.app.get(OpenInvitationsSweep);
    try {
      const swept = await sweep.sweep();
      expect(swept).toEqual(expect.arrayContaining([one!.pilotId, two!.pilotId]));
      expect([await signalsTo(one!), await signalsTo(two!)]).toEqual([1, 1]);
      // The next sweeps leave them be until their back-off has passed: no signal in their histories.
      for (let again = 0; again < 2; again += 1) {
        const later = await sweep.sweep();
        expect(later).not.toContain(one!.pilotId);
        expect(later).not.toContain(two!.pilotId);
      }
      expect([await signalsTo(one!), await signalsTo(two!)]).toEqual([1, 1]);
      const [backOff] = await db.query(
        `SELECT signals, extract(epoch FROM next_at - signalled_at)::int AS seconds FROM pilot_over_signals WHERE pilot_id = $1`,
        [one!.pilotId],
      );
      expect(backOff).toEqual({ signals: 1, seconds: 300 });

      // Both due again; a sweep that takes one pilot takes the one swept longer ago, then the other.
      await db.query(`UPDATE pilot_invitation_sweeps SET swept_at = now() - interval '2 minutes' WHERE pilot_id = $1`, [
        one!.pilotId,
      ]);
      await db.query(`UPDATE pilot_invitation_sweeps SET swept_at = now() - interval '1 minute' WHERE pilot_id = $1`, [
        two!.pilotId,
      ]);
      await due(one!);
      await due(two!);
      expect(await sweep.sweep(1)).toEqual([one!.pilotId]);
      await due(one!);
      expect(await sweep.sweep(1)).toEqual([two!.pilotId]);
      expect(await sweep.sweep(1)).toEqual([one!.pilotId]);
      expect([await signalsTo(one!), await signalsTo(two!)]).toEqual([3, 2]);
      // Twice as long after each signal.
      const [later] = await db.query(
        `SELECT signals, extract(epoch FROM next_at - signalled_at)::int AS seconds FROM pilot_over_signals WHERE pilot_id = $1`,
        [one!.pilotId],
      );
      expect(later).toEqual({ signals: 3, seconds: 1200 });
    } finally {
      for (const { handle } of stuck) await handle.terminate('test over').catch(() => undefined);
    }
  });
});
