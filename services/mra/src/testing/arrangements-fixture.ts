import { randomUUID } from 'node:crypto';
import type { MraTerms } from '@aeo/contracts';
import { runSql, type SqlRunner } from '@aeo/persistence';
import type { Arrangement } from '../arrangements/arrangements.repository';
import { insertArrangement } from './arrangements-fixture.queries';
import { seedSignedArrangement } from './foreign-ids-fixture';

/** Seeds an arrangement as rows written before its workflow (the API creates them with one, POST /v1/arrangements). */
export async function seedArrangement(
  runner: SqlRunner,
  arrangement: Pick<Arrangement, 'id' | 'partnerCountry' | 'partnerAdministration' | 'phase' | 'signedOn'>,
): Promise<void> {
  await runSql(insertArrangement, arrangement, runner);
}

/** The terms of the demo China arrangement: AEOS and AEOF covered both ways. */
export const DEMO_TERMS: MraTerms = {
  statusTypes: ['AEOS', 'AEOF'],
  directions: ['import', 'export'],
  benefitsWeGrant: ['reduced-physical-controls', 'priority-clearance'],
  benefitsPartnerGrants: ['reduced-physical-controls'],
};

/**
 * Seeds the two arrangements the MRA int-specs work with, with ids of this run: an operational one with
 * China (signed terms {@link DEMO_TERMS}) and one with Korea still in negotiation (no terms).
 */
export async function seedDemoArrangements(runner: SqlRunner) {
  const china = {
    id: randomUUID(),
    partnerCountry: 'CN',
    title: 'China–Mongolia AEO MRA',
    phase: 'operational',
    terms: DEMO_TERMS,
  };
  const korea = {
    id: randomUUID(),
    partnerCountry: 'KR',
    title: 'Korea–Mongolia AEO MRA',
    phase: 'negotiation',
    terms: null,
  };
  for (const arrangement of [china, korea]) await seedSignedArrangement(runner, arrangement);
  return { china, korea };
}
