import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ROLES, type AuthenticatedUser } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import type { ProgrammeConfig } from '../../config';
import { findKpi } from '../../kpis/kpi-catalogue';
import { KpisService } from '../../kpis/kpis.service';
import { dayStart } from '../../kpis/periods';
import type { ReportFigure } from '../../reports/report-model';
import { PilotBenefitsTestService } from '../benefits-test/benefits-test.service';
import type { Measurement } from '../benefits-test/benefits-test.response';
import { PilotsService } from '../core/pilots.service';
import { EvaluationService } from '../evaluation/evaluation.service';
import type { BenefitsFigures, FinalReportContent, FinalReportKpi } from './final-report-model';
import { deviationsBetween, reportParticipants } from './final-report.repository';

/** The report reads national figures, as an executive would. */
const NATIONAL_READER: AuthenticatedUser = { sub: 'system:pilot-final-report', roles: [ROLES.executive] };
const DAY_MS = 86_400_000;
const iso = (at: Date | null) => (at === null ? null : at.toISOString());

type PilotFigures = { declarations: number } & Record<
  'documentaryRate' | 'physicalRate' | 'benefitShare' | 'priorityShare',
  number | null
> & { decisionTime: { meanSeconds: number | null } };
const benefitsFigures = (figures: PilotFigures): BenefitsFigures => ({
  declarations: figures.declarations,
  documentaryRate: figures.documentaryRate,
  physicalRate: figures.physicalRate,
  benefitShare: figures.benefitShare,
  priorityShare: figures.priorityShare,
  meanDecisionSeconds: figures.decisionTime.meanSeconds,
});

/**
 * Gathers a pilot's final report from the pilot modules (the pilot, its objectives, milestones and
 * extensions; the selection's participants; the benefits test; the evaluation's results and
 * lessons), the KPIs the objectives name (national, per month of the pilot) and the programme's
 * deviation cases opened within the pilot's time frame. Its days are those of PROGRAMME_TIME_ZONE, as
 * the KPI months are (the deviation cases opened from the first day's start there to the last's end).
 */
@Injectable()
export class FinalReportAssembler {
  private readonly logger = new Logger(FinalReportAssembler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pilots: PilotsService,
    private readonly kpis: KpisService,
    private readonly evaluation: EvaluationService,
    private readonly benefitsTest: PilotBenefitsTestService,
    @Inject(APP_CONFIG) private readonly config: Pick<ProgrammeConfig, 'PROGRAMME_TIME_ZONE'>,
  ) {}

  async assemble(pilotId: string, recommendations: string | null, now: Date): Promise<FinalReportContent> {
    const pilot = await this.pilots.get(pilotId);
    const timeZone = this.config.PROGRAMME_TIME_ZONE;
    // The day after the last, as the KPI API's `to` (exclusive).
    const dayAfter = new Date(Date.parse(`${pilot.endsOn}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    const [start, end] = [dayStart(pilot.startsOn, timeZone), dayStart(dayAfter, timeZone)];
    const kpiIds = [...new Set(pilot.objectives.map((objective) => objective.kpiCode))];
    const kpis = await Promise.all(kpiIds.map((id) => this.kpi(id, pilot.startsOn, dayAfter)));
    const [participants, evaluation, deviations, benefits] = await Promise.all([
      reportParticipants(this.dataSource, pilotId),
      this.evaluation.evaluation(pilotId),
      deviationsBetween(this.dataSource, start, end),
      this.benefits(pilotId, now),
    ]);
    return {
      format: 'aeo-pilot-final-report/1',
      pilot: {
        id: pilot.id,
        code: pilot.code,
        title: pilot.title,
        description: pilot.description,
        startsOn: pilot.startsOn,
        plannedEndsOn: pilot.extensions[0]?.previousEndsOn ?? pilot.endsOn,
        endsOn: pilot.endsOn,
      },
      generatedAt: now.toISOString(),
      timeZone,
      objectives: pilot.objectives.map((objective) => {
        const kpi = kpis.find((candidate) => candidate.id === objective.kpiCode)!;
        const latest = kpi.trend.filter((figure) => figure.value !== null).at(-1);
        const now = latest?.value ?? null;
        return {
          text: objective.text,
          kpiId: objective.kpiCode,
          target: objective.target,
          now,
          onTarget: now === null ? null : kpi.direction === 'lower' ? now <= objective.target : now >= objective.target,
        };
      }),
      participants: participants.map((p) => ({
        taxpayerId: p.taxpayer_id,
        region: p.region,
        stage: p.stage,
        chosenReason: p.chosen_reason,
        answeredAt: iso(p.answered_at),
        reason: p.reason,
        replacing: p.replacing,
        replacedBy: p.replaced_by,
      })),
      milestones: pilot.milestones.map((milestone) => ({
        title: milestone.title,
        workstream: milestone.workstream,
        dueOn: milestone.dueOn,
        status: milestone.status,
        doneAt: iso(milestone.doneAt),
        lateAt: iso(milestone.lateAt),
        escalatedAt: iso(milestone.escalatedAt),
      })),
      extensions: pilot.extensions.map((extension) => ({
        sequence: extension.sequence,
        previousEndsOn: extension.previousEndsOn,
        newEndsOn: extension.newEndsOn,
        reason: extension.reason,
        decidedBy: extension.decidedBy,
      })),
      kpis,
      benefits,
      evaluation: {
        audiences: evaluation.audiences.map((audience) => ({
          audience: audience.audience,
          questionnaires: audience.questionnaires,
          responses: audience.responses,
          scaleMean: audience.scaleMean,
          yesShare: audience.yesShare,
        })),
        lessons: evaluation.lessons.map((lesson) => ({
          category: lesson.category,
          lesson: lesson.lesson,
          recommendation: lesson.recommendation,
        })),
      },
      deviations: deviations.map((d) => ({
        caseId: d.case_id,
        kpiId: d.kpi_id,
        kpiName: findKpi(d.kpi_id)?.name ?? null,
        unit: findKpi(d.kpi_id)?.unit ?? null,
        scope: d.scope,
        period: d.period,
        value: d.value,
        phase: d.phase,
        openedAt: d.opened_at.toISOString(),
        closedAt: iso(d.closed_at),
      })),
      recommendations,
    };
  }

  /** A KPI per month of the pilot, national (a KPI the catalogue no longer has: its id, no figures). */
  private async kpi(id: string, from: string, to: string): Promise<FinalReportKpi> {
    const definition = findKpi(id);
    if (!definition) return { id, name: null, unit: 'count', direction: 'higher', trend: [] };
    const answer = await this.kpis.values(NATIONAL_READER, id, {
      period: 'month',
      from,
      to,
    });
    const trend: ReportFigure[] = answer.values.map((value) => ({
      period: value.period,
      value: value.value,
      sample: value.sample,
      onTarget: value.onTarget,
    }));
    return {
      id,
      name: { mn: definition.name.mn, en: definition.name.en },
      unit: definition.unit,
      direction: definition.direction,
      trend,
    };
  }

  /** The benefits test pooled per measurement; unavailable (no figures) when it cannot be computed. */
  private async benefits(pilotId: string, now: Date): Promise<FinalReportContent['benefits']> {
    try {
      const test = await this.benefitsTest.compute(pilotId, { now });
      return {
        available: true,
        measurements: test.measurements.map((measurement: Measurement) => ({
          asOf: new Date(measurement.asOf).toISOString(),
          milestone: measurement.milestone?.title ?? null,
          companies: measurement.summary.companies,
          certified: measurement.summary.certified,
          before: benefitsFigures(measurement.summary.before),
          after: benefitsFigures(measurement.summary.after),
          peers: benefitsFigures(measurement.summary.peers),
        })),
      };
    } catch (error) {
      this.logger.warn(`the benefits test of pilot ${pilotId} could not be computed: ${String(error)}`);
      return { available: false };
    }
  }
}
