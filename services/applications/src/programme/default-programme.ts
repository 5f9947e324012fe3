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
const text = (en: string, mn: string) => ({ en, mn });

const PRIORITY = text(
  'Priority treatment when goods are selected for control',
  'Шалгалтад сонгогдсон бараа нэн тэргүүнд шалгагдана',
);

/** What each status type's holder gains (shown to a trader choosing one). */
const SIMPLIFICATION_BENEFITS = [
  text(
    'Fewer physical and documentary controls of customs declarations',
    'Гаалийн мэдүүлгийн биет болон баримтын шалгалт цөөрнө',
  ),
  text(
    'Easier access to customs simplifications (simplified declarations, self-assessment, reduced guarantees)',
    'Гаалийн хялбаршуулсан журам (хялбаршуулсан мэдүүлэг, өөрийн үнэлгээ, бууруулсан баталгаа) ашиглахад хялбар',
  ),
  PRIORITY,
  text('Choice of the place of control', 'Шалгалт хийх газраа сонгох боломж'),
];
const SECURITY_BENEFITS = [
  text(
    'Fewer physical and documentary controls related to security and safety',
    'Аюулгүй байдалтай холбоотой биет болон баримтын шалгалт цөөрнө',
  ),
  text(
    'Prior notification when a consignment is selected for control',
    'Ачааг шалгалтад сонгосон тухай урьдчилан мэдэгдэл авна',
  ),
  PRIORITY,
  text(
    'Recognition as a secure trader by partner administrations under mutual recognition agreements (MRAs)',
    'Харилцан хүлээн зөвшөөрөх хэлэлцээрийн (MRA) дагуу түнш орнуудын гаальд найдвартай худалдаачнаар хүлээн зөвшөөрөгдөнө',
  ),
  text(
    'Reduced data set for entry and exit summary declarations',
    'Орох, гарах хураангуй мэдүүлгийн мэдээллийн багц багасна',
  ),
];

/** Help text per question: what the answer covers and, where evidence is required, which documents fit. */
const HELP: Record<string, { en: string; mn: string }> = {
  'company.activities': text(
    'Say what you import, export or carry, through which offices, and where you stand in the chain (manufacturer, importer, forwarder, carrier, warehouse keeper). No document is needed.',
    'Юу импортлох, экспортлох, тээвэрлэдэг, аль гаалийн газраар, сүлжээнд ямар үүрэгтэй (үйлдвэрлэгч, импортлогч, дамжуулагч, тээвэрлэгч, агуулах эрхлэгч) болохоо бичнэ үү. Баримт шаардахгүй.',
  ),
  'company.ownership': text(
    'Attach the extract of the legal entity register and the list of shareholders (PDF or scan).',
    'Хуулийн этгээдийн улсын бүртгэлийн лавлагаа, хувьцаа эзэмшигчдийн жагсаалтыг (PDF эсвэл скан) хавсаргана уу.',
  ),
  'compliance.infringements': text(
    'Count infringements found by customs or tax authorities in the last 3 years; minor errors corrected on time are not serious.',
    'Сүүлийн 3 жилд гааль, татварын байгууллагын илрүүлсэн зөрчлийг тооцно; цагт нь зассан өчүүхэн алдаа ноцтойд тооцогдохгүй.',
  ),
  'compliance.criminal': text(
    'Covers the company, its directors and the person responsible for customs matters.',
    'Компани, түүний захирлууд болон гаалийн асуудал хариуцсан хүнийг хамарна.',
  ),
  'compliance.aml': text(
    'Customer due diligence, reporting suspicious transactions, screening against sanctions lists.',
    'Харилцагчийг таньж мэдэх, сэжигтэй гүйлгээг мэдээлэх, хориг арга хэмжээний жагсаалттай тулгах.',
  ),
  'accounting.audit-trail': text(
    "Attach a description of your accounting system or an auditor's letter showing how a declaration is traced to its payment.",
    'Мэдүүлгийг төлбөртэй нь хэрхэн холбож хянадгийг харуулсан бүртгэлийн системийн тодорхойлолт эсвэл аудиторын захидал хавсаргана уу.',
  ),
  'accounting.internal-control': text(
    'For example segregation of duties, approval of payments, reconciliation of stock with records.',
    'Жишээ нь үүргийн хуваарилалт, төлбөрийн зөвшөөрөл, нөөцийг бүртгэлтэй тулгах.',
  ),
  'accounting.flow-of-goods': text(
    'Name the system or records used at each step and who checks them.',
    'Алхам бүрт ашигладаг систем, бүртгэл болон хэн шалгадгийг бичнэ үү.',
  ),
  'accounting.backup': text(
    'How often records are backed up, where the copies are kept and for how long.',
    'Бүртгэлийг хэр давтамжтай нөөцөлж, хуулбарыг хаана, хэр удаан хадгалдаг.',
  ),
  'accounting.cybersecurity': text(
    'Passwords and access rights, firewall and antivirus, updates, protection of customs data.',
    'Нууц үг ба хандах эрх, галт хана ба вирусны хамгаалалт, шинэчлэлт, гаалийн мэдээллийн хамгаалалт.',
  ),
  'solvency.insolvency': text(
    'Answer yes if any insolvency, bankruptcy or liquidation proceedings are open against the company.',
    'Компанийн эсрэг төлбөрийн чадваргүй, дампуурлын буюу татан буулгах ажиллагаа нээгдсэн бол тийм гэж хариулна уу.',
  ),
  'solvency.statements': text(
    'Attach the audited financial statements (balance sheet, income statement) of the last 3 years, PDF.',
    'Сүүлийн 3 жилийн аудитлагдсан санхүүгийн тайлан (баланс, орлогын тайлан)-г PDF-ээр хавсаргана уу.',
  ),
  'competence.experience': text(
    'Years in which the company lodged declarations or handled goods under customs supervision.',
    'Компани мэдүүлэг гаргасан буюу гаалийн хяналтад барааг харьцсан жилүүд.',
  ),
  'competence.person': text(
    'Attach the certificate of the customs training or qualification of the person responsible.',
    'Хариуцсан хүний гаалийн сургалт буюу мэргэшлийн гэрчилгээг хавсаргана уу.',
  ),
  'security.premises': text(
    'Attach a site plan showing fences, gates, lighting, cameras and access points.',
    'Хашаа, хаалга, гэрэлтүүлэг, камер, нэвтрэх цэгийг харуулсан талбайн зургийг хавсаргана уу.',
  ),
  'security.cargo-units': text(
    'Seals used, who applies and records them, and how containers are inspected (seven-point check).',
    'Ямар лац хэрэглэдэг, хэн тавьж бүртгэдэг, чингэлгийг хэрхэн шалгадаг (долоон цэгийн шалгалт).',
  ),
  'security.business-partners': text(
    'For example security declarations of partners, contract clauses, AEO status of partners.',
    'Жишээ нь түншийн аюулгүй байдлын мэдэгдэл, гэрээний заалт, түншийн ЭЗО статус.',
  ),
  'security.personnel': text(
    'Background checks at hiring and periodically, for staff with access to goods or data.',
    'Бараа, мэдээлэлд хандах ажилтныг ажилд авахад болон үе үе шалгах.',
  ),
  'security.external-services': text(
    'Cleaning, guarding, transport, IT services: security clauses in their contracts.',
    'Цэвэрлэгээ, харуул хамгаалалт, тээвэр, мэдээллийн технологийн үйлчилгээний гэрээн дэх аюулгүй байдлын заалт.',
  ),
  'security.training': text(
    'Training programme and how often employees attend it.',
    'Сургалтын хөтөлбөр болон ажилтнууд хэр давтамжтай хамрагддаг.',
  ),
  'security.crisis': text(
    'Who is notified, and how, when seals are broken, goods go missing or an incident happens.',
    'Лац эвдэрсэн, бараа алга болсон буюу зөрчил гарсан үед хэнд, хэрхэн мэдэгддэг.',
  ),
};

const withHelp = (sections: ProgrammeDocument['sections']): ProgrammeDocument['sections'] =>
  sections.map((section) => ({
    ...section,
    questions: section.questions.map((question) =>
      HELP[question.id] ? { ...question, help: HELP[question.id] } : question,
    ),
  }));

export const DEFAULT_PROGRAMME: ProgrammeDocument = {
  statusTypes: [
    {
      code: 'AEOC',
      name: { en: 'AEO – customs simplifications', mn: 'ЭЗО – гаалийн хялбаршуулалт' },
      sections: ['company', 'compliance', 'accounting', 'solvency', 'competence'],
      description: text(
        'For operators who want the customs simplifications. Examined against the compliance record, the accounting and logistical system, financial solvency and practical standards of competence.',
        'Гаалийн хялбаршуулсан журам ашиглах хүсэлтэй оператор. Хууль тогтоомжийн биелэлт, нягтлан бодох бүртгэл ба логистикийн систем, санхүүгийн чадавх, мэргэжлийн ур чадварын шалгуураар үнэлнэ.',
      ),
      benefits: SIMPLIFICATION_BENEFITS,
    },
    {
      code: 'AEOS',
      name: { en: 'AEO – security and safety', mn: 'ЭЗО – аюулгүй байдал' },
      sections: ['company', 'compliance', 'accounting', 'solvency', 'security'],
      description: text(
        'For operators who secure their part of the international supply chain. Examined against the compliance record, the accounting and logistical system, financial solvency and the security and safety standards.',
        'Олон улсын нийлүүлэлтийн сүлжээн дэх өөрийн хэсгийг хамгаалдаг оператор. Хууль тогтоомжийн биелэлт, нягтлан бодох бүртгэл ба логистикийн систем, санхүүгийн чадавх, аюулгүй байдлын шалгуураар үнэлнэ.',
      ),
      benefits: SECURITY_BENEFITS,
    },
    {
      code: 'AEOF',
      name: { en: 'AEO – customs simplifications and security', mn: 'ЭЗО – хялбаршуулалт ба аюулгүй байдал' },
      sections: ['company', 'compliance', 'accounting', 'solvency', 'competence', 'security'],
      description: text(
        'Both statuses in one authorisation: examined against every criterion, the practical standards of competence and the security and safety standards included.',
        'Хоёр статусыг нэг зөвшөөрөлд: мэргэжлийн ур чадвар болон аюулгүй байдлын шалгуур зэрэг бүх шалгуураар үнэлнэ.',
      ),
      benefits: [...SIMPLIFICATION_BENEFITS, ...SECURITY_BENEFITS.filter((b) => !SIMPLIFICATION_BENEFITS.includes(b))],
    },
  ],
  sections: withHelp([
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
  ]),
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
