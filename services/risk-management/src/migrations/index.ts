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
import { CreateOperatorRiskProfiles1764300000300 } from './1764300000300-operator-risk-profiles';
import { CreateRiskEngine1764300000310 } from './1764300000310-risk-engine';
import { AeoStatusNotify1764300000320 } from './1764300000320-aeo-status-notify';
import { AeoStatusSurrendered1764300000330 } from './1764300000330-aeo-status-surrendered';
import {
  ChannelDecisionFacts1764300000340,
  ChannelDecisionLodgedIndex1764300000341,
} from './1764300000340-channel-decision-facts';
import { AeoStatusChangeEffectiveFrom1764300000350 } from './1764300000350-aeo-status-change-effective-from';
import { MraRecognitions1764300000360 } from './1764300000360-mra-recognitions';
import { AeoStatusHistory1764300000370 } from './1764300000370-aeo-status-history';
import { DecisionChangelogPositions1764400000100 } from './1764400000100-decision-changelog-positions';
import { ComplianceWithinHorizon1764400000300 } from './1764400000300-compliance-within-horizon';

/** In order; never edit a migration that has shipped, add a new one. */
export const RISK_MANAGEMENT_MIGRATIONS = [
  CreateMessagingTables1764300000000,
  CreateAuditLog1764300000050,
  CreateOperatorRiskProfiles1764300000300,
  CreateRiskEngine1764300000310,
  AeoStatusNotify1764300000320,
  AeoStatusSurrendered1764300000330,
  ChannelDecisionFacts1764300000340,
  ChannelDecisionLodgedIndex1764300000341,
  AeoStatusChangeEffectiveFrom1764300000350,
  MraRecognitions1764300000360,
  AeoStatusHistory1764300000370,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
  OperatorMembers1764390000400,
  DecisionChangelogPositions1764400000100,
  OutboxPendingByAggregate1764400000200,
  ComplianceWithinHorizon1764400000300,
];
