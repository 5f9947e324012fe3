import { Client } from 'pg';
import type { Logger } from 'pino';

/**
 * The channel the outbox writer notifies in every transaction that appends events
 * (outbox-writer.sql): PostgreSQL delivers it at commit, drops it at rollback and sends it once a
 * transaction however many rows were written.
 */
export const OUTBOX_CHANNEL = 'aeo_outbox';

const RECONNECT_MAX_MS = 30_000;

/**
 * Listens on `OUTBOX_CHANNEL` on a connection of its own (a pooled connection cannot keep a
 * LISTEN) and calls `onNotify` for every notification, so the relay publishes committed events at
 * once instead of at its next poll (up to `OUTBOX_POLL_INTERVAL_MS` later: most of a decision's
 * latency at a steady rate). Also called once the LISTEN is in place, for events committed while no
 * one listened. A lost connection is reopened with a growing delay; meanwhile, and if it is lost
 * without a word, the relay's poll still publishes everything, only later.
 */
export class OutboxNotifications {
  private client?: Client;
  private stopped = true;
  private attempt = 0;
  private reconnectTimer?: NodeJS.Timeout;

  constructor(
    private readonly connectionString: string,
    private readonly onNotify: () => void,
    private readonly logger?: Logger,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.connectionString,
      application_name: 'aeo-outbox-relay',
      connectionTimeoutMillis: 5000,
      keepAlive: true,
    });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === OUTBOX_CHANNEL) this.onNotify();
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.attempt = 0;
      if (this.client === client) this.onNotify();
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private lost(client: Client, error: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    if (this.stopped) return;
    const delay = Math.min(RECONNECT_MAX_MS, 250 * 2 ** Math.min(this.attempt++, 7));
    this.logger?.warn(
      { err: error, retryInMs: delay },
      'outbox notifications lost; the relay publishes at its poll interval until they are back',
    );
    this.reconnectTimer = setTimeout(() => void this.connect(), delay);
    this.reconnectTimer.unref();
  }
}
