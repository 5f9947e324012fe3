import { corsOriginAllowed } from './cors';

describe('corsOriginAllowed (which web pages may call the token and userinfo endpoints)', () => {
  const console = {
    clientAuthMethod: 'none',
    redirectUris: [
      'http://127.0.0.1/callback',
      'http://localhost/callback',
      'https://console.customs.example/callback',
    ],
  };

  it.each([
    ['http://127.0.0.1:3000', 'a loopback redirect URI without a port: that host on any port'],
    ['http://127.0.0.1:5173', 'another port of the same loopback host'],
    ['http://127.0.0.1', 'the loopback host on the default port'],
    ['http://localhost:3000', 'the other loopback redirect URI'],
    ['https://console.customs.example', 'the exact origin of a registered https redirect URI'],
  ])('allows %s (%s)', (origin) => {
    expect(corsOriginAllowed(origin, console)).toBe(true);
  });

  it.each([
    ['http://evil.example', 'a host no redirect URI names'],
    ['http://127.0.0.1.evil.example', 'a host that merely starts with the loopback address'],
    ['http://127.0.0.1.evil.example:3000', 'the same with a port'],
    ['https://127.0.0.1:3000', 'another scheme than the redirect URI'],
    ['http://[::1]:3000', 'a loopback host no redirect URI names'],
    ['https://console.customs.example:8443', 'another port of a redirect URI registered with its default port'],
    ['https://evil.console.customs.example', 'a subdomain of a registered host'],
    ['http://console.customs.example', 'http for an https redirect URI'],
    ['null', 'the opaque origin (sandboxed frames, file: pages)'],
    ['', 'no origin'],
    ['http://127.0.0.1:3000/', 'not a serialized origin (a trailing slash)'],
    ['http://127.0.0.1:3000/callback', 'not a serialized origin (a path)'],
    ['http://user@127.0.0.1:3000', 'not a serialized origin (credentials)'],
    ['*', 'a wildcard'],
  ])('refuses %s (%s)', (origin) => {
    expect(corsOriginAllowed(origin, console)).toBe(false);
  });

  it('refuses every origin to a confidential client, even the origin of its redirect URI', () => {
    const confidential = { clientAuthMethod: 'client_secret_basic', redirectUris: ['https://platform.example/cb'] };
    expect(corsOriginAllowed('https://platform.example', confidential)).toBe(false);
    expect(corsOriginAllowed('http://127.0.0.1:3000', { ...confidential, redirectUris: ['http://127.0.0.1/cb'] })).toBe(
      false,
    );
  });

  it('keeps the port of a loopback redirect URI registered with one', () => {
    const fixedPort = { clientAuthMethod: 'none', redirectUris: ['http://127.0.0.1:4000/callback'] };
    expect(corsOriginAllowed('http://127.0.0.1:4000', fixedPort)).toBe(true);
    expect(corsOriginAllowed('http://127.0.0.1:3000', fixedPort)).toBe(false);
  });

  it('refuses everything to a client without redirect URIs', () => {
    expect(corsOriginAllowed('http://127.0.0.1:3000', { clientAuthMethod: 'none', redirectUris: [] })).toBe(false);
  });
});
