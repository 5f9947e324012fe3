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
};

export function render(template: string, language: Language, data: Record<string, unknown>): RenderedMessage {
  const entry = TEMPLATES[template];
  if (!entry) throw new Error(`Unknown template ${template}`);
  return entry[language](data);
}
