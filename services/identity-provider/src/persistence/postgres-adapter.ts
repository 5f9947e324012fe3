import type { Adapter, AdapterPayload } from 'oidc-provider';
import { Pool } from 'pg';

/**
 * The schema, applied in order at boot (each once, recorded in identity_migrations). One table
 * holds every model of oidc-provider (sessions, interactions, grants, codes, refresh tokens...),
 * another the accounts.
 */
const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE oidc_models (
        id text NOT NULL,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        grant_id text,
        user_code text,
        uid text,
        expires_at timestamptz,
        consumed_at timestamptz,
        PRIMARY KEY (kind, id)
      );
      CREATE INDEX oidc_models_grant_id ON oidc_models (grant_id) WHERE grant_id IS NOT NULL;
      CREATE UNIQUE INDEX oidc_models_user_code ON oidc_models (kind, user_code) WHERE user_code IS NOT NULL;
      CREATE UNIQUE INDEX oidc_models_uid ON oidc_models (kind, uid) WHERE uid IS NOT NULL;
      CREATE INDEX oidc_models_expires_at ON oidc_models (expires_at) WHERE expires_at IS NOT NULL;`,
  },
  {
    // The people who sign in (accounts/accounts.ts). A login is unique in any case; logins are
    // ASCII (the sign-up's rule), so lower() folds them whatever the database's collation.
    version: 2,
    sql: `
      CREATE TABLE accounts (
        sub text PRIMARY KEY,
        login text NOT NULL CHECK (login <> ''),
        password_hash text NOT NULL,
        name text NOT NULL,
        email text,
        language text NOT NULL DEFAULT 'mn' CHECK (language IN ('mn', 'en')),
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        region text,
        taxpayer_id text,
        partner_country text,
        created_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz
      );
      CREATE UNIQUE INDEX accounts_login ON accounts (lower(login));`,
  },
];

/** Applies the migrations not yet applied; instances starting together take turns (advisory lock). */
export async function migrate(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', ['identity_migrations']);
    await client.query(
      'CREATE TABLE IF NOT EXISTS identity_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM identity_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of MIGRATIONS.filter((m) => !applied.has(m.version))) {
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO identity_migrations (version) VALUES ($1)', [migration.version]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', ['identity_migrations']).catch(() => undefined);
    client.release();
  }
}

/** Deletes rows expired for more than a minute (oidc-provider ignores them already); returns how many. */
export async function purgeExpired(pool: Pool): Promise<number> {
  const { rowCount } = await pool.query("DELETE FROM oidc_models WHERE expires_at < now() - interval '1 minute'");
  return rowCount ?? 0;
}

/**
 * Whether PostgreSQL can hold the value as text: a NUL (`client_id=%00`, `code=%00abc`, sent by
 * anyone to /auth, /token, /token/introspection...) makes it refuse the whole statement, which
 * oidc-provider turned into a 500. Nothing with a NUL was ever stored, so such an id is simply
 * not found (oidc-provider answers invalid_client, invalid_grant...).
 */
const storable = (value: string): boolean => !value.includes('\u0000');

interface ModelRow {
  payload: AdapterPayload;
  consumed_at: Date | null;
  expires_at: Date | null;
}

/** oidc-provider's storage of one model (`kind`) in PostgreSQL. */
export class PostgresAdapter implements Adapter {
  constructor(
    private readonly pool: Pool,
    private readonly kind: string,
  ) {}

  static factory(pool: Pool): new (kind: string) => Adapter {
    return class extends PostgresAdapter {
      constructor(kind: string) {
        super(pool, kind);
      }
    };
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO oidc_models (id, kind, payload, grant_id, user_code, uid, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::integer IS NULL THEN NULL ELSE now() + make_interval(secs => $7::integer) END)
       ON CONFLICT (kind, id) DO UPDATE
         SET payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id, user_code = EXCLUDED.user_code,
             uid = EXCLUDED.uid, expires_at = EXCLUDED.expires_at`,
      [
        id,
        this.kind,
        JSON.stringify(payload),
        payload.grantId ?? null,
        payload.userCode ?? null,
        payload.uid ?? null,
        expiresIn ? Math.ceil(expiresIn) : null,
      ],
    );
  }

  private async findWhere(column: 'id' | 'user_code' | 'uid', value: string): Promise<AdapterPayload | undefined> {
    if (!storable(value)) return undefined;
    const { rows } = await this.pool.query<ModelRow>(
      `SELECT payload, consumed_at, expires_at FROM oidc_models
        WHERE kind = $1 AND ${column} = $2 AND (expires_at IS NULL OR expires_at > now())`,
      [this.kind, value],
    );
    const row = rows[0];
    if (!row) return undefined;
    return row.consumed_at ? { ...row.payload, consumed: Math.floor(row.consumed_at.getTime() / 1000) } : row.payload;
  }

  find(id: string): Promise<AdapterPayload | undefined> {
    return this.findWhere('id', id);
  }

  findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.findWhere('user_code', userCode);
  }

  findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.findWhere('uid', uid);
  }

  async consume(id: string): Promise<void> {
    if (!storable(id)) return;
    await this.pool.query('UPDATE oidc_models SET consumed_at = now() WHERE kind = $1 AND id = $2', [this.kind, id]);
  }

  async destroy(id: string): Promise<void> {
    if (!storable(id)) return;
    await this.pool.query('DELETE FROM oidc_models WHERE kind = $1 AND id = $2', [this.kind, id]);
  }

  /** Every artefact of a grant, of all kinds (a revoked grant leaves no token alive). */
  async revokeByGrantId(grantId: string): Promise<void> {
    if (!storable(grantId)) return;
    await this.pool.query('DELETE FROM oidc_models WHERE grant_id = $1', [grantId]);
  }
}
