import { randomInt, randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import { normaliseForeignAeoId } from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { type AnsweredPage, ascendingBy, bearer, modelOrder, readEveryPage } from '@aeo/testing';
import { startMra } from '../testing/start-mra';
import { openReview } from './foreign-ids.repository';

jest.setTimeout(90_000);

interface Seeded {
  id: string;
  country: string;
  declaredId: string;
  reason: 'unmatched' | 'ambiguous';
  declarations: number;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

describe('mra: GET /v1/foreign-ids/review-queue, paged, filtered and sorted on the server (real PostgreSQL)', () => {
  let service: ServiceUnderTest;
  const seeded: Seeded[] = [];
  const officer = bearer({ sub: 'mra-1', roles: [ROLES.mraOfficer] });
  // Identifiers of this run, which the queue's search (`q`) finds.
  const run = `Q${String(randomInt(100_000_000)).padStart(8, '0')}`;

  beforeAll(async () => {
    service = await startMra({ ownTopics: true });
    const base = Date.parse('2026-05-01T00:00:00Z');
    const rows: [string, string, 'unmatched' | 'ambiguous', number, number][] = [
      ['CN', `${run}901`, 'unmatched', 3, 1],
      ['CN', `${run.toLowerCase()}-7902`, 'ambiguous', 1, 2],
      ['KR', `${run}001`, 'unmatched', 5, 0],
      ['CN', `${run}903`, 'unmatched', 2, 4],
      ['JP', `${run}511234567890`, 'unmatched', 1, 3],
      ['KR', `${run}002`, 'ambiguous', 4, 5],
    ];
    for (const [country, declaredId, reason, declarations, day] of rows) {
      const normalisedId = normaliseForeignAeoId(country, declaredId);
      let id = '';
      // Each declaration naming it is one more on the open item; the last one is seen `declarations` hours later.
      for (let seen = 0; seen < declarations; seen += 1)
        id = (
          await openReview(service.dataSource.manager, {
            id: randomUUID(),
            country,
            declaredId,
            normalisedId,
            reason,
            candidates: [],
            declarationId: `D-${declaredId}-${seen}`,
            seenAt: new Date(base + day * 86_400_000 + seen * 3_600_000).toISOString(),
          })
        ).id;
      seeded.push({
        id,
        country,
        declaredId,
        reason,
        declarations,
        firstSeenAt: new Date(base + day * 86_400_000),
        lastSeenAt: new Date(base + day * 86_400_000 + (declarations - 1) * 3_600_000),
      });
    }
    // One resolved: it leaves the open items.
    await service.http
      .post(`/v1/foreign-ids/reviews/${seeded[4]!.id}/resolution`)
      .set('Authorization', officer)
      .send({ resolution: 'not-recognised', note: 'Not on the partner’s list' })
      .expect(201);
  });

  afterAll(async () => {
    await service?.close();
  });

  const read = async (query: string) =>
    (await service.http.get(`/v1/foreign-ids/review-queue?q=${run}&${query}`).set('Authorization', officer).expect(200))
      .body as AnsweredPage<{ id: string; status: string; declarations: number; country: string }>;

  it('answers the oldest first by default, with the total', async () => {
    const page = await read('');
    expect(page).toMatchObject({ total: seeded.length, page: 1, pageSize: 25 });
    expect(page.items.map((item) => item.id)).toEqual(
      modelOrder(
        seeded,
        ascendingBy((row) => row.firstSeenAt.getTime()),
        'asc',
      ),
    );
  });

  it.each([
    ['lastSeenAt', 'desc', ascendingBy<Seeded>((row) => row.lastSeenAt.getTime())],
    ['declarations', 'desc', ascendingBy<Seeded>((row) => row.declarations)],
    ['declarations', 'asc', ascendingBy<Seeded>((row) => row.declarations)],
  ] as const)('sorts by %s %s, every page walked without overlap', async (sort, order, compare) => {
    const all = await readEveryPage(
      (page, pageSize) => read(`sort=${sort}&order=${order}&page=${page}&pageSize=${pageSize}`),
      4,
    );
    expect(all).toMatchObject({ total: seeded.length });
    expect(all.items.map((item) => item.id)).toEqual(modelOrder(seeded, compare, order));
  });

  it('filters by status, country, reason and the start of the identifier', async () => {
    const open = await read('status=open');
    expect(open.total).toBe(seeded.length - 1);
    expect(open.items.map((item) => item.id)).not.toContain(seeded[4]!.id);
    expect(await read('status=resolved')).toMatchObject({
      total: 1,
      items: [{ id: seeded[4]!.id, status: 'resolved' }],
    });
    expect((await read('country=KR&reason=ambiguous')).items.map((item) => item.id)).toEqual([seeded[5]!.id]);
    const narrowed = async (q: string) =>
      (
        await service.http
          .get(`/v1/foreign-ids/review-queue?q=${q}&sort=declarations&order=desc`)
          .set('Authorization', officer)
          .expect(200)
      ).body.items.map((item: { id: string }) => item.id);
    // As declared (any case) or normalised (the country prefix added).
    expect(await narrowed(`${run.toLowerCase()}-79`)).toEqual([seeded[1]!.id]);
    expect(await narrowed(`CN${run}90`)).toEqual([seeded[0]!.id, seeded[3]!.id]);
  });

  it.each([
    ['sort=country', 'sort'],
    ['status=closed', 'status'],
    ['reason=unknown', 'reason'],
    ['country=Korea', 'country'],
    ['page=0', 'page'],
  ])('refuses %s with 400 naming the parameter', async (query, name) => {
    const refused = await service.http
      .get(`/v1/foreign-ids/review-queue?${query}`)
      .set('Authorization', officer)
      .expect(400);
    expect(refused.body.message).toContain(name);
  });
});
