import { randomInt, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ROLES } from '@aeo/auth';
import { invitationCodeKeyEnv, openInvitationCode } from '@aeo/contracts';
import {
  bearer,
  checkAccessibility,
  createTestDatabase,
  launchBrowser,
  newPage,
  screenshot,
  startServiceProcess,
  testEnv,
  type RunningProcess,
  type TestDatabase,
} from '@aeo/testing';
import { hashPassword } from '../accounts/passwords';
import { identityProviderUnderTest, type IdentityProviderUnderTest } from '../testing/identity-provider-process';

const PASSWORD = 'a long enough passphrase';

/**
 * A company invitation's link on the real provider and the real applications service (an OS
 * process each, PostgreSQL): the page creates an account of the company, or takes an existing
 * one, and the provider redeems the code with applications (its own client's token) before the
 * account is committed; a used, revoked, expired or unknown code shows why and creates nothing.
 * The provider under test signs with the local provider's keys under its issuer, which
 * applications trusts.
 */
describe('company invitation page', () => {
  jest.setTimeout(180_000);
  let appsDb: TestDatabase;
  let apps: RunningProcess;
  let appsSql: Client;
  let idp: IdentityProviderUnderTest;
  let idpSql: Client;
  const taxpayerId = String(randomInt(1_000_000, 9_999_999));
  const admin = bearer({ sub: `admin-${taxpayerId}`, roles: [ROLES.operatorUser], taxpayerId });
  const codeKey = invitationCodeKeyEnv.parse(process.env['INVITATION_CODE_KEY']);
  let operatorId = '';

  beforeAll(async () => {
    appsDb = await createTestDatabase('invitation_page_apps');
    apps = await startServiceProcess('applications', { databaseUrl: appsDb.url });
    appsSql = new Client({ connectionString: appsDb.url });
    await appsSql.connect();
    idp = await identityProviderUnderTest('identity_invitation', {
      AUTH_ISSUER: testEnv.authIssuer,
      AEO_IDENTITY_KEYS_FILE: testEnv.identityKeysFile,
      IDENTITY_APPLICATIONS_URL: apps.url,
    });
    await idp.start();
    idpSql = new Client({ connectionString: idp.database.url });
    await idpSql.connect();
    const registered = await api('POST', '/v1/operators', {
      taxpayerId,
      name: `Khangai Logistics ${taxpayerId} LLC`,
      legalForm: 'LLC',
      region: 'DARKHAN',
      customsOffice: 'DARKHAN-01',
      supplyChainRoles: ['importer'],
      address: { street: 'Peace Avenue 17', city: 'Darkhan', country: 'MN' },
      contact: { name: 'Bat-Erdene', email: `compliance+${taxpayerId}@khangai.example`, language: 'en' },
    });
    expect(registered.status).toBe(201);
    operatorId = registered.body.id;
  });
  afterAll(async () => {
    await idpSql?.end();
    await idp?.destroy();
    await appsSql?.end();
    await apps?.stop();
    await appsDb?.drop();
  });

  async function api(method: string, path: string, body?: object) {
    const answer = await fetch(`${apps.url}${path}`, {
      method,
      headers: { authorization: admin, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await answer.text();
    return { status: answer.status, body: text ? JSON.parse(text) : undefined };
  }
  /** Invites by email; the code as notifications opens it from the event. */
  async function invite(email: string, role = 'member', language = 'en') {
    const created = await api('POST', `/v1/operators/${operatorId}/invitations`, {
      email,
      name: 'Saraa Bold',
      role,
      language,
    });
    expect(created.status).toBe(201);
    const { rows } = await appsSql.query(
      `SELECT payload FROM outbox WHERE type = 'aeo.operator.invitation-created.v1' AND payload->>'invitationId' = $1`,
      [created.body.id],
    );
    return {
      id: created.body.id as string,
      code: openInvitationCode(codeKey, created.body.id, rows[0].payload.sealedCode),
    };
  }
  const linkedRole = async (sub: string) =>
    (await api('GET', `/v1/operators/${operatorId}/users`)).body.find((user: { sub: string }) => user.sub === sub)
      ?.role;
  const accountsNamed = async (login: string) =>
    (await idpSql.query('SELECT * FROM accounts WHERE lower(login) = lower($1)', [login])).rows;

  /** Opens the link (its cookie and CSRF token), then posts the form. */
  async function open(code: string, lang?: string) {
    const page = await fetch(`${idp.issuer}/invitation?code=${code}${lang ? `&lang=${lang}` : ''}`);
    const html = await page.text();
    const cookie = page.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    return { status: page.status, html, cookie, csrf };
  }
  async function post(code: string, fields: Record<string, string>, opened?: { cookie: string; csrf: string }) {
    const { cookie, csrf } = opened ?? (await open(code));
    const answer = await fetch(`${idp.issuer}/invitation`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf, lang: 'en', code, ...fields }).toString(),
    });
    return { status: answer.status, html: await answer.text() };
  }
  const newAccount = (login: string) => ({
    mode: 'create',
    login,
    name: 'Saraa Bold',
    email: `${login}@khangai.example`,
    password: PASSWORD,
    passwordConfirmation: PASSWORD,
    language: 'en',
  });

  it('creates an account of the company and links it in the invited role; the link then works no more', async () => {
    const { code } = await invite('saraa@khangai.example', 'administrator');
    const page = await open(code);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`Join Khangai Logistics ${taxpayerId} LLC`);
    expect(page.html).toContain('as an administrator');
    expect(page.html).not.toContain('name="taxpayerId"');
    const login = `saraa.${taxpayerId}`;
    const joined = await post(code, { ...newAccount(login), taxpayerId: '1234567' }, page);
    expect(joined.status).toBe(201);
    expect(joined.html).toContain('You are now an administrator of');
    const [account] = await accountsNamed(login);
    expect(account).toMatchObject({
      roles: [ROLES.operatorUser],
      taxpayer_id: taxpayerId,
      email: `${login}@khangai.example`,
    });
    expect(await linkedRole(account.sub)).toBe('administrator');

    const again = await open(code);
    expect(again.status).toBe(410);
    expect(again.html).toContain('This invitation was accepted already');
    expect(again.html).toContain('Энэ урилгыг аль хэдийн хүлээн авсан байна');
    const reused = await post(code, newAccount(`reuse.${taxpayerId}`), page);
    expect(reused.status).toBe(410);
    expect(await accountsNamed(`reuse.${taxpayerId}`)).toEqual([]);
  });

  it('creates one account when the same link is posted twice at once: the other is refused and not created', async () => {
    const { code } = await invite('twice@khangai.example');
    const [first, second] = await Promise.all([open(code), open(code)]);
    const logins = [`first.${taxpayerId}`, `second.${taxpayerId}`];
    const answers = await Promise.all([
      post(code, newAccount(logins[0]), first),
      post(code, newAccount(logins[1]), second),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const refused = answers.find((answer) => answer.status === 409)!;
    expect(refused.html).toContain('No account was created');
    const created = (await Promise.all(logins.map(accountsNamed))).flat();
    expect(created).toHaveLength(1);
    expect(await linkedRole(created[0].sub)).toBe('member');
  });

  it('accepts with an existing account of the company after its password; refuses a wrong one and another company’s', async () => {
    const login = `existing.${taxpayerId}`;
    const sub = randomUUID();
    await idpSql.query(
      `INSERT INTO accounts (sub, login, password_hash, name, email, language, roles, taxpayer_id)
       VALUES ($1, $2, $3, 'Dorj Existing', $4, 'mn', $5, $6)`,
      [sub, login, await hashPassword(PASSWORD), `${login}@khangai.example`, [ROLES.operatorUser], taxpayerId],
    );
    const foreignLogin = `foreign.${taxpayerId}`;
    await idpSql.query(
      `INSERT INTO accounts (sub, login, password_hash, name, email, language, roles, taxpayer_id)
       VALUES ($1, $2, $3, 'Foreign', $4, 'en', $5, '7654321')`,
      [randomUUID(), foreignLogin, await hashPassword(PASSWORD), `${foreignLogin}@other.example`, [ROLES.operatorUser]],
    );
    const { code } = await invite('dorj@khangai.example');
    const wrong = await post(code, { mode: 'existing', login, password: 'not the password at all' });
    expect(wrong.status).toBe(401);
    expect(wrong.html).toContain('The login or the password is wrong.');
    const foreign = await post(code, { mode: 'existing', login: foreignLogin, password: PASSWORD });
    expect(foreign.status).toBe(409);
    expect(foreign.html).toContain('is not one of');
    expect(await linkedRole(sub)).toBeUndefined();
    const joined = await post(code, { mode: 'existing', login, password: PASSWORD });
    expect(joined.status).toBe(201);
    expect(await linkedRole(sub)).toBe('member');
  });

  it('shows why a revoked, expired or unknown link leads nowhere, in both languages, and creates nothing', async () => {
    const revoked = await invite('revoked@khangai.example', 'member', 'mn');
    expect((await api('DELETE', `/v1/operators/${operatorId}/invitations/${revoked.id}`)).status).toBe(204);
    const revokedPage = await open(revoked.code);
    expect(revokedPage.status).toBe(410);
    expect(revokedPage.html).toMatch(/<html lang="mn">/);
    expect(revokedPage.html).toContain('Энэ урилгыг цуцалсан байна');
    expect(revokedPage.html).toContain('This invitation was revoked');

    const expired = await invite('expired@khangai.example');
    await appsSql.query(`UPDATE operator_invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expired.id,
    ]);
    const expiredPage = await open(expired.code);
    expect(expiredPage.status).toBe(410);
    expect(expiredPage.html).toContain('The invitation has expired');

    const unknown = await open('B'.repeat(43));
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain('This link belongs to no invitation');
    expect((await open('not-a-code')).status).toBe(404);
    const { rows } = await idpSql.query(`SELECT count(*)::int AS n FROM accounts WHERE login LIKE 'reuse.%'`);
    expect(rows).toEqual([{ n: 0 }]);
  });
  it.each([
    ['en', 'Create the account and join'],
    ['mn', 'Бүртгэл үүсгээд нэгдэх'],
  ] as const)('is accessible in %s, the page and a refused form (axe), in a real browser', async (language, submit) => {
    const { code } = await invite(`axe-${language}@khangai.example`, 'member', language);
    const browser = await launchBrowser();
    try {
      const page = await newPage(browser, { locale: language });
      await page.goto(`${idp.issuer}/invitation?code=${code}`);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect((await checkAccessibility(page, `the invitation page (${language})`)).violations).toEqual([]);
      await page.locator('#password').fill('short');
      await page.getByRole('button', { name: submit }).click();
      await page.locator('[role="alert"]').first().waitFor();
      expect(await page.locator('#login').getAttribute('aria-invalid')).toBe('true');
      expect((await checkAccessibility(page, `the refused invitation form (${language})`)).violations).toEqual([]);
      await screenshot(page, `identity-invitation-refused-${language}`);
      const unknown = await newPage(browser, { locale: language });
      await unknown.goto(`${idp.issuer}/invitation?code=${'D'.repeat(43)}&lang=${language}`);
      expect((await checkAccessibility(unknown, `an unknown invitation link (${language})`)).violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
