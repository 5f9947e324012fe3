import { CreateMessagingTables1764300000000, OutboxPendingByAggregate1764400000200 } from '@aeo/messaging';
import {
  CreateAuditLog1764300000050,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
} from '@aeo/persistence';
import { Notifications1764300000500 } from './1764300000500-notifications';
import { DeliveryChannels1764300000510 } from './1764300000510-delivery-channels';
import { ClaimsAndContactOfficers1764300000520 } from './1764300000520-claims-and-contact-officers';
import { PilotCompanies1764300000530 } from './1764300000530-pilot-companies';
import { CompanyWebhooks1764300000540 } from './1764300000540-company-webhooks';
import { OperatorMembersShared1764300000550 } from './1764300000550-operator-members-shared';

export const NOTIFICATIONS_MIGRATIONS = [
  CreateMessagingTables1764300000000,
  CreateAuditLog1764300000050,
  Notifications1764300000500,
  DeliveryChannels1764300000510,
  ClaimsAndContactOfficers1764300000520,
  PilotCompanies1764300000530,
  CompanyWebhooks1764300000540,
  OperatorMembersShared1764300000550,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
  OutboxPendingByAggregate1764400000200,
];
