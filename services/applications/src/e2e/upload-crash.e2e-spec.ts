import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, RunningProcess, startServiceProcess, TestDatabase, waitFor } from '@aeo/testing';
import { SAMPLE_PDF } from '../testing/file-application';
import { json, makeCompany, readJson } from './slice-fixtures';

jest.setTimeout(240_000);

/**
 * The case, for real: an evidence upload commits, then the service is killed (SIGKILL)
 * before its answer reaches the client. The client's retry with the same `Idempotency-Key`, to
 * the restarted service, gets the document that was stored, and there is still one.
 */
describe('an upload retried after a crash between its commit and its answer', () => {
  let database: TestDatabase;
  let db: Client;
  let applications: RunningProcess | undefined;
  const start = () => startServiceProcess('applications', { databaseUrl: database.url });

  beforeAll(async () => {
    database = await createTestDatabase('upload_crash');
    applications = await start();
    db = new Client({ connectionString: database.url });
    await db.connect();
  });

  afterAll(async () => {
    await applications?.stop();
    await db?.end();
    await database?.drop();
  });

  it('stores one document and answers the retry with it', async () => {
    const company = makeCompany('UVS');
    const registered = await fetch(`${applications!.url}/v1/operators`, {
      method: 'POST',
      headers: json(company.operatorToken),
      body: JSON.stringify(company.registration),
    });
    expect(registered.status).toBe(201);
    const draft = await fetch(`${applications!.url}/v1/applications`, {
      method: 'POST',
      headers: json(company.operatorToken),
      body: JSON.stringify({
        operatorId: (await readJson(registered)).id,
        statusType: 'AEOC',
        consentToMraSharing: false,
      }),
    });
    const applicationId = (await readJson(draft)).id as string;
    const programme = await readJson(
      await fetch(`${applications!.url}/v1/programme`, { headers: json(company.operatorToken) }),
    );
    const questionId = programme.document.sections
      .flatMap((s: { questions: { id: string; evidenceRequired: boolean }[] }) => s.questions)
      .find((q: { evidenceRequired: boolean }) => q.evidenceRequired).id as string;
    const key = randomUUID();
    const upload = (url: string) => {
      const form = new FormData();
      form.append('questionId', questionId);
      form.append('file', new Blob([SAMPLE_PDF], { type: 'application/pdf' }), 'statement.pdf');
      return fetch(`${url}/v1/applications/${applicationId}/documents`, {
        method: 'POST',
        headers: { authorization: company.operatorToken, 'idempotency-key': key },
        body: form,
      });
    };

    // Storing the answer stalls (after the upload committed), and the service is killed right then.
    await db.query(
      `CREATE FUNCTION stall_idempotent_answers() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(60); RETURN NEW; END $$`,
    );
    await db.query(
      `CREATE TRIGGER stall_answers BEFORE UPDATE OF response_status ON idempotency_keys FOR EACH ROW WHEN (NEW.response_status IS NOT NULL) EXECUTE FUNCTION stall_idempotent_answers()`,
    );
    const lost = upload(applications!.url).then(
      (response) => `answered ${response.status}`,
      () => 'no answer',
    );
    await waitFor(
      'the upload committed and its answer being stored',
      async () => {
        const [{ n }] = (
          await db.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'UPDATE idempotency_keys SET response_status%' AND state = 'active'`,
          )
        ).rows;
        return n > 0 || undefined;
      },
      30_000,
      50,
    );
    expect(
      (
        await db.query(`SELECT count(*)::int AS n FROM application_documents WHERE application_id = $1`, [
          applicationId,
        ])
      ).rows,
    ).toEqual([{ n: 1 }]);
    await applications!.stop('SIGKILL');
    applications = undefined;
    expect(await lost).toBe('no answer');
    // The killed service's statement dies with its connections.
    await db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    await db.query(`DROP TRIGGER stall_answers ON idempotency_keys`);
    expect(
      (
        await db.query(
          `SELECT response_status, committed_at IS NOT NULL AS committed FROM idempotency_keys WHERE key = $1`,
          [key],
        )
      ).rows,
    ).toEqual([{ response_status: null, committed: true }]);

    applications = await start();
    const retry = await upload(applications.url);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const document = await readJson(retry);
    const stored = (await db.query(`SELECT id FROM application_documents WHERE application_id = $1`, [applicationId]))
      .rows;
    expect(stored).toEqual([{ id: document.id }]);
  });
});
