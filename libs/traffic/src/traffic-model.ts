import { Faker, en } from '@faker-js/faker';
import type { EventData } from '@aeo/contracts';
import { ComplianceRecorded, DeclarationLodged } from '@aeo/contracts';
import { foreignPartnerAeoId } from './foreign-partners';

/**
 * Realistic, reproducible customs traffic for demos and benchmarks: a population of traders
 * whose sizes follow a heavy-tailed distribution (a few large importers lodge most
 * declarations, as in every customs administration), Mongolian border offices and trade
 * patterns, and occasional compliance events. The same seed always gives the same traffic.
 */
export interface TrafficOptions {
  seed: number;
  traders: number;
  /** Days the declarations are spread over, ending at `until`. */
  days: number;
  until: Date;
}

export interface Trader {
  taxpayerId: string;
  name: string;
  role: 'importer' | 'exporter';
  weight: number;
  homeOffice: Office;
  chapters: string[];
}

interface Office {
  code: string;
  region: string;
}

/** The customs offices declarations are lodged at, by region. */
const OFFICE_CODES_BY_REGION: Record<string, string[]> = {
  ZAMYN_UUD: ['ZAMYN_UUD-01'],
  ULAANBAATAR: ['ULAANBAATAR-01', 'ULAANBAATAR-AIRPORT'],
  SELENGE: ['ALTANBULAG-01'],
  UMNUGOVI: ['GASHUUNSUKHAIT-01'],
  DARKHAN: ['DARKHAN-01'],
  ERDENET: ['ERDENET-01'],
};
const OFFICES: Office[] = Object.entries(OFFICE_CODES_BY_REGION).flatMap(([region, codes]) =>
  codes.map((code) => ({ code, region })),
);

/** HS chapters typical of Mongolia's trade: imports of fuel, vehicles, machinery, food; exports of ores, coal, cashmere. */
const IMPORT_CHAPTERS = ['27', '87', '84', '85', '22', '10', '30', '39', '73', '94', '17', '21'];
const EXPORT_CHAPTERS = ['26', '27', '51', '61', '62', '71', '02', '41'];
const IMPORT_ORIGINS = ['CN', 'RU', 'KR', 'JP', 'DE', 'US', 'KZ'];
const EXPORT_DESTINATIONS = ['CN', 'CN', 'CN', 'RU', 'KR', 'JP', 'IT', 'GB'];

export class TrafficModel {
  readonly traders: Trader[];
  private readonly faker: Faker;
  private readonly totalWeight: number;
  private sequence = 0;

  constructor(private readonly options: TrafficOptions) {
    this.faker = new Faker({ locale: [en] });
    this.faker.seed(options.seed);
    this.traders = Array.from({ length: options.traders }, (_, index) => this.makeTrader(index));
    this.totalWeight = this.traders.reduce((sum, trader) => sum + trader.weight, 0);
  }

  private makeTrader(index: number): Trader {
    const role = this.faker.number.float() < 0.75 ? 'importer' : 'exporter';
    const chapters = this.faker.helpers.arrayElements(role === 'importer' ? IMPORT_CHAPTERS : EXPORT_CHAPTERS, {
      min: 1,
      max: 4,
    });
    return {
      // Seven-digit register numbers, unique within the population.
      taxpayerId: String(5_000_000 + ((index * 7919 + this.options.seed * 104_729) % 4_999_999)),
      name: `${this.faker.company.name()} LLC`,
      role,
      // Pareto-distributed size: weight = u^(-1/alpha) with alpha 1.16 (the 80/20 rule).
      weight: Math.min(1000, Math.pow(1 - this.faker.number.float({ max: 0.999999 }), -1 / 1.16)),
      homeOffice: this.faker.helpers.arrayElement(OFFICES),
      chapters,
    };
  }

  /** Picks a trader with probability proportional to its size. */
  private pickTrader(): Trader {
    let target = this.faker.number.float() * this.totalWeight;
    for (const trader of this.traders) {
      target -= trader.weight;
      if (target <= 0) return trader;
    }
    return this.traders[this.traders.length - 1];
  }

  nextDeclaration(): EventData<typeof DeclarationLodged> {
    const trader = this.pickTrader();
    const importing = trader.role === 'importer';
    const office = this.faker.number.float() < 0.8 ? trader.homeOffice : this.faker.helpers.arrayElement(OFFICES);
    const customsValue = Math.round(
      Math.pow(10, this.faker.number.float({ min: 5.5, max: 9.5 })) * (0.5 + Math.log10(1 + trader.weight)),
    );
    const lodgedAt = new Date(
      this.options.until.getTime() - this.faker.number.float({ min: 0, max: this.options.days * 86_400_000 }),
    );
    this.sequence += 1;
    return {
      declarationId: `MN${lodgedAt.getUTCFullYear()}${String(this.options.seed).padStart(4, '0')}${String(this.sequence).padStart(9, '0')}`,
      lodgedAt: lodgedAt.toISOString(),
      regime: importing ? 'import' : this.faker.number.float() < 0.9 ? 'export' : 're-export',
      customsOffice: office.code,
      region: office.region,
      declarantTaxpayerId:
        this.faker.number.float() < 0.6
          ? trader.taxpayerId
          : String(6_000_000 + this.faker.number.int({ min: 0, max: 40 })),
      traderTaxpayerId: trader.taxpayerId,
      traderRole: trader.role,
      foreignPartnerAeoIds:
        this.faker.number.float() < 0.15 ? [foreignPartnerAeoId(this.faker.number.int({ min: 1000, max: 9999 }))] : [],
      customsValue,
      duties: importing ? Math.round(customsValue * this.faker.helpers.arrayElement([0.05, 0.05, 0.1, 0.15])) : 0,
      currency: 'MNT',
      goodsLines: this.faker.number.int({ min: 1, max: importing ? 40 : 5 }),
      commodityChapters: this.faker.helpers.arrayElements(trader.chapters, { min: 1, max: trader.chapters.length }),
      originCountry: importing ? this.faker.helpers.arrayElement(IMPORT_ORIGINS) : 'MN',
      destinationCountry: importing ? 'MN' : this.faker.helpers.arrayElement(EXPORT_DESTINATIONS),
    };
  }

  nextComplianceEvent(): EventData<typeof ComplianceRecorded> {
    const trader = this.faker.helpers.arrayElement(this.traders);
    const severity = this.faker.helpers.weightedArrayElement([
      { weight: 60, value: 'minor' as const },
      { weight: 25, value: 'moderate' as const },
      { weight: 12, value: 'serious' as const },
      { weight: 3, value: 'critical' as const },
    ]);
    this.sequence += 1;
    return {
      complianceEventId: `CMP-${this.options.seed}-${this.sequence}`,
      taxpayerId: trader.taxpayerId,
      kind: this.faker.helpers.arrayElement(['infringement', 'penalty', 'audit-finding'] as const),
      severity,
      occurredAt: new Date(
        this.options.until.getTime() - this.faker.number.int({ min: 0, max: 365 }) * 86_400_000,
      ).toISOString(),
      recordedBy: this.faker.helpers.arrayElement([
        'customs-post-clearance-audit',
        'customs-enforcement',
        'tax-authority',
      ]),
      description: this.faker.helpers.arrayElement([
        'Undervaluation of imported goods',
        'Misclassification of goods (HS code)',
        'Late submission of supporting documents',
        'Goods not declared at the border',
        'Breach of customs seal',
        'Incorrect origin declared',
      ]),
    };
  }
}
