import { ROLES } from '@aeo/auth';
import { bearer, startedForTests } from '@aeo/testing';
import { startValidation } from '../testing/start-validation';
import { registerValidator } from '../testing/validators';

jest.setTimeout(90_000);

describe('validator registration (real PostgreSQL)', () => {
  const service = startedForTests(startValidation);
  const khovdOffice = bearer({ sub: 'office-khovd', roles: [ROLES.regionalOffice], region: 'KHOVD' });
  const darkhanOffice = bearer({ sub: 'office-darkhan', roles: [ROLES.regionalOffice], region: 'DARKHAN' });
  const operations = bearer({ sub: 'ops-1', roles: [ROLES.operations] });

  const validatorRow = async (sub: string) =>
    (await service().dataSource.query(`SELECT name, region, active FROM validators WHERE sub = $1`, [sub]))[0];
  const auditOf = (sub: string): Promise<{ action: string; actor_sub: string; before: unknown; after: unknown }[]> =>
    service().dataSource.query(
      `SELECT action, actor_sub, before, after FROM audit_log WHERE entity_type = 'validator' AND entity_id = $1 ORDER BY id`,
      [sub],
    );

  it("refuses a regional office taking over another region's validator: 403, the record and its audit trail unchanged", async () => {
    const darkhan7 = { sub: 'validator-darkhan-7', name: 'Darkhan validator', region: 'DARKHAN' };
    await registerValidator(service(), darkhanOffice, darkhan7).expect(201);
    expect(await auditOf('validator-darkhan-7')).toEqual([
      {
        action: 'validator.registered',
        actor_sub: 'office-darkhan',
        before: null,
        after: { ...darkhan7, active: true },
      },
    ]);

    const takeover = await registerValidator(service(), khovdOffice, {
      ...darkhan7,
      name: 'Now ours',
      region: 'KHOVD',
      active: false,
    }).expect(403);
    expect(takeover.body.message).toBe(
      "Validator validator-darkhan-7 belongs to region DARKHAN, outside your scope (KHOVD); only that region's office or operations may change it",
    );
    expect(await validatorRow('validator-darkhan-7')).toEqual({
      name: 'Darkhan validator',
      region: 'DARKHAN',
      active: true,
    });
    expect(await auditOf('validator-darkhan-7')).toHaveLength(1);
  });

  it('lets the office update its own validators and operations move one across regions, auditing the record before and after', async () => {
    const khovd7 = { sub: 'validator-khovd-7', name: 'Khovd validator', region: 'KHOVD' };
    const onLeave = { ...khovd7, name: 'Khovd validator (on leave)', active: false };
    const inDarkhan = { ...khovd7, region: 'DARKHAN' };
    await registerValidator(service(), khovdOffice, khovd7).expect(201);
    const updated = await registerValidator(service(), khovdOffice, onLeave).expect(201);
    expect(updated.body).toEqual({ ...onLeave, openCases: 0 });

    const moved = await registerValidator(service(), operations, inDarkhan).expect(201);
    expect(moved.body).toMatchObject({ region: 'DARKHAN', active: true });
    expect(await auditOf('validator-khovd-7')).toEqual([
      {
        action: 'validator.registered',
        actor_sub: 'office-khovd',
        before: null,
        after: { ...khovd7, active: true },
      },
      { action: 'validator.updated', actor_sub: 'office-khovd', before: { ...khovd7, active: true }, after: onLeave },
      { action: 'validator.updated', actor_sub: 'ops-1', before: onLeave, after: { ...inDarkhan, active: true } },
    ]);
    // Now Darkhan's: its former office can no longer change it.
    await registerValidator(service(), khovdOffice, { ...khovd7, name: 'Back home' }).expect(403);
  });

  it('lets only one of two regions registering the same new validator at once have it: the other gets 403', async () => {
    // Both requests are held before they commit (the audit table is locked) until the second has
    // run into the first's uncommitted row, so the race is taken every time.
    const blocker = service().dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query(`LOCK TABLE audit_log IN EXCLUSIVE MODE`);
    const register = (token: string, region: string) =>
      registerValidator(service(), token, { sub: 'validator-contested', name: `${region} validator`, region }).then(
        (r) => ({ region, status: r.status, body: r.body }),
      );
    const answers = Promise.all([register(khovdOffice, 'KHOVD'), register(darkhanOffice, 'DARKHAN')]);
    try {
      for (let waited = 0; ; waited += 50) {
        // pg_stat_activity is read once per transaction unless its snapshot is cleared.
        await blocker.query(`SELECT pg_stat_clear_snapshot()`);
        const [{ waiting }] = await blocker.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ~* 'validators|audit_log'`,
        );
        if (waiting >= 2 || waited > 10_000) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await blocker.commitTransaction();
      await blocker.release();
    }
    const results = await answers;
    expect(results.map((r) => r.status).sort()).toEqual([201, 403]);
    const winner = results.find((r) => r.status === 201)!;
    const loser = results.find((r) => r.status === 403)!;
    expect(loser.body.message).toContain(`belongs to region ${winner.region}, outside your scope (${loser.region})`);
    expect(await validatorRow('validator-contested')).toEqual({
      name: `${winner.region} validator`,
      region: winner.region,
      active: true,
    });
    expect(await auditOf('validator-contested')).toEqual([
      {
        action: 'validator.registered',
        actor_sub: `office-${winner.region.toLowerCase()}`,
        before: null,
        after: { sub: 'validator-contested', name: `${winner.region} validator`, region: winner.region, active: true },
      },
    ]);
  });

  it('accepts only the customs regions of the programme (400 naming region)', async () => {
    const unknown = await registerValidator(service(), operations, {
      sub: 'validator-atlantis',
      name: 'Nowhere validator',
      region: 'ATLANTIS',
    }).expect(400);
    expect(unknown.body.message).toMatch(
      /^region: ATLANTIS is not a customs region of the programme \(ULAANBAATAR, DARKHAN, /,
    );
    const atlantisOffice = bearer({ sub: 'office-atlantis', roles: [ROLES.regionalOffice], region: 'ATLANTIS' });
    await registerValidator(service(), atlantisOffice, {
      sub: 'validator-atlantis',
      name: 'Nowhere validator',
      region: 'ATLANTIS',
    }).expect(400);
    expect(await validatorRow('validator-atlantis')).toBeUndefined();
  });
  it.each([
    ['Val \u202Eidator', 'U+202E'],
    ['Val\u200Bidator', 'U+200B'],
  ])('refuses a name hiding a character (%j): 400 naming name and %s, nothing stored', async (name, character) => {
    const refused = await registerValidator(service(), operations, {
      sub: 'validator-hidden',
      name,
      region: 'DARKHAN',
    }).expect(400);
    expect(refused.body.message).toContain('name: ');
    expect(refused.body.message).toContain(character);
    expect(await validatorRow('validator-hidden')).toBeUndefined();
  });

  it.each(['val x', 'валидатор'])(
    'refuses a sub no token can carry (%j): 400 naming sub, nothing stored (cases would go to nobody)',
    async (sub) => {
      const refused = await registerValidator(service(), operations, { sub, name: 'Val X', region: 'DARKHAN' }).expect(
        400,
      );
      expect(refused.body.message).toContain('sub: must be 1 to 200 printable ASCII characters without spaces');
      expect(await validatorRow(sub)).toBeUndefined();
    },
  );

  it('lists a regional office its own region only (another is 403) and refuses an unknown region (400)', async () => {
    await registerValidator(service(), darkhanOffice, {
      sub: 'validator-darkhan-list',
      name: 'Darkhan lister',
      region: 'DARKHAN',
    }).expect(201);
    const listed = (token: string, query: Record<string, string>) =>
      service().http.get('/v1/validators').query(query).set('Authorization', token);
    const other = await listed(darkhanOffice, { region: 'DORNOD' }).expect(403);
    expect(other.body.message).toBe('Region DORNOD is outside your scope (DARKHAN)');
    const unknown = await listed(operations, { region: 'NOWHERE' }).expect(400);
    expect(unknown.body.message).toMatch(/^region: NOWHERE is not a customs region of the programme/);
    const own = (await listed(darkhanOffice, { region: 'DARKHAN' }).expect(200)).body as { region: string }[];
    expect(own.map((v) => v.region)).toContain('DARKHAN');
    expect(new Set(own.map((v) => v.region))).toEqual(new Set(['DARKHAN']));
  });
});
