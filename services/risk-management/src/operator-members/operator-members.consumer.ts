import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@aeo/config';
import { TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry, foldOperatorMembers } from '@aeo/messaging';
import type { RiskManagementConfig } from '../config';

/**
 * Risk-management's copy of the companies' users (`operator_members`), folded from the applications
 * service's aeo.operator.user-linked.v1 / user-removed.v1: an operator user looks up its company's
 * AEO status only while linked to it (`operatorUserActsFor`). An event naming a company's region
 * that is not one of `CUSTOMS_REGIONS` is dead-lettered with the reason.
 */
@Injectable()
export class OperatorMembersConsumer {
  constructor(consumers: ConsumerRegistry, @Inject(APP_CONFIG) config: RiskManagementConfig) {
    consumers.register('risk-management.operator-members', [TOPIC_NAMES.applicationEvents], foldOperatorMembers, {
      customsRegions: config.CUSTOMS_REGIONS,
    });
  }
}
