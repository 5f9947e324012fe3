// Test-only workflow: calls the risk-assessment activity on its real task queue.
import { proxyActivities } from '@temporalio/workflow';
import type { RiskAssessmentInput, RiskManagementActivities } from '@aeo/workflows';

const { assessOperatorRisk } = proxyActivities<RiskManagementActivities>({
  taskQueue: 'aeo-risk-management',
  startToCloseTimeout: '30 seconds',
});

export async function assessWorkflow(input: RiskAssessmentInput) {
  return assessOperatorRisk(input);
}
