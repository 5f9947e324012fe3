import type { Pool } from 'pg';

/** Password attempts one sign-in (interaction) gets; the next one ends it with access_denied. */
export const MAX_PASSWORD_ATTEMPTS = 5;

/**
 * Attempts counted under a key, kept in oidc_models (kind `kind`, the key as id, an expiry, so the
 * purge removes them): every provider instance and restart sees the same count.
 */
export class AttemptCounter {
  constructor(
    private readonly pool: Pool,
    private readonly kind: string,
  ) {}

  /** Counts one more attempt under the key (before the attempt is tried); returns the count. */
  async count(key: string, expiresAt: Date): Promise<number> {
    const { rows } = await this.pool.query<{ attempts: number }>(
      `INSERT INTO oidc_models (id, kind, payload, expires_at)
       VALUES ($1, $3, '{"attempts": 1}', $2)
       ON CONFLICT (kind, id) DO UPDATE
         SET payload = jsonb_build_object('attempts', (oidc_models.payload->>'attempts')::int + 1)
       RETURNING (payload->>'attempts')::int AS attempts`,
      [key, expiresAt, this.kind],
    );
    return rows[0].attempts;
  }
}

/** The password attempts of each interaction (kind `LoginAttempts`, its uid, its expiry). */
export class LoginAttempts extends AttemptCounter {
  constructor(pool: Pool) {
    super(pool, 'LoginAttempts');
  }
}
