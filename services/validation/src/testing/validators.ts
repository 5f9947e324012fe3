import type { ServiceUnderTest } from '@aeo/service-kit/testing';

/** Registers (or updates) a validator through the API as `token` (its regional office, or operations); the request, for its answer. */
export const registerValidator = (
  service: ServiceUnderTest,
  token: string,
  validator: { sub: string; name: string; region: string; active?: boolean },
) => service.http.post('/v1/validators').set('Authorization', token).send(validator);
