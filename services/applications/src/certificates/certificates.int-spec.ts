import { Client } from '@temporalio/client';
import type { Response } from 'supertest';
import { ROLES } from '@aeo/auth';
import { pdfText } from '@aeo/pdf';
import { bearer, startedForTests, terminateWorkflows } from '@aeo/testing';
import { revalidationWorkflowId } from '@aeo/workflows';
import { makeCompany } from '../e2e/slice-fixtures';
import { grantAuthorisation } from '../testing/granted-authorisation';
import { spreadAuthorisationNumbers, startApplications } from '../testing/start-applications';

jest.setTimeout(180_000);

const REGISTER_URL = 'https://aeo.customs.example/register/';
const TIME_ZONE = 'Asia/Ulaanbaatar';

/** supertest's parser for a binary answer: the body as one Buffer. */
const binary = (response: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

/**
 * GET /v1/authorisations/{number}/certificate on real PostgreSQL (the applications service
 * in-process; the authorisation granted as the certification workflow's grant activity enters it):
 * the holder's users and customs staff get the bilingual PDF, other companies and regions do not.
 */
describe('the AEO certificate of an authorisation (real PostgreSQL)', () => {
  const service = startedForTests(async () => {
    const started = await startApplications({ PUBLIC_REGISTER_URL: REGISTER_URL, PROGRAMME_TIME_ZONE: TIME_ZONE });
    await spreadAuthorisationNumbers(started);
    const close = async () => {
      await terminateWorkflows(started.app.get(Client), granted.map(revalidationWorkflowId));
      await started.close();
    };
    return { ...started, close };
  });
  const holder = makeCompany('DARKHAN');
  const other = makeCompany('DARKHAN');
  const granted: string[] = [];
  let authorisationNumber = '';
  const holderName = `Өнөр Хүнс ${holder.taxpayerId} ХХК`;

  const certificate = (token: string, number = authorisationNumber) =>
    service()
      .http.get(`/v1/authorisations/${encodeURIComponent(number)}/certificate`)
      .set('Authorization', token)
      .buffer(true)
      .parse(binary);
  const setStatus = (status: string, suspendedScope: string | null) =>
    service().dataSource.query(
      `UPDATE authorisations SET status = $2, suspended_scope = $3 WHERE authorisation_number = $1`,
      [authorisationNumber, status, suspendedScope],
    );

  beforeAll(async () => {
    holder.registration.name = holderName;
    ({ authorisationNumber } = await grantAuthorisation(service(), holder, { statusType: 'AEOS' }));
    granted.push(authorisationNumber);
  });

  it('gives the holder’s user the one-page PDF naming the number and the holder, in Mongolian and English', async () => {
    const response = await certificate(holder.operatorToken).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="AEO-${authorisationNumber}.pdf"`);
    expect(response.headers['cache-control']).toBe('private, no-store');
    const bytes = response.body as Buffer;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain(authorisationNumber);
    expect(text).toContain(holderName);
    expect(text).toContain(holder.taxpayerId);
    expect(text).toMatch(/Зөвшөөрлийн дугаар Authorisation number/);
    expect(text).toMatch(/Эзэмшигч Holder/);
    // The status type's name in both languages, from the application's programme version.
    expect(text).toContain('ЭЗО – аюулгүй байдал');
    expect(text).toContain('AEO – security and safety');
    expect(text).toContain('Хүчин төгөлдөр / In force');
    expect(text).toContain(`Dates are calendar days in ${TIME_ZONE}.`);
    expect(text).toContain(`${REGISTER_URL}${authorisationNumber}`);
    expect(text).toContain('-- 1 of 1 --');
  });

  it('answers the same bytes again for the same register entry', async () => {
    const [first, second] = [
      (await certificate(holder.operatorToken).expect(200)).body as Buffer,
      (await certificate(holder.operatorToken).expect(200)).body as Buffer,
    ];
    expect(first.equals(second)).toBe(true);
  });

  it('gives it to the customs staff who read the register, in their region', async () => {
    for (const token of [
      holder.officerToken,
      bearer({ sub: 'office-darkhan', roles: [ROLES.regionalOffice], region: 'DARKHAN' }),
      bearer({ sub: 'executive-1', roles: [ROLES.executive] }),
      bearer({ sub: 'validator-1', roles: [ROLES.validator], region: 'DARKHAN' }),
    ])
      await certificate(token).expect(200);
  });

  it('answers another company’s user 404 as for an unknown number; refuses a user of the holder’s taxpayer id not linked to it, another region’s staff and roles that do not read the register', async () => {
    const otherCompany = await certificate(other.operatorToken).expect(404);
    expect(JSON.parse(otherCompany.body.toString()).message).toBe(`Authorisation ${authorisationNumber} not found`);
    // The holder's taxpayer id without a link to the company (operator_users).
    const unlinked = bearer({
      sub: `stranger-${holder.taxpayerId}`,
      roles: [ROLES.operatorUser],
      taxpayerId: holder.taxpayerId,
    });
    const notMember = await certificate(unlinked).expect(403);
    expect(JSON.parse(notMember.body.toString()).message).toMatch(/not a member/);
    await certificate(bearer({ sub: 'office-khovd', roles: [ROLES.regionalOffice], region: 'KHOVD' })).expect(403);
    await certificate(bearer({ sub: 'mra-1', roles: [ROLES.mraOfficer] })).expect(403);
    await service().http.get(`/v1/authorisations/${authorisationNumber}/certificate`).expect(401);
  });

  it('answers 404 for an unknown number', async () => {
    const unknown = await certificate(holder.operatorToken, 'MN-AEOS-1999-00001').expect(404);
    expect(JSON.parse(unknown.body.toString()).message).toMatch(/MN-AEOS-1999-00001/);
  });

  it('prints a suspension prominently, and refuses a revoked or surrendered authorisation with 409', async () => {
    await setStatus('suspended', 'whole');
    const suspended = (await pdfText((await certificate(holder.operatorToken).expect(200)).body as Buffer)).replace(
      /\s+/g,
      ' ',
    );
    expect(suspended).toContain('ТҮДГЭЛЗҮҮЛСЭН / SUSPENDED');
    expect(suspended).toContain('The whole authorisation is suspended.');
    for (const status of ['revoked', 'surrendered']) {
      await setStatus(status, null);
      const refused = await certificate(holder.operatorToken).expect(409);
      expect(JSON.parse(refused.body.toString()).message).toMatch(new RegExp(`authorisationNumber: .* is ${status}`));
    }
    await setStatus('granted', null);
  });
});
