import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { Client } from 'pg';
import { ROLES, tokenClaimsSchema } from '@aeo/auth';
import { passwordLoginToken, refreshToken } from '@aeo/auth/provider-tokens';
import { checkAccessibility, launchBrowser, newPage, screenshot, testEnv } from '@aeo/testing';
import { DEMO_ACCOUNTS } from '../accounts/demo-users';
import { identityProviderUnderTest, type IdentityProviderUnderTest } from '../testing/identity-provider-process';

const PASSWORD = 'a long enough passphrase';
const SIGNUP_ATTEMPTS_PER_HOUR = 40;

/** A company's first user signs up (IDENTITY_TRADER_SIGNUP=true) against the real provider and PostgreSQL. */
describe('trader sign-up', () => {
  jest.setTimeout(120_000);
  let idp: IdentityProviderUnderTest;
  let db: Client;

  beforeAll(async () => {
    idp = await identityProviderUnderTest('identity_signup', {
      IDENTITY_TRADER_SIGNUP: 'true',
      IDENTITY_SIGNUP_ATTEMPTS_PER_HOUR: String(SIGNUP_ATTEMPTS_PER_HOUR),
    });
    await idp.start();
    db = new Client({ connectionString: idp.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await idp?.destroy();
  });

  const verify = async (token: string) => {
    const jwks = (await (await fetch(`${idp.issuer}/jwks`)).json()) as JSONWebKeySet;
    return (await jwtVerify(token, createLocalJWKSet(jwks), { issuer: idp.issuer, audience: 'aeo-platform' })).payload;
  };
  const csrfIn = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)![1];
  const accountsNamed = async (login: string) =>
    (await db.query('SELECT * FROM accounts WHERE lower(login) = lower($1)', [login])).rows;

  /** Opens /signup (its cookie and CSRF token) and posts the fields. */
  const signUp = async (fields: Record<string, string>, lang = 'en') => {
    const form = await fetch(`${idp.issuer}/signup?lang=${lang}`);
    const cookie = form.headers.getSetCookie()[0].split(';')[0];
    const csrf = csrfIn(await form.text());
    const answer = await fetch(`${idp.issuer}/signup`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf, lang, ...fields }).toString(),
    });
    return { status: answer.status, html: await answer.text() };
  };
  const trader = (login: string, more: Record<string, string> = {}) => ({
    login,
    name: 'Bat-Erdene Dorj',
    email: `${login}@example.mn`,
    password: PASSWORD,
    passwordConfirmation: PASSWORD,
    taxpayerId: '5099999',
    language: 'en',
    ...more,
  });

  it('creates an operator-user account carrying the taxpayer id: its access token has the role and the claim', async () => {
    const created = await signUp(trader('bat.dorj'));
    expect(created.status).toBe(201);
    expect(created.html).toContain('Account created');
    expect(created.html).toContain('bat.dorj');
    const [row] = await accountsNamed('bat.dorj');
    expect(row).toMatchObject({
      login: 'bat.dorj',
      name: 'Bat-Erdene Dorj',
      email: 'bat.dorj@example.mn',
      language: 'en',
      roles: [ROLES.operatorUser],
      taxpayer_id: '5099999',
      disabled_at: null,
    });
    expect(row.sub).toMatch(/^[0-9a-f-]{36}$/);
    expect(row.password_hash).toMatch(/^scrypt\$/);
    // The login in another case signs in too (logins are unique in any case).
    const answer = await passwordLoginToken({ issuer: idp.issuer, login: 'Bat.Dorj', password: PASSWORD });
    const claims = await verify(answer.access_token);
    expect(claims).toMatchObject({
      sub: row.sub,
      name: 'Bat-Erdene Dorj',
      roles: [ROLES.operatorUser],
      taxpayerId: '5099999',
    });
    expect(() => tokenClaimsSchema.parse(claims)).not.toThrow();
  });

  it('refuses a login already taken, in any case: 409 with the message beside the login', async () => {
    await signUp(trader('tsetseg'));
    const again = await signUp(trader('TSETSEG', { taxpayerId: '5088888' }));
    expect(again.status).toBe(409);
    expect(again.html).toMatch(/id="login-error" data-field="login">This login is taken: choose another one\./);
    expect(again.html).toContain('value="TSETSEG"');
    expect(await accountsNamed('tsetseg')).toHaveLength(1);
  });

  it.each([
    ['login', { login: 'x' }, 'Use 3 to 64 Latin letters'],
    ['login', { login: 'demo-trader-5099999' }, 'Logins starting with "demo-" are kept for the demo users.'],
    ['name', { name: '' }, 'Fill this in.'],
    ['name', { name: 'Bat\u202eErdene' }, 'a hidden or control character that cannot be kept (U+202E).'],
    ['name', { name: 'Bat\u0000Erdene' }, 'a hidden or control character that cannot be kept (U+0000).'],
    ['email', { email: 'not-an-address' }, 'This is not an email address.'],
    ['password', { password: 'short', passwordConfirmation: 'short' }, 'at least 12 characters'],
    ['password', { password: 'refused.login.x', passwordConfirmation: 'refused.login.x' }, 'must not be your login'],
    ['passwordConfirmation', { passwordConfirmation: 'another long passphrase' }, 'The two passwords differ.'],
    ['taxpayerId', { taxpayerId: '12AB' }, "does not match the programme's format (^[0-9]{7}$)"],
    ['language', { language: 'fr' }, 'Choose Монгол or English.'],
  ])('refuses a bad %s (%j): 400, the message beside that field, no account', async (field, bad, message) => {
    const refused = await signUp(trader('refused.login.x', bad));
    expect(refused.status).toBe(400);
    const beside = new RegExp(
      `<input [^>]*name="${field}"[^>]*aria-invalid="true"|<select [^>]*name="${field}"[^>]*aria-invalid="true"`,
    );
    expect(refused.html).toMatch(beside);
    expect(refused.html).toContain(`id="${field}-error" data-field="${field}">`);
    expect(refused.html).toContain(message.replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    expect(refused.html).not.toContain(PASSWORD);
    expect(await accountsNamed((bad as { login?: string }).login ?? 'refused.login.x')).toHaveLength(0);
  });

  it('answers in Mongolian beside each field when the page is in Mongolian', async () => {
    const refused = await signUp(trader('', { email: '' }), 'mn');
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('<html lang="mn">');
    expect(refused.html).toMatch(/id="login-error" data-field="login">Энэ талбарыг бөглөнө үү\./);
    expect(refused.html).toMatch(/id="email-error" data-field="email">Энэ талбарыг бөглөнө үү\./);
  });

  it("refuses a post without the form's CSRF token or without its cookie (403), creating nothing", async () => {
    const form = await fetch(`${idp.issuer}/signup`);
    const cookie = form.headers.getSetCookie()[0].split(';')[0];
    const csrf = csrfIn(await form.text());
    const post = (headers: Record<string, string>, body: Record<string, string>) =>
      fetch(`${idp.issuer}/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ ...trader('forged.one'), ...body }).toString(),
      });
    expect((await post({ cookie }, {})).status).toBe(403);
    expect((await post({}, { csrf })).status).toBe(403);
    expect((await post({ cookie: 'aeo_signup=' + 'A'.repeat(43) }, { csrf })).status).toBe(403);
    expect(await accountsNamed('forged.one')).toHaveLength(0);
  });

  it('from the login page: the sign-up link, then the sign-in goes on as the new account (a code for the client)', async () => {
    const jar = new Map<string, string>();
    const get = async (url: string | URL, init: RequestInit = {}) => {
      const answer = await fetch(new URL(url, idp.issuer), {
        ...init,
        redirect: 'manual',
        headers: {
          ...(init.headers as Record<string, string>),
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      });
      for (const set of answer.headers.getSetCookie()) {
        const [pair] = set.split(';');
        const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
        if (value) jar.set(name, value);
        else jar.delete(name);
      }
      return answer;
    };
    const verifier = randomBytes(32).toString('base64url');
    const redirectUri = 'http://127.0.0.1:5199/callback';
    const authorization = new URL(`${idp.issuer}/auth`);
    authorization.search = new URLSearchParams({
      client_id: 'aeo-cli',
      response_type: 'code',
      redirect_uri: redirectUri,
      scope: 'openid aeo.api',
      state: 'the-state',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      ui_locales: 'en',
    }).toString();
    const login = (await get(authorization)).headers.get('location')!;
    const loginPage = await (await get(login)).text();
    const link = /href="([^"]+\/signup\?lang=en)">No account yet\? Create your company's first user account</.exec(
      loginPage,
    )![1];
    const signupPage = await (await get(link)).text();
    expect(signupPage).toContain("This sign-up stands in for the administration's own enrolment (e-ID)");
    expect(signupPage).toContain(`href="${login}?lang=en">Back to sign in`);
    let answer = await get(`${login}/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: csrfIn(signupPage), lang: 'en', ...trader('oyun') }).toString(),
    });
    for (let hop = 0; hop < 6 && !answer.headers.get('location')?.startsWith(redirectUri); hop++)
      answer = await get(answer.headers.get('location')!);
    const callback = new URL(answer.headers.get('location')!);
    expect(callback.searchParams.get('state')).toBe('the-state');
    const token = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code')!,
        redirect_uri: redirectUri,
        client_id: 'aeo-cli',
        code_verifier: verifier,
      }).toString(),
    });
    expect(token.status).toBe(200);
    const [row] = await accountsNamed('oyun');
    expect(await verify(((await token.json()) as { access_token: string }).access_token)).toMatchObject({
      sub: row.sub,
      roles: [ROLES.operatorUser],
      taxpayerId: '5099999',
    });
  });

  it('a disabled account (account-cli disable) cannot sign in nor refresh its tokens; enabled again, it can', async () => {
    await signUp(trader('naran'));
    const before = await passwordLoginToken({
      issuer: idp.issuer,
      login: 'naran',
      password: PASSWORD,
      scope: 'openid offline_access aeo.api',
    });
    const cli = (command: string) =>
      promisify(execFile)(
        process.execPath,
        ['-r', './tools/register.js', 'services/identity-provider/src/accounts/account-cli.ts', command, 'NARAN'],
        { cwd: testEnv.repoRoot, env: { ...process.env, IDENTITY_DATABASE_URL: idp.database.url } },
      );
    expect((await cli('disable')).stdout).toMatch(/^NARAN \(sub [0-9a-f-]{36}\) disabled/);
    expect((await accountsNamed('naran'))[0].disabled_at).toBeInstanceOf(Date);
    // The same answer as a wrong password.
    await expect(passwordLoginToken({ issuer: idp.issuer, login: 'naran', password: PASSWORD })).rejects.toMatchObject({
      error: 'login_failed',
    });
    await expect(refreshToken({ issuer: idp.issuer, refreshToken: before.refresh_token! })).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    await cli('enable');
    await expect(passwordLoginToken({ issuer: idp.issuer, login: 'naran', password: PASSWORD })).resolves.toMatchObject(
      { access_token: expect.any(String) },
    );
  });

  it('a demo user still signs in from the table as before (same sub and claims)', async () => {
    const answer = await passwordLoginToken({
      issuer: idp.issuer,
      login: 'demo-officer-darkhan',
      password: 'aeo-demo',
    });
    expect(await verify(answer.access_token)).toMatchObject({
      sub: 'demo-officer-darkhan',
      roles: [ROLES.contactOfficer],
      region: 'DARKHAN',
    });
    const { rows } = await db.query("SELECT count(*)::int AS n FROM accounts WHERE login LIKE 'demo-%'");
    expect(rows[0].n).toBe(DEMO_ACCOUNTS.length);
  });

  it.each([
    ['mn', 'Бүртгүүлэх', 'Энэ талбарыг бөглөнө үү.'],
    ['en', 'Create the account', 'Fill this in.'],
  ])(
    'in Chromium (%s): labelled fields, messages beside them, no serious or critical accessibility violation',
    async (language, submit, required) => {
      const browser = await launchBrowser();
      try {
        const page = await newPage(browser, { locale: language });
        await page.goto(`${idp.issuer}/signup?lang=${language}`);
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        expect((await checkAccessibility(page, `the sign-up page (${language})`)).violations).toEqual([]);
        await page.getByRole('button', { name: submit }).click();
        await page.locator('[role="alert"]').waitFor();
        expect(await page.locator('#login-error').innerText()).toBe(required);
        expect(await page.locator('#login').getAttribute('aria-describedby')).toBe('login-error login-hint');
        expect(await page.locator('#login:focus').count()).toBe(1);
        expect((await checkAccessibility(page, `the refused sign-up (${language})`)).violations).toEqual([]);
        await screenshot(page, `identity-signup-refused-${language}`);
      } finally {
        await browser.close();
      }
    },
  );

  // Last: it spends the hour's posts of this address.
  it('refuses posts beyond the hour of one address with 429, a valid form too', async () => {
    let status = 0;
    for (let post = 0; post <= SIGNUP_ATTEMPTS_PER_HOUR && status !== 429; post++)
      status = (await signUp(trader('x'))).status;
    expect(status).toBe(429);
    const valid = await signUp(trader('late.comer'));
    expect(valid.status).toBe(429);
    expect(valid.html).toContain('Too many attempts from this address');
    expect(await accountsNamed('late.comer')).toHaveLength(0);
  });
});
