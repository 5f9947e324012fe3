/** @jest-environment node */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get as httpGet, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleApp } from './app';
import { consoleConfig } from './config';

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

describe('the console server', () => {
  let dist: string;
  let backend: Server;
  let consoleServer: Server;
  let base: string;
  const seen: { url?: string; headers?: IncomingHttpHeaders }[] = [];

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'console-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    backend = createServer((req, res) => {
      seen.push({ url: req.url, headers: req.headers });
      res.setHeader('content-type', 'application/json');
      res.setHeader('set-cookie', 'tracking=1');
      res.end(JSON.stringify({ answered: req.url }));
    });
    const backendPort = await listen(backend);
    const config = consoleConfig({
      AUTH_ISSUER: 'http://127.0.0.1:3010',
      APPLICATIONS_URL: `http://127.0.0.1:${backendPort}`,
      // Nothing listens on port 9: a service that is down.
      PROGRAMME_URL: 'http://127.0.0.1:9',
      PROGRAMME_TIME_ZONE: 'Asia/Ulaanbaatar',
      CONSOLE_DIST_DIR: dist,
    });
    consoleServer = consoleApp(config).listen(0, '127.0.0.1');
    await new Promise((resolve) => consoleServer.once('listening', resolve));
    base = `http://127.0.0.1:${(consoleServer.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => consoleServer.close(resolve));
    await new Promise((resolve) => backend.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  it("passes an API call to its service without the /api/<service> prefix, with the caller's token and without cookies", async () => {
    const response = await fetch(`${base}/api/applications/v1/applications?status=submitted`, {
      headers: { authorization: 'Bearer abc', cookie: 'session=secret' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ answered: '/v1/applications?status=submitted' });
    const call = seen.at(-1)!;
    expect(call.headers?.authorization).toBe('Bearer abc');
    expect(call.headers?.cookie).toBeUndefined();
    // Nothing of the service's cookies reaches the console's origin, and its answers are not cached.
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('does not pass on what the caller claims about forwarding (X-Forwarded-*, Forwarded, X-Real-IP)', async () => {
    await fetch(`${base}/api/applications/v1/operators`, {
      headers: {
        'x-forwarded-for': '6.6.6.6',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'https',
        forwarded: 'for=6.6.6.6;host=evil.example',
        'x-real-ip': '6.6.6.6',
      },
    });
    const headers = seen.at(-1)!.headers!;
    expect(headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(headers['x-forwarded-host']).not.toBe('evil.example');
    expect(headers['x-forwarded-proto']).toBe('http');
    expect(headers['forwarded']).toBeUndefined();
    expect(headers['x-real-ip']).toBeUndefined();
  });

  it('answers 502 naming the service when it is down, and 404 for a service it does not know', async () => {
    const down = await fetch(`${base}/api/programme/v1/kpis`);
    expect(down.status).toBe(502);
    expect(((await down.json()) as { message: string }).message).toBe(
      'The programme service did not answer; try again',
    );
    for (const path of ['/api/applications/metrics', '/api/applications/health/ready', '/api/applications/docs']) {
      const outside = await fetch(`${base}${path}`);
      expect(outside.status).toBe(404);
      expect(((await outside.json()) as { message: string }).message).toBe(`No API behind ${path}`);
    }
    const unknown = await fetch(`${base}/api/billing/v1/invoices`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toBe('No service behind /api/billing/v1/invoices');
  });

  it('serves the app for any route (deep links, reloads) with a CSP that sends tokens only to itself and the identity provider', async () => {
    const page = await fetch(`${base}/applications/123?sort=dueAt`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>console</title>');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:3010");
    expect(csp).toContain("frame-ancestors 'none'");
    const asset = await fetch(`${base}/assets/app-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  /** A GET with the path sent as written (no dot-segment resolution, unlike fetch). */
  function rawGet(path: string): Promise<{ status: number; contentType: string; body: string }> {
    const { hostname, port } = new URL(base);
    return new Promise((resolvePromise, reject) => {
      const request = httpGet({ hostname, port, path }, (answer) => {
        let body = '';
        answer.setEncoding('utf8');
        answer.on('data', (chunk: string) => (body += chunk));
        answer.on('end', () =>
          resolvePromise({ status: answer.statusCode ?? 0, contentType: String(answer.headers['content-type']), body }),
        );
      });
      request.on('error', reject);
    });
  }

  it("answers 404, not the app's page, for a service's own paths asked of its port (metrics, docs, health, versioned API)", async () => {
    for (const path of ['/metrics', '/docs', '/docs/openapi.json', '/health', '/health/startup', '/v1/applications']) {
      const answer = await fetch(`${base}${path}`);
      expect([path, answer.status]).toEqual([path, 404]);
      expect(((await answer.json()) as { message: string }).message).toBe(`No page behind ${path}`);
    }
    // As a scraper or router reads the path: any case, percent-encoded, repeated slashes.
    for (const path of [
      '/METRICS',
      '/Docs/openapi.json',
      '/%6detrics',
      '/%4D%45TRICS',
      '/V1/applications',
      '//metrics',
    ]) {
      const answer = await fetch(`${base}${path}`);
      expect([path, answer.status, answer.headers.get('content-type')]).toEqual([
        path,
        404,
        expect.stringContaining('application/json'),
      ]);
    }
    // Dot segments, as a raw client sends them (fetch would resolve them first).
    for (const path of ['/./metrics', '/x/../metrics', '/%2e/metrics', '/x/%2e%2e/docs', '/../v1/applications']) {
      const answer = await rawGet(path);
      expect([path, answer.status, answer.contentType]).toEqual([
        path,
        404,
        expect.stringContaining('application/json'),
      ]);
    }
    // A page whose name only starts like one of them is still the app's.
    expect((await fetch(`${base}/metrics-overview`)).status).toBe(200);
    expect((await fetch(`${base}/Metrics-Overview`)).status).toBe(200);
    // A path that is not valid percent-encoding is the client's mistake, and said so.
    const malformed = await rawGet('/%ZZmetrics');
    expect([malformed.status, JSON.parse(malformed.body).message]).toEqual([
      400,
      'Bad request: the path "/%ZZmetrics" is not valid percent-encoding',
    ]);
  });

  it('answers a page route with 503, Retry-After and a page in both languages while the app is being built', async () => {
    rmSync(join(dist, 'index.html'));
    try {
      const page = await fetch(`${base}/pilots/123`);
      expect(page.status).toBe(503);
      expect(page.headers.get('retry-after')).toBe('5');
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.headers.get('cache-control')).toBe('no-store');
      const html = await page.text();
      expect(html).toContain('Консолыг бэлтгэж байна');
      expect(html).toContain('The console is being built');
      expect((await fetch(`${base}/health/ready`)).status).toBe(503);
    } finally {
      writeFileSync(join(dist, 'index.html'), '<!doctype html><title>console</title>');
    }
    expect((await fetch(`${base}/pilots/123`)).status).toBe(200);
  });

  it('tells the app where to sign in', async () => {
    const config = (await (await fetch(`${base}/config.json`)).json()) as { services: string[] };
    expect(config).toMatchObject({
      issuer: 'http://127.0.0.1:3010',
      clientId: 'aeo-console',
      programmeTimeZone: 'Asia/Ulaanbaatar',
    });
    expect(config.services).toContain('applications');
  });
});

describe("the console server's configuration", () => {
  it('names each bad variable', () => {
    const load = () => consoleConfig({ AUTH_ISSUER: 'not a url', PORT: '99999', APPLICATIONS_URL: 'ftp://x' });
    expect(load).toThrow(/AUTH_ISSUER: Invalid URL/);
    expect(load).toThrow(/PORT: Too big/);
    expect(load).toThrow(/APPLICATIONS_URL: Invalid URL/);
    expect(() => consoleConfig({ AUTH_ISSUER: 'http://127.0.0.1:3010', PROGRAMME_TIME_ZONE: '+08:00' })).toThrow(
      /PROGRAMME_TIME_ZONE: must be an IANA time zone name/,
    );
  });

  it('defaults every service to its local port', () => {
    const config = consoleConfig({ AUTH_ISSUER: 'http://127.0.0.1:3010/' });
    expect(config.issuer).toBe('http://127.0.0.1:3010');
    expect(config.services.applications).toBe('http://127.0.0.1:3001');
    expect(config.services.programme).toBe('http://127.0.0.1:3008');
    expect(config.port).toBe(3000);
    // As the services' default (libs/config): the programme counts days in UTC unless told otherwise.
    expect(config.programmeTimeZone).toBe('UTC');
  });
});
