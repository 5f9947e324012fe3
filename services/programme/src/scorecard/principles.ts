import type { ScorecardStatus } from '@aeo/contracts';

/** Text in both languages of the programme. */
export interface Bilingual {
  readonly mn: string;
  readonly en: string;
}

export interface ScorecardStandard {
  /** `<principle>.<standard>`: stable, used in the API and the events. */
  readonly id: string;
  readonly name: Bilingual;
  /** What the standard asks of the programme (the deck's description). */
  readonly asks: Bilingual;
}

export interface ScorecardPrinciple {
  readonly id: string;
  readonly name: Bilingual;
  /** What the principle asks (the deck's second column). */
  readonly asks: Bilingual;
  readonly standards: readonly ScorecardStandard[];
}

/**
 * The five AEO programme design principles of the workshop deck (29–30 April 2024) and their
 * standards. The deck gives standards for the two partnerships; the other principles are assessed
 * on what they ask as a whole, and compliance with international standards on the two instruments
 * the deck names (the WCO SAFE Framework and the WTO Trade Facilitation Agreement, Article 7.7,
 * whose three checks the scorecard also computes from events).
 */
export const SCORECARD_PRINCIPLES: readonly ScorecardPrinciple[] = [
  {
    id: 'mandate-from-the-top',
    name: { en: 'Mandate from the top', mn: 'Дээд удирдлагын бүрэн эрх, дэмжлэг' },
    asks: {
      en: 'Obtain support from the highest levels of the Customs administration.',
      mn: 'Гаалийн байгууллагын дээд удирдлагын дэмжлэгийг авах.',
    },
    standards: [
      {
        id: 'mandate-from-the-top.senior-support',
        name: { en: 'Senior-level support and buy-in', mn: 'Дээд удирдлагын дэмжлэг, оролцоо' },
        asks: {
          en: 'Executive and regional management support the programme and secure continued funding for its development and implementation, across the agencies whose mind-sets it must change.',
          mn: 'Төв болон бүсийн удирдлага хөтөлбөрийг дэмжиж, түүнийг хөгжүүлэх, хэрэгжүүлэхэд шаардлагатай санхүүжилтийг тасралтгүй хангана; хандлагыг нь өөрчлөх шаардлагатай бусад байгууллагыг татан оролцуулна.',
        },
      },
    ],
  },
  {
    id: 'international-standards',
    name: { en: 'Compliance with international standards', mn: 'Олон улсын стандартад нийцэх' },
    asks: {
      en: 'Ensure commitment to international standards.',
      mn: 'Олон улсын стандартыг мөрдөх амлалтыг хангах.',
    },
    standards: [
      {
        id: 'international-standards.wco-safe',
        name: { en: 'WCO SAFE Framework of Standards', mn: 'ДГБ-ын SAFE стандартын хүрээ' },
        asks: {
          en: 'The programme meets the obligations the WCO SAFE Framework of Standards sets out for AEO programmes.',
          mn: 'Хөтөлбөр нь ДГБ-ын SAFE стандартын хүрээнээс ЭЗО-ын хөтөлбөрт тавьсан үүргийг хангана.',
        },
      },
      {
        id: 'international-standards.wto-tfa-7-7',
        name: {
          en: 'WTO Trade Facilitation Agreement, Article 7.7',
          mn: 'ДХБ-ын Худалдааг хөнгөвчлөх хэлэлцээр, 7.7 дугаар зүйл',
        },
        asks: {
          en: 'Authorized operator criteria related to compliance are published and easily accessible, at least three of the benefits of Article 7.7.3 are granted, and other members are offered the possibility of mutual recognition.',
          mn: 'Нийцэлтэй холбоотой эрх бүхий оператор болох шалгуурыг нийтэлж, хүртээмжтэй болгох; 7.7.3-т заасан хөнгөлөлтөөс багадаа гуравыг олгох; бусад гишүүнд харилцан хүлээн зөвшөөрөх боломжийг санал болгох.',
        },
      },
    ],
  },
  {
    id: 'professionalism',
    name: {
      en: 'Professionalism, integrity and strategic direction',
      mn: 'Мэргэжлийн ур чадвар, шударга байдал, стратегийн чиглэл',
    },
    asks: {
      en: 'Ensure commitment to professionalism, integrity and continuous training of key staff.',
      mn: 'Гол ажилтнуудын мэргэжлийн ур чадвар, шударга байдал, тасралтгүй сургалтыг хангах.',
    },
    standards: [
      {
        id: 'professionalism.key-staff',
        name: {
          en: 'Professional, trained key staff working with integrity',
          mn: 'Мэргэшсэн, сургагдсан, шударга гол ажилтнууд',
        },
        asks: {
          en: 'Key staff are trained continuously (training materials, curricula) and work with integrity, with the emerging mind-set: the private sector as strategic partner, intervention by exception, a focus on data, incentives for compliance.',
          mn: 'Гол ажилтнууд тасралтгүй сургалтад хамрагдаж (сургалтын материал, хөтөлбөр), шударга ажиллана; хувийн хэвшлийг стратегийн түнш гэж үзэх, зөвхөн эрсдэлтэй үед хөндлөнгөөс оролцох, мэдээлэлд төвлөрөх, нийцлийг урамшуулах шинэ хандлагыг баримтална.',
        },
      },
    ],
  },
  {
    id: 'customs-business',
    name: { en: 'Customs-business partnership', mn: 'Гааль-бизнесийн түншлэл' },
    asks: {
      en: 'Strengthen the Customs-to-Business partnership.',
      mn: 'Гааль ба бизнесийн түншлэлийг бэхжүүлэх.',
    },
    standards: [
      {
        id: 'customs-business.partnership',
        name: { en: 'Partnership', mn: 'Түншлэл' },
        asks: {
          en: 'AEOs engage in a self-assessment process, measured against pre-determined security standards and best practices.',
          mn: 'ЭЗО нь урьдчилан тогтоосон аюулгүй байдлын стандарт, шилдэг туршлагад тулгуурласан өөрийн үнэлгээг хийнэ.',
        },
      },
      {
        id: 'customs-business.security',
        name: { en: 'Security', mn: 'Аюулгүй байдал' },
        asks: {
          en: 'AEOs incorporate pre-determined security best practices into their existing business practices.',
          mn: 'ЭЗО нь урьдчилан тогтоосон аюулгүй байдлын шилдэг туршлагыг өөрийн бизнесийн үйл ажиллагаанд нэвтрүүлнэ.',
        },
      },
      {
        id: 'customs-business.authorization',
        name: { en: 'Authorization', mn: 'Эрх олгох' },
        asks: {
          en: 'Customs, together with representatives of the trading community, designs validation processes or quality accreditation procedures that offer incentives to businesses through their AEO status.',
          mn: 'Гааль нь худалдааны салбарын төлөөлөлтэй хамтран ЭЗО-ын статусаар дамжуулан бизнест урамшуулал олгох баталгаажуулалтын үйл явц, чанарын магадлан итгэмжлэлийн журмыг боловсруулна.',
        },
      },
      {
        id: 'customs-business.technology',
        name: { en: 'Technology', mn: 'Технологи' },
        asks: {
          en: 'All parties use modern technology to maintain cargo and container integrity.',
          mn: 'Бүх тал ачаа, чингэлгийн бүрэн бүтэн байдлыг хадгалахад орчин үеийн технологи ашиглана.',
        },
      },
      {
        id: 'customs-business.communication',
        name: { en: 'Communication', mn: 'Харилцаа холбоо' },
        asks: {
          en: 'Customs regularly updates the Customs-to-Business partnership to promote minimum security standards and supply chain security best practices.',
          mn: 'Гааль нь аюулгүй байдлын доод стандарт, нийлүүлэлтийн сүлжээний аюулгүй байдлын шилдэг туршлагыг түгээхийн тулд гааль-бизнесийн түншлэлд тогтмол мэдээлэл өгнө.',
        },
      },
      {
        id: 'customs-business.facilitation',
        name: { en: 'Facilitation', mn: 'Хөнгөвчлөл' },
        asks: {
          en: 'Customs works cooperatively with AEOs to maximise security and facilitate the international trade supply chains originating in or moving through its territory.',
          mn: 'Гааль нь ЭЗО-той хамтран ажиллаж, өөрийн нутаг дэвсгэрээс эхлэх эсвэл дамжин өнгөрөх олон улсын худалдааны нийлүүлэлтийн сүлжээний аюулгүй байдлыг дээд зэргээр хангаж, хөнгөвчилнө.',
        },
      },
    ],
  },
  {
    id: 'customs-pga',
    name: {
      en: 'Customs-partner government agencies partnership',
      mn: 'Гааль ба түнш төрийн байгууллагуудын түншлэл',
    },
    asks: {
      en: 'Strengthen coordination between Customs and partner government agencies (PGAs).',
      mn: 'Гааль ба түнш төрийн байгууллагуудын уялдаа холбоог бэхжүүлэх.',
    },
    standards: [
      {
        id: 'customs-pga.partnership',
        name: { en: 'Partnership', mn: 'Түншлэл' },
        asks: {
          en: 'Customs cooperates with the other government and inter-government agencies involved in international trade and supply chain security, as the SAFE Framework asks.',
          mn: 'Гааль нь SAFE стандартын хүрээний дагуу олон улсын худалдаа, нийлүүлэлтийн сүлжээний аюулгүй байдалд оролцдог бусад төрийн болон засгийн газар хоорондын байгууллагатай хамтран ажиллана.',
        },
      },
      {
        id: 'customs-pga.coordinated-border-management',
        name: { en: 'Coordinated border management', mn: 'Хилийн уялдаатай удирдлага' },
        asks: {
          en: 'The agencies at the border cooperate through coordinated border management at the national level.',
          mn: 'Хил дээр ажилладаг байгууллагууд үндэсний түвшинд хилийн уялдаатай удирдлагаар дамжуулан хамтран ажиллана.',
        },
      },
      {
        id: 'customs-pga.single-window',
        name: { en: 'Single window platform', mn: 'Нэг цонхны систем' },
        asks: {
          en: 'The agencies use the single window for interoperability and dynamic business rules for inter-agency data sharing that support targeting and profiling.',
          mn: 'Байгууллагууд нэг цонхны системийг харилцан уялдаатай ажиллагаа, байгууллага хоорондын мэдээлэл солилцооны уян хатан бизнес дүрэмд ашиглаж, эрсдэлийн сонголт, профайлингийг дэмжинэ.',
        },
      },
      {
        id: 'customs-pga.effective-cooperation',
        name: { en: 'Effective cooperation', mn: 'Үр дүнтэй хамтын ажиллагаа' },
        asks: {
          en: 'Effective cooperation between and among organisations is promoted bilaterally and multilaterally, given how AEOs work across the global supply chain.',
          mn: 'ЭЗО дэлхийн нийлүүлэлтийн сүлжээнд ажилладаг онцлогийг харгалзан байгууллагуудын хоорондын үр дүнтэй хамтын ажиллагааг хоёр болон олон талт хэлбэрээр дэмжинэ.',
        },
      },
    ],
  },
];

/** A principle's status rolled up from its standards', worst first. */
export const ROLLED_UP_STATUSES = ['not-assessed', 'ongoing', 'partial', 'met'] as const;
export type RolledUpStatus = (typeof ROLLED_UP_STATUSES)[number];

/**
 * A principle is as far as its least advanced standard: met only when every standard is met, and
 * not assessed while one of its standards has no assessment yet. Ongoing (work under way) ranks
 * below partial (in place in part).
 */
export function rollUp(statuses: readonly (ScorecardStatus | null)[]): RolledUpStatus {
  let worst = ROLLED_UP_STATUSES.length - 1;
  for (const status of statuses) worst = Math.min(worst, ROLLED_UP_STATUSES.indexOf(status ?? 'not-assessed'));
  return ROLLED_UP_STATUSES[worst]!;
}

const STANDARDS = new Map(
  SCORECARD_PRINCIPLES.flatMap((principle) =>
    principle.standards.map((standard) => [standard.id, { principle, standard }]),
  ),
);

/** The standard with this id and its principle, if the catalogue has it. */
export const findStandard = (id: string) => STANDARDS.get(id);
