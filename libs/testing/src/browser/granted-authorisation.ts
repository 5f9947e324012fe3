import { examineAndReport } from '../validation-api';
import { fileApplication } from '../file-application';
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

/**
 * A company registered (`registration`, by `callers.operator`) and its AEOS application taken
 * through acceptance, risk assessment, validation and the executive's grant by the running services
 * and worker; resolves once its authorisation is in the register and its revalidation workflow at
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
  const { applicationsUrl, validationUrl, callers } = options;
  const until = <T>(what: string, check: () => Promise<T>) =>
    waitFor(what, check, options.stepTimeoutMs ?? 180_000, 500);
  const call = async (method: string, url: string, token: string, body: unknown, status: number) => {
    const response = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json', authorization: token },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status !== status) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read field by field
    return response.status === 204 ? undefined : ((await response.json()) as any);
  };
  const get = (url: string, token: string) => call('GET', url, token, undefined, 200);

  const operator = await call('POST', `${applicationsUrl}/v1/operators`, callers.operator, options.registration, 201);
  const filed = await fileApplication(applicationsUrl, callers.operator, {
    operatorId: operator.id,
    statusType: 'AEOS',
    consentToMraSharing: true,
  });
  if (filed.submission?.status !== 200) throw new Error(`submitting: ${filed.submission?.status}`);
  const application = `${applicationsUrl}/v1/applications/${filed.applicationId}`;
  const stageOf = async () => (await get(`${application}/certification`, callers.officer)).stage;
  await until('the certification at acceptance', async () => (await stageOf()) === 'acceptance');
  await call('POST', `${application}/acceptance`, callers.officer, { decision: 'accept' }, 202);
  const validationCase = await until('the validation case', async () => {
    const cases = await get(`${validationUrl}/v1/validation-cases`, callers.validator);
    return (
      Array.isArray(cases) && cases.find((c: { applicationId: string }) => c.applicationId === filed.applicationId)
    );
  });
  const reported = await examineAndReport(validationUrl, callers.validator, validationCase.id, {
    recommendation: 'grant',
    summary: 'Desk review and site visit found no gaps.',
  });
  if (reported.status !== 200) throw new Error(`the validation report: ${reported.status} ${await reported.text()}`);
  await until('the certification at decision', async () => (await stageOf()) === 'decision');
  await call(
    'POST',
    `${application}/decision`,
    callers.executive,
    { decision: 'grant', reasons: ['All criteria of the programme are met.'] },
    200,
  );
  const authorisation = await until('the authorisation in the register', async () => {
    const register = await get(
      `${applicationsUrl}/v1/authorisations?region=${options.registration.region}`,
      callers.officer,
    );
    return (
      Array.isArray(register) &&
      register.find((entry: { applicationId: string }) => entry.applicationId === filed.applicationId)
    );
  });
  await until('the revalidation workflow at monitoring', async () => {
    const lifecycle = await get(
      `${applicationsUrl}/v1/authorisations/${authorisation.authorisationNumber}/lifecycle`,
      callers.officer,
    );
    return lifecycle.workflow?.stage === 'monitoring';
  });
  return {
    authorisationNumber: authorisation.authorisationNumber as string,
    applicationId: filed.applicationId,
    operatorId: operator.id as string,
  };
}
