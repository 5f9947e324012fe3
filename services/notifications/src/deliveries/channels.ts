import { createTransport, Transporter } from 'nodemailer';
import { Agent, fetch } from 'undici';
import { signatureHeaders } from '../webhooks/webhook-signature';
import { assertTargetAllowed, BlockedTargetError, webhookAgent } from '../webhooks/webhook-target-guard';

/** What one attempt came to. `permanent`: retrying cannot help (dead-letter now). */
export interface AttemptResult {
  ok: boolean;
  permanent?: boolean;
  error?: string;
  responseStatus?: number;
}

export interface EmailMessage {
  notificationId: string;
  to: string;
  language: 'mn' | 'en';
  subject: string;
  body: string;
}

/** Email over SMTP (nodemailer, pooled connections). */
export class EmailChannel {
  private readonly transport: Transporter;

  /** `maxConnections`: one per sender, so a send never waits in the pool's queue (its time counts against the lease hold). */
  constructor(
    smtpUrl: string,
    private readonly from: string,
    timeoutMs: number,
    maxConnections: number,
  ) {
    const timeouts = `connectionTimeout=${timeoutMs}&greetingTimeout=${timeoutMs}&socketTimeout=${timeoutMs}`;
    this.transport = createTransport(
      `${smtpUrl}${smtpUrl.includes('?') ? '&' : '?'}pool=true&maxConnections=${maxConnections}&${timeouts}`,
    );
  }

  async send(message: EmailMessage): Promise<AttemptResult> {
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: message.to,
        subject: message.subject,
        text: message.body,
        headers: { 'Content-Language': message.language, 'X-AEO-Notification-Id': message.notificationId },
      });
      const rejected = info.rejected ?? [];
      if (rejected.length > 0)
        return { ok: false, permanent: true, error: `recipient refused: ${rejected.map(String).join(', ')}` };
      return { ok: true };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      // 5xx SMTP replies are permanent (unknown mailbox, policy); 4xx and network errors are not.
      return {
        ok: false,
        permanent: typeof code === 'number' && code >= 500,
        error: `SMTP: ${(error as Error).message}`.slice(0, 2000),
        responseStatus: code,
      };
    }
  }

  close(): void {
    this.transport.close();
  }
}

export interface WebhookCall {
  notificationId: string;
  url: string;
  secret: string;
  body: string;
  eventType: string;
}

/**
 * Signed HTTP POSTs to backend platforms. Any 2xx is a delivery; 410 Gone and a refused target
 * (see webhook-target-guard) end the retries.
 */
export class WebhookChannel {
  private readonly agent: Agent;

  constructor(
    private readonly timeoutMs: number,
    private readonly allowPrivateTargets: boolean,
  ) {
    this.agent = webhookAgent(allowPrivateTargets);
  }

  async send(call: WebhookCall): Promise<AttemptResult> {
    try {
      if (!this.allowPrivateTargets) assertTargetAllowed(call.url);
      const response = await fetch(call.url, {
        dispatcher: this.agent,
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: {
          'content-type': 'application/cloudevents+json; charset=utf-8',
          'user-agent': 'aeo-notifications/1',
          'ce-type': call.eventType,
          ...signatureHeaders(call.secret, call.notificationId, call.body),
        },
        body: call.body,
      });
      await response.body?.cancel().catch(() => undefined);
      if (response.ok) return { ok: true, responseStatus: response.status };
      return {
        ok: false,
        permanent: response.status === 410,
        error: `HTTP ${response.status} ${response.statusText}`.trim(),
        responseStatus: response.status,
      };
    } catch (error) {
      const blocked = error instanceof BlockedTargetError ? error : (error as { cause?: unknown }).cause;
      if (blocked instanceof BlockedTargetError) return { ok: false, permanent: true, error: blocked.message };
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      const reason =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${this.timeoutMs} ms`
          : `${(error as Error).message}${cause ? ` (${cause})` : ''}`;
      return { ok: false, error: reason };
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}
