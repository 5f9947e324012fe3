import { randomInt, randomUUID } from 'node:crypto';
import { startedForTests } from '@aeo/testing';
import { makeCompany } from '../e2e/slice-fixtures';
import { registerOperator } from '../testing/granted-authorisation';
import { startApplications } from '../testing/start-applications';

jest.setTimeout(120_000);

/**
 * GET /v1/public/register on a real PostgreSQL: by part of the name or by the taxpayer id, each
 * only when the holder publishes it; paged on the server with the total.
 */
describe('the public register’s search (real PostgreSQL)', () => {
  const service = startedForTests(() => startApplications());
  const prefix = `Govi ${randomInt(10_000, 99_999)}`;
  const holders = [
    { fields: ['name', 'taxpayerId'], status: 'granted' },
    { fields: ['name'], status: 'suspended' },
    { fields: ['name', 'taxpayerId'], status: 'granted' },
    { fields: ['name', 'taxpayerId'], status: 'revoked' },
  ].map((holder, index) => ({
    ...holder,
    company: makeCompany('DARKHAN'),
    number: `MN-AEOC-2026-${prefix.slice(5)}${index}`,
  }));

  beforeAll(async () => {
    for (const [index, holder] of holders.entries()) {
      holder.company.registration.name = `${prefix} Trading ${index}`;
      const operatorId = await registerOperator(service(), holder.company);
      const applicationId = randomUUID();
      await service().dataSource.query(
        `INSERT INTO applications (id, operator_id, region, status_type, status, consent_to_mra_sharing, submitted_at, acceptance_deadline, created_by)
         VALUES ($1, $2, 'DARKHAN', 'AEOC', 'granted', false, now(), now(), 'trader')`,
        [applicationId, operatorId],
      );
      await service().dataSource.query(
        `INSERT INTO authorisations (authorisation_number, application_id, operator_id, taxpayer_id, region, status_type, status,
           decided_by, decided_at, effective_from, revalidation_due, consent_to_mra_sharing, published_fields)
         VALUES ($1, $2, $3, $4, 'DARKHAN', 'AEOC', $5, 'executive-1', now(), now(), now() + interval '3 years', false, $6)`,
        [holder.number, applicationId, operatorId, holder.company.taxpayerId, holder.status, holder.fields],
      );
    }
  });

  const search = async (query: string) =>
    (await service().http.get(`/v1/public/register?${query}`).expect(200)).body as {
      items: { authorisationNumber: string; taxpayerId?: string; name?: string }[];
      total: number;
      page: number;
      pageSize: number;
    };

  it('finds a holder by its taxpayer id only when it publishes it, and shows it then', async () => {
    const found = await search(`taxpayerId=${holders[0]!.company.taxpayerId}`);
    expect(found).toEqual({
      items: [
        {
          authorisationNumber: holders[0]!.number,
          status: 'granted',
          name: holders[0]!.company.registration.name,
          taxpayerId: holders[0]!.company.taxpayerId,
        },
      ],
      total: 1,
      page: 1,
      pageSize: 25,
    });
    // Not published: not found by it (its name still finds it, without the id).
    expect(await search(`taxpayerId=${holders[1]!.company.taxpayerId}`)).toMatchObject({ items: [], total: 0 });
    // No longer in force.
    expect(await search(`taxpayerId=${holders[3]!.company.taxpayerId}`)).toMatchObject({ items: [], total: 0 });
  });

  it('refuses a taxpayer id not in the programme’s format, naming taxpayerId', async () => {
    // A hidden U+202E before a real id, and text that is no id: each answered 200 with nothing found.
    for (const sent of [`%E2%80%AE${holders[0]!.company.taxpayerId}`, 'abc']) {
      const refused = await service().http.get(`/v1/public/register?taxpayerId=${sent}`).expect(400);
      expect(refused.body.message).toBe("taxpayerId: does not match the programme's format ^[0-9]{7}$");
    }
    // White space around an id is trimmed, as before: it still finds the holder.
    expect(await search(`taxpayerId=%20${holders[0]!.company.taxpayerId}%20`)).toMatchObject({ total: 1 });
  });

  it('pages the entries by number with the total', async () => {
    const all = await search(`name=${encodeURIComponent(prefix)}`);
    expect(all.total).toBe(3);
    expect(all.items.map((entry) => entry.authorisationNumber)).toEqual([
      holders[0]!.number,
      holders[1]!.number,
      holders[2]!.number,
    ]);
    expect(all.items[1]).not.toHaveProperty('taxpayerId');
    const second = await search(`name=${encodeURIComponent(prefix)}&pageSize=2&page=2`);
    expect(second).toMatchObject({
      total: 3,
      page: 2,
      pageSize: 2,
      items: [{ authorisationNumber: holders[2]!.number }],
    });
    const descending = await search(`name=${encodeURIComponent(prefix)}&order=desc&pageSize=1`);
    expect(descending).toMatchObject({ total: 3, items: [{ authorisationNumber: holders[2]!.number }] });
    const bad = await service().http.get('/v1/public/register?pageSize=1000').expect(400);
    expect(JSON.stringify(bad.body)).toContain('pageSize');
  });

  it('finds the name’s text as typed: % and _ are characters, not wildcards', async () => {
    // "Govi_12345" and "Govi%Trading" are in no holder's name: found nothing (LIKE read them as any characters).
    for (const typed of [prefix.replace(' ', '_'), `${prefix}%Trading`, '%%', '__'])
      expect(await search(`name=${encodeURIComponent(typed)}`)).toMatchObject({ items: [], total: 0 });
    expect(await search(`name=${encodeURIComponent(`${prefix} TRADING 0`)}`)).toMatchObject({
      total: 1,
      items: [{ authorisationNumber: holders[0]!.number }],
    });
  });
});
