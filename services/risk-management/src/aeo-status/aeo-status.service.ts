import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { AuthenticatedUser, companyOf, hasRole, ROLES } from '@aeo/auth';
import { operatorUserActsFor } from '@aeo/messaging';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { DependencyUnavailableException, unavailableDependencyOf } from '@aeo/service-kit';
import type { RiskManagementConfig } from '../config';
import { TtlCache } from './ttl-cache';
import { AeoStatusRecord, aeoStandingAt, benefitsOf } from './aeo-benefits';
import { findAeoStatus } from './aeo-status.repository';
import { AeoStatusReplica } from './aeo-status.replica';

export interface AeoStatusAnswer {
  taxpayerId: string;
  /** True when some part of an authorisation is in force now. */
  aeo: boolean;
  statusType: AeoStatusRecord['statusType'] | null;
  /** The register's status (a grant before its `effectiveFrom` is `granted` with `aeo: false` and a `reason`). */
  status: AeoStatusRecord['status'] | null;
  suspendedScope: AeoStatusRecord['suspendedScope'];
  /** The authorisation's own effective date (from the grant); nothing is in force before it. */
  effectiveFrom: string | null;
  /** When the current status takes or took effect (for a grant, `effectiveFrom`; else the suspension's, reinstatement's, revocation's or surrender's date). */
  statusEffectiveFrom: string | null;
  /** Why no authorisation, or only part of one, is in force (e.g. `not yet in force: effective from ...`); null when it is. */
  reason: string | null;
  benefits: string[];
  /** The moment the answer's register is current at: now, or, during a database outage, when the replica last was. */
  registerAsOf: string;
  /** True when answered from the replica during a database outage (`registerAsOf` says how old). */
  stale: boolean;
}

/** Headers of a look-up answer: the register's age in seconds (0 when current), and `Age` for a stale one. */
export function registerAgeHeaders(answer: AeoStatusAnswer, now = Date.now()): Record<string, string> {
  if (!answer.stale) return { 'aeo-register-age': '0' };
  const age = String(Math.max(0, Math.floor((now - Date.parse(answer.registerAsOf)) / 1000)));
  return { 'aeo-register-age': age, age, 'last-modified': new Date(answer.registerAsOf).toUTCString() };
}

/**
 * The AEO status look-up: every declaration, and several parties per declaration, ask it. It
 * answers from the in-memory replica of the register (`AeoStatusReplica`); while the replica is
 * not in sync (boot, lost database connection) from the database through a short TTL cache
 * (unknown taxpayers too; the database must answer within `AEO_STATUS_HEARTBEAT_MS`), which the projection invalidates for a changed taxpayer and which is
 * emptied whenever the replica loses the database (nothing read before counts as current). While the
 * database is unavailable too, border systems still need an answer: the replica's last register,
 * marked `stale` with its age, up to `AEO_STATUS_MAX_STALENESS_S`; past that, 503 with
 * Retry-After. Benefits are computed on read, so an authorisation starts giving them exactly at
 * its `effectiveFrom`.
 */
@Injectable()
export class AeoStatusService {
  private readonly cache: TtlCache<string, AeoStatusRecord | null>;
  private readonly maxStalenessMs: number;
  private readonly retryAfterSeconds: number;
  private readonly databaseWaitMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly replica: AeoStatusReplica,
    @Inject(APP_CONFIG) config: RiskManagementConfig,
  ) {
    this.cache = new TtlCache({
      maxEntries: config.AEO_STATUS_CACHE_MAX_ENTRIES,
      ttlMs: config.AEO_STATUS_CACHE_TTL_MS,
      holdMs: 1000,
    });
    // An answer cached before the replica lost the database may be older than the loss: from then
    // on, an answer is current only if read from the database since (else the replica says its age).
    replica.onOutOfSync(() => this.cache.clear());
    this.maxStalenessMs = config.AEO_STATUS_MAX_STALENESS_S * 1000;
    this.retryAfterSeconds = config.DEPENDENCY_RETRY_AFTER_S;
    this.databaseWaitMs = config.AEO_STATUS_HEARTBEAT_MS;
  }

  /**
   * The look-up for a caller. An operator user asks about a company it is a user of only: its token
   * names the company and this service's copy of the companies' users (`operator_members`) has it
   * linked; anyone else, another company's user or one whose token merely names the company (a
   * trader's own sign-up takes any taxpayer id), gets the same 403. The copy is read from the
   * database: while it is unavailable, an operator user's look-up is 503 (border systems still get
   * the replica's answer), and a user linked a moment ago is refused until its link is folded. The
   * id is in the programme's format already (TaxpayerIdPipe on the route, the same check on the fast path).
   */
  lookUpFor(user: AuthenticatedUser, taxpayerId: string): AeoStatusAnswer | Promise<AeoStatusAnswer> {
    if (!hasRole(user, ROLES.operatorUser)) return this.lookUp(taxpayerId);
    const refused = new ForbiddenException('Operator users may only look up a company they are a user of');
    if (companyOf(user) !== taxpayerId) throw refused;
    return operatorUserActsFor(this.dataSource, user, taxpayerId).then((linked) => {
      if (!linked) throw refused;
      return this.lookUp(taxpayerId);
    });
  }

  lookUp(taxpayerId: string, at = new Date()): AeoStatusAnswer | Promise<AeoStatusAnswer> {
    if (this.replica.ready) return this.answer(taxpayerId, this.replica.get(taxpayerId), at, undefined);
    if (this.replica.loaded && this.replica.databaseUnreachable) return this.fromStaleReplica(taxpayerId, at);
    return this.cache
      .getOrLoad(taxpayerId, () => this.fromDatabase(taxpayerId))
      .then(
        (record) => this.answer(taxpayerId, record, at, undefined),
        (error: unknown) => {
          if (!this.replica.loaded || !unavailableDependencyOf(error)) throw error;
          // Back in sync while the database was awaited (a heartbeat's answer came late): current, not stale as of now.
          if (this.replica.ready) return this.answer(taxpayerId, this.replica.get(taxpayerId), at, undefined);
          return this.fromStaleReplica(taxpayerId, at);
        },
      );
  }

  /**
   * The taxpayer's row read from the database, which must answer within the heartbeat interval
   * (`AEO_STATUS_HEARTBEAT_MS`, as it must the replica's heartbeat), else the database counts as
   * unavailable. A connection lost without a word (packets dropped, no FIN or RST) never fails a
   * query by itself: between the replica's last round trip growing old and its heartbeat finding
   * the loss, a look-up would otherwise wait for it until TCP gives up.
   */
  private fromDatabase(taxpayerId: string): Promise<AeoStatusRecord | null> {
    let timer: NodeJS.Timeout | undefined;
    const noAnswer = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new DependencyUnavailableException(
              'database',
              this.retryAfterSeconds,
              `database did not answer the AEO status look-up within ${this.databaseWaitMs} ms; retry later`,
            ),
          ),
        this.databaseWaitMs,
      );
    });
    return Promise.race([findAeoStatus(this.dataSource.manager, taxpayerId), noAnswer]).finally(() =>
      clearTimeout(timer),
    );
  }

  private fromStaleReplica(taxpayerId: string, at: Date): AeoStatusAnswer {
    const asOf = this.replica.asOf(at.getTime());
    const ageMs = at.getTime() - asOf;
    if (ageMs > this.maxStalenessMs) {
      throw new DependencyUnavailableException(
        'database',
        this.retryAfterSeconds,
        `database is unavailable and the AEO register replica is ${Math.floor(ageMs / 1000)} s old (limit AEO_STATUS_MAX_STALENESS_S = ${this.maxStalenessMs / 1000} s); retry later`,
      );
    }
    return this.answer(taxpayerId, this.replica.get(taxpayerId), at, new Date(asOf));
  }

  private answer(
    taxpayerId: string,
    record: AeoStatusRecord | null,
    at: Date,
    staleAsOf: Date | undefined,
  ): AeoStatusAnswer {
    const standing = aeoStandingAt(record, at);
    const benefits = benefitsOf(standing);
    return {
      taxpayerId,
      aeo: benefits.length > 0,
      statusType: record?.statusType ?? null,
      status: record?.status ?? null,
      suspendedScope: record?.suspendedScope ?? null,
      effectiveFrom: record?.effectiveFrom.toISOString() ?? null,
      statusEffectiveFrom: record?.statusEffectiveFrom.toISOString() ?? null,
      reason: reasonOf(record, at),
      benefits,
      registerAsOf: (staleAsOf ?? at).toISOString(),
      stale: staleAsOf !== undefined,
    };
  }

  /** Called by the projection when a taxpayer's row changed. */
  invalidate(taxpayerId: string): void {
    this.cache.invalidate(taxpayerId);
  }
}

/**
 * Why an authorisation is not, or only partly, in force at `at`; null when it fully is. Before
 * the authorisation's own effective date it is not yet in force, whatever happened since.
 */
function reasonOf(record: AeoStatusRecord | null, at: Date): string | null {
  if (!record) return 'no AEO authorisation is registered for this taxpayer';
  const notYet =
    record.effectiveFrom.getTime() > at.getTime()
      ? `not yet in force: effective from ${record.effectiveFrom.toISOString()}`
      : null;
  const since = record.statusEffectiveFrom.toISOString();
  const changed = record.statusEffectiveFrom.getTime() <= at.getTime();
  const also = (change: string) => (notYet ? `${notYet}; ${change}` : change);
  switch (record.status) {
    case 'granted':
      return notYet;
    case 'suspended':
      if (!changed) return also(`suspension takes effect ${since}`);
      return also(
        record.suspendedScope === 'security' && record.statusType === 'AEOF'
          ? `security part suspended from ${since}`
          : `suspended from ${since}`,
      );
    case 'revoked':
    case 'surrendered':
      // Ended: it will never come into force, so its effective date no longer matters.
      return changed
        ? `${record.status} from ${since}`
        : also(`${record.status === 'revoked' ? 'revocation' : 'surrender'} takes effect ${since}`);
  }
}
