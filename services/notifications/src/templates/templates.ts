import type { Language } from '@aeo/contracts';

export interface RenderedMessage {
  subject: string;
  body: string;
}

type Template = Record<Language, (data: Record<string, unknown>) => RenderedMessage>;

/** The administration's time zone unless configured otherwise (ADMINISTRATION_TIME_ZONE). */
export const DEFAULT_TIME_ZONE = 'Asia/Ulaanbaatar';

/**
 * Dates and times are printed in the administration's time zone, and every message says which
 * one at its first date ("1 December 2026 (Ulaanbaatar time)", "Улаанбаатарын цагаар 2026 оны
 * ..."). `render` sets the zone and the flag; rendering is synchronous.
 */
const printing = { zone: DEFAULT_TIME_ZONE, zoneStated: false };
const ZONE_NAMES: Record<string, Record<Language, string>> = {
  'Asia/Ulaanbaatar': { en: 'Ulaanbaatar time', mn: 'Улаанбаатарын цагаар' },
  UTC: { en: 'UTC', mn: 'UTC цагаар' },
  'Etc/UTC': { en: 'UTC', mn: 'UTC цагаар' },
};
const zoneName = (language: Language): string => ZONE_NAMES[printing.zone]?.[language] ?? (language === 'mn' ? `${printing.zone} цагийн бүсээр` : `${printing.zone} time`);
/** The zone, the first time a message prints a date: English after the date, Mongolian before it. */
const zoneNote = (language: Language): string => {
  if (printing.zoneStated) return '';
  printing.zoneStated = true;
  return language === 'mn' ? `${zoneName('mn')} ` : ` (${zoneName('en')})`;
};
const day = (value: unknown, language: Language) =>
  new Date(String(value)).toLocaleDateString(language === 'mn' ? 'mn-MN' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: printing.zone });
const date = (value: unknown, language: Language) => (language === 'mn' ? `${zoneNote('mn')}${day(value, 'mn')}` : `${day(value, 'en')}${zoneNote('en')}`);

/** A value as text; absent values become '' (never 'undefined' or 'null'). */
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim());
/** A list joined with '; ' (a single value as is). */
const list = (value: unknown): string => (Array.isArray(value) ? value.map(text).filter(Boolean).join('; ') : text(value));
const hasItems = (value: unknown): boolean => list(value).length > 0;
/** Free text as a sentence: a full stop added when it has no closing punctuation. */
const sentence = (value: unknown): string => {
  const s = text(value);
  return s && !/[.!?…]$/.test(s) ? `${s}.` : s;
};
/** Free text inside a sentence: without its closing full stop. */
const clause = (value: unknown): string => text(value).replace(/[.\s]+$/, '');
/** A label from a table, falling back to the value itself. */
const label = (table: Record<string, string>, value: unknown): string => table[text(value)] ?? text(value);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const clip = (s: string, max = 32): string => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** The time of day in the administration's zone (24-hour clock). */
const time = (value: unknown): string =>
  new Date(String(value)).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: printing.zone });
/** A date with its time of day: "20 January 2027 at 10:00 (Ulaanbaatar time)", "Улаанбаатарын цагаар 2027 оны ... 20-ны 10:00 цагт". */
const dateTime = (value: unknown, language: Language): string =>
  language === 'mn' ? `${mnDate(value, 'gen')} ${time(value)} цагт` : `${day(value, 'en')} at ${time(value)}${zoneNote('en')}`;

/**
 * A Mongolian date with its case ending after the day number: genitive (`-ны/-ний`, as in
 * "…-ны дотор"), dative (`-нд`) or ablative (`-наас/-ноос/-нээс/-нөөс`, as in "…-наас эхлэн"),
 * in vowel harmony with the numeral's last word (1 нэг, 2 хоёр, … 20 хорь, 30 гуч).
 */
type MnCase = 'gen' | 'dat' | 'abl';
const MN_GENITIVE = ['ны', 'ний', 'ны', 'ны', 'ний', 'ны', 'ны', 'ны', 'ны', 'ний'];
const MN_ABLATIVE = ['наас', 'нээс', 'ноос', 'наас', 'нөөс', 'наас', 'наас', 'ноос', 'наас', 'нөөс'];
const mnDate = (value: unknown, grammaticalCase: MnCase): string => {
  const at = new Date(String(value));
  if (Number.isNaN(at.getTime())) return date(value, 'mn');
  const dayNumber = Number(at.toLocaleDateString('en-GB', { day: 'numeric', timeZone: printing.zone }));
  const suffix = grammaticalCase === 'dat' ? 'нд' : grammaticalCase === 'gen' ? MN_GENITIVE[dayNumber % 10] : dayNumber === 20 ? 'ноос' : MN_ABLATIVE[dayNumber % 10];
  return `${date(value, 'mn')}-${suffix}`;
};

/**
 * The company, for staff: its name (the event's or the directory's `operatorName`) with its
 * taxpayer id, or the taxpayer id alone when the name is unknown.
 * - `holder`: inside parentheses ("holder: …");
 * - `actor`: as the subject of a sentence (at its start in English);
 * - `short`: for subjects.
 */
const operatorName = (d: Record<string, unknown>): string => text(d['operatorName']);
const holder = (d: Record<string, unknown>, language: Language): string => {
  const id = language === 'mn' ? `ТТД ${text(d['taxpayerId'])}` : `taxpayer ID ${text(d['taxpayerId'])}`;
  return operatorName(d) ? `${operatorName(d)}, ${id}` : id;
};
const actor = (d: Record<string, unknown>, language: Language): string => {
  const name = operatorName(d);
  const id = text(d['taxpayerId']);
  if (language === 'mn') return name ? `${name} (ТТД ${id})` : `ТТД ${id} бүхий аж ахуйн нэгж`;
  return name ? `${name} (taxpayer ID ${id})` : `the operator with taxpayer ID ${id}`;
};
const short = (d: Record<string, unknown>, language: Language): string =>
  clip(operatorName(d) || (language === 'mn' ? `ТТД ${text(d['taxpayerId'])}` : `taxpayer ${text(d['taxpayerId'])}`));

const isRevalidationCase = (d: Record<string, unknown>) => d['purpose'] === 'revalidation' && text(d['authorisationNumber']) !== '';
/** The checklist question a corrective action is about, in the recipient's language (its id when the text is missing). */
const criterion = (d: Record<string, unknown>, language: Language): string => clause((d['criterion'] as Record<string, unknown> | undefined)?.[language]) || text(d['questionId']);

const RISK_RECOMMENDATIONS: Record<Language, Record<string, string>> = {
  en: { proceed: 'proceed', 'proceed-with-enhanced-validation': 'proceed with enhanced validation', 'high-risk-review': 'high-risk review' },
  mn: { proceed: 'ердийн журмаар үргэлжлүүлэх', 'proceed-with-enhanced-validation': 'гүнзгийрүүлсэн баталгаажуулалт хийх', 'high-risk-review': 'өндөр эрсдэлийн хяналт хийх' },
};
/** Why a validation case was closed, as the clause after "because" (en) or before "тул" (mn). */
const CLOSED_CAUSES: Record<Language, Record<string, string>> = {
  en: { 'application-withdrawn': 'the application was withdrawn', 'authorisation-suspended': 'the authorisation was suspended', 'authorisation-surrendered': 'the authorisation was surrendered' },
  mn: { 'application-withdrawn': 'Өргөдлийг буцаан авсан', 'authorisation-suspended': 'Зөвшөөрлийг түдгэлзүүлсэн', 'authorisation-surrendered': 'Зөвшөөрлөөс татгалзсан' },
};
const REPORT_RECOMMENDATIONS: Record<Language, Record<string, string>> = {
  en: { grant: 'grant', 'grant-with-conditions': 'grant with conditions', refuse: 'refuse' },
  mn: { grant: 'зөвшөөрөл олгох', 'grant-with-conditions': 'нөхцөлтэйгээр зөвшөөрөл олгох', refuse: 'зөвшөөрөл олгохоос татгалзах' },
};
const TRIGGER_SOURCES: Record<Language, Record<string, string>> = {
  en: { scheduled: 'scheduled date', 'regional-office': 'regional office request', 'risk-alert': 'risk alert', 'reported-change': 'reported change', watchdog: 'platform watchdog' },
  mn: { scheduled: 'төлөвлөгөөт хугацаа', 'regional-office': 'бүсийн газрын хүсэлт', 'risk-alert': 'эрсдэлийн дохио', 'reported-change': 'мэдэгдсэн өөрчлөлт', watchdog: 'системийн хяналт' },
};
const CHANGE_KINDS: Record<Language, Record<string, string>> = {
  en: { ownership: 'ownership', 'legal-form': 'legal form', address: 'address', premises: 'premises', security: 'security arrangements', management: 'management', other: 'other' },
  mn: { ownership: 'өмчлөл', 'legal-form': 'хуулийн этгээдийн хэлбэр', address: 'хаяг', premises: 'үйл ажиллагааны байр', security: 'аюулгүй байдал', management: 'удирдлагын бүрэлдэхүүн', other: 'бусад' },
};
const SEVERITIES: Record<Language, Record<string, string>> = {
  en: { minor: 'minor', moderate: 'moderate', serious: 'serious', critical: 'critical' },
  mn: { minor: 'бага', moderate: 'дунд', serious: 'ноцтой', critical: 'маш ноцтой' },
};
const ALERT_RECOMMENDATIONS: Record<Language, Record<string, string>> = {
  en: { 'early-revalidation': 'early revalidation', 'suspension-review': 'suspension review' },
  mn: { 'early-revalidation': 'хугацаанаас өмнө дахин баталгаажуулах', 'suspension-review': 'зөвшөөрлийг түдгэлзүүлэх эсэхийг хянах' },
};
const WATCHDOG_PROBLEMS: Record<Language, Record<string, string>> = {
  en: { stuck: 'workflow stuck', 'closed-while-in-force': 'workflow closed while in force', unreachable: 'workflow unreachable' },
  mn: { stuck: 'ажлын урсгал гацсан', 'closed-while-in-force': 'зөвшөөрөл хүчинтэй байхад ажлын урсгал дууссан', unreachable: 'ажлын урсгалд хандах боломжгүй' },
};

const WORKFLOW_PROCESSES: Record<Language, Record<string, string>> = {
  en: { certification: 'certification', revalidation: 'revalidation' },
  mn: { certification: 'зөвшөөрөл олгох', revalidation: 'дахин баталгаажуулалтын' },
};
/** What a failed workflow step is about: the authorisation, else the application. */
const workflowSubject = (d: Record<string, unknown>): string => text(d['authorisationNumber']) || `application ${text(d['applicationId']).slice(0, 8)}`;

/** Message templates in Mongolian and English, versioned by name (`<event>.v<n>`). */
export const TEMPLATES: Record<string, Template> = {
  'application-submitted.v1': {
    en: (d) => ({
      subject: `AEO application received (${d['statusType']})`,
      body: `Your application for ${d['statusType']} status was received. Customs will check it for completeness by ${date(d['acceptanceDeadline'], 'en')}; if you hear nothing by then, it counts as accepted.`,
    }),
    mn: (d) => ({
      subject: `AEO өргөдөл хүлээн авлаа (${d['statusType']})`,
      body: `Таны ${d['statusType']} статусын өргөдлийг хүлээн авлаа. Гаалийн байгууллага ${mnDate(d['acceptanceDeadline'], 'gen')} дотор бүрдлийг шалгана; энэ хугацаанд хариу өгөөгүй бол өргөдлийг хүлээн авсанд тооцно.`,
    }),
  },
  'application-accepted.v1': {
    en: (d) => ({
      subject: 'AEO application accepted',
      body: `${d['deemed'] ? 'Your application is deemed accepted because the acceptance period ended.' : 'Customs accepted your application as complete.'} A decision is due by ${date(d['decisionDeadline'], 'en')}.`,
    }),
    mn: (d) => ({
      subject: 'AEO өргөдлийг хүлээн авлаа',
      body: `${d['deemed'] ? 'Хугацаа дууссан тул таны өргөдлийг хүлээн авсанд тооцлоо.' : 'Гаалийн байгууллага таны өргөдлийг бүрэн гэж хүлээн авлаа.'} Шийдвэрийг ${mnDate(d['decisionDeadline'], 'gen')} дотор гаргана.`,
    }),
  },
  'application-rejected.v1': {
    en: (d) => ({ subject: 'AEO application not accepted', body: `Customs did not accept your application. Grounds: ${d['reason']}` }),
    mn: (d) => ({ subject: 'AEO өргөдлийг хүлээн аваагүй', body: `Гаалийн байгууллага таны өргөдлийг хүлээн аваагүй. Үндэслэл: ${d['reason']}` }),
  },
  'revalidation-due.v1': {
    en: (d) => ({ subject: `AEO revalidation due in ${d['daysAhead']} days`, body: `Your AEO authorisation ${d['authorisationNumber']} is due for revalidation on ${date(d['revalidationDue'], 'en')}. Please review your self-assessment; your contact officer will guide you.` }),
    mn: (d) => ({ subject: `AEO дахин баталгаажуулалт ${d['daysAhead']} хоногийн дараа`, body: `Таны AEO зөвшөөрөл ${d['authorisationNumber']}-ийг ${mnDate(d['revalidationDue'], 'dat')} дахин баталгаажуулна. Өөрийн үнэлгээгээ хянана уу; таны хариуцсан ажилтан туслах болно.` }),
  },
  'revalidation-started.v1': {
    en: (d) => ({ subject: 'AEO revalidation started', body: `The revalidation of authorisation ${d['authorisationNumber']} has started. Please update your self-assessment by ${date(d['selfAssessmentDue'], 'en')}.` }),
    mn: (d) => ({ subject: 'AEO дахин баталгаажуулалт эхэллээ', body: `${d['authorisationNumber']} зөвшөөрлийн дахин баталгаажуулалт эхэллээ. Өөрийн үнэлгээгээ ${mnDate(d['selfAssessmentDue'], 'gen')} дотор шинэчилнэ үү.` }),
  },
  'revalidation-completed.v1': {
    en: (d) => ({ subject: 'AEO authorisation confirmed', body: `Authorisation ${d['authorisationNumber']} was confirmed. The next revalidation is due on ${date(d['nextRevalidationDue'], 'en')}.` }),
    mn: (d) => ({ subject: 'AEO зөвшөөрлийг баталгаажууллаа', body: `${d['authorisationNumber']} зөвшөөрлийг баталгаажууллаа. Дараагийн дахин баталгаажуулалт ${mnDate(d['nextRevalidationDue'], 'dat')}.` }),
  },
  'authorisation-suspended.v1': {
    en: (d) => ({ subject: 'AEO authorisation suspended', body: `Authorisation ${d['authorisationNumber']} is suspended${d['scope'] === 'security' ? ' (its security part)' : ''}. Grounds: ${d['grounds']}. State your remedial measures by ${date(d['remediationPlanDue'] ?? d['effectiveFrom'], 'en')}.` }),
    mn: (d) => ({ subject: 'AEO зөвшөөрлийг түдгэлзүүллээ', body: `${d['authorisationNumber']} зөвшөөрлийг түдгэлзүүллээ${d['scope'] === 'security' ? ' (аюулгүй байдлын хэсэг)' : ''}. Үндэслэл: ${d['grounds']}. Засах арга хэмжээгээ ${mnDate(d['remediationPlanDue'] ?? d['effectiveFrom'], 'gen')} дотор ирүүлнэ үү.` }),
  },
  'authorisation-reinstated.v1': {
    en: (d) => ({ subject: 'AEO authorisation reinstated', body: `Authorisation ${d['authorisationNumber']} is in force again from ${date(d['effectiveFrom'], 'en')}; its benefits resume.` }),
    mn: (d) => ({ subject: 'AEO зөвшөөрлийг сэргээлээ', body: `${d['authorisationNumber']} зөвшөөрөл ${mnDate(d['effectiveFrom'], 'abl')} дахин хүчин төгөлдөр болж, хөнгөлөлтүүд сэргэнэ.` }),
  },
  'authorisation-revocation-intended.v1': {
    en: (d) => ({ subject: 'AEO authorisation: intended revocation', body: `Customs intends to revoke authorisation ${d['authorisationNumber']}. Grounds: ${(d['grounds'] as string[] | undefined)?.join('; ')}. You may comment until ${date(d['respondBy'], 'en')}.` }),
    mn: (d) => ({ subject: 'AEO зөвшөөрлийг хүчингүй болгох санал', body: `Гаалийн байгууллага ${d['authorisationNumber']} зөвшөөрлийг хүчингүй болгох гэж байна. Үндэслэл: ${(d['grounds'] as string[] | undefined)?.join('; ')}. Та ${date(d['respondBy'], 'mn')} хүртэл тайлбар өгч болно.` }),
  },
  'authorisation-revoked.v1': {
    en: (d) => ({ subject: 'AEO authorisation revoked', body: `Authorisation ${d['authorisationNumber']} is revoked from ${date(d['effectiveFrom'], 'en')}. Grounds: ${d['grounds']}. A new application is possible after three years.` }),
    mn: (d) => ({ subject: 'AEO зөвшөөрлийг хүчингүй болголоо', body: `${d['authorisationNumber']} зөвшөөрөл ${mnDate(d['effectiveFrom'], 'abl')} хүчингүй боллоо. Үндэслэл: ${d['grounds']}. Шинэ өргөдлийг гурван жилийн дараа гаргах боломжтой.` }),
  },
  'authorisation-surrendered.v1': {
    en: (d) => ({ subject: 'AEO authorisation surrendered', body: `At your request, authorisation ${d['authorisationNumber']} ends on ${date(d['effectiveFrom'], 'en')}.` }),
    mn: (d) => ({ subject: 'AEO зөвшөөрлөөс татгалзлаа', body: `Таны хүсэлтээр ${d['authorisationNumber']} зөвшөөрөл ${mnDate(d['effectiveFrom'], 'dat')} дуусгавар болно.` }),
  },

  // ---- Certification: operator ----
  'information-requested.v1': {
    en: (d) => ({
      subject: 'AEO application: information requested',
      body: `Customs needs more information to accept your application for ${d['statusType']} status: ${sentence(d['questions'])} Please reply by ${date(d['dueBy'], 'en')}; the acceptance period is paused until your reply.`,
    }),
    mn: (d) => ({
      subject: 'AEO өргөдөл: нэмэлт мэдээлэл шаардлагатай',
      body: `Таны ${d['statusType']} статусын өргөдлийг хүлээн авахад нэмэлт мэдээлэл шаардлагатай байна: ${sentence(d['questions'])} Хариугаа ${mnDate(d['dueBy'], 'gen')} дотор ирүүлнэ үү; хариу ирэх хүртэл өргөдлийг хүлээн авах хугацаа түр зогсоно.`,
    }),
  },
  'application-withdrawn.v1': {
    en: (d) => ({
      subject: 'AEO application withdrawn',
      body: `Your application for ${d['statusType']} status was withdrawn on ${date(d['withdrawnAt'], 'en')}, and customs has closed it. Reason: ${sentence(d['reason'])}`,
    }),
    mn: (d) => ({
      subject: 'AEO өргөдлийг буцаан авлаа',
      body: `Таны ${d['statusType']} статусын өргөдлийг ${mnDate(d['withdrawnAt'], 'dat')} буцаан авсан тул гаалийн байгууллага шийдвэрлэх ажиллагааг зогсоолоо. Шалтгаан: ${sentence(d['reason'])}`,
    }),
  },
  'decision-extended.v1': {
    en: (d) => ({
      subject: 'AEO application: decision period extended',
      body: `Customs extended the period for deciding on your application for ${d['statusType']} status until ${date(d['decisionDeadline'], 'en')}. Reasons: ${sentence(list(d['reasons']))}`,
    }),
    mn: (d) => ({
      subject: 'AEO өргөдөл: шийдвэр гаргах хугацааг сунгалаа',
      body: `Гаалийн байгууллага таны ${d['statusType']} статусын өргөдлийн талаар шийдвэр гаргах хугацааг ${date(d['decisionDeadline'], 'mn')} хүртэл сунгалаа. Үндэслэл: ${sentence(list(d['reasons']))}`,
    }),
  },
  'hearing-opened.v1': {
    en: (d) => ({
      subject: 'AEO application: intended refusal',
      body: `Customs intends to refuse your application for ${d['statusType']} status. Grounds: ${sentence(list(d['grounds']))} You may comment until ${date(d['respondBy'], 'en')}.`,
    }),
    mn: (d) => ({
      subject: 'AEO зөвшөөрөл олгохоос татгалзах санал',
      body: `Гаалийн байгууллага таны ${d['statusType']} статусын өргөдлийн дагуу зөвшөөрөл олгохоос татгалзах гэж байна. Үндэслэл: ${sentence(list(d['grounds']))} Та ${date(d['respondBy'], 'mn')} хүртэл тайлбар өгч болно.`,
    }),
  },
  'validation-opened.v1': {
    en: (d) => ({
      subject: isRevalidationCase(d) ? 'AEO revalidation: validation started' : 'AEO application: validation started',
      body: `Customs has started the validation of ${isRevalidationCase(d) ? `authorisation ${d['authorisationNumber']}` : `your application for ${d['statusType']} status`}, to be completed by ${date(d['reportDue'], 'en')}. ${d['siteVisitRequired'] ? 'It includes a site visit, which will be announced to you in advance; the validator may also ask you for documents or clarifications.' : 'The validator may ask you for documents or clarifications.'}`,
    }),
    mn: (d) => ({
      subject: isRevalidationCase(d) ? 'AEO дахин баталгаажуулалт: шалгалт эхэллээ' : 'AEO өргөдөл: баталгаажуулалт эхэллээ',
      body: `Гаалийн байгууллага ${isRevalidationCase(d) ? `${d['authorisationNumber']} зөвшөөрлийн дахин баталгаажуулалтын шалгалтыг` : `таны ${d['statusType']} статусын өргөдлийн баталгаажуулалтыг`} эхлүүлж, ${mnDate(d['reportDue'], 'gen')} дотор дуусгахаар төлөвлөлөө. ${d['siteVisitRequired'] ? 'Газар дээрх шалгалт хийх бөгөөд түүний товыг танд урьдчилан мэдэгдэнэ; мөн баталгаажуулагч танаас баримт бичиг, тодруулга хүсч болно.' : 'Баталгаажуулагч танаас баримт бичиг, тодруулга хүсч болно.'}`,
    }),
  },
  'validation-closed.v1': {
    en: (d) => ({
      subject: isRevalidationCase(d) ? 'AEO revalidation: validation closed' : 'AEO application: validation closed',
      body: `Customs has closed the validation of ${isRevalidationCase(d) ? `authorisation ${d['authorisationNumber']}` : `your application for ${d['statusType']} status`} on ${date(d['closedAt'], 'en')}, because ${label(CLOSED_CAUSES.en, d['cause'])} ("${d['reason']}"). No further documents are needed for it, and any site visit announced for it will not take place.`,
    }),
    mn: (d) => ({
      subject: isRevalidationCase(d) ? 'AEO дахин баталгаажуулалт: шалгалт хаагдлаа' : 'AEO өргөдөл: баталгаажуулалт хаагдлаа',
      body: `${label(CLOSED_CAUSES.mn, d['cause'])} тул гаалийн байгууллага ${isRevalidationCase(d) ? `${d['authorisationNumber']} зөвшөөрлийн дахин баталгаажуулалтын шалгалтыг` : `таны ${d['statusType']} статусын өргөдлийн баталгаажуулалтыг`} ${mnDate(d['closedAt'], 'dat')} хаалаа («${d['reason']}»). Үүнд зориулж нэмэлт баримт бичиг шаардлагагүй бөгөөд товлосон газар дээрх шалгалт хийгдэхгүй.`,
    }),
  },
  'visit-scheduled.v1': {
    en: (d) => ({
      subject: 'AEO site visit scheduled',
      body: `A site visit to your premises is scheduled for ${dateTime(d['scheduledFor'], 'en')}; validator: ${d['validator']}. Please make sure the responsible staff and the relevant records are available.`,
    }),
    mn: (d) => ({
      subject: 'AEO газар дээрх шалгалтын товыг тогтлоо',
      body: `Танай байгууллагад газар дээрх шалгалтыг ${dateTime(d['scheduledFor'], 'mn')} хийхээр товлолоо; баталгаажуулагч: ${d['validator']}. Холбогдох ажилтнууд болон баримт бичгийг бэлэн байлгана уу.`,
    }),
  },
  'corrective-action-requested.v1': {
    en: (d) => ({
      subject: isRevalidationCase(d) ? 'AEO revalidation: corrective action requested' : 'AEO application: corrective action requested',
      body: `In the validation of ${isRevalidationCase(d) ? `authorisation ${d['authorisationNumber']}` : `your application for ${d['statusType']} status`}, the validator asks you to correct a shortcoming on the criterion "${criterion(d, 'en')}": ${sentence(d['description'])} Please answer by ${date(d['dueBy'], 'en')}; the validation report waits for your answer.`,
    }),
    mn: (d) => ({
      subject: isRevalidationCase(d) ? 'AEO дахин баталгаажуулалт: залруулах арга хэмжээ авахыг хүслээ' : 'AEO өргөдөл: залруулах арга хэмжээ авахыг хүслээ',
      body: `${isRevalidationCase(d) ? `${d['authorisationNumber']} зөвшөөрлийн дахин баталгаажуулалтын` : `Таны ${d['statusType']} статусын өргөдлийн баталгаажуулалтын`} явцад баталгаажуулагч «${criterion(d, 'mn')}» шалгуурын дагуу илэрсэн дутагдлыг залруулахыг танаас хүсч байна: ${sentence(d['description'])} Хариугаа ${mnDate(d['dueBy'], 'gen')} дотор ирүүлнэ үү; таны хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.`,
    }),
  },
  'authorisation-granted.v1': {
    en: (d) => ({
      subject: `AEO authorisation granted (${d['statusType']})`,
      body: `Customs granted you the ${d['statusType']} authorisation ${d['authorisationNumber']}, in force from ${date(d['effectiveFrom'], 'en')}. Its revalidation is due on ${date(d['revalidationDue'], 'en')}.`,
    }),
    mn: (d) => ({
      subject: `AEO зөвшөөрөл олголоо (${d['statusType']})`,
      body: `Гаалийн байгууллага танд ${d['statusType']} статусын ${d['authorisationNumber']} зөвшөөрөл олголоо; зөвшөөрөл ${mnDate(d['effectiveFrom'], 'abl')} эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг ${mnDate(d['revalidationDue'], 'dat')} хийнэ.`,
    }),
  },
  'authorisation-refused.v1': {
    en: (d) => ({
      subject: 'AEO authorisation refused',
      body: `${d['operatorCommented'] ? 'Having considered your comments, customs' : 'Customs'} refused to grant the ${d['statusType']} authorisation you applied for. Reasons: ${sentence(list(d['reasons']))}`,
    }),
    mn: (d) => ({
      subject: 'AEO зөвшөөрөл олгохоос татгалзлаа',
      body: `Гаалийн байгууллага ${d['operatorCommented'] ? 'таны тайлбарыг хянан үзээд ' : ''}таны хүссэн ${d['statusType']} статусын зөвшөөрлийг олгохоос татгалзлаа. Үндэслэл: ${sentence(list(d['reasons']))}`,
    }),
  },
  // ---- After the grant: operator ----
  'suspension-progress.v1': {
    en: (d) => {
      const n = d['authorisationNumber'];
      if (d['kind'] === 'remediation-plan-submitted') {
        return { subject: 'AEO suspension: remediation plan received', body: `Your remediation plan for the suspended authorisation ${n} was received${hasItems(d['measures']) ? ` (measures: ${list(d['measures'])})` : ''}. Please complete the measures by ${date(d['dueAt'], 'en')}; customs will then decide on reinstatement.` };
      }
      if (d['kind'] === 'remediation-plan-overdue') {
        return { subject: 'AEO suspension: remediation plan overdue', body: `Customs has not received your remediation plan for the suspended authorisation ${n}, which was due by ${date(d['dueAt'], 'en')}. Please submit it without delay; otherwise the authorisation may be revoked.` };
      }
      return { subject: 'AEO suspension: remediation period ended', body: `The remediation period for the suspended authorisation ${n} ended on ${date(d['dueAt'], 'en')}. Customs will now decide whether to reinstate or revoke the authorisation and will inform you.` };
    },
    mn: (d) => {
      const n = d['authorisationNumber'];
      if (d['kind'] === 'remediation-plan-submitted') {
        return { subject: 'AEO түдгэлзүүлэлт: засах төлөвлөгөөг хүлээн авлаа', body: `Түдгэлзүүлсэн ${n} зөвшөөрлийн засах арга хэмжээний төлөвлөгөөг хүлээн авлаа${hasItems(d['measures']) ? ` (арга хэмжээ: ${list(d['measures'])})` : ''}. Арга хэмжээг ${mnDate(d['dueAt'], 'gen')} дотор хэрэгжүүлнэ үү; дараа нь гаалийн байгууллага зөвшөөрлийг сэргээх эсэхийг шийднэ.` };
      }
      if (d['kind'] === 'remediation-plan-overdue') {
        return { subject: 'AEO түдгэлзүүлэлт: засах төлөвлөгөө ирээгүй', body: `Түдгэлзүүлсэн ${n} зөвшөөрлийн засах арга хэмжээний төлөвлөгөөг ${mnDate(d['dueAt'], 'gen')} дотор ирүүлэх байсан боловч ирээгүй байна. Төлөвлөгөөгөө нэн даруй ирүүлнэ үү; эс тэгвээс зөвшөөрлийг хүчингүй болгож болзошгүй.` };
      }
      return { subject: 'AEO түдгэлзүүлэлт: засах хугацаа дууслаа', body: `Түдгэлзүүлсэн ${n} зөвшөөрлийн засах арга хэмжээний хугацаа ${mnDate(d['dueAt'], 'dat')} дууссан. Гаалийн байгууллага зөвшөөрлийг сэргээх эсвэл хүчингүй болгох шийдвэр гаргаж, танд мэдэгдэнэ.` };
    },
  },
  // ---- Certification: staff ----
  'staff-application-submitted.v1': {
    en: (d) => ({
      subject: `New AEO application (${d['statusType']}): ${short(d, 'en')}`,
      body: `${cap(actor(d, 'en'))} applied for ${d['statusType']} status (application ${d['applicationId']}). Please check the application for completeness by ${date(d['acceptanceDeadline'], 'en')}; without an answer by then it is deemed accepted.`,
    }),
    mn: (d) => ({
      subject: `Шинэ AEO өргөдөл (${d['statusType']}): ${short(d, 'mn')}`,
      body: `${actor(d, 'mn')} ${d['statusType']} статусын өргөдөл гаргалаа (өргөдлийн дугаар ${d['applicationId']}). Өргөдлийн бүрдлийг ${mnDate(d['acceptanceDeadline'], 'gen')} дотор шалгана уу; энэ хугацаанд хариу өгөөгүй бол өргөдлийг хүлээн авсанд тооцно.`,
    }),
  },
  'staff-information-received.v1': {
    en: (d) => ({
      subject: `AEO application: information received (${short(d, 'en')})`,
      body: `${cap(actor(d, 'en'))} answered the request for information on its application for ${d['statusType']} status (application ${d['applicationId']}) on ${date(d['respondedAt'], 'en')}. The acceptance period runs again; please review the answer.`,
    }),
    mn: (d) => ({
      subject: `AEO өргөдөл: нэмэлт мэдээлэл ирлээ (${short(d, 'mn')})`,
      body: `${actor(d, 'mn')} ${d['statusType']} статусын өргөдлийн талаар хүссэн нэмэлт мэдээллийг ${mnDate(d['respondedAt'], 'dat')} ирүүллээ (өргөдлийн дугаар ${d['applicationId']}). Өргөдлийг хүлээн авах хугацаа дахин үргэлжилж байгаа тул хариуг хянана уу.`,
    }),
  },
  'staff-application-withdrawn.v1': {
    en: (d) => ({
      subject: `AEO application withdrawn (${short(d, 'en')})`,
      body: `${cap(actor(d, 'en'))} withdrew its application for ${d['statusType']} status (application ${d['applicationId']}) on ${date(d['withdrawnAt'], 'en')}. Reason: ${sentence(d['reason'])} No further action on the application is needed.`,
    }),
    mn: (d) => ({
      subject: `AEO өргөдлийг буцаан авлаа (${short(d, 'mn')})`,
      body: `${actor(d, 'mn')} ${d['statusType']} статусын өргөдлөө ${mnDate(d['withdrawnAt'], 'dat')} буцаан авлаа (өргөдлийн дугаар ${d['applicationId']}). Шалтгаан: ${sentence(d['reason'])} Өргөдлийн талаар цаашид арга хэмжээ авах шаардлагагүй.`,
    }),
  },
  'staff-decision-due.v1': {
    en: (d) => ({
      subject: `AEO decision due soon (${short(d, 'en')})`,
      body: `The decision on the application for ${d['statusType']} status (application ${d['applicationId']}; applicant: ${holder(d, 'en')}) is due by ${date(d['decisionDeadline'], 'en')}. Please decide in time, or extend the period with reasons.`,
    }),
    mn: (d) => ({
      subject: `AEO шийдвэрийн хугацаа дөхлөө (${short(d, 'mn')})`,
      body: `${d['statusType']} статусын өргөдлийн (өргөдлийн дугаар ${d['applicationId']}; өргөдөл гаргагч: ${holder(d, 'mn')}) шийдвэрийг ${mnDate(d['decisionDeadline'], 'gen')} дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.`,
    }),
  },
  'staff-decision-overdue.v1': {
    en: (d) => ({
      subject: `AEO decision overdue (${short(d, 'en')})`,
      body: `The decision on the application for ${d['statusType']} status (application ${d['applicationId']}; applicant: ${holder(d, 'en')}) was due by ${date(d['decisionDeadline'], 'en')} and has not been taken. Please decide without delay.`,
    }),
    mn: (d) => ({
      subject: `AEO шийдвэрийн хугацаа хэтэрлээ (${short(d, 'mn')})`,
      body: `${d['statusType']} статусын өргөдлийн (өргөдлийн дугаар ${d['applicationId']}; өргөдөл гаргагч: ${holder(d, 'mn')}) шийдвэрийг ${mnDate(d['decisionDeadline'], 'gen')} дотор гаргах байсан боловч одоог хүртэл гаргаагүй байна. Шийдвэрийг нэн даруй гаргана уу.`,
    }),
  },
  'staff-hearing-responded.v1': {
    en: (d) => ({
      subject: `AEO intended refusal: comments received (${short(d, 'en')})`,
      body: `On ${date(d['respondedAt'], 'en')}, ${actor(d, 'en')} commented on the grounds of the intended refusal of its application for ${d['statusType']} status (application ${d['applicationId']}). Please take the comments into account and decide on the application.`,
    }),
    mn: (d) => ({
      subject: `AEO татгалзах санал: тайлбар ирлээ (${short(d, 'mn')})`,
      body: `${actor(d, 'mn')} ${d['statusType']} статусын зөвшөөрөл олгохоос татгалзах саналын үндэслэлийн талаар ${mnDate(d['respondedAt'], 'dat')} тайлбар ирүүллээ (өргөдлийн дугаар ${d['applicationId']}). Тайлбарыг харгалзан өргөдлийн талаар шийдвэр гаргана уу.`,
    }),
  },
  'staff-validation-assigned.v1': {
    en: (d) => ({
      subject: `AEO ${isRevalidationCase(d) ? 'revalidation' : 'validation'} assigned to you (${short(d, 'en')})`,
      body: `You are assigned the ${isRevalidationCase(d) ? `revalidation of authorisation ${d['authorisationNumber']}${d['cycle'] ? ` (cycle ${d['cycle']})` : ''}` : `validation of the application for ${d['statusType']} status (application ${d['applicationId']})`}; operator: ${holder(d, 'en')}. Risk score ${d['riskScore']}, recommendation: ${label(RISK_RECOMMENDATIONS.en, d['riskRecommendation'])}${d['siteVisitRequired'] ? '; a site visit is required' : ''}. Please submit the validation report by ${date(d['reportDue'], 'en')}.`,
    }),
    mn: (d) => ({
      subject: `Танд AEO ${isRevalidationCase(d) ? 'дахин баталгаажуулалт' : 'баталгаажуулалт'} хуваарилагдлаа (${short(d, 'mn')})`,
      body: `Танд ${isRevalidationCase(d) ? `${d['authorisationNumber']} зөвшөөрлийн ${d['cycle'] ? `${d['cycle']}-р мөчлөгийн ` : ''}дахин баталгаажуулалт` : `${d['statusType']} статусын өргөдлийн баталгаажуулалт (өргөдлийн дугаар ${d['applicationId']})`} хуваарилагдлаа; аж ахуйн нэгж: ${holder(d, 'mn')}. Эрсдэлийн оноо ${d['riskScore']}, зөвлөмж: ${label(RISK_RECOMMENDATIONS.mn, d['riskRecommendation'])}${d['siteVisitRequired'] ? '; газар дээрх шалгалт хийх шаардлагатай' : ''}. Баталгаажуулалтын тайланг ${mnDate(d['reportDue'], 'gen')} дотор ирүүлнэ үү.`,
    }),
  },
  'staff-validation-closed.v1': {
    en: (d) => ({
      subject: `AEO ${isRevalidationCase(d) ? 'revalidation' : 'validation'} closed (${short(d, 'en')})`,
      body: `The ${isRevalidationCase(d) ? `revalidation of authorisation ${d['authorisationNumber']}${d['cycle'] ? ` (cycle ${d['cycle']})` : ''}` : `validation of application ${d['applicationId']}`} (case ${d['caseId']}; operator: ${holder(d, 'en')}) was closed on ${date(d['closedAt'], 'en')} because ${label(CLOSED_CAUSES.en, d['cause'])} ("${d['reason']}", ${d['closedBy']}). It is no longer in your workload; no report is needed, and any visit scheduled for it is cancelled.`,
    }),
    mn: (d) => ({
      subject: `AEO ${isRevalidationCase(d) ? 'дахин баталгаажуулалт' : 'баталгаажуулалт'} хаагдлаа (${short(d, 'mn')})`,
      body: `${label(CLOSED_CAUSES.mn, d['cause'])} тул ${isRevalidationCase(d) ? `${d['authorisationNumber']} зөвшөөрлийн ${d['cycle'] ? `${d['cycle']}-р мөчлөгийн ` : ''}дахин баталгаажуулалт` : `${d['applicationId']} дугаартай өргөдлийн баталгаажуулалт`} (аж ахуйн нэгж: ${holder(d, 'mn')}) ${mnDate(d['closedAt'], 'dat')} хаагдлаа («${d['reason']}», ${d['closedBy']}). Энэ ажил таны ачаалалд тооцогдохгүй; тайлан шаардлагагүй бөгөөд товлосон газар дээрх шалгалт цуцлагдана.`,
    }),
  },
  'staff-visit-scheduled.v1': {
    en: (d) => ({
      subject: `AEO site visit scheduled (${short(d, 'en')})`,
      body: `A site visit to ${actor(d, 'en')} is scheduled for ${dateTime(d['scheduledFor'], 'en')}, for application ${d['applicationId']}; validator: ${d['validator']}. Please prepare the visit with the validation checklist.`,
    }),
    mn: (d) => ({
      subject: `AEO газар дээрх шалгалт товлогдлоо (${short(d, 'mn')})`,
      body: `Газар дээрх шалгалтыг ${dateTime(d['scheduledFor'], 'mn')} хийхээр товлолоо (аж ахуйн нэгж: ${holder(d, 'mn')}; өргөдлийн дугаар ${d['applicationId']}; баталгаажуулагч: ${d['validator']}). Баталгаажуулалтын шалгах хуудасны дагуу шалгалтад бэлтгэл хангана уу.`,
    }),
  },
  'staff-corrective-action-requested.v1': {
    en: (d) => ({
      subject: `AEO corrective action requested (${short(d, 'en')})`,
      body: `In the ${isRevalidationCase(d) ? `revalidation of authorisation ${d['authorisationNumber']}` : `validation of application ${d['applicationId']}`}, the validator ${d['requestedBy']} asked ${actor(d, 'en')} to correct a shortcoming on the criterion "${criterion(d, 'en')}" by ${date(d['dueBy'], 'en')}: ${sentence(d['description'])} The validation report waits for the answer.`,
    }),
    mn: (d) => ({
      subject: `AEO залруулах арга хэмжээний хүсэлт (${short(d, 'mn')})`,
      body: `${isRevalidationCase(d) ? `${d['authorisationNumber']} зөвшөөрлийн дахин баталгаажуулалтын` : `${d['applicationId']} дугаартай өргөдлийн баталгаажуулалтын`} явцад баталгаажуулагч ${d['requestedBy']} аж ахуйн нэгжээс (${holder(d, 'mn')}) «${criterion(d, 'mn')}» шалгуурын дагуу илэрсэн дутагдлыг ${mnDate(d['dueBy'], 'gen')} дотор залруулахыг хүслээ: ${sentence(d['description'])} Хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.`,
    }),
  },
  'staff-corrective-action-answered.v1': {
    en: (d) => ({
      subject: `AEO corrective action answered${d['late'] ? ' late' : ''} (${short(d, 'en')})`,
      body: `${cap(actor(d, 'en'))} answered the corrective action on the criterion "${criterion(d, 'en')}" (${isRevalidationCase(d) ? `revalidation of authorisation ${d['authorisationNumber']}` : `application ${d['applicationId']}`}) on ${date(d['answeredAt'], 'en')}${d['late'] ? `, after its due date of ${date(d['dueBy'], 'en')}` : ''}. Please review the answer on the case before the report.`,
    }),
    mn: (d) => ({
      subject: `AEO залруулах арга хэмжээ: хариу${d['late'] ? ' хоцорч' : ''} ирлээ (${short(d, 'mn')})`,
      body: `${actor(d, 'mn')} «${criterion(d, 'mn')}» шалгуурын дагуух залруулах арга хэмжээний хүсэлтэд ${mnDate(d['answeredAt'], 'dat')} хариу ирүүллээ (${isRevalidationCase(d) ? `${d['authorisationNumber']} зөвшөөрлийн дахин баталгаажуулалт` : `өргөдлийн дугаар ${d['applicationId']}`})${d['late'] ? `; хариу ирүүлэх хугацаа ${mnDate(d['dueBy'], 'dat')} дууссан байсан` : ''}. Тайлангаа гаргахаас өмнө хариуг хянана уу.`,
    }),
  },
  'staff-report-reminder.v1': {
    en: (d) =>
      d['kind'] === 'overdue'
        ? {
            subject: `AEO validation report overdue (${short(d, 'en')})`,
            body: `The validation report on application ${d['applicationId']} (operator: ${holder(d, 'en')}) was due by ${date(d['reportDue'], 'en')} and has not been submitted. Please submit it without delay; the regional office has been informed.`,
          }
        : {
            subject: `AEO validation report due soon (${short(d, 'en')})`,
            body: `The validation report on application ${d['applicationId']} (operator: ${holder(d, 'en')}) is due by ${date(d['reportDue'], 'en')}. Please submit it in time.`,
          },
    mn: (d) =>
      d['kind'] === 'overdue'
        ? {
            subject: `AEO тайлан ирүүлэх хугацаа хэтэрлээ (${short(d, 'mn')})`,
            body: `Баталгаажуулалтын тайланг (аж ахуйн нэгж: ${holder(d, 'mn')}; өргөдлийн дугаар ${d['applicationId']}) ${mnDate(d['reportDue'], 'gen')} дотор ирүүлэх байсан боловч ирүүлээгүй байна. Тайлангаа нэн даруй ирүүлнэ үү; энэ талаар бүсийн газарт мэдэгдсэн.`,
          }
        : {
            subject: `AEO тайлан ирүүлэх хугацаа дөхлөө (${short(d, 'mn')})`,
            body: `Баталгаажуулалтын тайланг (аж ахуйн нэгж: ${holder(d, 'mn')}; өргөдлийн дугаар ${d['applicationId']}) ${mnDate(d['reportDue'], 'gen')} дотор ирүүлэх ёстой. Тайлангаа хугацаанд нь ирүүлнэ үү.`,
          },
  },
  'staff-report-overdue.v1': {
    en: (d) => ({
      subject: `AEO validation report overdue (${short(d, 'en')})`,
      body: `The validation report on application ${d['applicationId']} (case ${d['caseId']}; operator: ${holder(d, 'en')}) was due by ${date(d['reportDue'], 'en')} and is still missing. Please follow up with the assigned validator, or reassign the case.`,
    }),
    mn: (d) => ({
      subject: `AEO тайлан ирүүлэх хугацаа хэтэрлээ (${short(d, 'mn')})`,
      body: `Баталгаажуулалтын тайланг (аж ахуйн нэгж: ${holder(d, 'mn')}; өргөдлийн дугаар ${d['applicationId']}) ${mnDate(d['reportDue'], 'gen')} дотор ирүүлэх байсан боловч одоог хүртэл ирээгүй байна. Томилогдсон баталгаажуулагчаас тодруулах, эсвэл ажлыг өөр баталгаажуулагчид шилжүүлнэ үү.`,
    }),
  },
  'staff-report-submitted.v1': {
    en: (d) => ({
      subject: `AEO validation report submitted (${short(d, 'en')})`,
      body: `The validation report on application ${d['applicationId']} (${d['statusType']}; operator: ${holder(d, 'en')}) was submitted by ${d['submittedBy']}, recommending: ${label(REPORT_RECOMMENDATIONS.en, d['recommendation'])}${hasItems(d['conditions']) ? `; conditions: ${list(d['conditions'])}` : ''}. Please take the decision.`,
    }),
    mn: (d) => ({
      subject: `AEO баталгаажуулалтын тайлан ирлээ (${short(d, 'mn')})`,
      body: `Баталгаажуулагч ${d['submittedBy']} баталгаажуулалтын тайлангаа ирүүллээ (аж ахуйн нэгж: ${holder(d, 'mn')}; ${d['statusType']}; өргөдлийн дугаар ${d['applicationId']}). Зөвлөмж: ${label(REPORT_RECOMMENDATIONS.mn, d['recommendation'])}${hasItems(d['conditions']) ? `; нөхцөл: ${list(d['conditions'])}` : ''}. Шийдвэр гаргана уу.`,
    }),
  },
  'staff-authorisation-granted.v1': {
    en: (d) => ({
      subject: `AEO authorisation granted: ${d['authorisationNumber']}`,
      body: `Authorisation ${d['authorisationNumber']} (${d['statusType']}; holder: ${holder(d, 'en')}) was granted, in force from ${date(d['effectiveFrom'], 'en')}. Its revalidation is due on ${date(d['revalidationDue'], 'en')}.`,
    }),
    mn: (d) => ({
      subject: `AEO зөвшөөрөл олголоо: ${d['authorisationNumber']}`,
      body: `${d['authorisationNumber']} зөвшөөрөл (${d['statusType']}; эзэмшигч: ${holder(d, 'mn')}) олгогдож, ${mnDate(d['effectiveFrom'], 'abl')} эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг ${mnDate(d['revalidationDue'], 'dat')} хийнэ.`,
    }),
  },
  // ---- After the grant: staff ----
  'staff-revalidation-due.v1': {
    en: (d) => ({
      subject: `AEO revalidation due in ${d['daysAhead']} days: ${d['authorisationNumber']}`,
      body: `Authorisation ${d['authorisationNumber']} (holder: ${holder(d, 'en')}) is due for revalidation on ${date(d['revalidationDue'], 'en')}. Please contact the holder and help it prepare its self-assessment.`,
    }),
    mn: (d) => ({
      subject: `AEO дахин баталгаажуулалт ${d['daysAhead']} хоногийн дараа: ${d['authorisationNumber']}`,
      body: `${d['authorisationNumber']} зөвшөөрлийг (эзэмшигч: ${holder(d, 'mn')}) ${mnDate(d['revalidationDue'], 'dat')} дахин баталгаажуулна. Эзэмшигчтэй холбогдож, өөрийн үнэлгээг бэлтгэхэд нь туслана уу.`,
    }),
  },
  'staff-revalidation-started.v1': {
    en: (d) => {
      const trigger = (d['trigger'] ?? {}) as Record<string, unknown>;
      return {
        subject: `AEO revalidation started: ${d['authorisationNumber']}`,
        body: `Revalidation${d['cycle'] ? ` cycle ${d['cycle']}` : ''} of authorisation ${d['authorisationNumber']} (holder: ${holder(d, 'en')}) has started (trigger: ${label(TRIGGER_SOURCES.en, trigger['source'])}${clause(trigger['reason']) ? `; ${clause(trigger['reason'])}` : ''}). The holder is to update its self-assessment by ${date(d['selfAssessmentDue'], 'en')}; please follow it up.`,
      };
    },
    mn: (d) => {
      const trigger = (d['trigger'] ?? {}) as Record<string, unknown>;
      return {
        subject: `AEO дахин баталгаажуулалт эхэллээ: ${d['authorisationNumber']}`,
        body: `${d['authorisationNumber']} зөвшөөрлийн (эзэмшигч: ${holder(d, 'mn')}) ${d['cycle'] ? `${d['cycle']}-р мөчлөгийн ` : ''}дахин баталгаажуулалт эхэллээ (шалтгаан: ${label(TRIGGER_SOURCES.mn, trigger['source'])}${clause(trigger['reason']) ? `; ${clause(trigger['reason'])}` : ''}). Эзэмшигч өөрийн үнэлгээгээ ${mnDate(d['selfAssessmentDue'], 'gen')} дотор шинэчлэх ёстой тул хяналт тавина уу.`,
      };
    },
  },
  'staff-revalidation-requested.v1': {
    en: (d) => ({
      subject: `Early AEO revalidation requested: ${d['authorisationNumber']}`,
      body: `An early revalidation of authorisation ${d['authorisationNumber']} (holder: ${holder(d, 'en')}) was requested by ${d['requestedBy']}${d['siteVisit'] ? ', with a site visit' : ''}. Reason: ${sentence(d['reason'])} Please follow up the revalidation with the holder.`,
    }),
    mn: (d) => ({
      subject: `AEO хугацаанаас өмнөх дахин баталгаажуулалт: ${d['authorisationNumber']}`,
      body: `${d['authorisationNumber']} зөвшөөрлийг (эзэмшигч: ${holder(d, 'mn')}) хугацаанаас нь өмнө ${d['siteVisit'] ? 'газар дээрх шалгалттайгаар ' : ''}дахин баталгаажуулах хүсэлт ирлээ (хүсэлт гаргагч: ${d['requestedBy']}). Шалтгаан: ${sentence(d['reason'])} Эзэмшигчтэй хамтран дахин баталгаажуулалтыг зохион байгуулна уу.`,
    }),
  },
  'staff-change-reported.v1': {
    en: (d) => ({
      subject: `AEO change reported (${label(CHANGE_KINDS.en, d['kind'])}): ${d['authorisationNumber']}`,
      body: `The holder of authorisation ${d['authorisationNumber']} (${holder(d, 'en')}) reported a change (${label(CHANGE_KINDS.en, d['kind'])}) effective ${date(d['effectiveDate'], 'en')}: ${sentence(d['description'])} The authorisation will be reassessed through an early revalidation${d['siteVisit'] ? ' with a site visit' : ''}; please review the change.`,
    }),
    mn: (d) => ({
      subject: `AEO өөрчлөлт мэдэгдлээ (${label(CHANGE_KINDS.mn, d['kind'])}): ${d['authorisationNumber']}`,
      body: `${d['authorisationNumber']} зөвшөөрөл эзэмшигч (${holder(d, 'mn')}) ${mnDate(d['effectiveDate'], 'abl')} эхлэн хүчинтэй өөрчлөлт мэдэгдлээ (${label(CHANGE_KINDS.mn, d['kind'])}): ${sentence(d['description'])} Зөвшөөрлийг хугацаанаас өмнөх дахин баталгаажуулалтаар${d['siteVisit'] ? ', газар дээрх шалгалттайгаар' : ''} дахин үнэлэх тул өөрчлөлтийг хянана уу.`,
    }),
  },
  'staff-authorisation-suspended.v1': {
    en: (d) => ({
      subject: `AEO authorisation suspended: ${d['authorisationNumber']}`,
      body: `Authorisation ${d['authorisationNumber']} (holder: ${holder(d, 'en')}) is suspended${d['scope'] === 'security' ? ' (its security part)' : ''} from ${date(d['effectiveFrom'], 'en')}${d['requestedByHolder'] ? " at the holder's request" : ''}. Grounds: ${sentence(d['grounds'])} ${d['remediationPlanDue'] ? `The holder's remediation plan is due by ${date(d['remediationPlanDue'], 'en')}; please follow it up.` : 'Please follow up the remedial measures with the holder.'}`,
    }),
    mn: (d) => ({
      subject: `AEO зөвшөөрлийг түдгэлзүүллээ: ${d['authorisationNumber']}`,
      body: `${d['authorisationNumber']} зөвшөөрлийг (эзэмшигч: ${holder(d, 'mn')}) ${d['requestedByHolder'] ? 'эзэмшигчийн хүсэлтээр ' : ''}${mnDate(d['effectiveFrom'], 'abl')} эхлэн түдгэлзүүллээ${d['scope'] === 'security' ? ' (аюулгүй байдлын хэсэг)' : ''}. Үндэслэл: ${sentence(d['grounds'])} ${d['remediationPlanDue'] ? `Эзэмшигч засах арга хэмжээний төлөвлөгөөгөө ${mnDate(d['remediationPlanDue'], 'gen')} дотор ирүүлэх ёстой тул хяналт тавина уу.` : 'Засах арга хэмжээний явцад эзэмшигчтэй хамтран хяналт тавина уу.'}`,
    }),
  },
  'staff-suspension-progress.v1': {
    en: (d) => {
      const n = d['authorisationNumber'];
      if (d['kind'] === 'remediation-plan-submitted') {
        return { subject: `AEO remediation plan submitted: ${n}`, body: `The holder of the suspended authorisation ${n} (${holder(d, 'en')}) submitted its remediation plan${hasItems(d['measures']) ? ` (measures: ${list(d['measures'])})` : ''}. The remediation period runs until ${date(d['dueAt'], 'en')}; please assess the plan.` };
      }
      if (d['kind'] === 'remediation-plan-overdue') {
        return { subject: `AEO remediation plan overdue: ${n}`, body: `The holder of the suspended authorisation ${n} (${holder(d, 'en')}) has not submitted its remediation plan, which was due by ${date(d['dueAt'], 'en')}. Please decide on the next step: a reminder to the holder or an intended revocation.` };
      }
      return { subject: `AEO remediation period ended: ${n}`, body: `The remediation period of the suspended authorisation ${n} (holder: ${holder(d, 'en')}) ended on ${date(d['dueAt'], 'en')}${hasItems(d['measures']) ? ` (planned measures: ${list(d['measures'])})` : ''}. Please decide whether to reinstate or revoke the authorisation.` };
    },
    mn: (d) => {
      const n = d['authorisationNumber'];
      if (d['kind'] === 'remediation-plan-submitted') {
        return { subject: `AEO засах арга хэмжээний төлөвлөгөө ирлээ: ${n}`, body: `Түдгэлзүүлсэн ${n} зөвшөөрлийн эзэмшигч (${holder(d, 'mn')}) засах арга хэмжээний төлөвлөгөөгөө ирүүллээ${hasItems(d['measures']) ? ` (арга хэмжээ: ${list(d['measures'])})` : ''}. Засах арга хэмжээний хугацаа ${mnDate(d['dueAt'], 'dat')} дуусна; төлөвлөгөөг үнэлнэ үү.` };
      }
      if (d['kind'] === 'remediation-plan-overdue') {
        return { subject: `AEO засах арга хэмжээний төлөвлөгөө ирээгүй: ${n}`, body: `Түдгэлзүүлсэн ${n} зөвшөөрлийн эзэмшигч (${holder(d, 'mn')}) засах арга хэмжээний төлөвлөгөөгөө ${mnDate(d['dueAt'], 'gen')} дотор ирүүлээгүй. Дараагийн арга хэмжээг шийднэ үү: эзэмшигчид сануулах, эсвэл зөвшөөрлийг хүчингүй болгох санал гаргах.` };
      }
      return { subject: `AEO засах арга хэмжээний хугацаа дууслаа: ${n}`, body: `Түдгэлзүүлсэн ${n} зөвшөөрлийн (эзэмшигч: ${holder(d, 'mn')}) засах арга хэмжээний хугацаа ${mnDate(d['dueAt'], 'dat')} дууссан${hasItems(d['measures']) ? ` (төлөвлөсөн арга хэмжээ: ${list(d['measures'])})` : ''}. Зөвшөөрлийг сэргээх эсвэл хүчингүй болгох эсэхийг шийднэ үү.` };
    },
  },
  'staff-authorisation-reinstated.v1': {
    en: (d) => ({
      subject: `AEO authorisation reinstated: ${d['authorisationNumber']}`,
      body: `Authorisation ${d['authorisationNumber']} (holder: ${holder(d, 'en')}) is in force again from ${date(d['effectiveFrom'], 'en')}, and its benefits resume. The suspension is closed; revalidation monitoring continues as usual.`,
    }),
    mn: (d) => ({
      subject: `AEO зөвшөөрлийг сэргээлээ: ${d['authorisationNumber']}`,
      body: `${d['authorisationNumber']} зөвшөөрөл (эзэмшигч: ${holder(d, 'mn')}) ${mnDate(d['effectiveFrom'], 'abl')} эхлэн дахин хүчин төгөлдөр болж, хөнгөлөлтүүд сэргэнэ. Түдгэлзүүлэлт хаагдсан бөгөөд дахин баталгаажуулалтын хяналт ердийн журмаар үргэлжилнэ.`,
    }),
  },
  'staff-authorisation-revoked.v1': {
    en: (d) =>
      d['reason'] === 'surrendered'
        ? {
            subject: `AEO authorisation surrendered: ${d['authorisationNumber']}`,
            body: `At the holder's request, authorisation ${d['authorisationNumber']} (holder: ${holder(d, 'en')}) ends from ${date(d['effectiveFrom'], 'en')}. Reason: ${sentence(d['grounds'])} Its benefits end then.`,
          }
        : {
            subject: `AEO authorisation revoked: ${d['authorisationNumber']}`,
            body: `Authorisation ${d['authorisationNumber']} (holder: ${holder(d, 'en')}) is revoked from ${date(d['effectiveFrom'], 'en')}. Grounds: ${sentence(d['grounds'])} Its benefits end, and no new application from the holder is accepted for three years.`,
          },
    mn: (d) =>
      d['reason'] === 'surrendered'
        ? {
            subject: `AEO зөвшөөрлөөс татгалзлаа: ${d['authorisationNumber']}`,
            body: `Эзэмшигчийн хүсэлтээр ${d['authorisationNumber']} зөвшөөрөл (эзэмшигч: ${holder(d, 'mn')}) ${mnDate(d['effectiveFrom'], 'abl')} эхлэн дуусгавар болно. Шалтгаан: ${sentence(d['grounds'])} Тэр өдрөөс хөнгөлөлтүүд зогсоно.`,
          }
        : {
            subject: `AEO зөвшөөрлийг хүчингүй болголоо: ${d['authorisationNumber']}`,
            body: `${d['authorisationNumber']} зөвшөөрөл (эзэмшигч: ${holder(d, 'mn')}) ${mnDate(d['effectiveFrom'], 'abl')} эхлэн хүчингүй боллоо. Үндэслэл: ${sentence(d['grounds'])} Хөнгөлөлтүүд зогсох бөгөөд гурван жилийн хугацаанд эзэмшигчээс шинэ өргөдөл хүлээн авахгүй.`,
          },
  },
  'staff-authorisation-surrendered.v1': {
    en: (d) => ({
      subject: `AEO authorisation surrendered: ${d['authorisationNumber']}`,
      body: `At the holder's request, authorisation ${d['authorisationNumber']} (holder: ${holder(d, 'en')}) ends on ${date(d['effectiveFrom'], 'en')}. Reason: ${sentence(d['reason'])} Its benefits end then; no bar applies to a new application.`,
    }),
    mn: (d) => ({
      subject: `AEO зөвшөөрлөөс татгалзлаа: ${d['authorisationNumber']}`,
      body: `Эзэмшигчийн хүсэлтээр ${d['authorisationNumber']} зөвшөөрөл (эзэмшигч: ${holder(d, 'mn')}) ${mnDate(d['effectiveFrom'], 'dat')} дуусгавар болно. Шалтгаан: ${sentence(d['reason'])} Тэр өдрөөс хөнгөлөлтүүд зогсох бөгөөд эзэмшигч дахин өргөдөл гаргахад хязгаарлалт байхгүй.`,
    }),
  },
  'staff-watchdog-alert.v1': {
    en: (d) => ({
      subject: `AEO watchdog: revalidation ${label(WATCHDOG_PROBLEMS.en, d['problem'])} (${d['authorisationNumber']})`,
      body: `The daily check on ${date(d['checkedAt'], 'en')} found a problem with the revalidation workflow of authorisation ${d['authorisationNumber']} (holder: ${holder(d, 'en')}): ${label(WATCHDOG_PROBLEMS.en, d['problem'])} (${clause(d['detail'])}). It could not be repaired automatically; please investigate and repair it by hand.`,
    }),
    mn: (d) => ({
      subject: `AEO хяналт: ${label(WATCHDOG_PROBLEMS.mn, d['problem'])} (${d['authorisationNumber']})`,
      body: `${mnDate(d['checkedAt'], 'dat')} хийсэн өдөр тутмын шалгалтаар ${d['authorisationNumber']} зөвшөөрлийн (эзэмшигч: ${holder(d, 'mn')}) дахин баталгаажуулалтын ажлын урсгалд асуудал илэрлээ: ${label(WATCHDOG_PROBLEMS.mn, d['problem'])} (${clause(d['detail'])}). Автоматаар засах боломжгүй байсан тул шалгаж, гараар засна уу.`,
    }),
  },
  'staff-workflow-step-failed.v1': {
    en: (d) => ({
      subject: `AEO workflow step failed: ${clip(text(d['action']), 24)} (${workflowSubject(d)})`,
      body: `On ${date(d['failedAt'], 'en')} the ${label(WORKFLOW_PROCESSES.en, d['process'])} workflow ${text(d['workflowId'])} (holder: ${holder(d, 'en')}) ${
        d['outcome'] === 'action-refused'
          ? `could not apply "${text(d['action'])}"${text(d['by']) ? ` by ${text(d['by'])}` : ''}: the action was refused and nothing changed`
          : d['outcome'] === 'step-retried'
            ? `could not take its step "${text(d['action'])}", which it cannot go on without: it waits at its stage and tries the step again`
            : `could not take its step "${text(d['action'])}": the step was skipped`
      } (${text(d['activity'])} failed for good, ${text(d['failureType'])}: ${clause(d['detail'])}). ${
        d['outcome'] === 'step-retried' ? 'Please correct the data; a later attempt then records the step.' : 'The workflow carries on; please correct the data or record the step by hand.'
      }`,
    }),
    mn: (d) => ({
      subject: `AEO ажлын урсгалын алдаа: ${clip(text(d['action']), 24)} (${workflowSubject(d)})`,
      body: `${mnDate(d['failedAt'], 'dat')} ${label(WORKFLOW_PROCESSES.mn, d['process'])} ажлын урсгал ${text(d['workflowId'])} (эзэмшигч: ${holder(d, 'mn')}) ${
        d['outcome'] === 'action-refused'
          ? `"${text(d['action'])}" үйлдлийг${text(d['by']) ? ` (${text(d['by'])})` : ''} хэрэгжүүлж чадсангүй: үйлдлээс татгалзсан бөгөөд юу ч өөрчлөгдөөгүй`
          : d['outcome'] === 'step-retried'
            ? `"${text(d['action'])}" алхмыг гүйцэтгэж чадсангүй: энэ алхамгүйгээр үргэлжлэх боломжгүй тул ажлын урсгал энэ шатандаа хүлээж, алхмыг дахин оролдоно`
            : `"${text(d['action'])}" алхмыг гүйцэтгэж чадсангүй: алхмыг алгассан`
      } (${text(d['activity'])} дахин оролдоход засрахгүй алдаатай дууслаа, ${text(d['failureType'])}: ${clause(d['detail'])}). ${
        d['outcome'] === 'step-retried' ? 'Өгөгдлийг засна уу; дараагийн оролдлогоор алхам бүртгэгдэнэ.' : 'Ажлын урсгал үргэлжилж байна; өгөгдлийг засах эсвэл алхмыг гараар бүртгэнэ үү.'
      }`,
    }),
  },
  // ---- Risk: staff ----
  'staff-risk-alert.v1': {
    en: (d) => ({
      subject: `AEO risk alert (${label(SEVERITIES.en, d['severity'])}): ${short(d, 'en')}`,
      body: `A risk signal of ${label(SEVERITIES.en, d['severity'])} severity about ${actor(d, 'en')} was raised on ${date(d['raisedAt'], 'en')}: ${sentence(d['reason'])} Recommendation: ${label(ALERT_RECOMMENDATIONS.en, d['recommendation'])}; please review the authorisation and take the recommended step.`,
    }),
    mn: (d) => ({
      subject: `AEO эрсдэлийн дохио (${label(SEVERITIES.mn, d['severity'])}): ${short(d, 'mn')}`,
      body: `${mnDate(d['raisedAt'], 'dat')} эрсдэлийн дохио бүртгэгдлээ (аж ахуйн нэгж: ${holder(d, 'mn')}; эрсдэлийн түвшин: ${label(SEVERITIES.mn, d['severity'])}): ${sentence(d['reason'])} Зөвлөмж: ${label(ALERT_RECOMMENDATIONS.mn, d['recommendation'])}; зөвшөөрлийг хянаж, зөвлөсөн арга хэмжээг авна уу.`,
    }),
  },
};

/** Renders a template; dates in `timeZone` (the administration's, ADMINISTRATION_TIME_ZONE), which the message names. */
export function render(template: string, language: Language, data: Record<string, unknown>, timeZone = DEFAULT_TIME_ZONE): RenderedMessage {
  const entry = TEMPLATES[template];
  if (!entry) throw new Error(`Unknown template ${template}`);
  printing.zone = timeZone;
  printing.zoneStated = false;
  try {
    return entry[language](data);
  } finally {
    printing.zone = DEFAULT_TIME_ZONE;
  }
}
