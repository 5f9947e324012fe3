import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { ROLES } from '@aeo/auth';
import { testEnv } from '@aeo/testing';
import { identityProviderUnderTest, type IdentityProviderUnderTest } from './testing/identity-provider-process';

/** `npm run token -- ...` (libs/auth/src/cli/issue-token.ts) against this provider; its usage errors are tested beside it. */
describe('npm run token gets real tokens from the identity provider', () => {
  jest.setTimeout(120_000);
  let idp: IdentityProviderUnderTest;
  let env: Record<string, string>;

  beforeAll(async () => {
    idp = await identityProviderUnderTest('token_command');
    await idp.start();
    env = { AUTH_ISSUER: idp.issuer, AEO_IDENTITY_CLIENTS_FILE: idp.clientsFile };
  });
  afterAll(async () => idp?.destroy());

  const token = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        ['-r', './tools/register.js', 'libs/auth/src/cli/issue-token.ts', ...args],
        { cwd: testEnv.repoRoot, env: { ...process.env, ...env } },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  const verify = async (jwt: string) =>
    (
      await jwtVerify(jwt, createRemoteJWKSet(new URL(`${idp.issuer}/jwks`)), {
        issuer: idp.issuer,
        audience: 'aeo-platform',
      })
    ).payload;

  it('--role operator-user --taxpayer logs the demo trader in: its token verifies with the company claim', async () => {
    const { code, stdout } = await token('--role', 'operator-user', '--taxpayer', '5012345');
    expect(code).toBe(0);
    expect(await verify(stdout.trim())).toMatchObject({
      sub: 'demo-trader-5012345',
      roles: [ROLES.operatorUser],
      taxpayerId: '5012345',
      client_id: 'aeo-cli',
    });
  });

  it('--json prints the whole answer with a refresh token; a regional role names its region', async () => {
    const { code, stdout } = await token('--role', 'regional-office', '--region', 'DARKHAN', '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as { access_token: string; refresh_token: string; expires_in: number };
    expect(answer.refresh_token).toEqual(expect.any(String));
    expect(await verify(answer.access_token)).toMatchObject({ roles: [ROLES.regionalOffice], region: 'DARKHAN' });
  });

  it('--client takes a backend platform token by client credentials, with only the scopes it was given', async () => {
    const { code, stdout } = await token('--client', 'declaration-processing', '--scope', 'aeo.events.subscribe');
    expect(code).toBe(0);
    expect(await verify(stdout.trim())).toMatchObject({
      sub: 'declaration-processing',
      roles: [ROLES.backendPlatform],
      scope: 'aeo.events.subscribe',
    });
    const refused = await token('--client', 'single-window', '--scope', 'aeo.events.subscribe');
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe('token: the provider refused: invalid_scope: requested scope is not allowed');
    const secret = (JSON.parse(readFileSync(idp.clientsFile, 'utf8')) as { clients: Record<string, string> }).clients[
      'single-window'
    ];
    expect(
      (await token('--client', 'single-window', '--secret', `${secret}x`, '--scope', 'aeo.status.read')).code,
    ).toBe(1);
  });

  it('a wrong password: one line, exit 1', async () => {
    const wrong = await token('--user', 'demo-executive', '--password', 'guess');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toBe('token: the provider refused: demo-executive: the login or the password is wrong');
  });
});
