import type { Browser } from 'playwright-core';
import {
  authorizationRequest,
  checkAccessibility,
  launchBrowser,
  newPage,
  screenshot,
  signInThroughIdentityProvider,
  startCallbackServer,
  type CallbackServer,
} from '@aeo/testing';
import { identityProviderUnderTest, type IdentityProviderUnderTest } from '../testing/identity-provider-process';

const DEMO_PASSWORD = 'aeo-demo';

/** The login page in a real browser (Chromium): the console's sign-in as its users go through it. */
describe('login page in Chromium', () => {
  jest.setTimeout(120_000);
  let idp: IdentityProviderUnderTest;
  let browser: Browser;
  let client: CallbackServer;

  beforeAll(async () => {
    [idp, browser, client] = await Promise.all([
      identityProviderUnderTest('identity_login_page'),
      launchBrowser(),
      startCallbackServer(),
    ]);
    await idp.start();
  });
  afterAll(async () => {
    await browser?.close();
    await client?.close();
    await idp?.destroy();
  });

  const consoleSignIn = (uiLocales?: string) =>
    authorizationRequest({ issuer: idp.issuer, clientId: 'aeo-console', redirectUri: client.redirectUri, uiLocales });

  it('signs a demo user in and sends the browser back to the console with a code and its state', async () => {
    const page = await newPage(browser);
    const request = consoleSignIn();
    await page.goto(request.url.href);
    const landed = await signInThroughIdentityProvider(page, { username: 'demo-executive', password: DEMO_PASSWORD });
    expect(landed.origin + landed.pathname).toBe(client.redirectUri);
    expect(landed.searchParams.get('state')).toBe(request.state);
    expect(landed.searchParams.get('code')).toEqual(expect.any(String));
    expect(landed.searchParams.get('iss')).toBe(idp.issuer);
    expect(await page.locator('h1').innerText()).toBe('Back at the client');
    await page.context().close();
  });

  it('keeps the browser on the login page with the message on a wrong password', async () => {
    const page = await newPage(browser);
    await page.goto(consoleSignIn().url.href);
    await expect(
      signInThroughIdentityProvider(page, { username: 'demo-executive', password: 'not-the-password' }),
    ).rejects.toThrow('the identity provider refused the sign-in of demo-executive: Нэвтрэх нэр эсвэл нууц үг буруу');
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    // The login kept, the password to type again has the focus.
    expect(await page.locator('input[name="login"]').inputValue()).toBe('demo-executive');
    expect(await page.locator('input[name="password"]:focus').count()).toBe(1);
    expect(await checkAccessibility(page, 'the login page after a wrong password')).toMatchObject({ violations: [] });
    await screenshot(page, 'identity-login-wrong-password-mn');
    await page.context().close();
  });

  it.each([
    ['mn', undefined, 'Нэвтрэх', 'AEO платформд нэвтрэх', 'Програм: aeo-console'],
    ['en', 'en-GB mn', 'Sign in', 'Sign in to the AEO platform', 'Application: aeo-console'],
  ])(
    'in %s (ui_locales %s): titled, labelled, with no serious or critical accessibility violation',
    async (language, uiLocales, title, heading, client) => {
      const page = await newPage(browser, { locale: language });
      await page.goto(consoleSignIn(uiLocales).url.href);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.title()).toBe(title);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(heading);
      expect(await page.getByText(client).count()).toBe(1);
      expect(await page.getByLabel(language === 'mn' ? 'Нууц үг' : 'Password').getAttribute('type')).toBe('password');
      const report = await checkAccessibility(page, `the login page (${language})`);
      expect(report.violations).toEqual([]);
      await screenshot(page, `identity-login-${language}`);
      await page.context().close();
    },
  );

  it('switches language with its link and keeps the sign-in going', async () => {
    const page = await newPage(browser);
    const request = consoleSignIn();
    await page.goto(request.url.href);
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in to the AEO platform' }).waitFor();
    const landed = await signInThroughIdentityProvider(page, {
      username: 'demo-validator-darkhan',
      password: DEMO_PASSWORD,
    });
    expect(landed.searchParams.get('state')).toBe(request.state);
    expect(landed.searchParams.get('code')).toEqual(expect.any(String));
    await page.context().close();
  });
});
