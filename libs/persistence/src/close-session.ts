import type { QueryRunner } from 'typeorm';

/**
 * Gives a session's connection back to the pool to be closed, not reused: pg-pool ends a client
 * released with an error (TypeORM's PostgresQueryRunner passes it on), and PostgreSQL frees the
 * session's advisory locks with it. For a session whose lock could not be released (its unlock
 * failed): pooled, the connection would keep the lock for whoever borrows it next.
 */
export async function closeSession(session: QueryRunner, cause: unknown): Promise<void> {
  const runner = session as unknown as { releasePostgresConnection?: (error: Error) => Promise<void> };
  if (typeof runner.releasePostgresConnection !== 'function')
    throw new Error('the query runner cannot close its connection (not PostgreSQL)');
  await runner.releasePostgresConnection(cause instanceof Error ? cause : new Error(String(cause)));
}
