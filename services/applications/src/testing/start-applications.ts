import { ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/** Boots the applications service in-process for a test file (throw-away database, own consumer groups), with `env` set for it. */
export function startApplications(env?: Readonly<Record<string, string>>): Promise<ServiceUnderTest> {
  return startServiceInProcess({
    service: 'applications',
    env,
    load: async () => {
      const [{ AppModule }, { APPLICATIONS_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: APPLICATIONS_API };
    },
  });
}

/**
 * Moves the test database's authorisation numbers to a random place: numbers (and so workflow
 * ids) must not repeat those of earlier runs or of other test databases on the same Temporal server.
 */
export async function spreadAuthorisationNumbers(service: ServiceUnderTest): Promise<void> {
  await service.dataSource.query(`SELECT setval('authorisation_number_seq', $1)`, [
    10_000_000 + Math.floor(Math.random() * 80_000_000),
  ]);
}

/** Creates a draft AEOC application of the operator through the API (201); its id is `body.id`. */
export function draftApplication(service: ServiceUnderTest, token: string, operatorId: string) {
  return service.http
    .post('/v1/applications')
    .set('Authorization', token)
    .send({ operatorId, statusType: 'AEOC', consentToMraSharing: false })
    .expect(201);
}
