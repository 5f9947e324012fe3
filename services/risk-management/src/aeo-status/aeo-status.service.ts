import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { AuthenticatedUser, companyOf } from '@aeo/auth';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import type { RiskManagementConfig } from '../config';
import { TtlCache } from '../shared/ttl-cache';
import { AeoStatusRecord, aeoStandingAt, benefitsOf } from './aeo-benefits';
import { findAeoStatus } from './aeo-status.repository';
import { AeoStatusReplica } from './aeo-status.replica';

export interface AeoStatusAnswer {
  taxpayerId: string;
  /** True when some part of an authorisation is in force now. */
  aeo: boolean;
  statusType: AeoStatusRecord['statusType'] | null;
  status: AeoStatusRecord['status'] | null;
  suspendedScope: AeoStatusRecord['suspendedScope'];
  effectiveFrom: string | null;
  benefits: string[];
}

/**
 * The AEO status look-up: every declaration, and several parties per declaration, ask it. It
 * answers from the in-memory replica of the register (`AeoStatusReplica`); while the replica is
 * not in sync (boot, lost database connection) from the database through a short TTL cache
 * (unknown taxpayers too), which the projection invalidates for a changed taxpayer. Benefits are
 * computed on read, so an authorisation starts giving them exactly at its `effectiveFrom`.
 */
@Injectable()
export class AeoStatusService {
  private readonly cache: TtlCache<string, AeoStatusRecord | null>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly replica: AeoStatusReplica,
    @Inject(APP_CONFIG) config: RiskManagementConfig,
  ) {
    this.cache = new TtlCache({ maxEntries: config.AEO_STATUS_CACHE_MAX_ENTRIES, ttlMs: config.AEO_STATUS_CACHE_TTL_MS, holdMs: 1000 });
  }

  /** The look-up for a caller: operator users may only ask about their own company (403). */
  lookUpFor(user: AuthenticatedUser, taxpayerId: string): AeoStatusAnswer | Promise<AeoStatusAnswer> {
    const company = companyOf(user);
    if (company !== undefined && company !== taxpayerId) {
      throw new ForbiddenException(`Operator users may only look up their own company (${company})`);
    }
    return this.lookUp(taxpayerId);
  }

  lookUp(taxpayerId: string, at = new Date()): AeoStatusAnswer | Promise<AeoStatusAnswer> {
    if (this.replica.ready) return this.answer(taxpayerId, this.replica.get(taxpayerId), at);
    return this.cache.getOrLoad(taxpayerId, () => findAeoStatus(this.dataSource.manager, taxpayerId)).then((record) => this.answer(taxpayerId, record, at));
  }

  private answer(taxpayerId: string, record: AeoStatusRecord | null, at: Date): AeoStatusAnswer {
    const standing = aeoStandingAt(record, at);
    const benefits = benefitsOf(standing);
    return {
      taxpayerId,
      aeo: benefits.length > 0,
      statusType: record?.statusType ?? null,
      status: record?.status ?? null,
      suspendedScope: record?.suspendedScope ?? null,
      effectiveFrom: record?.effectiveFrom.toISOString() ?? null,
      benefits,
    };
  }

  /** Called by the projection when a taxpayer's row changed. */
  invalidate(taxpayerId: string): void {
    this.cache.invalidate(taxpayerId);
  }
}
