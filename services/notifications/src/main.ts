import 'reflect-metadata';
import { loadConfig } from '@aeo/config';
import { runService } from '@aeo/service-kit';
import { AppModule } from './app.module';
import { SERVICE_NAME, notificationsEnvSchema } from './config';

export const NOTIFICATIONS_API = {
  service: SERVICE_NAME,
  title: 'AEO notifications service',
  description: [
    'Tells people and platforms about AEO events: each user its in-app inbox; the staff contact directory and routing table; webhook subscriptions of backend platforms; the delivery log with every attempt, retries, dead letters and redelivery. Bearer JWT required; roles and regional scoping apply to every route.',
    '',
    '**Webhook calls** (to the URL of a subscription, for each event type it names): `POST` with body = the event as a CloudEvents 1.0 structured JSON document (`specversion`, `id`, `source`, `type`, `subject`, `time`, `datacontenttype`, `correlationid`, `data`; the data schemas are in the AsyncAPI document), `content-type: application/cloudevents+json`, `ce-type`, and the [Standard Webhooks](https://www.standardwebhooks.com) headers `webhook-id` (the delivery id: the same on every retry, so drop ids already processed), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` then the base64 HMAC-SHA256 of webhook-id, a dot, webhook-timestamp, a dot and the body, keyed with the base64-decoded part of the secret after `whsec_`). Answer any 2xx to acknowledge; other answers and timeouts are retried with exponential backoff and jitter, then dead-lettered (see `/v1/deliveries`); 410 Gone stops at once.',
  ].join('\n'),
};

if (require.main === module) runService(AppModule, NOTIFICATIONS_API, () => loadConfig(notificationsEnvSchema));
