import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { metricsRegistry } from '@aeo/observability';
import type { RiskManagementConfig } from '../config';
import type { AeoStatusRecord } from './aeo-benefits';
import { findAeoStatus, findAllAeoStatuses } from './aeo-status.repository';

export const AEO_STATUS_CHANNEL = 'aeo_status_changed';
/** Reconnection backoff: 250 ms doubling up to this, so the re-sync follows the database's return promptly. */
export const REPLICA_RECONNECT_MAX_MS = 2000;

/** The replicas of this process (one per running application). */
const replicas = new Set<AeoStatusReplica>();

/** For operations (alert when it stays 0) and for tests that need the replica itself in sync. */
export const replicaInSync = new Gauge({
  name: 'aeo_status_replica_in_sync',
  help: 'Whether the in-memory AEO register replica is in sync with the database (1); 0: look-ups read the database, or answer from an older register while it is unreachable',
  registers: [metricsRegistry],
  collect() {
    this.set(replicas.size > 0 && [...replicas].every((replica) => replica.ready) ? 1 : 0);
  },
});

/**
 * An in-memory replica of the whole AEO register projection (table `aeo_status`), for the status
 * look-up: a look-up is a Map read, never a database round trip. The register is small (an
 * administration certifies thousands of operators, not millions), so it is held entirely, and a
 * taxpayer absent from it is simply not an AEO.
 *
 * It follows the table through PostgreSQL LISTEN/NOTIFY (a trigger announces every committed
 * change), so every instance of the service is current within milliseconds, whichever instance
 * consumed the certification event. It listens before it loads, so no change falls between the
 * two; after a lost connection it reconnects (retrying at most every 2 s), listens and reloads
 * everything before it calls itself in sync again, and it reloads everything every
 * `AEO_STATUS_RESYNC_MS` anyway (a failed reload puts it out of sync). A connection can also be
 * lost without a word (a network dropping packets, no FIN or RST): TCP keep-alive and a heartbeat
 * (`SELECT 1` every `AEO_STATUS_HEARTBEAT_MS`, answered within that time) find it, and the
 * replica is in sync only while its last round trip to the database is that recent. While it is
 * not in sync (`ready` false), the look-up reads the database; while the database cannot be
 * reached either (`databaseUnreachable`), the look-up answers from the last loaded register,
 * which is as of `asOf`: the last successful round trip.
 */
@Injectable()
export class AeoStatusReplica implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(AeoStatusReplica.name);
  private records = new Map<string, AeoStatusRecord>();
  /** Bumped by every notification of a key: a slower, older refresh must not overwrite a newer one. */
  private readonly versions = new Map<string, number>();
  private client?: Client;
  private inSync = false;
  private stopped = false;
  private reconnectTimer?: NodeJS.Timeout;
  private resyncTimer?: NodeJS.Timeout;
  private attempt = 0;
  /** Since when the replica is out of sync: its register is as of then. */
  private outOfSyncSince?: number;
  /** The connection whose LISTEN is in place: only a load begun after it can put the replica in sync. */
  private listening?: Client;
  private loadedOnce = false;
  private unreachable = false;
  private heartbeatTimer?: NodeJS.Timeout;
  private heartbeatInFlight = false;
  /** When the last question the database answered on the listening connection was sent (ms since the epoch): the register is known current as of then. */
  private lastRoundTrip?: number;
  private readonly outOfSyncListeners: (() => void)[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: RiskManagementConfig,
  ) {}

  get ready(): boolean {
    return (
      this.inSync &&
      this.lastRoundTrip !== undefined &&
      Date.now() - this.lastRoundTrip <= 2 * this.config.AEO_STATUS_HEARTBEAT_MS
    );
  }

  /** Whether a whole register was ever loaded (the replica can answer, however old). */
  get loaded(): boolean {
    return this.loadedOnce;
  }

  /** The replica's last attempt to reach the database failed. */
  get databaseUnreachable(): boolean {
    return this.unreachable;
  }

  /** The moment the replica's register is known current at (ms since the epoch): now while in sync. */
  asOf(now = Date.now()): number {
    return this.ready ? now : (this.outOfSyncSince ?? this.lastRoundTrip ?? now);
  }

  get size(): number {
    return this.records.size;
  }

  /**
   * Calls `listener` whenever the replica finds its link to the database broken (a lost
   * connection, a failed reload): what was read from the database before is no longer vouched for.
   */
  onOutOfSync(listener: () => void): void {
    this.outOfSyncListeners.push(listener);
  }

  /** The taxpayer's register row; `null` when it has none. Only meaningful while `ready`. */
  get(taxpayerId: string): AeoStatusRecord | null {
    return this.records.get(taxpayerId) ?? null;
  }

  async onModuleInit(): Promise<void> {
    replicas.add(this);
    // The first sync does not block the boot: until it is done, look-ups read the database.
    void this.connect();
    this.resyncTimer = setInterval(
      () => void this.reload().catch((error: Error) => this.reloadFailed('periodic reload', error)),
      this.config.AEO_STATUS_RESYNC_MS,
    );
    this.resyncTimer.unref();
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), this.config.AEO_STATUS_HEARTBEAT_MS);
    this.heartbeatTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    replicas.delete(this);
    this.stopped = true;
    this.inSync = false;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.resyncTimer);
    clearInterval(this.heartbeatTimer);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new Client({
      connectionString: url,
      application_name: 'aeo-risk-management-replica',
      connectionTimeoutMillis: 5000,
      keepAlive: true,
    });
    this.client = client;
    // A notification says nothing about when the database was last current (it may have waited
    // in a buffer): only a round trip does, as of when it was sent (heartbeat, reload).
    client.on('notification', (message) => {
      if (message.channel === AEO_STATUS_CHANNEL && message.payload) void this.refresh(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${AEO_STATUS_CHANNEL}`);
      this.listening = client;
      await this.reload();
      this.attempt = 0;
      this.unreachable = false;
      this.outOfSyncSince = undefined;
      this.logger.log(`AEO register replica in sync: ${this.records.size} authorisations`);
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  /**
   * Checks the listening connection: no answer within the interval means the database cannot be
   * reached (a silent loss), so the look-up answers from the replica, saying how old it is.
   */
  private async heartbeat(): Promise<void> {
    const client = this.listening;
    if (!client || client !== this.client || this.heartbeatInFlight) return;
    this.heartbeatInFlight = true;
    let timer: NodeJS.Timeout | undefined;
    const timeoutMs = this.config.AEO_STATUS_HEARTBEAT_MS;
    // The answer vouches for the register as of when the question was sent, not of when the answer
    // was read: it may have waited in the network or in a busy event loop.
    const sentAt = Date.now();
    try {
      await Promise.race([
        client.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`heartbeat: no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      this.lastRoundTrip = Math.max(this.lastRoundTrip ?? 0, sentAt);
    } catch (error) {
      if (this.client === client) this.unreachable = true;
      this.lost(client, error as Error);
    } finally {
      clearTimeout(timer);
      this.heartbeatInFlight = false;
    }
  }

  private reloadFailed(what: string, error: Error): void {
    this.logger.warn(`${what} failed (${error.message}); look-ups read the database until a reload succeeds`);
    this.markOutOfSync();
  }

  private lost(client: Client, error: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.markOutOfSync();
    // A failed reconnection (not the first loss of a working connection) means the database is down.
    if (this.attempt > 0) this.unreachable = true;
    client.end().catch(() => undefined);
    if (this.stopped) return;
    const delay = Math.min(REPLICA_RECONNECT_MAX_MS, 250 * 2 ** Math.min(this.attempt++, 7));
    this.logger.warn(
      `AEO register replica out of sync (${error.message}); look-ups read the database, or the replica as of ${new Date(this.asOf()).toISOString()} while it is unreachable; reconnecting in ${delay} ms`,
    );
    this.reconnectTimer = setTimeout(() => void this.connect(), delay);
    this.reconnectTimer.unref();
  }

  /** Loads the whole register. Notifications that arrive meanwhile are applied after it. */
  private async reload(): Promise<void> {
    const listener = this.listening === this.client ? this.client : undefined;
    const before = new Map(this.versions);
    const started = Date.now();
    const rows = await findAllAeoStatuses(this.dataSource.manager);
    const next = new Map(rows.map((row) => [row.taxpayerId, row]));
    // A key notified during the load keeps its (newer or pending) replica value.
    for (const [key, version] of this.versions) {
      if (before.get(key) === version) continue;
      const current = this.records.get(key);
      if (current) next.set(key, current);
      else next.delete(key);
    }
    this.records = next;
    this.loadedOnce = true;
    if (listener && this.client === listener) {
      this.inSync = true;
      this.outOfSyncSince = undefined;
      this.lastRoundTrip = Math.max(this.lastRoundTrip ?? 0, started);
    }
  }

  private markOutOfSync(): void {
    // The register is current as of the last moment the database answered, not of this one.
    this.outOfSyncSince ??= this.lastRoundTrip ?? Date.now();
    this.inSync = false;
    for (const listener of this.outOfSyncListeners) listener();
  }

  private async refresh(taxpayerId: string): Promise<void> {
    const version = (this.versions.get(taxpayerId) ?? 0) + 1;
    this.versions.set(taxpayerId, version);
    try {
      const record = await findAeoStatus(this.dataSource.manager, taxpayerId);
      if (this.versions.get(taxpayerId) !== version) return;
      if (record) this.records.set(taxpayerId, record);
      else this.records.delete(taxpayerId);
    } catch (error) {
      // The replica may now be stale for this key: read the database until a full reload.
      this.logger.warn(`refreshing ${taxpayerId} failed (${(error as Error).message}); reloading the register`);
      this.markOutOfSync();
      await this.reload().catch(() => this.client && this.lost(this.client, error as Error));
    }
  }
}
