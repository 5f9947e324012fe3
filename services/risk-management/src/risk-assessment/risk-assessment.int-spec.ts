import { randomBytes, randomInt } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { testEnv, startedForTests } from '@aeo/testing';
import { startRiskManagement } from '../testing/start-risk-management';
import { RiskAssessmentActivities, recommendationFor } from './risk-assessment.activities';

jest.setTimeout(90_000);

describe('risk assessment activity (real PostgreSQL and Temporal)', () => {
  const service = startedForTests(() => startRiskManagement([], { ownTopics: true }));

  it('maps scores to recommendations at the channel thresholds', () => {
    expect(recommendationFor(10, { enhanced: 45, highRisk: 70 })).toBe('proceed');
    expect(recommendationFor(45, { enhanced: 45, highRisk: 70 })).toBe('proceed-with-enhanced-validation');
    expect(recommendationFor(90, { enhanced: 45, highRisk: 70 })).toBe('high-risk-review');
  });

  it('scores an operator with a serious infringement higher, and records the assessment in the score history', async () => {
    const activities = service().app.get(RiskAssessmentActivities);
    const clean = String(randomInt(1_000_000, 8_000_000));
    const infringer = String(Number(clean) + 1);
    await service().dataSource.query(
      `INSERT INTO compliance_history (compliance_event_id, taxpayer_id, kind, severity, occurred_at, recorded_by, description) VALUES ($1, $2, 'infringement', 'critical', now() - interval '10 days', 'test', 'Goods not declared at the border')`,
      [`cmp-${infringer}`, infringer],
    );
    const cleanResult = await activities.assessOperatorRisk({ applicationId: 'app-clean', taxpayerId: clean });
    const riskyResult = await activities.assessOperatorRisk({ applicationId: 'app-risky', taxpayerId: infringer });
    expect(riskyResult.score).toBeGreaterThan(cleanResult.score);
    expect(riskyResult.factors.map((f) => f.factor)).toContain('compliance-history');
    const [history] = await service().dataSource.query(
      `SELECT trigger, source_event_id FROM risk_score_history WHERE taxpayer_id = $1`,
      [infringer],
    );
    expect(history).toEqual({ trigger: 'certification-risk-assessment', source_event_id: 'certification-app-risky' });
  });

  it('is reachable on the aeo-risk-management task queue from a workflow', async () => {
    // The service's activity worker polls the queue; a tiny workflow calls the activity through Temporal.
    const connection = await Connection.connect({ address: testEnv.temporalAddress });
    const client = new Client({ connection, namespace: testEnv.temporalNamespace });
    const taskQueue = `risk-assessment-test-${randomBytes(4).toString('hex')}`;
    const worker = await Worker.create({ taskQueue, workflowsPath: require.resolve('./testing/assess-workflow') });
    try {
      const result = await worker.runUntil(
        client.workflow.execute('assessWorkflow', {
          taskQueue,
          workflowId: taskQueue,
          args: [{ applicationId: 'app-wf', taxpayerId: '7654321' }],
        }),
      );
      expect(result).toMatchObject({ taxpayerId: '7654321', recommendation: expect.any(String) });
    } finally {
      await connection.close();
    }
  });
});
