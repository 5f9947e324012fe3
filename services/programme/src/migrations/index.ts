import {
  CreateMessagingTables1764300000000,
  OperatorMembers1764390000400,
  OutboxPendingByAggregate1764400000200,
} from '@aeo/messaging';
import {
  CreateAuditLog1764300000050,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
} from '@aeo/persistence';
import { KpiStore1764300000800 } from './1764300000800-kpi-store';
import { KpiSources1764300000900 } from './1764300000900-kpi-sources';
import { KpiFamilies1764300000910 } from './1764300000910-kpi-families';
import { BenefitFacts1764300001000 } from './1764300001000-benefit-facts';
import { ProgrammeReports1764300001300 } from './1764300001300-programme-reports';
import { DeviationProcedure1764300001100 } from './1764300001100-deviation-procedure';
import { Scorecard1764300001200 } from './1764300001200-scorecard';
import { DeviationWithdrawal1764300001400 } from './1764300001400-deviation-withdrawal';
import { RequirePostgresql181764300001460 } from './1764300001460-require-postgresql-18';
import { Pilots1764300001500 } from './1764300001500-pilots';
import { PilotPeople1764300001520 } from './1764300001520-pilot-people';
import { PilotEvaluation1764300001530 } from './1764300001530-pilot-evaluation';
import { PilotSelection1764300001510 } from './1764300001510-pilot-selection';
import { PilotFinalReports1764300001550 } from './1764300001550-pilot-final-reports';
import { BenefitsTestIndexes1764300001580 } from './1764300001580-benefits-test-indexes';
import { BenefitRollupFunction1764300001610 } from './1764300001610-benefit-rollup-function';
import { BenefitRollupTimeZone1764300001620 } from './1764300001620-benefit-rollup-time-zone';
import { DeviationDismissalFreesKey1764300001630 } from './1764300001630-deviation-dismissal-frees-key';
import { BenefitRollupRecordedZone1764300001640 } from './1764300001640-benefit-rollup-recorded-zone';
import { PilotOverSignals1764300001650 } from './1764300001650-pilot-over-signals';

/** In order; never edit a migration that has shipped, add a new one. */
export const PROGRAMME_MIGRATIONS = [
  CreateMessagingTables1764300000000,
  CreateAuditLog1764300000050,
  KpiStore1764300000800,
  KpiSources1764300000900,
  KpiFamilies1764300000910,
  BenefitFacts1764300001000,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
  DeviationProcedure1764300001100,
  Scorecard1764300001200,
  ProgrammeReports1764300001300,
  DeviationWithdrawal1764300001400,
  RequirePostgresql181764300001460,
  Pilots1764300001500,
  PilotPeople1764300001520,
  PilotEvaluation1764300001530,
  PilotSelection1764300001510,
  PilotFinalReports1764300001550,
  BenefitsTestIndexes1764300001580,
  BenefitRollupFunction1764300001610,
  BenefitRollupTimeZone1764300001620,
  DeviationDismissalFreesKey1764300001630,
  BenefitRollupRecordedZone1764300001640,
  PilotOverSignals1764300001650,
  OperatorMembers1764390000400,
  OutboxPendingByAggregate1764400000200,
];
