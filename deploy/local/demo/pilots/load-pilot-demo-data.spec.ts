import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PilotCompanyPlan } from './pilot-plans';

/**
 * The pilot demo's shortlist step against a stand-in of the programme and risk-management APIs (a
 * real HTTP server answering as they do). `npm start` failed with "5012345 is not on the pilot's
 * latest shortlist (number 1)": the shortlist was taken as soon as the demo companies appeared in a
 * ranking of other weights, before their declarations were counted, and a later run kept that
 * shortlist.
 */
describe('PilotDemo.shortlist', () => {
  const PILOT = 'pilot-1';
  const plan = (...ids: string[]): PilotCompanyPlan[] =>
    ids.map((taxpayerId) => ({ taxpayerId, reason: 'demo', answer: 'accept' }));

  /** The stand-in's state: what the risk engine ranks with the shortlist's own request, the shortlists taken. */
  let ranked: string[];
  /** Rankings asked with the shortlist's request before the last company is ranked (its declarations being folded). */
  let foldingUntil: number;
  let rankingsAsked: number;
  let shortlists: { sequence: number; candidates: { taxpayerId: string }[] }[];
  let server: Server;
  let PilotDemo: typeof import('./load-pilot-demo-data').PilotDemo;

  const strictRanking = () => (rankingsAsked++ < foldingUntil ? ranked.slice(0, -1) : ranked);

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const send = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      req.resume();
      req.on('end', () => {
        if (url.pathname === '/v1/pilot-candidates') {
          // The shortlist's own request (value and duties over a year) ranks a company once its
          // declarations are counted; a ranking of other weights lists every company at once.
          const own = url.searchParams.get('windowDays') === '365' && url.searchParams.get('weightValue') === '1';
          return send(200, { candidates: (own ? strictRanking() : ranked).map((taxpayerId) => ({ taxpayerId })) });
        }
        if (url.pathname === `/v1/pilots/${PILOT}/selection-terms`) return send(200, {});
        if (url.pathname === `/v1/pilots/${PILOT}/participants`) return send(200, { participants: [] });
        if (url.pathname === `/v1/pilots/${PILOT}/shortlists` && req.method === 'GET')
          return send(200, [...shortlists].reverse().slice(0, Number(url.searchParams.get('limit') ?? 50)));
        if (url.pathname === `/v1/pilots/${PILOT}/shortlists` && req.method === 'POST') {
          // The programme takes the ranking of the shortlist's request at that moment.
          const taken = {
            sequence: shortlists.length + 1,
            candidates: strictRanking().map((taxpayerId) => ({ taxpayerId })),
          };
          shortlists.push(taken);
          return send(201, taken);
        }
        send(404, { message: `stand-in: no ${req.method} ${url.pathname}` });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env['PROGRAMME_URL'] = base;
    process.env['RISK_MANAGEMENT_URL'] = base;
    ({ PilotDemo } = await import('./load-pilot-demo-data'));
    // Loading the loader (Nest, TypeORM, kafkajs through SWC) takes seconds on a busy machine.
  }, 60_000);

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  beforeEach(() => {
    rankingsAsked = 0;
    foldingUntil = 0;
    shortlists = [];
  });

  const demo = () => new PilotDemo(() => 'Bearer stand-in', new Map());

  it('waits until the shortlist’s own ranking holds every company of the plan before taking it', async () => {
    ranked = ['5056789', '5012345'];
    foldingUntil = 2;
    await demo().shortlist(PILOT, plan('5056789', '5012345'));
    expect(shortlists).toHaveLength(1);
    expect(shortlists[0].candidates.map((c) => c.taxpayerId)).toEqual(['5056789', '5012345']);
  });

  it('takes a new shortlist when the latest leaves out a company of the plan (a run after one taken too early)', async () => {
    ranked = ['5056789', '5012345'];
    shortlists = [{ sequence: 1, candidates: [{ taxpayerId: '5056789' }] }];
    await demo().shortlist(PILOT, plan('5056789', '5012345'));
    expect(shortlists.map((s) => s.sequence)).toEqual([1, 2]);
    expect(shortlists[1].candidates.map((c) => c.taxpayerId)).toContain('5012345');
  });

  it('keeps a latest shortlist that holds every company of the plan (a second run takes none)', async () => {
    ranked = ['5056789', '5012345'];
    shortlists = [{ sequence: 1, candidates: ranked.map((taxpayerId) => ({ taxpayerId })) }];
    await demo().shortlist(PILOT, plan('5056789', '5012345'));
    expect(shortlists).toHaveLength(1);
  });
});
