import type { ProgrammeDocument } from './programme.schemas';

type Q = ProgrammeDocument['sections'][number]['questions'][number];
const yesNo = (id: string, en: string, mn: string, evidenceRequired = false): Q => ({
  id,
  text: { en, mn },
  answer: 'yes-no',
  evidenceRequired,
});
const free = (id: string, en: string, mn: string, evidenceRequired = false): Q => ({
  id,
  text: { en, mn },
  answer: 'text',
  evidenceRequired,
});

/**
 * The programme's first version: the criteria of the EU self-assessment questionnaire (domain.md)
 * with the C-TPAT additions (cybersecurity, money laundering and terrorist financing), the status
 * types AEOC (sections a–d), AEOS (a–c and e) and AEOF (all), and the EU time limits. The policy
 * unit publishes later versions through the API.
 */
export const DEFAULT_PROGRAMME: ProgrammeDocument = {
  statusTypes: [
    {
      code: 'AEOC',
      name: { en: 'AEO – customs simplifications', mn: 'ЭЗО – гаалийн хялбаршуулалт' },
      sections: ['company', 'compliance', 'accounting', 'solvency', 'competence'],
    },
    {
      code: 'AEOS',
      name: { en: 'AEO – security and safety', mn: 'ЭЗО – аюулгүй байдал' },
      sections: ['company', 'compliance', 'accounting', 'solvency', 'security'],
    },
    {
      code: 'AEOF',
      name: { en: 'AEO – customs simplifications and security', mn: 'ЭЗО – хялбаршуулалт ба аюулгүй байдал' },
      sections: ['company', 'compliance', 'accounting', 'solvency', 'competence', 'security'],
    },
  ],
  sections: [
    {
      id: 'company',
      title: { en: 'Company information', mn: 'Компанийн мэдээлэл' },
      questions: [
        free(
          'company.activities',
          'Describe your business activities and your role in the international supply chain.',
          'Бизнесийн үйл ажиллагаа болон олон улсын нийлүүлэлтийн сүлжээн дэх үүргээ тайлбарлана уу.',
        ),
        free(
          'company.ownership',
          'Who owns and controls the company (shareholders above 10%, directors)?',
          'Компанийг хэн эзэмшиж, удирддаг вэ (10%-иас дээш хувьцаа эзэмшигч, захирлууд)?',
          true,
        ),
      ],
    },
    {
      id: 'compliance',
      title: { en: '(a) Compliance record', mn: '(a) Хууль тогтоомжийн биелэлт' },
      questions: [
        yesNo(
          'compliance.infringements',
          'Have there been serious or repeated infringements of customs or tax rules in the last 3 years?',
          'Сүүлийн 3 жилд гааль, татварын хууль тогтоомжийг ноцтой буюу давтан зөрчсөн үү?',
        ),
        yesNo(
          'compliance.criminal',
          'Has the company or a person in charge been convicted of a serious criminal offence linked to its economic activity?',
          'Компани эсвэл удирдах албан тушаалтан эдийн засгийн үйл ажиллагаатай холбоотой ноцтой гэмт хэрэгт шийтгэгдэж байсан уу?',
        ),
        yesNo(
          'compliance.aml',
          'Do you have controls against money laundering and terrorist financing?',
          'Мөнгө угаах, терроризмыг санхүүжүүлэхээс сэргийлэх хяналттай юу?',
        ),
      ],
    },
    {
      id: 'accounting',
      title: { en: '(b) Accounting and logistical system', mn: '(b) Нягтлан бодох бүртгэл ба логистикийн систем' },
      questions: [
        yesNo(
          'accounting.audit-trail',
          'Does your accounting system give an audit trail from declaration to payment?',
          'Таны бүртгэлийн систем мэдүүлгээс төлбөр хүртэлх хяналтын мөрийг хадгалдаг уу?',
          true,
        ),
        yesNo(
          'accounting.internal-control',
          'Do you have internal controls that detect illegal or irregular transactions?',
          'Хууль бус буюу зөрчилтэй гүйлгээг илрүүлэх дотоод хяналттай юу?',
        ),
        free(
          'accounting.flow-of-goods',
          'Describe how you record the flow of goods (receipt, storage, dispatch).',
          'Барааны урсгалыг (хүлээн авах, хадгалах, илгээх) хэрхэн бүртгэдгээ тайлбарлана уу.',
        ),
        yesNo(
          'accounting.backup',
          'Are your records backed up and archived for the legal retention period?',
          'Бүртгэлээ хуулийн хугацаанд нөөцөлж, архивладаг уу?',
        ),
        yesNo(
          'accounting.cybersecurity',
          'Are your computer systems protected against unauthorised access (cybersecurity)?',
          'Мэдээллийн системээ зөвшөөрөлгүй хандалтаас хамгаалдаг уу (кибер аюулгүй байдал)?',
        ),
      ],
    },
    {
      id: 'solvency',
      title: { en: '(c) Financial solvency', mn: '(c) Санхүүгийн чадавх' },
      questions: [
        yesNo(
          'solvency.insolvency',
          'Is the company subject to insolvency or bankruptcy proceedings?',
          'Компани төлбөрийн чадваргүй буюу дампуурлын ажиллагаанд орсон уу?',
        ),
        free(
          'solvency.statements',
          'Attach and summarise your financial statements of the last 3 years.',
          'Сүүлийн 3 жилийн санхүүгийн тайлангаа хавсаргаж, товч тайлбарлана уу.',
          true,
        ),
      ],
    },
    {
      id: 'competence',
      title: { en: '(d) Practical standards of competence', mn: '(d) Мэргэжлийн ур чадвар' },
      questions: [
        yesNo(
          'competence.experience',
          'Has the company at least 3 years of practical experience in customs matters?',
          'Компани гаалийн асуудлаар дор хаяж 3 жилийн практик туршлагатай юу?',
        ),
        free(
          'competence.person',
          'Who is responsible for customs matters, and what is their qualification?',
          'Гаалийн асуудал хариуцсан хүн хэн бэ, ямар мэргэшилтэй вэ?',
          true,
        ),
      ],
    },
    {
      id: 'security',
      title: { en: '(e) Security and safety', mn: '(e) Аюулгүй байдал' },
      questions: [
        free(
          'security.premises',
          'Describe the security of your premises and the access control.',
          'Байр, талбайн хамгаалалт болон нэвтрэх хяналтаа тайлбарлана уу.',
          true,
        ),
        yesNo(
          'security.cargo-units',
          'Are cargo units sealed and checked for integrity before loading?',
          'Ачааны хэрэгслийг ачихын өмнө битүүмжилж, бүрэн бүтэн байдлыг шалгадаг уу?',
        ),
        yesNo(
          'security.business-partners',
          'Do you check the security of your business partners?',
          'Бизнесийн түншүүдийнхээ аюулгүй байдлыг шалгадаг уу?',
        ),
        yesNo(
          'security.personnel',
          'Are employees in security-sensitive positions screened?',
          'Аюулгүй байдлын эмзэг албан тушаалын ажилтнуудыг шалгадаг уу?',
        ),
        yesNo(
          'security.external-services',
          'Do contracts with external service providers include security requirements?',
          'Гадны үйлчилгээ үзүүлэгчтэй байгуулсан гэрээнд аюулгүй байдлын шаардлага тусгагдсан уу?',
        ),
        yesNo(
          'security.training',
          'Are employees trained in security and in recognising threats?',
          'Ажилтнуудыг аюулгүй байдал, аюулыг таних чиглэлээр сургадаг уу?',
        ),
        free(
          'security.crisis',
          'Describe your crisis management and incident reporting procedures.',
          'Хямралын менежмент болон зөрчлийг мэдээлэх журмаа тайлбарлана уу.',
        ),
      ],
    },
  ],
  timeLimits: {
    acceptanceDays: 30,
    decisionDays: 120,
    maxExtensionDays: 60,
    hearingDays: 30,
    effectDays: 5,
    validationDays: 90,
    reminderDays: 14,
    informationRequestMaxDays: 30,
    revalidationYears: 3,
    reapplicationBarYears: 3,
  },
};
