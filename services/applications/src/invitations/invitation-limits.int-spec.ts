import { startedForTests } from '@aeo/testing';
import { makeCompany } from '../e2e/slice-fixtures';
import { registerOperator } from '../testing/granted-authorisation';
import { startApplications } from '../testing/start-applications';

jest.setTimeout(120_000);

/**
 * A company's invitation limits on a real PostgreSQL (each invitation emails an address the
 * inviter chose): at most INVITATION_MAX_PENDING pending and INVITATION_MAX_PER_DAY created in 24
 * hours, refused 429 naming the limit; another company's count is its own. Invitee names with
 * bidirectional controls or invisible characters are refused 400 naming the field.
 */
describe('applications: invitation limits and invitee names (real PostgreSQL)', () => {
  const service = startedForTests(() =>
    startApplications({ INVITATION_MAX_PENDING: '3', INVITATION_MAX_PER_DAY: '5' }),
  );
  const company = makeCompany();
  const other = makeCompany();
  const operators = new Map<string, string>();

  const invite = (who: typeof company, n: number, name = `Invitee ${n}`) =>
    service()
      .http.post(`/v1/operators/${operators.get(who.taxpayerId)}/invitations`)
      .set('Authorization', who.operatorToken)
      .send({ email: `invitee${n}@altai.example`, name, role: 'member', language: 'mn' });
  const revoke = (who: typeof company, invitationId: string) =>
    service()
      .http.delete(`/v1/operators/${operators.get(who.taxpayerId)}/invitations/${invitationId}`)
      .set('Authorization', who.operatorToken)
      .expect(204);
  const stored = async (who: typeof company): Promise<number> =>
    Number(
      (
        await service().dataSource.query(`SELECT count(*) FROM operator_invitations WHERE operator_id = $1`, [
          operators.get(who.taxpayerId),
        ])
      )[0].count,
    );

  beforeAll(async () => {
    for (const each of [company, other]) operators.set(each.taxpayerId, await registerOperator(service(), each));
  });

  it('refuses a pending invitation over INVITATION_MAX_PENDING and one created over INVITATION_MAX_PER_DAY (429, naming the limit)', async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await invite(company, n).expect(201)).body.id);
    const fourth = await invite(company, 4);
    expect(fourth.status).toBe(429);
    expect(fourth.body.message).toMatch(/3 pending invitations, the limit \(INVITATION_MAX_PENDING 3\)/);
    expect(await stored(company)).toBe(3);
    // Another company's invitations are counted apart.
    await invite(other, 1).expect(201);

    // Revoking makes room among the pending, not in the day's count.
    await revoke(company, ids[0]);
    await invite(company, 4).expect(201);
    await revoke(company, ids[1]);
    await invite(company, 5).expect(201);
    await revoke(company, ids[2]);
    const sixth = await invite(company, 6);
    expect(sixth.status).toBe(429);
    expect(sixth.body.message).toMatch(
      /created 5 invitations in the last 24 hours, the limit \(INVITATION_MAX_PER_DAY 5\)/,
    );
    expect(await stored(company)).toBe(5);
    // A day later the day's count is free again (the pending limit still holds).
    await service().dataSource.query(
      `UPDATE operator_invitations SET invited_at = invited_at - interval '25 hours' WHERE operator_id = $1`,
      [operators.get(company.taxpayerId)],
    );
    await invite(company, 6).expect(201);
  });

  it.each([
    ['a right-to-left override', 'Bat\u202Eroo\u202C', 'U+202E'],
    ['a right-to-left isolate', '\u2067Батаа\u2069', 'U+2067'],
    ['a zero-width space', 'Бат\u200Bболд', 'U+200B'],
  ])('refuses an invitee name with %s (400 naming name and the character)', async (_case, name, character) => {
    const before = await stored(other);
    const refused = await invite(other, 9, name);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('name');
    expect(JSON.stringify(refused.body)).toContain(character);
    expect(await stored(other)).toBe(before);
  });
});
