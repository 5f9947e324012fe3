/**
 * The MRA demo through the mra service's public REST API: the arrangement with China (GACC)
 * walked to operational with GACC's signed list of 40 AEOs imported, and the one with Korea (KCS)
 * left in negotiation. Idempotent: an arrangement is found by its partner country and only the
 * steps it still lacks are taken; the key is registered again as it is and the same list bytes
 * import as "already imported".
 */
import { DEMO_ARRANGEMENTS, stepsToTarget, type DemoArrangement, type DemoRole } from './arrangements';
import {
  createArrangement,
  listArrangements,
  registerPartnerKey,
  stepRequest,
  uploadPartnerList,
  type DemoRequest,
} from './mra-demo-requests';
import type { MraPhase } from '@aeo/contracts';

const MRA = process.env['MRA_URL'] ?? 'http://127.0.0.1:3004';

/** A bearer token for the demo person of the role. */
export type TokenFor = (role: DemoRole) => string;

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are read field by field
  body: any;
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function send(request: DemoRequest, tokenFor: TokenFor): Promise<Answer> {
  const answer = await answerOf(
    await fetch(`${MRA}${request.path}`, {
      method: request.method,
      headers: {
        authorization: tokenFor(request.role),
        'content-type': 'application/json',
        'x-correlation-id': `demo-mra-${Date.now()}`,
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    }),
  );
  if (answer.status >= 300)
    throw new Error(`${request.method} ${request.path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer;
}

interface ArrangementAnswer {
  id: string;
  partnerCountry: string;
  phase: MraPhase;
}

/** Finds the demo arrangement (its open one: not terminated) or starts it, then takes the steps it still lacks. */
async function walk(arrangement: DemoArrangement, tokenFor: TokenFor): Promise<ArrangementAnswer> {
  const existing = ((await send(listArrangements(), tokenFor)).body as ArrangementAnswer[]).find(
    (candidate) => candidate.partnerCountry === arrangement.partnerCountry && candidate.phase !== 'terminated',
  );
  let current: ArrangementAnswer = existing ?? (await send(createArrangement(arrangement), tokenFor)).body;
  for (const step of stepsToTarget(arrangement, current.phase))
    current = (await send(stepRequest(current.id, step), tokenFor)).body;
  return current;
}

/** Registers GACC's demo key and imports its signed list under the operational arrangement. */
async function importPartnerList(arrangementId: string, tokenFor: TokenFor) {
  await send(registerPartnerKey(arrangementId), tokenFor);
  const upload = await uploadPartnerList(arrangementId);
  const form = new FormData();
  form.append('file', new Blob([upload.file.content], { type: upload.file.type }), upload.file.name);
  const answer = await answerOf(
    await fetch(`${MRA}${upload.path}`, {
      method: 'POST',
      headers: { authorization: tokenFor(upload.role), ...upload.headers },
      body: form,
    }),
  );
  if (answer.status >= 300) throw new Error(`importing GACC's list: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as { version: number; rows: number; alreadyImported: boolean };
}

/** Loads the MRA demo; answers a line per arrangement for the demo's summary. */
export async function loadMraDemoData(tokenFor: TokenFor): Promise<string[]> {
  const rows: string[] = [];
  for (const arrangement of DEMO_ARRANGEMENTS) {
    const walked = await walk(arrangement, tokenFor);
    let list = '';
    if (walked.phase === 'operational') {
      const imported = await importPartnerList(walked.id, tokenFor);
      list = `, partner list v${imported.version} (${imported.rows} AEOs${imported.alreadyImported ? ', already imported' : ''})`;
    }
    rows.push(`  MRA ${arrangement.partnerCountry}  ${walked.phase.padEnd(12)} arrangement ${walked.id}${list}`);
  }
  return rows;
}
