import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { AuthenticatedUser } from '@aeo/auth';
import { safeText, statusType } from '@aeo/contracts';
import { currentCorrelationId } from '@aeo/observability';
import {
  camelRow,
  recordAudit,
  runSql,
  runSqlChanged,
  runSqlOne,
  type AuditEntry,
  type SqlRunner,
} from '@aeo/persistence';
import {
  CASE_PURPOSES,
  CASE_STATUSES,
  RECOMMENDATIONS,
  type Recommendation,
  type ValidationCase,
} from './validation-case';
import {
  closeValidationCase as closeCase,
  findValidationCase as findCase,
  findValidationCaseIdByKey as findIdByKey,
  insertValidationCase as insertCase,
  listValidationCases as listCases,
  lockValidationCase as lockCase,
  reassignValidationCase as reassignCase,
  recordCaseNotice as recordNotice,
  submitValidationReport as submitReport,
  type IFindValidationCaseResult,
} from './validation-cases.queries';

// The case's text columns, narrowed (the table's CHECK constraints, and the statuses this service writes).
const caseStatus = z.enum(CASE_STATUSES);
const casePurpose = z.enum(CASE_PURPOSES);
const recommendation = z.enum(RECOMMENDATIONS).nullable();
const conditions = z.array(safeText).nullable();

function toValidationCase(row: IFindValidationCaseResult): ValidationCase {
  return {
    ...camelRow(row),
    status: caseStatus.parse(row.status),
    statusType: statusType.nullable().parse(row.status_type),
    recommendation: recommendation.parse(row.recommendation),
    conditions: conditions.parse(row.conditions),
    purpose: casePurpose.parse(row.purpose),
  };
}

export async function findValidationCase(runner: SqlRunner, id: string): Promise<ValidationCase | null> {
  return (await runSqlOne(findCase, { id }, runner, toValidationCase)) ?? null;
}

/** The case, locked for update until the caller's transaction ends (writes on a case are serialised on it). */
export async function lockValidationCase(runner: SqlRunner, id: string): Promise<ValidationCase | null> {
  return (await runSqlOne(lockCase, { id }, runner, toValidationCase)) ?? null;
}

/** Newest first; only the region's when `region` is given. */
export async function listValidationCases(
  runner: SqlRunner,
  filter: { region: string | null; limit: number },
): Promise<ValidationCase[]> {
  return (await runSql(listCases, filter, runner)).map(toValidationCase);
}

/** The case opened under a key (one per application for certification, one per authorisation and cycle for revalidation). */
export async function findValidationCaseIdByKey(runner: SqlRunner, caseKey: string): Promise<string | null> {
  return (await runSqlOne(findIdByKey, { caseKey }, runner))?.id ?? null;
}

export interface NewValidationCase {
  id: string;
  applicationId: string;
  operatorId: string;
  region: string;
  taxpayerId: string;
  statusType: string;
  riskScore: number;
  riskRecommendation: string;
  siteVisitRequired: boolean;
  reportDue: string;
  programmeVersion: number;
  assignedValidator: string | null;
  purpose: ValidationCase['purpose'];
  workflowId: string;
  authorisationNumber: string | null;
  cycle: number | null;
  caseKey: string;
}

/** Opens a case; false when a case with its key exists already (a concurrent opening won). */
export async function insertValidationCase(runner: SqlRunner, opened: NewValidationCase): Promise<boolean> {
  return runSqlChanged(insertCase, { ...opened, riskScore: String(opened.riskScore) }, runner);
}

export interface ValidationReport {
  recommendation: Recommendation;
  conditions: string[];
  summary: string;
  submittedBy: string;
  submittedAt: Date;
}

/** Records the report: the case is reported. */
export async function submitValidationReport(runner: SqlRunner, id: string, report: ValidationReport): Promise<void> {
  await runSql(submitReport, { id, ...report, conditions: JSON.stringify(report.conditions) }, runner);
}

/** Hands the case to another validator. */
export async function reassignValidationCase(runner: SqlRunner, id: string, validator: string): Promise<void> {
  await runSql(reassignCase, { id, validator }, runner);
}

export async function closeValidationCase(
  runner: SqlRunner,
  id: string,
  closing: { closedAt: Date; closedReason: string; closedBy: string },
): Promise<void> {
  await runSql(closeCase, { id, ...closing }, runner);
}

/** Notes that a reminder or an overdue notice of the case was sent; false when it was sent before. */
export async function recordCaseNotice(
  runner: SqlRunner,
  caseId: string,
  kind: 'reminder' | 'overdue',
): Promise<boolean> {
  return runSqlChanged(recordNotice, { caseId, kind }, runner);
}

/** The audit entry of the user's step on a validation case, in the request's correlation. */
export function auditCase(
  manager: EntityManager,
  user: AuthenticatedUser,
  caseId: string,
  entry: Pick<AuditEntry, 'action' | 'before' | 'after' | 'reason'>,
): Promise<void> {
  return recordAudit(manager, {
    actor: user,
    ...entry,
    entityType: 'validation-case',
    entityId: caseId,
    correlationId: currentCorrelationId(),
  });
}
