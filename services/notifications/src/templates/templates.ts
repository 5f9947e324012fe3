import type { Language } from '@aeo/contracts';

export interface RenderedMessage {
  subject: string;
  body: string;
}

type Template = Record<Language, (data: Record<string, unknown>) => RenderedMessage>;

const date = (value: unknown, language: Language) =>
  new Date(String(value)).toLocaleDateString(language === 'mn' ? 'mn-MN' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Ulaanbaatar' });

/** Message templates in Mongolian and English, versioned by name (`<event>.v<n>`). */
export const TEMPLATES: Record<string, Template> = {
  'application-submitted.v1': {
    en: (d) => ({
      subject: `AEO application received (${d['statusType']})`,
      body: `Your application for ${d['statusType']} status was received. Customs will check it for completeness by ${date(d['acceptanceDeadline'], 'en')}; if you hear nothing by then, it counts as accepted.`,
    }),
    mn: (d) => ({
      subject: `AEO өргөдөл хүлээн авлаа (${d['statusType']})`,
      body: `Таны ${d['statusType']} статусын өргөдлийг хүлээн авлаа. Гаалийн байгууллага ${date(d['acceptanceDeadline'], 'mn')}-ний дотор бүрдлийг шалгана; энэ хугацаанд хариу өгөөгүй бол өргөдлийг хүлээн авсанд тооцно.`,
    }),
  },
  'application-accepted.v1': {
    en: (d) => ({
      subject: 'AEO application accepted',
      body: `${d['deemed'] ? 'Your application is deemed accepted because the acceptance period ended.' : 'Customs accepted your application as complete.'} A decision is due by ${date(d['decisionDeadline'], 'en')}.`,
    }),
    mn: (d) => ({
      subject: 'AEO өргөдлийг хүлээн авлаа',
      body: `${d['deemed'] ? 'Хугацаа дууссан тул таны өргөдлийг хүлээн авсанд тооцлоо.' : 'Гаалийн байгууллага таны өргөдлийг бүрэн гэж хүлээн авлаа.'} Шийдвэрийг ${date(d['decisionDeadline'], 'mn')}-ний дотор гаргана.`,
    }),
  },
  'application-rejected.v1': {
    en: (d) => ({ subject: 'AEO application not accepted', body: `Customs did not accept your application. Grounds: ${d['reason']}` }),
    mn: (d) => ({ subject: 'AEO өргөдлийг хүлээн аваагүй', body: `Гаалийн байгууллага таны өргөдлийг хүлээн аваагүй. Үндэслэл: ${d['reason']}` }),
  },
  'revalidation-due.v1': {
    en: (d) => ({ subject: `AEO revalidation due in ${d['daysAhead']} days`, body: `Your AEO authorisation ${d['authorisationNumber']} is due for revalidation on ${date(d['revalidationDue'], 'en')}. Please review your self-assessment; your contact officer will guide you.` }),
    mn: (d) => ({ subject: `AEO дахин баталгаажуулалт ${d['daysAhead']} хоногийн дараа`, body: `Таны AEO зөвшөөрөл ${d['authorisationNumber']}-ийг ${date(d['revalidationDue'], 'mn')}-нд дахин баталгаажуулна. Өөрийн үнэлгээгээ хянана уу; таны хариуцсан ажилтан туслах болно.` }),
  },
  'revalidation-started.v1': {
    en: (d) => ({ subject: 'AEO revalidation started', body: `The revalidation of authorisation ${d['authorisationNumber']} has started. Please update your self-assessment by ${date(d['selfAssessmentDue'], 'en')}.` }),
    mn: (d) => ({ subject: 'AEO дахин баталгаажуулалт эхэллээ', body: `${d['authorisationNumber']} зөвшөөрлийн дахин баталгаажуулалт эхэллээ. Өөрийн үнэлгээгээ ${date(d['selfAssessmentDue'], 'mn')}-ний дотор шинэчилнэ үү.` }),
  },
  'revalidation-completed.v1': {
    en: (d) => ({ subject: 'AEO authorisation confirmed', body: `Authorisation ${d['authorisationNumber']} was confirmed. The next revalidation is due on ${date(d['nextRevalidationDue'], 'en')}.` }),
    mn: (d) => ({ subject: 'AEO зөвшөөрлийг баталгаажууллаа', body: `${d['authorisationNumber']} зөвшөөрлийг баталгаажууллаа. Дараагийн дахин баталгаажуулалт ${date(d['nextRevalidationDue'], 'mn')}-нд.` }),
  },
  'authorisation-suspended.v1': {
    en: (d) => ({ subject: 'AEO authorisation suspended', body: `Authorisation ${d['authorisationNumber']} is suspended${d['scope'] === 'security' ? ' (its security part)' : ''}. Grounds: ${d['grounds']}. State your remedial measures by ${date(d['remediationPlanDue'] ?? d['effectiveFrom'], 'en')}.` }),
    mn: (d) => ({ subject: 'AEO зөвшөөрлийг түдгэлзүүллээ', body: `${d['authorisationNumber']} зөвшөөрлийг түдгэлзүүллээ${d['scope'] === 'security' ? ' (аюулгүй байдлын хэсэг)' : ''}. Үндэслэл: ${d['grounds']}. Засах арга хэмжээгээ ${date(d['remediationPlanDue'] ?? d['effectiveFrom'], 'mn')}-ний дотор ирүүлнэ үү.` }),
  },
  'authorisation-reinstated.v1': {
    en: (d) => ({ subject: 'AEO authorisation reinstated', body: `Authorisation ${d['authorisationNumber']} is in force again from ${date(d['effectiveFrom'], 'en')}; its benefits resume.` }),
    mn: (d) => ({ subject: 'AEO зөвшөөрлийг сэргээлээ', body: `${d['authorisationNumber']} зөвшөөрөл ${date(d['effectiveFrom'], 'mn')}-нээс дахин хүчин төгөлдөр болж, хөнгөлөлтүүд сэргэнэ.` }),
  },
  'authorisation-revocation-intended.v1': {
    en: (d) => ({ subject: 'AEO authorisation: intended revocation', body: `Customs intends to revoke authorisation ${d['authorisationNumber']}. Grounds: ${(d['grounds'] as string[] | undefined)?.join('; ')}. You may comment until ${date(d['respondBy'], 'en')}.` }),
    mn: (d) => ({ subject: 'AEO зөвшөөрлийг хүчингүй болгох санал', body: `Гаалийн байгууллага ${d['authorisationNumber']} зөвшөөрлийг хүчингүй болгох гэж байна. Үндэслэл: ${(d['grounds'] as string[] | undefined)?.join('; ')}. Та ${date(d['respondBy'], 'mn')} хүртэл тайлбар өгч болно.` }),
  },
  'authorisation-revoked.v1': {
    en: (d) => ({ subject: 'AEO authorisation revoked', body: `Authorisation ${d['authorisationNumber']} is revoked from ${date(d['effectiveFrom'], 'en')}. Grounds: ${d['grounds']}. A new application is possible after three years.` }),
    mn: (d) => ({ subject: 'AEO зөвшөөрлийг хүчингүй болголоо', body: `${d['authorisationNumber']} зөвшөөрөл ${date(d['effectiveFrom'], 'mn')}-нээс хүчингүй боллоо. Үндэслэл: ${d['grounds']}. Шинэ өргөдлийг гурван жилийн дараа гаргах боломжтой.` }),
  },
  'authorisation-surrendered.v1': {
    en: (d) => ({ subject: 'AEO authorisation surrendered', body: `At your request, authorisation ${d['authorisationNumber']} ends on ${date(d['effectiveFrom'], 'en')}.` }),
    mn: (d) => ({ subject: 'AEO зөвшөөрлөөс татгалзлаа', body: `Таны хүсэлтээр ${d['authorisationNumber']} зөвшөөрөл ${date(d['effectiveFrom'], 'mn')}-нд дуусгавар болно.` }),
  },
};

export function render(template: string, language: Language, data: Record<string, unknown>): RenderedMessage {
  const entry = TEMPLATES[template];
  if (!entry) throw new Error(`Unknown template ${template}`);
  return entry[language](data);
}
