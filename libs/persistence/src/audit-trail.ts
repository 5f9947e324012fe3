import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from '@aeo/observability';
import { insertAuditEntry } from './audit-trail.queries';
import { recordRequestEffect } from './request-ledger';
import { runSql } from './typed-sql';

/** Who decided what, when, why, with the state before and after. Append-only. */
export interface AuditEntry {
  actor: { sub: string; roles: readonly string[] };
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string;
  /** Defaults to the correlation id of the current context (HTTP request, consumed event, activity). */
  correlationId?: string;
}

export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await recordRequestEffect(manager, entry.entityId);
  await runSql(
    insertAuditEntry,
    {
      actorSub: entry.actor.sub,
      actorRoles: [...entry.actor.roles],
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      reason: entry.reason ?? null,
      correlationId: entry.correlationId ?? currentCorrelationId() ?? null,
    },
    manager,
  );
}
