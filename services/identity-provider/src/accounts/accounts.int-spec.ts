import { Pool } from 'pg';
import { passwordLoginToken } from '@aeo/auth/provider-tokens';
import { migrate } from '../persistence/postgres-adapter';
import { identityProviderUnderTest, type IdentityProviderUnderTest } from '../testing/identity-provider-process';
import { Accounts } from './accounts';
import { DEMO_ACCOUNTS } from './demo-users';

/** IDENTITY_DEMO_ACCOUNTS=false and the sign-up off (its default), on a database an earlier start seeded. */
describe('accounts without the demo users and without sign-up', () => {
  jest.setTimeout(120_000);
  let idp: IdentityProviderUnderTest;
  let pool: Pool;

  beforeAll(async () => {
    idp = await identityProviderUnderTest('identity_no_demo', { IDENTITY_DEMO_ACCOUNTS: 'false' });
    pool = new Pool({ connectionString: idp.database.url, max: 2 });
    // What a start with the demo users left behind.
    await migrate(pool);
    await new Accounts(pool).upsertDemo(DEMO_ACCOUNTS);
    await idp.start();
  });
  afterAll(async () => {
    await pool?.end();
    await idp?.destroy();
  });

  it('disables the demo accounts an earlier start wrote: their published password signs no one in', async () => {
    const { rows } = await pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM accounts WHERE disabled_at IS NOT NULL',
    );
    expect(rows[0].n).toBe(DEMO_ACCOUNTS.length);
    await expect(
      passwordLoginToken({ issuer: idp.issuer, login: 'demo-executive', password: 'aeo-demo' }),
    ).rejects.toMatchObject({ error: 'login_failed' });
    expect(idp.logs()).toContain(`IDENTITY_DEMO_ACCOUNTS=false: ${DEMO_ACCOUNTS.length} demo accounts disabled`);
  });

  it('offers no sign-up: /signup and /interaction/<uid>/signup answer 404, the login page has no link', async () => {
    expect((await fetch(`${idp.issuer}/signup`)).status).toBe(404);
    expect((await fetch(`${idp.issuer}/signup`, { method: 'POST', body: 'login=x' })).status).toBe(404);
    const authorization = await fetch(
      `${idp.issuer}/auth?${new URLSearchParams({
        client_id: 'aeo-cli',
        response_type: 'code',
        redirect_uri: 'http://127.0.0.1:5199/callback',
        scope: 'openid aeo.api',
        code_challenge: 'x'.repeat(43),
        code_challenge_method: 'S256',
      })}`,
      { redirect: 'manual' },
    );
    const location = authorization.headers.get('location')!;
    const cookie = authorization.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const loginPage = await (await fetch(new URL(location, idp.issuer), { headers: { cookie } })).text();
    expect(loginPage).toContain('name="csrf"');
    expect(loginPage).not.toContain('/signup');
    expect((await fetch(new URL(`${location}/signup`, idp.issuer), { headers: { cookie } })).status).toBe(404);
  });
});
