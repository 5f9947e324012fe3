import { ROLES } from '@aeo/auth';
import { OperatorUserLinked } from '@aeo/contracts';
import { bearer, startedForTests } from '@aeo/testing';
import { makeCompany } from '../e2e/slice-fixtures';
import { registerOperator } from '../testing/granted-authorisation';
import { startApplications } from '../testing/start-applications';

jest.setTimeout(120_000);

/**
 * The companies' current users announced again on operations' command (runbook: validation's and
 * notifications' copies of the companies' users, which began consuming after some links were
 * made), on a real PostgreSQL with its own database: each current link once more as
 * aeo.operator.user-linked.v1 through the outbox, with the link's own time and author (the copies
 * keep their latest change, so an older replay changes nothing there); a user removed is not
 * announced; one company or all; audited.
 */
describe('applications: the companies’ users announced again (real PostgreSQL)', () => {
  const service = startedForTests(() => startApplications());
  const company = makeCompany();
  const other = makeCompany();
  const operations = bearer({ sub: 'ops-1', roles: [ROLES.operations] });
  const operators = new Map<string, string>();
  const member = (taxpayerId: string) => ({
    sub: `member-${taxpayerId}`,
    name: 'Oyun',
    email: `oyun+${taxpayerId}@altai.example`,
    language: 'mn',
    role: 'member',
  });

  const announce = (body: object, token = operations) =>
    service().http.post('/v1/operators/user-links/announcements').set('Authorization', token).send(body);
  const announcedSince = async (since: Date) =>
    (
      await service().dataSource.query(
        `SELECT aggregateid, payload FROM outbox WHERE type = $1 AND created_at > $2 ORDER BY seq`,
        [OperatorUserLinked.type, since],
      )
    ).map((row: { aggregateid: string; payload: Record<string, unknown> }) => ({
      aggregateId: row.aggregateid,
      ...row.payload,
    }));

  beforeAll(async () => {
    for (const each of [company, other]) operators.set(each.taxpayerId, await registerOperator(service(), each));
    const operatorId = operators.get(company.taxpayerId);
    const users = `/v1/operators/${operatorId}/users`;
    await service()
      .http.post(users)
      .set('Authorization', company.operatorToken)
      .send(member(company.taxpayerId))
      .expect(201);
    const leaving = { ...member(company.taxpayerId), sub: `leaving-${company.taxpayerId}` };
    await service().http.post(users).set('Authorization', company.operatorToken).send(leaving).expect(201);
    await service()
      .http.delete(`${users}/${leaving.sub}`)
      .set('Authorization', company.operatorToken)
      .send({ reason: 'left the company' })
      .expect(204);
  });

  it('announces one company’s current users with their own link times and authors, not a removed one; audited', async () => {
    const operatorId = operators.get(company.taxpayerId)!;
    const [{ now }] = await service().dataSource.query(`SELECT clock_timestamp() AS now`);
    const answer = await announce({ operatorId }).expect(201);
    expect(answer.body).toEqual({ announced: 2 });
    const links = await service().dataSource.query(
      `SELECT sub, role, added_by, added_at FROM operator_users WHERE operator_id = $1 ORDER BY added_at, sub`,
      [operatorId],
    );
    expect(await announcedSince(now)).toEqual(
      links.map((link: { sub: string; role: string; added_by: string; added_at: Date }) => ({
        aggregateId: operatorId,
        operatorId,
        taxpayerId: company.taxpayerId,
        region: company.registration.region,
        sub: link.sub,
        role: link.role,
        linkedBy: link.added_by,
        linkedAt: link.added_at.toISOString(),
      })),
    );
    expect(links.map((link: { sub: string }) => link.sub)).not.toContain(`leaving-${company.taxpayerId}`);
    const audit = await service().dataSource.query(
      `SELECT actor_sub, after FROM audit_log WHERE action = 'operator.user-links-announced' AND entity_id = $1`,
      [operatorId],
    );
    expect(audit).toEqual([{ actor_sub: 'ops-1', after: { operatorId, announced: 2 } }]);
  });

  it('announces every company’s users when none is named; refuses an unknown company (404), a bad id (400) and other roles (403)', async () => {
    const [{ now }] = await service().dataSource.query(`SELECT clock_timestamp() AS now`);
    expect((await announce({}).expect(201)).body).toEqual({ announced: 3 });
    const announced = await announcedSince(now);
    expect(announced.map((event: { taxpayerId: string }) => event.taxpayerId).sort()).toEqual(
      [company.taxpayerId, company.taxpayerId, other.taxpayerId].sort(),
    );
    const unknown = await announce({ operatorId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    expect(unknown.body.message).toMatch(/^operatorId: /);
    const bad = await announce({ operatorId: 'not-a-uuid' }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('operatorId');
    await announce({}, company.operatorToken).expect(403);
    await announce({}, company.officerToken).expect(403);
    expect(await announcedSince(now)).toHaveLength(3);
  });
});
