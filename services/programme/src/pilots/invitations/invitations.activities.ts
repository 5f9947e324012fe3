import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  type EventDefinition,
  PilotConsultationCommented,
  PilotInvitationExpired,
  PilotInvitationSent,
  PilotParticipantAccepted,
  PilotParticipantDeclined,
  PilotParticipantWithdrawn,
} from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import { boundActivities } from '@aeo/temporal';
import {
  type PilotInvitationActivities,
  type PilotInvitationRecord,
  notFound,
  participantMoved,
  pilotInvitationWorkflowId,
} from '@aeo/workflows';
import {
  type Participant,
  findPilot,
  insertParticipantRecord,
  lockParticipant,
  nextParticipantRecord,
  participantRecordAt,
  selectionTerms,
  updateParticipant,
} from '../selection/selection.repository';

/** The participant's row as a step leaves it. */
export function participantAfterStep(before: Participant, record: PilotInvitationRecord, at: Date): Participant {
  const details = record.details;
  const after: Participant = { ...before, stage: record.to, updatedAt: at };
  if (record.step === 'invite') after.answerDueAt = new Date(String(details['answerDueAt']));
  if (['accept', 'decline', 'withdraw'].includes(record.step)) {
    after.answeredAt = at;
    after.answeredBy = record.by;
  }
  if (record.step === 'accept' && typeof details['operatorId'] === 'string') after.operatorId = details['operatorId'];
  if (record.step === 'decline' || record.step === 'withdraw') after.reason = String(details['reason']);
  return after;
}

/**
 * The invitation workflow's activity on `TASK_QUEUES.programme`: each step writes the participant's
 * row, its numbered record (comments included), the audit entry and the event (outbox) in one
 * transaction, once: the record's key is the participant and the step's number. A step moves the
 * participant only from the stage it expects (`from`): one moved meanwhile by someone else (the
 * service's withdrawal of a candidate it found chosen, racing the invitation workflow's start) is
 * left as it is, nothing is recorded (no record, audit entry or event), and the step is refused
 * with `PilotParticipantMoved` naming the stage now, on which the workflow ends the invitation there.
 */
@Injectable()
export class PilotInvitationRecorder implements Pick<PilotInvitationActivities, 'recordPilotInvitationStep'> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  asActivities(): Pick<PilotInvitationActivities, 'recordPilotInvitationStep'> {
    return boundActivities(this, ['recordPilotInvitationStep']);
  }

  async recordPilotInvitationStep(record: PilotInvitationRecord): Promise<void> {
    await this.dataSource.transaction((manager) => this.recordIn(manager, record));
  }

  /**
   * A withdrawal recorded here rather than by the invitation's workflow (a company withdrawn after
   * its acceptance, a chosen candidate never invited when the pilot is over), as the next record.
   */
  async recordWithdrawalIn(
    manager: EntityManager,
    withdrawal: Pick<PilotInvitationRecord, 'pilotId' | 'taxpayerId' | 'from' | 'by' | 'byRoles'> & { reason: string },
  ): Promise<void> {
    const { pilotId, taxpayerId, reason, ...step } = withdrawal;
    await this.recordIn(manager, {
      workflowId: pilotInvitationWorkflowId(pilotId, taxpayerId),
      pilotId,
      taxpayerId,
      sequence: await nextParticipantRecord(manager, pilotId, taxpayerId),
      step: 'withdraw',
      ...step,
      to: 'withdrawn',
      details: { reason },
    });
  }

  /** Records a step in the caller's transaction (the workflow's, or a withdrawal after the acceptance). */
  async recordIn(manager: EntityManager, record: PilotInvitationRecord): Promise<void> {
    const before = await lockParticipant(manager, record.pilotId, record.taxpayerId);
    if (!before) throw notFound(`${record.taxpayerId} is not a chosen candidate of pilot ${record.pilotId}`);
    // A retried activity whose first attempt committed: recorded already.
    const recorded = await participantRecordAt(manager, record.pilotId, record.taxpayerId, record.sequence);
    if (recorded?.step === record.step && recorded.to === record.to) return;
    const moved = () =>
      participantMoved(
        `${record.taxpayerId} is ${before.stage} in pilot ${record.pilotId} now, not ${record.from}: ${record.step} was not recorded`,
        before.stage,
      );
    if (recorded) throw moved();
    const at = await insertParticipantRecord(manager, {
      pilotId: record.pilotId,
      taxpayerId: record.taxpayerId,
      sequence: record.sequence,
      step: record.step,
      from: record.from,
      to: record.to,
      details: record.details,
      by: record.by,
    });
    if (!at) throw moved();
    const after = participantAfterStep(before, record, at);
    // Thrown, the refusal rolls the record back with the transaction.
    if (!(await updateParticipant(manager, after, [record.from]))) throw moved();
    await this.publish(manager, after, record, at);
    await recordAudit(manager, {
      actor: { sub: record.by, roles: record.byRoles as never },
      action: `pilot-invitation.${record.step}`,
      entityType: 'pilot-participant',
      entityId: `${record.pilotId}:${record.taxpayerId}`,
      before: { stage: before.stage },
      after: { stage: after.stage, ...record.details },
      correlationId: currentCorrelationId(),
    });
  }

  private async publish(manager: EntityManager, after: Participant, record: PilotInvitationRecord, at: Date) {
    const ref = {
      pilotId: after.pilotId,
      taxpayerId: after.taxpayerId,
      operatorId: after.operatorId,
      region: after.region,
    };
    const append = async <E extends EventDefinition>(definition: E, data: Record<string, unknown>) =>
      this.outbox.append(manager, definition, {
        subject: after.pilotId,
        aggregateId: after.pilotId,
        data: data as never,
      });
    const when = at.toISOString();
    const details = record.details;
    switch (record.step) {
      case 'invite': {
        const pilot = await findPilot(manager, after.pilotId);
        const terms = await selectionTerms(manager, after.pilotId);
        if (!pilot || !terms) throw notFound(`Pilot ${after.pilotId} or its selection terms not found`);
        return append(PilotInvitationSent, {
          ...ref,
          pilotCode: pilot.code,
          pilotTitle: pilot.title,
          answerDueAt: after.answerDueAt!.toISOString(),
          draftProgramme: terms.draftProgramme,
          at: when,
        });
      }
      case 'comment':
        return append(PilotConsultationCommented, { ...ref, comment: details['comment'], by: record.by, at: when });
      case 'accept':
        return append(PilotParticipantAccepted, { ...ref, acceptedAt: when });
      case 'decline':
        return append(PilotParticipantDeclined, { ...ref, reason: details['reason'], declinedAt: when });
      case 'expire':
        return append(PilotInvitationExpired, {
          ...ref,
          answerDueAt: after.answerDueAt!.toISOString(),
          expiredAt: when,
        });
      case 'withdraw':
        return append(PilotParticipantWithdrawn, {
          ...ref,
          reason: details['reason'],
          by: record.by,
          withdrawnAt: when,
        });
    }
  }
}
