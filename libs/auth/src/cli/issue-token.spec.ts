import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ALL_ROLES } from '../roles';

const repoRoot = join(__dirname, '../../../..');

/**
 * Runs the command the README documents (`npm run token -- ...`) as a child process. Its tokens from
 * a real provider are tested with the provider (services/identity-provider/src/token-command.int-spec.ts).
 */
async function token(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['-r', './tools/register.js', 'libs/auth/src/cli/issue-token.ts', ...args],
      { cwd: repoRoot, env: { ...process.env, ...env } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const stackLine = /^\s+at /m;

describe('npm run token: usage and failures', () => {
  jest.setTimeout(60_000);
  const env = { AUTH_ISSUER: 'http://127.0.0.1:9' };

  it('--help prints the usage with every flag and every role, and exits 0', async () => {
    const { code, stdout, stderr } = await token(env, '--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const flag of ['--role', '--region', '--taxpayer', '--country', '--user', '--password', '--client', '--scope'])
      expect(stdout).toContain(flag);
    for (const role of ALL_ROLES) expect(stdout).toContain(role);
    expect(stdout).toContain('ULAANBAATAR, DARKHAN, ERDENET, ZAMYN_UUD');
    expect(stdout).toContain('default http://127.0.0.1:9');
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--role', 'executive', 'stray'], /Unexpected argument 'stray'/],
    [['--role', 'janitor'], /unknown role janitor/],
    [['--role', 'executive', '--ttl', '8h'], /--ttl'.*the provider sets the token's lifetime/],
    [
      ['--role', 'validator', '--region', 'NOWHERE'],
      /--region NOWHERE is not a customs region; known regions: ULAANBAATAR, DARKHAN/,
    ],
    [['--role', 'validator'], /--region: a validator token must name its region/],
    [['--role', 'operator-user'], /--taxpayer: an operator-user token must name its company/],
    [['--role', 'backend-platform'], /backend-platform is a client: use --client single-window/],
    [['--client', 'single-window'], /--scope: name the scopes/],
    [[], /--role, --user or --client is required/],
  ])('%j: one line naming the problem, "see --help", exit 2, no stack trace', async (args, message) => {
    const { code, stdout, stderr } = await token(env, ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('see --help');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(stackLine);
  });

  it("a secret or password beginning with a dash is the option's value, not a usage error", async () => {
    // A generated secret (32 random bytes, base64url) begins with "-" once in 64: the token command
    // answered "argument is ambiguous" and exit 2 instead of asking the provider.
    const client = await token(env, '--client', 'single-window', '--secret', '-Ab3_x', '--scope', 'aeo.status.read');
    const user = await token(env, '--user', 'demo-executive', '--password', '--dash-first');
    for (const answer of [client, user]) {
      expect(answer.stderr).toMatch(
        /^token: cannot get a token: the identity provider http:\/\/127\.0\.0\.1:9 does not answer/,
      );
      expect(answer.code).toBe(1);
    }
  });

  it('an unreachable provider: one line, exit 1', async () => {
    const away = await token({ AUTH_ISSUER: 'http://127.0.0.1:9' }, '--role', 'executive');
    expect(away.code).toBe(1);
    expect(away.stderr).toMatch(
      /^token: cannot get a token: the identity provider http:\/\/127\.0\.0\.1:9 does not answer/,
    );
    expect(away.stderr).not.toMatch(stackLine);
  });
});
