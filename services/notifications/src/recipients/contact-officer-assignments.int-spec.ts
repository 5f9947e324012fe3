import { randomUUID } from 'node:crypto';
import { bearer } from '@aeo/testing';
import { type NotificationsUnderTest, startNotifications } from '../testing/start-notifications';

jest.setTimeout(120_000);

const REGION = `CA_${randomUUID().slice(0, 8).toUpperCase()}`;
const operations = bearer({ sub: 'ops-1', roles: ['operations'] });
const office = bearer({ sub: `ro-${REGION}`, roles: ['regional-office'], region: REGION });

/** The contact-officer assignments' list narrowed by region, against the service on its real database. */
describe('GET /v1/operator-contact-officers?region=', () => {
  let service: NotificationsUnderTest;

  beforeAll(async () => {
    service = await startNotifications([REGION]);
  });

  afterAll(async () => {
    await service?.close();
  });

  const list = (region: string, token: string) =>
    service.http.get('/v1/operator-contact-officers').query({ region }).set('authorization', token);

  it('refuses a region outside the programme’s customs regions (400 naming region), as the other lists do', async () => {
    for (const token of [operations, office]) {
      const refused = await list('MARS', token).expect(400);
      expect(refused.body.message).toMatch(/^region: MARS is not a customs region of the programme \(/);
    }
  });

  it('answers a customs region of the programme', async () => {
    expect((await list(REGION, operations).expect(200)).body).toEqual([]);
    expect((await list(REGION, office).expect(200)).body).toEqual([]);
  });
});
