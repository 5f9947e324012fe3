import { randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { makeCompany } from '../e2e/slice-fixtures';
import { DEFAULT_PROGRAMME } from '../programme/default-programme';
import { ProgrammeService } from '../programme/programme.service';
import { SAMPLE_PDF, fileApplication } from '../testing/file-application';
import { draftApplication, startApplications } from '../testing/start-applications';

jest.setTimeout(120_000);

/**
 * A wrong upload removed from a draft (DELETE /applications/{id}/documents/{documentId}), on a
 * real PostgreSQL; and the evidence limits a client reads before uploading, from the same config
 * the upload checks.
 */
describe('evidence: limits and removal from a draft', () => {
  let service: ServiceUnderTest;
  let baseUrl: string;
  const company = makeCompany('KHOVD');
  const stranger = makeCompany('KHOVD');
  let operatorId: string;
  let applicationId: string;
  // The draft's (AEOC, the throw-away database's programme version 1) first question that needs evidence.
  const questionId = ProgrammeService.questionsFor(DEFAULT_PROGRAMME, 'AEOC').find((q) => q.evidenceRequired)!.id;

  beforeAll(async () => {
    service = await startApplications({ DOCUMENT_MAX_BYTES: '4096' });
    // fileApplication (the whole filing, through fetch) needs an address.
    await service.app.listen(0, '127.0.0.1');
    baseUrl = await service.app.getUrl();
    for (const each of [company, stranger])
      await service.http
        .post('/v1/operators')
        .set('Authorization', each.operatorToken)
        .send(each.registration)
        .expect(201)
        .then((answer) => {
          if (each === company) operatorId = answer.body.id;
        });
    applicationId = (await draftApplication(service, company.operatorToken, operatorId)).body.id;
  });

  afterAll(async () => {
    await service?.close();
  });

  const upload = (id = applicationId, content: Buffer = SAMPLE_PDF) =>
    service.http
      .post(`/v1/applications/${id}/documents`)
      .set('Authorization', company.operatorToken)
      .field('questionId', questionId)
      .attach('file', content, { filename: 'wrong.pdf', contentType: 'application/pdf' });
  const remove = (documentId: string, token = company.operatorToken, id = applicationId) =>
    service.http.delete(`/v1/applications/${id}/documents/${documentId}`).set('Authorization', token);

  it('answers the limits the upload enforces: DOCUMENT_MAX_BYTES and the media types recognised', async () => {
    const limits = await service.http
      .get('/v1/programme/evidence-limits')
      .set('Authorization', company.operatorToken)
      .expect(200);
    expect(limits.body).toEqual({ maxBytes: 4096, mediaTypes: ['application/pdf', 'image/png', 'image/jpeg'] });
    const tooLarge = Buffer.concat([SAMPLE_PDF, Buffer.alloc(limits.body.maxBytes + 1 - SAMPLE_PDF.length, 0x20)]);
    const refused = await upload(applicationId, tooLarge).expect(413);
    expect(refused.body.message).toContain('4096 bytes');
  });

  it('names the file part when a second file or another part name is sent, and the limit when far too large', async () => {
    const twoFiles = await upload()
      .attach('file', SAMPLE_PDF, { filename: 'second.pdf', contentType: 'application/pdf' })
      .expect(400);
    expect(twoFiles.body.message).toBe(
      'file: send the document as one multipart part named file (got more than one file part)',
    );
    const otherName = await service.http
      .post(`/v1/applications/${applicationId}/documents`)
      .set('Authorization', company.operatorToken)
      .field('questionId', questionId)
      .attach('evidence', SAMPLE_PDF, { filename: 'e.pdf', contentType: 'application/pdf' })
      .expect(400);
    expect(otherName.body.message).toBe(
      'file: send the document as one multipart part named file (got a file part named evidence)',
    );
    // Over twice the limit multer stops reading (the service answers what lies between).
    const farTooLarge = await upload(applicationId, Buffer.alloc(2 * 4096 + 1, 0x20)).expect(413);
    expect(farTooLarge.body.message).toBe('file: larger than 4096 bytes, the most this route accepts');
  });

  it('names the body when the Content-Type’s multipart boundary is missing or malformed (multer skipped such a form, and the route said it had no body)', async () => {
    const formBy = (boundary: string) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="questionId"\r\n\r\n${questionId}\r\n`),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="e.pdf"\r\n`),
        Buffer.from('Content-Type: application/pdf\r\n\r\n'),
        SAMPLE_PDF,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
    const rule = "RFC 2046 allows 1 to 70 letters, digits, spaces and '()+_,-./:=?, not ending in a space";
    for (const [contentType, read, message] of [
      [
        'multipart/form-data; boundary=',
        '',
        `body: the Content-Type's multipart boundary is missing: send multipart/form-data; boundary=... (${rule})`,
      ],
      [
        'multipart/form-data; boundary=aeo@evidence',
        'aeo@evidence',
        `body: the Content-Type's multipart boundary is malformed: "@" not allowed (${rule})`,
      ],
      [
        'multipart/form-data; boundary=aeo-evidence;',
        'aeo-evidence',
        `body: the Content-Type's multipart boundary cannot be read: its parameters are malformed (RFC 9110: ; name=token or ; name="quoted string")`,
      ],
    ]) {
      const answer = await service.http
        .post(`/v1/applications/${applicationId}/documents`)
        .set('Authorization', company.operatorToken)
        .set('content-type', contentType)
        .send(formBy(read));
      expect({ contentType, status: answer.status, message: answer.body.message }).toEqual({
        contentType,
        status: 400,
        message,
      });
    }
  });

  it('explains each status type (description, benefits) and each question (help) in both languages', async () => {
    const programme = await service.http.get('/v1/programme').set('Authorization', company.operatorToken).expect(200);
    for (const type of programme.body.document.statusTypes) {
      expect(type.description).toEqual({ en: expect.any(String), mn: expect.any(String) });
      expect(type.benefits.length).toBeGreaterThan(0);
    }
    const questions = programme.body.document.sections.flatMap((s: { questions: unknown[] }) => s.questions);
    expect(questions.every((q: { help?: { en: string; mn: string } }) => q.help?.en && q.help.mn)).toBe(true);
  });

  it('removes a wrong upload: the question misses its evidence again, the removal is audited', async () => {
    const uploaded = await upload().expect(201);
    const answers = await service.http
      .get(`/v1/applications/${applicationId}/answers`)
      .set('Authorization', company.operatorToken)
      .expect(200);
    expect(answers.body.completeness.missingEvidence).not.toContain(questionId);

    const removed = await remove(uploaded.body.id).expect(200);
    expect(removed.body.missingEvidence).toContain(questionId);
    const documents = await service.http
      .get(`/v1/applications/${applicationId}/documents`)
      .set('Authorization', company.operatorToken)
      .expect(200);
    expect(documents.body.map((d: { id: string }) => d.id)).not.toContain(uploaded.body.id);
    const audit = await service.dataSource.query(
      `SELECT actor_sub, before FROM audit_log WHERE action = 'application.document-deleted' AND entity_id = $1`,
      [applicationId],
    );
    expect(audit).toEqual([
      {
        actor_sub: `trader-${company.taxpayerId}`,
        before: { documentId: uploaded.body.id, questionId, fileName: 'wrong.pdf', sha256: uploaded.body.sha256 },
      },
    ]);
    await remove(uploaded.body.id).expect(404);
  });

  it("refuses another company's operator (404: the application is not found to it) and a customs officer, and keeps the document", async () => {
    const uploaded = await upload().expect(201);
    await remove(uploaded.body.id, stranger.operatorToken).expect(404);
    await remove(uploaded.body.id, company.officerToken).expect(403);
    await service.http
      .get(`/v1/applications/${applicationId}/documents/${uploaded.body.id}/content`)
      .set('Authorization', company.operatorToken)
      .expect(200);
  });

  it("answers another company's operator for its application exactly as for an unknown id, whatever the id's case", async () => {
    const read = (id: string) =>
      service.http.get(`/v1/applications/${id}`).set('Authorization', stranger.operatorToken).expect(404);
    const unknown = randomUUID().toUpperCase();
    expect((await read(applicationId.toUpperCase())).body.message).toBe(
      `Application ${applicationId.toUpperCase()} not found`,
    );
    expect((await read(unknown)).body.message).toBe(`Application ${unknown} not found`);
  });

  it('takes a PNG by its header chunk, not its signature alone, and serves it as an attachment the browser must not sniff', async () => {
    const chunk = (type: string, data: Buffer) => {
      const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(typed));
      return Buffer.concat([length, typed, crc]);
    };
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // 1×1, 8-bit greyscale: one filter byte and one pixel.
    const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    const png = Buffer.concat([
      signature,
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    const sendPng = (content: Buffer) =>
      service.http
        .post(`/v1/applications/${applicationId}/documents`)
        .set('Authorization', company.operatorToken)
        .field('questionId', questionId)
        .attach('file', content, { filename: 'plan.png', contentType: 'image/png' });
    const html = Buffer.concat([signature, Buffer.from('<html><script>alert(document.domain)</script></html>')]);
    const badCrc = Buffer.from(png);
    badCrc[29] ^= 0xff;
    // A JPEG's or a PDF's signature before a page of HTML is no more a document (jpegIsSound, pdfIsSound).
    const htmlBehindJpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff]),
      html.subarray(8),
      Buffer.from([0xff, 0xd9]),
    ]);
    const htmlBehindPdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), html.subarray(8)]);
    for (const content of [html, badCrc, htmlBehindJpeg, htmlBehindPdf]) {
      const refused = await sendPng(content).expect(415);
      expect(refused.body.message).toBe(
        'file: only PDF, PNG and JPEG documents are accepted (recognised by their content)',
      );
    }
    const taken = await sendPng(png).expect(201);
    expect(taken.body.contentType).toBe('image/png');
    const download = await service.http
      .get(`/v1/applications/${applicationId}/documents/${taken.body.id}/content`)
      .set('Authorization', company.operatorToken)
      .expect(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe("attachment; filename*=UTF-8''plan.png");
    await remove(taken.body.id).expect(200);
  });

  it('refuses once submitted (409): evidence then stays as customs received it', async () => {
    const filed = await fileApplication(baseUrl, company.operatorToken, {
      operatorId,
      // The company's AEOC draft is open above: one open application per status type.
      statusType: 'AEOS',
      consentToMraSharing: false,
    });
    const documents = await service.http
      .get(`/v1/applications/${filed.applicationId}/documents`)
      .set('Authorization', company.operatorToken)
      .expect(200);
    const refused = await remove(documents.body[0].id, company.operatorToken, filed.applicationId).expect(409);
    expect(refused.body.message).toMatch(/submitted; documents can only be removed from a draft/);
  });

  it('names the field of a malformed document id (400)', async () => {
    const refused = await remove('not-a-uuid').expect(400);
    expect(refused.body.message).toMatch(/documentId/);
  });
});
