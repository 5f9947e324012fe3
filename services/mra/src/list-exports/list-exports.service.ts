import { randomUUID } from 'node:crypto';
import { ConflictException, Injectable, Logger, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthenticatedUser, ROLES, hasRole } from '@aeo/auth';
import { MraListExported, mraTermsSchema } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import type { MraListExportReport } from '@aeo/workflows';
import { visibleArrangement } from '../arrangements/partner-scope';
import { exportableAuthorisations } from '../register-replica/register-replica.repository';
import { ExportSigningKey } from './export-signing-key';
import {
  ENDED_RETENTION_DAYS,
  WITHHELD_REASON,
  type ListEntry,
  entriesSha256,
  listDelta,
  listEntries,
} from './list-export-document';
import * as repo from './list-exports.repository';

const DAY_MS = 24 * 60 * 60 * 1000;
export const SCHEDULE_ACTOR: Actor = { sub: 'system:mra-list-export-schedule', roles: [] };

type Actor = { sub: string; roles: readonly string[] };

/** Our own staff reading exports: any arrangement, whatever its phase. */
const isStaff = (user: AuthenticatedUser) => hasRole(user, ROLES.mraOfficer, ROLES.executive);

/** The signed document of one export version (what `jws` signs). */
export interface ListDocument {
  format: 'aeo-mra-list/1';
  arrangementId: string;
  partnerCountry: string;
  partnerAdministration: string;
  version: number;
  previousVersion: number | null;
  exportedAt: string;
  statusTypes: string[];
  endedRetentionDays: number;
  entries: ListEntry[];
  withheld: { count: number; reason: string };
}

const exportAnswer = (row: repo.ExportRow, created: boolean) => ({
  exportId: row.id,
  arrangementId: row.arrangement_id,
  version: row.version,
  entries: row.entry_count,
  delta: { added: row.added, changed: row.changed, removed: row.removed },
  withheld: row.withheld,
  sha256: row.entries_sha256,
  keyId: row.key_id,
  exportedBy: row.exported_by,
  exportedAt: row.exported_at,
  created,
  jws: row.jws,
});
export type ExportAnswer = ReturnType<typeof exportAnswer>;

/**
 * Our AEO list for the partner of each operational arrangement: consenting holders whose status
 * type the arrangement's terms cover, from the mra register replica, as signed versions with their
 * delta; partners fetch them (their own arrangement only; audited).
 */
@Injectable()
export class ListExportsService {
  private readonly logger = new Logger(ListExportsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly signingKey: ExportSigningKey,
  ) {}

  /** The arrangement, if the caller may see it: a partner administration only its own country's (else 404). */
  private async arrangement(user: AuthenticatedUser, arrangementId: string) {
    const found = await repo.findArrangementForExport(this.dataSource, arrangementId);
    return visibleArrangement(user, arrangementId, found, (arrangement) => arrangement.partner_country);
  }

  /**
   * The arrangement whose exported list the caller reads: a partner administration only while it is
   * operational (a suspended or terminated arrangement shares no data: 409 with the reason); our
   * staff also afterwards.
   */
  private async readableArrangement(user: AuthenticatedUser, arrangementId: string) {
    const arrangement = await this.arrangement(user, arrangementId);
    if (!isStaff(user) && arrangement.phase !== 'operational')
      throw new ConflictException(
        `The arrangement is ${arrangement.phase}: our list is shared with the partner only while it is operational`,
      );
    return arrangement;
  }

  jwks() {
    return this.signingKey.jwks();
  }

  /** POST by an MRA officer: the arrangement's list exported now (an unchanged list answers the latest version). */
  async exportNow(user: AuthenticatedUser, arrangementId: string): Promise<ExportAnswer> {
    await this.arrangement(user, arrangementId);
    return this.export(arrangementId, user, new Date());
  }

  /** The schedule's run: every operational arrangement, each in its own transaction. */
  async exportOperational(now: Date): Promise<MraListExportReport> {
    const report: MraListExportReport = { exported: [], failed: [] };
    for (const arrangementId of await repo.operationalArrangements(this.dataSource)) {
      try {
        const answer = await this.export(arrangementId, SCHEDULE_ACTOR, now);
        report.exported.push({ arrangementId, version: answer.version, created: answer.created });
      } catch (error) {
        this.logger.error(`list export of arrangement ${arrangementId} failed: ${(error as Error).message}`);
        report.failed.push({ arrangementId, reason: (error as Error).message });
      }
    }
    return report;
  }

  private async export(arrangementId: string, by: Actor, now: Date): Promise<ExportAnswer> {
    return this.dataSource.transaction(async (manager) => {
      await repo.lockExportsOfArrangement(manager, arrangementId);
      const arrangement = await repo.findArrangementForExport(manager, arrangementId);
      if (!arrangement) throw new NotFoundException(`Arrangement ${arrangementId} not found`);
      if (arrangement.phase !== 'operational')
        throw new ConflictException(
          `Our list is exported only under an operational arrangement (this one is ${arrangement.phase})`,
        );
      const terms = mraTermsSchema.safeParse(arrangement.terms);
      if (!terms.success)
        throw new ConflictException(`The arrangement has no valid signed terms: ${terms.error.issues[0]?.message}`);
      const statusTypes = [...terms.data.statusTypes];
      const rows = await exportableAuthorisations(
        manager,
        statusTypes,
        new Date(now.getTime() - ENDED_RETENTION_DAYS * DAY_MS),
      );
      const { entries, withheld } = listEntries(rows);
      const sha256 = entriesSha256(entries);
      const latest = await repo.latestExport(manager, arrangementId);
      // A key rotation or withdrawal re-signs an unchanged list: a new version with the same entries
      // (an empty delta), so the latest version is never left signed by a withdrawn key; an instance
      // whose own key was withdrawn exports nothing (503) until it is restarted with a new one.
      const { kid } = await this.signingKey.usable(manager);
      if (latest && latest.entries_sha256 === sha256 && latest.key_id === kid) return exportAnswer(latest, false);

      const version = (latest?.version ?? 0) + 1;
      const document: ListDocument = {
        format: 'aeo-mra-list/1',
        arrangementId,
        partnerCountry: arrangement.partner_country,
        partnerAdministration: arrangement.partner_administration,
        version,
        previousVersion: latest?.version ?? null,
        exportedAt: now.toISOString(),
        statusTypes,
        endedRetentionDays: ENDED_RETENTION_DAYS,
        entries,
        withheld: { count: withheld, reason: WITHHELD_REASON },
      };
      const delta = listDelta(latest ? (latest.document as unknown as ListDocument).entries : [], entries);
      const row = await repo.insertExport(manager, {
        id: randomUUID(),
        arrangementId,
        version,
        document: document as never,
        jws: await this.signingKey.sign(document, manager),
        entriesSha256: sha256,
        entryCount: entries.length,
        added: delta.added.length,
        changed: delta.changed.length,
        removed: delta.removed.length,
        withheld,
        keyId: this.signingKey.kid,
        exportedBy: by.sub,
        exportedAt: now,
      });
      const counts = {
        entries: entries.length,
        added: row.added,
        changed: row.changed,
        removed: row.removed,
        withheld,
      };
      await this.outbox.append(manager, MraListExported, {
        subject: arrangementId,
        aggregateId: arrangementId,
        data: {
          arrangementId,
          partnerCountry: arrangement.partner_country,
          exportId: row.id,
          version,
          ...counts,
          keyId: row.key_id,
          at: now.toISOString(),
        },
      });
      await this.audit(manager, by, 'mra-list.exported', arrangementId, { version, ...counts, sha256 });
      return exportAnswer(row, true);
    });
  }

  /** The latest signed export (404 before the first). A partner's fetch is audited. */
  async latest(user: AuthenticatedUser, arrangementId: string): Promise<ExportAnswer> {
    await this.readableArrangement(user, arrangementId);
    const latest = await repo.latestExport(this.dataSource, arrangementId);
    if (!latest) throw new NotFoundException(`No list has been exported under arrangement ${arrangementId} yet`);
    await this.auditFetch(user, arrangementId, { version: latest.version });
    return exportAnswer(latest, false);
  }

  /** The signed delta from version `since` to the latest export. A partner's fetch is audited. */
  async deltaSince(user: AuthenticatedUser, arrangementId: string, since: number) {
    const arrangement = await this.readableArrangement(user, arrangementId);
    const latest = await repo.latestExport(this.dataSource, arrangementId);
    if (!latest) throw new NotFoundException(`No list has been exported under arrangement ${arrangementId} yet`);
    if (since > latest.version)
      throw new UnprocessableEntityException(`since: version ${since} is after the latest (${latest.version})`);
    const from = await repo.findExport(this.dataSource, arrangementId, since);
    if (!from) throw new UnprocessableEntityException(`since: version ${since} does not exist`);
    const delta = listDelta(
      (from.document as unknown as ListDocument).entries,
      (latest.document as unknown as ListDocument).entries,
    );
    const document = {
      format: 'aeo-mra-list-delta/1' as const,
      arrangementId,
      partnerCountry: arrangement.partner_country,
      fromVersion: since,
      toVersion: latest.version,
      exportedAt: latest.exported_at.toISOString(),
      ...delta,
    };
    await this.auditFetch(user, arrangementId, { since, version: latest.version });
    return {
      arrangementId,
      fromVersion: since,
      toVersion: latest.version,
      counts: { added: delta.added.length, changed: delta.changed.length, removed: delta.removed.length },
      keyId: this.signingKey.kid,
      jws: await this.signingKey.sign(document),
    };
  }

  /**
   * Withdraws one of our published export signing keys (a compromise): it leaves the JWKS for good,
   * instances configured with it refuse to start and those still running with it refuse to sign;
   * the next export of every arrangement is signed with the current key. Audited.
   */
  async withdrawKey(user: AuthenticatedUser, kid: string, reason: string) {
    const row = await this.dataSource.transaction(async (manager) => {
      const withdrawn = await repo.withdrawPublicKey(manager, { kid, withdrawnBy: user.sub, reason });
      if (!withdrawn) {
        const key = await repo.findPublicKey(manager, kid);
        if (!key) throw new NotFoundException(`kid: no export signing key ${kid} has been published`);
        throw new ConflictException(`kid: the key ${kid} was withdrawn on ${key.withdrawn_at!.toISOString()}`);
      }
      await this.audit(
        manager,
        user,
        'mra-export-key.withdrawn',
        kid,
        { withdrawnAt: withdrawn.withdrawn_at },
        {
          entityType: 'mra-export-key',
          reason,
        },
      );
      return withdrawn;
    });
    this.logger.warn(`list export signing key ${kid} withdrawn by ${user.sub}: ${reason}`);
    return {
      kid: row.kid,
      publicJwk: row.public_jwk as Record<string, unknown>,
      firstUsedAt: row.first_used_at,
      withdrawnAt: row.withdrawn_at!,
      withdrawnBy: row.withdrawn_by!,
      reason: row.withdrawal_reason!,
    };
  }

  private async auditFetch(user: AuthenticatedUser, arrangementId: string, after: Record<string, unknown>) {
    if (!hasRole(user, ROLES.partnerCustoms) || isStaff(user)) return;
    await this.dataSource.transaction((manager) =>
      this.audit(manager, user, 'mra-list.fetched', arrangementId, {
        ...after,
        partnerCountry: user.partnerCountry,
      }),
    );
  }

  private audit(
    manager: EntityManager,
    actor: Actor,
    action: string,
    entityId: string,
    after: object,
    { entityType = 'mra-arrangement', reason }: { entityType?: string; reason?: string } = {},
  ) {
    return recordAudit(manager, {
      actor: { sub: actor.sub, roles: actor.roles },
      action,
      entityType,
      entityId,
      after,
      reason,
      correlationId: currentCorrelationId(),
    });
  }
}
