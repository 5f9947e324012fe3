/** A row of a workflow's step history as the history tables store it (an arrangement's, a deviation case's). */
export interface StepHistoryRow<From extends string | null = string | null> {
  step: string;
  from_phase: From;
  to_phase: string;
  summary: string;
  details: unknown;
  recorded_by: string;
  recorded_at: Date;
}

/** A step as the APIs show it: the phase it left and reached, what it did, by whom and when. */
export interface StepHistoryEntry<From extends string | null = string | null> {
  step: string;
  from: From;
  to: string;
  summary: string;
  details: unknown;
  by: string;
  at: Date;
}

export function stepHistoryEntry<From extends string | null>(row: StepHistoryRow<From>): StepHistoryEntry<From> {
  return {
    step: row.step,
    from: row.from_phase,
    to: row.to_phase,
    summary: row.summary,
    details: row.details,
    by: row.recorded_by,
    at: row.recorded_at,
  };
}
