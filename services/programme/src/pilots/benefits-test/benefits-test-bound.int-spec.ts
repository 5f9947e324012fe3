import { randomBytes, randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer } from '@aeo/testing';
import { startProgramme } from '../../testing/start-programme';
import { MAX_COMPARABLE_TRADERS } from './benefits-test-figures';
import { choosePilotCompanies, grantAeoc } from './testing/benefits-test-fixtures';

// Booting the service on a fresh database takes a while on a loaded machine.
jest.setTimeout(300_000);

/** A region of this run only, crowded with comparable traders. */
const REGION = `BT${randomBytes(5).toString('hex').toUpperCase()}`;
const TAG = randomBytes(4).toString('hex');
const trader = (name: string) => `${name}${TAG}`;

/**
 * The comparable set's bound: more traders qualify than the test takes. The facts are written as
 * the benefit consumer folds them (its own int-specs feed it; the figures of folded events are
 * benefits-test.int-spec.ts's), too many to publish.
 */
describe('pilot benefits test: at most MAX_COMPARABLE_TRADERS comparable traders (real PostgreSQL, through the API)', () => {
  let service: ServiceUnderTest;
  const policyUnit = bearer({ sub: 'policy.unit.oyun', roles: [ROLES.policyUnit] });
  const query = (sql: string, parameters: unknown[] = []) => service.dataSource.query(sql, parameters);

  beforeAll(async () => {
    service = await startProgramme([REGION], {}, { ownTopics: true });
  });

  afterAll(async () => {
    await service?.close();
  });

  /** `declarations` decided declarations of a trader in the region, one a day from 3 June 2025, 60 s to decide each. */
  const facts = (taxpayerId: string, declarations: number, channel: string, aeo: string | null) =>
    query(
      `INSERT INTO declaration_benefit_facts (declaration_id, declaration_event_id, lodged_at, region, customs_office,
         trader_taxpayer_id, customs_value, currency, decision_event_id, decision_id, decided_at, channel,
         aeo_status_type, benefits, priority)
       SELECT $1 || '-' || i, gen_random_uuid()::text, lodged_at, $2, 'TEST01', $1, 1000, 'MNT',
         gen_random_uuid()::text, gen_random_uuid(), lodged_at + interval '60 seconds', $4, $5, '{}', false
       FROM generate_series(1, $3::int) AS i,
         LATERAL (SELECT timestamptz '2025-06-02T08:00:00Z' + i * interval '1 day' AS lodged_at) l`,
      [taxpayerId, REGION, declarations, channel, aeo],
    );

  it('takes the traders closest in volume to the company, and says how many qualified and how many it took', async () => {
    // Company C, certified on 1 June 2025: 10 decided declarations in its 30-day after-window
    // (band 5 to 20). Its region holds MAX_COMPARABLE_TRADERS traders with 10 green declarations
    // each (as close as can be) and 5 with 19 red ones each (in the band, farther): the 5 are left
    // out. No milestone: one measurement, now.
    const companyC = trader('C');
    const operatorC = randomUUID();
    // As the pilots API stores a pilot (its own int-specs create them; a 2025 start is past by now).
    const [pilot] = await query(
      `INSERT INTO pilots (id, code, title, starts_on, ends_on, max_companies, created_by)
       VALUES ($1, $2, 'Benefits test pilot, many comparable traders', '2025-01-01', '2027-06-30', 1, 'policy.unit.oyun')
       RETURNING id`,
      [randomUUID(), `BTC-${TAG.toUpperCase()}`],
    );
    await choosePilotCompanies(query, pilot.id, REGION, [[companyC, 'accepted', operatorC]]);
    await grantAeoc(query, `MN-AEOC-C-${TAG}`, operatorC, REGION, '2025-06-01T00:00:00.000Z');
    await facts(companyC, 10, 'green', 'AEOC');
    for (let n = 0; n < MAX_COMPARABLE_TRADERS; n++) await facts(trader(`Q${n}`), 10, 'green', null);
    for (let n = 0; n < 5; n++) await facts(trader(`F${n}`), 19, 'red', null);

    const body = (
      await service.http
        .get(`/v1/pilots/${pilot.id}/benefits-test?windowDays=30`)
        .set('Authorization', policyUnit)
        .expect(200)
    ).body;
    expect(body.measurements).toHaveLength(1);
    const [company] = body.measurements[0].companies;
    expect(company.after).toMatchObject({ declarations: 10, benefited: 10 });
    expect(company.peers).toMatchObject({
      traders: MAX_COMPARABLE_TRADERS,
      eligibleTraders: MAX_COMPARABLE_TRADERS + 5,
      maxTraders: MAX_COMPARABLE_TRADERS,
      volumeBand: { companyVolume: 10, min: 5, max: 20 },
      declarations: 10 * MAX_COMPARABLE_TRADERS,
      physical: 0,
      physicalRate: 0,
      decisionTime: { sample: 10 * MAX_COMPARABLE_TRADERS, meanSeconds: 60, medianSeconds: 60 },
    });
    expect(body.definitions.peers).toContain(`At most maxTraders (${MAX_COMPARABLE_TRADERS})`);
  });
});
