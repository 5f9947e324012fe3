import { execFile } from 'node:child_process';
import { createSecretKey } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JwtService } from '@nestjs/jwt';
import { ALL_ROLES, ROLES } from '../roles';
import { TokenVerifier } from '../token-verifier';

const repoRoot = join(__dirname, '../../../..');
const secret = 'token-command-test-secret-0123';

/** Runs the command the README documents (`npm run token -- ...`) as a child process. */
async function token(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['-r', './tools/register.js', 'libs/auth/src/cli/issue-token.ts', ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, AUTH_JWT_SECRET: secret, NODE_ENV: 'development' },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const stackLine = /^\s+at /m;

describe('npm run token', () => {
  jest.setTimeout(60_000);

  it('--help prints the usage with every flag and every role, and exits 0', async () => {
    const { code, stdout, stderr } = await token('--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const flag of ['--role', '--sub', '--name', '--region', '--taxpayer', '--country', '--ttl', '--help'])
      expect(stdout).toContain(flag);
    for (const role of ALL_ROLES) expect(stdout).toContain(role);
    // The regions --region takes, from the same list the check uses (CUSTOMS_REGIONS or its default).
    expect(stdout).toContain('ULAANBAATAR, DARKHAN, ERDENET, ZAMYN_UUD');
    expect((await token('--help', '--role', 'validator')).stdout).toContain('KHUVSGUL, ZAVKHAN, SUKHBAATAR');
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--role', 'executive', 'stray'], /Unexpected argument 'stray'/],
    [['--role', 'janitor'], /unknown role janitor/],
    [['--role', 'executive', '--ttl', 'forever'], /--ttl "forever"/],
    [['--role', 'executive', '--ttl', '0'], /--ttl "0" must be between 1s and 30d/],
    [
      ['--role', 'executive', '--ttl', '99999999999999999999'],
      /--ttl "99999999999999999999" must be between 1s and 30d/,
    ],
    [['--role', 'executive', '--ttl', '31d'], /--ttl "31d" must be between 1s and 30d/],
    [
      ['--role', 'executive', '--ttl', '-5'],
      /--ttl: a value starting with "-" is written --ttl=<value> \(e\.g\. --ttl=-5\)/,
    ],
    [['--role', 'executive', '--ttl=-5'], /--ttl "-5" must be between 1s and 30d/],
    [
      ['--role', 'validator', '--region', 'NOWHERE'],
      /--region NOWHERE is not a customs region; known regions: ULAANBAATAR, DARKHAN/,
    ],
    [['--role', 'operator-user'], /--taxpayer: an operator-user token must name its company/],
    [[], /--role is required/],
  ])('%j: one line naming the problem, "see --help", exit 2, no stack trace', async (args, message) => {
    const { code, stdout, stderr } = await token(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('see --help');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(stackLine);
  });

  it('--taxpayer issues an operator-user token whose company claim verifies', async () => {
    const { code, stdout } = await token(
      '--role',
      'operator-user',
      '--taxpayer',
      '1234567',
      '--sub',
      'trader',
      '--ttl',
      '10m',
    );
    expect(code).toBe(0);
    const verifier = new TokenVerifier(
      new JwtService({
        secretOrKeyProvider: () => createSecretKey(Buffer.from(secret)),
        verifyOptions: { issuer: 'aeo-platform', audience: 'aeo-platform', algorithms: ['HS256'] },
      }),
    );
    expect(verifier.authenticate(`Bearer ${stdout.trim()}`)).toEqual({
      sub: 'trader',
      roles: [ROLES.operatorUser],
      taxpayerId: '1234567',
    });
  });
});
