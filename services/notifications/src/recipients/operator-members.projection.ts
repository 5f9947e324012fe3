import { Injectable } from '@nestjs/common';
import { TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry, foldOperatorMembers } from '@aeo/messaging';

/**
 * Notifications' copy of the companies' users (`operator_members`), folded by the shared
 * `foldOperatorMembers` from the applications service's aeo.operator.user-linked/user-removed.v1:
 * an operator user reads its company's inbox only while linked, and manages its company's webhook
 * subscriptions only as its administrator (`findOperatorMembership`). The latest change wins, so a
 * redelivery or a replay is harmless.
 */
@Injectable()
export class OperatorMembersProjection {
  constructor(consumers: ConsumerRegistry) {
    consumers.register('notifications.operator-members', [TOPIC_NAMES.applicationEvents], foldOperatorMembers);
  }
}
