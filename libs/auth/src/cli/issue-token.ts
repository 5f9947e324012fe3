import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ZodError } from 'zod';
import { customsRegionsEnv, loadConfig, platformEnvSchema } from '@aeo/config';
import { ALL_ROLES, Role } from '../roles';
import { issueDevelopmentToken } from '../tokens';

const OPTIONS = {
  role: { type: 'string', multiple: true },
  sub: { type: 'string' },
  name: { type: 'string' },
  region: { type: 'string' },
  taxpayer: { type: 'string' },
  country: { type: 'string' },
  ttl: { type: 'string', default: '8h' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

/** The customs regions a --region may name: CUSTOMS_REGIONS, as every service reads it. */
const customsRegions = (): string[] => customsRegionsEnv.parse(process.env['CUSTOMS_REGIONS']);

const usage = (): string => `Issues a development bearer token signed with AUTH_JWT_SECRET (printed on stdout).

usage: npm run -s token -- --role <role> [--role <role> ...] [options]

  --role <role>        required, repeatable; one of:
                         ${ALL_ROLES.join(', ')}
  --sub <id>           subject (user id); default <first role>-dev
  --name <text>        display name
  --region <REGION>    region of a contact officer, validator or regional office
                       (required when every role is regional); one of CUSTOMS_REGIONS:
                         ${customsRegions().join(', ')}
  --taxpayer <id>      taxpayer id of the operator's company (required for operator-user)
  --country <CC>       ISO country of a partner customs administration (required for partner-customs,
                       which holds no other role)
  --ttl <span>         lifetime: seconds or a span like 30m, 8h, 2d (default 8h); 1s to 30d
  -h, --help           this text

examples:
  npm run -s token -- --role executive --sub alice
  npm run -s token -- --role regional-office --region DARKHAN --sub darkhan-office
  npm run -s token -- --role operator-user --taxpayer 1234567 --sub trader`;

// Which flag sets each claim, so that a refused claim names what the user typed.
const FLAG_OF_CLAIM: Record<string, string> = {
  sub: '--sub',
  name: '--name',
  roles: '--role',
  region: '--region',
  taxpayerId: '--taxpayer',
  partnerCountry: '--country',
};

class UsageError extends Error {}

const SECONDS_PER_UNIT: Record<string, number> = {
  ms: 0.001,
  s: 1,
  m: 60,
  h: 3600,
  d: 86_400,
  w: 604_800,
  y: 31_557_600,
};
/** Longest lifetime: a token living longer than this is a credential nobody will remember to revoke. */
const MAX_TTL_SECONDS = 30 * 86_400;

/** The lifetime in whole seconds, 1 s to 30 d: 0 would issue an expired token, a huge one a token every service refuses. */
function ttlSeconds(ttl: string): number {
  const match = /^(-?\d+)\s?(ms|s|m|h|d|w|y)?$/.exec(ttl);
  if (!match) throw new UsageError(`--ttl "${ttl}" is not a lifetime (seconds, or a span like 30m, 8h, 2d)`);
  const seconds = Math.floor(Number(match[1]) * SECONDS_PER_UNIT[match[2] ?? 's']);
  if (!(seconds >= 1 && seconds <= MAX_TTL_SECONDS)) throw new UsageError(`--ttl "${ttl}" must be between 1s and 30d`);
  return seconds;
}

function issue(argv: string[]): string | undefined {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    // `--ttl -5`: parseArgs will not take a value starting with a dash after a space.
    const ambiguous = /^Option '(--[a-z]+)/.exec(message);
    if (ambiguous && message.includes('ambiguous'))
      throw new UsageError(
        `${ambiguous[1]}: a value starting with "-" is written ${ambiguous[1]}=<value> (e.g. --ttl=-5)`,
      );
    throw new UsageError(message);
  }
  if (values.help) return undefined;
  const roles = values.role ?? [];
  if (!roles.length) throw new UsageError(`--role is required (repeatable); known roles: ${ALL_ROLES.join(', ')}`);
  const unknown = roles.filter((role) => !ALL_ROLES.includes(role as Role));
  if (unknown.length) throw new UsageError(`unknown role ${unknown.join(', ')}; known roles: ${ALL_ROLES.join(', ')}`);
  const expiresIn = ttlSeconds(values.ttl);
  const regions = customsRegions();
  if (values.region !== undefined && !regions.includes(values.region))
    throw new UsageError(`--region ${values.region} is not a customs region; known regions: ${regions.join(', ')}`);
  const config = loadConfig(platformEnvSchema);
  try {
    return issueDevelopmentToken(
      {
        sub: values.sub ?? `${roles[0]}-dev`,
        name: values.name,
        roles: roles as Role[],
        region: values.region,
        taxpayerId: values.taxpayer,
        partnerCountry: values.country,
      },
      { secret: config.AUTH_JWT_SECRET, issuer: config.AUTH_JWT_ISSUER, audience: config.AUTH_JWT_AUDIENCE, expiresIn },
    );
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    throw new UsageError(
      error.issues.map((i) => `${FLAG_OF_CLAIM[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
}

try {
  const token = issue(process.argv.slice(2));
  console.log(token ?? usage());
} catch (error) {
  // One line, no stack: this is a command people type.
  console.error(
    error instanceof UsageError
      ? `token: ${error.message} (see --help)`
      : `token: cannot issue a token: ${(error as Error).message}`,
  );
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
