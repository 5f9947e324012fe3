import { ROLES } from '@aeo/auth';
import { bearer } from '@aeo/testing';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { startValidation } from '../testing/start-validation';

jest.setTimeout(90_000);

describe('validator registration (real PostgreSQL)', () => {
  let service: ServiceUnderTest;
  const khovdOffice = bearer({ sub: 'office-khovd', roles: [ROLES.regionalOffice], region: 'KHOVD' });
  const darkhanOffice = bearer({ sub: 'office-darkhan', roles: [ROLES.regionalOffice], region: 'DARKHAN' });
  const operations = bearer({ sub: 'ops-1', roles: [ROLES.operations] });

  const validatorRow = async (sub: string) => (await service.dataSource.query(`SELECT name, region, active FROM validators WHERE sub = $1`, [sub]))[0];
  const auditOf = (sub: string): Promise<{ action: string; actor_sub: string; before: unknown; after: unknown }[]> =>
    service.dataSource.query(`SELECT action, actor_sub, before, after FROM audit_log WHERE entity_type = 'validator' AND entity_id = $1 ORDER BY id`, [sub]);

  beforeAll(async () => {
    service = await startValidation();
  });

  afterAll(async () => {
    await service?.close();
  });

  it("refuses a regional office taking over another region's validator: 403, the record and its audit trail unchanged", async () => {
    await service.http.post('/v1/validators').set('Authorization', darkhanOffice).send({ sub: 'validator-darkhan-7', name: 'Darkhan validator', region: 'DARKHAN' }).expect(201);
    expect(await auditOf('validator-darkhan-7')).toEqual([
      { action: 'validator.registered', actor_sub: 'office-darkhan', before: null, after: { sub: 'validator-darkhan-7', name: 'Darkhan validator', region: 'DARKHAN', active: true } },
    ]);

    const takeover = await service.http.post('/v1/validators').set('Authorization', khovdOffice).send({ sub: 'validator-darkhan-7', name: 'Now ours', region: 'KHOVD', active: false }).expect(403);
    expect(takeover.body.message).toBe('Validator validator-darkhan-7 belongs to region DARKHAN, outside your scope (KHOVD); only that region\'s office or operations may change it');
    expect(await validatorRow('validator-darkhan-7')).toEqual({ name: 'Darkhan validator', region: 'DARKHAN', active: true });
    expect(await auditOf('validator-darkhan-7')).toHaveLength(1);
  });

  it('lets the office update its own validators and operations move one across regions, auditing the record before and after', async () => {
    await service.http.post('/v1/validators').set('Authorization', khovdOffice).send({ sub: 'validator-khovd-7', name: 'Khovd validator', region: 'KHOVD' }).expect(201);
    const updated = await service.http.post('/v1/validators').set('Authorization', khovdOffice).send({ sub: 'validator-khovd-7', name: 'Khovd validator (on leave)', region: 'KHOVD', active: false }).expect(201);
    expect(updated.body).toEqual({ sub: 'validator-khovd-7', name: 'Khovd validator (on leave)', region: 'KHOVD', active: false, openCases: 0 });

    const moved = await service.http.post('/v1/validators').set('Authorization', operations).send({ sub: 'validator-khovd-7', name: 'Khovd validator', region: 'DARKHAN' }).expect(201);
    expect(moved.body).toMatchObject({ region: 'DARKHAN', active: true });
    expect(await auditOf('validator-khovd-7')).toEqual([
      { action: 'validator.registered', actor_sub: 'office-khovd', before: null, after: { sub: 'validator-khovd-7', name: 'Khovd validator', region: 'KHOVD', active: true } },
      {
        action: 'validator.updated',
        actor_sub: 'office-khovd',
        before: { sub: 'validator-khovd-7', name: 'Khovd validator', region: 'KHOVD', active: true },
        after: { sub: 'validator-khovd-7', name: 'Khovd validator (on leave)', region: 'KHOVD', active: false },
      },
      {
        action: 'validator.updated',
        actor_sub: 'ops-1',
        before: { sub: 'validator-khovd-7', name: 'Khovd validator (on leave)', region: 'KHOVD', active: false },
        after: { sub: 'validator-khovd-7', name: 'Khovd validator', region: 'DARKHAN', active: true },
      },
    ]);
    // Now Darkhan's: its former office can no longer change it.
    await service.http.post('/v1/validators').set('Authorization', khovdOffice).send({ sub: 'validator-khovd-7', name: 'Back home', region: 'KHOVD' }).expect(403);
  });

  it('accepts only the customs regions of the programme (400 naming region)', async () => {
    const unknown = await service.http.post('/v1/validators').set('Authorization', operations).send({ sub: 'validator-atlantis', name: 'Nowhere validator', region: 'ATLANTIS' }).expect(400);
    expect(unknown.body.message).toMatch(/^region: ATLANTIS is not a customs region of the programme \(ULAANBAATAR, DARKHAN, /);
    const atlantisOffice = bearer({ sub: 'office-atlantis', roles: [ROLES.regionalOffice], region: 'ATLANTIS' });
    await service.http.post('/v1/validators').set('Authorization', atlantisOffice).send({ sub: 'validator-atlantis', name: 'Nowhere validator', region: 'ATLANTIS' }).expect(400);
    expect(await validatorRow('validator-atlantis')).toBeUndefined();
  });
});
