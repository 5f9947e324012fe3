/** A stand-in for the mra service as the console's client reaches it: answers by method and path, records what was sent. */
export interface Sent {
  method: string;
  path: string;
  query: string;
  body: unknown;
  key: string | null;
}

export type Answer = { status?: number; body: unknown };
export type Routes = Record<string, (sent: Sent) => Answer>;

/** `routes` keyed `METHOD /path` (the service's path after /api/mra); anything else is a 404 as the service says it. */
export function mraApi(routes: Routes, sent: Sent[]) {
  return jest.fn(async (input: Request) => {
    const url = new URL(input.url);
    const path = url.pathname.replace(/^\/api\/mra/, '');
    const request: Sent = {
      method: input.method,
      path,
      query: url.search,
      body: input.method === 'GET' ? undefined : await input.json(),
      key: input.headers.get('idempotency-key'),
    };
    sent.push(request);
    const route = routes[`${input.method} ${path}`];
    const answer = route ? route(request) : { status: 404, body: { statusCode: 404, message: `${path} not found` } };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json' },
    });
  });
}

export const ARRANGEMENT_ID = '6f1c2b7e-3d4a-4f5b-9c8d-1e2f3a4b5c6d';

/** An arrangement as GET /v1/arrangements/{id} answers it, in `phase`. */
export function arrangementAnswer(phase: string, extra: Record<string, unknown> = {}) {
  return {
    id: ARRANGEMENT_ID,
    partnerCountry: 'KR',
    partnerAdministration: 'Korea Customs Service',
    title: 'Korea–Mongolia AEO MRA',
    phase,
    signedOn: null,
    terms: null,
    reviewDueAt: null,
    reviewIntervalMonths: 36,
    reminderDaysBefore: [90, 30],
    suspendedFrom: null,
    createdAt: '2026-11-02T03:00:00.000Z',
    history: [
      {
        from: null,
        to: 'preparation',
        step: 'created',
        by: 'demo-mra-officer',
        at: '2026-11-02T03:00:00.000Z',
        reason: null,
      },
    ],
    ...extra,
  };
}
