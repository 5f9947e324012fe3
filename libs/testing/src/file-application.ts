/**
 * Files a complete application through the REST API, as an operator would: a draft, the
 * self-assessment answers of the current programme version for its status type, a small PDF for
 * every question that needs evidence, then the submission. Used by end-to-end tests and the demo
 * data; `stopBefore` leaves it at an earlier step.
 */

/** A minimal valid PDF document (the service recognises documents by their content). */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** "No" is the compliant answer to these; "yes" to the others. */
const NEGATIVE = /infringements|criminal|insolvency/;

interface Question {
  id: string;
  answer: 'yes-no' | 'text';
  evidenceRequired: boolean;
}

export interface FiledApplication {
  applicationId: string;
  /** The submission's response (undefined when stopped before submitting). */
  submission?: Response;
}

export async function fileApplication(
  baseUrl: string,
  auth: string,
  body: { operatorId: string; statusType: 'AEOC' | 'AEOS' | 'AEOF'; consentToMraSharing: boolean },
  options: { correlationId?: string; stopBefore?: 'answers' | 'submission' } = {},
): Promise<FiledApplication> {
  const headers = {
    authorization: auth,
    'content-type': 'application/json',
    ...(options.correlationId ? { 'x-correlation-id': options.correlationId } : {}),
  };
  const expectOk = async (response: Response, what: string) => {
    if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
    return response;
  };
  const draft = (await (
    await expectOk(
      await fetch(`${baseUrl}/v1/applications`, { method: 'POST', headers, body: JSON.stringify(body) }),
      'creating the draft',
    )
  ).json()) as { id: string };
  const applicationId = draft.id as string;
  if (options.stopBefore === 'answers') return { applicationId };

  const programme = (await (
    await expectOk(await fetch(`${baseUrl}/v1/programme`, { headers }), 'reading the programme')
  ).json()) as {
    document: {
      statusTypes: { code: string; sections: string[] }[];
      sections: { id: string; questions: Question[] }[];
    };
  };
  const type = programme.document.statusTypes.find((t) => t.code === body.statusType);
  if (!type) throw new Error(`status type ${body.statusType} is not in the programme`);
  const questions = programme.document.sections.filter((s) => type.sections.includes(s.id)).flatMap((s) => s.questions);
  const answers = questions.map((q) => ({
    questionId: q.id,
    value:
      q.answer === 'yes-no'
        ? NEGATIVE.test(q.id)
          ? 'no'
          : 'yes'
        : `Documented in the company's procedures manual, section ${q.id}.`,
  }));
  await expectOk(
    await fetch(`${baseUrl}/v1/applications/${applicationId}/answers`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ answers }),
    }),
    'saving the answers',
  );
  for (const question of questions.filter((q) => q.evidenceRequired)) {
    const form = new FormData();
    form.append('questionId', question.id);
    form.append('file', new Blob([SAMPLE_PDF], { type: 'application/pdf' }), `${question.id}.pdf`);
    const { 'content-type': _json, ...multipart } = headers;
    await expectOk(
      await fetch(`${baseUrl}/v1/applications/${applicationId}/documents`, {
        method: 'POST',
        headers: multipart,
        body: form,
      }),
      `uploading evidence for ${question.id}`,
    );
  }
  if (options.stopBefore === 'submission') return { applicationId };
  const submission = await fetch(`${baseUrl}/v1/applications/${applicationId}/submission`, { method: 'POST', headers });
  return { applicationId, submission };
}
