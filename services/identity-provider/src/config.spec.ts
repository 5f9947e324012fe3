import { loadIdentityConfig } from './config';

describe('identity provider configuration', () => {
  const development = { AUTH_DEVELOPMENT: 'true' };

  it('starts on a development machine with the loopback issuer it listens on', () => {
    expect(loadIdentityConfig({ ...development, AEO_IDENTITY_PORT: '3010' })).toMatchObject({
      issuer: 'http://127.0.0.1:3010',
      consoleRedirectUris: [],
    });
  });

  it.each([
    ['no issuer', {}],
    ['an https issuer', { AUTH_ISSUER: 'https://idp.example.org' }],
    ['AUTH_DEVELOPMENT=false', { AUTH_DEVELOPMENT: 'false', AUTH_ISSUER: 'https://idp.example.org' }],
  ])('refuses to start without AUTH_DEVELOPMENT=true (%s): the demo users are published', (_, env) => {
    expect(() => loadIdentityConfig(env)).toThrow(
      /AUTH_DEVELOPMENT: this provider, with its published demo users, is the development stand-in .*Keycloak.*\(docs\/identity\.md\)/,
    );
  });

  it('writes the demo users and offers no sign-up unless told otherwise', () => {
    expect(loadIdentityConfig(development)).toMatchObject({
      demoAccounts: true,
      traderSignup: false,
      signupAttemptsPerHour: 20,
      taxpayerIdPattern: '^[0-9]{7}$',
    });
    expect(
      loadIdentityConfig({ ...development, IDENTITY_DEMO_ACCOUNTS: 'false', IDENTITY_TRADER_SIGNUP: 'true' }),
    ).toMatchObject({ demoAccounts: false, traderSignup: true });
  });

  it.each([
    ['IDENTITY_TRADER_SIGNUP', 'yes'],
    ['IDENTITY_DEMO_ACCOUNTS', 'no'],
    ['IDENTITY_SIGNUP_ATTEMPTS_PER_HOUR', '0'],
    ['TAXPAYER_ID_PATTERN', '(['],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => loadIdentityConfig({ ...development, [name]: value })).toThrow(new RegExp(`${name}:`));
  });

  it('refuses an http issuer on another host than a loopback one', () => {
    expect(() => loadIdentityConfig({ ...development, AUTH_ISSUER: 'http://idp.example.org' })).toThrow(
      /AUTH_ISSUER: an http issuer is only allowed on a loopback host with AUTH_DEVELOPMENT=true/,
    );
  });

  it('takes https console redirect URIs and loopback http ones on a development machine', () => {
    const config = loadIdentityConfig({
      ...development,
      IDENTITY_CONSOLE_REDIRECT_URIS: ' https://console.customs.example/callback , http://localhost:8080/callback',
    });
    expect(config.consoleRedirectUris).toEqual([
      'https://console.customs.example/callback',
      'http://localhost:8080/callback',
    ]);
  });

  it.each([
    'http://console.customs.example/callback',
    'javascript:alert(1)',
    'not a url',
    'https://console.customs.example/callback#fragment',
    '/callback',
  ])('refuses the console redirect URI %s, naming the variable', (uri) => {
    expect(() =>
      loadIdentityConfig({
        ...development,
        IDENTITY_CONSOLE_REDIRECT_URIS: `https://console.customs.example/callback,${uri}`,
      }),
    ).toThrow(/IDENTITY_CONSOLE_REDIRECT_URIS: ".*" is not an https URL without fragment/);
  });
});
