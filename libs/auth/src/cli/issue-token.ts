import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ZodError } from 'zod';
import { loadConfig, platformEnvSchema } from '@aeo/config';
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

const USAGE = `Issues a development bearer token signed with AUTH_JWT_SECRET (printed on stdout).

usage: npm run -s token -- --role <role> [--role <role> ...] [options]

  --role <role>        required, repeatable; one of:
                         ${ALL_ROLES.join(', ')}
  --sub <id>           subject (user id); default <first role>-dev
  --name <text>        display name
  --region <REGION>    region of a contact officer, validator or regional office
                       (required when every role is regional; e.g. DARKHAN)
  --taxpayer <id>      taxpayer id of the operator's company (required for operator-user)
  --country <CC>       ISO country of a partner customs administration (required for partner-customs)
  --ttl <span>         lifetime: seconds or a span like 30m, 8h, 2d (default 8h)
  -h, --help           this text

examples:
  npm run -s token -- --role executive --sub alice
  npm run -s token -- --role regional-office --region DARKHAN --sub darkhan-office
  npm run -s token -- --role operator-user --taxpayer 1234567 --sub trader`;

// Which flag sets each claim, so that a refused claim names what the user typed.
const FLAG_OF_CLAIM: Record<string, string> = { sub: '--sub', name: '--name', roles: '--role', region: '--region', taxpayerId: '--taxpayer', partnerCountry: '--country' };

class UsageError extends Error {}

function issue(argv: string[]): string | undefined {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  if (values.help) return undefined;
  const roles = values.role ?? [];
  if (!roles.length) throw new UsageError(`--role is required (repeatable); known roles: ${ALL_ROLES.join(', ')}`);
  const unknown = roles.filter((role) => !ALL_ROLES.includes(role as Role));
  if (unknown.length) throw new UsageError(`unknown role ${unknown.join(', ')}; known roles: ${ALL_ROLES.join(', ')}`);
  if (!/^\d+(\s?(ms|s|m|h|d|w|y))?$/.test(values.ttl)) throw new UsageError(`--ttl "${values.ttl}" is not a lifetime (seconds, or a span like 30m, 8h, 2d)`);
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
      { secret: config.AUTH_JWT_SECRET, issuer: config.AUTH_JWT_ISSUER, audience: config.AUTH_JWT_AUDIENCE, expiresIn: values.ttl },
    );
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    throw new UsageError(error.issues.map((i) => `${FLAG_OF_CLAIM[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`).join('; '));
  }
}

try {
  const token = issue(process.argv.slice(2));
  console.log(token ?? USAGE);
} catch (error) {
  // One line, no stack: this is a command people type.
  console.error(error instanceof UsageError ? `token: ${error.message} (see --help)` : `token: cannot issue a token: ${(error as Error).message}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
