import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PilotFinalReportApprovalEscalated, PilotFinalReportApprovalReminded } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit, takeHumanStepOnce } from '@aeo/persistence';
import { type PilotFinalReportFollowUp, type PilotFinalReportFollowUpRefusal, notFound } from '@aeo/workflows';
import { findPilot } from '../core/pilots.repository';
import { WORKFLOW_ACTOR } from './final-report.service';
import * as repo from './final-report.repository';

const EVENTS = { reminder: PilotFinalReportApprovalReminded, escalation: PilotFinalReportApprovalEscalated };

/**
 * The pilot workflow's follow-up of a final report awaiting an executive's approval (activity
 * `followUpPilotFinalReportApproval`): the reminder, then the escalation, each taken once per pilot
 * (the request ledger, subject `pilot-final-report-approval`: a retry or a later run of the
 * workflow records nothing again), published and audited in one transaction. Nothing is done
 * while the pilot has no report (the policy unit makes one on demand) or once one is approved.
 * A follow-up refused for good is tried again by the workflow (a day later, three times in all);
 * each refusal is audited and alerted to operations here (`recordRefusal`).
 */
@Injectable()
export class PilotFinalReportFollowUpService {
  private readonly logger = new Logger(PilotFinalReportFollowUpService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async followUp(input: PilotFinalReportFollowUp, now = new Date()): Promise<{ recorded: boolean }> {
    const pilot = await findPilot(this.dataSource, input.pilotId);
    if (!pilot) throw notFound(`Pilot ${input.pilotId} not found`);
    const reports = await repo.listFinalReports(this.dataSource, { pilotId: input.pilotId, limit: 100 });
    const latest = reports[0];
    if (!latest || reports.some((report) => report.approved_at !== null)) return { recorded: false };
    const { answer, repeated } = await takeHumanStepOnce(
      this.dataSource,
      {
        subjectType: 'pilot-final-report-approval',
        subjectId: input.pilotId,
        step: input.step,
        request: { step: input.step },
        actor: WORKFLOW_ACTOR.sub,
        summary: input.step === 'reminder' ? 'reminded' : 'escalated',
      },
      async (manager) => {
        // An approval committed since the check above: the reports' rows locked (an approval updates
        // one of them), so this either waits for it and sees it, or holds it off until the step is recorded.
        const locked = (await manager.query(
          'SELECT approved_at FROM pilot_final_reports WHERE pilot_id = $1 ORDER BY id FOR UPDATE',
          [input.pilotId],
        )) as { approved_at: Date | null }[];
        if (locked.some((report) => report.approved_at !== null)) return { recorded: false };
        const data = {
          pilotId: pilot.id,
          code: pilot.code,
          title: pilot.title,
          by: WORKFLOW_ACTOR.sub,
          at: now.toISOString(),
          reportId: latest.id,
          sequence: latest.sequence,
          generatedAt: new Date(latest.generated_at).toISOString(),
          daysWaiting: input.daysWaiting,
        };
        await this.outbox.append(manager, EVENTS[input.step], { subject: pilot.id, aggregateId: pilot.id, data });
        await recordAudit(manager, {
          actor: WORKFLOW_ACTOR,
          action: `pilot-final-report.approval-${input.step === 'reminder' ? 'reminded' : 'escalated'}`,
          entityType: 'pilot-final-report',
          entityId: latest.id,
          after: { pilotId: pilot.id, sequence: latest.sequence, daysWaiting: input.daysWaiting },
          correlationId: currentCorrelationId(),
        });
        return { recorded: true };
      },
    );
    return repeated ? { recorded: false } : answer;
  }

  /**
   * A follow-up the workflow saw refused for good (activity `recordPilotFinalReportFollowUpRefusal`):
   * an operations alert (an error log line naming the pilot, the step, the attempt and what to fix)
   * and an audit entry on the pilot, once per pilot, step and attempt (a retry records nothing again).
   */
  async recordRefusal(refusal: PilotFinalReportFollowUpRefusal): Promise<void> {
    const givenUp = refusal.retryAt === undefined;
    const outcome = givenUp ? 'given-up' : 'refused';
    const { repeated } = await takeHumanStepOnce(
      this.dataSource,
      {
        subjectType: 'pilot-final-report-approval',
        subjectId: refusal.pilotId,
        step: `${refusal.step}-refused-${refusal.attempt}`,
        request: refusal,
        actor: WORKFLOW_ACTOR.sub,
        summary: `${refusal.step} ${outcome} (attempt ${refusal.attempt} of ${refusal.attempts})`,
      },
      async (manager) => {
        await recordAudit(manager, {
          actor: WORKFLOW_ACTOR,
          action: `pilot-final-report.approval-follow-up-${outcome}`,
          entityType: 'pilot',
          entityId: refusal.pilotId,
          after: { ...refusal },
          correlationId: currentCorrelationId(),
        });
      },
    );
    if (repeated) return;
    this.logger.error(
      {
        alert: 'pilot-final-report-follow-up-refused',
        pilotId: refusal.pilotId,
        step: refusal.step,
        attempt: refusal.attempt,
        attempts: refusal.attempts,
        retryAt: refusal.retryAt,
        failureType: refusal.failureType,
        detail: refusal.detail,
      },
      givenUp
        ? `Pilot final report approval ${refusal.step} given up after ${refusal.attempts} refusals: send it by hand once the cause is fixed`
        : `Pilot final report approval ${refusal.step} refused (attempt ${refusal.attempt} of ${refusal.attempts}); tried again at ${refusal.retryAt}`,
    );
  }
}
