import { randomBytes } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import { createTestDatabase, type TestDatabase } from '../database';
import { examineCase } from '../validation-api';
import { fileApplication } from '../file-application';
import type { RunningProcess } from '../processes';
import { startServiceProcess, startWorkerProcess } from '../service-processes';
import { ensureTemporalNamespace } from '../temporal-namespace';
import { bearer } from '../tokens';
import { uniqueName } from '../kafka';
import { waitFor } from '../wait-for';

/** The callers of a certification's steps: their `Authorization` headers (`bearer(...)`). */
export interface CertificationCallers {
  /** The company's administrator (registers it, files and submits). */
  operator: string;
  /** A contact officer of the company's region (accepts). */
  officer: string;
  /** The region's validator (examines and reports). */
  validator: string;
  /** An executive (grants). */
  executive: string;
}

/** Calls of the certification's steps with the given `Authorization` header, failing on another status. */
async function call(method: string, url: string, token: string, body: unknown, status: number) {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', authorization: token },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status !== status) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read field by field
  return response.status === 204 ? undefined : ((await response.json()) as any);
}
const get = (url: string, token: string) => call('GET', url, token, undefined, 200);

/**
 * A submitted application (`applicationId`, of a company in `region`) taken through acceptance,
 * risk assessment, validation and the executive's grant by the running services and worker;
 * `atAcceptance` runs once the certification waits for acceptance (an information request, its
 * answer), before the officer accepts; `beforeReport` once the case is examined and its site visit
 * held (a corrective action, its answer), before the validator's report; `beforeGrant` once the
 * certification waits for the decision (a refusal proposed, the hearing), before the grant.
 * Resolves with the authorisation number once it is in the register and its revalidation workflow
 * at monitoring. Each step waits up to `stepTimeoutMs`.
 */
export async function certifyToGrant(options: {
  applicationsUrl: string;
  validationUrl: string;
  callers: Omit<CertificationCallers, 'operator'>;
  applicationId: string;
  region: string;
  atAcceptance?: () => Promise<void>;
  beforeReport?: (caseId: string) => Promise<void>;
  beforeGrant?: () => Promise<void>;
  stepTimeoutMs?: number;
}): Promise<string> {
  const { applicationsUrl, validationUrl, callers, applicationId } = options;
  const until = <T>(what: string, check: () => Promise<T>) =>
    waitFor(what, check, options.stepTimeoutMs ?? 180_000, 500);
  const application = `${applicationsUrl}/v1/applications/${applicationId}`;
  const stageOf = async () => (await get(`${application}/certification`, callers.officer)).stage;
  await until('the certification at acceptance', async () => (await stageOf()) === 'acceptance');
  await options.atAcceptance?.();
  await call('POST', `${application}/acceptance`, callers.officer, { decision: 'accept' }, 202);
  const validationCase = await until('the validation case', async () => {
    const cases = await get(`${validationUrl}/v1/validation-cases`, callers.validator);
    return Array.isArray(cases) && cases.find((c: { applicationId: string }) => c.applicationId === applicationId);
  });
  await examineCase(validationUrl, callers.validator, validationCase.id);
  await options.beforeReport?.(validationCase.id);
  await call(
    'POST',
    `${validationUrl}/v1/validation-cases/${validationCase.id}/report`,
    callers.validator,
    { recommendation: 'grant', summary: 'Desk review and site visit found no gaps.' },
    200,
  );
  await until('the certification at decision', async () => (await stageOf()) === 'decision');
  await options.beforeGrant?.();
  await call(
    'POST',
    `${application}/decision`,
    callers.executive,
    { decision: 'grant', reasons: ['All criteria of the programme are met.'] },
    200,
  );
  const authorisation = await until('the authorisation in the register', async () => {
    const register = await get(`${applicationsUrl}/v1/authorisations?region=${options.region}`, callers.officer);
    return (
      Array.isArray(register) &&
      register.find((entry: { applicationId: string }) => entry.applicationId === applicationId)
    );
  });
  await until('the revalidation workflow at monitoring', async () => {
    const lifecycle = await get(
      `${applicationsUrl}/v1/authorisations/${authorisation.authorisationNumber}/lifecycle`,
      callers.officer,
    );
    return lifecycle.workflow?.stage === 'monitoring';
  });
  return authorisation.authorisationNumber as string;
}

/**
 * A company registered (`registration`, by `callers.operator`) and its AEOS application taken
 * through acceptance, risk assessment, validation and the executive's grant (certifyToGrant);
 * resolves once its authorisation is in the register and its revalidation workflow at
 * monitoring. For the browser tests that need an authorisation in force (the console's register,
 * the portal's public register). Each step waits up to `stepTimeoutMs` (minutes on a shared machine).
 */
export async function grantAuthorisation(options: {
  applicationsUrl: string;
  validationUrl: string;
  callers: CertificationCallers;
  registration: { region: string } & Record<string, unknown>;
  stepTimeoutMs?: number;
}): Promise<{ authorisationNumber: string; applicationId: string; operatorId: string }> {
  const { applicationsUrl, callers } = options;
  const operator = await call('POST', `${applicationsUrl}/v1/operators`, callers.operator, options.registration, 201);
  const filed = await fileApplication(applicationsUrl, callers.operator, {
    operatorId: operator.id,
    statusType: 'AEOS',
    consentToMraSharing: true,
  });
  if (filed.submission?.status !== 200) throw new Error(`submitting: ${filed.submission?.status}`);
  const authorisationNumber = await certifyToGrant({
    ...options,
    applicationId: filed.applicationId,
    region: options.registration.region,
  });
  return { authorisationNumber, applicationId: filed.applicationId, operatorId: operator.id as string };
}

/**
 * What a browser test needs for certifyToGrant: applications, validation (visits without notice)
 * and risk management on throwaway databases (`<label>_apps`, `_valid`, `_risk`), the worker, all in
 * a Temporal namespace of the test's, and a validator of `region` (`demo-validator-<region>`, the
 * `validator` caller's sub). What started goes into `processes` and `databases` (for endBrowserTest)
 * even when another part failed.
 */
export async function startCertificationServices(options: {
  label: string;
  region: string;
  processes: RunningProcess[];
  databases: TestDatabase[];
}): Promise<{ applications: RunningProcess; validation: RunningProcess; namespace: string; validatorSub: string }> {
  const namespace = `${options.label}-e2e-${randomBytes(3).toString('hex')}`;
  const env = { TEMPORAL_NAMESPACE: namespace };
  const groupSuffix = `.${uniqueName(`${options.label}-e2e`)}`;
  await ensureTemporalNamespace(namespace);
  const [appsDb, validationDb, riskDb] = await Promise.all(
    ['apps', 'valid', 'risk'].map((suffix) => createTestDatabase(`${options.label}_${suffix}`)),
  );
  options.databases.push(appsDb!, validationDb!, riskDb!);
  const started = await Promise.allSettled([
    startServiceProcess('applications', { databaseUrl: appsDb!.url, groupSuffix, env, readyTimeoutMs: 150_000 }),
    startServiceProcess('validation', {
      databaseUrl: validationDb!.url,
      groupSuffix,
      env: { ...env, VISIT_NOTICE_DAYS: '0' },
      readyTimeoutMs: 150_000,
    }),
    startServiceProcess('risk-management', { databaseUrl: riskDb!.url, groupSuffix, env, readyTimeoutMs: 150_000 }),
    startWorkerProcess(env, 150_000),
  ]);
  for (const result of started) if (result.status === 'fulfilled') options.processes.push(result.value);
  for (const result of started) if (result.status === 'rejected') throw result.reason;
  const [applications, validation] = started.map((result) => (result as PromiseFulfilledResult<RunningProcess>).value);
  const validatorSub = `demo-validator-${options.region.toLowerCase()}`;
  await call(
    'POST',
    `${validation!.url}/v1/validators`,
    bearer({ sub: `office-${options.region.toLowerCase()}`, roles: [ROLES.regionalOffice], region: options.region }),
    { sub: validatorSub, name: `${options.region} validator`, region: options.region },
    201,
  );
  return { applications: applications!, validation: validation!, namespace, validatorSub };
}
