import { CreateMessagingTables1764300000000, OutboxPendingByAggregate1764400000200 } from '@aeo/messaging';
import {
  CreateAuditLog1764300000050,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
} from '@aeo/persistence';
import { OperatorsAndApplications1764300000100 } from './1764300000100-operators-and-applications';
import { DecisionsAndRegister1764300000110 } from './1764300000110-decisions-and-register';
import { ProgrammeAndSelfAssessment1764300000120 } from './1764300000120-programme-and-self-assessment';
import { InformationRequests1764300000130 } from './1764300000130-information-requests';
import { RegisterPublication1764300000140 } from './1764300000140-register-publication';
import { OperatorUsers1764300000150 } from './1764300000150-operator-users';
import { AuthorisationLifecycle1764300000160 } from './1764300000160-authorisation-lifecycle';
import { PilotParticipants1764300000170 } from './1764300000170-pilot-participants';
import { WorkQueue1764300000180 } from './1764300000180-work-queue';
import { OperatorInvitations1764300000190 } from './1764300000190-operator-invitations';

/** In order; never edit a migration that has shipped, add a new one. */
export const APPLICATIONS_MIGRATIONS = [
  CreateMessagingTables1764300000000,
  CreateAuditLog1764300000050,
  OperatorsAndApplications1764300000100,
  DecisionsAndRegister1764300000110,
  ProgrammeAndSelfAssessment1764300000120,
  InformationRequests1764300000130,
  RegisterPublication1764300000140,
  OperatorUsers1764300000150,
  AuthorisationLifecycle1764300000160,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
  PilotParticipants1764300000170,
  WorkQueue1764300000180,
  OperatorInvitations1764300000190,
  OutboxPendingByAggregate1764400000200,
];
