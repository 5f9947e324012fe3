import { runSql, type SqlRunner } from '@aeo/persistence';
import { DEFAULT_TIME_ZONE } from '../kpis/periods';
import type { BenefitFact } from './benefit-fold';
import * as sql from './benefit.queries';

/**
 * The benefit store (migration 1000), typed SQL in benefit.sql. Set-based statements over arrays,
 * one per step of a batch, whatever its size; rows are written in key order (facts, then roll-up
 * rows), so concurrent batches of the two topics never deadlock.
 */

/** The side of a declaration a batch sets (a batch is of one event type). */
export type BenefitSide = 'lodgement' | 'decision';

/**
 * Sets one side of the declarations and moves the roll-up, in one statement: a new declaration is
 * inserted, a stored one takes the side only when it is earlier than the one it holds (the rule of
 * `withLodgement` and `withDecision`, applied by the statement under the row's lock, so a concurrent
 * batch of the other topic is seen), one row version each; each declaration whose side was replaced
 * moves the daily roll-up by what it counted before and counts now (`rollupChanges`). Each
 * declaration once (the batch's repeats merged before); facts without that side are left out. The
 * batch goes as one JSON parameter (serialised natively; arrays were escaped element by element).
 * The roll-up's days are of `timeZone` (PROGRAMME_TIME_ZONE).
 */
export async function upsertSide(
  runner: SqlRunner,
  side: BenefitSide,
  facts: readonly BenefitFact[],
  timeZone = DEFAULT_TIME_ZONE,
): Promise<void> {
  if (side === 'lodgement') {
    const lodgements = facts.flatMap(({ declarationId, lodgement: l }) =>
      l
        ? [
            {
              declaration_id: declarationId,
              declaration_event_id: l.eventId,
              lodged_at: l.lodgedAt,
              region: l.region,
              customs_office: l.customsOffice,
              trader_taxpayer_id: l.traderTaxpayerId,
              customs_value: l.customsValue,
              currency: l.currency,
            },
          ]
        : [],
    );
    if (lodgements.length > 0)
      await runSql(sql.foldLodgements, { lodgements: JSON.stringify(lodgements), timeZone }, runner);
    return;
  }
  const decisions = facts.flatMap(({ declarationId, decision: d }) =>
    d
      ? [
          {
            declaration_id: declarationId,
            decision_event_id: d.eventId,
            decision_id: d.decisionId,
            decided_at: d.decidedAt,
            channel: d.channel,
            aeo_status_type: d.aeoStatusType,
            benefits: d.benefits,
            priority: d.priority,
          },
        ]
      : [],
  );
  if (decisions.length > 0) await runSql(sql.foldDecisions, { decisions: JSON.stringify(decisions), timeZone }, runner);
}
