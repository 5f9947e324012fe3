import { condition, patched } from '@temporalio/workflow';
import type { ValidationReport } from '../certification/validation-report.contract';
import { SEARCH_ATTRIBUTE_KEYS } from '../search-attributes';
import { upsertRegisteredAttributes } from '../shared/attributes';
import { adoptCorrelationId } from '../shared/correlation';
import { alerter, attempt } from '../shared/failures';
import type {
  LifecycleAction,
  LifecycleActionName,
  RevalidationPolicy,
  RevalidationResult,
  RevalidationStage,
  RevalidationState,
  RevalidationTrigger,
  RevalidationWorkflowInput,
} from './revalidation.contract';

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Marks the workflows that clear their `AeoRevalidationDue` search attribute when the
 * authorisation ends (revoked, surrendered), so a visibility query for due revalidations no longer
 * lists them. Before it, the attribute kept the last due date.
 */
export const ENDED_DUE_CLEARED_PATCH = 'revalidation-due-cleared-when-ended';
export const iso = (ms: number) => new Date(ms).toISOString();

/** Adds calendar months (UTC), as a due date "3 years after" is meant. */
export function addMonths(fromMs: number, months: number): number {
  const date = new Date(fromMs);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}

/** Triggers taken up as one: the first's ids and source, every reason with its source, a site visit if any calls for one. */
export function mergedTrigger(triggers: RevalidationTrigger[]): RevalidationTrigger {
  if (triggers.length === 1) return triggers[0];
  return {
    ...triggers[0],
    reason: triggers
      .map((t) => `${t.source}: ${t.reason}`)
      .join('; ')
      .slice(0, 2000),
    siteVisit: triggers.some((t) => t.siteVisit),
  };
}

/** How a stage ends the run: the next run (continue-as-new) or the end of the authorisation. */
export type Transition =
  | { kind: 'next-run'; cycle: number; nextDueMs: number; conditions: string[] }
  | { kind: 'end'; result: RevalidationResult };

/** A person's action, from its update to the stage that takes it. */
export interface Ticket {
  action: LifecycleAction;
  done: boolean;
  refusal?: string;
  /** Set when the action's activity failed for good: the failure type the update answers with. */
  failureType?: string;
  /** The action failed (refused by its activity, or not recorded when it fell due); nothing changed. */
  failed?: boolean;
  /** The request's, so what applying the action causes carries it. */
  correlationId?: string;
}

/**
 * One run of the revalidation workflow, until it continues as new or ends: the state its query
 * answers, what its handlers hand to the stages (triggers, the validation report, people's
 * actions), and how every stage takes an action or runs a step. Each stage is a function of it.
 */
export class RevalidationRun {
  readonly policy: RevalidationPolicy;
  readonly ref: { authorisationNumber: string };
  readonly state: RevalidationState;
  /** Trigger ids already taken up: a repeated trigger changes nothing. */
  readonly seen: Set<string>;
  nextDueMs: number;
  /** The running cycle's validation report, once it arrived. */
  report: ValidationReport | undefined;
  /** From a cycle's start to its end. */
  cycleRunning = false;
  /** A trigger arriving during a cycle is covered by it; one calling for a site visit upgrades the validation if it has not opened yet. */
  siteVisitCalledFor = false;
  readonly queue: Ticket[] = [];
  /** Actions accepted but not yet applied: one at a time, so each is validated against the stage it will meet. */
  readonly active = new Set<Ticket>();
  private readonly alert: ReturnType<typeof alerter>;

  constructor(readonly input: RevalidationWorkflowInput) {
    this.policy = input.policy;
    this.ref = { authorisationNumber: input.authorisationNumber };
    this.seen = new Set(input.seenTriggerIds);
    this.nextDueMs = Date.parse(input.nextDueAt);
    this.state = {
      authorisationNumber: input.authorisationNumber,
      stage: 'monitoring',
      cycle: input.cycle,
      nextDueAt: iso(this.nextDueMs),
      conditions: input.conditions,
      pendingTriggers: [...input.pendingTriggers],
      history: [],
    };
    this.alert = alerter('revalidation', input);
  }

  enter(stage: RevalidationStage, note: string): void {
    this.state.stage = stage;
    this.note(note);
    const noLongerDue = isFinal(stage) && patched(ENDED_DUE_CLEARED_PATCH);
    upsertRegisteredAttributes([
      { key: SEARCH_ATTRIBUTE_KEYS.stage, value: stage },
      ...(noLongerDue ? [{ key: SEARCH_ATTRIBUTE_KEYS.revalidationDue, value: null }] : []),
    ]);
  }

  note(note: string): void {
    this.state.history.push({ at: new Date().toISOString(), stage: this.state.stage, note });
  }

  setDue(ms: number): void {
    this.nextDueMs = ms;
    this.state.nextDueAt = iso(ms);
    upsertRegisteredAttributes([{ key: SEARCH_ATTRIBUTE_KEYS.revalidationDue, value: new Date(ms) }]);
  }

  /** The next action among `allowed` (others, left over from an earlier stage, are refused), or undefined when `until` passes first. */
  async nextAction(
    allowed: readonly LifecycleActionName[],
    untilMs?: number,
    alsoWakeOn?: () => boolean,
  ): Promise<Ticket | undefined> {
    for (;;) {
      const ready = () => this.queue.length > 0 || (alsoWakeOn?.() ?? false);
      const woke =
        untilMs === undefined
          ? await condition(ready).then(() => true)
          : await condition(ready, Math.max(0, untilMs - Date.now()));
      if (!woke || this.queue.length === 0) return undefined;
      const ticket = this.queue.shift()!;
      if (allowed.includes(ticket.action.action)) return this.taken(ticket);
      this.refuse(
        ticket,
        `"${ticket.action.action}" is no longer possible: the authorisation moved to stage ${this.state.stage}`,
      );
    }
  }

  /** The first queued action among `allowed`, if any, without waiting. */
  takeQueued(allowed: readonly LifecycleActionName[]): Ticket | undefined {
    while (this.queue.length > 0) {
      const ticket = this.queue.shift()!;
      if (allowed.includes(ticket.action.action)) return this.taken(ticket);
      this.refuse(
        ticket,
        `"${ticket.action.action}" is no longer possible: the authorisation moved to stage ${this.state.stage}`,
      );
    }
    return undefined;
  }

  private taken(ticket: Ticket): Ticket {
    adoptCorrelationId(ticket.correlationId);
    return ticket;
  }

  refuse(ticket: Ticket, reason: string): void {
    ticket.refusal = reason;
    ticket.done = true;
  }

  done(ticket: Ticket): void {
    ticket.done = true;
  }

  /** Actions that arrived too late for this run are refused (their callers retry against the next run). */
  refuseLeftovers(): void {
    for (const ticket of this.queue.splice(0))
      this.refuse(ticket, `"${ticket.action.action}" arrived while the run ended; try again`);
  }

  /**
   * Runs the activity that applies a person's action. When it fails for good the action is
   * refused with the reason (nothing changed, the stage stays), operations are alerted, and
   * false comes back; the caller then waits for the next action.
   */
  applies(ticket: Ticket, apply: () => Promise<unknown>): Promise<boolean> {
    return attempt(apply, async (failure) => {
      this.note(
        `"${ticket.action.action}" by ${ticket.action.by} could not be applied (${failure.message}); nothing changed`,
      );
      ticket.failureType = failure.type;
      ticket.failed = true;
      this.refuse(
        ticket,
        `"${ticket.action.action}" could not be applied: ${failure.message}. Nothing changed; correct the data and try again`,
      );
      await this.alert(failure, ticket.action.action, 'action-refused', ticket.action.by);
    });
  }

  /** Runs a step the workflow takes on its own (a reminder, a record following an applied action); when it fails for good it is skipped, noted and alerted. */
  step(name: string, run: () => Promise<unknown>, by?: string): Promise<boolean> {
    return attempt(run, async (failure) => {
      this.note(`${name} skipped: ${failure.message}`);
      await this.alert(failure, name, 'step-skipped', by);
    });
  }
}

export function inCycle(stage: RevalidationStage): boolean {
  return stage === 'self-assessment' || stage === 'risk-assessment' || stage === 'validation' || stage === 'decision';
}

export function isFinal(stage: RevalidationStage): boolean {
  return stage === 'revoked' || stage === 'surrendered';
}
