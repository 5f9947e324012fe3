import { randomBytes, randomUUID } from 'node:crypto';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { startProgramme } from '../../testing/start-programme';
import { PilotFinalReportFollowUpService } from './final-report-follow-up';

jest.setTimeout(300_000);

/**
 * The pilot workflow's follow-up of a final report awaiting approval (activity
 * `followUpPilotFinalReportApproval`), on the service's own database: the reminder and the
 * escalation each published and audited once per pilot, nothing for a pilot without a report or
 * with one approved. (When the workflow calls it: programme-pilot.workflow.spec.ts.)
 */
describe('pilot final report approval follow-up (real PostgreSQL)', () => {
  let service: ServiceUnderTest;
  let followUps: PilotFinalReportFollowUpService;
  const run = randomBytes(3).toString('hex').toUpperCase();

  const query = (sql: string, parameters: unknown[] = []) => service.dataSource.query(sql, parameters);
  /** An ended pilot, as the workflow leaves it, with `reports` made (the last approved when `approved`). */
  const endedPilot = async (name: string, reports: number, approved = false) => {
    const id = randomUUID();
    await query(
      `INSERT INTO pilots (id, code, title, status, starts_on, ends_on, max_companies, created_by)
       VALUES ($1, $2, $3, $4, current_date - 90, current_date - 20, 5, 'policy.unit.oyun')`,
      [id, `FU-${name}-${run}`, `Follow-up pilot ${name}`, reports > 0 ? 'reported' : 'ended'],
    );
    const ids: string[] = [];
    for (let sequence = 1; sequence <= reports; sequence += 1) {
      const reportId = randomUUID();
      ids.push(reportId);
      const approve = approved && sequence === reports;
      await query(
        `INSERT INTO pilot_final_reports (id, pilot_id, sequence, trigger, languages, content, generated_by, generated_at,
           approved_by, approved_at)
         VALUES ($1, $2, $3, $4, '{mn,en}', '{}', 'system:pilot-workflow', now() - interval '19 days', $5, $6)`,
        [
          reportId,
          id,
          sequence,
          sequence === 1 ? 'workflow' : 'on-demand',
          approve ? 'executive.ganbold' : null,
          approve ? new Date() : null,
        ],
      );
    }
    return { id, reports: ids };
  };
  const eventsOf = async (pilotId: string) =>
    (
      await query(
        `SELECT type, payload FROM outbox WHERE type LIKE 'aeo.programme-pilot.final-report-approval-%' ORDER BY seq`,
      )
    )
      .filter((row: { payload: Record<string, unknown> }) => row.payload['pilotId'] === pilotId)
      .map((row: { type: string; payload: Record<string, unknown> }) => ({ type: row.type, ...row.payload }));
  const auditOf = async (reportIds: string[]) =>
    (
      await query(
        `SELECT action, actor_sub, entity_id FROM audit_log WHERE action LIKE 'pilot-final-report.approval-%' AND entity_id = ANY($1) ORDER BY id`,
        [reportIds],
      )
    ).map(
      (row: { action: string; actor_sub: string; entity_id: string }) =>
        `${row.action} ${row.actor_sub} ${row.entity_id}`,
    );

  beforeAll(async () => {
    service = await startProgramme([], {}, { ownTopics: true });
    followUps = service.app.get(PilotFinalReportFollowUpService);
  });

  afterAll(async () => {
    await service?.close();
  });

  it('reminds of the latest report awaiting approval, then escalates it, each once per pilot', async () => {
    const pilot = await endedPilot('awaiting', 2);
    const latest = pilot.reports[1]!;
    expect(await followUps.followUp({ pilotId: pilot.id, step: 'reminder', daysWaiting: 14 })).toEqual({
      recorded: true,
    });
    // A retry, or the workflow's next run after a continue-as-new: nothing again.
    expect(await followUps.followUp({ pilotId: pilot.id, step: 'reminder', daysWaiting: 15 })).toEqual({
      recorded: false,
    });
    expect(await followUps.followUp({ pilotId: pilot.id, step: 'escalation', daysWaiting: 30 })).toEqual({
      recorded: true,
    });
    expect(await followUps.followUp({ pilotId: pilot.id, step: 'escalation', daysWaiting: 30 })).toEqual({
      recorded: false,
    });
    expect(await eventsOf(pilot.id)).toEqual([
      expect.objectContaining({
        type: 'aeo.programme-pilot.final-report-approval-reminded.v1',
        code: `FU-awaiting-${run}`,
        title: 'Follow-up pilot awaiting',
        by: 'system:pilot-workflow',
        reportId: latest,
        sequence: 2,
        daysWaiting: 14,
        generatedAt: expect.any(String),
      }),
      expect.objectContaining({
        type: 'aeo.programme-pilot.final-report-approval-escalated.v1',
        reportId: latest,
        daysWaiting: 30,
      }),
    ]);
    expect(await auditOf(pilot.reports)).toEqual([
      `pilot-final-report.approval-reminded system:pilot-workflow ${latest}`,
      `pilot-final-report.approval-escalated system:pilot-workflow ${latest}`,
    ]);
  });

  it('audits each refusal of a follow-up the workflow reports, once per step and attempt; the last as given up', async () => {
    const pilot = await endedPilot('refused', 1);
    const refusal = {
      pilotId: pilot.id,
      step: 'reminder' as const,
      attempts: 3,
      failureType: 'InvalidData',
      detail: 'value too long for type character varying(200)',
    };
    await followUps.recordRefusal({ ...refusal, attempt: 1, retryAt: '2027-03-02T00:00:00.000Z' });
    // The activity retried after its commit: nothing again.
    await followUps.recordRefusal({ ...refusal, attempt: 1, retryAt: '2027-03-02T00:00:00.000Z' });
    await followUps.recordRefusal({ ...refusal, attempt: 3 });
    const audit = (
      await query(`SELECT action, actor_sub, entity_type, after FROM audit_log WHERE entity_id = $1 ORDER BY id`, [
        pilot.id,
      ])
    ).map((row: { action: string; actor_sub: string; entity_type: string; after: Record<string, unknown> }) => [
      row.action,
      row.actor_sub,
      row.entity_type,
      row.after['attempt'],
      row.after['retryAt'] ?? null,
    ]);
    expect(audit).toEqual([
      [
        'pilot-final-report.approval-follow-up-refused',
        'system:pilot-workflow',
        'pilot',
        1,
        '2027-03-02T00:00:00.000Z',
      ],
      ['pilot-final-report.approval-follow-up-given-up', 'system:pilot-workflow', 'pilot', 3, null],
    ]);
    // Refusals publish nothing: the executives hear of the report only by the follow-ups themselves.
    expect(await eventsOf(pilot.id)).toEqual([]);
  });

  it('does nothing for a pilot whose report is approved, or that has none yet (the policy unit makes it on demand)', async () => {
    const approved = await endedPilot('approved', 1, true);
    const unreported = await endedPilot('unreported', 0);
    for (const pilot of [approved, unreported])
      for (const step of ['reminder', 'escalation'] as const)
        expect(await followUps.followUp({ pilotId: pilot.id, step, daysWaiting: 30 })).toEqual({ recorded: false });
    expect([...(await eventsOf(approved.id)), ...(await eventsOf(unreported.id))]).toEqual([]);
    // Not taken: a report made later is still reminded of.
    await query(
      `INSERT INTO pilot_final_reports (id, pilot_id, sequence, trigger, languages, content, generated_by, generated_at)
       VALUES ($1, $2, 1, 'on-demand', '{en}', '{}', 'policy.unit.oyun', now())`,
      [randomUUID(), unreported.id],
    );
    expect(await followUps.followUp({ pilotId: unreported.id, step: 'escalation', daysWaiting: 31 })).toEqual({
      recorded: true,
    });
  });
});
