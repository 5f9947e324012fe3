import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, signatureHeaders, webhookBodyOf } from './webhook-signature';

describe('webhook signature (Standard Webhooks)', () => {
  const event = {
    id: 'evt-1',
    type: 'aeo.authorisation.granted.v1',
    source: '/aeo/applications',
    subject: 'op-1',
    time: '2026-11-29T06:00:00.000Z',
    data: { authorisationNumber: 'MN-AEOC-2026-00001' },
  };

  it('signs id, timestamp and body with HMAC-SHA256 of the decoded secret', () => {
    const secret = generateWebhookSecret();
    const body = webhookBodyOf(event);
    const at = new Date('2026-11-29T06:00:05Z');
    const headers = signatureHeaders(secret, 'delivery-1', body, at);
    const expected = createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64'))
      .update(`delivery-1.${headers['webhook-timestamp']}.${body}`)
      .digest('base64');
    expect(headers).toEqual({
      'webhook-id': 'delivery-1',
      'webhook-timestamp': String(at.getTime() / 1000),
      'webhook-signature': `v1,${expected}`,
    });
  });

  it('is accepted by a receiver holding the secret and refused with another one or a changed body', () => {
    const secret = generateWebhookSecret();
    const body = webhookBodyOf(event);
    const headers = signatureHeaders(secret, 'delivery-2', body);
    expect(new Webhook(secret).verify(body, headers)).toMatchObject({
      type: 'aeo.authorisation.granted.v1',
      data: { authorisationNumber: 'MN-AEOC-2026-00001' },
    });
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(body.replace('00001', '00002'), headers)).toThrow();
  });

  it('sends the event as a structured CloudEvent', () => {
    expect(JSON.parse(webhookBodyOf(event))).toEqual({
      specversion: '1.0',
      id: 'evt-1',
      source: '/aeo/applications',
      type: 'aeo.authorisation.granted.v1',
      subject: 'op-1',
      time: '2026-11-29T06:00:00.000Z',
      datacontenttype: 'application/json',
      data: event.data,
    });
  });
});
