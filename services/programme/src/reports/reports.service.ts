import { createHash, randomUUID } from 'node:crypto';
import {
  ConflictException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ROLES, type AuthenticatedUser } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { ProgrammeReportIssued, type Language } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { closeSession, recordAudit } from '@aeo/persistence';
import { fieldBadRequest } from '@aeo/service-kit';
import type { ProgrammeConfig } from '../config';
import { KpisService } from '../kpis/kpis.service';
import { assembleReport, type ReportKpiFigures } from './report-assembler';
import { reportHtml } from './report-html';
import { reportPdf } from './report-pdf';
import { FIRST_REPORT_QUARTER, quarterBucket } from './report-quarters';
import {
  REPORT_DEVIATION_SOURCE,
  REPORT_SCORECARD_SOURCE,
  type ReportDeviationSource,
  type ReportScorecardSource,
} from './report-sources';
import { reportView } from './report-view';
import * as repo from './reports.repository';
import type { NewReport, ReportFormat, ReportListQuery } from './reports.schemas';

type Actor = { sub: string; roles: readonly string[] };
export const SCHEDULE_ACTOR: Actor = { sub: 'system:programme-report-schedule', roles: [] };
/** The reports read national figures, as an executive would. */
const NATIONAL_READER: AuthenticatedUser = { sub: 'system:programme-report', roles: [ROLES.executive] };

export const MEDIA_TYPES: Readonly<Record<ReportFormat, string>> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

interface Rendering {
  language: string;
  format: string;
  size: number;
  sha256: string;
}

/**
 * The production claim's key: the quarter and the languages as a set (["mn","en"] and ["en","mn"]
 * are the same report).
 */
export const productionKey = (quarter: string, languages: readonly string[]) =>
  `${quarter} ${[...new Set(languages)].sort().join(',')}`;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const answer = (row: repo.ReportRow) => ({
  id: row.id,
  quarter: row.quarter,
  trigger: row.trigger as 'schedule' | 'on-demand',
  languages: row.languages as Language[],
  issuedBy: row.issued_by,
  issuedAt: row.issued_at,
  renderings: ((row.renderings ?? []) as unknown as Rendering[]).map((rendering) => ({
    language: rendering.language as Language,
    format: rendering.format as ReportFormat,
    size: rendering.size,
    sha256: rendering.sha256,
    href: `/v1/reports/${row.id}/${rendering.format}?lang=${rendering.language}`,
  })),
});
export type ReportAnswer = ReturnType<typeof answer>;

/**
 * The quarterly programme report for executive management: assembled from the KPIs (national),
 * the open deviation cases and the scorecard, rendered as HTML and PDF per language, stored with
 * its renderings; issued on demand or by the quarterly schedule (once per quarter), audited and
 * announced by `aeo.programme-report.issued.v1`.
 */
@Injectable()
export class ReportsService {
  private readonly logger = new Logger(ReportsService.name);
  /** On-demand reports being produced by this instance (each holds a pooled connection meanwhile). */
  private producing = 0;
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly kpis: KpisService,
    @Inject(REPORT_DEVIATION_SOURCE) private readonly deviations: ReportDeviationSource,
    @Inject(REPORT_SCORECARD_SOURCE) private readonly scorecard: ReportScorecardSource,
    @Inject(APP_CONFIG)
    private readonly config: Pick<ProgrammeConfig, 'REPORT_MAX_CONCURRENT' | 'PROGRAMME_TIME_ZONE'>,
  ) {}

  /**
   * POST: a report on a quarter (of PROGRAMME_TIME_ZONE) from FIRST_REPORT_QUARTER to the current one (a running quarter's
   * figures are marked provisional); 409 while the same report (quarter and languages) is being made;
   * 503 (Retry-After, by the exception filter) while this instance already produces
   * REPORT_MAX_CONCURRENT on-demand reports: each pins a pooled connection for its whole rendering,
   * so that many requests at once cannot take the pool the other routes need.
   */
  async issue(user: AuthenticatedUser, request: NewReport, now = new Date()): Promise<ReportAnswer> {
    const zone = this.config.PROGRAMME_TIME_ZONE;
    const current = quarterBucket(request.quarter, zone);
    if (current.start < quarterBucket(FIRST_REPORT_QUARTER, zone).start)
      throw fieldBadRequest(
        'quarter',
        `${request.quarter} is before the programme's first quarter (${FIRST_REPORT_QUARTER})`,
      );
    if (current.start > now)
      throw fieldBadRequest('quarter', `${request.quarter} has not begun yet (the latest is the current quarter)`);
    const limit = this.config.REPORT_MAX_CONCURRENT;
    if (this.producing >= limit)
      throw new ServiceUnavailableException(
        `This instance is producing ${limit} reports already (REPORT_MAX_CONCURRENT); retry later`,
      );
    this.producing += 1;
    try {
      const release = await this.claimProduction(productionKey(request.quarter, request.languages));
      if (!release)
        throw new ConflictException(
          `The ${request.quarter} report in ${request.languages.join(', ')} is being produced; list GET /v1/reports?quarter=${request.quarter} once it is done`,
        );
      try {
        const report = await this.generate(request.quarter, request.languages, 'on-demand', user, now);
        return report!;
      } finally {
        await release();
      }
    } finally {
      this.producing -= 1;
    }
  }

  /**
   * Claims the production of an on-demand report (by quarter and languages) across the service's
   * instances: rendering takes long (tens of seconds on a loaded machine), so the same request
   * again meanwhile, on any instance, is answered 409. A session advisory lock on a connection of
   * its own, held while the report is made (PostgreSQL frees it if the instance dies); undefined
   * when another request holds it. The release unlocks and gives the connection back; when the
   * unlock fails the connection is closed instead (the lock goes with it), never pooled with the lock.
   */
  private async claimProduction(key: string): Promise<(() => Promise<void>) | undefined> {
    const session = this.dataSource.createQueryRunner();
    await session.connect();
    let locked = false;
    try {
      locked = (await repo.tryLockReportProduction(session, key))?.locked === true;
    } finally {
      if (!locked) await session.release();
    }
    if (!locked) return undefined;
    return async () => {
      try {
        await repo.unlockReportProduction(session, key);
      } catch (error) {
        this.logger.error(
          { err: error },
          `the ${key} report's production lock could not be released; closing its connection`,
        );
        await closeSession(session, error);
        return;
      }
      await session.release();
    };
  }

  /**
   * The schedule's run for a quarter: nothing when its report exists already (checked first, so
   * that no instance renders for nothing, and again by the unique index when two race).
   */
  async issueScheduled(quarter: string, now = new Date()): Promise<ReportAnswer | undefined> {
    if (await repo.scheduledReportOf(this.dataSource, quarter)) return undefined;
    return this.generate(quarter, ['mn', 'en'], 'schedule', SCHEDULE_ACTOR, now);
  }

  async list(query: ReportListQuery): Promise<ReportAnswer[]> {
    const rows = await repo.listReports(this.dataSource, query);
    return rows.map(answer);
  }

  async find(reportId: string): Promise<ReportAnswer> {
    const row = await repo.findReport(this.dataSource, reportId);
    if (!row) throw new NotFoundException(`Report ${reportId} not found`);
    return answer(row);
  }

  /** The stored bytes of a rendering: the report's first language unless `lang` names another it has. */
  async rendering(reportId: string, format: ReportFormat, lang: Language | undefined) {
    const report = await this.find(reportId);
    const language = lang ?? report.languages[0]!;
    if (!report.languages.includes(language))
      throw fieldBadRequest('lang', `report ${reportId} was rendered in ${report.languages.join(', ')} only`);
    const rendering = await repo.findRendering(this.dataSource, { reportId, language, format });
    if (!rendering) throw new NotFoundException(`Report ${reportId} has no ${format} in ${language}`);
    return {
      bytes: rendering.bytes,
      sha256: rendering.sha256,
      mediaType: MEDIA_TYPES[format],
      fileName: `aeo-programme-report-${report.quarter}-${language}.${format}`,
    };
  }

  private figures(): ReportKpiFigures {
    return {
      definitions: () => this.kpis.definitions(),
      nationalValues: async (kpiId, period, from, to) =>
        (await this.kpis.values(NATIONAL_READER, kpiId, { period, from, to })).values,
    };
  }

  private async generate(
    quarter: string,
    languages: readonly Language[],
    trigger: 'schedule' | 'on-demand',
    actor: Actor,
    now: Date,
  ): Promise<ReportAnswer | undefined> {
    const content = await assembleReport(
      { kpis: this.figures(), deviations: this.deviations, scorecard: this.scorecard },
      quarter,
      now,
      this.config.PROGRAMME_TIME_ZONE,
    );
    const renderings: { language: Language; format: ReportFormat; bytes: Buffer }[] = [];
    for (const language of languages) {
      const view = reportView(content, language);
      renderings.push({ language, format: 'html', bytes: Buffer.from(reportHtml(view), 'utf8') });
      renderings.push({ language, format: 'pdf', bytes: await reportPdf(view) });
    }
    const id = randomUUID();
    const stored = await this.dataSource.transaction(async (manager) => {
      const row = await repo.insertReport(manager, {
        id,
        quarter,
        trigger,
        languages: [...languages],
        content: content as never,
        issuedBy: actor.sub,
        issuedAt: now,
      });
      if (!row) return false;
      for (const rendering of renderings)
        await repo.insertRendering(manager, { reportId: id, ...rendering, sha256: sha256(rendering.bytes) });
      const openDeviations = content.deviations.items.length;
      await this.outbox.append(manager, ProgrammeReportIssued, {
        subject: id,
        aggregateId: id,
        data: {
          reportId: id,
          quarter,
          languages: [...languages],
          trigger,
          issuedBy: actor.sub,
          kpis: content.kpis.length,
          openDeviations,
          at: now.toISOString(),
        },
      });
      await recordAudit(manager, {
        actor,
        action: 'programme-report.issued',
        entityType: 'programme-report',
        entityId: id,
        after: {
          quarter,
          trigger,
          languages,
          kpis: content.kpis.length,
          openDeviations,
          deviationsAvailable: content.deviations.available,
          scorecardAvailable: content.scorecard.available,
          renderings: renderings.map((rendering) => ({
            language: rendering.language,
            format: rendering.format,
            sha256: sha256(rendering.bytes),
          })),
        },
        correlationId: currentCorrelationId(),
      });
      return true;
    });
    if (!stored) {
      this.logger.log(`the ${quarter} report was issued by another instance meanwhile`);
      return undefined;
    }
    this.logger.log(`programme report ${id} issued for ${quarter} (${trigger})`);
    return this.find(id);
  }
}
