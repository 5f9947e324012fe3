import { type ContentObject, pdfText, renderPdf } from '@aeo/pdf';
import { type CertificateView, calendarDay, certificateDocument } from './certificate-document';

// Rendering and extracting text take seconds on a loaded machine.
jest.setTimeout(60_000);

const view = (overrides: Partial<CertificateView['facts']> = {}): CertificateView => ({
  facts: {
    authorisationNumber: 'MN-AEOS-2026-00042',
    taxpayerId: '5012345',
    statusType: 'AEOS',
    status: 'granted',
    suspendedScope: null,
    // 20:30 UTC is 04:30 the next day in Ulaanbaatar (UTC+8).
    decidedAt: new Date('2026-03-01T20:30:00Z'),
    effectiveFrom: new Date('2026-03-01T20:30:00Z'),
    revalidationDue: new Date('2029-03-01T20:30:00Z'),
    holderName: 'Өнөр Хүнс ХХК',
    address: { street: 'Энхтайваны өргөн чөлөө 17', city: 'Улаанбаатар', postalCode: '14200', country: 'MN' },
    ...overrides,
  },
  statusTypeName: { en: 'AEO – security and safety', mn: 'ЭЗО – аюулгүй байдал' },
  timeZone: 'Asia/Ulaanbaatar',
  registerUrl: 'https://aeo.customs.example/v1/public/register/MN-AEOS-2026-00042',
});

/** Every QR code of the content, searched through stacks, columns and tables. */
function qrCodes(content: unknown): string[] {
  if (Array.isArray(content)) return content.flatMap(qrCodes);
  if (!content || typeof content !== 'object') return [];
  const node = content as ContentObject;
  return [
    ...(node.qr ? [node.qr] : []),
    ...qrCodes(node.stack),
    ...qrCodes(node.columns),
    ...qrCodes(node.table?.body),
  ];
}

const squeezed = (text: string) => text.replace(/\s+/g, ' ');

describe('the AEO certificate', () => {
  it('states the register’s facts with every word in Mongolian and English, the dates as days of the zone it names', async () => {
    const text = squeezed(await pdfText(await renderPdf(certificateDocument(view()))));
    for (const words of [
      'Монгол Улсын Гаалийн ерөнхий газар',
      'Customs General Administration of Mongolia',
      'Эрх бүхий эдийн засгийн операторын гэрчилгээ',
      'Authorised Economic Operator certificate',
      'Зөвшөөрлийн дугаар',
      'Authorisation number',
      'MN-AEOS-2026-00042',
      'Эзэмшигч',
      'Holder',
      'Өнөр Хүнс ХХК',
      'Taxpayer identification number',
      '5012345',
      'Энхтайваны өргөн чөлөө 17, Улаанбаатар 14200, MN',
      'ЭЗО – аюулгүй байдал',
      'AEO – security and safety',
      'Хүчин төгөлдөр / In force',
      'Огноог Asia/Ulaanbaatar цагийн бүсийн хуанлийн өдрөөр заав.',
      'Dates are calendar days in Asia/Ulaanbaatar.',
      'Verify in the public register',
      'https://aeo.customs.example/v1/public/register/MN-AEOS-2026-00042',
    ])
      expect(text).toContain(words);
    expect(text).toMatch(/Effective from\s+2026-03-02/);
    expect(text).toMatch(/Next revalidation due\s+2029-03-02/);
    expect(text).not.toContain('SUSPENDED');
  });

  it('codes the public register’s address of the number as a QR code', () => {
    expect(qrCodes(certificateDocument(view()).content)).toEqual([
      'https://aeo.customs.example/v1/public/register/MN-AEOS-2026-00042',
    ]);
  });

  it('says prominently that a suspended authorisation is suspended, and how much of it', async () => {
    const whole = certificateDocument(view({ status: 'suspended', suspendedScope: 'whole' }));
    expect(whole.watermark?.text).toBe('ТҮДГЭЛЗҮҮЛСЭН / SUSPENDED');
    const wholeText = squeezed(await pdfText(await renderPdf(whole)));
    expect(wholeText).toContain('The whole authorisation is suspended.');
    expect(wholeText).not.toContain('Хүчин төгөлдөр / In force');
    const security = squeezed(
      await pdfText(await renderPdf(certificateDocument(view({ status: 'suspended', suspendedScope: 'security' })))),
    );
    expect(security).toContain('Зөвшөөрлийн аюулгүй байдлын хэсгийг түдгэлзүүлсэн.');
    expect(security).toContain('The security and safety part of the authorisation is suspended.');
  });

  it('gives the same bytes for the same facts: its creation date is the decision’s time', async () => {
    const [first, second] = [
      await renderPdf(certificateDocument(view())),
      await renderPdf(certificateDocument(view())),
    ];
    expect(first.equals(second)).toBe(true);
    expect(certificateDocument(view()).info?.creationDate).toEqual(new Date('2026-03-01T20:30:00Z'));
  });

  it('counts calendar days in the zone given', () => {
    expect(calendarDay(new Date('2026-03-01T15:59:59Z'), 'Asia/Ulaanbaatar')).toBe('2026-03-01');
    expect(calendarDay(new Date('2026-03-01T16:00:00Z'), 'Asia/Ulaanbaatar')).toBe('2026-03-02');
    expect(calendarDay(new Date('2026-03-01T16:00:00Z'), 'UTC')).toBe('2026-03-01');
  });
});
