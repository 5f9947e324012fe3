import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { STATUS_TYPES } from '@aeo/contracts';
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
import { runNowAndEvery, type Schedule } from './run-now-and-every';
import { findKpi, type KpiDefinition } from '../kpis/kpi-definitions';
import { kpiValues } from '../kpis/kpi-values';
import { periodStart, periodsBetween, type PeriodBucket } from '../kpis/periods';
import type { ThresholdVersion } from '../thresholds/thresholds.repository';
import { ThresholdsService } from '../thresholds/thresholds.service';
import {
  type CaseOpening,
  type FollowedCase,
  evaluatedValues,
  evaluationKey,
  followedCases,
  insertCase,
  lockKeyCases,
  measuredRegions,
  noteRepeatedCrossing,
  saveEvaluation,
  unrecordedCases,
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

type PeriodKind = ThresholdVersion['period'];

const SYSTEM = { sub: 'system:deviation-evaluator', roles: [] as string[] };

/**
 * The periodic deviation evaluation: for every KPI with a threshold in force (a withdrawn one
 * opens nothing; its KPI's open cases still get their values), the values of the
 * last completed periods (DEVIATION_LOOKBACK_PERIODS of the threshold's length), nationally, per
 * region its source relation has rows of that is one of CUSTOMS_REGIONS (another opens nothing) and per status type where the KPI has it. A value not
 * acted on before (new, changed, or under another threshold version):
 * - across its threshold, claims the case's row (one standing case per KPI, scope and period: the
 *   database decides, not Temporal's retention; a case dismissed as opened by mistake stands no
 *   more, so a later crossing opens the key's next case) and starts its workflow (id per case,
 *   REJECT_DUPLICATE); a repeated crossing opens nothing, it is counted on the standing case;
 * - within or across, is signalled to the open cases of the same KPI and scope for earlier
 *   periods of the same length (their verification counts it).
 * Open cases of another period length (the threshold's changed since they opened) get their own
 * length's values, which they judge against the threshold version they opened under.
 * A value is saved as evaluated (with its claim, for a crossing), so the next run skips it: runs
 * are idempotent, and an evaluation that failed half-way (Temporal down) is taken up again by the
 * next, which first starts the cases claimed and never recorded as opened. Runs every
 * DEVIATION_EVALUATION_INTERVAL_S from DEVIATION_FIRST_EVALUATION_DELAY_S after the service's start, one instance at a time.
 */
@Injectable()
export class DeviationEvaluator implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeviationEvaluator.name);
  private schedule?: Schedule;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly thresholds: ThresholdsService,
    @Inject(APP_CONFIG) private readonly config: ProgrammeConfig,
  ) {}

  /**
   * The first evaluation runs DEVIATION_FIRST_EVALUATION_DELAY_S after the start (the KPI
   * consumers catch up on what was published while the service was down first: a backlog KPI
   * read before would cross its threshold by mistake), not an interval after it: a service
   * restarted more often than its interval would otherwise never evaluate. Then every interval;
   * a run still going skips a tick. (The migrations ran when the database connected, and the
   * default thresholds are seeded by ThresholdsModule's hook, which Nest runs first.)
   */
  onApplicationBootstrap(): void {
    const seconds = this.config.DEVIATION_EVALUATION_INTERVAL_S;
    if (seconds === 0) return this.logger.log('deviation evaluation off (DEVIATION_EVALUATION_INTERVAL_S=0)');
    this.schedule = runNowAndEvery(
      seconds * 1000,
      () =>
        this.evaluate().catch((error: unknown) =>
          this.logger.warn(`deviation evaluation failed: ${(error as Error).message}`),
        ),
      this.config.DEVIATION_FIRST_EVALUATION_DELAY_S * 1000,
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.schedule?.stop();
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
    // Cases claimed by an earlier run whose start was lost (a crash, Temporal down) start first.
    for (const opening of await unrecordedCases(this.dataSource))
      if (await this.start(opening)) outcome.opened.push(opening.caseId);
    const regionsBySource = new Map<string, string[]>();
    for (const threshold of await this.thresholds.latest()) {
      const kpi = findKpi(threshold.kpiId);
      if (!kpi) continue;
      const relation = kpi.source.relation;
      if (!regionsBySource.has(relation))
        regionsBySource.set(
          relation,
          (await measuredRegions(this.dataSource, relation)).filter((region) => this.customsRegion(region)),
        );
      await this.evaluateKpi(kpi, threshold, regionsBySource.get(relation)!, now, outcome);
    }
    return outcome;
  }

  /**
   * Whether a region the facts name is one of CUSTOMS_REGIONS: a case is opened only for the
   * national scope and those (facts of test traffic or a mistyped code name others, which nobody
   * could filter by and which would count in the report).
   */
  private customsRegion(region: string): boolean {
    return this.config.CUSTOMS_REGIONS.includes(region);
  }

  /**
   * The KPI's periods of the threshold's length (crossings and open cases' values), then those of
   * every other length open cases measure by (a threshold's length changed since they opened):
   * only their values, which each case judges against its own threshold version.
   */
  private async evaluateKpi(
    kpi: KpiDefinition,
    threshold: ThresholdVersion,
    regions: string[],
    now: Date,
    outcome: EvaluationOutcome,
  ): Promise<void> {
    const followed = await followedCases(this.dataSource, kpi.id);
    // A withdrawn threshold opens no case: only the open cases get their values.
    const kinds = new Set([
      ...(threshold.withdrawn ? [] : [threshold.period]),
      ...followed.map((open) => periodKind(open.period)),
    ]);
    for (const kind of kinds) {
      const measured = !threshold.withdrawn && kind === threshold.period;
      const scopes = measured
        ? scopesOf(kpi, regions)
        : uniqueScopes(followed.filter((open) => periodKind(open.period) === kind));
      await this.evaluatePeriods(kpi, threshold, kind, scopes, measured, followed, now, outcome);
    }
  }

  private async evaluatePeriods(
    kpi: KpiDefinition,
    threshold: ThresholdVersion,
    kind: PeriodKind,
    scopes: Scope[],
    measured: boolean,
    followed: FollowedCase[],
    now: Date,
    outcome: EvaluationOutcome,
  ): Promise<void> {
    const periods = this.completedPeriods(kind, now);
    if (periods.length === 0) return;
    const seen = await evaluatedValues(
      this.dataSource,
      kpi.id,
      periods.map((bucket) => bucket.label),
    );
    for (const scope of scopes) {
      const values = await kpiValues(this.dataSource, kpi, {
        period: kind,
        from: periods[0]!.start,
        to: periods[periods.length - 1]!.end,
        region: scope.region,
        statusType: scope.statusType,
        timeZone: this.config.PROGRAMME_TIME_ZONE,
      });
      for (const { period, value } of values) {
        if (value === null) continue;
        const before = seen.get(evaluationKey(kpi.id, scope.scope, scope.statusType, period));
        if (before?.value === value && before.thresholdVersion === threshold.version) continue;
        // Signalled before it is saved: a run that stops half-way signals again (the workflow ignores repeats).
        for (const open of followed)
          if (
            open.scope === scope.scope &&
            open.statusType === scope.statusType &&
            periodKind(open.period) === kind &&
            open.period < period
          ) {
            await this.signal(open.caseId, period, value);
            outcome.signalled += 1;
          }
        const evaluation = { kpiId: kpi.id, ...scope, period, value, thresholdVersion: threshold.version };
        if (measured && !withinThreshold(threshold, value)) {
          const opened = await this.crossed(kpi, threshold, scope, period, value, outcome);
          // Its later periods, in this run already, are its verification's.
          if (opened) followed.push(opened);
        } else await saveEvaluation(this.dataSource, evaluation);
        outcome.evaluated += 1;
      }
    }
  }
  /** The last DEVIATION_LOOKBACK_PERIODS periods of `kind` that ended by `now`, oldest first. */
  private completedPeriods(kind: PeriodKind, now: Date): PeriodBucket[] {
    const zone = this.config.PROGRAMME_TIME_ZONE;
    const end = periodStart(now, kind, zone);
    let from = end;
    for (let i = 0; i < this.config.DEVIATION_LOOKBACK_PERIODS; i++)
      from = periodStart(new Date(from.getTime() - 1), kind, zone);
    return periodsBetween(from, end, kind, zone);
  }

  /**
   * A crossing: the database decides whether it opens a case. In one transaction the KPI, scope
   * and period's cases are locked: a crossing of its standing case (open, or closed as recovered
   * or by the executive) is counted on it, never a second one, whatever Temporal still remembers;
   * without one, a case's row is claimed: under the key's id, or, when a case of it was dismissed
   * as opened by mistake, under the next number (`…-case-2`: a dismissal frees the key for the
   * crossings acted on after it); the value is saved as evaluated. Then the workflow of a case
   * claimed and not yet opened is started. The opening (the case's id and threshold) when this
   * run started it.
   */
  private async crossed(
    kpi: KpiDefinition,
    threshold: ThresholdVersion,
    scope: Scope,
    period: string,
    value: number,
    outcome: EvaluationOutcome,
  ): Promise<CaseOpening | undefined> {
    const keyId = programmeDeviationWorkflowId({
      kpiId: kpi.id,
      scope: scope.scope,
      ...(scope.statusType && { statusType: scope.statusType }),
      period,
    });
    const key = { kpiId: kpi.id, scope: scope.scope, statusType: scope.statusType, period };
    const opening: CaseOpening = {
      caseId: keyId,
      kpiId: kpi.id,
      scope: scope.scope,
      statusType: scope.statusType,
      period,
      value,
      threshold: {
        version: threshold.version,
        bound: threshold.bound,
        limit: threshold.limit,
        periodsToVerify: threshold.periodsToVerify,
      },
    };
    const claim = await this.dataSource.transaction(async (manager) => {
      const cases = await lockKeyCases(manager, key);
      const standing = cases.find((c) => !c.dismissed);
      opening.caseId = standing?.caseId ?? (cases.length === 0 ? keyId : `${keyId}-case-${cases.length + 1}`);
      if (!standing) await insertCase(manager, { ...opening, at: new Date() });
      const caseId = opening.caseId;
      const repeated = standing?.recorded === true;
      if (repeated) {
        await noteRepeatedCrossing(manager, caseId, value);
        await recordAudit(manager, {
          actor: SYSTEM,
          action: 'programme-deviation.repeated-crossing',
          entityType: 'programme-deviation',
          entityId: caseId,
          after: { period, value, thresholdVersion: threshold.version },
          reason: 'the KPI, scope and period crossed the threshold again: no second case is opened',
          correlationId: currentCorrelationId(),
        });
      }
      await saveEvaluation(manager, { kpiId: kpi.id, ...scope, period, value, thresholdVersion: threshold.version });
      return repeated ? 'repeated' : 'to-start';
    });
    if (claim === 'repeated') {
      outcome.repeated.push(opening.caseId);
      return undefined;
    }
    if (!(await this.start(opening))) return undefined;
    outcome.opened.push(opening.caseId);
    return opening;
  }

  /**
   * Starts a claimed case's workflow; false when it runs already (started by an earlier run whose
   * opening is not recorded yet). The id and REJECT_DUPLICATE make a repeated start harmless.
   */
  private async start(opening: CaseOpening): Promise<boolean> {
    const input: ProgrammeDeviationInput = {
      kpiId: opening.kpiId,
      scope: opening.scope,
      ...(opening.statusType && { statusType: opening.statusType as ProgrammeDeviationInput['statusType'] }),
      period: opening.period,
      value: opening.value,
      threshold: opening.threshold,
    };
    try {
      await this.temporal.workflow.start(programmeDeviationWorkflow, {
        workflowId: opening.caseId,
        // The workflow runs on the orchestrating worker; its activity on TASK_QUEUES.programme (this service).
        taskQueue: TASK_QUEUES.certification,
        workflowIdReusePolicy: PROGRAMME_DEVIATION_ID_REUSE_POLICY,
        typedSearchAttributes: programmeDeviationSearchAttributes(input),
        args: [input],
      });
      return true;
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      return false;
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

/** The scopes of open cases (each once). */
function uniqueScopes(cases: FollowedCase[]): Scope[] {
  const scopes = new Map<string, Scope>();
  for (const { scope, statusType } of cases)
    scopes.set(`${scope}|${statusType ?? ''}`, { scope, region: scope === 'national' ? null : scope, statusType });
  return [...scopes.values()];
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
