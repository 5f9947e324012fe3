import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ROLES } from '@aeo/auth';
import { TOPIC_NAMES } from '@aeo/contracts';
import { bearer, collectMessages, testKafka, startedForTests } from '@aeo/testing';
import { FAILURE_TYPES, lifecycleActionUpdate, revalidationWorkflowId } from '@aeo/workflows';
import { startRevalidationHarness } from '../testing/revalidation-harness';

jest.setTimeout(240_000);

const WAIT_MS = 60_000;

/**
 * Only AEOS and AEOF authorisations have a security part to suspend on its own: for an AEOC the
 * API refuses it with 400 naming `scope`, and so does the revalidation workflow's validator when
 * someone goes around the API. The real servers: the applications service and the orchestrating
 * worker in-process (a Temporal namespace of the test's own), Kafka and PostgreSQL.
 */
describe('suspension scope (real Kafka, Temporal, PostgreSQL)', () => {
  const harness = startedForTests(() => startRevalidationHarness('aeo-test-suspension-scope'));
  const kafka = testKafka('suspension-scope-int');
  const executive = bearer({ sub: 'executive-1', roles: [ROLES.executive] });
  const suspend = (number: string, scope: 'whole' | 'security') =>
    harness().act(number, 'suspension', executive, { grounds: ['infringement found at border'], scope });

  it("refuses a security-part suspension of an AEOC with 400 naming scope, and the workflow refuses it too; the whole may be suspended, and its event carries the grant's effective date", async () => {
    const events = await collectMessages(kafka, [TOPIC_NAMES.certificationEvents]);
    try {
      const { authorisationNumber: number, effectiveFrom } = await harness().grant('AEOC', {
        effectiveFrom: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      });
      await harness().waitForStage(number, 'monitoring');

      const refused = await suspend(number, 'security').expect(400);
      expect(refused.body).toMatchObject({
        statusCode: 400,
        message: expect.stringMatching(/^scope: an AEOC authorisation has no security part/),
      });
      // Around the API, straight to the workflow: its validator refuses it, and nothing changes.
      const direct = harness()
        .temporal.workflow.getHandle(revalidationWorkflowId(number))
        .executeUpdate(lifecycleActionUpdate, {
          args: [{ action: 'suspend', by: 'executive-1', grounds: ['around the API'], scope: 'security' }],
        });
      await expect(direct).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      await expect(direct).rejects.toMatchObject({
        cause: {
          type: FAILURE_TYPES.invalidInput,
          message: expect.stringContaining('scope: an AEOC authorisation has no security part'),
        },
      });
      const after = await harness().state(number);
      expect(after.stage).toBe('monitoring');
      expect(after.suspension).toBeUndefined();
      expect(
        (await harness().service.http.get(`/v1/authorisations/${number}`).set('Authorization', executive).expect(200))
          .body.status,
      ).toBe('granted');

      const whole = await suspend(number, 'whole').expect(200);
      expect(whole.body).toMatchObject({ stage: 'suspended', suspension: { scope: 'whole' } });
      const [suspended] = await events.waitForCount(
        1,
        WAIT_MS,
        (m) => m.headers['ce_type'] === 'aeo.authorisation.suspended.v1' && m.headers['ce_subject'] === number,
      );
      expect(JSON.parse(suspended.message.value!.toString())).toMatchObject({
        authorisationNumber: number,
        statusType: 'AEOC',
        scope: 'whole',
        authorisationEffectiveFrom: effectiveFrom,
      });
    } finally {
      await events.stop();
    }
  });

  it('suspends the security part of an AEOF', async () => {
    const { authorisationNumber: number } = await harness().grant('AEOF');
    await harness().waitForStage(number, 'monitoring');
    const suspended = await suspend(number, 'security').expect(200);
    expect(suspended.body).toMatchObject({ stage: 'suspended', suspension: { scope: 'security' } });
  });
});
