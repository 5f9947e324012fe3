import {
  ConflictException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuthenticatedUser } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import {
  type EventData,
  type EventDefinition,
  ProgrammeThresholdChanged,
  ProgrammeThresholdWithdrawn,
} from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import { fieldBadRequest } from '@aeo/service-kit';
import type { ProgrammeConfig } from '../config';
import { findKpi, KPI_DEFINITIONS, type KpiDefinition } from '../kpis/kpi-definitions';
import type { NewThreshold, ThresholdWithdrawal } from './thresholds.schemas';
import {
  insertThreshold,
  insertThresholdWithdrawal,
  latestThresholdVersions,
  type NewThresholdVersion,
  thresholdVersions,
  type ThresholdVersion,
} from './thresholds.repository';

const SYSTEM = { sub: 'system', roles: [] as string[] };

/** A KPI where lower is better must stay at or below its limit (an upper bound), and the other way round. */
export const boundOf = (kpi: KpiDefinition): ThresholdVersion['bound'] =>
  kpi.direction === 'lower' ? 'upper' : 'lower';

/**
 * What a limit can be in the KPI's unit: a share is between 0 and 1; days at most ten years; a
 * count a whole number up to a million (no KPI counts more cases or applications than that).
 */
export const THRESHOLD_LIMITS: Record<KpiDefinition['unit'], { min: number; max: number; whole: boolean }> = {
  share: { min: 0, max: 1, whole: false },
  days: { min: 0, max: 3650, whole: false },
  count: { min: 0, max: 1_000_000, whole: true },
};

function checkLimit(kpi: KpiDefinition, limit: number): void {
  const { min, max, whole } = THRESHOLD_LIMITS[kpi.unit];
  if (limit >= min && limit <= max && (!whole || Number.isInteger(limit))) return;
  throw fieldBadRequest(
    'limit',
    `KPI ${kpi.id} is measured in ${kpi.unit}: the limit must be ${whole ? 'a whole number ' : ''}between ${min} and ${max}`,
  );
}

/** The version a request created, with the KPI's history up to it (in its transaction, under the KPI's lock). */
async function withHistory(manager: EntityManager, added: ThresholdVersion) {
  const history = await thresholdVersions(manager, added.kpiId);
  return { ...added, history };
}

/**
 * The KPIs' deviation thresholds, versioned: a change is a new version (who, when, why), audited
 * and published (`aeo.programme-threshold.changed.v1`) in one transaction. At start every KPI
 * with a target and no threshold gets version 1 from its target (the evaluation needs one),
 * recorded and audited as the system's but not published: no person decided it, so nobody is told.
 */
@Injectable()
export class ThresholdsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ThresholdsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: ProgrammeConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const seeded = await this.seedDefaults();
    if (seeded > 0) this.logger.log(`seeded ${seeded} default thresholds from the KPI targets`);
  }

  /** Version 1 from the target of each KPI that has one and no threshold yet; how many were added. */
  async seedDefaults(): Promise<number> {
    let seeded = 0;
    for (const kpi of KPI_DEFINITIONS) {
      if (kpi.target === null) continue;
      const threshold: NewThresholdVersion = {
        kpiId: kpi.id,
        bound: boundOf(kpi),
        limit: kpi.target,
        periodsToVerify: this.config.DEVIATION_PERIODS_TO_VERIFY,
        period: 'month',
        changedBy: SYSTEM.sub,
        reason: 'default: the KPI definition’s target, evaluated monthly',
      };
      const added = await this.dataSource.transaction((manager) => this.add(manager, SYSTEM, threshold, 'seed'));
      if (added) seeded += 1;
    }
    return seeded;
  }

  /** The version in force of every KPI that has a threshold, by KPI (a withdrawn one has none in force). */
  async list(): Promise<ThresholdVersion[]> {
    return (await this.latest()).filter((threshold) => !threshold.withdrawn);
  }

  /** The latest version of every KPI that has had a threshold, withdrawals included (the evaluator's view). */
  latest(): Promise<ThresholdVersion[]> {
    return latestThresholdVersions(this.dataSource);
  }

  async get(kpiId: string): Promise<ThresholdVersion & { history: ThresholdVersion[] }> {
    const kpi = this.kpi(kpiId);
    const history = await thresholdVersions(this.dataSource, kpi.id);
    if (history.length === 0)
      throw new NotFoundException(`KPI ${kpi.id} has no threshold (PUT /v1/thresholds/${kpi.id} sets one)`);
    return { ...history[0]!, history };
  }

  /**
   * A new version in force from now on: the version this request created, with the history up to
   * it (read under the KPI's lock, so concurrent requests each get their own version).
   */
  async put(user: AuthenticatedUser, kpiId: string, body: NewThreshold) {
    const kpi = this.kpi(kpiId);
    checkLimit(kpi, body.limit);
    return this.dataSource.transaction(async (manager) => {
      const added = await this.add(
        manager,
        user,
        { kpiId: kpi.id, bound: boundOf(kpi), ...body, changedBy: user.sub },
        'change',
      );
      return withHistory(manager, added!);
    });
  }

  /**
   * Withdraws the KPI's threshold (set by mistake, or no longer wanted): a new version marked
   * withdrawn, audited and published (`aeo.programme-threshold.withdrawn.v1`) in one transaction.
   * No case opens on the KPI until a new version is set; open cases go on under their own version.
   * 404 when the KPI has no threshold, 409 when it is withdrawn already.
   */
  async withdraw(user: AuthenticatedUser, kpiId: string, body: ThresholdWithdrawal) {
    const kpi = this.kpi(kpiId);
    return this.dataSource.transaction(async (manager) => {
      const added = await insertThresholdWithdrawal(manager, {
        kpiId: kpi.id,
        changedBy: user.sub,
        reason: body.reason,
      });
      if (!added) {
        const [latest] = await thresholdVersions(manager, kpi.id);
        if (!latest)
          throw new NotFoundException(`KPI ${kpi.id} has no threshold (PUT /v1/thresholds/${kpi.id} sets one)`);
        throw new ConflictException(
          `The threshold of ${kpi.id} was withdrawn already (version ${latest.version}, by ${latest.changedBy} on ${latest.changedAt.toISOString().slice(0, 10)}); PUT /v1/thresholds/${kpi.id} sets a new one`,
        );
      }
      const withdrawn = {
        kpiId: added.kpiId,
        version: added.version,
        withdrawnVersion: added.version - 1,
        by: added.changedBy,
        at: added.changedAt.toISOString(),
        reason: added.reason,
      };
      await this.publishAndAudit(manager, user, added, 'programme-threshold.withdrawn', {
        event: { definition: ProgrammeThresholdWithdrawn, data: withdrawn },
        before: { version: withdrawn.withdrawnVersion },
      });
      return withHistory(manager, added);
    });
  }

  private async add(
    manager: EntityManager,
    actor: { sub: string; roles: readonly string[] },
    threshold: NewThresholdVersion,
    kind: 'seed' | 'change',
  ): Promise<ThresholdVersion | undefined> {
    // A seed is version 1 only, and only when the KPI has none yet.
    const added = await insertThreshold(manager, threshold, kind === 'seed');
    if (!added) return undefined;
    const { changedAt, ...version } = added;
    // A seed is audited but not published: no person decided it, so nobody is told.
    const changed = { ...version, by: added.changedBy, at: changedAt.toISOString() };
    await this.publishAndAudit(manager, actor, added, 'programme-threshold.changed', {
      event: kind === 'change' ? { definition: ProgrammeThresholdChanged, data: changed } : undefined,
    });
    return added;
  }

  /** A new version's event (through the outbox, keyed by the KPI) and audit entry, in the transaction that added it. */
  private async publishAndAudit<E extends EventDefinition>(
    manager: EntityManager,
    actor: { sub: string; roles: readonly string[] },
    added: ThresholdVersion,
    action: 'programme-threshold.changed' | 'programme-threshold.withdrawn',
    { event, before }: { event: { definition: E; data: EventData<E> } | undefined; before?: Record<string, unknown> },
  ): Promise<void> {
    if (event)
      await this.outbox.append(manager, event.definition, {
        subject: added.kpiId,
        aggregateId: added.kpiId,
        data: event.data,
      });
    const { changedAt: _changedAt, ...version } = added;
    await recordAudit(manager, {
      actor,
      action,
      entityType: 'kpi-threshold',
      entityId: added.kpiId,
      ...(before && { before }),
      after: version,
      reason: added.reason,
      correlationId: currentCorrelationId(),
    });
  }

  private kpi(kpiId: string): KpiDefinition {
    const kpi = findKpi(kpiId);
    if (!kpi) throw new NotFoundException(`KPI ${kpiId} does not exist (GET /v1/kpis lists them)`);
    return kpi;
  }
}
