import { randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import {
  bearer,
  itAnswersAsTheRoleMatrix,
  MATRIX_CALLERS,
  matrixScope,
  roleMatrix,
  startedForTests,
  type MatrixCaller,
} from '@aeo/testing';
import { startNotifications } from './testing/start-notifications';
import { assignContactOfficer, putStaffContact } from './testing/staff';

jest.setTimeout(120_000);

/**
 * Who may call what (issue 18): columns and cells are explained in libs/testing/src/role-matrix.ts.
 * Everyone reads their own inbox (a message of another company's inbox: 404). A regional office
 * sees its region's deliveries to people (another region's: 404), and keeps its region's staff
 * directory and contact officer assignments (another region: 403). A platform manages its own
 * webhook subscriptions; an operator user who administers its company its company's (another
 * company's: 404, both operator users being administrators of their companies here); operations
 * manage everything.
 */
const MATRIX = roleMatrix`
  operation                                                     none opU co  val ro  exe pol mra pc  ops bp  xRg xCo xPc
  GET /health/live                                              ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /health/ready                                             ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /v1/inbox                                                 401  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /v1/inbox/unread-count                                    401  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  POST /v1/inbox/{notificationId}/read                          401  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  404 404 404
  GET /v1/deliveries                                            401  403 403 403 ok  ok  403 403 403 ok  ok  ok  403 403
  GET /v1/deliveries/{notificationId}                           401  403 403 403 ok  ok  403 403 403 ok  ok  404 403 403
  GET /v1/delivery-log                                          401  403 403 403 ok  ok  403 403 403 ok  ok  ok  403 403
  POST /v1/deliveries/{notificationId}/redelivery               401  403 403 403 403 403 403 403 403 ok  ok  403 403 403
  GET /v1/staff-contacts                                        401  403 403 403 ok  ok  403 403 403 ok  403 403 403 403
  PUT /v1/staff-contacts/{sub}                                  401  403 403 403 ok  403 403 403 403 ok  403 403 403 403
  DELETE /v1/staff-contacts/{sub}                               401  403 403 403 ok  403 403 403 403 ok  403 403 403 403
  GET /v1/operator-contact-officers                             401  403 ok  403 ok  ok  403 403 403 ok  403 403 403 403
  PUT /v1/operator-contact-officers/{taxpayerId}                401  403 403 403 ok  403 403 403 403 ok  403 403 403 403
  DELETE /v1/operator-contact-officers/{taxpayerId}             401  403 403 403 ok  403 403 403 403 ok  403 403 403 403
  GET /v1/webhook-subscriptions                                 401  ok  403 403 403 403 403 403 403 ok  ok  403 ok  403
  POST /v1/webhook-subscriptions                                401  ok  403 403 403 403 403 403 403 ok  ok  403 ok  403
  GET /v1/webhook-subscriptions/{subscriptionId}                401  ok  403 403 403 403 403 403 403 ok  ok  403 404 403
  DELETE /v1/webhook-subscriptions/{subscriptionId}             401  ok  403 403 403 403 403 403 403 ok  ok  403 404 403
  POST /v1/webhook-subscriptions/{subscriptionId}/redeliveries  401  ok  403 403 403 403 403 403 403 ok  ok  403 404 403
  GET /v1/webhook-subscriptions/{subscriptionId}/deliveries     401  ok  403 403 403 403 403 403 403 ok  ok  403 404 403
  GET /v1/webhook-subscriptions/{subscriptionId}/deliveries/{notificationId} 401 ok 403 403 403 403 403 403 403 ok ok 403 404 403
  GET /v1/routes                                                401  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
`;

describe('notifications: the role x endpoint x scope matrix (real PostgreSQL, Kafka, Temporal)', () => {
  const service = startedForTests(() => startNotifications());
  const scope = matrixScope();
  const operations = bearer({ sub: 'matrix-ops', roles: [ROLES.operations] });
  const officer = 'matrix-officer';
  const regionalStaff = {
    name: 'Matrix staff',
    email: 'staff@example.org',
    language: 'en',
    roles: [ROLES.contactOfficer],
    region: scope.region,
  };
  // Each caller deactivates or unassigns its own record, so that no row depends on another's order.
  const ownContact = (caller: MatrixCaller) => `matrix-staff-${caller}`;
  const ownOperator = (caller: MatrixCaller) => `${scope.taxpayerId}-${caller}`;
  const inAppMessage = randomUUID();
  const failedEmail = randomUUID();
  let subscriptionId = '';
  /** The fixture company's own subscription, which its administrator (opU) manages and another company's (xCo) cannot see. */
  let companySubscriptionId = '';
  const companyCallers: readonly MatrixCaller[] = ['opU', 'xCo'];

  beforeAll(async () => {
    const { dataSource } = service();
    await putStaffContact(service(), operations, officer, regionalStaff).expect(200);
    for (const caller of MATRIX_CALLERS)
      await putStaffContact(service(), operations, ownContact(caller), regionalStaff).expect(200);
    for (const taxpayerId of [scope.taxpayerId, ...MATRIX_CALLERS.map(ownOperator)]) {
      await dataSource.query(
        `INSERT INTO operator_recipients (operator_id, taxpayer_id, email, language, region) VALUES ($1, $2, 'operator@example.org', 'en', $3)`,
        [randomUUID(), taxpayerId, scope.region],
      );
    }
    for (const caller of MATRIX_CALLERS)
      await assignContactOfficer(service(), operations, ownOperator(caller), officer).expect(200);
    const message = `INSERT INTO notifications (id, source_event_id, source_event_type, channel, recipient, taxpayer_id, region, language, template, subject, body, status)
      VALUES ($1, $2, 'aeo.application.submitted.v1', $3, $4, $5, $6, 'en', 'application-submitted.v1', 'Submitted', 'Submitted', $7)`;
    await dataSource.query(message, [
      inAppMessage,
      randomUUID(),
      'in-app',
      `operator:${scope.taxpayerId}`,
      scope.taxpayerId,
      scope.region,
      'sent',
    ]);
    await dataSource.query(message, [
      failedEmail,
      randomUUID(),
      'email',
      'operator@example.org',
      scope.taxpayerId,
      scope.region,
      'failed',
    ]);
    const platform = bearer({ sub: 'matrix-bp', roles: [ROLES.backendPlatform], scopes: ['aeo.events.subscribe'] });
    const subscription = await service()
      .http.post('/v1/webhook-subscriptions')
      .set('Authorization', platform)
      .set('Idempotency-Key', randomUUID())
      .send({ platform: 'matrix-bp', url: 'https://example.org/matrix', eventTypes: ['*'] })
      .expect(201);
    subscriptionId = subscription.body.id;
    // opU and xCo administer their companies (as the applications service's aeo.operator.user-linked.v1 would tell).
    for (const [sub, taxpayerId] of [
      ['matrix-opU', scope.taxpayerId],
      ['matrix-xCo', scope.otherTaxpayerId],
    ])
      await dataSource.query(
        `INSERT INTO operator_members (operator_id, sub, taxpayer_id, role, changed_at) VALUES ($1, $2, $3, 'administrator', now())`,
        [randomUUID(), sub, taxpayerId],
      );
    const companySubscription = await service()
      .http.post('/v1/webhook-subscriptions')
      .set('Authorization', bearer({ sub: 'matrix-opU', roles: [ROLES.operatorUser], taxpayerId: scope.taxpayerId }))
      .send({ platform: 'matrix-erp', url: 'https://example.org/matrix-company', eventTypes: ['*'] })
      .expect(201);
    companySubscriptionId = companySubscription.body.id;
  });
  /** A company's caller is called on its company's subscription (opU) or another company's (xCo). */
  const onCompanySubscription = (caller: MatrixCaller) =>
    companyCallers.includes(caller) ? { params: { subscriptionId: companySubscriptionId } } : {};

  itAnswersAsTheRoleMatrix(() => service().http, MATRIX, scope, {
    params: () => ({ notificationId: failedEmail, sub: officer, taxpayerId: scope.taxpayerId, subscriptionId }),
    requests: {
      'POST /v1/inbox/{notificationId}/read': { params: { notificationId: inAppMessage } },
      'POST /v1/deliveries/{notificationId}/redelivery': { body: { reason: 'matrix' } },
      'GET /v1/staff-contacts': { query: `?region=${scope.region}` },
      'PUT /v1/staff-contacts/{sub}': { body: regionalStaff },
      'DELETE /v1/staff-contacts/{sub}': (caller) => ({ params: { sub: ownContact(caller) } }),
      'GET /v1/operator-contact-officers': { query: `?region=${scope.region}` },
      'PUT /v1/operator-contact-officers/{taxpayerId}': { body: { officerSub: officer } },
      'DELETE /v1/operator-contact-officers/{taxpayerId}': (caller) => ({
        params: { taxpayerId: ownOperator(caller) },
      }),
      'POST /v1/webhook-subscriptions': {
        body: { platform: 'matrix-bp', url: 'https://example.org/m', eventTypes: ['*'] },
      },
      'GET /v1/webhook-subscriptions/{subscriptionId}': onCompanySubscription,
      'DELETE /v1/webhook-subscriptions/{subscriptionId}': onCompanySubscription,
      'POST /v1/webhook-subscriptions/{subscriptionId}/redeliveries': (caller) => ({
        ...onCompanySubscription(caller),
        body: { status: 'failed' },
      }),
      'GET /v1/webhook-subscriptions/{subscriptionId}/deliveries': onCompanySubscription,
      'GET /v1/webhook-subscriptions/{subscriptionId}/deliveries/{notificationId}': onCompanySubscription,
    },
    // What a backend platform's token needs (the document's x-scopes; without them or with a wrong one: 403).
    scopes: {
      'GET /v1/deliveries': ['aeo.events.subscribe'],
      'GET /v1/delivery-log': ['aeo.events.subscribe'],
      'GET /v1/deliveries/{notificationId}': ['aeo.events.subscribe'],
      'POST /v1/deliveries/{notificationId}/redelivery': ['aeo.events.subscribe'],
      'GET /v1/webhook-subscriptions': ['aeo.events.subscribe'],
      'POST /v1/webhook-subscriptions': ['aeo.events.subscribe'],
      'GET /v1/webhook-subscriptions/{subscriptionId}': ['aeo.events.subscribe'],
      'DELETE /v1/webhook-subscriptions/{subscriptionId}': ['aeo.events.subscribe'],
      'POST /v1/webhook-subscriptions/{subscriptionId}/redeliveries': ['aeo.events.subscribe'],
      'GET /v1/webhook-subscriptions/{subscriptionId}/deliveries': ['aeo.events.subscribe'],
      'GET /v1/webhook-subscriptions/{subscriptionId}/deliveries/{notificationId}': ['aeo.events.subscribe'],
    },
  });
});
