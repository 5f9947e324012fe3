import { type JWK, calculateJwkThumbprint } from 'jose';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partner public key is registered once, whatever its kid or arrangement: otherwise retiring a kid
 * could be bypassed by the same key under another kid, or a partner's key could sign another
 * country's list. Keys carry their RFC 7638 JWK thumbprint (SHA-256), unique across all keys, active
 * or retired. Keys registered before under more than one kid keep the first registration; the later
 * ones are retired here (by `migration-480`) and have no thumbprint (registering them again is
 * refused as a key already registered).
 */
export class PartnerKeyThumbprints1764300000480 implements MigrationInterface {
  name = 'PartnerKeyThumbprints1764300000480';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE mra_partner_keys ADD COLUMN jwk_thumbprint text`);
    const keys = (await queryRunner.query(
      `SELECT arrangement_id, kid, jwk FROM mra_partner_keys ORDER BY registered_at, arrangement_id, kid`,
    )) as { arrangement_id: string; kid: string; jwk: JWK }[];
    const seen = new Set<string>();
    for (const key of keys) {
      const thumbprint = await calculateJwkThumbprint(key.jwk, 'sha256');
      const first = !seen.has(thumbprint);
      seen.add(thumbprint);
      await queryRunner.query(
        first
          ? `UPDATE mra_partner_keys SET jwk_thumbprint = $3 WHERE arrangement_id = $1 AND kid = $2`
          : `UPDATE mra_partner_keys SET retired_at = coalesce(retired_at, now()), retired_by = coalesce(retired_by, 'migration-480')
             WHERE arrangement_id = $1 AND kid = $2`,
        first ? [key.arrangement_id, key.kid, thumbprint] : [key.arrangement_id, key.kid],
      );
    }
    await queryRunner.query(
      `ALTER TABLE mra_partner_keys ADD CONSTRAINT mra_partner_keys_thumbprint_check CHECK (jwk_thumbprint IS NOT NULL OR retired_at IS NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX mra_partner_keys_thumbprint_key ON mra_partner_keys (jwk_thumbprint)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE mra_partner_keys DROP COLUMN jwk_thumbprint`);
  }
}
