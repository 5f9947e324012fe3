import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@aeo/config';
import { RevalidationWatchdogAlert, type TopicName } from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import type { OperationsConfig } from '../config';
import { storeWatchdogAlert } from './watchdog-alerts.repository';

/** The consumer group and inbox name (with KAFKA_GROUP_SUFFIX). */
export const WATCHDOG_ALERTS_CONSUMER = 'operations.watchdog-alerts';

/**
 * Stores each revalidation watchdog alert (`aeo.revalidation.watchdog-alert.v1` on
 * WATCHDOG_ALERT_TOPIC, the certification events by default) once: the inbox claims the event and
 * the table's key is its id. A malformed alert goes to `<topic>.dlq` through the library (and so to
 * the dead letters); the topic's other event types are skipped.
 */
@Injectable()
export class WatchdogAlertsConsumer {
  constructor(consumers: ConsumerRegistry, @Inject(APP_CONFIG) config: OperationsConfig) {
    // The contract's event, read from the configured topic (the certification events, or a test's own).
    const alerts = { ...RevalidationWatchdogAlert, topic: config.WATCHDOG_ALERT_TOPIC as TopicName };
    consumers.register(WATCHDOG_ALERTS_CONSUMER, [config.WATCHDOG_ALERT_TOPIC], (consumer) =>
      consumer.on(alerts, async (event, manager) => {
        const { data } = event;
        await storeWatchdogAlert(manager, {
          eventId: event.id,
          authorisationNumber: data.authorisationNumber,
          operatorId: data.operatorId,
          taxpayerId: data.taxpayerId,
          region: data.region,
          statusType: data.statusType,
          problem: data.problem,
          detail: data.detail,
          raisedAt: data.checkedAt,
        });
      }),
    );
  }
}
