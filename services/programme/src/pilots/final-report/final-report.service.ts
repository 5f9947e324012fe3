import { createHash, randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { type Language, PilotFinalReportGenerated } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit, takeHumanStepThroughWorkflow } from '@aeo/persistence';
import { fieldBadRequest } from '@aeo/service-kit';
import { workflowStepRefusal } from '@aeo/temporal';
import {
  FAILURE_TYPES,
  type PilotFinalReportApproval,
  type PilotFinalReportRef,
  approveFinalReportUpdate,
  notFound,
  pilotWorkflowId,
} from '@aeo/workflows';
import type { ProgrammeConfig } from '../../config';
import { FinalReportAssembler } from './final-report-assembler';
import { finalReportHtml } from './final-report-html';
import { finalReportPdf } from './final-report-pdf';
import { finalReportView } from './final-report-view';
import * as repo from './final-report.repository';
import type { Approval, FinalReportFormat, FinalReportRenderingQuery, Regenerate } from './final-report.schemas';

type Actor = { sub: string; roles: readonly string[] };
/** The pilot workflow's report at the pilot's end is made as this actor. */
export const WORKFLOW_ACTOR: Actor = { sub: 'system:pilot-workflow', roles: [] };
const MEDIA_TYPES: Readonly<Record<FinalReportFormat, string>> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Rendering {
  language: Language;
  format: FinalReportFormat;
  size: number;
  sha256: string;
}

const answer = (row: repo.FinalReportRow) => ({
  id: row.id,
  pilotId: row.pilot_id,
  sequence: row.sequence,
  trigger: row.trigger as 'workflow' | 'on-demand',
  languages: row.languages as Language[],
  recommendations: row.recommendations,
  generatedBy: row.generated_by,
  generatedAt: row.generated_at,
  approvedBy: row.approved_by,
  approvedAt: row.approved_at,
  approvalNote: row.approval_note,
  renderings: ((row.renderings ?? []) as unknown as Rendering[]).map((rendering) => ({
    ...rendering,
    href: `/v1/pilots/${row.pilot_id}/final-report?reportId=${row.id}&language=${rendering.language}&format=${rendering.format}`,
  })),
});
export type FinalReportAnswer = ReturnType<typeof answer>;

/**
 * A pilot's final report (issue 17, item 10): made by the pilot workflow's activity at the pilot's
 * end and again on demand by the policy unit while it is not approved (each stored with its HTML and
 * PDF in mn and en, audited, announced by `aeo.programme-pilot.final-report-generated.v1`); an
 * executive's approval goes to the pilot workflow, whose activity marks the latest report approved
 * before the pilot closes.
 */
@Injectable()
export class PilotFinalReportService {
  private readonly logger = new Logger(PilotFinalReportService.name);
  /** Pilots whose report this instance is making (rendering takes long): the same request again is 409. */
  private readonly producing = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly assembler: FinalReportAssembler,
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: ProgrammeConfig,
  ) {}

  async list(pilotId: string, limit: number): Promise<FinalReportAnswer[]> {
    await this.status(this.dataSource, pilotId);
    return (await repo.listFinalReports(this.dataSource, { pilotId, limit })).map(answer);
  }

  /** The stored bytes of a rendering: of `reportId`, else the approved report, else the latest. */
  async rendering(pilotId: string, query: FinalReportRenderingQuery) {
    await this.status(this.dataSource, pilotId);
    const reports = (
      await repo.listFinalReports(this.dataSource, {
        pilotId,
        ...(query.reportId && { id: query.reportId }),
        limit: 100,
      })
    ).map(answer);
    const report = query.reportId ? reports[0] : (reports.find((r) => r.approvedAt !== null) ?? reports[0]);
    if (!report)
      throw new NotFoundException(
        query.reportId
          ? `Pilot ${pilotId} has no report ${query.reportId}`
          : `Pilot ${pilotId} has no final report yet`,
      );
    if (!report.languages.includes(query.language))
      throw fieldBadRequest('language', `report ${report.id} was made in ${report.languages.join(', ')} only`);
    const rendering = await repo.findFinalReportRendering(this.dataSource, {
      reportId: report.id,
      language: query.language,
      format: query.format,
    });
    if (!rendering) throw new NotFoundException(`Report ${report.id} has no ${query.format} in ${query.language}`);
    return {
      bytes: rendering.bytes,
      sha256: rendering.sha256,
      mediaType: MEDIA_TYPES[query.format],
      fileName: `pilot-final-report-${pilotId}-${report.sequence}-${query.language}.${query.format}`,
    };
  }

  /** The workflow's activity at the pilot's end: its report, made once (a retry answers the stored one). */
  async produceForWorkflow(pilotId: string, now = new Date()): Promise<PilotFinalReportRef> {
    const [made] = await repo.listFinalReports(this.dataSource, { pilotId, trigger: 'workflow', limit: 1 });
    if (made) return { reportId: made.id, sequence: made.sequence };
    const report = await this.generate(pilotId, WORKFLOW_ACTOR, 'workflow', ['mn', 'en'], undefined, now);
    return { reportId: report.id, sequence: report.sequence };
  }

  /** POST by the policy unit: the report made again (with its recommendations) while the pilot has ended and none is approved. */
  async regenerate(user: AuthenticatedUser, pilotId: string, body: Regenerate): Promise<FinalReportAnswer> {
    if (this.producing.has(pilotId))
      throw new ConflictException(
        `The final report of pilot ${pilotId} is being made; list GET /v1/pilots/${pilotId}/final-reports once it is done`,
      );
    this.producing.add(pilotId);
    try {
      return await this.generate(pilotId, user, 'on-demand', body.languages, body.recommendations);
    } finally {
      this.producing.delete(pilotId);
    }
  }

  /** POST by an executive: the approval, through the pilot workflow (its update) and the human-step ledger. */
  async requestApproval(user: AuthenticatedUser, pilotId: string, body: Approval): Promise<FinalReportAnswer> {
    await this.status(this.dataSource, pilotId);
    const handle = this.temporal.workflow.getHandle(pilotWorkflowId(pilotId));
    const approval = { by: user.sub, byRoles: [...user.roles], ...(body.note !== undefined && { note: body.note }) };
    const send = async (updateId: string): Promise<FinalReportAnswer> => {
      try {
        await handle.executeUpdate(approveFinalReportUpdate, { args: [approval], updateId });
      } catch (error) {
        throw workflowStepRefusal(
          'approve-final-report',
          error,
          `Pilot ${pilotId} is over (its workflow has ended); nothing was changed`,
        );
      }
      const [latest] = await repo.listFinalReports(this.dataSource, { pilotId, limit: 1 });
      return answer(latest!);
    };
    const { answer: approved } = await takeHumanStepThroughWorkflow(
      this.dataSource,
      {
        subjectType: 'pilot',
        subjectId: pilotId,
        step: 'approve-final-report',
        request: body,
        actor: user.sub,
        summary: 'final report approved',
      },
      { send, leaseSeconds: this.config.IDEMPOTENCY_KEY_LEASE_S },
    );
    return approved;
  }

  /**
   * The workflow's activity on approval: the latest report marked approved (who, when, note), once;
   * when one is approved already it is answered; none at all fails for good (`InvalidData`).
   */
  async approveForWorkflow(approval: PilotFinalReportApproval, now = new Date()): Promise<PilotFinalReportRef> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await repo.lockPilotForReport(manager, approval.pilotId)))
        throw notFound(`Pilot ${approval.pilotId} not found`);
      const approved = await repo.approveLatestReport(manager, {
        pilotId: approval.pilotId,
        by: approval.by,
        at: now,
        note: approval.note ?? null,
      });
      if (approved) {
        await recordAudit(manager, {
          actor: { sub: approval.by, roles: approval.byRoles },
          action: 'pilot-final-report.approved',
          entityType: 'pilot-final-report',
          entityId: approved.id,
          before: { approvedAt: null },
          after: { approvedBy: approval.by, approvedAt: now.toISOString(), sequence: approved.sequence },
          ...(approval.note !== undefined && { reason: approval.note }),
          correlationId: currentCorrelationId(),
        });
        return { reportId: approved.id, sequence: approved.sequence };
      }
      const reports = await repo.listFinalReports(manager, { pilotId: approval.pilotId, limit: 100 });
      const before = reports.find((report) => report.approved_at !== null);
      if (before) return { reportId: before.id, sequence: before.sequence };
      throw ApplicationFailure.nonRetryable(
        `Pilot ${approval.pilotId} has no final report to approve; the policy unit makes one with POST /v1/pilots/${approval.pilotId}/final-reports`,
        FAILURE_TYPES.invalidData,
      );
    });
  }

  private async status(runner: DataSource | EntityManager, pilotId: string): Promise<string> {
    const pilot = await repo.findReportPilot(runner, pilotId);
    if (!pilot) throw new NotFoundException(`Pilot ${pilotId} not found`);
    return pilot.status;
  }

  private async generate(
    pilotId: string,
    actor: Actor,
    trigger: 'workflow' | 'on-demand',
    languages: readonly Language[],
    recommendations: string | null | undefined,
    now = new Date(),
  ): Promise<FinalReportAnswer> {
    const before = await this.ready(this.dataSource, pilotId);
    const kept = recommendations === undefined ? before.recommendations : recommendations;
    const content = await this.assembler.assemble(pilotId, kept, now);
    const renderings: { language: Language; format: FinalReportFormat; bytes: Buffer }[] = [];
    for (const language of languages) {
      const view = finalReportView(content, language);
      renderings.push({ language, format: 'html', bytes: Buffer.from(finalReportHtml(view), 'utf8') });
      renderings.push({ language, format: 'pdf', bytes: await finalReportPdf(view) });
    }
    const id = randomUUID();
    const sequence = await this.dataSource.transaction(async (manager) => {
      const locked = await this.ready(manager, pilotId);
      const row = await repo.insertFinalReport(manager, {
        id,
        pilotId,
        sequence: locked.next,
        trigger,
        languages: [...languages],
        content: content as never,
        recommendations: kept,
        generatedBy: actor.sub,
        generatedAt: now,
      });
      if (!row) throw new ConflictException(`Another final report of pilot ${pilotId} was stored meanwhile; try again`);
      for (const rendering of renderings)
        await repo.insertFinalReportRendering(manager, { reportId: id, ...rendering, sha256: sha256(rendering.bytes) });
      await repo.markPilotReported(manager, pilotId, now);
      await this.outbox.append(manager, PilotFinalReportGenerated, {
        subject: pilotId,
        aggregateId: pilotId,
        data: {
          pilotId,
          code: content.pilot.code,
          title: content.pilot.title,
          by: actor.sub,
          at: now.toISOString(),
          reportId: id,
          sequence: locked.next,
          trigger,
          languages: [...languages],
          benefitsTestIncluded: content.benefits.available,
        },
      });
      await recordAudit(manager, {
        actor,
        action: 'pilot-final-report.generated',
        entityType: 'pilot-final-report',
        entityId: id,
        after: {
          pilotId,
          sequence: locked.next,
          trigger,
          languages,
          recommendations: kept,
          benefitsTestIncluded: content.benefits.available,
          renderings: renderings.map((r) => ({ language: r.language, format: r.format, sha256: sha256(r.bytes) })),
        },
        correlationId: currentCorrelationId(),
      });
      return locked.next;
    });
    this.logger.log(`pilot ${pilotId} final report ${id} (${sequence}, ${trigger}) stored`);
    const [stored] = await repo.listFinalReports(this.dataSource, { pilotId, id, limit: 1 });
    return answer(stored!);
  }

  /** The pilot may have a report made now: ended (or reported) and none approved (409 otherwise). */
  private async ready(runner: DataSource | EntityManager, pilotId: string) {
    // Under the pilot's lock when in a transaction: two reports of one pilot are stored one after the other.
    const status =
      runner === this.dataSource
        ? await this.status(runner, pilotId)
        : (await repo.lockPilotForReport(runner as EntityManager, pilotId))?.status;
    if (status === undefined) throw new NotFoundException(`Pilot ${pilotId} not found`);
    if (status !== 'ended' && status !== 'reported')
      throw new ConflictException(`Pilot ${pilotId} is ${status}: its final report is made once it has ended`);
    const next = (await repo.nextReportSequence(runner, pilotId))!;
    if (next.approved) throw new ConflictException(`Pilot ${pilotId}'s final report is approved: it is not made again`);
    return { next: next.next, recommendations: next.recommendations };
  }
}
