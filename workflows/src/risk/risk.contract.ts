/** Activities the risk-management service hosts on the `aeo-risk-management` task queue. */
export interface RiskAssessmentInput {
  applicationId: string;
  taxpayerId: string;
  /** What the assessment is for, kept with the score history (default: the certification of the application). */
  reference?: string;
}

export type RiskRecommendation = 'proceed' | 'proceed-with-enhanced-validation' | 'high-risk-review';

export interface RiskAssessmentResult {
  taxpayerId: string;
  score: number;
  modelVersion: string;
  factors: { factor: string; contribution: number; detail: string }[];
  recommendation: RiskRecommendation;
  assessedAt: string;
}

export interface RiskManagementActivities {
  /** The operator's risk assessment for its certification: score, factors and a recommendation. */
  assessOperatorRisk(input: RiskAssessmentInput): Promise<RiskAssessmentResult>;
}
