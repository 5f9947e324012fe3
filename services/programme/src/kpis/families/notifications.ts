import { NotificationDelivered, NotificationFailed } from '@aeo/contracts';
import { DEAD_LETTER_FACT_TYPE } from '../../facts/dead-letters.consumer';
import { atMost, countOf, familyOf, shareOf, type KpiDefinition } from '../kpi-engine';
import { eventsOf } from './events-counted';

const DELIVERED = NotificationDelivered.type;
const FAILED = NotificationFailed.type;

/** National only: a notification outcome and a dead letter name no region or status type. */
const notifications = familyOf('notifications', []);

/** The notifications family: what the platform failed to deliver or to process. */
export const NOTIFICATION_KPIS: readonly KpiDefinition[] = [
  notifications('notification-failures', atMost(0), countOf(eventsOf(FAILED))),
  // Among the outcomes (delivered or failed for good), the failures are the evidence.
  notifications(
    'notification-failure-rate',
    atMost(0.02),
    shareOf({ ...eventsOf(FAILED), population: `type IN ('${DELIVERED}', '${FAILED}')` }, `type = '${FAILED}'`),
  ),
  notifications('dead-lettered-events', atMost(0), countOf(eventsOf(DEAD_LETTER_FACT_TYPE))),
];

/** The notification KPIs Prometheus shows. */
export const NOTIFICATION_HEADLINES = ['notification-failures', 'dead-lettered-events'] as const;
