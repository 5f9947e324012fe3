import { Injectable } from '@nestjs/common';
import { TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry, foldOperatorMembers } from '@aeo/messaging';

/**
 * Risk-management's copy of the companies' users (`operator_members`), folded from the applications
 * service's aeo.operator.user-linked.v1 / user-removed.v1: an operator user looks up its company's
 * AEO status only while linked to it (`operatorUserActsFor`).
 */
@Injectable()
export class OperatorMembersConsumer {
  constructor(consumers: ConsumerRegistry) {
    consumers.register('risk-management.operator-members', [TOPIC_NAMES.applicationEvents], foldOperatorMembers);
  }
}
