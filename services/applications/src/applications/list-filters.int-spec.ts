import { ROLES } from '@aeo/auth';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer } from '@aeo/testing';
import { makeCompany } from '../e2e/slice-fixtures';
import { registerOperator } from '../testing/granted-authorisation';
import { draftApplication, startApplications } from '../testing/start-applications';

jest.setTimeout(120_000);

/**
 * The list routes on a real PostgreSQL: a filter the query leaves out (and a scope the caller does
 * not have) selects everything, one it gives narrows the list.
 */
describe('applications, operators and the register listed with and without filters', () => {
  let service: ServiceUnderTest;
  const khovd = makeCompany('KHOVD');
  const dornod = makeCompany('DORNOD');
  const executive = bearer({ sub: 'executive-1', roles: [ROLES.executive] });
  const ids = { khovd: { operator: '', application: '' }, dornod: { operator: '', application: '' } };

  beforeAll(async () => {
    service = await startApplications();
    for (const [key, company] of [
      ['khovd', khovd],
      ['dornod', dornod],
    ] as const) {
      ids[key].operator = await registerOperator(service, company);
      ids[key].application = (await draftApplication(service, company.operatorToken, ids[key].operator)).body.id;
    }
  });

  afterAll(async () => {
    await service?.close();
  });

  const khovdOffice = bearer({ sub: 'office-khovd', roles: [ROLES.regionalOffice], region: 'KHOVD' });
  /** A regional office asking a list for another region is refused, not answered its own region's rows. */
  const refusesAnotherRegion = async (path: string) => {
    const other = await service.http
      .get(path)
      .query({ region: 'DORNOD' })
      .set('Authorization', khovdOffice)
      .expect(403);
    expect(other.body.message).toBe('Region DORNOD is outside your scope (KHOVD)');
  };

  const list = async (path: string, token: string, query: Record<string, string> = {}) =>
    ((await service.http.get(path).query(query).set('Authorization', token).expect(200)).body as { id: string }[]).map(
      (row) => row.id,
    );

  it('lists every application without filters, and narrows by operator, region and status', async () => {
    const both = [ids.khovd.application, ids.dornod.application];
    expect(await list('/v1/applications', executive)).toEqual(expect.arrayContaining(both));
    expect(await list('/v1/applications', executive, { operatorId: ids.khovd.operator })).toEqual([
      ids.khovd.application,
    ]);
    expect(await list('/v1/applications', executive, { region: 'DORNOD' })).toEqual([ids.dornod.application]);
    expect(await list('/v1/applications', executive, { status: 'draft' })).toEqual(expect.arrayContaining(both));
    expect(await list('/v1/applications', executive, { status: 'submitted' })).toEqual([]);
    expect(await list('/v1/applications', dornod.operatorToken)).toEqual([ids.dornod.application]);
  });

  it('refuses a region that is not the programme’s (400) and another region to a regional office (403)', async () => {
    const unknown = await service.http
      .get('/v1/applications')
      .query({ region: 'NOWHERE' })
      .set('Authorization', executive)
      .expect(400);
    expect(unknown.body.message).toMatch(/^region: NOWHERE is not a customs region/);
    await refusesAnotherRegion('/v1/applications');
    expect(await list('/v1/applications', khovdOffice, { region: 'KHOVD' })).toEqual([ids.khovd.application]);
    expect(await list('/v1/applications', khovdOffice)).toEqual([ids.khovd.application]);
  });

  it('lists every operator to national staff and its own company to an operator user', async () => {
    expect(await list('/v1/operators', executive)).toEqual(
      expect.arrayContaining([ids.khovd.operator, ids.dornod.operator]),
    );
    expect(await list('/v1/operators', khovd.operatorToken)).toEqual([ids.khovd.operator]);
  });

  it('answers the register, empty on a new database, with and without a region', async () => {
    expect(await list('/v1/authorisations', executive)).toEqual([]);
    expect(await list('/v1/authorisations', executive, { region: 'KHOVD' })).toEqual([]);
  });

  it('refuses the register of another region to a regional office (403) and a region not the programme’s (400), as the other lists do', async () => {
    await refusesAnotherRegion('/v1/authorisations');
    // Well formed but not the programme's: 400 naming region, not an empty register.
    const unknown = await service.http
      .get('/v1/authorisations')
      .query({ region: 'MARS' })
      .set('Authorization', executive)
      .expect(400);
    expect(unknown.body.message).toMatch(/^region: MARS is not a customs region of the programme/);
    expect(await list('/v1/authorisations', khovdOffice, { region: 'KHOVD' })).toEqual([]);
    expect(await list('/v1/authorisations', khovdOffice)).toEqual([]);
  });

  it('refuses to register an operator in a region that is not the programme’s (400 naming region)', async () => {
    const company = makeCompany('KHOVD');
    const refused = await service.http
      .post('/v1/operators')
      .set('Authorization', company.operatorToken)
      .send({ ...company.registration, region: 'NOWHERE' })
      .expect(400);
    expect(refused.body.message).toMatch(/^region: NOWHERE is not a customs region of the programme/);
    expect(refused.body.issues).toEqual([refused.body.message]);
  });
});
