import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import type { RiskManagementConfig } from '../config';
import { TtlCache } from '../shared/ttl-cache';
import { AeoStatusRecord, aeoStandingAt, benefitsOf } from './aeo-benefits';
import { findAeoStatus } from './aeo-status.repository';

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
 * The AEO status look-up: every declaration, and several parties per declaration, ask it. Rows
 * are cached for a few seconds (unknown taxpayers too); the projection invalidates the entry of a
 * changed taxpayer in this process. Benefits are computed on read, so an authorisation starts
 * giving them exactly at its `effectiveFrom`.
 */
@Injectable()
export class AeoStatusService {
  private readonly cache: TtlCache<string, AeoStatusRecord | null>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: RiskManagementConfig,
  ) {
    this.cache = new TtlCache({ maxEntries: config.AEO_STATUS_CACHE_MAX_ENTRIES, ttlMs: config.AEO_STATUS_CACHE_TTL_MS, holdMs: 1000 });
  }

  async lookUp(taxpayerId: string, at = new Date()): Promise<AeoStatusAnswer> {
    const record = await this.cache.getOrLoad(taxpayerId, () => findAeoStatus(this.dataSource.manager, taxpayerId));
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
