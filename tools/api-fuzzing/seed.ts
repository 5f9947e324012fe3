/**
 * A small seed for the API fuzzing run, through the public APIs only: a company registered in a
 * region with a draft and a submitted application, the region's validator, staff contacts and
 * a webhook subscription (records the services learn from events, such as validation cases, stay
 * empty: the run keeps Kafka away). The fuzzer's users (fuzz-tokens.ts) own
 * these records, so reads find something and writes meet real states.
 */
import { fileApplication } from '../../services/applications/src/testing/file-application';
import { FUZZ_COMPANY, FUZZ_REGION, FuzzTokens } from './fuzz-tokens';

type Urls = Record<'applications' | 'validation' | 'notifications', string>;

async function call(method: string, url: string, token: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: { authorization: token, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`seeding: ${method} ${url} answered ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

export async function seedThroughApis(urls: Urls, tokens: FuzzTokens): Promise<void> {
  const { bearer } = tokens;
  const operator = (await call('POST', `${urls.applications}/v1/operators`, bearer['operator-user'], {
    taxpayerId: FUZZ_COMPANY.taxpayerId,
    name: FUZZ_COMPANY.name,
    legalForm: 'LLC',
    region: FUZZ_REGION,
    customsOffice: `${FUZZ_REGION}-01`,
    supplyChainRoles: ['importer', 'exporter'],
    address: { street: 'Central street 1', city: 'Darkhan', country: 'MN' },
    contact: { name: 'Compliance officer', email: 'aeo@fuzz.example', language: 'en' },
  })) as { id: string };
  await fileApplication(
    urls.applications,
    bearer['operator-user'],
    { operatorId: operator.id, statusType: 'AEOC', consentToMraSharing: true },
    { stopBefore: 'submission' },
  );
  const submitted = await fileApplication(urls.applications, bearer['operator-user'], {
    operatorId: operator.id,
    statusType: 'AEOF',
    consentToMraSharing: false,
  });
  if (!submitted.submission?.ok) throw new Error(`seeding: submission answered ${submitted.submission?.status}`);

  await call('POST', `${urls.validation}/v1/validators`, bearer['regional-office'], {
    sub: tokens.users['validator'].sub,
    name: 'Fuzz validator',
    region: FUZZ_REGION,
  });

  for (const role of ['contact-officer', 'regional-office', 'validator', 'executive', 'operations'] as const) {
    const user = tokens.users[role];
    await call('PUT', `${urls.notifications}/v1/staff-contacts/${user.sub}`, bearer['operations'], {
      name: `Fuzz ${role}`,
      email: `${user.sub}@customs.example`,
      language: 'en',
      roles: [role],
      region: user.region ?? null,
    });
  }
  await call('POST', `${urls.notifications}/v1/webhook-subscriptions`, bearer['operations'], {
    platform: 'single-window',
    url: 'https://single-window.example/webhooks/aeo',
    eventTypes: ['*'],
  });
}
