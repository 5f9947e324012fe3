import type { Application } from '../applications/applications.repository';
import type { Operator } from '../operators/operators.repository';

/**
 * The envelope of an event about an application: its subject is the application, it is keyed by the
 * operator (so one operator's events stay in order), and its data starts with the fields every
 * application event carries, followed by the event's own.
 */
export function applicationEvent<D extends object>(
  application: Pick<Application, 'id' | 'operatorId' | 'region' | 'statusType'>,
  operator: Pick<Operator, 'taxpayerId'>,
  data: D,
) {
  return {
    subject: application.id,
    aggregateId: application.operatorId,
    data: {
      applicationId: application.id,
      operatorId: application.operatorId,
      taxpayerId: operator.taxpayerId,
      region: application.region,
      statusType: application.statusType,
      ...data,
    },
  };
}
