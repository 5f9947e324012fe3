import { Injectable } from '@nestjs/common';
import { ComplianceRecorded, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import { RiskProfileUpdater } from '../risk-profiles/risk-profile-updater';
import { AlertsService } from './alerts.service';

/** Compliance events feed the trader's history and score, and may raise an alert. */
@Injectable()
export class ComplianceConsumer {
  constructor(consumers: ConsumerRegistry, profiles: RiskProfileUpdater, alerts: AlertsService) {
    consumers.register('risk-management.compliance', [TOPIC_NAMES.complianceEvents], (consumer) =>
      consumer.on(ComplianceRecorded, async (event, manager) => {
        // The same compliance event re-sent under a new CloudEvent id is recorded once.
        if (!(await profiles.recordCompliance(manager, event.data))) return;
        await profiles.rescore(manager, event.data.taxpayerId, `compliance:${event.data.severity}`, event.id);
        await alerts.raiseIfWarranted(manager, event);
      }),
    );
  }
}
