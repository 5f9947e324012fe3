import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { STATUS_TYPES, regionCode } from '@aeo/contracts';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import {
  PROGRAMME_DEVIATION_ID_REUSE_POLICY,
  type ProgrammeDeviationInput,
  TASK_QUEUES,
  deviationKpiValueSignal,
  periodKind,
  programmeDeviationSearchAttributes,
  programmeDeviationWorkflow,
  programmeDeviationWorkflowId,
  withinThreshold,
} from '@aeo/workflows';
import type { ProgrammeConfig } from '../config';
import { findKpi, type KpiDefinition } from '../kpis/kpi-definitions';
import { kpiValues } from '../kpis/kpi-values';
import { periodStart, periodsBetween, type PeriodBucket } from '../kpis/periods';
import type { ThresholdVersion } from '../thresholds/thresholds.repository';
import { ThresholdsService } from '../thresholds/thresholds.service';
import {
  evaluatedValues,
  evaluationKey,
  followedCases,
  measuredRegions,
  noteRepeatedCrossing,
  saveEvaluation,
  whileEvaluating,
} from './deviations.repository';

/** What one evaluation did (the periods it found new or changed). */
export interface EvaluationOutcome {
  evaluated: number;
  /** Cases whose workflow was started. */
  opened: string[];
  /** Cases whose KPI, scope and period crossed again (already open or closed): nothing opened. */
  repeated: string[];
  /** Later periods' values signalled to open cases. */
  signalled: number;
}

interface Scope {
  /** `national` or a region's code. */
  scope: string;
  region: string | null;
  statusType: string | null;
}

const SYSTEM = { sub: 'system:deviation-evaluator', roles: [] as string[] };

/**
 * The periodic deviation evaluation: for every KPI with a threshold in force, the values of the
 * last completed periods (DEVIATION_LOOKBACK_PERIODS of the threshold's length), nationally, per
 * region and per status type where the KPI has it. A value not acted on before (new, changed, or
 * under another threshold version):
 * - across its threshold, starts the case's workflow (one id per KPI, scope and period,
 *   REJECT_DUPLICATE): a repeated crossing opens nothing, it is counted on the existing case;
 * - within or across, is signalled to the open cases of the same KPI and scope for earlier
 *   periods of the same length (their verification counts it).
 * Then it is saved, so the next run skips it: runs are idempotent, and an evaluation that failed
 * half-way (Temporal down) is taken up again by the next. Runs every DEVIATION_EVALUATION_INTERVAL_S,
 * one instance at a time.
 */
@Injectable()
export class DeviationEvaluator implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeviationEvaluator.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly thresholds: ThresholdsService,
    @Inject(APP_CONFIG) private readonly config: ProgrammeConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.DEVIATION_EVALUATION_INTERVAL_S;
    if (seconds === 0) return this.logger.log('deviation evaluation off (DEVIATION_EVALUATION_INTERVAL_S=0)');
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.evaluate()
        .catch((error: unknown) => this.logger.warn(`deviation evaluation failed: ${(error as Error).message}`))
        .finally(() => (this.running = undefined));
    }, seconds * 1000);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /**
   * One evaluation of every KPI with a threshold, at `now` (the periods completed before it);
   * nothing (all counts 0) when another instance of the service is evaluating.
   */
  async evaluate(now = new Date()): Promise<EvaluationOutcome> {
    const nothing: EvaluationOutcome = { evaluated: 0, opened: [], repeated: [], signalled: 0 };
    return (await whileEvaluating(this.dataSource, () => this.evaluateAll(now))) ?? nothing;
  }

  private async evaluateAll(now: Date): Promise<EvaluationOutcome> {
    const outcome: EvaluationOutcome = { evaluated: 0, opened: [], repeated: [], signalled: 0 };
    const regions = (await measuredRegions(this.dataSource)).filter((region) => regionCode.safeParse(region).success);
    for (const threshold of await this.thresholds.list()) {
      const kpi = findKpi(threshold.kpiId);
      if (kpi) await this.evaluateKpi(kpi, threshold, regions, now, outcome);
    }
    return outcome;
  }

  private async evaluateKpi(
    kpi: KpiDefinition,
    threshold: ThresholdVersion,
    regions: string[],
    now: Date,
    outcome: EvaluationOutcome,
  ): Promise<void> {
    const periods = this.completedPeriods(threshold.period, now);
    if (periods.length === 0) return;
    const seen = await evaluatedValues(
      this.dataSource,
      kpi.id,
      periods.map((bucket) => bucket.label),
    );
    const followed = await followedCases(this.dataSource, kpi.id);
    for (const scope of scopesOf(kpi, regions)) {
      const values = await kpiValues(this.dataSource, kpi, {
        period: threshold.period,
        from: periods[0]!.start,
        to: periods[periods.length - 1]!.end,
        region: scope.region,
        statusType: scope.statusType,
      });
      for (const { period, value } of values) {
        if (value === null) continue;
        const before = seen.get(evaluationKey(kpi.id, scope.scope, scope.statusType, period));
        if (before?.value === value && before.thresholdVersion === threshold.version) continue;
        if (!withinThreshold(threshold, value)) {
          const opened = await this.crossed(kpi, threshold, scope, period, value, outcome);
          // Its later periods, in this run already, are its verification's.
          if (opened) followed.push({ caseId: opened, kpiId: kpi.id, ...scope, period });
        }
        for (const open of followed)
          if (
            open.scope === scope.scope &&
            open.statusType === scope.statusType &&
            periodKind(open.period) === periodKind(period) &&
            open.period < period
          ) {
            await this.signal(open.caseId, period, value);
            outcome.signalled += 1;
          }
        await saveEvaluation(this.dataSource, {
          kpiId: kpi.id,
          ...scope,
          period,
          value,
          thresholdVersion: threshold.version,
        });
        outcome.evaluated += 1;
      }
    }
  }

  /** The last DEVIATION_LOOKBACK_PERIODS periods that ended by `now`, oldest first. */
  private completedPeriods(period: ThresholdVersion['period'], now: Date): PeriodBucket[] {
    const end = periodStart(now, period);
    let from = end;
    for (let i = 0; i < this.config.DEVIATION_LOOKBACK_PERIODS; i++)
      from = periodStart(new Date(from.getTime() - 1), period);
    return periodsBetween(from, end, period);
  }

  /** Starts the case's workflow (its id when started); a case that exists (open or closed) only counts the crossing. */
  private async crossed(
    kpi: KpiDefinition,
    threshold: ThresholdVersion,
    scope: Scope,
    period: string,
    value: number,
    outcome: EvaluationOutcome,
  ): Promise<string | undefined> {
    const input: ProgrammeDeviationInput = {
      kpiId: kpi.id,
      scope: scope.scope,
      ...(scope.statusType && { statusType: scope.statusType as ProgrammeDeviationInput['statusType'] }),
      period,
      value,
      threshold: {
        version: threshold.version,
        bound: threshold.bound,
        limit: threshold.limit,
        periodsToVerify: threshold.periodsToVerify,
      },
    };
    const caseId = programmeDeviationWorkflowId(input);
    try {
      await this.temporal.workflow.start(programmeDeviationWorkflow, {
        workflowId: caseId,
        // The workflow runs on the orchestrating worker; its activity on TASK_QUEUES.programme (this service).
        taskQueue: TASK_QUEUES.certification,
        workflowIdReusePolicy: PROGRAMME_DEVIATION_ID_REUSE_POLICY,
        typedSearchAttributes: programmeDeviationSearchAttributes(input),
        args: [input],
      });
      outcome.opened.push(caseId);
      return caseId;
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      outcome.repeated.push(caseId);
      await this.dataSource.transaction(async (manager) => {
        if (!(await noteRepeatedCrossing(manager, caseId, value))) return;
        await recordAudit(manager, {
          actor: SYSTEM,
          action: 'programme-deviation.repeated-crossing',
          entityType: 'programme-deviation',
          entityId: caseId,
          after: { period, value, thresholdVersion: threshold.version },
          reason: 'the KPI, scope and period crossed the threshold again: no second case is opened',
          correlationId: currentCorrelationId(),
        });
      });
      return undefined;
    }
  }

  /** A later period's value for an open case (the workflow ignores a period not after its latest). */
  private async signal(caseId: string, period: string, value: number): Promise<void> {
    try {
      await this.temporal.workflow.getHandle(caseId).signal(deviationKpiValueSignal, { period, value });
    } catch (error) {
      // A case whose workflow ended meanwhile needs no more values.
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  }
}

/** National, every region measured, and each with each status type where the KPI is broken down by it. */
function scopesOf(kpi: KpiDefinition, regions: string[]): Scope[] {
  const places = [
    { scope: 'national', region: null },
    ...(kpi.dimensions.includes('region') ? regions.map((region) => ({ scope: region, region })) : []),
  ];
  const types: (string | null)[] = [null, ...(kpi.dimensions.includes('statusType') ? STATUS_TYPES : [])];
  return places.flatMap((place) => types.map((statusType) => ({ ...place, statusType })));
}
