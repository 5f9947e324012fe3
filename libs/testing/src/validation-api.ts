/**
 * Carries a validation case through its examination over the validation service's REST API, as
 * a validator would: a finding on every checklist item, a site visit scheduled, held once its
 * date has come and completed, and the report. A visit cannot be completed before its announced
 * date, so the service must run with `VISIT_NOTICE_DAYS=0` (as the end-to-end tests and the
 * local platform's demo data do): the visit is announced a few seconds ahead and awaited. Used
 * by end-to-end tests and the demo data.
 */
export async function examineAndReport(
  baseUrl: string,
  validatorToken: string,
  caseId: string,
  options: {
    recommendation: 'grant' | 'grant-with-conditions' | 'refuse';
    summary: string;
    findings?: Record<string, 'compliant' | 'minor' | 'major' | 'critical'>;
  },
): Promise<Response> {
  await examineCase(baseUrl, validatorToken, caseId, options);
  return fetch(`${baseUrl}/v1/validation-cases/${caseId}/report`, {
    method: 'POST',
    headers: { authorization: validatorToken, 'content-type': 'application/json' },
    body: JSON.stringify({ recommendation: options.recommendation, summary: options.summary }),
  });
}

/**
 * The examination of examineAndReport without the report: a finding on every checklist item but
 * the first `leaveFirst` (left for the test to record), the site visit held. Returns the checklist's
 * question ids in order.
 */
export async function examineCase(
  baseUrl: string,
  validatorToken: string,
  caseId: string,
  options: { findings?: Record<string, 'compliant' | 'minor' | 'major' | 'critical'>; leaveFirst?: number } = {},
): Promise<string[]> {
  const headers = { authorization: validatorToken, 'content-type': 'application/json' };
  const ok = async (response: Response, what: string) => {
    if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
    return response;
  };
  const checklist = (await (
    await ok(await fetch(`${baseUrl}/v1/validation-cases/${caseId}/checklist`, { headers }), 'reading the checklist')
  ).json()) as { questionId: string }[];
  for (const item of checklist.slice(options.leaveFirst ?? 0)) {
    const finding = options.findings?.[item.questionId] ?? 'compliant';
    await ok(
      await fetch(`${baseUrl}/v1/validation-cases/${caseId}/checklist/${item.questionId}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({
          finding,
          notes: `Examined on the records and on site: ${finding}.`,
          evidence: [`records for ${item.questionId}`],
        }),
      }),
      `recording the finding on ${item.questionId}`,
    );
  }
  const visitLeadMs = 2_000;
  const scheduledFor = new Date(Date.now() + visitLeadMs).toISOString();
  const visit = (await (
    await ok(
      await fetch(`${baseUrl}/v1/validation-cases/${caseId}/visits`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ scheduledFor }),
      }),
      'scheduling the visit (the service needs VISIT_NOTICE_DAYS=0)',
    )
  ).json()) as { visitId: string };
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, new Date(scheduledFor).getTime() - Date.now()) + 500));
  await ok(
    await fetch(`${baseUrl}/v1/validation-cases/${caseId}/visits/${visit.visitId}/completion`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ notes: 'Premises, access control and records seen on site.' }),
    }),
    'completing the visit',
  );
  return checklist.map((item) => item.questionId);
}
