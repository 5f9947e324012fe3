import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox's pending rows by aggregate. The relay asks, for every batch it claims, which of the
 * batch's aggregates still have an earlier unsent row it did not claim (`FindOutboxBlockers`, so an
 * aggregate's events leave in order). The only partial index was on `seq`, so that question read
 * every pending row: under a backlog of channel decisions it was 41% of risk-management's statement
 * time (pg_stat_statements, bench/channel-decisions.bench.ts with BENCH_PG_STATEMENTS=1). With this
 * index it looks each aggregate up. Every service with an outbox runs it after its messaging tables.
 */
export class OutboxPendingByAggregate1764400000200 implements MigrationInterface {
  name = 'OutboxPendingByAggregate1764400000200';
  /**
   * CREATE INDEX CONCURRENTLY cannot run in a transaction; a plain build would hold every write to
   * the outbox (the service's own state changes and its relay) until it has read the whole table.
   */
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    // A concurrent build that failed half-way leaves an invalid index behind: start clean.
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS outbox_pending_aggregate_idx`);
    await queryRunner.query(
      `CREATE INDEX CONCURRENTLY outbox_pending_aggregate_idx ON outbox (aggregateid, seq) WHERE sent_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX CONCURRENTLY IF EXISTS outbox_pending_aggregate_idx');
  }
}
