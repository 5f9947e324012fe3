import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '@aeo/auth';
import { ScorecardAssessed, type ScorecardStatus } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { noteCreatedResource, recordAudit, type SqlRunner } from '@aeo/persistence';
import { KPI_DEFINITIONS } from '../kpis/kpi-definitions';
import {
  SCORECARD_PRINCIPLES,
  findStandard,
  rollUp,
  type Bilingual,
  type RolledUpStatus,
  type ScorecardPrinciple,
} from './principles';
import type { NewAssessment } from './scorecard.schemas';
import {
  arrangementPhases,
  grantedBenefits,
  insertAssessment,
  latestAssessments,
  lockStandard,
  publishedVersions,
  standardHistory,
  type Assessment,
} from './scorecard.repository';
import { tfaArticle77, type TfaArticle77 } from './tfa-checks';

/** Programme versions a criteria check lists as its evidence (the newest). */
const VERSIONS_SHOWN = 20;
/** The KPI family whose KPIs measure the benefits AEOs are granted. */
const BENEFIT_FAMILY: string = 'benefit';
/** Benefits count when applied to declarations lodged in the last 90 days (a quarter of a year's decisions). */
const BENEFIT_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;

export interface StandardState {
  id: string;
  name: Bilingual;
  asks: Bilingual;
  /** The latest assessment's status; null before the first. */
  status: ScorecardStatus | null;
  assessment: Assessment | null;
}

export interface PrincipleState {
  id: string;
  name: Bilingual;
  asks: Bilingual;
  status: RolledUpStatus;
  standards: StandardState[];
}

/** The scorecard as it stands: every principle with its standards' latest assessments, and the TFA 7.7 checks. */
export interface ScorecardState {
  principles: PrincipleState[];
  tfaArticle77: TfaArticle77;
  at: Date;
}

function principleState(principle: ScorecardPrinciple, latest: Map<string, Assessment>): PrincipleState {
  const standards = principle.standards.map((standard) => {
    const assessment = latest.get(standard.id) ?? null;
    return {
      id: standard.id,
      name: standard.name,
      asks: standard.asks,
      status: assessment?.status ?? null,
      assessment,
    };
  });
  return {
    id: principle.id,
    name: principle.name,
    asks: principle.asks,
    status: rollUp(standards.map((standard) => standard.status)),
    standards,
  };
}

/**
 * The design-principles scorecard: the policy unit's assessments of each standard (every one a new
 * row, audited, announced as `aeo.programme-scorecard.assessed.v1` through the outbox) and the WTO
 * TFA 7.7 checks computed from the evidence the service consumed. The programme report reads the
 * scorecard through `current()`.
 */
@Injectable()
export class ScorecardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** The scorecard as it stands now (national: the same for every reader). */
  async current(): Promise<ScorecardState> {
    const at = new Date();
    const latest = await latestAssessments(this.dataSource);
    return {
      principles: SCORECARD_PRINCIPLES.map((principle) => principleState(principle, latest)),
      tfaArticle77: await this.tfaArticle77(this.dataSource, at),
      at,
    };
  }

  /**
   * The WTO TFA 7.7 checks from the programme versions and arrangements seen so far, the AEO
   * benefits applied to the last 90 days' declarations and the benefit KPIs of the catalogue.
   */
  async tfaArticle77(runner: SqlRunner = this.dataSource, now = new Date()): Promise<TfaArticle77> {
    const benefitsSince = new Date(now.getTime() - BENEFIT_WINDOW_MS);
    const [publications, arrangements, granted] = await Promise.all([
      publishedVersions(runner, VERSIONS_SHOWN),
      arrangementPhases(runner),
      grantedBenefits(runner, benefitsSince),
    ]);
    return tfaArticle77({
      publications,
      arrangements,
      grantedBenefits: granted,
      benefitsSince,
      benefitKpiIds: KPI_DEFINITIONS.filter((kpi) => kpi.family === BENEFIT_FAMILY).map((kpi) => kpi.id),
    });
  }

  /** A standard's assessments, newest first; 404 for a standard the catalogue does not have. */
  async history(standardId: string) {
    const { principle, standard } = this.standard(standardId);
    return {
      standardId: standard.id,
      principleId: principle.id,
      name: standard.name,
      assessments: await standardHistory(this.dataSource, standard.id),
    };
  }

  /**
   * Records an assessment of a standard as a new row (the ones before stay as its history), with
   * its audit entry and event in the same transaction; the event states the standard's previous
   * status and its principle's status as it now rolls up.
   */
  async assess(user: AuthenticatedUser, standardId: string, body: NewAssessment): Promise<Assessment> {
    const { principle, standard } = this.standard(standardId);
    const id = randomUUID();
    noteCreatedResource(id);
    return this.dataSource.transaction(async (manager) => {
      await lockStandard(manager, standard.id);
      const latest = await latestAssessments(manager);
      const previous = latest.get(standard.id) ?? null;
      const assessment = await insertAssessment(manager, {
        id,
        principleId: principle.id,
        standardId: standard.id,
        status: body.status,
        note: body.note,
        evidence: body.evidence,
        assessedBy: user.sub,
      });
      latest.set(standard.id, assessment);
      const principleStatus = principleState(principle, latest).status;
      await this.outbox.append(manager, ScorecardAssessed, {
        subject: standard.id,
        aggregateId: standard.id,
        data: {
          assessmentId: assessment.id,
          principleId: principle.id,
          standardId: standard.id,
          status: assessment.status,
          previousStatus: previous?.status ?? null,
          principleStatus,
          note: assessment.note,
          evidence: assessment.evidence,
          assessedBy: assessment.assessedBy,
          assessedAt: assessment.assessedAt.toISOString(),
        },
      });
      await recordAudit(manager, {
        actor: user,
        action: 'programme-scorecard.assessed',
        entityType: 'programme-scorecard-standard',
        entityId: standard.id,
        before: previous ? { assessmentId: previous.id, status: previous.status } : undefined,
        after: {
          assessmentId: assessment.id,
          status: assessment.status,
          principleStatus,
          evidence: assessment.evidence,
        },
        reason: assessment.note,
        correlationId: currentCorrelationId(),
      });
      return assessment;
    });
  }

  private standard(standardId: string) {
    const found = findStandard(standardId);
    if (!found)
      throw new NotFoundException(`Standard ${standardId} is not in the scorecard (GET /v1/scorecard lists them)`);
    return found;
  }
}
