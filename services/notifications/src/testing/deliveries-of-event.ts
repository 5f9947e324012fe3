import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { waitFor } from '@aeo/testing';

/** The deliveries planned for one event (GET /v1/deliveries?sourceEventId=), once there are any (60 s at most). */
export function deliveriesOfEvent(
  service: ServiceUnderTest,
  token: string,
  eventId: string,
  what = `the deliveries of event ${eventId}`,
): Promise<Array<Record<string, string>>> {
  return waitFor(
    what,
    async () => {
      const found = (
        await service.http
          .get('/v1/deliveries')
          .query({ sourceEventId: eventId })
          .set('authorization', token)
          .expect(200)
      ).body as Array<Record<string, string>>;
      return found.length > 0 && found;
    },
    60_000,
    200,
  );
}
