import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import {
  AuthorisationChangeReported,
  AuthorisationGranted,
  RevalidationRequested,
  RiskAlertRaised,
  TOPIC_NAMES,
} from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import { findInForceByTaxpayer } from './lifecycle.repository';
import { RevalidationWorkflows } from './revalidation-workflows';

/**
 * Hands committed events to the revalidation workflows, so that nothing is lost between the
 * database and Temporal: a grant starts the authorisation's workflow; a regional office's
 * request, a reported change and a risk alert about an AEO become early-revalidation triggers.
 * The inbox makes each event count once, and the trigger's id makes a repeated signal harmless.
 * Risk alerts come on their own topic, with their own consumer.
 */
@Injectable()
export class LifecycleTriggers {
  private readonly logger = new Logger(LifecycleTriggers.name);

  constructor(
    consumers: ConsumerRegistry,
    private readonly workflows: RevalidationWorkflows,
  ) {
    consumers.register('applications.revalidation-starter', [TOPIC_NAMES.certificationEvents], (consumer) =>
      consumer
        .on(AuthorisationGranted, async (event) =>
          this.known(event.data.authorisationNumber, () => workflows.start(event.data.authorisationNumber)),
        )
        .on(RevalidationRequested, async (event) =>
          this.known(event.data.authorisationNumber, () =>
            workflows.trigger(event.data.authorisationNumber, {
              triggerId: `revalidation-request-${event.data.requestId}`,
              source: 'regional-office',
              reason: event.data.reason,
              requestedBy: event.data.requestedBy,
              siteVisit: event.data.siteVisit,
            }),
          ),
        )
        .on(AuthorisationChangeReported, async (event) =>
          this.known(event.data.authorisationNumber, () =>
            workflows.trigger(event.data.authorisationNumber, {
              triggerId: `reported-change-${event.data.changeId}`,
              source: 'reported-change',
              reason:
                `${event.data.kind} change reported (effective ${event.data.effectiveDate}): ${event.data.description}`.slice(
                  0,
                  2000,
                ),
              requestedBy: event.data.reportedBy,
              siteVisit: event.data.siteVisit,
            }),
          ),
        ),
    );
    consumers.register('applications.risk-alerts', [TOPIC_NAMES.riskAlertEvents], (consumer) =>
      consumer.on(RiskAlertRaised, async (event, manager) => {
        const alert = event.data;
        const authorisation = await findInForceByTaxpayer(manager, alert.taxpayerId);
        if (!authorisation)
          return this.logger.log(
            `risk alert ${alert.alertId} skipped: ${alert.taxpayerId} holds no authorisation in force`,
          );
        await workflows.trigger(authorisation.authorisationNumber, {
          triggerId: `risk-alert-${alert.alertId}`,
          source: 'risk-alert',
          reason: `${alert.recommendation} (${alert.severity}): ${alert.reason}`.slice(0, 2000),
          requestedBy: 'system:risk-engine',
          siteVisit: alert.severity === 'critical' || alert.recommendation === 'suspension-review',
        });
      }),
    );
  }

  /**
   * An event about an authorisation this register does not hold (another environment's, or one
   * from before a database restore) is skipped with a warning: there is nothing to revalidate.
   */
  private async known(authorisationNumber: string, handle: () => Promise<unknown>): Promise<void> {
    try {
      await handle();
    } catch (error) {
      if (!(error instanceof NotFoundException)) throw error;
      this.logger.warn(`event skipped: authorisation ${authorisationNumber} is not in the register`);
    }
  }
}
