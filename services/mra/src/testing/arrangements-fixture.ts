import { runSql, type SqlRunner } from '@aeo/persistence';
import type { Arrangement } from '../arrangements/arrangements.repository';
import { insertArrangement } from './arrangements-fixture.queries';

/** Seeds an arrangement (the service itself only reads them; their registration is another issue). */
export async function seedArrangement(runner: SqlRunner, arrangement: Omit<Arrangement, 'createdAt'>): Promise<void> {
  await runSql(insertArrangement, arrangement, runner);
}
