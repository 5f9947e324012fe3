import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { customsRegionsEnv } from '@aeo/config';
import { ALL_ROLES, ROLES, type Role } from '../roles';
import { clientCredentialsToken, passwordLoginToken, TokenRequestError, type TokenResponse } from './provider-tokens';

const OPTIONS = {
  role: { type: 'string' },
  region: { type: 'string' },
  taxpayer: { type: 'string' },
  country: { type: 'string' },
  user: { type: 'string' },
  sub: { type: 'string' },
  password: { type: 'string' },
  client: { type: 'string' },
  secret: { type: 'string' },
  scope: { type: 'string' },
  issuer: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

/** The password of the local provider's demo users (services/identity-provider, docs/identity.md). */
const DEMO_PASSWORD = 'aeo-demo';
const BACKEND_CLIENTS = ['single-window', 'declaration-processing'];
/** Demo users of partner administrations, by country. */
const PARTNER_DEMO_USERS: Record<string, string> = { CN: 'demo-gacc' };

const customsRegions = (): string[] => customsRegionsEnv.parse(process.env['CUSTOMS_REGIONS']);
const defaultIssuer = () =>
  process.env['AUTH_ISSUER'] || `http://127.0.0.1:${process.env['AEO_IDENTITY_PORT'] || '3010'}`;

const usage =
  (): string => `Gets a real access token from the OpenID provider (AUTH_ISSUER, default ${defaultIssuer()}), printed on stdout.
A person's token: authorization code with PKCE through the provider's login form (client aeo-cli).
A backend platform's token: client credentials.

usage: npm run -s token -- --role <role> [--region <REGION> | --taxpayer <id> | --country <CC>] [options]
       npm run -s token -- --user <login> [--password <password>] [options]
       npm run -s token -- --client <client id> [--secret <secret>] --scope <scopes> [options]

  --role <role>        the local provider's demo user of this role; one of:
                         ${ALL_ROLES.filter((role) => role !== ROLES.backendPlatform).join(', ')}
                       (backend-platform is a client: use --client)
  --region <REGION>    region of a contact-officer, validator or regional-office; one of CUSTOMS_REGIONS:
                         ${customsRegions().join(', ')}
  --taxpayer <id>      taxpayer id of an operator-user's company (e.g. 5012345)
  --country <CC>       country of a partner-customs user (${Object.keys(PARTNER_DEMO_USERS).join(', ')})
  --user <login>       log in as this user instead (--sub is the same)
  --password <text>    the user's password (default: AEO_TOKEN_PASSWORD, else the demo users' ${DEMO_PASSWORD})
  --client <id>        a backend platform's client: ${BACKEND_CLIENTS.join(', ')}
  --secret <text>      its secret (default: AEO_CLIENT_SECRET, else .local/identity/clients.json)
  --scope <scopes>     scopes to ask for (space separated); a person's default: openid offline_access aeo.api
  --issuer <url>       the provider (default AUTH_ISSUER)
  --json               print the provider's whole answer (refresh token, expiry, scope)
  -h, --help           this text

The provider decides the lifetime (AEO_IDENTITY_ACCESS_TTL_S, default 1 hour); use the refresh token of --json.

examples:
  npm run -s token -- --role executive
  npm run -s token -- --role regional-office --region DARKHAN
  npm run -s token -- --role operator-user --taxpayer 5012345
  npm run -s token -- --client single-window --scope aeo.status.read`;

class UsageError extends Error {}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

/** The login of the local provider's demo user of the role (the demo data's naming). */
function demoLogin(values: Values): string {
  const role = values.role as Role;
  if (!ALL_ROLES.includes(role))
    throw new UsageError(`unknown role ${values.role}; known roles: ${ALL_ROLES.join(', ')}`);
  const regions = customsRegions();
  if (values.region !== undefined && !regions.includes(values.region))
    throw new UsageError(`--region ${values.region} is not a customs region; known regions: ${regions.join(', ')}`);
  const regional = (prefix: string) => {
    if (!values.region) throw new UsageError(`--region: a ${role} token must name its region`);
    return `demo-${prefix}-${values.region.toLowerCase()}`;
  };
  switch (role) {
    case ROLES.contactOfficer:
      return regional('officer');
    case ROLES.validator:
      return regional('validator');
    case ROLES.regionalOffice:
      return regional('office');
    case ROLES.operatorUser:
      if (!values.taxpayer) throw new UsageError('--taxpayer: an operator-user token must name its company');
      return `demo-trader-${values.taxpayer}`;
    case ROLES.partnerCustoms: {
      const login = values.country && PARTNER_DEMO_USERS[values.country];
      if (!login)
        throw new UsageError(
          `--country: a partner-customs token names its country; demo users: ${Object.keys(PARTNER_DEMO_USERS).join(', ')}`,
        );
      return login;
    }
    case ROLES.backendPlatform:
      throw new UsageError(`backend-platform is a client: use --client ${BACKEND_CLIENTS.join(' or --client ')}`);
    default:
      return `demo-${role}`;
  }
}

function clientSecret(clientId: string, given: string | undefined): string {
  const secret = given ?? process.env['AEO_CLIENT_SECRET'];
  if (secret) return secret;
  const file =
    process.env['AEO_IDENTITY_CLIENTS_FILE'] || join(__dirname, '../../../..', '.local', 'identity', 'clients.json');
  try {
    const stored = (JSON.parse(readFileSync(file, 'utf8')) as { clients?: Record<string, string> }).clients?.[clientId];
    if (stored) return stored;
  } catch {
    // No local provider's file: the secret must be given.
  }
  throw new UsageError(`--secret: no secret for ${clientId} (give --secret or AEO_CLIENT_SECRET)`);
}

/**
 * Options whose value may begin with a dash: a generated secret (base64url) does in one case of 64, and
 * parseArgs would take `--secret -abc` for an ambiguous option, a usage error (exit 2), not a refusal.
 */
const SECRET_OPTIONS = new Set(['--secret', '--password']);

/** `--secret <value>` as `--secret=<value>`, so a value beginning with `-` stays the option's value. */
function joinSecretValues(argv: string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (SECRET_OPTIONS.has(arg) && index + 1 < argv.length) joined.push(`${arg}=${argv[++index]}`);
    else joined.push(arg);
  }
  return joined;
}

function parse(argv: string[]): Values {
  try {
    return parseArgs({ args: joinSecretValues(argv), options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    if (/^Unknown option '--(ttl|name)'/.test(message))
      throw new UsageError(`${message.replace(/\. .*$/, '')}: the provider sets the token's lifetime and claims`);
    throw new UsageError(message);
  }
}

async function issue(argv: string[]): Promise<TokenResponse | undefined> {
  const values = parse(argv);
  if (values.help) return undefined;
  const issuer = (values.issuer ?? defaultIssuer()).replace(/\/$/, '');
  if (values.client) {
    if (values.role || values.user || values.sub)
      throw new UsageError('--client takes a platform token: not with --role or --user');
    if (!values.scope) throw new UsageError('--scope: name the scopes the platform asks for (e.g. aeo.status.read)');
    return clientCredentialsToken({
      issuer,
      clientId: values.client,
      secret: clientSecret(values.client, values.secret),
      scope: values.scope,
    });
  }
  const login = values.user ?? values.sub ?? (values.role ? demoLogin(values) : undefined);
  if (!login) throw new UsageError(`--role, --user or --client is required; known roles: ${ALL_ROLES.join(', ')}`);
  return passwordLoginToken({
    issuer,
    login,
    password: values.password ?? process.env['AEO_TOKEN_PASSWORD'] ?? DEMO_PASSWORD,
    scope: values.scope,
  });
}

const argv = process.argv.slice(2);
issue(argv).then(
  (answer) => {
    if (!answer) console.log(usage());
    else console.log(argv.includes('--json') ? JSON.stringify(answer, null, 2) : answer.access_token);
  },
  (error: Error) => {
    // One line, no stack: this is a command people type.
    if (error instanceof UsageError) console.error(`token: ${error.message} (see --help)`);
    else if (error instanceof TokenRequestError) console.error(`token: the provider refused: ${error.message}`);
    else console.error(`token: cannot get a token: ${error.message}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
