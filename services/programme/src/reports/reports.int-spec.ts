import { createHash, randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import request from 'supertest';
import { ROLES } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { OutboxWriter } from '@aeo/messaging';
import { failQueryOnce } from '@aeo/persistence/testing';
import { PROGRAMME_REPORT_SCHEDULE_ID } from '@aeo/workflows';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, waitFor } from '@aeo/testing';
import { startProgramme } from '../testing/start-programme';
import { pdfText } from '@aeo/pdf';
import { KpisService } from '../kpis/kpis.service';
import { REPORT_DEVIATION_SOURCE, REPORT_SCORECARD_SOURCE, type ReportDeviationSource } from './report-sources';
import { ReportsActivities } from './reports.activities';
import { PRODUCTION_LOCK_SPACE } from './reports.repository';
import { productionKey, ReportsService } from './reports.service';

jest.setTimeout(180_000);

/** A quarter no other test's facts fall in (the report is national). */
const QUARTER = '2019-Q2';

/** Three applications accepted in the quarter: 10 and 20 days after submission in April, 40 in May. */
const ACCEPTANCES = [
  { submitted: '2019-03-22', accepted: '2019-04-01' },
  { submitted: '2019-04-05', accepted: '2019-04-25' },
  { submitted: '2019-04-01', accepted: '2019-05-11' },
];

/** Binary bodies (the PDF) as a Buffer. */
const binary = (response: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('programme reports: issued, stored, listed and fetched (real PostgreSQL)', () => {
  let service: ServiceUnderTest;
  let http: ReturnType<typeof request>;
  const policyUnit = bearer({ sub: 'policy-1', roles: [ROLES.policyUnit] });
  const executive = bearer({ sub: 'exec-1', roles: [ROLES.executive] });
  const office = bearer({ sub: 'ro-1', roles: [ROLES.regionalOffice], region: 'ULAANBAATAR' });
  const validator = bearer({ sub: 'val-1', roles: [ROLES.validator], region: 'ULAANBAATAR' });

  beforeAll(async () => {
    // Topics of the file's own: the consumers do not wade through the shared topics from their start,
    // and the report's event reaches no platform on the same Kafka.
    service = await startProgramme([], {}, { ownTopics: true });
    http = service.http;
    for (const acceptance of ACCEPTANCES)
      await service.dataSource.query(
        `INSERT INTO certification_processes (application_id, operator_id, region, status_type, submitted_at, accepted_at)
         VALUES ($1, $2, 'ULAANBAATAR', 'AEOC', $3, $4)`,
        [randomUUID(), randomUUID(), `${acceptance.submitted}T00:00:00Z`, `${acceptance.accepted}T00:00:00Z`],
      );
    // A deviation case being worked on, as the deviation workflow's steps leave it.
    await service.dataSource.query(
      `INSERT INTO deviation_cases (case_id, kpi_id, scope, period, value, threshold, phase, owner, actions, opened_at, updated_at)
       VALUES ($1, 'stage-acceptance-days', 'national', '2019-05', 40, $2, 'implementation', 'policy-1', $3, '2019-06-03T00:00:00Z', now())`,
      [
        `programme-deviation-${randomUUID()}`,
        JSON.stringify({ version: 1, bound: 'upper', limit: 30, periodsToVerify: 2 }),
        JSON.stringify([
          {
            actionId: 'a1',
            description: 'More acceptance officers',
            owner: 'hr',
            dueDate: '2019-07-15',
            status: 'open',
          },
          { actionId: 'a2', description: 'Checklist', owner: 'ops', dueDate: '2019-06-20', status: 'done' },
        ]),
      ],
    );
  });
  afterAll(() => service?.close());

  let reportId: string;

  it('issues a report on demand (policy unit): stored with HTML and PDF in both languages, announced, audited', async () => {
    const issued = await http.post('/v1/reports').set('Authorization', policyUnit).send({ quarter: QUARTER });
    expect(issued.status).toBe(201);
    reportId = issued.body.id;
    expect(issued.body).toMatchObject({
      quarter: QUARTER,
      trigger: 'on-demand',
      languages: ['mn', 'en'],
      issuedBy: 'policy-1',
    });
    expect(
      issued.body.renderings.map((r: { language: string; format: string }) => `${r.language}.${r.format}`),
    ).toEqual(['en.html', 'en.pdf', 'mn.html', 'mn.pdf']);

    const [event] = await service.dataSource.query(
      `SELECT payload FROM outbox WHERE type = 'aeo.programme-report.issued.v1' AND subject = $1`,
      [reportId],
    );
    expect(event.payload).toMatchObject({ reportId, quarter: QUARTER, trigger: 'on-demand', issuedBy: 'policy-1' });
    const [audit] = await service.dataSource.query(
      `SELECT actor_sub, after FROM audit_log WHERE action = 'programme-report.issued' AND entity_id = $1`,
      [reportId],
    );
    expect(audit.actor_sub).toBe('policy-1');
    expect(audit.after).toMatchObject({
      quarter: QUARTER,
      trigger: 'on-demand',
      deviationsAvailable: true,
      scorecardAvailable: true,
    });
  });

  it('lists and describes it for executives and the policy unit', async () => {
    const listed = await http.get(`/v1/reports?quarter=${QUARTER}`).set('Authorization', policyUnit);
    expect(listed.status).toBe(200);
    expect(listed.body.map((report: { id: string }) => report.id)).toEqual([reportId]);
    const one = await http.get(`/v1/reports/${reportId}`).set('Authorization', executive);
    expect(one.status).toBe(200);
    expect(one.body.renderings[0]).toMatchObject({ language: 'en', format: 'html' });
    expect(one.body.renderings[0].href).toBe(`/v1/reports/${reportId}/html?lang=en`);
  });

  it('serves the HTML with the KPI figures of the quarter, per month and for the quarter', async () => {
    const html = await http.get(`/v1/reports/${reportId}/html?lang=en`).set('Authorization', executive);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    const text = html.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('AEO programme: quarterly report, 2019-Q2');
    // April: median of 10 and 20 days; May: 40 (off the 30-day target); June: none; the quarter: 20.
    expect(text).toMatch(/Time to accept \(median\) at most 30 days 15 days ✓ 40 days ✗ — 20 days ✓/);
    // The open case, with its value against the threshold and its open action's due date.
    expect(text).toMatch(
      /Time to accept \(median\) national 2019-05 40 days \(30 days\) implementation 2019-06-03 policy-1 2019-07-15/,
    );
    // The scorecard (nothing assessed in this database) and the TFA 7.7 checks.
    expect(text).toMatch(/Mandate from the top [^<]*? not assessed/);
    expect(text).toContain('WTO Trade Facilitation Agreement, Article 7.7');
    expect(html.headers['x-content-sha256']).toBe(createHash('sha256').update(html.text).digest('hex'));
  });

  it('serves the Mongolian PDF, whose text holds the Mongolian KPI names and figures', async () => {
    const pdf = await http
      .get(`/v1/reports/${reportId}/pdf?lang=mn`)
      .set('Authorization', policyUnit)
      .buffer(true)
      .parse(binary);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const bytes = pdf.body as Buffer;
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(pdf.headers['x-content-sha256']);
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('AEO хөтөлбөр: улирлын тайлан, 2019-Q2');
    expect(text).toContain('Өргөдөл хүлээн авах хугацаа (медиан)');
    expect(text).toContain('Гэрчилгээжүүлэх хугацаа (медиан)');
    expect(text).toContain('15 хоног');
    expect(text).toContain('40 хоног');
  });

  it('refuses what it cannot do, naming the field', async () => {
    expect((await http.post('/v1/reports').set('Authorization', office).send({ quarter: QUARTER })).status).toBe(403);
    // A report lists every region's open deviation cases: a regional office neither lists nor reads one.
    for (const path of ['/v1/reports', `/v1/reports/${reportId}`, `/v1/reports/${reportId}/html?lang=en`])
      expect((await http.get(path).set('Authorization', office)).status).toBe(403);
    expect((await http.get('/v1/reports').set('Authorization', validator)).status).toBe(403);
    const badQuarter = await http.post('/v1/reports').set('Authorization', policyUnit).send({ quarter: '2019-Q5' });
    expect(badQuarter.status).toBe(400);
    expect(JSON.stringify(badQuarter.body)).toContain('quarter');
    const twice = await http
      .post('/v1/reports')
      .set('Authorization', policyUnit)
      .send({ quarter: QUARTER, languages: ['en', 'en'] });
    expect(twice.status).toBe(400);
    expect(JSON.stringify(twice.body)).toContain('languages');
    // Quarters the programme has no data for: not begun, or before its first quarter.
    for (const quarter of ['2099-Q1', '1900-Q1']) {
      const refused = await http.post('/v1/reports').set('Authorization', executive).send({ quarter });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toContain(`quarter: ${quarter}`);
    }
    const onlyEnglish = await http
      .post('/v1/reports')
      .set('Authorization', executive)
      .send({ quarter: QUARTER, languages: ['en'] });
    expect(onlyEnglish.status).toBe(201);
    const noMongolian = await http
      .get(`/v1/reports/${onlyEnglish.body.id}/pdf?lang=mn`)
      .set('Authorization', executive);
    expect(noMongolian.status).toBe(400);
    expect(noMongolian.body.message).toContain('lang');
    expect((await http.get(`/v1/reports/${reportId}/docx`).set('Authorization', executive)).status).toBe(400);
    expect((await http.get(`/v1/reports/${randomUUID()}`).set('Authorization', executive)).status).toBe(404);
  });

  /** A second instance of the service: its own ReportsService (memory) on the same database. */
  const instance = (deviations: ReportDeviationSource) =>
    new ReportsService(
      service.app.get(getDataSourceToken()),
      service.app.get(OutboxWriter),
      service.app.get(KpisService),
      deviations,
      service.app.get(REPORT_SCORECARD_SOURCE),
      service.app.get(APP_CONFIG),
    );
  const user = { sub: 'policy-1', roles: [ROLES.policyUnit] };

  /** A deviation source whose reads wait at a gate until `goOn`; `reached` resolves once `n` reads wait there. */
  function gatedSource(n = 1) {
    const sources = service.app.get<ReportDeviationSource>(REPORT_DEVIATION_SOURCE);
    const original = sources.openDeviations.bind(sources);
    let arrived = 0;
    let reached!: () => void;
    const atGate = new Promise<void>((resolve) => (reached = resolve));
    let goOn!: () => void;
    const gate = new Promise<void>((resolve) => (goOn = resolve));
    const gated: ReportDeviationSource = {
      openDeviations: async () => {
        arrived += 1;
        if (arrived === n) reached();
        await gate;
        return original();
      },
    };
    return { gated, original, atGate, goOn };
  }

  it('answers 409 to the same on-demand report asked of another instance while one is producing it, and not after', async () => {
    const { gated, original, atGate, goOn } = gatedSource();
    // The first instance's report waits on its deviation source until the test lets it go on.
    const first = instance(gated);
    const second = instance({ openDeviations: original });
    const quarter = '2019-Q1';
    const producing = first.issue(user, { quarter, languages: ['mn', 'en'] });
    await atGate;
    await expect(second.issue(user, { quarter, languages: ['mn', 'en'] })).rejects.toThrow(
      `The ${quarter} report in mn, en is being produced`,
    );
    // The same languages in another order are the same report.
    await expect(second.issue(user, { quarter, languages: ['en', 'mn'] })).rejects.toThrow(
      `The ${quarter} report in en, mn is being produced`,
    );
    // Through the HTTP API (a third instance, the app's own) too; another language set is another report.
    const refused = await http
      .post('/v1/reports')
      .set('Authorization', policyUnit)
      .send({ quarter, languages: ['en', 'mn'] });
    expect(refused.status).toBe(409);
    const other = await second.issue(user, { quarter, languages: ['mn'] });
    goOn();
    const made = await producing;
    expect(made).toMatchObject({ quarter, trigger: 'on-demand', languages: ['mn', 'en'] });
    // Done: the same report is made again, on either instance.
    const again = await second.issue(user, { quarter, languages: ['en', 'mn'] });
    expect(new Set([made.id, other.id, again.id]).size).toBe(3);
    const [rows] = await service.dataSource.query(
      `SELECT count(*)::int AS n FROM programme_reports WHERE quarter = $1 AND trigger = 'on-demand'`,
      [quarter],
    );
    expect(rows.n).toBe(3);
  });

  it('answers 503 with Retry-After to an on-demand report beyond REPORT_MAX_CONCURRENT (2) being produced by the instance', async () => {
    const sources = service.app.get<ReportDeviationSource>(REPORT_DEVIATION_SOURCE);
    const { gated, atGate, goOn } = gatedSource(2);
    const spy = jest.spyOn(sources, 'openDeviations').mockImplementation(gated.openDeviations);
    try {
      const post = (quarter: string) =>
        http
          .post('/v1/reports')
          .set('Authorization', policyUnit)
          .send({ quarter, languages: ['en'] });
      // Two reports of other quarters (other claims) hold the instance's two places.
      const producing = ['2019-Q3', '2019-Q4'].map((quarter) => post(quarter).then((response) => response));
      await atGate;
      const refused = await post('2020-Q1');
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      expect(refused.body.message).toContain('REPORT_MAX_CONCURRENT');
      goOn();
      expect((await Promise.all(producing)).map((response) => response.status)).toEqual([201, 201]);
    } finally {
      spy.mockRestore();
    }
    // The places are free again.
    const made = await http
      .post('/v1/reports')
      .set('Authorization', policyUnit)
      .send({ quarter: '2020-Q1', languages: ['en'] });
    expect(made.status).toBe(201);
  });

  it('closes the connection instead of pooling it when the production lock cannot be released: the lock goes with it', async () => {
    const quarter = '2018-Q3';
    const key = productionKey(quarter, ['en']);
    // The unlock fails once, as on a connection lost meanwhile (the lock may still be held).
    const dataSource = service.dataSource;
    const unlock = failQueryOnce(dataSource, /pg_advisory_unlock/);
    try {
      const made = await instance(service.app.get(REPORT_DEVIATION_SOURCE)).issue(user, { quarter, languages: ['en'] });
      expect(made).toMatchObject({ quarter });
    } finally {
      unlock.restore();
    }
    expect(unlock.failed()).toBe(1);
    // A connection outside the service's pool: the lock is free once its holder's backend has gone
    // (without the fix the connection idles in the pool holding it, and every instance answers 409).
    const outside = new PgClient({ connectionString: (service.dataSource.options as { url: string }).url });
    await outside.connect();
    try {
      const lockFree = async () => {
        const [{ free }] = (
          await outside.query(`SELECT pg_try_advisory_lock($1, hashtext($2)) AS free`, [PRODUCTION_LOCK_SPACE, key])
        ).rows;
        if (free) await outside.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [PRODUCTION_LOCK_SPACE, key]);
        return free as boolean;
      };
      // The closed backend's exit is asynchronous: asked again a few times, well within the pool's
      // 10 s idle timeout (after which an idle connection would be closed, with the fix or without).
      await waitFor('the production lock freed with its connection', lockFree, 3_000, 100);
    } finally {
      await outside.end();
    }
  });

  it('creates the quarterly Temporal Schedule at start', async () => {
    const schedule = await service.app.get(Client).schedule.getHandle(PROGRAMME_REPORT_SCHEDULE_ID).describe();
    expect(schedule.spec.calendars?.length ?? 0).toBeGreaterThan(0);
    expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'programmeReportWorkflow' });
  });

  it('makes the scheduled report once per quarter, whichever run or instance comes first', async () => {
    const activities = service.app.get(ReportsActivities).asActivities();
    // Two runs at once (two instances, or a retry), at the turn of a quarter long past.
    const now = '2019-01-01T01:00:00.000Z';
    const runs = await Promise.all([
      activities.issueQuarterlyReport({ now }),
      activities.issueQuarterlyReport({ now }),
    ]);
    expect(runs.map((run) => run.quarter)).toEqual(['2018-Q4', '2018-Q4']);
    expect(runs.filter((run) => run.reportId !== null)).toHaveLength(1);
    // A later run of the same quarter finds it made.
    expect(await activities.issueQuarterlyReport({ now: '2019-02-15T00:00:00.000Z' })).toEqual({
      quarter: '2018-Q4',
      reportId: null,
    });
    const [rows] = await service.dataSource.query(
      `SELECT count(*)::int AS n FROM programme_reports WHERE quarter = '2018-Q4'`,
    );
    expect(rows.n).toBe(1);
    const [events] = await service.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE type = 'aeo.programme-report.issued.v1' AND payload->>'quarter' = '2018-Q4'`,
    );
    expect(events.n).toBe(1);
    const listed = await http.get('/v1/reports?quarter=2018-Q4').set('Authorization', executive);
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).toMatchObject({ trigger: 'schedule', issuedBy: 'system:programme-report-schedule' });
  });
});
