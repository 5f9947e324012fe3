/**
 * Carries a validation case through its examination over the validation service's REST API, as
 * a validator would: a finding on every checklist item, a site visit scheduled with the notice
 * the service requires and then completed, and the report. Used by end-to-end tests and the
 * demo data.
 */
export async function examineAndReport(
  baseUrl: string,
  validatorToken: string,
  caseId: string,
  options: { recommendation: 'grant' | 'grant-with-conditions' | 'refuse'; summary: string; noticeDays?: number; findings?: Record<string, 'compliant' | 'minor' | 'major' | 'critical'> },
): Promise<Response> {
  const headers = { authorization: validatorToken, 'content-type': 'application/json' };
  const ok = async (response: Response, what: string) => {
    if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
    return response;
  };
  const checklist = (await (await ok(await fetch(`${baseUrl}/v1/validation-cases/${caseId}/checklist`, { headers }), 'reading the checklist')).json()) as { questionId: string }[];
  for (const item of checklist) {
    const finding = options.findings?.[item.questionId] ?? 'compliant';
    await ok(
      await fetch(`${baseUrl}/v1/validation-cases/${caseId}/checklist/${item.questionId}`, { method: 'PUT', headers, body: JSON.stringify({ finding, notes: `Examined on the records and on site: ${finding}.`, evidence: [`records for ${item.questionId}`] }) }),
      `recording the finding on ${item.questionId}`,
    );
  }
  const scheduledFor = new Date(Date.now() + ((options.noticeDays ?? 30) + 1) * 86_400_000).toISOString();
  const visit = (await (await ok(await fetch(`${baseUrl}/v1/validation-cases/${caseId}/visits`, { method: 'POST', headers, body: JSON.stringify({ scheduledFor }) }), 'scheduling the visit')).json()) as { visitId: string };
  await ok(await fetch(`${baseUrl}/v1/validation-cases/${caseId}/visits/${visit.visitId}/completion`, { method: 'POST', headers, body: JSON.stringify({ notes: 'Premises, access control and records seen on site.' }) }), 'completing the visit');
  return fetch(`${baseUrl}/v1/validation-cases/${caseId}/report`, { method: 'POST', headers, body: JSON.stringify({ recommendation: options.recommendation, summary: options.summary }) });
}
