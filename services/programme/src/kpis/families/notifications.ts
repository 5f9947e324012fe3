import { NotificationDelivered, NotificationFailed } from '@aeo/contracts';
import { DEAD_LETTER_FACT_TYPE } from '../../facts/dead-letters.consumer';
import { familyOf, type KpiDefinition } from '../kpi-engine';
import { EVENTS_COUNTED } from './events-counted';

const DELIVERED = NotificationDelivered.type;
const FAILED = NotificationFailed.type;

/** National only: a notification outcome and a dead letter name no region or status type. */
const notifications = familyOf('notifications', []);

/** The notifications family: what the platform failed to deliver or to process. */
export const NOTIFICATION_KPIS: readonly KpiDefinition[] = [
  notifications({
    id: 'notification-failures',
    name: { en: 'Notification delivery failures', mn: 'Хүргэгдээгүй мэдэгдэл' },
    definition:
      'Notifications (email, webhook) that could not be delivered after their attempts, or were refused for good, in the period; the drill-down lists each with its channel and reason.',
    unit: 'count',
    target: 0,
    direction: 'lower',
    source: EVENTS_COUNTED,
    anchor: 'occurred_at',
    population: `type = '${FAILED}'`,
    measure: { kind: 'count' },
    evidence: [FAILED],
  }),
  notifications({
    id: 'notification-failure-rate',
    name: { en: 'Notification failure rate', mn: 'Мэдэгдэл хүргэгдээгүй хувь' },
    definition:
      'Share of the notification outcomes of the period (delivered on a channel, or failed for good) that were failures.',
    unit: 'share',
    target: 0.02,
    direction: 'lower',
    source: EVENTS_COUNTED,
    anchor: 'occurred_at',
    population: `type IN ('${DELIVERED}', '${FAILED}')`,
    measure: { kind: 'share', numerator: `type = '${FAILED}'` },
    evidence: [FAILED],
  }),
  notifications({
    id: 'dead-lettered-events',
    name: { en: 'Dead-lettered events', mn: 'Боловсруулагдаагүй (DLQ) үйл явдал' },
    definition:
      'Records the platform’s consumers could not take (malformed, invalid, or failing for good) and set aside on the `.dlq` twin of their topic in the period; the drill-down lists each with its original topic and reason.',
    unit: 'count',
    target: 0,
    direction: 'lower',
    source: EVENTS_COUNTED,
    anchor: 'occurred_at',
    population: `type = '${DEAD_LETTER_FACT_TYPE}'`,
    measure: { kind: 'count' },
    evidence: [DEAD_LETTER_FACT_TYPE],
  }),
];

/** The notification KPIs Prometheus shows. */
export const NOTIFICATION_HEADLINES = ['notification-failures', 'dead-lettered-events'] as const;
