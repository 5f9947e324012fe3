import { CompactSign, type JWK, exportJWK, generateKeyPair } from 'jose';
import type { CryptoKey } from 'jose';

/** A partner administration's signing key pair for tests and benchmarks (Ed25519), with its public JWK. */
export async function partnerSigningKey(kid = 'partner-test-key') {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const publicJwk: JWK & { kid: string } = { ...(await exportJWK(publicKey)), kid };
  return { kid, privateKey, publicJwk };
}

/** A detached compact JWS (`header..signature`, RFC 7515 appendix F) over the exact bytes of `body`. */
export async function signDetached(
  body: string | Buffer,
  key: { kid: string; privateKey: CryptoKey },
  /** The signing time in the protected header (`iat`, seconds): a CSV list's issue time. */
  issuedAt?: Date,
): Promise<string> {
  const iat = issuedAt && Math.floor(issuedAt.getTime() / 1000);
  const jws = await new CompactSign(typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body))
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, ...(iat ? { iat } : {}) })
    .sign(key.privateKey);
  const [header, , signature] = jws.split('.');
  return `${header}..${signature}`;
}

export interface TestListEntry {
  aeoId: string;
  name: string;
  address: { street: string; city: string; postalCode: string; country: string };
  statusType: string;
  validFrom: string;
  validUntil: string | null;
  status: 'active' | 'suspended';
  suspendedOn?: string;
}

/** `count` AEOs of the Chinese demo partner (CN11 + 8 digits), the last three suspended, as in the demo data. */
export function chineseListEntries(count: number): TestListEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const suspended = i >= count - 3;
    return {
      aeoId: `CN11${String(i + 1).padStart(8, '0')}`,
      name: `Erenhot "Jinhai" Trading ${i + 1} Co., Ltd.`,
      address: { street: `${i + 1} Xingfu Road`, city: 'Erenhot', postalCode: '011100', country: 'CN' },
      statusType: 'AEOS',
      validFrom: `20${18 + (i % 7)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      validUntil: null,
      status: suspended ? 'suspended' : 'active',
      ...(suspended ? { suspendedOn: '2026-10-15' } : {}),
    };
  });
}

export const LIST_CSV_HEADER =
  'aeoId,name,street,city,postalCode,country,statusType,validFrom,validUntil,status,suspendedOn,revokedOn';
const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The list as CSV with its header row (line 1; the first entry is on line 2). */
export function listCsv(entries: TestListEntry[]): string {
  const lines = entries.map((e) =>
    [
      e.aeoId,
      e.name,
      e.address.street,
      e.address.city,
      e.address.postalCode,
      e.address.country,
      e.statusType,
      e.validFrom,
      e.validUntil ?? '',
      e.status,
      e.suspendedOn ?? '',
      '',
    ]
      .map(csvField)
      .join(','),
  );
  return [LIST_CSV_HEADER, ...lines].join('\n') + '\n';
}

/** The list as the JSON document a partner sends. */
export function listJson(
  entries: TestListEntry[],
  partnerCountry = 'CN',
  generatedAt = '2026-11-30T00:00:00Z',
): string {
  return JSON.stringify({ partnerCountry, generatedAt, entries });
}
