import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { EventEnvelope } from '@aeo/contracts';

/**
 * Webhook calls follow the Standard Webhooks specification: the body is signed with
 * HMAC-SHA256 over `<webhook-id>.<webhook-timestamp>.<body>` using the subscription's secret
 * (`whsec_<base64>`), sent as `webhook-signature: v1,<base64 signature>`. The id stays the same
 * across retries and redeliveries, so a platform can drop a call it has already processed.
 */
export const SIGNATURE_HEADERS = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const;

/** A fresh subscription secret: 32 random bytes, base64, with the `whsec_` prefix. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The event in CloudEvents structured JSON, exactly as published (the body of every attempt). */
export function webhookBodyOf(event: EventEnvelope<unknown>): string {
  return JSON.stringify({
    specversion: '1.0',
    id: event.id,
    source: event.source,
    type: event.type,
    subject: event.subject,
    time: event.time,
    datacontenttype: 'application/json',
    ...(event.correlationid ? { correlationid: event.correlationid } : {}),
    data: event.data,
  });
}

export function signatureHeaders(
  secret: string,
  deliveryId: string,
  body: string,
  at: Date = new Date(),
): Record<string, string> {
  return {
    [SIGNATURE_HEADERS.id]: deliveryId,
    [SIGNATURE_HEADERS.timestamp]: String(Math.floor(at.getTime() / 1000)),
    [SIGNATURE_HEADERS.signature]: new Webhook(secret).sign(deliveryId, at, body),
  };
}
