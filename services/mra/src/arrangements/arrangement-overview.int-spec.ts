import { randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import { MRA_PHASES } from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { type AnsweredPage, ascendingBy, bearer, modelOrder, readEveryPage } from '@aeo/testing';
import { seedArrangement } from '../testing/arrangements-fixture';
import { startMra } from '../testing/start-mra';
import { insertArrangementRecord } from './arrangements.repository';

jest.setTimeout(90_000);

interface Item {
  id: string;
  partnerCountry: string;
  partnerAdministration: string;
  phase: string;
  status: string;
  lastStep: string | null;
  lastActivityAt: string;
  createdAt: string;
}

/** A seeded arrangement as the test knows it. */
interface Seeded {
  id: string;
  partnerCountry: string;
  partnerAdministration: string;
  phase: string;
  status: string;
  lastStep: string | null;
  lastActivityAt: Date;
}

const statusOf = (phase: string) => (phase === 'suspended' || phase === 'terminated' ? phase : 'active');

describe('mra: GET /v1/arrangement-overview, paged, filtered and sorted on the server (real PostgreSQL)', () => {
  let service: ServiceUnderTest;
  const seeded: Seeded[] = [];
  const officer = bearer({ sub: 'mra-1', roles: [ROLES.mraOfficer] });
  const executive = bearer({ sub: 'exe-1', roles: [ROLES.executive] });

  beforeAll(async () => {
    service = await startMra({ ownTopics: true });
    const base = Date.parse('2026-03-01T00:00:00Z');
    const rows: [string, string, string, number | null][] = [
      ['CN', 'General Administration of Customs of China', 'operational', 9],
      ['KR', 'Korea Customs Service', 'negotiation', 3],
      ['JP', 'Japan Customs', 'preparation', null],
      // A Cyrillic name: the search folds its case too (the database's own collation, C, folds ASCII only).
      ['RU', 'Федеральная таможенная служба', 'suspended', 5],
      ['KZ', 'State Revenue Committee of Kazakhstan', 'terminated', 1],
      ['TR', 'Turkish Customs Administration', 'programme-comparison', 7],
      ['SG', 'Singapore Customs', 'joint-validation', 2],
      ['AE', 'Federal Authority for Identity and Customs', 'signed', 8],
      ['KG', 'Customs Service of Kyrgyzstan', 'implementation', 4],
    ];
    for (const [partnerCountry, partnerAdministration, phase, day] of rows) {
      const id = randomUUID();
      await seedArrangement(service.dataSource, { id, partnerCountry, partnerAdministration, phase, signedOn: null });
      let lastActivityAt = new Date();
      let lastStep: string | null = null;
      if (day !== null) {
        // Two steps: the latest one decides the last activity.
        for (const [offset, step] of [
          [0, 'created'],
          [day, 'advance'],
        ] as const) {
          lastActivityAt = new Date(base + offset * 86_400_000);
          lastStep = step;
          await insertArrangementRecord(service.dataSource.manager, {
            arrangementId: id,
            recordKey: `${id}:${step}`,
            step,
            fromPhase: null,
            toPhase: phase,
            summary: step,
            details: {},
            recordedBy: 'mra-1',
            recordedAt: lastActivityAt,
          });
        }
      } else {
        const [row]: { created_at: Date }[] = await service.dataSource.query(
          'SELECT created_at FROM mutual_recognition_arrangements WHERE id = $1',
          [id],
        );
        lastActivityAt = row!.created_at;
      }
      seeded.push({
        id,
        partnerCountry,
        partnerAdministration,
        phase,
        status: statusOf(phase),
        lastStep,
        lastActivityAt,
      });
    }
  });

  afterAll(async () => {
    await service?.close();
  });

  const read = async (query: string, token = officer) =>
    (await service.http.get(`/v1/arrangement-overview?${query}`).set('Authorization', token).expect(200))
      .body as AnsweredPage<Item>;

  it('answers the newest activity first by default, with each arrangement’s partner, phase, status and latest step', async () => {
    const page = await read('');
    expect(page).toMatchObject({ total: seeded.length, page: 1, pageSize: 25 });
    expect(page.items.map((item) => item.id)).toEqual(
      modelOrder(
        seeded,
        ascendingBy((row) => row.lastActivityAt.getTime()),
        'desc',
      ),
    );
    const china = seeded.find((row) => row.partnerCountry === 'CN')!;
    expect(page.items.find((item) => item.id === china.id)).toMatchObject({
      partnerAdministration: china.partnerAdministration,
      phase: 'operational',
      status: 'active',
      lastStep: 'advance',
      lastActivityAt: china.lastActivityAt.toISOString(),
    });
    expect(page.items.find((item) => item.partnerCountry === 'JP')).toMatchObject({ lastStep: null });
  });

  it.each([
    ['lastActivityAt', 'asc', ascendingBy<Seeded>((row) => row.lastActivityAt.getTime())],
    ['partnerCountry', 'asc', ascendingBy<Seeded>((row) => row.partnerCountry)],
    ['partnerCountry', 'desc', ascendingBy<Seeded>((row) => row.partnerCountry)],
    ['phase', 'asc', ascendingBy<Seeded>((row) => MRA_PHASES.indexOf(row.phase as never))],
    ['phase', 'desc', ascendingBy<Seeded>((row) => MRA_PHASES.indexOf(row.phase as never))],
  ] as const)('sorts by %s %s, every page walked without overlap', async (sort, order, compare) => {
    const all = await readEveryPage(
      (page, pageSize) => read(`sort=${sort}&order=${order}&page=${page}&pageSize=${pageSize}`),
      4,
    );
    expect(all.total).toBe(seeded.length);
    expect(all.items.map((item) => item.id)).toEqual(modelOrder(seeded, compare, order));
  });

  it('filters by phase, status, partner country and the start of the administration’s name', async () => {
    const byPhase = await read('phase=negotiation');
    expect(byPhase.items.map((item) => item.partnerCountry)).toEqual(['KR']);
    const suspended = await read('status=suspended');
    expect(suspended).toMatchObject({ total: 1, items: [{ partnerCountry: 'RU', status: 'suspended' }] });
    const active = await read('status=active&sort=partnerCountry&order=asc');
    expect(active.items.map((item) => item.partnerCountry)).toEqual(
      seeded
        .filter((row) => row.status === 'active')
        .map((row) => row.partnerCountry)
        .sort(),
    );
    expect((await read('partnerCountry=JP')).items.map((item) => item.partnerCountry)).toEqual(['JP']);
    expect((await read('q=korea')).items.map((item) => item.partnerCountry)).toEqual(['KR']);
    expect((await read('q=kg')).items.map((item) => item.partnerCountry)).toEqual(['KG']);
    expect((await read(`q=${encodeURIComponent('ФЕДЕРАЛЬНАЯ')}`)).items.map((item) => item.partnerCountry)).toEqual([
      'RU',
    ]);
    expect(await read('q=nobody')).toMatchObject({ items: [], total: 0 });
  });

  it('answers a page past the last with no items and the total; executives read it too', async () => {
    expect(await read('page=5&pageSize=5', executive)).toMatchObject({ items: [], total: seeded.length, page: 5 });
  });

  it.each([
    ['sort=title', 'sort'],
    ['phase=ratified', 'phase'],
    ['status=open', 'status'],
    ['partnerCountry=cn', 'partnerCountry'],
    ['pageSize=201', 'pageSize'],
    ['limit=5', 'limit'],
  ])('refuses %s with 400 naming the parameter', async (query, name) => {
    const refused = await service.http
      .get(`/v1/arrangement-overview?${query}`)
      .set('Authorization', officer)
      .expect(400);
    expect(refused.body.message).toContain(name);
  });
});
