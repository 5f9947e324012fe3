import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ComplianceRecorded, EventData, RiskAlertRaised } from '@aeo/contracts';
import { ConsumedEvent, OutboxWriter } from '@aeo/messaging';
import { findAeoStatus } from '../aeo-status/aeo-status.repository';
import { raiseRiskAlert } from './alerts.repository';

const RECOMMENDATION = { critical: 'suspension-review', serious: 'early-revalidation' } as const;

/**
 * A serious or critical compliance event of an AEO (granted or suspended) raises an alert that
 * the certification workflows turn into an early revalidation or a suspension review.
 */
@Injectable()
export class AlertsService {
  constructor(private readonly outbox: OutboxWriter) {}

  async raiseIfWarranted(
    manager: EntityManager,
    event: ConsumedEvent<EventData<typeof ComplianceRecorded>>,
  ): Promise<boolean> {
    const compliance = event.data;
    if (compliance.severity !== 'serious' && compliance.severity !== 'critical') return false;
    const status = await findAeoStatus(manager, compliance.taxpayerId);
    if (!status || status.status === 'revoked' || status.status === 'surrendered') return false;

    const alertId = randomUUID();
    const raisedAt = new Date().toISOString();
    const recommendation = RECOMMENDATION[compliance.severity];
    const reason =
      `${compliance.severity} ${compliance.kind} recorded by ${compliance.recordedBy} on ${compliance.occurredAt.slice(0, 10)} against ${status.statusType} ${status.authorisationNumber} (${status.status}): ${compliance.description}`.slice(
        0,
        2000,
      );
    const alert = {
      alertId,
      taxpayerId: compliance.taxpayerId,
      operatorId: status.operatorId,
      severity: compliance.severity,
      recommendation,
      reason,
      sourceEventId: compliance.complianceEventId,
      raisedAt,
    };
    if (!(await raiseRiskAlert(manager, alert))) return false;
    // The event carries the alert as stored.
    await this.outbox.append(manager, RiskAlertRaised, {
      subject: alertId,
      aggregateId: compliance.taxpayerId,
      data: alert,
    });
    return true;
  }
}
