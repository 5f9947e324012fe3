import { randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, waitFor } from '@aeo/testing';
import { makeCompany } from '../e2e/slice-fixtures';
import { SAMPLE_PDF } from '../testing/file-application';
import { draftApplication, startApplications } from '../testing/start-applications';

jest.setTimeout(120_000);

/**
 * `Idempotency-Key` on an evidence upload, on a real PostgreSQL: a retried upload stores one
 * document, even when the first answer was lost after the upload committed.
 */
describe('Idempotency-Key on document uploads', () => {
  let service: ServiceUnderTest;
  const company = makeCompany('KHOVD');
  let applicationId: string;
  let questionId: string;

  beforeAll(async () => {
    service = await startApplications();
    const registered = await service.http
      .post('/v1/operators')
      .set('Authorization', company.operatorToken)
      .send(company.registration);
    expect(registered.body).toEqual(expect.objectContaining({ id: expect.any(String) }));
    // A colleague linked to the company as a member (only linked users act for it).
    await service.http
      .post(`/v1/operators/${registered.body.id}/users`)
      .set('Authorization', company.operatorToken)
      .send({ sub: `colleague-${company.taxpayerId}`, name: 'Oyun', email: 'oyun@altai.example', language: 'mn' })
      .expect(201);
    const draft = await draftApplication(service, company.operatorToken, registered.body.id);
    applicationId = draft.body.id;
    const programme = await service.http.get('/v1/programme').set('Authorization', company.operatorToken).expect(200);
    questionId = programme.body.document.sections
      .flatMap((s: { questions: { id: string; evidenceRequired: boolean }[] }) => s.questions)
      .find((q: { evidenceRequired: boolean }) => q.evidenceRequired).id;
  });

  afterAll(async () => {
    await service?.close();
  });

  const upload = (key: string, content: Buffer = SAMPLE_PDF, token = company.operatorToken) =>
    service.http
      .post(`/v1/applications/${applicationId}/documents`)
      .set('Authorization', token)
      .set('Idempotency-Key', key)
      .field('questionId', questionId)
      .attach('file', content, { filename: 'statement.pdf', contentType: 'application/pdf' });
  const documentRows = async () =>
    (await service.dataSource.query(`SELECT id FROM application_documents WHERE application_id = $1`, [
      applicationId,
    ])) as { id: string }[];

  it('stores one document for two uploads with the same key, and replays the first answer', async () => {
    const key = randomUUID();
    const first = await upload(key).expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const second = await upload(key).expect(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toEqual(first.body);
    expect((await documentRows()).filter((row) => row.id === first.body.id)).toHaveLength(1);
    expect(await documentRows()).toHaveLength(1);
  });

  it('answers 422 to the same key with another document, and stores nothing', async () => {
    const key = randomUUID();
    await upload(key).expect(201);
    const before = (await documentRows()).length;
    const other = Buffer.concat([SAMPLE_PDF, Buffer.from('% another revision\n')]);
    const refused = await upload(key, other).expect(422);
    expect(refused.body.message).toMatch(/Idempotency-Key .* different request/);
    expect(await documentRows()).toHaveLength(before);
  });

  it('keeps keys apart per caller: another user with the same key uploads its own document', async () => {
    const key = randomUUID();
    const mine = await upload(key).expect(201);
    const other = bearer({
      sub: `colleague-${company.taxpayerId}`,
      roles: [ROLES.operatorUser],
      taxpayerId: company.taxpayerId,
    });
    const theirs = await upload(key, SAMPLE_PDF, other).expect(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('answers 409 to the same key while the first upload is still in progress, then replays its answer', async () => {
    const key = randomUUID();
    const before = (await documentRows()).length;
    // The first upload waits for the application's row, held by another transaction.
    const runner = service.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`SELECT 1 FROM applications WHERE id = $1 FOR UPDATE`, [applicationId]);
    const first = upload(key).then((response) => response);
    try {
      await waitFor(
        'the first upload to hold its key',
        async () =>
          ((await service.dataSource.query(`SELECT 1 FROM idempotency_keys WHERE key = $1`, [key])) as unknown[])
            .length > 0 || undefined,
        10_000,
        50,
      );
      const meanwhile = await upload(key).expect(409);
      expect(meanwhile.body.message).toMatch(/Idempotency-Key ".*" is in progress/);
    } finally {
      await runner.commitTransaction();
      await runner.release();
    }
    expect((await first).status).toBe(201);
    const replayed = await upload(key).expect(201);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.body.id).toBe((await first).body.id);
    expect(await documentRows()).toHaveLength(before + 1);
  });

  it('refuses a malformed key with 400 naming the header', async () => {
    const refused = await upload('x'.repeat(256)).expect(400);
    expect(refused.body.message).toMatch(/^Idempotency-Key:/);
  });

  it('rebuilds the answer of an upload that committed but whose answer was lost, without a second document', async () => {
    // The answer is lost between the commit and its storing: the database refuses to store it,
    // as a crash at that moment would leave it (the key committed with the document, no answer).
    await service.dataSource.query(`
      CREATE FUNCTION lose_idempotent_answers() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'answer lost (test)'; END $$`);
    await service.dataSource.query(
      `CREATE TRIGGER lose_answers BEFORE UPDATE OF response_status ON idempotency_keys FOR EACH ROW WHEN (NEW.response_status IS NOT NULL) EXECUTE FUNCTION lose_idempotent_answers()`,
    );
    const key = randomUUID();
    const before = (await documentRows()).length;
    let first;
    try {
      first = await upload(key).expect(201);
    } finally {
      await service.dataSource.query(`DROP TRIGGER lose_answers ON idempotency_keys`);
      await service.dataSource.query(`DROP FUNCTION lose_idempotent_answers()`);
    }
    const [stored] = await service.dataSource.query(
      `SELECT committed_at, resource, response_status FROM idempotency_keys WHERE key = $1`,
      [key],
    );
    expect(stored).toEqual({ committed_at: expect.any(Date), resource: first.body.id, response_status: null });

    const retry = await upload(key).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.id).toBe(first.body.id);
    expect(await documentRows()).toHaveLength(before + 1);
  });

  describe('file names and fields as sent in a raw multipart body', () => {
    const rawUpload = (fileNameParameter: Buffer, questionIdBytes = Buffer.from(questionId)) => {
      const boundary = `aeo-${randomUUID()}`;
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="questionId"\r\n\r\n`),
        questionIdBytes,
        Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; `),
        fileNameParameter,
        Buffer.from('\r\nContent-Type: application/pdf\r\n\r\n'),
        SAMPLE_PDF,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return service.http
        .post(`/v1/applications/${applicationId}/documents`)
        .set('Authorization', company.operatorToken)
        .set('content-type', `multipart/form-data; boundary=${boundary}`)
        .send(body);
    };

    it('stores a Mongolian file name intact (UTF-8 without a charset parameter, as curl sends it)', async () => {
      const stored = await rawUpload(Buffer.from('filename="Тайлан 2025.pdf"')).expect(201);
      expect(stored.body.fileName).toBe('Тайлан 2025.pdf');
    });

    it('refuses a file name of invalid UTF-8, NUL or an encoded surrogate with 400 naming file, and a field of invalid UTF-8 naming it', async () => {
      const before = (await documentRows()).length;
      const invalid = await rawUpload(
        Buffer.concat([Buffer.from('filename="a'), Buffer.from([0xff, 0xfe]), Buffer.from('.pdf"')]),
      ).expect(400);
      expect(invalid.body.message).toBe('file: the file name is not valid UTF-8');
      const nul = await rawUpload(Buffer.from("filename*=UTF-8''a%00.pdf")).expect(400);
      expect(nul.body.message).toBe('file: the file name must not contain control characters or unpaired surrogates');
      const surrogate = await rawUpload(Buffer.from("filename*=UTF-8''a%00%ED%A0%80.pdf")).expect(400);
      expect(surrogate.body.message).toMatch(/^file: the file name /);
      const field = await rawUpload(
        Buffer.from('filename="statement.pdf"'),
        Buffer.concat([Buffer.from(questionId), Buffer.from([0xff])]),
      ).expect(400);
      expect(field.body.message).toBe('questionId: is not valid UTF-8');
      expect(await documentRows()).toHaveLength(before);
    });
  });

  it('treats an expired key as new', async () => {
    const key = randomUUID();
    await upload(key).expect(201);
    await service.dataSource.query(
      `UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1`,
      [key],
    );
    const before = (await documentRows()).length;
    const again = await upload(key).expect(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(await documentRows()).toHaveLength(before + 1);
  });
});
