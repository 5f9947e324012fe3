/**
 * The demo partner's AEO list: China's customs (GACC) sends its list of 40 AEOs
 * (`CN1100000001` … `CN1100000040`, status type AEOS, the last three suspended; see the demo
 * identifiers the traffic generator and the tests share), signed with a detached JWS (RFC 7515
 * appendix F) over the exact bytes of the body, as the mra service's partner list import expects.
 *
 * The signing key is a DEMO key committed next to this file (DEMO-ONLY-partner-gacc-signing-key.jwk.json):
 * it stands in for the key GACC would keep to itself and must never be registered on a real
 * arrangement.
 */
import { importJWK, type CryptoKey, type JWK } from 'jose';
import { DEMO_PARTNER_LIST_SIZE, demoPartnerAeoId } from '@aeo/traffic';
import {
  listJson,
  signDetached as signWithKey,
  type TestListEntry,
} from '../../../../services/mra/src/partner-lists/partner-list.testing';
import demoKey from './DEMO-ONLY-partner-gacc-signing-key.jwk.json';

export const DEMO_PARTNER_COUNTRY = 'CN';
/** The demo list's suspended AEOs: the last three. */
export const DEMO_SUSPENDED_IDS = ['CN1100000038', 'CN1100000039', 'CN1100000040'];

/** The demo key as the partner publishes it: the public half only (no `d`). */
export function demoPartnerPublicJwk(): JWK & { kid: string } {
  const { d: _private, ...publicJwk } = demoKey as JWK & { kid: string };
  return publicJwk;
}

const CITIES = [
  { city: 'Erenhot', postalCode: '011100' },
  { city: 'Hohhot', postalCode: '010000' },
  { city: 'Baotou', postalCode: '014000' },
  { city: 'Beijing', postalCode: '100000' },
  { city: 'Tianjin', postalCode: '300000' },
  { city: 'Manzhouli', postalCode: '021400' },
  { city: 'Harbin', postalCode: '150000' },
  { city: 'Qingdao', postalCode: '266000' },
];
const TRADES = ['Trading', 'Logistics', 'Machinery', 'Electronics', 'Textile', 'Food Import and Export'];

/** The 40 demo AEOs of the partner, in identifier order. */
export function demoPartnerListEntries(): TestListEntry[] {
  return Array.from({ length: DEMO_PARTNER_LIST_SIZE }, (_, i) => {
    const n = i + 1;
    const aeoId = demoPartnerAeoId(n);
    const { city, postalCode } = CITIES[i % CITIES.length];
    const suspended = DEMO_SUSPENDED_IDS.includes(aeoId);
    return {
      aeoId,
      name: `${city} ${['Jinhai', 'Hongda', 'Tianma', 'Changcheng', 'Huaxin'][i % 5]} ${TRADES[i % TRADES.length]} Co., Ltd.`,
      address: { street: `${n} Xingfu Road`, city, postalCode, country: DEMO_PARTNER_COUNTRY },
      statusType: 'AEOS',
      validFrom: `20${String(18 + (i % 7)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      validUntil: null,
      status: suspended ? 'suspended' : 'active',
      ...(suspended ? { suspendedOn: '2026-10-15' } : {}),
    };
  });
}

/**
 * The list document GACC sends (JSON), as the exact text that is signed and uploaded; its
 * `generatedAt` is fixed, so that its bytes (and signature) are the same on every run and a
 * second import changes nothing.
 */
export function demoPartnerListBody(): string {
  return listJson(demoPartnerListEntries(), DEMO_PARTNER_COUNTRY);
}

/**
 * A detached compact JWS over `body` (`<protected header>..<signature>`, RFC 7515 appendix F):
 * EdDSA with the demo key, its `kid` in the header.
 */
export async function signDetached(body: string, privateJwk: JWK & { kid: string } = demoKey): Promise<string> {
  const privateKey = (await importJWK(privateJwk, 'EdDSA')) as CryptoKey;
  return signWithKey(body, { kid: privateJwk.kid, privateKey });
}

/** The import request of the demo list: its body and the `x-jws-signature` header. */
export async function demoPartnerListUpload(): Promise<{ body: string; signature: string }> {
  const body = demoPartnerListBody();
  return { body, signature: await signDetached(body) };
}
