import { randomUUID } from 'node:crypto';
import { useTestDataSource } from '@aeo/persistence/testing';
import { PROGRAMME_MIGRATIONS } from '../migrations';
import { foldGrant, foldProcess, type ProcessChange } from './facts.repository';

/** Folds one application's events in the given order; answers its outcome row without its ids. */
type Step = (applicationId: string, operatorId: string) => Promise<void>;

describe('certification process fold (real PostgreSQL): the order of the events does not matter', () => {
  const database = useTestDataSource('programme_fold', PROGRAMME_MIGRATIONS);
  const at = (day: string) => new Date(`${day}T00:00:00.000Z`);

  const change =
    (stated: Omit<ProcessChange, 'applicationId' | 'operatorId' | 'region' | 'statusType'>): Step =>
    (applicationId, operatorId) =>
      foldProcess(database.dataSource, { applicationId, operatorId, region: 'DARKHAN', statusType: 'AEOS', ...stated });
  const grant: Step = (_applicationId, operatorId) =>
    foldGrant(database.dataSource, {
      authorisationNumber: `MN-${randomUUID()}`,
      eventId: randomUUID(),
      operatorId,
      region: 'DARKHAN',
      statusType: 'AEOS',
      decidedAt: at('2026-04-01'),
    });

  const steps: Step[] = [
    change({ submittedAt: at('2026-01-05') }),
    change({ acceptedAt: at('2026-01-15'), deemedAcceptance: false, decisionDeadline: at('2026-03-15') }),
    change({ extendedDeadline: at('2026-04-15'), extensionsUsed: true }),
    change({ reportSubmittedAt: at('2026-03-01') }),
    // A revalidation's report later on names the application too: the first report stays.
    change({ reportSubmittedAt: at('2027-02-01') }),
    change({ hearingOpenedAt: at('2026-03-10') }),
    change({ hearingRespondedAt: at('2026-03-12') }),
    grant,
  ];

  /** A fixed shuffle per seed (no randomness in the test's outcome). */
  const shuffled = <T>(items: readonly T[], seed: number): T[] => {
    const copy = [...items];
    let state = seed;
    for (let i = copy.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const j = state % (i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };

  async function outcomeAfter(order: Step[]) {
    const applicationId = randomUUID();
    const operatorId = randomUUID();
    for (const step of order) await step(applicationId, operatorId);
    const [row] = await database.dataSource.query(
      `SELECT submitted_at, accepted_at, deemed_acceptance, decision_deadline, extended_deadline, extensions_used,
         report_submitted_at, hearing_opened_at, hearing_responded_at, decision, decided_at, legal_deadline
       FROM certification_outcomes WHERE application_id = $1`,
      [applicationId],
    );
    return row;
  }

  it('gives the same outcome in order, reversed, shuffled and with every event delivered twice', async () => {
    const expected = {
      submitted_at: at('2026-01-05'),
      accepted_at: at('2026-01-15'),
      deemed_acceptance: false,
      decision_deadline: at('2026-03-15'),
      extended_deadline: at('2026-04-15'),
      extensions_used: true,
      report_submitted_at: at('2026-03-01'),
      hearing_opened_at: at('2026-03-10'),
      hearing_responded_at: at('2026-03-12'),
      decision: 'granted',
      decided_at: at('2026-04-01'),
      legal_deadline: at('2026-04-15'),
    };
    expect(await outcomeAfter(steps)).toEqual(expected);
    expect(await outcomeAfter([...steps].reverse())).toEqual(expected);
    for (const seed of [1, 7, 42, 2026, 99_991]) expect(await outcomeAfter(shuffled(steps, seed))).toEqual(expected);
    expect(await outcomeAfter(shuffled([...steps, ...steps.slice(0, -1)], 5))).toEqual(expected);
  });

  it('attaches a grant to the application it decides: not to an earlier one that was refused or withdrawn', async () => {
    const operatorId = randomUUID();
    const [refused, withdrawn, current] = [randomUUID(), randomUUID(), randomUUID()];
    await grant(current, operatorId);
    await change({ submittedAt: at('2025-01-01'), refusedAt: at('2025-05-01') })(refused, operatorId);
    await change({ submittedAt: at('2025-06-01'), withdrawnAt: at('2025-07-01') })(withdrawn, operatorId);
    await change({ submittedAt: at('2026-01-05') })(current, operatorId);
    const rows = await database.dataSource.query(
      'SELECT application_id, decision, decided_at FROM certification_outcomes WHERE operator_id = $1 ORDER BY submitted_at',
      [operatorId],
    );
    expect(rows).toEqual([
      { application_id: refused, decision: 'refused', decided_at: at('2025-05-01') },
      { application_id: withdrawn, decision: null, decided_at: null },
      { application_id: current, decision: 'granted', decided_at: at('2026-04-01') },
    ]);
  });
});
