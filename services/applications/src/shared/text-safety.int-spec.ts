import { ROLES } from '@aeo/auth';
import { MULTILINE_VISIBLE_TEXT_MESSAGE, SAFE_TEXT_MESSAGE, VISIBLE_TEXT_MESSAGE } from '@aeo/contracts';
import { bearer, startedForTests } from '@aeo/testing';
import { makeCompany } from '../e2e/slice-fixtures';
import { draftApplication, startApplications } from '../testing/start-applications';

jest.setTimeout(120_000);

/**
 * Text PostgreSQL cannot store (NUL, unpaired surrogates), invalid UTF-8, numbers beyond its
 * integer and over-long email addresses are refused at the edge with a 400 naming the field, and
 * nothing is written (real HTTP, real PostgreSQL).
 */
describe('input safety of the applications API (real PostgreSQL)', () => {
  const service = startedForTests(startApplications);
  const company = makeCompany('DORNOGOVI');
  const executive = bearer({ sub: 'executive-1', roles: [ROLES.executive] });
  let applicationId: string;

  /** Sends the bytes as they are (supertest would serialise a Buffer as JSON). */
  const raw = ((bytes: Buffer) => bytes) as unknown as (body: unknown) => string;
  const count = async (table: string): Promise<number> =>
    (await service().dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const register = (changes: (registration: typeof company.registration) => unknown) =>
    service()
      .http.post('/v1/operators')
      .set('Authorization', company.operatorToken)
      .send(changes(structuredClone(company.registration)) as object);

  it("refuses a NUL in an operator's name with 400 naming the field, and writes nothing", async () => {
    const response = await register((r) => ({ ...r, name: 'Altai\u0000 Trade LLC' })).expect(400);
    expect(response.body.message).toBe(`name: ${SAFE_TEXT_MESSAGE}`);
    expect(await count('operators')).toBe(0);
  });

  it('refuses unpaired surrogates anywhere in the registration, and accepts Mongolian text and emoji', async () => {
    const lone = await register((r) => ({
      ...r,
      address: { ...r.address, street: 'Энхтайваны өргөн чөлөө \uD83D' },
      contact: { ...r.contact, name: '\uDE00Бат' },
    })).expect(400);
    expect(lone.body.issues).toEqual([`address.street: ${SAFE_TEXT_MESSAGE}`, `contact.name: ${SAFE_TEXT_MESSAGE}`]);
    expect(await count('operators')).toBe(0);
    const registered = await register((r) => ({
      ...r,
      name: 'Алтай Трейд ХХК 🚚',
      address: { ...r.address, street: 'Энхтайваны өргөн чөлөө 17' },
    })).expect(201);
    expect(registered.body.name).toBe('Алтай Трейд ХХК 🚚');
    const draft = await draftApplication(service(), company.operatorToken, registered.body.id);
    applicationId = draft.body.id;
  });

  it('refuses an email whose local part is over 64 characters', async () => {
    const before = await count('operator_users');
    const response = await service()
      .http.post(`/v1/operators/${(await service().dataSource.query(`SELECT id FROM operators`))[0].id}/users`)
      .set('Authorization', company.operatorToken)
      .send({ sub: 'trader-2', name: 'Oyun', email: `${'o'.repeat(65)}@altai.example`, language: 'mn' });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('email: the part before @ must be at most 64 characters');
    expect(await count('operator_users')).toBe(before);
    const registration = await service()
      .http.post('/v1/operators')
      .set('Authorization', makeCompany('DORNOGOVI').operatorToken)
      .send({
        ...makeCompany('DORNOGOVI').registration,
        contact: { name: 'Bat', email: `${'b'.repeat(65)}@altai.example`, language: 'en' },
      });
    expect(registration.status).toBe(400);
    expect(registration.body.message).toContain('contact.email: the part before @ must be at most 64 characters');
  });

  it('refuses a NUL in a self-assessment answer with 400 naming it, and stores no answer', async () => {
    const response = await service()
      .http.put(`/v1/applications/${applicationId}/answers`)
      .set('Authorization', company.operatorToken)
      .send({
        answers: [
          { questionId: 'compliance.infringements', value: 'no' },
          { questionId: 'competence.experience', value: 'Twenty years\u0000 of customs brokerage' },
        ],
      })
      .expect(400);
    expect(response.body.message).toBe(`answers.1.value: ${SAFE_TEXT_MESSAGE}`);
    expect(await count('application_answers')).toBe(0);
  });

  it('refuses a hidden character in free text on several lines (U+202E, U+200B) naming the field, and keeps line breaks', async () => {
    const save = (answers: object[]) =>
      service()
        .http.put(`/v1/applications/${applicationId}/answers`)
        .set('Authorization', company.operatorToken)
        .send({ answers });
    const override = await save([
      { questionId: 'compliance.infringements', value: 'no', comment: 'None found.\nAudit by \u202Egpj.exe' },
    ]).expect(400);
    expect(override.body.message).toBe(`answers.0.comment: ${MULTILINE_VISIBLE_TEXT_MESSAGE} (U+202E)`);
    const zeroWidth = await save([
      { questionId: 'competence.person', value: 'Twenty years of customs\nbroker\u200Bage' },
    ]).expect(400);
    expect(zeroWidth.body.message).toBe(`answers.0.value: ${MULTILINE_VISIBLE_TEXT_MESSAGE} (U+200B)`);
    expect(await count('application_answers')).toBe(0);
    const value = 'Twenty years of customs brokerage:\r\n- Zamyn-Uud since 2006\n- Altanbulag since 2015';
    const saved = await save([{ questionId: 'competence.person', value: `${value}\n` }]);
    expect({ status: saved.status, message: saved.body.message }).toEqual({ status: 200, message: undefined });
    expect(await service().dataSource.query(`SELECT value FROM application_answers`)).toEqual([{ value }]);
    await service().dataSource.query(`DELETE FROM application_answers`);
  });

  it('refuses an id hiding a character (U+202E, U+200B) in a path, an answer or an upload with 400 naming it, never echoing it', async () => {
    const number = await service()
      .http.get(`/v1/authorisations/${encodeURIComponent('MNAEOC0000001\u200B')}`)
      .set('Authorization', executive)
      .expect(400);
    expect(number.body.message).toBe(`authorisationNumber: ${VISIBLE_TEXT_MESSAGE} (U+200B)`);
    const reversed = await service()
      .http.get(`/v1/authorisations/${encodeURIComponent('\u202E')}/lifecycle`)
      .set('Authorization', executive)
      .expect(400);
    expect(reversed.body.message).toBe(`authorisationNumber: ${VISIBLE_TEXT_MESSAGE} (U+202E)`);
    const answer = await service()
      .http.put(`/v1/applications/${applicationId}/answers`)
      .set('Authorization', company.operatorToken)
      .send({ answers: [{ questionId: 'compliance.\u202Esnoitcaf', value: 'no' }] })
      .expect(400);
    expect(answer.body.message).toBe(`answers.0.questionId: ${VISIBLE_TEXT_MESSAGE} (U+202E)`);
    expect(await count('application_answers')).toBe(0);
    const documentsBefore = await count('application_documents');
    const upload = await service()
      .http.post(`/v1/applications/${applicationId}/documents`)
      .set('Authorization', company.operatorToken)
      .field('questionId', 'solvency.\u202Estatements')
      .attach('file', Buffer.from('%PDF-1.7\n%%EOF'), { filename: 'report.pdf', contentType: 'application/pdf' });
    expect({ status: upload.status, message: upload.body.message }).toEqual({
      status: 400,
      message: `questionId: ${VISIBLE_TEXT_MESSAGE} (U+202E)`,
    });
    expect(await count('application_documents')).toBe(documentsBefore);
  });

  it("refuses a NUL in a lifecycle action's reasons (reinstatement) with 400 naming reasons, before any workflow is asked", async () => {
    const response = await service()
      .http.post('/v1/authorisations/MNAEOC0000001/reinstatement')
      .set('Authorization', executive)
      .send({ reasons: ['The remedial measures were verified on site.', 'Records\u0000 are complete again.'] })
      .expect(400);
    expect(response.body.message).toBe(`reasons.1: ${SAFE_TEXT_MESSAGE}`);
  });

  it('refuses a programme version beyond PostgreSQL integer with 400 naming version', async () => {
    const response = await service()
      .http.get('/v1/programme/versions/2147483648')
      .set('Authorization', executive)
      .expect(400);
    expect(response.body.message).toBe('version: must be a whole number from 1 to 2147483647');
    await service().http.get('/v1/programme/versions/1').set('Authorization', executive).expect(200);
  });

  it("refuses a hidden character in the criteria catalogue's texts naming the field, and publishes nothing", async () => {
    const policyUnit = bearer({ sub: 'policy-1', roles: [ROLES.policyUnit] });
    const current = (await service().http.get('/v1/programme/versions/1').set('Authorization', executive).expect(200))
      .body.document;
    const publish = (change: (document: typeof current) => void) => {
      const document = structuredClone(current);
      change(document);
      return service().http.post('/v1/programme/versions').set('Authorization', policyUnit).send(document);
    };
    const override = await publish((d) => (d.sections[0].title.en = 'Compliance \u202Egpj.exe')).expect(400);
    expect(override.body.message).toBe(`sections.0.title.en: ${VISIBLE_TEXT_MESSAGE} (U+202E)`);
    const zeroWidth = await publish((d) => (d.statusTypes[0].name.mn = 'AEO\u200BC')).expect(400);
    expect(zeroWidth.body.message).toBe(`statusTypes.0.name.mn: ${VISIBLE_TEXT_MESSAGE} (U+200B)`);
    const lineBreak = await publish(
      (d) => (d.sections[0].questions[0].text.en = 'Any infringements?\nList them'),
    ).expect(400);
    expect(lineBreak.body.message).toBe(`sections.0.questions.0.text.en: ${VISIBLE_TEXT_MESSAGE} (U+000A)`);
    expect(await count('programme_versions')).toBe(1);
  });

  it('refuses a JSON body with invalid UTF-8 instead of replacing the bytes', async () => {
    const body = Buffer.concat([
      Buffer.from(JSON.stringify({ ...makeCompany('DORNOGOVI').registration, name: 'Altai ' }).slice(0, -1)),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}'),
    ]);
    const broken = Buffer.from(
      JSON.stringify({ ...makeCompany('DORNOGOVI').registration, name: 'Altai XX LLC' }).replace('XX', '\u0001\u0002'),
    );
    broken[broken.indexOf(0x01)] = 0xc3;
    broken[broken.indexOf(0x02)] = 0x28;
    const before = await count('operators');
    for (const bytes of [body, broken]) {
      const response = await service()
        .http.post('/v1/operators')
        .set('Authorization', company.operatorToken)
        .set('content-type', 'application/json')
        .serialize(raw)
        .send(bytes as never);
      expect({ status: response.status, body: response.body }).toEqual({
        status: 400,
        body: expect.objectContaining({ statusCode: 400, message: 'body: is not valid UTF-8' }),
      });
    }
    expect(await count('operators')).toBe(before);
    // Valid UTF-8 (Mongolian) still passes through the same parser, and evidence uploads (multipart) are untouched by it.
    const upload = await service()
      .http.post(`/v1/applications/${applicationId}/documents`)
      .set('Authorization', company.operatorToken)
      .field('questionId', 'solvency.statements')
      .attach('file', Buffer.from('%PDF-1.7\nбаримт\n%%EOF'), {
        filename: 'тайлан.pdf',
        contentType: 'application/pdf',
      });
    expect(upload.status).toBe(201);
  });

  it('cuts a long uploaded file name by whole characters, never leaving half of a letter beyond the BMP', async () => {
    const boundary = 'aeo-text-safety';
    const name = `${'a'.repeat(199)}𝐀b.pdf`;
    const bytes = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="questionId"\r\n\r\nsolvency.statements\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${encodeURIComponent(name)}\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      Buffer.from('%PDF-1.7\n%%EOF'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const upload = await service()
      .http.post(`/v1/applications/${applicationId}/documents`)
      .set('Authorization', company.operatorToken)
      .set('content-type', `multipart/form-data; boundary=${boundary}`)
      .serialize(raw)
      .send(bytes as never);
    expect(upload.status).toBe(201);
    expect(upload.body.fileName).toBe(`${'a'.repeat(199)}𝐀`);
    const [stored] = await service().dataSource.query(`SELECT file_name FROM application_documents WHERE id = $1`, [
      upload.body.id,
    ]);
    expect(stored.file_name).toBe(`${'a'.repeat(199)}𝐀`);
  });
});
