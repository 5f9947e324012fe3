/**
 * Demo data through the public REST APIs (so it exercises validation, auth, outbox, Kafka and
 * workflows like real traffic): operators in several regions and an application at each stage
 * of certification (draft, acceptance, validation, decision, hearing, granted, rejected), so a
 * new user sees the whole lifecycle at once; and the mutual recognition arrangements (mra/: China
 * operational with its partner list imported, Korea in negotiation); and two pilots of the programme
 * with these companies (pilots/: one running, one ended); and two broken declarations whose dead
 * letters the operations console shows (operations/). Idempotent: running it again changes nothing.
 */
import { ROLES, AuthenticatedUser } from '@aeo/auth';
import { passwordLoginToken } from '@aeo/auth/provider-tokens';
import { examineAndReport } from '@aeo/testing';
import { fileApplication } from '../../../services/applications/src/testing/file-application';
import { loadMraDemoData } from './mra/load-mra-demo-data';
import { loadDeadLetterDemoData } from './operations/load-dead-letter-demo-data';
import { loadPilotDemoData } from './pilots/load-pilot-demo-data';
import type { PilotDemoCompany } from './pilots/pilot-plans';

const APPLICATIONS = process.env['APPLICATIONS_URL'] ?? 'http://127.0.0.1:3001';
const VALIDATION = process.env['VALIDATION_URL'] ?? 'http://127.0.0.1:3002';
const NOTIFICATIONS = process.env['NOTIFICATIONS_URL'] ?? 'http://127.0.0.1:3005';
const WEBHOOK_SINK = process.env['DEV_SINKS_URL'] ?? 'http://127.0.0.1:3007';
const ISSUER = process.env['AUTH_ISSUER'] ?? 'http://127.0.0.1:3010';
/** Real tokens of the identity provider's demo users (their login form), taken once before loading. */
const bearers = new Map<string, string>();
async function logInDemoUsers(subs: string[]): Promise<void> {
  for (const sub of new Set(subs)) {
    const answer = await passwordLoginToken({
      issuer: ISSUER,
      login: sub,
      password: process.env['AEO_TOKEN_PASSWORD'] ?? 'aeo-demo',
      scope: 'openid aeo.api',
    });
    bearers.set(sub, `Bearer ${answer.access_token}`);
  }
}
/** The demo user's bearer token (the claims name who; the provider decides what the token says). */
const token = (claims: AuthenticatedUser): string => {
  const bearer = bearers.get(claims.sub);
  if (!bearer) throw new Error(`demo user ${claims.sub} was not logged in (logInDemoUsers)`);
  return bearer;
};

interface DemoCompany {
  taxpayerId: string;
  name: string;
  region: string;
  city: string;
  roles: string[];
  language: 'mn' | 'en';
  statusType: 'AEOC' | 'AEOS' | 'AEOF';
  /** Where its application is left. */
  stage:
    | 'draft'
    | 'acceptance'
    | 'rejected'
    | 'validation'
    | 'decision'
    | 'hearing'
    | 'granted'
    | 'early-revalidation'
    | 'suspended';
}

const COMPANIES: DemoCompany[] = [
  {
    taxpayerId: '5012345',
    name: 'Tavan Bogd Trade LLC',
    region: 'ULAANBAATAR',
    city: 'Ulaanbaatar',
    roles: ['importer', 'exporter'],
    language: 'mn',
    statusType: 'AEOF',
    stage: 'granted',
  },
  {
    taxpayerId: '5023456',
    name: 'Gobi Logistics LLC',
    region: 'ULAANBAATAR',
    city: 'Ulaanbaatar',
    roles: ['freight-forwarder', 'customs-broker'],
    language: 'en',
    statusType: 'AEOS',
    stage: 'acceptance',
  },
  {
    taxpayerId: '5034567',
    name: 'Darkhan Steel Works JSC',
    region: 'DARKHAN',
    city: 'Darkhan',
    roles: ['manufacturer', 'exporter'],
    language: 'mn',
    statusType: 'AEOC',
    stage: 'validation',
  },
  {
    taxpayerId: '5045678',
    name: 'Erdenet Copper Export LLC',
    region: 'ERDENET',
    city: 'Erdenet',
    roles: ['exporter'],
    language: 'en',
    statusType: 'AEOF',
    stage: 'rejected',
  },
  {
    taxpayerId: '5056789',
    name: 'Zamyn-Uud Border Warehouse LLC',
    region: 'ZAMYN_UUD',
    city: 'Zamyn-Uud',
    roles: ['warehouse-keeper', 'carrier'],
    language: 'mn',
    statusType: 'AEOS',
    stage: 'decision',
  },
  {
    taxpayerId: '5067890',
    name: 'Selenge Grain Traders LLC',
    region: 'SELENGE',
    city: 'Sukhbaatar',
    roles: ['importer'],
    language: 'mn',
    statusType: 'AEOC',
    stage: 'hearing',
  },
  {
    taxpayerId: '5089012',
    name: 'Dornod Fuel Import LLC',
    region: 'DORNOD',
    city: 'Choibalsan',
    roles: ['importer', 'carrier'],
    language: 'mn',
    statusType: 'AEOC',
    stage: 'early-revalidation',
  },
  {
    taxpayerId: '5090123',
    name: 'Umnugovi Mining Supply LLC',
    region: 'UMNUGOVI',
    city: 'Dalanzadgad',
    roles: ['importer'],
    language: 'en',
    statusType: 'AEOS',
    stage: 'suspended',
  },
  {
    taxpayerId: '5078901',
    name: 'Khovd Cashmere Export LLC',
    region: 'KHOVD',
    city: 'Khovd',
    roles: ['manufacturer', 'exporter'],
    language: 'en',
    statusType: 'AEOC',
    stage: 'draft',
  },
];

async function call(
  method: string,
  path: string,
  auth: string,
  body?: unknown,
  base = APPLICATIONS,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON responses are read field by field
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json', 'x-correlation-id': `demo-${Date.now()}` },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Waits until the application's certification workflow reaches `stage`. */
async function waitForStage(applicationId: string, auth: string, stage: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    const state = await call('GET', `/v1/applications/${applicationId}/certification`, auth);
    if (state.status === 200 && state.body.stage === stage) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`certification of ${applicationId} did not reach ${stage} within 2 minutes`);
}

/** Takes a freshly submitted application to its demo stage through the people's APIs. */
async function advance(company: DemoCompany, applicationId: string, officerToken: string): Promise<void> {
  const executiveToken = token({ sub: 'demo-executive', name: 'AEO programme executive', roles: [ROLES.executive] });
  const validatorToken = token({
    sub: `demo-validator-${company.region.toLowerCase()}`,
    name: `${company.region} validator`,
    roles: [ROLES.validator],
    region: company.region,
  });
  const expect = (result: { status: number; body: unknown }, what: string) => {
    if (result.status >= 300)
      throw new Error(`${what} for ${company.name}: ${result.status} ${JSON.stringify(result.body)}`);
  };
  await waitForStage(applicationId, officerToken, 'acceptance');
  if (company.stage === 'acceptance') return;
  if (company.stage === 'rejected') {
    expect(
      await call('POST', `/v1/applications/${applicationId}/acceptance`, officerToken, {
        decision: 'reject',
        reason: 'The financial statements attached do not cover the last three years.',
      }),
      'rejecting',
    );
    return;
  }
  expect(
    await call('POST', `/v1/applications/${applicationId}/acceptance`, officerToken, { decision: 'accept' }),
    'accepting',
  );
  await waitForStage(applicationId, officerToken, 'validation');
  if (company.stage === 'validation') return;
  const cases = await call('GET', '/v1/validation-cases', validatorToken, undefined, VALIDATION);
  const validationCase = cases.body?.find((c: { applicationId: string }) => c.applicationId === applicationId);
  if (!validationCase) throw new Error(`no validation case for ${company.name}`);
  const refuse = company.stage === 'hearing';
  const reported = await examineAndReport(VALIDATION, validatorToken, validationCase.id, {
    recommendation: refuse ? 'refuse' : 'grant',
    summary: refuse
      ? 'No security plan for the grain silos; access control is missing.'
      : 'Desk review and site visit found the criteria met.',
    findings: refuse ? { 'accounting.internal-control': 'major' } : {},
  });
  if (!reported.ok) throw new Error(`reporting for ${company.name}: ${reported.status} ${await reported.text()}`);
  await waitForStage(applicationId, officerToken, 'decision');
  if (company.stage === 'decision') return;
  const decision = refuse
    ? { decision: 'refuse', reasons: ['No security plan for the grain silos; access control is missing.'] }
    : { decision: 'grant', reasons: ['All criteria of the programme are met.'] };
  expect(await call('POST', `/v1/applications/${applicationId}/decision`, executiveToken, decision), 'deciding');
  if (company.stage === 'early-revalidation' || company.stage === 'suspended') await afterGrant(company);
}

/** After the grant: an early revalidation asked for by the regional office, or a suspension of the security part. */
async function afterGrant(company: DemoCompany): Promise<void> {
  const executiveToken = token({ sub: 'demo-executive', name: 'AEO programme executive', roles: [ROLES.executive] });
  let number: string | undefined;
  for (let i = 0; i < 120 && !number; i++) {
    const list = await call('GET', `/v1/authorisations?region=${company.region}`, executiveToken);
    number = list.body?.find((a: { taxpayerId: string }) => a.taxpayerId === company.taxpayerId)?.authorisationNumber;
    if (!number) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!number) throw new Error(`no authorisation for ${company.name}`);
  for (let i = 0; i < 120; i++) {
    if (
      (await call('GET', `/v1/authorisations/${number}/lifecycle`, executiveToken)).body?.workflow?.stage ===
      'monitoring'
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const result =
    company.stage === 'early-revalidation'
      ? await call(
          'POST',
          `/v1/authorisations/${number}/revalidation-requests`,
          token({
            sub: `demo-office-${company.region.toLowerCase()}`,
            name: `${company.region} regional office`,
            roles: [ROLES.regionalOffice],
            region: company.region,
          }),
          {
            reason: 'Fuel shipments at the Ereentsav border post repeatedly declared below the reference price.',
            siteVisit: true,
          },
        )
      : await call('POST', `/v1/authorisations/${number}/suspension`, executiveToken, {
          grounds: ['The access control of the explosives store failed the unannounced security check.'],
          scope: 'security',
        });
  if (result.status >= 300)
    throw new Error(`${company.stage} for ${company.name}: ${result.status} ${JSON.stringify(result.body)}`);
}

/** Who gets notified: staff contacts per region, the executive, the policy unit and operations, and a platform's webhook. */
async function setUpNotifications(regions: Set<string>): Promise<void> {
  const operations = token({ sub: 'demo-operations', name: 'Platform operations', roles: [ROLES.operations] });
  const staff = [
    { sub: 'demo-executive', name: 'AEO programme executive', roles: [ROLES.executive], region: null, language: 'mn' },
    { sub: 'demo-operations', name: 'Platform operations', roles: [ROLES.operations], region: null, language: 'en' },
    { sub: 'demo-mra-officer', name: 'MRA officer', roles: [ROLES.mraOfficer], region: null, language: 'mn' },
    // Deviation cases and threshold changes are addressed to the policy unit.
    { sub: 'demo-policy-unit', name: 'AEO policy unit', roles: [ROLES.policyUnit], region: null, language: 'mn' },
    ...[...regions].flatMap((region) => [
      {
        sub: `demo-officer-${region.toLowerCase()}`,
        name: `${region} contact officer`,
        roles: [ROLES.contactOfficer],
        region,
        language: 'mn',
      },
      {
        sub: `demo-office-${region.toLowerCase()}`,
        name: `${region} regional office`,
        roles: [ROLES.regionalOffice],
        region,
        language: 'mn',
      },
      {
        sub: `demo-validator-${region.toLowerCase()}`,
        name: `${region} validator`,
        roles: [ROLES.validator],
        region,
        language: 'en',
      },
    ]),
  ];
  for (const person of staff) {
    const saved = await call(
      'PUT',
      `/v1/staff-contacts/${person.sub}`,
      operations,
      {
        name: person.name,
        email: `${person.sub}@customs.demo.mn`,
        language: person.language,
        roles: person.roles,
        region: person.region,
      },
      NOTIFICATIONS,
    );
    if (saved.status >= 300)
      throw new Error(`staff contact ${person.sub}: ${saved.status} ${JSON.stringify(saved.body)}`);
  }
  const existing = (await call('GET', '/v1/webhook-subscriptions', operations, undefined, NOTIFICATIONS))
    .body as Array<{ platform: string; active: boolean }>;
  if (!existing.some((subscription) => subscription.platform === 'single-window' && subscription.active)) {
    const created = await call(
      'POST',
      '/v1/webhook-subscriptions',
      operations,
      { platform: 'single-window', url: `${WEBHOOK_SINK}/webhooks/single-window`, eventTypes: ['*'] },
      NOTIFICATIONS,
    );
    if (created.status >= 300)
      throw new Error(`webhook subscription: ${created.status} ${JSON.stringify(created.body)}`);
  }
}

async function main(): Promise<void> {
  const regionNames = [...new Set(COMPANIES.map((c) => c.region.toLowerCase()))];
  await logInDemoUsers([
    ...['demo-executive', 'demo-operations', 'demo-mra-officer', 'demo-policy-unit'],
    ...regionNames.flatMap((r) => [`demo-officer-${r}`, `demo-validator-${r}`, `demo-office-${r}`]),
    ...COMPANIES.map((c) => `demo-trader-${c.taxpayerId}`),
  ]);
  const rows: string[] = [];
  const registeredCompanies: PilotDemoCompany[] = [];
  await setUpNotifications(new Set(COMPANIES.map((c) => c.region)));
  // Each region's office registers a validator; cases are assigned to the least busy one.
  for (const region of new Set(COMPANIES.map((c) => c.region))) {
    const office = token({
      sub: `demo-office-${region.toLowerCase()}`,
      name: `${region} regional office`,
      roles: [ROLES.regionalOffice],
      region,
    });
    const registered = await call(
      'POST',
      '/v1/validators',
      office,
      { sub: `demo-validator-${region.toLowerCase()}`, name: `${region} validator`, region },
      VALIDATION,
    );
    if (registered.status >= 300)
      throw new Error(`registering the ${region} validator: ${registered.status} ${JSON.stringify(registered.body)}`);
  }
  for (const company of COMPANIES) {
    const operatorToken = token({
      sub: `demo-trader-${company.taxpayerId}`,
      name: `${company.name} compliance officer`,
      roles: [ROLES.operatorUser],
      taxpayerId: company.taxpayerId,
    });
    const officerToken = token({
      sub: `demo-officer-${company.region.toLowerCase()}`,
      name: `${company.region} contact officer`,
      roles: [ROLES.contactOfficer],
      region: company.region,
    });

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
    if (registered.status === 409)
      registered = { status: 200, body: (await call('GET', '/v1/operators', operatorToken)).body[0] };
    if (registered.status >= 300)
      throw new Error(`registering ${company.name}: ${registered.status} ${JSON.stringify(registered.body)}`);
    const operatorId = registered.body.id as string;

    // Idempotent: an application of this status type (in any state) from an earlier run is reused as it is.
    const existing = (await call('GET', `/v1/applications?operatorId=${operatorId}`, operatorToken)).body?.find(
      (a: { statusType: string }) => a.statusType === company.statusType,
    );
    let applicationId = existing?.id as string | undefined;
    if (!applicationId) {
      const filed = await fileApplication(
        APPLICATIONS,
        operatorToken,
        { operatorId, statusType: company.statusType, consentToMraSharing: true },
        company.stage === 'draft' ? { stopBefore: 'submission' } : {},
      );
      applicationId = filed.applicationId;
      if (filed.submission && !filed.submission.ok)
        throw new Error(`submitting for ${company.name}: ${filed.submission.status} ${await filed.submission.text()}`);
      if (company.stage !== 'draft') await advance(company, applicationId, officerToken);
    }
    registeredCompanies.push({ ...company, operatorId });
    rows.push(
      `  ${company.name.padEnd(32)} ${company.taxpayerId}  ${company.region.padEnd(12)} ${company.statusType}  ${company.stage.padEnd(10)} application ${applicationId}`,
    );
  }
  const executive = token({ sub: 'demo-executive', name: 'AEO programme executive', roles: [ROLES.executive] });
  const mraOfficer = token({ sub: 'demo-mra-officer', name: 'MRA officer', roles: [ROLES.mraOfficer] });
  rows.push(...(await loadMraDemoData((role) => (role === 'executive' ? executive : mraOfficer))));
  rows.push(...(await loadPilotDemoData(token, registeredCompanies)));
  const operations = token({ sub: 'demo-operations', name: 'Operations', roles: [ROLES.operations] });
  rows.push(...(await loadDeadLetterDemoData(operations, COMPANIES[0]!)));
  console.log(`Demo data ready (applications service ${APPLICATIONS}):\n${rows.join('\n')}`);
  console.log(
    `\nDemo users of the identity provider ${ISSUER} (login as shown, password aeo-demo; tokens from \`npm run -s token -- …\`):\n` +
      '  trader of a company      demo-trader-<taxpayer id>        --role operator-user --taxpayer <taxpayer id above>\n' +
      '  contact officer          demo-officer-<region, lower>     --role contact-officer --region <REGION>\n' +
      '  validator                demo-validator-<region, lower>   --role validator --region <REGION>\n' +
      '  regional office          demo-office-<region, lower>      --role regional-office --region <REGION>\n' +
      '  executive                demo-executive                   --role executive\n' +
      '  policy unit              demo-policy-unit                 --role policy-unit\n' +
      '  MRA officer              demo-mra-officer                 --role mra-officer\n' +
      '  operations               demo-operations                  --role operations\n' +
      '  partner customs (GACC)   demo-gacc                        --role partner-customs --country CN\n' +
      '  backend platforms        --client single-window --scope aeo.status.read (client credentials)',
  );
  console.log(`\nA token to explore with (executive, national scope):\n  ${executive}`);
}

main().catch((error) => {
  console.error(`demo data failed: ${error.stack ?? error}`);
  process.exit(1);
});
