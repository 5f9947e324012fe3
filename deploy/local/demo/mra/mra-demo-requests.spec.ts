import { arrangementStepSchema } from '@aeo/workflows';
import { newArrangementSchema } from '../../../../services/mra/src/arrangements/arrangement.schemas';
import { partnerKeySchema } from '../../../../services/mra/src/partner-lists/partner-list.schemas';
import { parseJsonList } from '../../../../services/mra/src/partner-lists/partner-list-rows';
import {
  detachedJwsKid,
  partnerKeyAlg,
  verifyDetached,
} from '../../../../services/mra/src/partner-lists/partner-list-signature';
import { DEMO_ARRANGEMENTS, stepsToTarget } from './arrangements';
import {
  createArrangement,
  registerPartnerKey,
  stepRequest,
  uploadPartnerList,
  type DemoRequest,
} from './mra-demo-requests';

const ID = '8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968';
const [china, korea] = DEMO_ARRANGEMENTS;
const route = (request: DemoRequest) => `${request.role} ${request.method} ${request.path.replace(ID, '{id}')}`;

describe('the MRA demo requests (as the mra service API takes them)', () => {
  it('starts each arrangement with a body the API accepts', () => {
    for (const arrangement of DEMO_ARRANGEMENTS) {
      const request = createArrangement(arrangement);
      expect(route(request)).toBe('mra-officer POST /v1/arrangements');
      expect(newArrangementSchema.parse(request.body)).toMatchObject({
        partnerCountry: arrangement.partnerCountry,
        reviewIntervalMonths: 36,
      });
    }
  });

  it('takes every step of the walks on its route, by the right person, with a body the workflow accepts', () => {
    const requests = stepsToTarget(china, 'preparation').map((step) => stepRequest(ID, step));
    expect(requests.map(route)).toEqual([
      'mra-officer POST /v1/arrangements/{id}/advance',
      'mra-officer POST /v1/arrangements/{id}/comparison',
      'mra-officer POST /v1/arrangements/{id}/advance',
      'mra-officer POST /v1/arrangements/{id}/visits',
      'mra-officer POST /v1/arrangements/{id}/visits',
      'mra-officer POST /v1/arrangements/{id}/advance',
      'mra-officer POST /v1/arrangements/{id}/negotiation-rounds',
      'executive POST /v1/arrangements/{id}/signature',
      'mra-officer POST /v1/arrangements/{id}/advance',
      'mra-officer POST /v1/arrangements/{id}/exchange-tests',
      'mra-officer POST /v1/arrangements/{id}/advance',
    ]);
    for (const arrangement of [china, korea]) {
      for (const step of stepsToTarget(arrangement, 'preparation')) {
        const { body } = stepRequest(ID, step);
        // The API adds the step's name and the person from the route and the token.
        const parsed = arrangementStepSchema.safeParse({
          ...(body as object),
          step: step.step,
          by: 'demo-mra-officer',
        });
        expect({ step: step.step, issues: parsed.success ? [] : parsed.error.issues }).toEqual({
          step: step.step,
          issues: [],
        });
      }
    }
  });

  it('registers the demo partner key as a public key the import accepts', async () => {
    const request = registerPartnerKey(ID);
    expect(route(request)).toBe('mra-officer PUT /v1/arrangements/{id}/partner-keys/demo-gacc-partner-2026');
    const { jwk } = partnerKeySchema.parse(request.body);
    await expect(partnerKeyAlg(jwk)).resolves.toBe('EdDSA');
  });

  it('uploads GACC’s list signed so that the import verifies it and finds no bad row', async () => {
    const upload = await uploadPartnerList(ID);
    expect(upload.path).toBe(`/v1/arrangements/${ID}/partner-lists`);
    expect(upload.file.type).toBe('application/json');
    const signature = upload.headers['x-jws-signature'];
    expect(detachedJwsKid(signature)).toBe('demo-gacc-partner-2026');
    const { jwk } = partnerKeySchema.parse(registerPartnerKey(ID).body);
    const body = Buffer.from(upload.file.content, 'utf8');
    await expect(verifyDetached(signature, body, jwk, 'EdDSA')).resolves.toBeUndefined();

    const parsed = parseJsonList('CN', body);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(40);
    expect(parsed.rows.filter((row) => row.status === 'suspended').map((row) => row.aeoId)).toEqual([
      'CN1100000038',
      'CN1100000039',
      'CN1100000040',
    ]);
    expect(new Set(parsed.rows.map((row) => row.statusType))).toEqual(new Set(['AEOS']));
  });
});
