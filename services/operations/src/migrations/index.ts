import { CreateMessagingTables1764300000000, OutboxPendingByAggregate1764400000200 } from '@aeo/messaging';
import {
  CreateAuditLog1764300000050,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
} from '@aeo/persistence';
import { DeadLetters1764300002000 } from './1764300002000-dead-letters';
import { WatchdogAlerts1764300003000 } from './1764300003000-watchdog-alerts';

/** In order; never edit a migration that has shipped, add a new one. */
export const OPERATIONS_MIGRATIONS = [
  CreateMessagingTables1764300000000,
  CreateAuditLog1764300000050,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
  DeadLetters1764300002000,
  WatchdogAlerts1764300003000,
  OutboxPendingByAggregate1764400000200,
];
