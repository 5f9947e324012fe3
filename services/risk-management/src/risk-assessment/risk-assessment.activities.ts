import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG } from '@aeo/config';
import { boundActivities } from '@aeo/temporal';
import {
  RiskAssessmentInput,
  RiskAssessmentResult,
  RiskManagementActivities,
  RiskRecommendation,
  invalidInput,
} from '@aeo/workflows';
import type { RiskManagementConfig } from '../config';
import { RiskProfileUpdater } from '../risk-profiles/risk-profile-updater';
import { safeText } from '@aeo/contracts';

const inputSchema = z.strictObject({
  applicationId: safeText.min(1),
  taxpayerId: safeText.trim().min(1).max(32),
  reference: safeText.min(1).max(200).optional(),
});

/** Score bands of the recommendation; the thresholds follow the channel rules' yellow and red. */
export function recommendationFor(
  score: number,
  thresholds: { enhanced: number; highRisk: number },
): RiskRecommendation {
  if (score >= thresholds.highRisk) return 'high-risk-review';
  if (score >= thresholds.enhanced) return 'proceed-with-enhanced-validation';
  return 'proceed';
}

/**
 * The certification workflow's risk-assessment step, hosted on `aeo-risk-management`: rescores
 * the operator from everything known now (declarations, compliance history, AEO register) and
 * records the assessment in the score history.
 */
@Injectable()
export class RiskAssessmentActivities implements RiskManagementActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: RiskProfileUpdater,
    @Inject(APP_CONFIG) private readonly config: RiskManagementConfig,
  ) {}

  asActivities(): RiskManagementActivities {
    return boundActivities(this, ['assessOperatorRisk']);
  }

  async assessOperatorRisk(raw: RiskAssessmentInput): Promise<RiskAssessmentResult> {
    const parsed = inputSchema.safeParse(raw);
    if (!parsed.success) {
      throw invalidInput(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    }
    const input = parsed.data;
    const scored = await this.dataSource.transaction((manager) =>
      this.profiles.rescore(
        manager,
        input.taxpayerId,
        input.reference ? 'revalidation-risk-assessment' : 'certification-risk-assessment',
        input.reference ?? `certification-${input.applicationId}`,
      ),
    );
    const rules = this.config.CHANNEL_RULES_JSON;
    return {
      taxpayerId: input.taxpayerId,
      score: scored.assessment.score,
      modelVersion: scored.assessment.modelVersion,
      factors: scored.assessment.factors,
      recommendation: recommendationFor(scored.assessment.score, {
        enhanced: rules.yellowScoreThreshold,
        highRisk: rules.redScoreThreshold,
      }),
      assessedAt: new Date().toISOString(),
    };
  }
}
