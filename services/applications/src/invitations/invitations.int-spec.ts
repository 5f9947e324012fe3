import { ROLES } from '@aeo/auth';
import { invitationCodeKeyEnv, openInvitationCode } from '@aeo/contracts';
import { bearer, startedForTests } from '@aeo/testing';
import { makeCompany } from '../e2e/slice-fixtures';
import { startApplications } from '../testing/start-applications';

jest.setTimeout(120_000);

/**
 * Company invitations (issue 20) on a real PostgreSQL: an administrator invites, the code reaches
 * notifications sealed in the event only, the identity provider's client looks it up and redeems
 * it once (two concurrent redemptions: one link), revoked and expired codes link nobody, and
 * another company's administrator neither lists nor revokes (404).
 */
describe('applications: company invitations (real PostgreSQL)', () => {
  const service = startedForTests(() => startApplications());
  const company = makeCompany();
  const other = makeCompany();
  const admin = company.operatorToken;
  const identityProvider = bearer({
    sub: 'aeo-identity',
    roles: [ROLES.backendPlatform],
    scopes: ['aeo.invitations.redeem'],
    clientId: 'aeo-identity',
  });
  const codeKey = invitationCodeKeyEnv.parse(process.env['INVITATION_CODE_KEY']);
  let operatorId = '';
  let otherOperatorId = '';

  const invite = (body: object, token = admin, operator = () => operatorId) =>
    service().http.post(`/v1/operators/${operator()}/invitations`).set('Authorization', token).send(body);
  const invitation = (email: string, role = 'member') => ({ email, name: `Name of ${email}`, role, language: 'en' });
  /** The code of an invitation, as notifications opens it from the event (the only place it exists in). */
  const codeOf = async (invitationId: string): Promise<string> => {
    const [event] = await service().dataSource.query(
      `SELECT payload FROM outbox WHERE type = 'aeo.operator.invitation-created.v1' AND payload->>'invitationId' = $1`,
      [invitationId],
    );
    return openInvitationCode(codeKey, invitationId, event.payload.sealedCode);
  };
  const redeem = (code: string, sub: string, taxpayerId = company.taxpayerId) =>
    service()
      .http.post('/v1/invitations/redemptions')
      .set('Authorization', identityProvider)
      .send({ code, sub, name: `Person ${sub}`, email: `${sub}@altai.example`, language: 'mn', taxpayerId });
  const lookUp = (code: string) =>
    service().http.post('/v1/invitations/lookups').set('Authorization', identityProvider).send({ code });
  const linkedUsers = async () =>
    (await service().http.get(`/v1/operators/${operatorId}/users`).set('Authorization', admin).expect(200)).body as {
      sub: string;
      role: string;
    }[];

  beforeAll(async () => {
    operatorId = (
      await service().http.post('/v1/operators').set('Authorization', admin).send(company.registration).expect(201)
    ).body.id;
    otherOperatorId = (
      await service()
        .http.post('/v1/operators')
        .set('Authorization', other.operatorToken)
        .send(other.registration)
        .expect(201)
    ).body.id;
  });

  it('invites: pending, audited, announced with the code sealed; only the code’s hash is stored', async () => {
    const created = await invite(invitation('clerk@altai.example', 'administrator')).expect(201);
    expect(created.body).toEqual(
      expect.objectContaining({ operatorId, email: 'clerk@altai.example', role: 'administrator', status: 'pending' }),
    );
    const days = (Date.parse(created.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    const code = await codeOf(created.body.id);
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await service().dataSource.query(`SELECT * FROM operator_invitations WHERE id = $1`, [
      created.body.id,
    ]);
    expect(JSON.stringify(row)).not.toContain(code);
    const [event] = await service().dataSource.query(
      `SELECT aggregateid, topic, payload FROM outbox WHERE payload->>'invitationId' = $1`,
      [created.body.id],
    );
    expect(event.aggregateid).toBe(operatorId);
    expect(JSON.stringify(event.payload)).not.toContain(code);
    const audit = await service().dataSource.query(
      `SELECT actor_sub, after FROM audit_log WHERE action = 'operator.invitation-created' AND after->>'invitationId' = $1`,
      [created.body.id],
    );
    expect(audit).toEqual([
      { actor_sub: `trader-${company.taxpayerId}`, after: expect.objectContaining({ role: 'administrator' }) },
    ]);
    expect(JSON.stringify(audit)).not.toContain(code);
    const listed = await service().http.get(`/v1/operators/${operatorId}/invitations`).set('Authorization', admin);
    expect(listed.status).toBe(200);
    expect(listed.body.map((one: { id: string }) => one.id)).toContain(created.body.id);
  });

  it('refuses a bad invitation naming the field, and members and unknown operators', async () => {
    const bad = await invite({ ...invitation('x@altai.example'), email: 'not-an-email' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('email');
    const role = await invite({ ...invitation('x@altai.example'), role: 'owner' });
    expect(role.status).toBe(400);
    expect(JSON.stringify(role.body)).toContain('role');
    const memberSub = `member-${company.taxpayerId}`;
    await service()
      .http.post(`/v1/operators/${operatorId}/users`)
      .set('Authorization', admin)
      .send({ sub: memberSub, name: 'Member', email: 'member@altai.example', language: 'en', role: 'member' })
      .expect(201);
    const member = bearer({ sub: memberSub, roles: [ROLES.operatorUser], taxpayerId: company.taxpayerId });
    expect((await invite(invitation('y@altai.example'), member)).status).toBe(403);
    expect(
      (await service().http.get(`/v1/operators/${operatorId}/invitations`).set('Authorization', member)).status,
    ).toBe(403);
  });

  it('refuses a query key on the company’s users and invitations (they take none) rather than answer as if applied', async () => {
    for (const path of ['users?role=administrator', 'invitations?status=pending']) {
      const refused = await service().http.get(`/v1/operators/${operatorId}/${path}`).set('Authorization', admin);
      expect([refused.status, refused.body.message]).toEqual([
        400,
        `query: Unrecognized key "${path.split(/[?=]/)[1]}"`,
      ]);
    }
  });

  it("answers another company's administrator 404: it neither lists, invites nor revokes", async () => {
    const created = await invite(invitation('quiet@altai.example')).expect(201);
    const outsider = other.operatorToken;
    expect(
      (await service().http.get(`/v1/operators/${operatorId}/invitations`).set('Authorization', outsider)).status,
    ).toBe(404);
    expect((await invite(invitation('z@other.example'), outsider)).status).toBe(404);
    const revoke = await service()
      .http.delete(`/v1/operators/${operatorId}/invitations/${created.body.id}`)
      .set('Authorization', outsider);
    expect(revoke.status).toBe(404);
    // Nor through its own company's path.
    const viaOwn = await service()
      .http.delete(`/v1/operators/${otherOperatorId}/invitations/${created.body.id}`)
      .set('Authorization', outsider);
    expect(viaOwn.status).toBe(404);
    expect((await lookUp(await codeOf(created.body.id))).body.status).toBe('pending');
  });

  it('does not show the company’s users which officer invited or revoked; staff and its own users’ steps are shown', async () => {
    const officer = company.officerToken;
    const byOfficer = await invite(invitation('officer.invited@altai.example'), officer).expect(201);
    expect(byOfficer.body.invitedBy).toBe('officer-darkhan');
    const revokedByOfficer = await invite(invitation('officer.revoked@altai.example')).expect(201);
    await service()
      .http.delete(`/v1/operators/${operatorId}/invitations/${revokedByOfficer.body.id}`)
      .set('Authorization', officer)
      .expect(204);
    const byAdmin = await invite(invitation('admin.invited@altai.example')).expect(201);
    expect(byAdmin.body.invitedBy).toBe(`trader-${company.taxpayerId}`);
    const listedFor = async (token: string) =>
      (
        (await service().http.get(`/v1/operators/${operatorId}/invitations`).set('Authorization', token).expect(200))
          .body as { id: string; invitedBy: string | null; revokedBy?: string | null }[]
      ).reduce<Record<string, object>>(
        (byId, { id, invitedBy, revokedBy }) => ({ ...byId, [id]: { invitedBy, revokedBy } }),
        {},
      );
    const trader = `trader-${company.taxpayerId}`;
    expect(await listedFor(admin)).toMatchObject({
      [byOfficer.body.id]: { invitedBy: null, revokedBy: undefined },
      [revokedByOfficer.body.id]: { invitedBy: trader, revokedBy: null },
      [byAdmin.body.id]: { invitedBy: trader, revokedBy: undefined },
    });
    expect(await listedFor(officer)).toMatchObject({
      [byOfficer.body.id]: { invitedBy: 'officer-darkhan' },
      [revokedByOfficer.body.id]: { invitedBy: trader, revokedBy: 'officer-darkhan' },
    });
  });

  it('redeems a code once: two concurrent redemptions link one account, the other is refused', async () => {
    const created = await invite(invitation('racer@altai.example', 'administrator')).expect(201);
    const code = await codeOf(created.body.id);
    const looked = await lookUp(code).expect(200);
    expect(looked.body).toEqual(
      expect.objectContaining({
        id: created.body.id,
        status: 'pending',
        taxpayerId: company.taxpayerId,
        operatorName: company.registration.name,
        role: 'administrator',
      }),
    );
    const subs = [`racer-a-${company.taxpayerId}`, `racer-b-${company.taxpayerId}`];
    const answers = await Promise.all(subs.map((sub) => redeem(code, sub)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const winner = answers.find((answer) => answer.status === 201)!.body.sub as string;
    const users = await linkedUsers();
    expect(users.filter((user) => subs.includes(user.sub))).toEqual([
      expect.objectContaining({ sub: winner, role: 'administrator' }),
    ]);
    const events = await service().dataSource.query(
      `SELECT payload FROM outbox WHERE type = 'aeo.operator.user-linked.v1' AND payload->>'sub' = ANY($1)`,
      [subs],
    );
    expect(events).toEqual([
      {
        payload: expect.objectContaining({
          operatorId,
          sub: winner,
          role: 'administrator',
          linkedBy: `trader-${company.taxpayerId}`,
        }),
      },
    ]);
    expect((await lookUp(code)).body.status).toBe('accepted');
    const again = await redeem(code, `late-${company.taxpayerId}`);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/accepted/);
    const listed = await service().http.get(`/v1/operators/${operatorId}/invitations`).set('Authorization', admin);
    expect(listed.body.find((one: { id: string }) => one.id === created.body.id)).toEqual(
      expect.objectContaining({ status: 'accepted', acceptedSub: winner }),
    );
    const audit = await service().dataSource.query(
      `SELECT actor_sub FROM audit_log WHERE action = 'operator.invitation-accepted' AND after->>'invitationId' = $1`,
      [created.body.id],
    );
    expect(audit).toEqual([{ actor_sub: 'aeo-identity' }]);
  });

  it('links nobody with an expired code, a revoked one, an unknown one or another company’s account', async () => {
    const expired = await invite(invitation('late@altai.example')).expect(201);
    await service().dataSource.query(
      `UPDATE operator_invitations SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [expired.body.id],
    );
    const expiredCode = await codeOf(expired.body.id);
    expect((await lookUp(expiredCode)).body.status).toBe('expired');
    expect((await redeem(expiredCode, `expired-${company.taxpayerId}`)).status).toBe(409);
    const revokeExpired = await service()
      .http.delete(`/v1/operators/${operatorId}/invitations/${expired.body.id}`)
      .set('Authorization', admin);
    expect(revokeExpired.status).toBe(409);

    const revoked = await invite(invitation('changed-mind@altai.example')).expect(201);
    await service()
      .http.delete(`/v1/operators/${operatorId}/invitations/${revoked.body.id}`)
      .set('Authorization', admin)
      .expect(204);
    const revokedCode = await codeOf(revoked.body.id);
    expect((await lookUp(revokedCode)).body.status).toBe('revoked');
    expect((await redeem(revokedCode, `revoked-${company.taxpayerId}`)).status).toBe(409);
    const twice = await service()
      .http.delete(`/v1/operators/${operatorId}/invitations/${revoked.body.id}`)
      .set('Authorization', admin);
    expect(twice.status).toBe(409);
    const audit = await service().dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'operator.invitation-revoked' AND after->>'invitationId' = $1`,
      [revoked.body.id],
    );
    expect(audit).toEqual([{ n: 1 }]);

    const pending = await invite(invitation('wrong-company@altai.example')).expect(201);
    const pendingCode = await codeOf(pending.body.id);
    const foreign = await redeem(pendingCode, `foreign-${other.taxpayerId}`, other.taxpayerId);
    expect(foreign.status).toBe(409);
    expect(foreign.body.message).toMatch(/taxpayerId/);
    expect((await lookUp(pendingCode)).body.status).toBe('pending');

    const unknown = 'A'.repeat(43);
    expect((await lookUp(unknown)).status).toBe(404);
    expect((await redeem(unknown, `nobody-${company.taxpayerId}`)).status).toBe(404);
    const subs = (await linkedUsers()).map((user) => user.sub);
    for (const prefix of ['expired', 'revoked', 'foreign', 'nobody'])
      expect(subs.some((sub) => sub.startsWith(prefix))).toBe(false);
  });

  it('lets only the identity provider’s client look up and redeem', async () => {
    const created = await invite(invitation('guarded@altai.example')).expect(201);
    const code = await codeOf(created.body.id);
    const platform = bearer({ sub: 'single-window', roles: [ROLES.backendPlatform], scopes: ['aeo.status.read'] });
    for (const token of [admin, platform]) {
      expect(
        (await service().http.post('/v1/invitations/lookups').set('Authorization', token).send({ code })).status,
      ).toBe(403);
      expect(
        (
          await service().http.post('/v1/invitations/redemptions').set('Authorization', token).send({
            code,
            sub: 'x',
            name: 'X',
            email: 'x@altai.example',
            language: 'en',
            taxpayerId: company.taxpayerId,
          })
        ).status,
      ).toBe(403);
    }
    const malformed = await lookUp('short');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('code');
  });

  it('revokes what an administrator sent out once removed or made a member: their codes let nobody in after them', async () => {
    const linkUser = (sub: string, role: string) =>
      service()
        .http.post(`/v1/operators/${operatorId}/users`)
        .set('Authorization', admin)
        .send({ sub, name: sub, email: `${sub}@altai.example`, language: 'en', role })
        .expect(201);
    const userToken = (sub: string) => bearer({ sub, roles: [ROLES.operatorUser], taxpayerId: company.taxpayerId });
    const removedSub = `deputy-${company.taxpayerId}`;
    const demotedSub = `second-${company.taxpayerId}`;
    await linkUser(removedSub, 'administrator');
    await linkUser(demotedSub, 'administrator');
    // Each invites an address of their own as an administrator.
    const byRemoved = await invite(
      invitation('deputy.private@altai.example', 'administrator'),
      userToken(removedSub),
    ).expect(201);
    const byDemoted = await invite(
      invitation('second.private@altai.example', 'administrator'),
      userToken(demotedSub),
    ).expect(201);
    const byAdmin = await invite(invitation('kept@altai.example')).expect(201);

    await service()
      .http.delete(`/v1/operators/${operatorId}/users/${removedSub}`)
      .set('Authorization', admin)
      .send({ reason: 'left the company on bad terms' })
      .expect(204);
    await linkUser(demotedSub, 'member');

    for (const created of [byRemoved, byDemoted]) {
      const refused = await redeem(await codeOf(created.body.id), `comeback-${created.body.id}`);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toContain('revoked');
    }
    const listed = (
      await service().http.get(`/v1/operators/${operatorId}/invitations`).set('Authorization', admin).expect(200)
    ).body as { id: string; status: string; revokedBy?: string }[];
    const statusOf = (id: string) => listed.find((entry) => entry.id === id);
    expect(statusOf(byRemoved.body.id)).toMatchObject({ status: 'revoked', revokedBy: `trader-${company.taxpayerId}` });
    expect(statusOf(byDemoted.body.id)).toMatchObject({ status: 'revoked' });
    expect(statusOf(byAdmin.body.id)).toMatchObject({ status: 'pending' });
    const audit = await service().dataSource.query(
      `SELECT reason FROM audit_log WHERE action = 'operator.invitation-revoked' AND after->>'invitationId' = $1`,
      [byRemoved.body.id],
    );
    expect(audit).toEqual([{ reason: 'left the company on bad terms' }]);
  });
});
