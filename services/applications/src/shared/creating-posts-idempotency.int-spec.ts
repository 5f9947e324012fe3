import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Test } from 'supertest';
import { ROLES } from '@aeo/auth';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, startedForTests } from '@aeo/testing';
import { certificationWorkflowId, revalidationWorkflowId } from '@aeo/workflows';
import { makeCompany } from '../e2e/slice-fixtures';
import { startCertificationHarness } from '../testing/certification-harness';
import { fileApplication } from '../testing/file-application';
import { grantAuthorisation } from '../testing/granted-authorisation';
import { waitForCertificationStage, waitForRevalidationStage } from '../testing/workflow-stages';

jest.setTimeout(240_000);

/** A namespace of its own: the task queues are shared by every test process on the server. */
const NAMESPACE = 'aeo-test-creating-posts-idempotency';

/**
 * `Idempotency-Key` on the creating POSTs the issue names (real PostgreSQL, Kafka, Temporal; the
 * applications service and the orchestrating worker in-process): a repeat with the same key and
 * body answers the stored answer with `Idempotent-Replayed: true` and creates nothing again; the
 * same key with another body is refused with 422 (docs/resilience.md, "Idempotency-Key").
 */
describe('Idempotency-Key on creating an operator, an information request and a revalidation request', () => {
  const harness = startedForTests(() => startCertificationHarness({ namespace: NAMESPACE }));
  let service: ServiceUnderTest;
  let temporalClient: Client;
  const company = makeCompany('KHOVD');
  const office = bearer({ sub: 'office-khovd', roles: [ROLES.regionalOffice], region: 'KHOVD' });
  let operatorId: string;

  beforeAll(async () => {
    ({ service, temporal: temporalClient } = harness());
  });

  /**
   * Sends `send(key, body)` twice with the same key and body, then once with another body: the
   * first answer, replayed (same status and body), then 422.
   */
  async function expectIdempotent(
    send: (key: string, body: object) => Test,
    body: object,
    otherBody: object,
    status: number,
  ) {
    const key = randomUUID();
    const first = await send(key, body).expect(status);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const repeat = await send(key, body).expect(status);
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(repeat.body).toEqual(first.body);
    const other = await send(key, otherBody).expect(422);
    expect(other.body.message).toMatch(/was used for a different request/);
    return first.body;
  }

  const count = async (sql: string, parameters: unknown[]) =>
    ((await service.dataSource.query(sql, parameters)) as { n: number }[])[0]!.n;

  it('registers an operator once for two requests with the same key', async () => {
    const created = await expectIdempotent(
      (key, body) =>
        service.http
          .post('/v1/operators')
          .set('Authorization', company.operatorToken)
          .set('Idempotency-Key', key)
          .send(body),
      company.registration,
      { ...company.registration, name: `${company.registration.name} (renamed)` },
      201,
    );
    operatorId = created.id;
    expect(await count('SELECT count(*)::int AS n FROM operators WHERE taxpayer_id = $1', [company.taxpayerId])).toBe(
      1,
    );
  });

  it('asks for information once for two requests with the same key', async () => {
    const filed = await fileApplication(harness().baseUrl, company.operatorToken, {
      operatorId,
      statusType: 'AEOC',
      consentToMraSharing: false,
    });
    expect(filed.submission?.ok).toBe(true);
    const applicationId = filed.applicationId;
    harness().workflowIds.push(certificationWorkflowId(applicationId));
    await waitForCertificationStage(temporalClient, applicationId, 'acceptance');
    await expectIdempotent(
      (key, body) =>
        service.http
          .post(`/v1/applications/${applicationId}/information-requests`)
          .set('Authorization', company.officerToken)
          .set('Idempotency-Key', key)
          .send(body),
      { questions: 'Send the audited financial statements of last year.', dueInDays: 10 },
      { questions: 'Send the security plan of the warehouse.', dueInDays: 10 },
      201,
    );
    expect(
      await count('SELECT count(*)::int AS n FROM information_requests WHERE application_id = $1', [applicationId]),
    ).toBe(1);
    await service.http
      .post(`/v1/applications/${applicationId}/withdrawal`)
      .set('Authorization', company.operatorToken)
      .send({ reason: 'end of this test case' })
      .expect((response) => expect(response.status).toBeLessThan(300));
  });

  it('asks for an early revalidation once for two requests with the same key', async () => {
    // A granted authorisation, entered in the register as the certification workflow's last activity does.
    const holder = makeCompany('KHOVD');
    const { authorisationNumber } = await grantAuthorisation(service, holder, { statusType: 'AEOF' });
    harness().workflowIds.push(revalidationWorkflowId(authorisationNumber));
    await waitForRevalidationStage(temporalClient, authorisationNumber, 'monitoring');
    await expectIdempotent(
      (key, body) =>
        service.http
          .post(`/v1/authorisations/${authorisationNumber}/revalidation-requests`)
          .set('Authorization', office)
          .set('Idempotency-Key', key)
          .send(body),
      { reason: 'border post reports repeated irregularities' },
      { reason: 'a different reason altogether' },
      202,
    );
    expect(
      await count(
        `SELECT count(*)::int AS n FROM outbox WHERE type = 'aeo.revalidation.requested.v1' AND subject = $1`,
        [authorisationNumber],
      ),
    ).toBe(1);
  });
});
