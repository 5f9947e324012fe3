import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The current entries of partners' lists lose their foreign key to the arrangement: checked row by
 * row, it was the largest single cost of a first 100,000-row import (about a second of the entries'
 * two). Entries are written only by the list import, for an arrangement it has just read under the
 * arrangement's list lock, and arrangements are never deleted (they end as `terminated`).
 */
export class PartnerListEntriesBulk1764300000452 implements MigrationInterface {
  name = 'PartnerListEntriesBulk1764300000452';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE partner_list_entries DROP CONSTRAINT partner_list_entries_arrangement_id_fkey`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE partner_list_entries ADD CONSTRAINT partner_list_entries_arrangement_id_fkey FOREIGN KEY (arrangement_id) REFERENCES mutual_recognition_arrangements (id)`,
    );
  }
}
