import { type CanvasShape, type Content, type ContentObject, type DocumentDefinition, MUTED } from '@aeo/pdf';
import type { CertificateAddress, CertificateFacts } from './certificates.repository';
import { type Bilingual, CERTIFICATE_WORDS as WORDS, datesIn } from './certificate-words';

/** What a certificate shows: the register's facts with the programme's name of the status type. */
export interface CertificateView {
  facts: Omit<CertificateFacts, 'operatorId' | 'region' | 'programmeVersion'>;
  statusTypeName: Bilingual;
  /** The zone whose calendar days the dates are (PROGRAMME_TIME_ZONE). */
  timeZone: string;
  /** The public register's page of this authorisation (the QR code's text). */
  registerUrl: string;
}

const A4 = { width: 595.28, height: 841.89 };
const BLUE = '#0b5394';
const RED = '#b42318';

/** The calendar day of `instant` in `timeZone`, as YYYY-MM-DD. */
export function calendarDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

const addressLine = (address: CertificateAddress) =>
  [address.street, [address.city, address.postalCode].filter(Boolean).join(' '), address.country].join(', ');

/** A field's name, Mongolian over English. */
const label = (words: Bilingual): ContentObject => ({
  stack: [
    { text: words.mn, bold: true },
    { text: words.en, color: MUTED, fontSize: 9 },
  ],
});

const value = (text: string | Content[], options: ContentObject = {}): ContentObject => ({ text, ...options });

/** A double frame around the page. */
const frame = (): ContentObject => {
  const rect = (inset: number, lineWidth: number): CanvasShape => ({
    type: 'rect',
    x: inset,
    y: inset,
    w: A4.width - 2 * inset,
    h: A4.height - 2 * inset,
    lineWidth,
    lineColor: BLUE,
  });
  return { canvas: [rect(20, 2.5), rect(26, 0.75)] };
};

function statusCells(view: CertificateView): ContentObject {
  const { facts } = view;
  if (facts.status !== 'suspended') return value(`${WORDS.granted.mn} / ${WORDS.granted.en}`, { bold: true });
  const scope = facts.suspendedScope === 'security' ? WORDS.suspendedSecurity : WORDS.suspendedWhole;
  return {
    stack: [
      value(`${WORDS.suspended.mn} / ${WORDS.suspended.en}`, { bold: true, color: RED }),
      value(scope.mn, { fontSize: 9 }),
      value(scope.en, { fontSize: 9 }),
    ],
  };
}

/** A suspended authorisation's certificate says so above the fields, in both languages. */
function suspensionBanner(view: CertificateView): Content[] {
  if (view.facts.status !== 'suspended') return [];
  const scope = view.facts.suspendedScope === 'security' ? WORDS.suspendedSecurity : WORDS.suspendedWhole;
  return [
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: `${WORDS.suspended.mn} / ${WORDS.suspended.en}`, bold: true, fontSize: 16 },
                { text: scope.mn, fontSize: 10 },
                { text: scope.en, fontSize: 10 },
              ],
              color: '#ffffff',
              fillColor: RED,
              alignment: 'center',
              margin: [0, 6, 0, 6],
            },
          ],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 14],
    },
  ];
}

/**
 * The AEO certificate on one A4 page, every word in Mongolian and in English: the administration,
 * the title, the register's facts of the authorisation (dates as calendar days of `timeZone`, named
 * under the fields), its status (a suspension in a red banner and across the page), and a QR code of
 * its public register page. Its creation date is the decision's time, so the same facts give the
 * same bytes.
 */
export function certificateDocument(view: CertificateView): DocumentDefinition {
  const { facts } = view;
  const day = (instant: Date) => calendarDay(instant, view.timeZone);
  const rows: [Bilingual, ContentObject][] = [
    [WORDS.authorisationNumber, value(facts.authorisationNumber, { bold: true, fontSize: 13 })],
    [WORDS.holder, value(facts.holderName, { bold: true })],
    [WORDS.taxpayerId, value(facts.taxpayerId)],
    [WORDS.address, value(addressLine(facts.address))],
    [
      WORDS.statusType,
      {
        stack: [
          value(facts.statusType, { bold: true }),
          value(view.statusTypeName.mn),
          value(view.statusTypeName.en, { color: MUTED }),
        ],
      },
    ],
    [WORDS.decidedOn, value(day(facts.decidedAt))],
    [WORDS.effectiveFrom, value(day(facts.effectiveFrom))],
    [WORDS.revalidationDue, value(day(facts.revalidationDue))],
    [WORDS.status, statusCells(view)],
  ];
  const dates = datesIn(view.timeZone);
  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    info: {
      title: `${WORDS.title.en} ${facts.authorisationNumber}`,
      subject: facts.holderName,
      author: WORDS.administration.en,
      creator: 'AEO platform, applications service',
      producer: 'AEO platform',
      creationDate: facts.decidedAt,
    },
    language: 'mn',
    defaultStyle: { fontSize: 10.5, lineHeight: 1.15 },
    background: () => frame(),
    ...(facts.status === 'suspended'
      ? {
          watermark: {
            text: `${WORDS.suspended.mn} / ${WORDS.suspended.en}`,
            color: RED,
            opacity: 0.12,
            bold: true,
            fontSize: 44,
          },
        }
      : {}),
    content: [
      { text: WORDS.administration.mn, alignment: 'center', bold: true, fontSize: 12 },
      { text: WORDS.administration.en, alignment: 'center', color: MUTED, fontSize: 10.5, margin: [0, 0, 0, 18] },
      { text: WORDS.title.mn, alignment: 'center', bold: true, fontSize: 19, color: BLUE },
      { text: WORDS.title.en, alignment: 'center', bold: true, fontSize: 16, margin: [0, 2, 0, 20] },
      ...suspensionBanner(view),
      {
        table: { widths: [170, '*'], body: rows.map(([words, cell]) => [label(words), cell]) },
        layout: 'lightHorizontalLines',
      },
      { text: dates.mn, fontSize: 8.5, color: MUTED, margin: [0, 8, 0, 0] },
      { text: dates.en, fontSize: 8.5, color: MUTED, margin: [0, 0, 0, 22] },
      {
        columns: [
          { qr: view.registerUrl, fit: 110, eccLevel: 'M', width: 120 },
          {
            stack: [
              { text: WORDS.verify.mn, bold: true },
              { text: WORDS.verify.en, color: MUTED },
              { text: view.registerUrl, fontSize: 8.5, margin: [0, 6, 0, 10] },
              { text: WORDS.registerRules.mn, fontSize: 8.5 },
              { text: WORDS.registerRules.en, fontSize: 8.5, color: MUTED },
            ],
            margin: [0, 10, 0, 0],
          },
        ],
        columnGap: 16,
        unbreakable: true,
      },
    ],
  };
}
