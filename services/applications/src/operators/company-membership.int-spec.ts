import { randomInt, randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import { bearer, startedForTests } from '@aeo/testing';
import { SAMPLE_PDF } from '../testing/file-application';
import { makeCompany } from '../e2e/slice-fixtures';
import { startApplications } from '../testing/start-applications';
import { SUPPLY_CHAIN_ROLES } from './operator.schemas';

jest.setTimeout(120_000);

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Step {
  method: Method;
  path: string;
  body?: object;
  /** A multipart upload instead of a JSON body. */
  upload?: boolean;
}

/**
 * Company membership (issue 20): an operator user acts for a company only while linked to it
 * (`operator_users`), whatever its token's taxpayer id; the steps that commit the company need
 * its administrator. Real PostgreSQL; the authorisation is entered in the register without a
 * workflow (the refusals come before any workflow call).
 */
describe('applications: company membership (real PostgreSQL)', () => {
  const service = startedForTests(() => startApplications());
  const company = makeCompany();
  const admin = company.operatorToken;
  const userOf = (sub: string) => bearer({ sub, roles: [ROLES.operatorUser], taxpayerId: company.taxpayerId });
  const memberSub = `member-${company.taxpayerId}`;
  const member = userOf(memberSub);
  const outsider = userOf(`outsider-${company.taxpayerId}`);
  const officer = company.officerToken;
  const office = bearer({ sub: 'office-darkhan', roles: [ROLES.regionalOffice], region: company.region });
  const authorisationNumber = `MB-${company.taxpayerId}-${randomInt(1_000_000)}`;
  let operatorId = '';
  let applicationId = '';

  const call = (token: string, step: Step) => {
    const request = service().http[step.method](step.path).set('Authorization', token);
    if (step.upload)
      return request
        .field('questionId', 'compliance.infringements')
        .attach('file', SAMPLE_PDF, { filename: 'evidence.pdf', contentType: 'application/pdf' });
    return step.body ? request.send(step.body) : request;
  };
  const link = (sub: string, role: 'administrator' | 'member', token = admin) =>
    service()
      .http.post(`/v1/operators/${operatorId}/users`)
      .set('Authorization', token)
      .send({ sub, name: sub, email: `${sub}@altai.example`, language: 'en', role });

  beforeAll(async () => {
    operatorId = (
      await service().http.post('/v1/operators').set('Authorization', admin).send(company.registration).expect(201)
    ).body.id;
    applicationId = (
      await service()
        .http.post('/v1/applications')
        .set('Authorization', admin)
        .send({ operatorId, statusType: 'AEOS', consentToMraSharing: false })
        .expect(201)
    ).body.id;
    await service().dataSource.query(
      `INSERT INTO authorisations (authorisation_number, application_id, operator_id, taxpayer_id, region, status_type, status,
         decided_by, decided_at, effective_from, revalidation_due, consent_to_mra_sharing)
       VALUES ($1, $2, $3, $4, $5, 'AEOS', 'granted', 'exe-1', now(), now(), now() + interval '3 years', false)`,
      [authorisationNumber, applicationId, operatorId, company.taxpayerId, company.region],
    );
    await link(memberSub, 'member').expect(201);
  });

  const app = () => `/v1/applications/${applicationId}`;
  const auth = () => `/v1/authorisations/${authorisationNumber}`;
  const reasons = ['checked by the membership spec'];

  /** Every operator-user step on the company's records but its registration and the list of operators. */
  const STEPS: Record<string, () => Step> = {
    'read the operator': () => ({ method: 'get', path: `/v1/operators/${operatorId}` }),
    'list its users': () => ({ method: 'get', path: `/v1/operators/${operatorId}/users` }),
    'link a user': () => ({
      method: 'post',
      path: `/v1/operators/${operatorId}/users`,
      body: { sub: 'someone', name: 'Someone', email: 'someone@altai.example', language: 'en' },
    }),
    'update the operator': () => ({
      method: 'patch',
      path: `/v1/operators/${operatorId}`,
      body: { supplyChainRoles: ['importer'] },
    }),
    'remove a user': () => ({
      method: 'delete',
      path: `/v1/operators/${operatorId}/users/${memberSub}`,
      body: { reason: 'left the company' },
    }),
    'list applications': () => ({ method: 'get', path: '/v1/applications' }),
    'start an application': () => ({
      method: 'post',
      path: '/v1/applications',
      body: { operatorId, statusType: 'AEOC', consentToMraSharing: false },
    }),
    'read an application': () => ({ method: 'get', path: app() }),
    'read the answers': () => ({ method: 'get', path: `${app()}/answers` }),
    'save answers': () => ({
      method: 'put',
      path: `${app()}/answers`,
      body: { answers: [{ questionId: 'compliance.infringements', value: 'no' }] },
    }),
    'list documents': () => ({ method: 'get', path: `${app()}/documents` }),
    'upload a document': () => ({ method: 'post', path: `${app()}/documents`, upload: true }),
    'download a document': () => ({ method: 'get', path: `${app()}/documents/${randomUUID()}/content` }),
    submit: () => ({ method: 'post', path: `${app()}/submission` }),
    'list information requests': () => ({ method: 'get', path: `${app()}/information-requests` }),
    'reply to an information request': () => ({
      method: 'post',
      path: `${app()}/information-requests/${randomUUID()}/reply`,
      body: { response: 'Attached.' },
    }),
    'respond to a hearing': () => ({ method: 'post', path: `${app()}/hearing-response`, body: { response: 'Ours.' } }),
    withdraw: () => ({ method: 'post', path: `${app()}/withdrawal`, body: { reason: 'no longer needed' } }),
    'change the MRA consent': () => ({
      method: 'put',
      path: `${app()}/mra-consent`,
      body: { consentToMraSharing: true },
    }),
    'list authorisations': () => ({ method: 'get', path: '/v1/authorisations' }),
    'read an authorisation': () => ({ method: 'get', path: auth() }),
    'choose what is published': () => ({
      method: 'put',
      path: `${auth()}/publication`,
      body: { publish: true, fields: ['name'] },
    }),
    'read the lifecycle': () => ({ method: 'get', path: `${auth()}/lifecycle` }),
    'list reported changes': () => ({ method: 'get', path: `${auth()}/changes` }),
    'report a change': () => ({
      method: 'post',
      path: `${auth()}/changes`,
      body: { kind: 'ownership', description: 'New majority shareholder.', effectiveDate: '2026-11-01' },
    }),
    'update the revalidation self-assessment': () => ({
      method: 'put',
      path: `${auth()}/revalidation/self-assessment`,
      body: { answers: { 'compliance.infringements': 'no' } },
    }),
    'request a suspension': () => ({
      method: 'post',
      path: `${auth()}/suspension-request`,
      body: { reason: 'a pause', measures: reasons, periodDays: 30 },
    }),
    'file a remediation plan': () => ({
      method: 'post',
      path: `${auth()}/remediation-plan`,
      body: { measures: reasons, periodDays: 30 },
    }),
    'respond to an intended revocation': () => ({
      method: 'post',
      path: `${auth()}/revocation/hearing-response`,
      body: { response: 'Our comments.' },
    }),
    surrender: () => ({ method: 'post', path: `${auth()}/surrender`, body: { reason: 'closing the business' } }),
  };

  /** The steps that commit the company: its administrator's. */
  const ADMINISTRATOR_STEPS = [
    'link a user',
    'update the operator',
    'remove a user',
    'submit',
    'withdraw',
    'change the MRA consent',
    'choose what is published',
    'request a suspension',
    'surrender',
  ];

  it.each(Object.keys(STEPS))('refuses a user of the company not linked to it: %s', async (name) => {
    const response = await call(outsider, STEPS[name]());
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(
      new RegExp(`not a member of Altai Trade ${company.taxpayerId} LLC; an administrator of the company links`),
    );
  });

  it.each(ADMINISTRATOR_STEPS)('refuses a member what only an administrator does: %s', async (name) => {
    const response = await call(member, STEPS[name]());
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(
      new RegExp(`^Only an administrator of Altai Trade ${company.taxpayerId} LLC`),
    );
  });

  it('lets a member read and write the application: answers, documents, its list', async () => {
    await call(member, STEPS['save answers']()).expect(200);
    await call(member, STEPS['upload a document']()).expect(201);
    expect((await call(member, STEPS['read the answers']()).expect(200)).body.answers).toHaveLength(1);
    expect(
      (await call(member, STEPS['list applications']()).expect(200)).body.map((a: { id: string }) => a.id),
    ).toEqual([applicationId]);
    expect((await call(member, STEPS['read an authorisation']()).expect(200)).body.operatorId).toBe(operatorId);
  });

  it('keeps the certification workflow’s state (risk, validation report, staff) from the company’s users: 403, admin and member alike; staff read it', async () => {
    for (const token of [admin, member, outsider]) {
      const refused = await service().http.get(`${app()}/certification`).set('Authorization', token).expect(403);
      expect(refused.body.message).toMatch(
        /^This action needs one of the roles \[contact-officer, .*\]; your token has \[operator-user\]$/,
      );
      expect(refused.body.message).not.toContain('operator-user,');
    }
    // Staff in scope get past the roles: 404 here, as no workflow runs for this application.
    const staff = await service().http.get(`${app()}/certification`).set('Authorization', officer).expect(404);
    expect(staff.body.message).toBe(`No certification workflow for application ${applicationId} yet`);
  });

  it('still answers the list of operators to an unlinked user (the company is there: they ask to be linked)', async () => {
    const listed = await service().http.get('/v1/operators').set('Authorization', outsider).expect(200);
    expect(listed.body.map((o: { id: string }) => o.id)).toEqual([operatorId]);
    // A company not registered yet: empty lists, and its user registers it as its administrator.
    const other = makeCompany();
    expect((await service().http.get('/v1/operators').set('Authorization', other.operatorToken)).body).toEqual([]);
    expect((await service().http.get('/v1/applications').set('Authorization', other.operatorToken)).body).toEqual([]);
    const registered = await service()
      .http.post('/v1/operators')
      .set('Authorization', other.operatorToken)
      .send(other.registration)
      .expect(201);
    const users = await service()
      .http.get(`/v1/operators/${registered.body.id}/users`)
      .set('Authorization', other.operatorToken)
      .expect(200);
    expect(users.body).toEqual([expect.objectContaining({ sub: `trader-${other.taxpayerId}`, role: 'administrator' })]);
  });

  it('lets staff in scope act as before, linked to no company', async () => {
    await call(officer, STEPS['read an application']()).expect(200);
    await call(office, STEPS['list its users']()).expect(200);
  });

  it('keeps the last administrator: neither removed nor made a member (409 naming them), until another one is linked', async () => {
    const adminSub = `trader-${company.taxpayerId}`;
    const removal = await service()
      .http.delete(`/v1/operators/${operatorId}/users/${adminSub}`)
      .set('Authorization', admin)
      .send({ reason: 'leaving the company' });
    expect(removal.status).toBe(409);
    expect(removal.body.message).toMatch(new RegExp(`^${adminSub} is the last administrator of Altai Trade`));
    const demotion = await link(adminSub, 'member');
    expect(demotion.status).toBe(409);
    expect(demotion.body.message).toMatch(
      new RegExp(`^${adminSub} is the last administrator .* cannot be made a member`),
    );

    const deputySub = `deputy-${company.taxpayerId}`;
    await link(deputySub, 'administrator').expect(201);
    const deputy = userOf(deputySub);
    const demoted = await link(adminSub, 'member', deputy).expect(201);
    expect(demoted.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sub: adminSub, role: 'member' }),
        expect.objectContaining({ sub: deputySub, role: 'administrator' }),
      ]),
    );
    // The demoted one now gets a member's answer; the deputy gives the role back.
    expect((await call(admin, STEPS['change the MRA consent']())).status).toBe(403);
    await link(adminSub, 'administrator', deputy).expect(201);
  });

  it('announces the operator user who registers the company as its first administrator (user-linked), as any link', async () => {
    // Notifications (company webhooks) and every other copy of the company's users fold these events:
    // without it the company's own first administrator is nobody's administrator there.
    const adminSub = `trader-${company.taxpayerId}`;
    const events = await service().dataSource.query(
      `SELECT aggregateid, topic, payload FROM outbox WHERE type = 'aeo.operator.user-linked.v1' AND payload->>'sub' = $1 ORDER BY seq LIMIT 1`,
      [adminSub],
    );
    // The first of its links (other tests of this file change its role later).
    expect(events).toEqual([
      {
        aggregateid: operatorId,
        topic: 'aeo.application.events.v1',
        payload: expect.objectContaining({
          operatorId,
          taxpayerId: company.taxpayerId,
          region: company.region,
          sub: adminSub,
          role: 'administrator',
          linkedBy: adminSub,
        }),
      },
    ]);
    expect(events[0].payload).not.toHaveProperty('previousRole');
  });

  it('links a user and changes their role: audited with the role before, announced through the outbox (internal)', async () => {
    const clerkSub = `clerk-${company.taxpayerId}`;
    await link(clerkSub, 'member').expect(201);
    await link(clerkSub, 'administrator').expect(201);
    await link(clerkSub, 'member', officer).expect(201);

    const audit = await service().dataSource.query(
      `SELECT actor_sub, before, after FROM audit_log WHERE action = 'operator.user-linked' AND entity_id = $1 AND after->>'sub' = $2 ORDER BY id`,
      [operatorId, clerkSub],
    );
    const adminSub = `trader-${company.taxpayerId}`;
    expect(audit).toEqual([
      { actor_sub: adminSub, before: null, after: { sub: clerkSub, role: 'member' } },
      {
        actor_sub: adminSub,
        before: { sub: clerkSub, role: 'member' },
        after: { sub: clerkSub, role: 'administrator' },
      },
      {
        actor_sub: 'officer-darkhan',
        before: { sub: clerkSub, role: 'administrator' },
        after: { sub: clerkSub, role: 'member' },
      },
    ]);
    const events = await service().dataSource.query(
      `SELECT aggregateid, topic, payload FROM outbox WHERE type = 'aeo.operator.user-linked.v1' AND payload->>'sub' = $1 ORDER BY seq`,
      [clerkSub],
    );
    const about = { operatorId, taxpayerId: company.taxpayerId, region: company.region, sub: clerkSub };
    expect(events).toEqual([
      { aggregateid: operatorId, topic: 'aeo.application.events.v1', payload: expect.objectContaining(about) },
      expect.objectContaining({ payload: expect.objectContaining({ previousRole: 'member', role: 'administrator' }) }),
      expect.objectContaining({
        payload: expect.objectContaining({
          previousRole: 'administrator',
          role: 'member',
          linkedBy: 'officer-darkhan',
        }),
      }),
    ]);
    expect(events[0].payload).toMatchObject({ role: 'member', linkedBy: adminSub });
    expect(events[0].payload).not.toHaveProperty('previousRole');

    // The company's users do not learn which officer linked a user (as an application's decidedBy); staff do.
    const deskSub = `desk-${company.taxpayerId}`;
    const byOfficer = await link(deskSub, 'member', officer).expect(201);
    expect(byOfficer.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ sub: deskSub, addedBy: 'officer-darkhan' })]),
    );
    const addedBy = async (token: string) =>
      (
        (await service().http.get(`/v1/operators/${operatorId}/users`).set('Authorization', token).expect(200))
          .body as { sub: string; addedBy: string | null }[]
      ).reduce<Record<string, string | null>>((bySub, linked) => ({ ...bySub, [linked.sub]: linked.addedBy }), {});
    expect(await addedBy(admin)).toMatchObject({ [deskSub]: null, [clerkSub]: adminSub, [adminSub]: adminSub });
    expect(await addedBy(officer)).toMatchObject({ [deskSub]: 'officer-darkhan', [clerkSub]: adminSub });
    // Linked again by the administrator: the link keeps who made it first, and the answer withholds it as the list does.
    const byAdmin = await link(deskSub, 'member').expect(201);
    expect(byAdmin.body).toEqual(expect.arrayContaining([expect.objectContaining({ sub: deskSub, addedBy: null })]));
  });

  it('removes a user with a reason: audited, announced through the outbox, and their access ends at once', async () => {
    const leaverSub = `leaver-${company.taxpayerId}`;
    const leaver = userOf(leaverSub);
    await link(leaverSub, 'member').expect(201);
    await call(leaver, STEPS['read an application']()).expect(200);

    const noReason = await service()
      .http.delete(`/v1/operators/${operatorId}/users/${leaverSub}`)
      .set('Authorization', admin)
      .send({});
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toMatch(/reason/);

    await service()
      .http.delete(`/v1/operators/${operatorId}/users/${leaverSub}`)
      .set('Authorization', admin)
      .send({ reason: 'left the company' })
      .expect(204);
    const refused = await call(leaver, STEPS['read an application']());
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/not a member of/);
    expect((await call(leaver, STEPS['save answers']())).status).toBe(403);

    const again = await service()
      .http.delete(`/v1/operators/${operatorId}/users/${leaverSub}`)
      .set('Authorization', admin)
      .send({ reason: 'left the company' });
    expect(again.status).toBe(404);

    const [event] = await service().dataSource.query(
      `SELECT aggregateid, topic, subject, payload FROM outbox WHERE type = 'aeo.operator.user-removed.v1' AND payload->>'sub' = $1`,
      [leaverSub],
    );
    expect(event).toMatchObject({
      aggregateid: operatorId,
      topic: 'aeo.application.events.v1',
      subject: operatorId,
      payload: {
        operatorId,
        taxpayerId: company.taxpayerId,
        region: company.region,
        sub: leaverSub,
        role: 'member',
        removedBy: `trader-${company.taxpayerId}`,
        reason: 'left the company',
      },
    });
    const audit = await service().dataSource.query(
      `SELECT before, reason FROM audit_log WHERE action = 'operator.user-removed' AND entity_id = $1`,
      [operatorId],
    );
    expect(audit).toEqual([{ before: { sub: leaverSub, role: 'member' }, reason: 'left the company' }]);
  });

  it('lets the region’s staff remove a user; another region’s office is refused', async () => {
    const goneSub = `gone-${company.taxpayerId}`;
    await link(goneSub, 'member').expect(201);
    const elsewhere = bearer({ sub: 'office-khovd', roles: [ROLES.regionalOffice], region: 'KHOVD' });
    const refused = await service()
      .http.delete(`/v1/operators/${operatorId}/users/${goneSub}`)
      .set('Authorization', elsewhere)
      .send({ reason: 'asked by the company' });
    expect(refused.status).toBe(403);
    await service()
      .http.delete(`/v1/operators/${operatorId}/users/${goneSub}`)
      .set('Authorization', office)
      .send({ reason: 'asked by the company' })
      .expect(204);
  });

  it('updates contact, address and supply-chain roles: validated naming the field, audited, announced', async () => {
    const patch = (body: object, token = admin) =>
      service().http.patch(`/v1/operators/${operatorId}`).set('Authorization', token).send(body);
    const invalid: [object, RegExp][] = [
      [{}, /at least one of contact, address, supplyChainRoles/],
      [{ name: 'Another Name LLC' }, /name/],
      [{ region: 'KHOVD' }, /region/],
      [{ contact: { name: 'Oyun', email: 'not-an-email', language: 'mn' } }, /contact\.email/],
      [{ contact: { name: 'Oyun', email: 'oyun@altai.example', language: 'de' } }, /contact\.language/],
      [{ address: { street: 'Peace Avenue 1', city: 'Darkhan', country: 'Mongolia' } }, /address\.country/],
      [{ supplyChainRoles: [] }, /supplyChainRoles/],
      [{ supplyChainRoles: ['smuggler'] }, /supplyChainRoles\.0/],
    ];
    for (const [body, field] of invalid) {
      const response = await patch(body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(response.body.message).toMatch(field);
    }
    // A wrong type is one clear message naming the field (a string was also judged by the list's length), and a role given twice is refused.
    const list = `supplyChainRoles: must be an array of supply-chain roles (${SUPPLY_CHAIN_ROLES.join(', ')})`;
    for (const supplyChainRoles of ['importer, exporter and carrier', 5, { importer: true }]) {
      const response = await patch({ supplyChainRoles }).expect(400);
      expect([supplyChainRoles, response.body.message, response.body.issues]).toEqual([supplyChainRoles, list, [list]]);
    }
    const twice = await patch({ supplyChainRoles: ['importer', 'importer'] }).expect(400);
    expect(twice.body.message).toBe('supplyChainRoles: must not repeat a supply-chain role');

    const contact = {
      name: 'Oyun',
      email: `oyun+${company.taxpayerId}@altai.example`,
      phone: '+976 1234',
      language: 'mn',
    };
    const updated = await patch({ contact, supplyChainRoles: ['exporter', 'carrier'] }).expect(200);
    expect(updated.body).toMatchObject({
      id: operatorId,
      name: company.registration.name,
      region: company.region,
      contact,
      address: company.registration.address,
      supplyChainRoles: ['exporter', 'carrier'],
    });
    // The region's contact officer may correct it too.
    const address = { street: 'Chinggis Avenue 5', city: 'Darkhan', postalCode: '45000', country: 'MN' };
    await patch({ address }, officer).expect(200);
    const read = await service().http.get(`/v1/operators/${operatorId}`).set('Authorization', member).expect(200);
    expect(read.body).toMatchObject({ contact, address, supplyChainRoles: ['exporter', 'carrier'] });

    const events = await service().dataSource.query(
      `SELECT payload FROM outbox WHERE type = 'aeo.operator.updated.v1' AND aggregateid = $1 ORDER BY seq`,
      [operatorId],
    );
    expect(events.map((row: { payload: object }) => row.payload)).toEqual([
      expect.objectContaining({
        changed: ['contact', 'supplyChainRoles'],
        contact,
        updatedBy: `trader-${company.taxpayerId}`,
      }),
      expect.objectContaining({ changed: ['address'], address, updatedBy: `officer-darkhan` }),
    ]);
    const audit = await service().dataSource.query(
      `SELECT before, after FROM audit_log WHERE action = 'operator.updated' AND entity_id = $1 ORDER BY id`,
      [operatorId],
    );
    expect(audit[1]).toEqual({ before: { address: company.registration.address }, after: { address } });
  });

  it('lets the administrator change the MRA consent while the application is open, audited with the reason', async () => {
    const consent = (consentToMraSharing: boolean, reason?: string) =>
      service()
        .http.put(`${app()}/mra-consent`)
        .set('Authorization', admin)
        .send({ consentToMraSharing, ...(reason ? { reason } : {}) });
    const given = await consent(true, 'we trade with Korea').expect(200);
    expect(given.body).toMatchObject({ id: applicationId, consentToMraSharing: true });
    await consent(true).expect(200);
    const invalid = await service().http.put(`${app()}/mra-consent`).set('Authorization', admin).send({ reason: 'x' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.message).toMatch(/consentToMraSharing/);
    const audit = await service().dataSource.query(
      `SELECT before, after, reason FROM audit_log WHERE action = 'application.mra-consent-changed' AND entity_id = $1`,
      [applicationId],
    );
    expect(audit).toEqual([
      { before: { consentToMraSharing: false }, after: { consentToMraSharing: true }, reason: 'we trade with Korea' },
    ]);

    await service()
      .http.post(`${app()}/withdrawal`)
      .set('Authorization', admin)
      .send({ reason: 'no longer needed' })
      .expect(202);
    const closed = await consent(false);
    expect(closed.status).toBe(409);
    expect(closed.body.message).toMatch(/is withdrawn; its consent to MRA sharing changes only while it is open/);
  });
});
