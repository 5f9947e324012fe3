import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AuthenticatedUser, regionFilterOf } from '@aeo/auth';
import {
  type CompanyWindows,
  differenceOf,
  figuresOf,
  MAX_COMPARABLE_TRADERS,
  measurementPoints,
  pooledCounts,
  volumeBandOf,
  type WindowCounts,
  windowsOf,
} from './benefits-test-figures';
import {
  companiesOf,
  comparableTradersOf,
  findPilot,
  milestonesOf,
  type PilotCompany,
  windowCounts,
} from './benefits-test.repository';
import {
  BENEFITS_TEST_DEFINITIONS,
  type BenefitsTest,
  type CompanyTest,
  type Measurement,
} from './benefits-test.response';
import { BENEFITS_TEST_DEFAULTS, type BenefitsTestQuery } from './benefits-test.schemas';

export interface BenefitsTestOptions {
  /** Days of the windows before and after a certification (default 90). */
  windowDays?: number;
  /** The comparable traders' volume band factor (default 2). */
  volumeBand?: number;
  /** Only the companies of this region. */
  region?: string;
  /** The last measurement's moment (default: the time of the call); milestones due after it are left out. */
  now?: Date;
}

/** A company certified as of a measurement, with the windows it is measured over. */
interface Measured {
  company: PilotCompany;
  windows: CompanyWindows;
}

const toCompanyTest = (company: PilotCompany): Omit<CompanyTest, 'certification' | 'windowDays'> => ({
  taxpayerId: company.taxpayerId,
  operatorId: company.operatorId,
  region: company.region,
  before: null,
  after: null,
  peers: null,
  afterVersusBefore: null,
  afterVersusPeers: null,
});

/**
 * The pilot benefits test (issue 17, item 7): each certified pilot company's control rates, AEO
 * benefits received and release indicators after its certification against its own history before
 * it and against comparable non-pilot traders, as of each milestone due date passed and now, from
 * the facts the benefit consumer folds (declarations and channel decisions) and the grants the
 * KPI facts keep. Read only: it records and publishes nothing.
 */
@Injectable()
export class PilotBenefitsTestService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The API's answer: the caller's region only when it is confined to one (403 for another). */
  forUser(user: AuthenticatedUser, pilotId: string, query: BenefitsTestQuery): Promise<BenefitsTest> {
    const region = regionFilterOf(user, query.region);
    return this.compute(pilotId, {
      windowDays: query.windowDays,
      volumeBand: query.volumeBand,
      ...(region === undefined ? {} : { region }),
    });
  }

  /** The test of a pilot (404 for an unknown one); the final report takes it as the API answers it. */
  async compute(pilotId: string, options: BenefitsTestOptions = {}): Promise<BenefitsTest> {
    const windowDays = options.windowDays ?? BENEFITS_TEST_DEFAULTS.windowDays;
    const volumeBand = options.volumeBand ?? BENEFITS_TEST_DEFAULTS.volumeBand;
    const now = options.now ?? new Date();
    if (!(await findPilot(this.dataSource, pilotId))) throw new NotFoundException(`No pilot ${pilotId}`);
    const [milestones, companies] = await Promise.all([
      milestonesOf(this.dataSource, pilotId),
      companiesOf(this.dataSource, pilotId, options.region),
    ]);
    const points = measurementPoints(milestones, now).map((point) => ({
      ...point,
      measured: companies.flatMap((company): Measured[] => {
        const windows = company.grant && windowsOf(company.grant.decidedAt, point.asOf, windowDays);
        return windows ? [{ company, windows }] : [];
      }),
    }));
    const all = points.flatMap((point) => point.measured);
    const own = await windowCounts(
      this.dataSource,
      all.flatMap(({ company, windows }) => [
        { taxpayerIds: [company.taxpayerId], region: '', ...windows.before },
        { taxpayerIds: [company.taxpayerId], region: '', ...windows.after },
      ]),
    );
    const bands = all.map((_, index) => volumeBandOf(own[2 * index + 1]!.declarations, volumeBand));
    const peerWindows = all.map(({ company, windows }, index) => ({
      region: company.region,
      ...windows.after,
      minVolume: bands[index]!.min,
      maxVolume: bands[index]!.max,
      companyVolume: own[2 * index + 1]!.declarations,
    }));
    const comparable = await comparableTradersOf(this.dataSource, peerWindows, MAX_COMPARABLE_TRADERS);
    const peers = await windowCounts(
      this.dataSource,
      peerWindows.map((window, index) => ({ ...window, taxpayerIds: comparable[index]!.taxpayerIds })),
    );

    let next = 0;
    const measurements = points.map((point): Measurement => {
      const pooled = { before: [] as WindowCounts[], after: [] as WindowCounts[], peers: [] as WindowCounts[] };
      const tested = new Map<string, CompanyTest>();
      for (const { company, windows } of point.measured) {
        const index = next++;
        const [before, after, peer, band] = [own[2 * index]!, own[2 * index + 1]!, peers[index]!, bands[index]!];
        pooled.before.push(before);
        pooled.after.push(after);
        pooled.peers.push(peer);
        const [beforeFigures, afterFigures, peerFigures] = [figuresOf(before), figuresOf(after), figuresOf(peer)];
        tested.set(company.taxpayerId, {
          ...toCompanyTest(company),
          certification: {
            authorisationNumber: company.grant!.authorisationNumber,
            statusType: company.grant!.statusType,
            certifiedAt: company.grant!.decidedAt,
          },
          windowDays: windows.days,
          before: { ...windows.before, ...beforeFigures },
          after: { ...windows.after, ...afterFigures },
          peers: {
            ...windows.after,
            ...peerFigures,
            traders: comparable[index]!.taxpayerIds.length,
            eligibleTraders: comparable[index]!.eligible,
            maxTraders: MAX_COMPARABLE_TRADERS,
            volumeBand: { companyVolume: after.declarations, ...band },
          },
          afterVersusBefore: differenceOf(afterFigures, beforeFigures),
          afterVersusPeers: differenceOf(afterFigures, peerFigures),
        });
      }
      const summary = {
        before: figuresOf(pooledCounts(pooled.before)),
        after: figuresOf(pooledCounts(pooled.after)),
        peers: figuresOf(pooledCounts(pooled.peers)),
      };
      return {
        asOf: point.asOf,
        milestone: point.milestone,
        companies: companies.map(
          (company) =>
            tested.get(company.taxpayerId) ?? { ...toCompanyTest(company), certification: null, windowDays: null },
        ),
        summary: {
          companies: companies.length,
          certified: point.measured.length,
          ...summary,
          afterVersusBefore: differenceOf(summary.after, summary.before),
          afterVersusPeers: differenceOf(summary.after, summary.peers),
        },
      };
    });
    return {
      pilotId,
      computedAt: now,
      windowDays,
      volumeBand,
      region: options.region ?? null,
      definitions: BENEFITS_TEST_DEFINITIONS,
      measurements,
    };
  }
}
