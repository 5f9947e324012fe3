import { CreateMessagingTables1764300000000, OutboxPendingByAggregate1764400000200 } from '@aeo/messaging';
import {
  CreateAuditLog1764300000050,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
} from '@aeo/persistence';
import { CreateValidationCases1764300000200 } from './1764300000200-validation-cases';
import { ValidationWorkflow1764300000210 } from './1764300000210-validation-workflow';
import { Examination1764300000220 } from './1764300000220-examination';
import { RevalidationCases1764300000230 } from './1764300000230-revalidation-cases';
import { ClosedCases1764300000240 } from './1764300000240-closed-cases';
import { VisitPlace1764300000250 } from './1764300000250-visit-place';
import { OperatorMembers1764300000260 } from './1764300000260-operator-members';

/** In order; never edit a migration that has shipped, add a new one. */
export const VALIDATION_MIGRATIONS = [
  CreateMessagingTables1764300000000,
  CreateAuditLog1764300000050,
  CreateValidationCases1764300000200,
  ValidationWorkflow1764300000210,
  Examination1764300000220,
  RevalidationCases1764300000230,
  ClosedCases1764300000240,
  VisitPlace1764300000250,
  OperatorMembers1764300000260,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
  OutboxPendingByAggregate1764400000200,
];
