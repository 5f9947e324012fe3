import { parseArgs } from 'node:util';
import { loadConfig, platformEnvSchema } from '@aeo/config';
import { ALL_ROLES, Role } from '../roles';
import { issueDevelopmentToken } from '../tokens';

/**
 * Issues a development bearer token signed with AUTH_JWT_SECRET.
 *   npm run token -- --role executive --sub alice
 *   npm run token -- --role regional-office --region DARKHAN --sub darkhan-office
 *   npm run token -- --role operator-user --taxpayer 1234567 --sub trader
 */
const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true },
    sub: { type: 'string' },
    name: { type: 'string' },
    region: { type: 'string' },
    taxpayer: { type: 'string' },
    country: { type: 'string' },
    ttl: { type: 'string', default: '8h' },
  },
});

const roles = values.role ?? [];
const unknown = roles.filter((role) => !ALL_ROLES.includes(role as Role));
if (!roles.length || unknown.length) {
  console.error(`--role is required (repeatable); known roles: ${ALL_ROLES.join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`);
  process.exit(2);
}
const config = loadConfig(platformEnvSchema);
try {
  console.log(
    issueDevelopmentToken(
      {
        sub: values.sub ?? `${roles[0]}-dev`,
        name: values.name,
        roles: roles as Role[],
        region: values.region,
        taxpayerId: values.taxpayer,
        partnerCountry: values.country,
      },
      { secret: config.AUTH_JWT_SECRET, issuer: config.AUTH_JWT_ISSUER, audience: config.AUTH_JWT_AUDIENCE, expiresIn: values.ttl },
    ),
  );
} catch (error) {
  console.error(`Cannot issue token: ${(error as Error).message}`);
  process.exit(2);
}
