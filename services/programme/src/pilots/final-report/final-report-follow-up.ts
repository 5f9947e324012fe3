import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PilotFinalReportApprovalEscalated, PilotFinalReportApprovalReminded } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit, takeHumanStepOnce } from '@aeo/persistence';
import { type PilotFinalReportFollowUp, notFound } from '@aeo/workflows';
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
 */
@Injectable()
export class PilotFinalReportFollowUpService {
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
}
