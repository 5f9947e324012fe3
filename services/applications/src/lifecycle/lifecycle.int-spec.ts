import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { ROLES } from '@aeo/auth';
import { RiskAlertRaised, TOPIC_NAMES, toKafkaRecord } from '@aeo/contracts';
import { bearer, collectMessages, signedAccessToken, testKafka, waitFor } from '@aeo/testing';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { RevalidationState, WATCHDOG_SCHEDULE_ID, revalidationWorkflowId } from '@aeo/workflows';
import type { Client } from '@temporalio/client';
import { makeCompany } from '../e2e/slice-fixtures';
import { RevalidationHarness, startRevalidationHarness } from '../testing/revalidation-harness';
import { RevalidationWorkflows } from './revalidation-workflows';
import { WatchdogActivitiesService } from './watchdog.activities';

jest.setTimeout(240_000);

const WAIT_MS = 60_000;

/**
 * The revalidation workflow against the real servers: the applications service in-process (its
 * consumers, activities and API), the orchestrating worker in-process, Kafka, Temporal and
 * PostgreSQL. A grant starts the workflow from its event; a risk alert on Kafka starts an early
 * revalidation; people act through the API.
 */
describe('revalidation of an authorisation (real Kafka, Temporal, PostgreSQL)', () => {
  let harness: RevalidationHarness;
  let service: ServiceUnderTest;
  let temporal: Client;
  let act: RevalidationHarness['act'];
  let waitForStage: RevalidationHarness['waitForStage'];
  let workflowState: RevalidationHarness['state'];
  let producer: Producer;
  const kafka = testKafka('revalidation-int');
  const company = makeCompany('DORNOD');
  const holder = company.operatorToken;
  const executive = bearer({ sub: 'executive-1', roles: [ROLES.executive] });
  const ownOffice = bearer({ sub: 'office-dornod', roles: [ROLES.regionalOffice], region: 'DORNOD' });
  const otherOffice = bearer({ sub: 'office-khovd', roles: [ROLES.regionalOffice], region: 'KHOVD' });

  /**
   * The holder's view of the workflow: nothing of customs' risk assessment (triggers, risk, the
   * validation) nor notes naming it, and none of `customsWords` (a trigger's reason, a staff id).
   */
  const expectHolderView = (workflow: Record<string, unknown>, customsWords: string[]) => {
    for (const key of ['trigger', 'pendingTriggers', 'risk', 'validation']) expect(workflow).not.toHaveProperty(key);
    expect(workflow['history']).toEqual(
      expect.arrayContaining([{ at: expect.any(String), stage: expect.any(String) }]),
    );
    for (const entry of workflow['history'] as object[]) expect(entry).not.toHaveProperty('note');
    for (const part of ['suspension', 'revocation'])
      if (workflow[part]) expect(workflow[part]).not.toHaveProperty('by');
    const text = JSON.stringify(workflow);
    for (const word of customsWords) expect(text).not.toContain(word);
  };

  /**
   * The authorisation's workflow, if a visibility query for revalidations due (by 2100, as operations'
   * dueBefore asks) lists its latest run (a run that continued as new keeps the attributes it had).
   */
  const dueRevalidationWorkflows = async (number: string): Promise<string[]> => {
    const listed: string[] = [];
    const query = `WorkflowId = '${revalidationWorkflowId(number)}' AND ExecutionStatus != 'ContinuedAsNew' AND AeoRevalidationDue <= '2100-01-01T00:00:00.000Z'`;
    for await (const workflow of temporal.workflow.list({ query })) listed.push(workflow.workflowId);
    return listed;
  };

  /** An AEOF authorisation of the company, granted now. */
  const grant = async (): Promise<string> => (await harness.grant('AEOF', { company })).authorisationNumber;
  let operatorId: string | undefined;

  // A namespace of its own: other tests' services poll the same task queues in the default one.
  beforeAll(async () => {
    harness = await startRevalidationHarness('aeo-test-revalidation');
    ({ service, temporal, act, waitForStage, state: workflowState } = harness);
    producer = kafka.producer({ idempotent: true });
    await producer.connect();
    operatorId = await harness.register(company);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await harness?.close();
  });

  /** A fresh authorisation whose revalidation workflow is monitoring, with the certification events from its grant on. */
  const withMonitoredAuthorisation = async (
    test: (granted: {
      number: string;
      events: Awaited<ReturnType<typeof collectMessages>>;
      monitoring: RevalidationState;
    }) => Promise<void>,
  ) => {
    const events = await collectMessages(kafka, [TOPIC_NAMES.certificationEvents]);
    try {
      const number = await grant();
      await test({ number, events, monitoring: await waitForStage(number, 'monitoring') });
    } finally {
      await events.stop();
    }
  };

  it('starts the workflow at the grant; a risk alert on Kafka starts an early revalidation, once; a foreign regional office gets 403 and nothing starts', async () => {
    await withMonitoredAuthorisation(async ({ number, events, monitoring }) => {
      expect(monitoring).toMatchObject({ cycle: 1, pendingTriggers: [] });
      const register = await service.http
        .get(`/v1/authorisations/${number}`)
        .set('Authorization', executive)
        .expect(200);
      expect(monitoring.nextDueAt).toBe(register.body.revalidationDue);
      // The daily watchdog's schedule exists.
      await expect(temporal.schedule.getHandle(WATCHDOG_SCHEDULE_ID).describe()).resolves.toMatchObject({
        scheduleId: WATCHDOG_SCHEDULE_ID,
      });

      // Another region's office: 403, and nothing is recorded or started.
      const refused = await act(number, 'revalidation-requests', otherOffice, {
        reason: 'suspicious shipments at the border',
      }).expect(403);
      expect(refused.body.message).toContain('outside your scope');
      await act(number, 'revalidation-requests', ownOffice, { reason: 'x' }).expect(400, /reason/);
      const requests: { n: number }[] = await service.dataSource.query(
        `SELECT count(*)::int AS n FROM revalidation_requests WHERE authorisation_number = $1`,
        [number],
      );
      expect(requests[0].n).toBe(0);
      const quiet = await workflowState(number);
      expect(quiet).toMatchObject({ stage: 'monitoring', pendingTriggers: [] });
      expect(quiet.trigger).toBeUndefined();

      // A serious infringement makes the risk engine raise an alert; the same alert delivered twice counts once.
      const alertId = randomUUID();
      const alert = {
        alertId,
        taxpayerId: company.taxpayerId,
        operatorId,
        severity: 'serious' as const,
        recommendation: 'early-revalidation' as const,
        reason: 'serious infringement: undervaluation of 12 declarations',
        sourceEventId: randomUUID(),
        raisedAt: new Date().toISOString(),
      };
      for (const id of [randomUUID(), randomUUID()]) {
        await producer.send({
          topic: TOPIC_NAMES.riskAlertEvents,
          acks: -1,
          messages: [
            toKafkaRecord(
              {
                id,
                type: RiskAlertRaised.type,
                source: '/aeo/risk-management',
                subject: alertId,
                time: new Date().toISOString(),
                data: alert,
              },
              company.taxpayerId,
            ),
          ],
        });
      }
      const early = await waitForStage(number, 'self-assessment');
      expect(early.trigger).toMatchObject({
        source: 'risk-alert',
        triggerId: `risk-alert-${alertId}`,
        requestedBy: 'system:risk-engine',
      });

      // The trigger is in the workflow's history, and the cycle's start in the events.
      const history = await temporal.workflow.getHandle(revalidationWorkflowId(number)).fetchHistory();
      const signals = history.events!.filter(
        (e) => e.workflowExecutionSignaledEventAttributes?.signalName === 'revalidationTrigger',
      );
      expect(signals.length).toBeGreaterThanOrEqual(1);
      const startedEvents = await events.waitForCount(
        1,
        WAIT_MS,
        (m) => m.headers['ce_type'] === 'aeo.revalidation.started.v1' && m.headers['ce_subject'] === number,
      );
      expect(JSON.parse(startedEvents[0].message.value!.toString())).toMatchObject({
        authorisationNumber: number,
        cycle: 1,
        trigger: { source: 'risk-alert' },
      });

      // Its own region's office asks too, during the cycle: accepted, noted by the running cycle.
      const requestId = randomUUID();
      const request = { requestId, reason: 'border post reports repeated irregularities', siteVisit: true };
      await act(number, 'revalidation-requests', ownOffice, request).expect(202);
      await act(number, 'revalidation-requests', ownOffice, request).expect(202);
      await waitForStage(number, 'self-assessment', (s) =>
        s.history.some((h) => h.note.includes('regional-office trigger noted during cycle 1')),
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const lifecycle = await service.http
        .get(`/v1/authorisations/${number}/lifecycle`)
        .set('Authorization', ownOffice)
        .expect(200);
      expect(
        lifecycle.body.workflow.history.filter((h: { note: string }) => h.note.includes('trigger noted')).length,
      ).toBe(1);
      expect(lifecycle.body.workflow.trigger).toMatchObject({
        source: 'risk-alert',
        reason: `early-revalidation (serious): ${alert.reason}`,
      });
      // The holder reads its lifecycle without customs' risk assessment: the stage and its due date, not the alert or the office's request.
      const customsWords = [alert.reason, 'risk-alert', 'system:risk-engine', 'office-dornod', request.reason];
      const holderView = await service.http
        .get(`/v1/authorisations/${number}/lifecycle`)
        .set('Authorization', holder)
        .expect(200);
      expect(holderView.body.workflow).toMatchObject({
        stage: 'self-assessment',
        cycle: 1,
        selfAssessment: { due: early.selfAssessment!.due },
      });
      expectHolderView(holderView.body.workflow, customsWords);
      expect(
        events.messages.filter(
          (m) => m.headers['ce_type'] === 'aeo.revalidation.started.v1' && m.headers['ce_subject'] === number,
        ),
      ).toHaveLength(1);

      // The holder updates its self-assessment: unknown questions are refused with the field named.
      await service.http
        .put(`/v1/authorisations/${number}/revalidation/self-assessment`)
        .set('Authorization', holder)
        .send({ answers: { 'no.such.question': 'yes' } })
        .expect(400, /answers: unknown question/);
      const programme = await service.http.get('/v1/programme').set('Authorization', holder).expect(200);
      const questionId: string = programme.body.document.sections[0].questions[0].id;
      const updated = await service.http
        .put(`/v1/authorisations/${number}/revalidation/self-assessment`)
        .set('Authorization', holder)
        .send({ answers: { [questionId]: 'no' } })
        .expect(200);
      expect(updated.body.selfAssessment).toMatchObject({
        updatedBy: `trader-${company.taxpayerId}`,
        changedQuestions: 1,
      });
      expectHolderView(updated.body, customsWords);
      const registerHistory = await service.http
        .get(`/v1/authorisations/${number}`)
        .set('Authorization', executive)
        .expect(200);
      expect(registerHistory.body.history.map((h: { change: string }) => h.change)).toEqual([
        'granted',
        'revalidation-started',
        'revalidation-requested',
        'self-assessment-updated',
      ]);
      expect(registerHistory.body.history[1]).toMatchObject({
        changedBy: 'system:risk-engine',
        details: { trigger: { source: 'risk-alert' } },
      });
      // The holder's register: without the office's request, the trigger, and who in customs acted or granted.
      const holderRegister = await service.http
        .get(`/v1/authorisations/${number}`)
        .set('Authorization', holder)
        .expect(200);
      expect(holderRegister.body.history.map((h: { change: string }) => h.change)).toEqual([
        'granted',
        'revalidation-started',
        'self-assessment-updated',
      ]);
      expect(holderRegister.body.history[1].details).toEqual({
        cycle: 1,
        selfAssessmentDue: early.selfAssessment!.due,
      });
      expect(holderRegister.body).not.toHaveProperty('decidedBy');
      for (const entry of holderRegister.body.history) expect(entry).not.toHaveProperty('changedBy');
      const holderList = await service.http.get('/v1/authorisations').set('Authorization', holder).expect(200);
      expect(
        holderList.body.find((a: { authorisationNumber: string }) => a.authorisationNumber === number),
      ).not.toHaveProperty('decidedBy');
      for (const word of [...customsWords, registerHistory.body.decidedBy])
        expect(JSON.stringify([holderRegister.body, holderList.body])).not.toContain(word);
    });
  });

  it('takes a change the holder reports: answered as stored, listed, and published with the authorisation', async () => {
    await withMonitoredAuthorisation(async ({ number, events }) => {
      const change = {
        kind: 'ownership',
        description: 'A new majority shareholder since October',
        effectiveDate: '2026-11-01',
      };
      // A date beyond a year ahead is a typing mistake or too early to report: 400 naming it, nothing stored.
      const farAhead = await act(number, 'changes', holder, { ...change, effectiveDate: '9999-12-31' }).expect(400);
      expect(farAhead.body.message).toMatch(
        /^effectiveDate: must be at most a year ahead \(\d{4}-\d{2}-\d{2} at the latest\)/,
      );
      const reported = await act(number, 'changes', holder, change).expect(201);
      expect(reported.body).toEqual({
        changeId: expect.any(String),
        authorisationNumber: number,
        ...change,
        siteVisit: true,
        reportedBy: expect.any(String),
        reportedAt: expect.any(String),
      });
      const listed = await service.http
        .get(`/v1/authorisations/${number}/changes`)
        .set('Authorization', holder)
        .expect(200);
      expect(listed.body).toEqual([expect.objectContaining({ kind: 'ownership', siteVisit: true })]);
      const [published] = await events.waitForCount(
        1,
        WAIT_MS,
        (m) => m.headers['ce_type'] === 'aeo.authorisation.change-reported.v1' && m.headers['ce_subject'] === number,
      );
      expect(JSON.parse(published.message.value!.toString())).toMatchObject({
        authorisationNumber: number,
        changeId: reported.body.changeId,
        ...change,
        siteVisit: true,
        reportedBy: reported.body.reportedBy,
        reportedAt: reported.body.reportedAt,
      });
    });
  });

  it('suspends, reinstates and ends in a surrender through the API, with the register and the events following', async () => {
    await withMonitoredAuthorisation(async ({ number, events }) => {
      // The holder cannot suspend, customs cannot surrender, and a reinstatement needs a suspension.
      await act(number, 'suspension', holder, { grounds: ['we would rather not'] }).expect(403);
      await act(number, 'surrender', executive, { reason: 'not yours to give up' }).expect(403);
      const notSuspended = await act(number, 'reinstatement', executive, { reasons: ['measures verified'] }).expect(
        409,
      );
      expect(notSuspended.body.message).toContain('not possible while the authorisation is at stage monitoring');
      await act(number, 'suspension', executive, { grounds: ['x'] }).expect(400, /grounds/);

      const suspended = await act(number, 'suspension', executive, {
        grounds: ['the security plan of the new warehouse is missing'],
        scope: 'security',
      }).expect(200);
      expect(suspended.body).toMatchObject({
        stage: 'suspended',
        suspension: { scope: 'security', by: 'executive-1' },
      });
      // The holder sees the suspension and the grounds it must remedy, not who in customs suspended.
      const holderView = await service.http
        .get(`/v1/authorisations/${number}/lifecycle`)
        .set('Authorization', holder)
        .expect(200);
      expect(holderView.body.workflow.suspension).toEqual({
        scope: 'security',
        grounds: ['the security plan of the new warehouse is missing'],
        since: expect.any(String),
        requestedByHolder: false,
        planDue: expect.any(String),
      });
      expectHolderView(holderView.body.workflow, ['executive-1']);
      // A lifecycle action is a human step: repeated, the same answer and no second update; another one, 409 with what was done.
      const repeated = await act(number, 'suspension', executive, {
        grounds: ['the security plan of the new warehouse is missing'],
        scope: 'security',
      }).expect(200);
      expect(repeated.body).toEqual(suspended.body);
      const otherGrounds = await act(number, 'suspension', executive, { grounds: ['the guarantee has lapsed'] }).expect(
        409,
      );
      expect(otherGrounds.body.message).toMatch(
        new RegExp(`^The suspend step of authorisation ${number} was already taken: suspended on \\S+ by executive-1$`),
      );
      const updates = (
        (await temporal.workflow.getHandle(revalidationWorkflowId(number)).fetchHistory()).events ?? []
      ).filter((event) => event.workflowExecutionUpdateAcceptedEventAttributes);
      expect(updates).toHaveLength(1);
      expect(
        (await service.http.get(`/v1/authorisations/${number}`).set('Authorization', executive).expect(200)).body
          .status,
      ).toBe('suspended');
      // A value out of bounds is a data error naming its field: refused by the schema (400) or by the workflow (422), never 409.
      const tooLong = await act(number, 'remediation-plan', holder, {
        measures: ['write and test the warehouse security plan'],
        periodDays: 730,
      }).expect(400);
      expect(tooLong.body.message).toMatch(/^periodDays: at most 180 days/);
      // Signed as an identity provider would (the development issuer refuses such a sub too).
      const longSub = `Bearer ${signedAccessToken({ sub: `executive-${'x'.repeat(200)}`, roles: [ROLES.executive] })}`;
      const refusedToken = await act(number, 'suspension', longSub, { grounds: ['the guarantee has lapsed'] }).expect(
        401,
      );
      expect(refusedToken.body.message).toContain('sub: too long');
      const planned = await act(number, 'remediation-plan', holder, {
        measures: ['write and test the warehouse security plan'],
        periodDays: 45,
      }).expect(200);
      expect(planned.body.suspension.plan).toMatchObject({ periodDays: 45, by: `trader-${company.taxpayerId}` });
      expectHolderView(planned.body, ['executive-1']);
      const reinstated = await act(number, 'reinstatement', executive, {
        reasons: ['the plan was checked on site'],
      }).expect(200);
      expect(reinstated.body.stage).toBe('monitoring');
      expect(
        (await service.http.get(`/v1/authorisations/${number}`).set('Authorization', executive).expect(200)).body
          .status,
      ).toBe('granted');
      await waitForStage(number, 'monitoring');

      await waitFor(
        'the workflow among the due revalidations',
        async () => (await dueRevalidationWorkflows(number)).length === 1,
        WAIT_MS,
      );
      const farAhead = await act(number, 'surrender', holder, {
        reason: 'the company leaves the customs business',
        effectiveFrom: new Date(Date.now() + 5000 * 86_400_000).toISOString(),
      }).expect(422);
      expect(farAhead.body.message).toMatch(/refused: effectiveFrom: at most \d+ days ahead$/);
      const surrendered = await act(number, 'surrender', holder, {
        reason: 'the company leaves the customs business',
      }).expect(200);
      expect(['surrendering', 'surrendered']).toContain(surrendered.body.stage);
      await waitFor(
        'the surrender in the register',
        async () =>
          (await service.http.get(`/v1/authorisations/${number}`).set('Authorization', executive)).body.status ===
          'surrendered',
        WAIT_MS,
      );
      // A surrendered authorisation has no revalidation due: neither in the surrender's answer, its register entry nor its lifecycle.
      expect(surrendered.body.nextDueAt).toBeNull();
      for (const reader of [holder, executive])
        expect(
          (await service.http.get(`/v1/authorisations/${number}`).set('Authorization', reader).expect(200)).body,
        ).toMatchObject({ status: 'surrendered', revalidationDue: null });
      for (const reader of [holder, executive]) {
        const ended = await service.http
          .get(`/v1/authorisations/${number}/lifecycle`)
          .set('Authorization', reader)
          .expect(200);
        expect(ended.body).toMatchObject({ status: 'surrendered', revalidationDue: null });
        expect(ended.body.workflow).toMatchObject({ stage: 'surrendered', nextDueAt: null });
      }
      // Nor in operations' visibility query for due revalidations: the ended workflow cleared its AeoRevalidationDue.
      await waitFor(
        'the surrendered workflow out of the due revalidations',
        async () => (await dueRevalidationWorkflows(number)).length === 0,
        WAIT_MS,
      );
      const types = (
        await events.waitForCount(
          4,
          WAIT_MS,
          (m) => m.headers['ce_subject'] === number && m.headers['ce_type'] !== 'aeo.authorisation.granted.v1',
        )
      ).map((m) => m.headers['ce_type']);
      expect(types).toEqual([
        'aeo.authorisation.suspended.v1',
        'aeo.authorisation.suspension-progress.v1',
        'aeo.authorisation.reinstated.v1',
        'aeo.authorisation.surrendered.v1',
      ]);
      // The ended workflow answers further actions with 409.
      await act(number, 'suspension', executive, { grounds: ['too late for this'] }).expect(409);
    });
  });

  it('the same lifecycle action in a later cycle is a new step: it reaches the workflow and answers its new state', async () => {
    const number = await grant();
    const first = await waitForStage(number, 'monitoring');
    const suspension = { grounds: ['the guarantee has lapsed'], scope: 'whole' };
    const suspended = await act(number, 'suspension', executive, suspension).expect(200);
    expect(suspended.body).toMatchObject({ stage: 'suspended', cycle: first.cycle });
    // The next cycle runs in a new workflow run (as after a completed cycle), the authorisation back in force.
    await temporal.workflow.getHandle(revalidationWorkflowId(number)).terminate('test: the next cycle');
    await service.dataSource.query(
      `UPDATE authorisations SET status = 'granted', suspended_scope = NULL, revalidation_cycle = revalidation_cycle + 1 WHERE authorisation_number = $1`,
      [number],
    );
    await expect(service.app.get(RevalidationWorkflows).start(number)).resolves.toBe(true);
    await waitForStage(number, 'monitoring', (state) => state.cycle === first.cycle + 1);

    const again = await act(number, 'suspension', executive, suspension).expect(200);
    expect(again.body).toMatchObject({ stage: 'suspended', cycle: first.cycle + 1 });
    expect((await workflowState(number)).stage).toBe('suspended');
  });

  it('the watchdog starts a missing workflow again and reports what it cannot repair', async () => {
    const number = await grant();
    await waitForStage(number, 'monitoring');
    await temporal.workflow.getHandle(revalidationWorkflowId(number)).terminate('simulated loss');
    const watchdog = service.app.get(WatchdogActivitiesService);
    const report = await watchdog.repairRevalidationWorkflows({ now: new Date().toISOString(), stuckAfterDays: 180 });
    expect(report.started).toContain(number);
    await waitForStage(number, 'monitoring');
    // A suspended authorisation without its workflow cannot be rebuilt from the register: reported, not restarted.
    await act(number, 'suspension', executive, { grounds: ['premises no longer secured'] }).expect(200);
    await temporal.workflow.getHandle(revalidationWorkflowId(number)).terminate('simulated loss');
    const second = await watchdog.repairRevalidationWorkflows({ now: new Date().toISOString(), stuckAfterDays: 180 });
    expect(second.started).not.toContain(number);
    expect(second.stuck).toContainEqual({
      authorisationNumber: number,
      reason: expect.stringContaining('unreachable'),
    });
    const alerts: { n: number }[] = await service.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE type = 'aeo.revalidation.watchdog-alert.v1' AND payload->>'authorisationNumber' = $1`,
      [number],
    );
    expect(alerts[0].n).toBe(1);
  });

  // Last: the revocation bars the company from applying again.
  it('revokes after the right to be heard, and the company may not apply again for three years', async () => {
    const number = await grant();
    await waitForStage(number, 'monitoring');
    const hearing = await act(number, 'revocation', executive, {
      grounds: ['false statements in the self-assessment'],
    }).expect(200);
    expect(hearing.body).toMatchObject({
      stage: 'revocation-hearing',
      revocation: { grounds: ['false statements in the self-assessment'] },
    });
    // Revoking before the hearing is over is refused; the holder comments, then the executive decides.
    await act(number, 'revocation/decision', executive, {
      decision: 'revoke',
      reasons: ['the statements were false'],
    }).expect(409);
    const commented = await act(number, 'revocation/hearing-response', holder, {
      response: 'The statements were a clerical error, corrected since.',
    }).expect(200);
    expect(commented.body.revocation).toMatchObject({
      grounds: ['false statements in the self-assessment'],
      response: { response: 'The statements were a clerical error, corrected since.' },
    });
    expectHolderView(commented.body, ['executive-1']);
    await act(number, 'revocation/decision', executive, {
      decision: 'drop',
      reasons: ['x'],
      effectiveFrom: new Date().toISOString(),
    }).expect(400, /effectiveFrom/);
    await act(number, 'revocation/decision', executive, {
      decision: 'revoke',
      reasons: ['the comments do not answer the grounds'],
    }).expect(200);
    const revoked = await waitFor(
      'the revocation in the register',
      async () => {
        const body = (await service.http.get(`/v1/authorisations/${number}`).set('Authorization', executive)).body;
        return body.status === 'revoked' ? body : undefined;
      },
      WAIT_MS,
    );
    expect(revoked.revalidationDue).toBeNull();
    expect(revoked.history.map((h: { change: string }) => h.change)).toEqual([
      'granted',
      'revocation-intended',
      'revocation-hearing-response',
      'revoked',
    ]);
    // A revoked authorisation has no revalidation due either.
    const ended = await waitFor(
      'the revoked workflow',
      async () => {
        const body = (
          await service.http.get(`/v1/authorisations/${number}/lifecycle`).set('Authorization', executive).expect(200)
        ).body;
        return body.workflow?.stage === 'revoked' ? body : undefined;
      },
      WAIT_MS,
    );
    expect(ended).toMatchObject({ status: 'revoked', revalidationDue: null, workflow: { nextDueAt: null } });
    await waitFor(
      'the revoked workflow out of the due revalidations',
      async () => (await dueRevalidationWorkflows(number)).length === 0,
      WAIT_MS,
    );
    const barred = await service.http
      .post('/v1/applications')
      .set('Authorization', holder)
      .send({ operatorId, statusType: 'AEOC', consentToMraSharing: false })
      .expect(409);
    expect(barred.body.message).toMatch(/revoked on .*; no new application before/);
  });
});
