import { decodeProtectedHeader } from 'jose';
import { normaliseForeignAeoId } from '@aeo/contracts';
import { verifyDetached as verifyWith } from '../../../../services/mra/src/partner-lists/partner-list-signature';
import {
  demoPartnerListBody,
  demoPartnerListEntries,
  demoPartnerListUpload,
  demoPartnerPublicJwk,
  DEMO_SUSPENDED_IDS,
  signDetached,
} from './partner-list';

/** Verifies a detached JWS as the import does (jose compactVerify with the body's bytes put back), with the published demo key. */
const verifyDetached = (signature: string, body: string) =>
  verifyWith(signature, Buffer.from(body, 'utf8'), demoPartnerPublicJwk(), 'EdDSA');

describe('the demo partner list (GACC)', () => {
  it('holds the 40 demo identifiers CN1100000001 … CN1100000040, AEOS, the last three suspended', () => {
    const entries = demoPartnerListEntries();
    expect(entries.map((entry) => entry.aeoId)).toEqual(Array.from({ length: 40 }, (_, i) => `CN${1100000001 + i}`));
    expect(entries.every((entry) => /^CN\d{10}$/.test(entry.aeoId))).toBe(true);
    expect(entries.every((entry) => normaliseForeignAeoId('CN', entry.aeoId) === entry.aeoId)).toBe(true);
    expect(new Set(entries.map((entry) => entry.statusType))).toEqual(new Set(['AEOS']));
    expect(entries.filter((entry) => entry.status === 'suspended').map((entry) => entry.aeoId)).toEqual(
      DEMO_SUSPENDED_IDS,
    );
    expect(entries.filter((entry) => entry.suspendedOn).map((entry) => entry.aeoId)).toEqual(DEMO_SUSPENDED_IDS);
    expect(new Set(entries.map((entry) => entry.name)).size).toBe(40);
    for (const entry of entries) {
      expect(entry.address.country).toBe('CN');
      expect(entry.validFrom).toMatch(/^20(1[89]|2[0-4])-(0[1-9]|1[0-2])-01$/);
    }
  });

  it('is the same text on every run, so that a second import changes nothing', async () => {
    expect(demoPartnerListBody()).toBe(demoPartnerListBody());
    expect(await demoPartnerListUpload()).toEqual(await demoPartnerListUpload());
    expect(JSON.parse(demoPartnerListBody())).toEqual({
      partnerCountry: 'CN',
      generatedAt: '2026-11-30T00:00:00Z',
      entries: demoPartnerListEntries(),
    });
  });

  it('is signed with a detached JWS that the published demo key verifies, naming the key', async () => {
    const { body, signature } = await demoPartnerListUpload();
    expect(signature).toMatch(/^[\w-]+\.\.[\w-]+$/);
    await expect(verifyDetached(signature, body)).resolves.toBeUndefined();
    expect(decodeProtectedHeader(signature)).toEqual({ alg: 'EdDSA', kid: 'demo-gacc-partner-2026' });
  });

  it('fails verification when a single row of the list is changed after signing', async () => {
    const { body, signature } = await demoPartnerListUpload();
    const tampered = body.replace('"CN1100000038","name"', '"CN1100000099","name"');
    expect(tampered).not.toBe(body);
    await expect(verifyDetached(signature, tampered)).rejects.toThrow(/signature verification failed/);
  });

  it('publishes only the public half of the demo key', () => {
    const jwk = demoPartnerPublicJwk();
    expect(jwk).toEqual({
      kid: 'demo-gacc-partner-2026',
      alg: 'EdDSA',
      use: 'sig',
      kty: 'OKP',
      crv: 'Ed25519',
      x: expect.any(String),
    });
  });

  it('signs any body with a given key', async () => {
    const signature = await signDetached('{"a":1}');
    await expect(verifyDetached(signature, '{"a":1}')).resolves.toBeUndefined();
    await expect(verifyDetached(signature, '{"a":2}')).rejects.toThrow();
  });
});
