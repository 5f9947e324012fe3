import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetch } from 'undici';
import { assertTargetAllowed, blockedReason, webhookAgent } from './webhook-target-guard';

describe('webhook target guard (SSRF)', () => {
  it('allows public unicast addresses only', () => {
    expect(blockedReason('8.8.8.8')).toBeUndefined();
    expect(blockedReason('2001:4860:4860::8888')).toBeUndefined();
    for (const address of [
      '127.0.0.1',
      '10.0.0.5',
      '172.16.3.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::ffff:10.0.0.1',
      'fd12::1',
      'fe80::1',
    ]) {
      expect(blockedReason(address)).toMatch(/is a \w+ address/);
    }
  });

  it('refuses IPv4-compatible IPv6 addresses, which embed an IPv4 address', () => {
    for (const address of ['::7f00:1', '::a00:5', '::808:808'])
      expect(blockedReason(address)).toBe(`${address} is an IPv4-compatible IPv6 address`);
    expect(() => assertTargetAllowed('https://[::127.0.0.1]/hook')).toThrow(/IPv4-compatible/);
  });

  it('refuses IP-literal URLs in private ranges', () => {
    expect(() => assertTargetAllowed('http://169.254.169.254/latest/meta-data')).toThrow(/linkLocal/);
    expect(() => assertTargetAllowed('https://[::1]:8443/hook')).toThrow(/loopback/);
    expect(() => assertTargetAllowed('https://hooks.example.org/aeo')).not.toThrow();
  });

  describe('at connection time', () => {
    let server: Server;
    let port: number;
    beforeAll(async () => {
      server = createServer((_request, response) => response.end('ok'));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    it('refuses a host name that resolves to a loopback address, and allows it when private targets are allowed', async () => {
      await expect(fetch(`http://localhost:${port}/`, { dispatcher: webhookAgent(false) })).rejects.toMatchObject({
        cause: { name: 'BlockedTargetError' },
      });
      const allowed = await fetch(`http://localhost:${port}/`, { dispatcher: webhookAgent(true) });
      expect(await allowed.text()).toBe('ok');
    });
  });
});
