import { runSql, type SqlRunner } from '@aeo/persistence';
import type { Arrangement } from '../arrangements/arrangements.repository';
import { insertArrangement } from './arrangements-fixture.queries';

/** Seeds an arrangement as rows written before its workflow (the API creates them with one, POST /v1/arrangements). */
export async function seedArrangement(
  runner: SqlRunner,
  arrangement: Pick<Arrangement, 'id' | 'partnerCountry' | 'partnerAdministration' | 'phase' | 'signedOn'>,
): Promise<void> {
  await runSql(insertArrangement, arrangement, runner);
}
