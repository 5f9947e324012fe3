import { randomUUID } from 'node:crypto';
import { TOPIC_NAMES, WorkflowActionFailed } from '@aeo/contracts';
import type { ConsumedEvent } from '@aeo/messaging';
import { bearer, startedForTests } from '@aeo/testing';
import { DeliveryPlanner } from '../deliveries/delivery-planner';
import { startNotifications } from '../testing/start-notifications';

jest.setTimeout(120_000);

const platform = bearer({
  sub: 'single-window',
  roles: ['backend-platform'],
  scopes: ['aeo.events.subscribe'],
});
const operatorId = randomUUID();

const eventOf = (type: string, data: Record<string, unknown>): ConsumedEvent<unknown> => ({
  id: randomUUID(),
  type,
  source: '/aeo/test',
  subject: operatorId,
  time: new Date().toISOString(),
  data,
  topic: TOPIC_NAMES.certificationEvents,
  partition: 0,
  offset: '0',
});

/** Internal events (operations alerts with failure details and staff ids) never reach outside platforms (real PostgreSQL). */
describe('internal events and webhooks', () => {
  const service = startedForTests(startNotifications);

  const webhookCallsFor = async (event: ConsumedEvent<unknown>): Promise<number> => {
    await service().dataSource.transaction((manager) => service().app.get(DeliveryPlanner).plan(event, manager));
    const [{ n }] = await service().dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE source_event_id = $1 AND channel = 'webhook'`,
      [event.id],
    );
    return n;
  };

  it('refuses a subscription naming an internal event type (400 naming eventTypes) and leaves it out of the list and of "*"', async () => {
    const refused = await service()
      .http.post('/v1/webhook-subscriptions')
      .set('authorization', platform)
      .send({
        platform: 'single-window',
        url: 'http://127.0.0.1:9/hooks',
        eventTypes: ['aeo.authorisation.revoked.v1', WorkflowActionFailed.type],
      })
      .expect(400);
    expect(refused.body.message).toBe(
      `eventTypes: internal to the administration, never delivered by webhook: ${WorkflowActionFailed.type}`,
    );

    const routes = await service().http.get('/v1/routes').set('authorization', platform).expect(200);
    expect(routes.body.webhookEventTypes).toContain('aeo.authorisation.revoked.v1');
    expect(routes.body.webhookEventTypes).not.toContain(WorkflowActionFailed.type);

    await service()
      .http.post('/v1/webhook-subscriptions')
      .set('authorization', platform)
      .send({ platform: 'single-window', url: 'http://127.0.0.1:9/all', eventTypes: ['*'] })
      .expect(201);
    const applicationId = randomUUID();
    const alert = eventOf(WorkflowActionFailed.type, {
      ...{
        workflowId: `certification-${applicationId}`,
        process: 'certification',
        applicationId,
        operatorId,
        taxpayerId: '5123456',
        region: 'DORNOGOVI',
      },
      ...{
        action: 'decision:grant',
        outcome: 'action-refused',
        activity: 'recordGrant',
        failureType: 'InvalidData',
        detail: 'recordGrant: invalid data (PostgreSQL 54000: index row too large)',
      },
      ...{ by: 'executive.ganbold', failedAt: new Date().toISOString() },
    });
    expect(WorkflowActionFailed.schema.safeParse(alert.data).success).toBe(true);
    expect(await webhookCallsFor(alert)).toBe(0);
    // The same subscription still hears of the events meant for platforms.
    const revoked = eventOf('aeo.authorisation.revoked.v1', {
      authorisationNumber: 'MN-AEOF-2026-00001',
      operatorId,
      taxpayerId: '5123456',
      statusType: 'AEOF',
      effectiveFrom: new Date().toISOString(),
      reason: 'revoked',
      grounds: 'repeated serious infringements',
    });
    expect(await webhookCallsFor(revoked)).toBe(1);
  });
});
