import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Context } from '@temporalio/activity';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuthorisationReinstated,
  AuthorisationRevocationIntended,
  AuthorisationRevoked,
  AuthorisationSurrendered,
  AuthorisationSuspended,
  AuthorisationSuspensionProgress,
  RevalidationCompleted,
  RevalidationDue,
  RevalidationStarted,
} from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { type AuditEntry, recordAudit } from '@aeo/persistence';
import { boundActivities } from '@aeo/temporal';
import { RegisterActivities, illegalTransition, notFound } from '@aeo/workflows';
import { authorisationChangeEvent, authorisationEvent } from './authorisation-events';
import {
  type LifecycleAuthorisation,
  completeAuthorisationRevalidation,
  insertHistoryEntry,
  lockAuthorisation,
  markAuthorisationEnded,
  markAuthorisationReinstated,
  markAuthorisationSuspended,
  noteActivityOnce,
  setAuthorisationRevalidationCycle,
} from './lifecycle.repository';

type Activity<K extends keyof RegisterActivities> = Parameters<RegisterActivities[K]>[0];

const SYSTEM = { sub: 'system:revalidation-workflow', roles: ['system'] };
const executive = (sub: string) => ({ sub, roles: ['executive'] });
const holder = (sub: string) => ({ sub, roles: ['operator-user'] });

/**
 * The revalidation workflow's activities on the AEO register (`aeo-applications` task queue).
 * Each changes the register, its history, the audit trail and the outbox in one transaction, and
 * each is idempotent: the first attempt stores a key (the activity's identity in its workflow
 * run, or the reminder's due date) and a retry that finds it changes nothing.
 */
@Injectable()
export class LifecycleActivities implements RegisterActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  asActivities(): RegisterActivities {
    return boundActivities(this, [
      'recordRevalidationDue',
      'startRevalidation',
      'noteRevalidation',
      'completeRevalidation',
      'recordSuspension',
      'recordSuspensionProgress',
      'recordReinstatement',
      'openRevocationHearing',
      'noteRevocation',
      'recordRevocation',
      'recordSurrender',
    ]);
  }

  async recordRevalidationDue(input: Activity<'recordRevalidationDue'>): Promise<void> {
    // Keyed by due date and distance, so a restarted workflow does not remind twice.
    await this.once(
      input.authorisationNumber,
      `due:${input.authorisationNumber}:${input.revalidationDue}:${input.daysAhead}`,
      async (manager, row) => {
        await this.history(manager, row, 'revalidation-due', SYSTEM.sub, {
          revalidationDue: input.revalidationDue,
          daysAhead: input.daysAhead,
        });
        await this.outbox.append(
          manager,
          RevalidationDue,
          authorisationEvent(row, { revalidationDue: input.revalidationDue, daysAhead: input.daysAhead }),
        );
      },
    );
  }

  async startRevalidation(input: Activity<'startRevalidation'>): Promise<void> {
    await this.once(input.authorisationNumber, activityKey(), async (manager, row) => {
      this.assertInForce(row, 'start a revalidation');
      const startedAt = new Date().toISOString();
      await setAuthorisationRevalidationCycle(manager, row.authorisationNumber, input.cycle);
      await this.history(manager, row, 'revalidation-started', input.trigger.requestedBy, {
        cycle: input.cycle,
        trigger: input.trigger,
        selfAssessmentDue: input.selfAssessmentDue,
      });
      await this.outbox.append(
        manager,
        RevalidationStarted,
        authorisationEvent(row, {
          cycle: input.cycle,
          trigger: {
            source: input.trigger.source,
            reason: input.trigger.reason,
            requestedBy: input.trigger.requestedBy,
            triggerId: input.trigger.triggerId,
          },
          selfAssessmentDue: input.selfAssessmentDue,
          startedAt,
        }),
      );
      await auditAuthorisation(manager, row, {
        actor: SYSTEM,
        action: 'authorisation.revalidation-started',
        after: { cycle: input.cycle, trigger: input.trigger.source, selfAssessmentDue: input.selfAssessmentDue },
        reason: input.trigger.reason,
      });
    });
  }

  async noteRevalidation(input: Activity<'noteRevalidation'>): Promise<void> {
    await this.once(input.authorisationNumber, activityKey(), async (manager, row) => {
      await this.history(manager, row, input.note, input.by, { cycle: input.cycle, ...(input.details ?? {}) });
    });
  }

  async completeRevalidation(input: Activity<'completeRevalidation'>): Promise<void> {
    await this.once(input.authorisationNumber, activityKey(), async (manager, row) => {
      this.assertInForce(row, 'complete a revalidation');
      const completedAt = new Date().toISOString();
      await completeAuthorisationRevalidation(manager, row.authorisationNumber, {
        revalidationDue: input.nextRevalidationDue,
        conditions: input.conditions,
        cycle: input.cycle + 1,
      });
      await this.history(manager, row, 'revalidation-completed', input.decidedBy, {
        cycle: input.cycle,
        outcome: input.outcome,
        reasons: input.reasons,
        conditions: input.conditions,
        nextRevalidationDue: input.nextRevalidationDue,
      });
      await this.outbox.append(
        manager,
        RevalidationCompleted,
        authorisationEvent(row, {
          cycle: input.cycle,
          outcome: input.outcome,
          decidedBy: input.decidedBy,
          reasons: input.reasons,
          conditions: input.conditions,
          nextRevalidationDue: input.nextRevalidationDue,
          completedAt,
        }),
      );
      await auditAuthorisation(manager, row, {
        actor: executive(input.decidedBy),
        action: `authorisation.revalidation-${input.outcome}`,
        before: { revalidationDue: row.revalidationDue, conditions: row.conditions },
        after: { revalidationDue: input.nextRevalidationDue, conditions: input.conditions },
        reason: input.reasons.join('; '),
      });
    });
  }

  async recordSuspension(input: Activity<'recordSuspension'>): Promise<void> {
    await this.once(input.authorisationNumber, activityKey(), async (manager, row) => {
      this.assertStatus(row, 'granted', 'suspended');
      const effectiveFrom = new Date().toISOString();
      await markAuthorisationSuspended(manager, row.authorisationNumber, input.scope);
      await this.history(manager, { ...row, status: 'suspended' }, 'suspended', input.decidedBy, {
        scope: input.scope,
        grounds: input.grounds,
        requestedByHolder: input.requestedByHolder,
        remediationPlanDue: input.planDue,
      });
      await this.outbox.append(
        manager,
        AuthorisationSuspended,
        authorisationChangeEvent(row, {
          scope: input.scope,
          effectiveFrom,
          grounds: input.grounds.join('; ').slice(0, 2000),
          requestedByHolder: input.requestedByHolder,
          remediationPlanDue: input.planDue,
        }),
      );
      await auditAuthorisation(manager, row, {
        actor: input.requestedByHolder ? holder(input.decidedBy) : executive(input.decidedBy),
        action: input.requestedByHolder ? 'authorisation.suspended-at-holder-request' : 'authorisation.suspended',
        before: { status: row.status },
        after: { status: 'suspended', scope: input.scope },
        reason: input.grounds.join('; '),
      });
    });
  }

  async recordSuspensionProgress(input: Activity<'recordSuspensionProgress'>): Promise<void> {
    await this.once(input.authorisationNumber, activityKey(), async (manager, row) => {
      await this.history(manager, row, input.kind, input.by, {
        dueAt: input.dueAt,
        ...(input.measures ? { measures: input.measures } : {}),
      });
      await this.outbox.append(
        manager,
        AuthorisationSuspensionProgress,
        authorisationEvent(row, {
          kind: input.kind,
          dueAt: input.dueAt,
          by: input.by,
          ...(input.measures ? { measures: input.measures } : {}),
        }),
      );
      if (input.kind === 'remediation-plan-submitted') {
        await auditAuthorisation(manager, row, {
          actor: holder(input.by),
          action: 'authorisation.remediation-plan',
          after: { measures: input.measures, remediationDue: input.dueAt },
        });
      }
    });
  }

  async recordReinstatement(input: Activity<'recordReinstatement'>): Promise<void> {
    await this.once(input.authorisationNumber, activityKey(), async (manager, row) => {
      this.assertStatus(row, 'suspended', 'reinstated');
      const effectiveFrom = new Date().toISOString();
      await markAuthorisationReinstated(manager, row.authorisationNumber, input.nextRevalidationDue);
      await this.history(manager, { ...row, status: 'granted' }, 'reinstated', input.decidedBy, {
        reasons: input.reasons,
        nextRevalidationDue: input.nextRevalidationDue,
      });
      await this.outbox.append(manager, AuthorisationReinstated, authorisationChangeEvent(row, { effectiveFrom }));
      await auditAuthorisation(manager, row, {
        actor: executive(input.decidedBy),
        action: 'authorisation.reinstated',
        before: { status: row.status, scope: row.suspendedScope },
        after: { status: 'granted' },
        reason: input.reasons.join('; '),
      });
    });
  }

  async openRevocationHearing(input: Activity<'openRevocationHearing'>): Promise<void> {
    await this.once(input.authorisationNumber, activityKey(), async (manager, row) => {
      this.assertInForce(row, 'intend a revocation');
      await this.history(manager, row, 'revocation-intended', input.decidedBy, {
        grounds: input.grounds,
        respondBy: input.respondBy,
      });
      await this.outbox.append(
        manager,
        AuthorisationRevocationIntended,
        authorisationEvent(row, { grounds: input.grounds, decidedBy: input.decidedBy, respondBy: input.respondBy }),
      );
      await auditAuthorisation(manager, row, {
        actor: executive(input.decidedBy),
        action: 'authorisation.revocation-intended',
        after: { respondBy: input.respondBy },
        reason: input.grounds.join('; '),
      });
    });
  }

  async noteRevocation(input: Activity<'noteRevocation'>): Promise<void> {
    await this.once(input.authorisationNumber, activityKey(), async (manager, row) => {
      const change = input.kind === 'dropped' ? 'revocation-dropped' : 'revocation-hearing-response';
      await this.history(manager, row, change, input.by, { text: input.text });
      await auditAuthorisation(manager, row, {
        actor: input.kind === 'dropped' ? executive(input.by) : holder(input.by),
        action: `authorisation.${change}`,
        reason: input.text.slice(0, 2000),
      });
    });
  }

  async recordRevocation(input: Activity<'recordRevocation'>): Promise<void> {
    await this.once(input.authorisationNumber, activityKey(), async (manager, row) => {
      this.assertInForce(row, 'revoke');
      await this.recordEnd(manager, row, {
        status: 'revoked',
        effectiveFrom: input.effectiveFrom,
        by: input.decidedBy,
        actor: executive(input.decidedBy),
        details: { grounds: input.grounds },
        reason: input.grounds.join('; '),
      });
      await this.outbox.append(
        manager,
        AuthorisationRevoked,
        authorisationChangeEvent(row, {
          effectiveFrom: input.effectiveFrom,
          reason: 'revoked',
          grounds: input.grounds.join('; ').slice(0, 2000),
        }),
      );
    });
  }

  async recordSurrender(input: Activity<'recordSurrender'>): Promise<void> {
    await this.once(input.authorisationNumber, activityKey(), async (manager, row) => {
      this.assertInForce(row, 'surrender');
      await this.recordEnd(manager, row, {
        status: 'surrendered',
        effectiveFrom: input.effectiveFrom,
        by: input.requestedBy,
        actor: holder(input.requestedBy),
        details: { reason: input.reason },
        reason: input.reason,
      });
      await this.outbox.append(
        manager,
        AuthorisationSurrendered,
        authorisationChangeEvent(row, {
          effectiveFrom: input.effectiveFrom,
          requestedBy: input.requestedBy,
          reason: input.reason,
        }),
      );
    });
  }

  /** The end of an authorisation in force (revoked or surrendered from `effectiveFrom`): the register, its history and the audit trail. */
  private async recordEnd(
    manager: EntityManager,
    row: LifecycleAuthorisation,
    end: {
      status: 'revoked' | 'surrendered';
      effectiveFrom: string;
      by: string;
      actor: AuditEntry['actor'];
      details: Record<string, unknown>;
      reason: string;
    },
  ): Promise<void> {
    await markAuthorisationEnded(manager, row.authorisationNumber, end.status, end.effectiveFrom);
    // The 'revoked' history entry starts the bar on new applications.
    await this.history(manager, { ...row, status: end.status }, end.status, end.by, {
      ...end.details,
      effectiveFrom: end.effectiveFrom,
    });
    await auditAuthorisation(manager, row, {
      actor: end.actor,
      action: `authorisation.${end.status}`,
      before: { status: row.status },
      after: { status: end.status, effectiveFrom: end.effectiveFrom },
      reason: end.reason,
    });
  }

  /** Runs `apply` in one transaction, unless a record with this key shows it ran already. */
  private async once(
    authorisationNumber: string,
    key: string,
    apply: (manager: EntityManager, row: LifecycleAuthorisation) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await lockAuthorisation(manager, authorisationNumber);
      if (!row) throw notFound(`Authorisation ${authorisationNumber} not found`);
      if (!(await noteActivityOnce(manager, authorisationNumber, key))) return;
      await apply(manager, row);
    });
  }

  private async history(
    manager: EntityManager,
    row: LifecycleAuthorisation,
    change: string,
    by: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await insertHistoryEntry(manager, {
      authorisationNumber: row.authorisationNumber,
      change,
      status: row.status,
      changedBy: by,
      details,
    });
  }

  private assertStatus(row: LifecycleAuthorisation, status: 'granted' | 'suspended', done: string): void {
    if (row.status !== status)
      throw illegalTransition(
        `Authorisation ${row.authorisationNumber} is ${row.status}; only a ${status} authorisation can be ${done}`,
      );
  }

  private assertInForce(row: LifecycleAuthorisation, what: string): void {
    if (row.status !== 'granted' && row.status !== 'suspended')
      throw illegalTransition(`Authorisation ${row.authorisationNumber} is ${row.status}; cannot ${what}`);
  }
}

/** The activity's identity in its workflow run (stable across retries); outside Temporal (tests), a fresh key. */
function activityKey(): string {
  try {
    const info = Context.current().info;
    if (!info.workflowExecution) return `activity/${info.activityId}/${randomUUID()}`;
    return `${info.workflowExecution.workflowId}/${info.workflowExecution.runId}/${info.activityId}`;
  } catch {
    return `direct/${randomUUID()}`;
  }
}

/** An audit entry about the authorisation of `row`. */
function auditAuthorisation(
  manager: EntityManager,
  row: LifecycleAuthorisation,
  entry: Omit<AuditEntry, 'entityType' | 'entityId'>,
): Promise<void> {
  return recordAudit(manager, { ...entry, entityType: 'authorisation', entityId: row.authorisationNumber });
}
