/**
 * Demo data through the public REST APIs (so it exercises validation, auth, outbox, Kafka and
 * workflows like real traffic): operators in four regions, applications waiting at acceptance,
 * one accepted and one rejected. Idempotent: running it again changes nothing.
 */
import { issueDevelopmentToken, ROLES, AuthenticatedUser } from '@aeo/auth';
import { loadConfig, platformEnvSchema } from '@aeo/config';

const config = loadConfig(platformEnvSchema);
const APPLICATIONS = process.env['APPLICATIONS_URL'] ?? 'http://127.0.0.1:3001';
const token = (claims: AuthenticatedUser) => `Bearer ${issueDevelopmentToken(claims, { secret: config.AUTH_JWT_SECRET, issuer: config.AUTH_JWT_ISSUER, audience: config.AUTH_JWT_AUDIENCE, expiresIn: '30d' })}`;

interface DemoCompany {
  taxpayerId: string;
  name: string;
  region: string;
  city: string;
  roles: string[];
  language: 'mn' | 'en';
  statusType: 'AEOC' | 'AEOS' | 'AEOF';
  outcome: 'waiting' | 'accept' | 'reject';
}

const COMPANIES: DemoCompany[] = [
  { taxpayerId: '5012345', name: 'Tavan Bogd Trade LLC', region: 'ULAANBAATAR', city: 'Ulaanbaatar', roles: ['importer', 'exporter'], language: 'mn', statusType: 'AEOF', outcome: 'accept' },
  { taxpayerId: '5023456', name: 'Gobi Logistics LLC', region: 'ULAANBAATAR', city: 'Ulaanbaatar', roles: ['freight-forwarder', 'customs-broker'], language: 'en', statusType: 'AEOS', outcome: 'waiting' },
  { taxpayerId: '5034567', name: 'Darkhan Steel Works JSC', region: 'DARKHAN', city: 'Darkhan', roles: ['manufacturer', 'exporter'], language: 'mn', statusType: 'AEOC', outcome: 'waiting' },
  { taxpayerId: '5045678', name: 'Erdenet Copper Export LLC', region: 'ERDENET', city: 'Erdenet', roles: ['exporter'], language: 'en', statusType: 'AEOF', outcome: 'reject' },
  { taxpayerId: '5056789', name: 'Zamyn-Uud Border Warehouse LLC', region: 'ZAMYN_UUD', city: 'Zamyn-Uud', roles: ['warehouse-keeper', 'carrier'], language: 'mn', statusType: 'AEOS', outcome: 'waiting' },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON responses are read field by field
async function call(method: string, path: string, auth: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${APPLICATIONS}${path}`, { method, headers: { authorization: auth, 'content-type': 'application/json', 'x-correlation-id': `demo-${Date.now()}` }, body: body ? JSON.stringify(body) : undefined });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function waitForWorkflow(applicationId: string, auth: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const state = await call('GET', `/v1/applications/${applicationId}/certification`, auth);
    if (state.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`certification workflow of ${applicationId} did not start within 30 s`);
}

async function main(): Promise<void> {
  const rows: string[] = [];
  for (const company of COMPANIES) {
    const operatorToken = token({ sub: `demo-trader-${company.taxpayerId}`, name: `${company.name} compliance officer`, roles: [ROLES.operatorUser], taxpayerId: company.taxpayerId });
    const officerToken = token({ sub: `demo-officer-${company.region.toLowerCase()}`, name: `${company.region} contact officer`, roles: [ROLES.contactOfficer], region: company.region });

    let registered = await call('POST', '/v1/operators', operatorToken, {
      taxpayerId: company.taxpayerId,
      name: company.name,
      legalForm: company.name.endsWith('JSC') ? 'JSC' : 'LLC',
      region: company.region,
      customsOffice: `${company.region}-01`,
      supplyChainRoles: company.roles,
      address: { street: 'Central street 1', city: company.city, country: 'MN' },
      contact: { name: 'Compliance officer', email: `aeo@${company.taxpayerId}.demo.mn`, language: company.language },
    });
    if (registered.status === 409) registered = { status: 200, body: (await call('GET', '/v1/operators', operatorToken)).body[0] };
    if (registered.status >= 300) throw new Error(`registering ${company.name}: ${registered.status} ${JSON.stringify(registered.body)}`);
    const operatorId = registered.body.id as string;

    // Idempotent: an application of this status type (in any state) from an earlier run is reused.
    const existing = (await call('GET', `/v1/applications?operatorId=${operatorId}`, operatorToken)).body?.find((a: { statusType: string }) => a.statusType === company.statusType);
    const application = existing ? { status: 200, body: existing } : await call('POST', '/v1/applications', operatorToken, { operatorId, statusType: company.statusType, consentToMraSharing: true });
    if (application.status >= 300) throw new Error(`submitting for ${company.name}: ${application.status} ${JSON.stringify(application.body)}`);
    const applicationId = application.body.id as string;

    if (company.outcome !== 'waiting' && application.body.status === 'submitted') {
      await waitForWorkflow(applicationId, operatorToken);
      const decision = company.outcome === 'accept' ? { decision: 'accept' } : { decision: 'reject', reason: 'The self-assessment questionnaire is incomplete: sections on financial solvency and security are missing.' };
      const decided = await call('POST', `/v1/applications/${applicationId}/acceptance`, officerToken, decision);
      if (decided.status !== 202) throw new Error(`deciding on ${company.name}: ${decided.status} ${JSON.stringify(decided.body)}`);
    }
    rows.push(`  ${company.name.padEnd(32)} ${company.region.padEnd(12)} ${company.statusType}  ${company.outcome.padEnd(8)} application ${applicationId}`);
  }
  console.log(`Demo data ready (applications service ${APPLICATIONS}):\n${rows.join('\n')}`);
  console.log(`\nA token to explore with (executive, national scope):\n  ${token({ sub: 'demo-executive', name: 'AEO programme executive', roles: [ROLES.executive] })}`);
}

main().catch((error) => {
  console.error(`demo data failed: ${error.stack ?? error}`);
  process.exit(1);
});
