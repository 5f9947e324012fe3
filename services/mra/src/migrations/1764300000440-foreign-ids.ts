import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foreign AEO identifier matching: the outcome per identifier a declaration named (the match
 * rate), the review queue (one open item per country and normalised identifier, counting the
 * declarations that named it) and the aliases MRA officers resolved (used by later matching and
 * by the recognition look-up).
 */
export class ForeignIds1764300000440 implements MigrationInterface {
  name = 'ForeignIds1764300000440';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mra_foreign_id_matches (
        declaration_id text NOT NULL,
        country char(2) NOT NULL,
        declared_id text NOT NULL,
        normalised_id text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('exact', 'normalised', 'alias', 'unmatched', 'ambiguous')),
        arrangement_id uuid,
        aeo_id text,
        declared_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (declaration_id, country, declared_id)
      )`);
    await queryRunner.query(`CREATE INDEX mra_foreign_id_matches_declared_at ON mra_foreign_id_matches (declared_at)`);
    await queryRunner.query(`
      CREATE TABLE mra_foreign_id_reviews (
        id uuid PRIMARY KEY,
        country char(2) NOT NULL,
        normalised_id text NOT NULL,
        declared_id text NOT NULL,
        reason text NOT NULL CHECK (reason IN ('unmatched', 'ambiguous')),
        candidates jsonb NOT NULL,
        first_declaration_id text NOT NULL,
        declarations int NOT NULL DEFAULT 1 CHECK (declarations > 0),
        first_seen_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        resolution text CHECK (resolution IN ('matched', 'not-recognised')),
        arrangement_id uuid,
        aeo_id text,
        note text,
        resolved_by text,
        resolved_at timestamptz,
        CHECK ((status = 'open') = (resolution IS NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX mra_foreign_id_reviews_open ON mra_foreign_id_reviews (country, normalised_id) WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX mra_foreign_id_reviews_status ON mra_foreign_id_reviews (status, country, first_seen_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE mra_foreign_id_aliases (
        country char(2) NOT NULL,
        normalised_id text NOT NULL,
        arrangement_id uuid NOT NULL REFERENCES mutual_recognition_arrangements (id),
        aeo_id text NOT NULL,
        review_id uuid NOT NULL REFERENCES mra_foreign_id_reviews (id),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (country, normalised_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mra_foreign_id_aliases`);
    await queryRunner.query(`DROP TABLE mra_foreign_id_reviews`);
    await queryRunner.query(`DROP TABLE mra_foreign_id_matches`);
  }
}
