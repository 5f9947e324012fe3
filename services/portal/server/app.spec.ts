/** @jest-environment node */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { portalApp } from './app';
import { portalConfig } from './config';

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

describe('the trader portal server', () => {
  let dist: string;
  let backend: Server;
  let portal: Server;
  let base: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'portal-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>portal</title>');
    backend = createServer(
      (req, res) => void res.setHeader('content-type', 'application/json').end(JSON.stringify({ answered: req.url })),
    );
    const backendPort = await listen(backend);
    const config = portalConfig({
      AUTH_ISSUER: 'http://127.0.0.1:3010',
      APPLICATIONS_URL: `http://127.0.0.1:${backendPort}`,
      PORTAL_DIST_DIR: dist,
      AEO_CONSOLE_URL: 'https://console.customs.example/',
    });
    portal = portalApp(config).listen(0, '127.0.0.1');
    await new Promise((resolve) => portal.once('listening', resolve));
    base = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => portal.close(resolve));
    await new Promise((resolve) => backend.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  it('proxies the services a trader uses, and no other (the staff-only APIs are not behind it)', async () => {
    const register = await fetch(`${base}/api/applications/v1/public/register?name=khan`);
    expect(await register.json()).toEqual({ answered: '/v1/public/register?name=khan' });
    for (const service of ['mra', 'operations', 'risk-management']) {
      const refused = await fetch(`${base}/api/${service}/v1/anything`);
      expect(refused.status).toBe(404);
      expect(((await refused.json()) as { message: string }).message).toBe(
        `No service behind /api/${service}/v1/anything`,
      );
    }
  });

  it("tells the app its client, its services and the console's address for customs staff", async () => {
    const config = await (await fetch(`${base}/config.json`)).json();
    expect(config).toEqual({
      issuer: 'http://127.0.0.1:3010',
      clientId: 'aeo-portal',
      consoleUrl: 'https://console.customs.example',
      programmeTimeZone: 'UTC',
      services: ['applications', 'validation', 'notifications', 'programme'],
    });
  });

  it('says in both languages that the portal is being built while its build is missing', async () => {
    rmSync(join(dist, 'index.html'));
    try {
      const page = await fetch(`${base}/register`);
      expect(page.status).toBe(503);
      const html = await page.text();
      expect(html).toContain('Худалдаачдын порталыг бэлтгэж байна');
      expect(html).toContain('The trader portal is being built');
    } finally {
      writeFileSync(join(dist, 'index.html'), '<!doctype html><title>portal</title>');
    }
  });

  it('listens on 3011 by default and names a bad variable', () => {
    expect(portalConfig({ AUTH_ISSUER: 'http://127.0.0.1:3010' }).port).toBe(3011);
    expect(() => portalConfig({ AUTH_ISSUER: 'http://127.0.0.1:3010', AEO_CONSOLE_URL: 'console' })).toThrow(
      /Invalid portal configuration: AEO_CONSOLE_URL: Invalid URL/,
    );
  });
});
