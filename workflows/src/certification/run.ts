import type { z } from 'zod';
import { SEARCH_ATTRIBUTE_KEYS } from '../search-attributes';
import { upsertRegisteredAttributes } from '../shared/attributes';
import { alerter, attempt, FailedForGood } from '../shared/failures';
import type { DecisionDeadlineWatch } from './deadline';
import type {
  AcceptanceDecision,
  CertificationResult,
  CertificationStage,
  CertificationState,
  ExecutiveDecision,
  HearingResponse,
  TimeLimits,
  ValidationReport,
  Withdrawal,
  certificationInputSchema,
} from './certification.contract';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;

export type CertificationWorkflowInput = z.output<typeof certificationInputSchema>;

/**
 * The certification of one application as its stages share it: the state the query answers,
 * what the handlers hand over (decisions, the report, the hearing response, a withdrawal,
 * information requests), the executive's decisions waiting to be applied, and the steps every
 * stage takes the same way. Each stage is a function of it.
 */
export class CertificationRun {
  readonly limits: TimeLimits;
  readonly state: CertificationState;
  acceptanceDeadlineMs: number;
  /** Set at acceptance; moves with an extension. */
  decisionDeadlineMs = 0;
  acceptance: AcceptanceDecision | undefined;
  report: ValidationReport | undefined;
  hearingResponse: HearingResponse | undefined;
  withdrawal: Withdrawal | undefined;
  /** Executive decisions waiting for the main flow; the update returns once its decision is applied. */
  readonly pending: { decision: ExecutiveDecision; correlationId?: string }[] = [];
  applied = 0;
  submitted = 0;
  /** Decisions (by ticket) whose activity failed for good: their update fails with the reason. */
  readonly failedDecisions = new Map<number, FailedForGood>();
  /** An open information request stops the acceptance clock; the reply restarts it where it stood. */
  openRequest: { requestId: string; since: number } | undefined;
  requestChanges = 0;
  /** The acceptance period ended but the deemed acceptance is not recorded yet: no more information requests. */
  deemedHeld = false;
  /** The decision deadline's notices, from acceptance on. */
  deadline: DecisionDeadlineWatch | undefined;
  private readonly alert: ReturnType<typeof alerter>;

  constructor(readonly input: CertificationWorkflowInput) {
    this.limits = input.timeLimits;
    this.acceptanceDeadlineMs = Date.parse(input.submittedAt) + this.limits.acceptanceDays * DAY_MS;
    this.state = {
      stage: 'acceptance',
      applicationId: input.applicationId,
      acceptanceDeadline: new Date(this.acceptanceDeadlineMs).toISOString(),
      history: [],
    };
    this.alert = alerter('certification', input);
  }

  enter(stage: CertificationStage, note: string): void {
    this.state.stage = stage;
    this.state.history.push({ at: new Date().toISOString(), stage, note });
    upsertRegisteredAttributes([{ key: SEARCH_ATTRIBUTE_KEYS.stage, value: stage }]);
  }

  note(note: string): void {
    this.state.history.push({ at: new Date().toISOString(), stage: this.state.stage, note });
  }

  /** The withdrawal ends the process (no more deadline notices). */
  withdrawn(by: Withdrawal): CertificationResult {
    this.deadline?.close();
    this.enter('withdrawn', `withdrawn by ${by.withdrawnBy}: ${by.reason}`);
    return { outcome: 'withdrawn', deemed: false };
  }

  /**
   * Runs an activity; when it fails for good the step is noted, operations are alerted, and false
   * comes back (the caller carries on at its stage). `kind`: the executive's decision (its update
   * fails with the reason), a person's signalled decision (refused, awaited again), the
   * workflow's own step (skipped) or one it cannot go on without (retried).
   */
  step(
    name: string,
    run: () => Promise<unknown>,
    by?: string,
    kind: 'decision' | 'signal' | 'step' | 'retried' = 'step',
  ): Promise<boolean> {
    return attempt(run, async (failure) => {
      const outcome = kind === 'step' ? 'step-skipped' : kind === 'retried' ? 'step-retried' : 'action-refused';
      const then = {
        'action-refused': 'nothing changed',
        'step-skipped': 'skipped',
        'step-retried': 'retried until it is recorded',
      }[outcome];
      this.note(`${name} could not be recorded (${failure.message}); ${then}`);
      if (kind === 'decision') {
        this.failedDecisions.set(this.applied + 1, failure);
        this.applied++;
      }
      await this.alert(failure, name, outcome, by);
    });
  }
}

export function isFinal(stage: CertificationStage): boolean {
  return stage === 'granted' || stage === 'refused' || stage === 'rejected' || stage === 'withdrawn';
}
