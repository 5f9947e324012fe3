/** A certificate's words, each in both of its languages (Mongolian first). */
export interface Bilingual {
  mn: string;
  en: string;
}

export const CERTIFICATE_WORDS = {
  administration: { mn: 'Монгол Улсын Гаалийн ерөнхий газар', en: 'Customs General Administration of Mongolia' },
  title: {
    mn: 'Эрх бүхий эдийн засгийн операторын гэрчилгээ',
    en: 'Authorised Economic Operator certificate',
  },
  authorisationNumber: { mn: 'Зөвшөөрлийн дугаар', en: 'Authorisation number' },
  holder: { mn: 'Эзэмшигч', en: 'Holder' },
  taxpayerId: { mn: 'Татвар төлөгчийн дугаар', en: 'Taxpayer identification number' },
  address: { mn: 'Хаяг', en: 'Address' },
  statusType: { mn: 'Статусын төрөл', en: 'Status type' },
  decidedOn: { mn: 'Шийдвэрийн огноо', en: 'Decided on' },
  effectiveFrom: { mn: 'Хүчин төгөлдөр болсон огноо', en: 'Effective from' },
  revalidationDue: { mn: 'Дараагийн дахин баталгаажуулалт', en: 'Next revalidation due' },
  status: { mn: 'Төлөв', en: 'Status' },
  granted: { mn: 'Хүчин төгөлдөр', en: 'In force' },
  suspended: { mn: 'ТҮДГЭЛЗҮҮЛСЭН', en: 'SUSPENDED' },
  suspendedWhole: {
    mn: 'Зөвшөөрлийг бүхэлд нь түдгэлзүүлсэн.',
    en: 'The whole authorisation is suspended.',
  },
  suspendedSecurity: {
    mn: 'Зөвшөөрлийн аюулгүй байдлын хэсгийг түдгэлзүүлсэн.',
    en: 'The security and safety part of the authorisation is suspended.',
  },
  verify: { mn: 'Нийтийн бүртгэлээс шалгах', en: 'Verify in the public register' },
  registerRules: {
    mn: 'Энэ гэрчилгээ ЭЗО-ын бүртгэлийн мэдээллийг харуулна; бүртгэл нь эх сурвалж болно.',
    en: 'This certificate shows the AEO register’s entry; the register is authoritative.',
  },
} satisfies Record<string, Bilingual>;

/** "Dates are calendar days in <zone>." */
export const datesIn = (zone: string): Bilingual => ({
  mn: `Огноог ${zone} цагийн бүсийн хуанлийн өдрөөр заав.`,
  en: `Dates are calendar days in ${zone}.`,
});
