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
import {
  type ProgrammeVersion,
  findCurrentProgrammeVersionNumber,
  findProgrammeVersionByNumber,
  insertInitialProgrammeVersion,
  insertNextProgrammeVersion,
} from './programme.repository';

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
      if (await insertInitialProgrammeVersion(manager, document))
        await this.announce(manager, 1, document, 'system:bootstrap');
    });
  }

  /** Other services (validation checklists) keep a copy of each version from this event. */
  private announce(manager: EntityManager, version: number, document: ProgrammeDocument, publishedBy: string) {
    return this.outbox.append(manager, ProgrammePublished, {
      subject: `programme-${version}`,
      aggregateId: 'programme',
      data: { version, publishedBy, document },
    });
  }

  async current(): Promise<ProgrammeVersion> {
    const version = await findCurrentProgrammeVersionNumber(this.dataSource);
    if (version === null) throw new NotFoundException('No programme version is published yet');
    return this.get(version);
  }

  async get(version: number): Promise<ProgrammeVersion> {
    const cached = this.cache.get(version);
    if (cached) return cached;
    const loaded = await findProgrammeVersionByNumber(this.dataSource, version);
    if (!loaded) throw new NotFoundException(`Programme version ${version} does not exist`);
    this.cache.set(version, loaded);
    return loaded;
  }

  /** Publishes the next version (the policy unit); applications filed before keep theirs. */
  async publish(user: AuthenticatedUser, document: ProgrammeDocument, note?: string): Promise<ProgrammeVersion> {
    const version = await this.dataSource.transaction(async (manager) => {
      const next = await insertNextProgrammeVersion(manager, { document, note: note ?? null, publishedBy: user.sub });
      await this.announce(manager, next, document, user.sub);
      await recordAudit(manager, {
        actor: user,
        action: 'programme.published',
        entityType: 'programme',
        entityId: String(next),
        after: { version: next },
        reason: note,
        correlationId: currentCorrelationId(),
      });
      return next;
    });
    return this.get(version);
  }

  /** The questions an application of this status type must answer under this version. */
  static questionsFor(document: ProgrammeDocument, statusType: StatusType): CriterionQuestion[] {
    const type = document.statusTypes.find((t) => t.code === statusType);
    if (!type) return [];
    return document.sections
      .filter((section) => type.sections.includes(section.id))
      .flatMap((section) => section.questions);
  }
}
