import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import { boundActivities } from '@aeo/temporal';
import { type PilotStepRecord, type ProgrammePilotActivities, illegalTransition, notFound } from '@aeo/workflows';
import { OpenInvitationsWithdrawal, pilotOverReason } from '../invitations/open-invitations';
import { pilotEventOf } from './pilot-events';
import {
  type Pilot,
  insertMilestone,
  lockPilot,
  markReminded,
  milestonesOf,
  moveMilestone,
  movePilotStatus,
  recordExtension,
} from './pilots.repository';

type Recorded = { before: unknown; after: unknown; reason?: string } | undefined;

/**
 * A workflow records steps only for a pilot the policy unit started (launched) and that is not
 * cancelled (a repeated cancel finds the change made and records nothing): anything else is refused
 * for good, under the pilot's row lock, with nothing changed.
 */
export function refuseUnlaunched(pilot: Pick<Pilot, 'code' | 'status' | 'launchedAt'>, record: PilotStepRecord): void {
  if (!pilot.launchedAt)
    throw illegalTransition(`Pilot ${pilot.code} was never started: its workflow records no ${record.step} step`);
  if (pilot.status === 'cancelled' && record.step !== 'cancel')
    throw illegalTransition(`Pilot ${pilot.code} is cancelled: its workflow records no ${record.step} step`);
}

/**
 * The pilot workflow's activity (`TASK_QUEUES.programme`): each step changes the pilot's or the
 * milestone's row only from the state it expects (a milestone late only while open, an extension
 * keyed by its number), and then writes its event (outbox) and audit entry in the same
 * transaction; a retry that finds the change made records nothing. After the cancellation or the
 * end is committed, the pilot's open invitations are withdrawn (`OpenInvitationsWithdrawal`).
 */
@Injectable()
export class PilotsActivities implements ProgrammePilotActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly openInvitations: OpenInvitationsWithdrawal,
  ) {}

  asActivities(): ProgrammePilotActivities {
    return boundActivities(this, ['recordPilotStep']);
  }

  async recordPilotStep(record: PilotStepRecord): Promise<void> {
    const pilot = await this.dataSource.transaction(async (manager) => {
      const pilot = await lockPilot(manager, record.pilotId);
      if (!pilot) throw notFound(`Pilot ${record.pilotId} not found`);
      refuseUnlaunched(pilot, record);
      const at = new Date();
      const recorded = await this.apply(manager, pilot, record, at);
      if (!recorded) return pilot;
      const event = await pilotEventOf(manager, pilot, record, at, recorded.before);
      await this.outbox.append(manager, event.definition, {
        subject: pilot.id,
        aggregateId: pilot.id,
        data: event.data,
      });
      await recordAudit(manager, {
        actor: { sub: record.by, roles: record.byRoles },
        action: `pilot.${record.step}`,
        entityType: 'milestoneId' in record ? 'pilot-milestone' : 'pilot',
        entityId: 'milestoneId' in record ? record.milestoneId : pilot.id,
        before: recorded.before,
        after: recorded.after,
        ...(recorded.reason !== undefined && { reason: recorded.reason }),
        correlationId: currentCorrelationId(),
      });
      return pilot;
    });
    // Once the pilot is over, the invitations not answered are withdrawn (again on a retry: it is harmless).
    if (record.step === 'cancel')
      await this.openInvitations.withdrawOpen(
        pilot.id,
        pilotOverReason({ code: pilot.code, status: 'cancelled', cancelReason: record.reason }),
      );
    if (record.step === 'end')
      await this.openInvitations.withdrawOpen(
        pilot.id,
        pilotOverReason({ code: pilot.code, status: 'ended', cancelReason: null }),
      );
  }

  /** The step's change, when it was not made before: what the audit entry shows. */
  private async apply(manager: EntityManager, pilot: Pilot, record: PilotStepRecord, at: Date): Promise<Recorded> {
    const by = record.by;
    const moved = (from: Pilot['status'][], to: Pilot['status'], reason?: string) =>
      movePilotStatus(manager, { id: pilot.id, from, to, at, by, ...(reason !== undefined && { reason }) });
    const statusChange = (to: Pilot['status'], reason?: string): Recorded => ({
      before: { status: pilot.status },
      after: { status: to },
      ...(reason !== undefined && { reason }),
    });
    switch (record.step) {
      case 'start':
        return (await moved(['planned'], 'running')) ? statusChange('running') : undefined;
      case 'end':
        return (await moved(['running'], 'ended')) ? statusChange('ended') : undefined;
      case 'cancel':
        return (await moved(['planned', 'running'], 'cancelled', record.reason))
          ? statusChange('cancelled', record.reason)
          : undefined;
      case 'final-report-approved':
        return (await moved(['ended', 'reported'], 'closed')) ? statusChange('closed', record.note) : undefined;
      case 'extend':
        return (await recordExtension(manager, {
          pilotId: pilot.id,
          sequence: record.sequence,
          previousEndsOn: record.previousEndsOn,
          newEndsOn: record.endsOn,
          reason: record.reason,
          decidedBy: by,
          at,
        }))
          ? {
              before: { endsOn: record.previousEndsOn },
              after: { endsOn: record.endsOn, sequence: record.sequence },
              reason: record.reason,
            }
          : undefined;
      case 'milestone-planned':
        return (await insertMilestone(
          manager,
          pilot.id,
          { ...record.milestone, id: record.milestone.milestoneId, kpiCode: null, kpiTarget: null },
          by,
        ))
          ? { before: null, after: record.milestone }
          : undefined;
      case 'milestone-due-soon':
        return (await markReminded(manager, pilot.id, record.milestoneId, at))
          ? { before: { remindedAt: null }, after: { remindedAt: at.toISOString(), daysLeft: record.daysLeft } }
          : undefined;
      case 'milestone-late':
        return (await moveMilestone(manager, {
          pilotId: pilot.id,
          id: record.milestoneId,
          from: ['open'],
          to: 'late',
          at,
          by,
        }))
          ? { before: { status: 'open' }, after: { status: 'late' } }
          : undefined;
      case 'milestone-escalated':
        return (await moveMilestone(manager, {
          pilotId: pilot.id,
          id: record.milestoneId,
          from: ['late'],
          to: 'escalated',
          at,
          by,
        }))
          ? { before: { status: 'late' }, after: { status: 'escalated', graceDays: record.graceDays } }
          : undefined;
      case 'milestone-done': {
        const before = (await milestonesOf(manager, pilot.id)).find((m) => m.id === record.milestoneId);
        if (!before) throw notFound(`Pilot ${pilot.id} has no milestone ${record.milestoneId}`);
        const done = await moveMilestone(manager, {
          pilotId: pilot.id,
          id: record.milestoneId,
          from: ['open', 'late', 'escalated'],
          to: 'done',
          at,
          by,
          evidence: record.evidence,
          ...(record.note !== undefined && { note: record.note }),
        });
        return done
          ? {
              before: { status: before.status },
              after: { status: 'done', evidence: record.evidence, note: record.note },
            }
          : undefined;
      }
    }
  }
}
