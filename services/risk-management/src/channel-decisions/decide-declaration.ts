import type { DeclarationLodged, EventData, StatusType } from '@aeo/contracts';
import type { AeoStanding } from '../aeo-status/aeo-benefits';
import type { RiskManagementConfig } from '../config';
import { type ForeignAeoHit, recognisedForeignAeos } from '../mra-recognitions/foreign-recognition';
import type { DeclarationScoring } from '../risk-profiles/declaration-scoring';
import { type ChannelDecision, decideChannel } from './channel-rules';

/**
 * A declaration's channel, from its trader's scoring right after it counted, the register's standing
 * in force at its lodgement and the foreign AEOs it names (both decision paths decide with this).
 */
export function decideDeclaration(
  declaration: EventData<typeof DeclarationLodged>,
  scoring: DeclarationScoring,
  standing: AeoStanding,
  config: Pick<RiskManagementConfig, 'CHANNEL_RULES_JSON' | 'CHANNEL_SELECTION_SEED'>,
  foreignAeos: readonly ForeignAeoHit[],
): { decision: ChannelDecision; aeoStatusType: StatusType | null; modelVersion: string } {
  const decision = decideChannel(
    declaration,
    { riskScore: scoring.assessment.score, previousDeclarations: scoring.previousDeclarations },
    standing,
    config.CHANNEL_RULES_JSON,
    config.CHANNEL_SELECTION_SEED,
    recognisedForeignAeos(declaration, foreignAeos),
  );
  // What the channel statistics count the decision under: the parts in force, so an AEOF whose
  // security part is suspended counts as AEOC (it has lost the physical-inspection benefit).
  const aeoStatusType: StatusType | null =
    standing.customs && standing.security ? 'AEOF' : standing.customs ? 'AEOC' : standing.security ? 'AEOS' : null;
  return { decision, aeoStatusType, modelVersion: `${scoring.assessment.modelVersion}+${decision.modelVersion}` };
}
