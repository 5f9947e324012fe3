/**
 * Foreign partners' AEO identifiers as declarations name them. Most name a Chinese AEO of the
 * demo partner list (GACC under the operational China arrangement: `CN1100000001` …
 * `CN1100000040`, the last three suspended), written as declarants do: as listed, with spaces and
 * dashes in lower case, in full-width digits, or without the country; a few name identifiers on
 * no list (`CN9900000001` …), which go to the MRA officers' review queue; the rest name Korean
 * AEOs (that arrangement is still in negotiation, so they are never recognised).
 */
export const DEMO_PARTNER_LIST_SIZE = 40;

/** The n-th identifier of the demo partner list (1 … DEMO_PARTNER_LIST_SIZE) without its country. */
const demoPartnerDigits = (n: number) => `11${String(n).padStart(8, '0')}`;

/** The n-th identifier of the demo partner list as listed: `CN1100000001` … `CN1100000040`. */
export const demoPartnerAeoId = (n: number) => `CN${demoPartnerDigits(n)}`;

const FULL_WIDTH_ZERO = 0xff10;
const fullWidth = (digits: string) =>
  [...digits].map((digit) => String.fromCharCode(FULL_WIDTH_ZERO + Number(digit))).join('');

/** The identifier a declaration names, from one number in [1000, 9999] the traffic model drew (no draw of its own). */
export function foreignPartnerAeoId(draw: number): { country: string; aeoId: string } {
  if (draw % 3 === 0) return { country: 'KR', aeoId: `KR-AEO-${draw}` };
  if (draw % 25 === 1) return { country: 'CN', aeoId: `CN99${String((draw % 20) + 1).padStart(8, '0')}` };
  const digits = demoPartnerDigits((draw % DEMO_PARTNER_LIST_SIZE) + 1);
  // The spelling varies independently of the entry (40 is a multiple of 5).
  switch (Math.floor(draw / DEMO_PARTNER_LIST_SIZE) % 5) {
    case 0:
      return { country: 'CN', aeoId: `cn ${digits.slice(0, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}` };
    case 1:
      return { country: 'CN', aeoId: fullWidth(digits) };
    case 2:
      return { country: 'CN', aeoId: digits };
    default:
      return { country: 'CN', aeoId: `CN${digits}` };
  }
}
