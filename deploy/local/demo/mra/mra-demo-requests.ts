/**
 * The requests the MRA demo sends to the mra service's public REST API, as pure functions (the
 * loader, load-mra-demo-data.ts, only sends them and reads the answers).
 */
import { DEMO_PARTNER_COUNTRY, demoPartnerListUpload, demoPartnerPublicJwk } from './partner-list';
import { roleFor, type DemoArrangement, type DemoRole, type DemoStep } from './arrangements';

export interface DemoRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  /** Whose token sends it: signing needs an executive, everything else is the MRA officer's. */
  role: DemoRole;
  body?: unknown;
}

/** The list of arrangements, to find the demo's by partner country. */
export const listArrangements = (): DemoRequest => ({ method: 'GET', path: '/v1/arrangements', role: 'mra-officer' });

/** Starts an arrangement in preparation (its workflow with it). */
export function createArrangement(arrangement: DemoArrangement): DemoRequest {
  const { partnerCountry, partnerAdministration, title } = arrangement;
  return {
    method: 'POST',
    path: '/v1/arrangements',
    role: 'mra-officer',
    body: { partnerCountry, partnerAdministration, title },
  };
}

/** Where each step is taken: one POST per step under the arrangement. */
const STEP_PATHS: Record<DemoStep['step'], string> = {
  advance: 'advance',
  'record-comparison': 'comparison',
  'record-visit': 'visits',
  'record-negotiation-round': 'negotiation-rounds',
  sign: 'signature',
  'record-exchange-test': 'exchange-tests',
};

/** One step of an arrangement: its body is the step without its name. */
export function stepRequest(arrangementId: string, demoStep: DemoStep): DemoRequest {
  const { step, ...body } = demoStep;
  return {
    method: 'POST',
    path: `/v1/arrangements/${arrangementId}/${STEP_PATHS[step]}`,
    role: roleFor(demoStep),
    body,
  };
}

/** Registers GACC's demo public key on the arrangement (registering it again changes nothing). */
export function registerPartnerKey(arrangementId: string): DemoRequest {
  const jwk = demoPartnerPublicJwk();
  return {
    method: 'PUT',
    path: `/v1/arrangements/${arrangementId}/partner-keys/${jwk.kid}`,
    role: 'mra-officer',
    body: { jwk },
  };
}

export interface DemoUpload {
  path: string;
  role: DemoRole;
  /** The multipart part `file`. */
  file: { name: string; type: string; content: string };
  headers: Record<string, string>;
}

/** GACC's signed list as the MRA officer uploads it (the same bytes every run: a second import changes nothing). */
export async function uploadPartnerList(arrangementId: string): Promise<DemoUpload> {
  const { body, signature } = await demoPartnerListUpload();
  return {
    path: `/v1/arrangements/${arrangementId}/partner-lists`,
    role: 'mra-officer',
    file: { name: `aeo-list-${DEMO_PARTNER_COUNTRY.toLowerCase()}.json`, type: 'application/json', content: body },
    headers: { 'x-jws-signature': signature },
  };
}
