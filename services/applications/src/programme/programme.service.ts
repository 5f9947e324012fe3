import { Inject, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxWriter } from '@aeo/messaging';
import { ProgrammePublished, StatusType } from '@aeo/contracts';
import { AuthenticatedUser } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import type { ApplicationsConfig } from '../config';
import { DEFAULT_PROGRAMME } from './default-programme';
import { CriterionQuestion, ProgrammeDocument, programmeDocumentSchema } from './programme.schemas';

export interface ProgrammeVersion {
  version: number;
  document: ProgrammeDocument;
  note: string | null;
  publishedBy: string;
  publishedAt: string;
}

/**
 * The programme's versioned reference data. Versions are immutable once published; the newest
 * applies to new drafts, and an application keeps its own. Version 1 is created at first start
 * from the defaults (time limits from the environment where given).
 */
@Injectable()
export class ProgrammeService implements OnModuleInit {
  private readonly cache = new Map<number, ProgrammeVersion>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: ApplicationsConfig,
    private readonly outbox: OutboxWriter,
  ) {}

  async onModuleInit(): Promise<void> {
    const initial: ProgrammeDocument = {
      ...DEFAULT_PROGRAMME,
      timeLimits: {
        ...DEFAULT_PROGRAMME.timeLimits,
        acceptanceDays: this.config.ACCEPTANCE_PERIOD_DAYS,
        decisionDays: this.config.DECISION_PERIOD_DAYS,
        revalidationYears: this.config.REVALIDATION_YEARS,
      },
    };
    const document = programmeDocumentSchema.parse(initial);
    await this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO programme_versions (version, document, note, published_by) VALUES (1, $1, 'initial programme (defaults)', 'system:bootstrap') ON CONFLICT (version) DO NOTHING RETURNING version`,
        [JSON.stringify(document)],
      );
      if (inserted.length) await this.announce(manager, 1, document, 'system:bootstrap');
    });
  }

  /** Other services (validation checklists) keep a copy of each version from this event. */
  private announce(manager: EntityManager, version: number, document: ProgrammeDocument, publishedBy: string) {
    return this.outbox.append(manager, ProgrammePublished, { subject: `programme-${version}`, aggregateId: 'programme', data: { version, publishedBy, document } });
  }

  async current(): Promise<ProgrammeVersion> {
    const [row]: { version: number }[] = await this.dataSource.query(`SELECT max(version) AS version FROM programme_versions`);
    return this.get(row.version);
  }

  async get(version: number): Promise<ProgrammeVersion> {
    const cached = this.cache.get(version);
    if (cached) return cached;
    const [row]: { version: number; document: unknown; note: string | null; published_by: string; published_at: Date }[] = await this.dataSource.query(
      `SELECT version, document, note, published_by, published_at FROM programme_versions WHERE version = $1`,
      [version],
    );
    if (!row) throw new NotFoundException(`Programme version ${version} does not exist`);
    const loaded = { version: row.version, document: programmeDocumentSchema.parse(row.document), note: row.note, publishedBy: row.published_by, publishedAt: new Date(row.published_at).toISOString() };
    this.cache.set(version, loaded);
    return loaded;
  }

  /** Publishes the next version (the policy unit); applications filed before keep theirs. */
  async publish(user: AuthenticatedUser, document: ProgrammeDocument, note?: string): Promise<ProgrammeVersion> {
    const version = await this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE programme_versions IN EXCLUSIVE MODE`);
      const [{ next }]: { next: number }[] = await manager.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM programme_versions`);
      await manager.query(`INSERT INTO programme_versions (version, document, note, published_by) VALUES ($1, $2, $3, $4)`, [next, JSON.stringify(document), note ?? null, user.sub]);
      await this.announce(manager, next, document, user.sub);
      await recordAudit(manager, { actor: user, action: 'programme.published', entityType: 'programme', entityId: String(next), after: { version: next }, reason: note, correlationId: currentCorrelationId() });
      return next;
    });
    return this.get(version);
  }

  /** The questions an application of this status type must answer under this version. */
  static questionsFor(document: ProgrammeDocument, statusType: StatusType): CriterionQuestion[] {
    const type = document.statusTypes.find((t) => t.code === statusType);
    if (!type) return [];
    return document.sections.filter((section) => type.sections.includes(section.id)).flatMap((section) => section.questions);
  }
}
