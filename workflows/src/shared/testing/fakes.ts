// Test doubles of the services' activities for the workflow specs (never part of the workflow bundle).
import type {
  ApplicationsActivities,
  CertificationInput,
  ValidationActivities,
} from '../../certification/certification.contract';
import type { RegisterActivities } from '../../revalidation/revalidation.contract';
import type { RiskManagementActivities, RiskRecommendation } from '../../risk/risk.contract';
import { ApplicationFailure } from '@temporalio/common';
import { FAILURE_TYPES } from '../errors';
import type { WorkflowAlertActivities } from '../failures';
import { TASK_QUEUES } from '../task-queues';

export interface RecordedCall {
  name: string;
  args: Record<string, unknown>;
  /** When the activity ran, by the fakes' clock. */
  at: number;
}

export interface FakeOptions {
  /** The id of every validation case opened. */
  caseId: string;
  riskScore: number;
  recommendation?: RiskRecommendation;
  /** Stamps each call: the test server's clock where the test skips time (Date.now by default). */
  clock?: () => number | Promise<number>;
}

/** The argument that tells apart the calls of an activity in `names()` (`remindValidationReport:overdue`). */
const DETAIL: Record<string, string> = {
  recordDecisionDeadline: 'kind',
  remindValidationReport: 'kind',
  recordRevalidationDue: 'daysAhead',
  noteRevalidation: 'note',
  recordSuspensionProgress: 'kind',
  noteRevocation: 'kind',
  completeRevalidation: 'outcome',
};

export const FAKE_AUTHORISATION_NUMBER = 'MN-AEOF-2026-0001';

/**
 * Fakes of the services' activities that record every call, in order (the services' own tests
 * cover the real ones). Replace one (`fake.register.recordReinstatement = ...`) before the
 * workers start to make it fail.
 */
export function recordingFakes({ caseId, riskScore, recommendation = 'proceed', clock = Date.now }: FakeOptions) {
  const calls: RecordedCall[] = [];
  const record = (name: string) => async (args: unknown) =>
    void calls.push({ name, args: args as Record<string, unknown>, at: await clock() });
  const alerts: WorkflowAlertActivities = { alertWorkflowFailure: record('alertWorkflowFailure') };
  const applications: ApplicationsActivities & WorkflowAlertActivities = {
    recordAcceptance: record('recordAcceptance'),
    recordRejection: record('recordRejection'),
    recordDecisionDeadline: record('recordDecisionDeadline'),
    openHearing: record('openHearing'),
    issueAuthorisation: async (args) => {
      await record('issueAuthorisation')(args);
      return { authorisationNumber: FAKE_AUTHORISATION_NUMBER };
    },
    recordRefusal: record('recordRefusal'),
    ...alerts,
  };
  const register: RegisterActivities & WorkflowAlertActivities = {
    recordRevalidationDue: record('recordRevalidationDue'),
    startRevalidation: record('startRevalidation'),
    noteRevalidation: record('noteRevalidation'),
    completeRevalidation: record('completeRevalidation'),
    recordSuspension: record('recordSuspension'),
    recordSuspensionProgress: record('recordSuspensionProgress'),
    recordReinstatement: record('recordReinstatement'),
    openRevocationHearing: record('openRevocationHearing'),
    noteRevocation: record('noteRevocation'),
    recordRevocation: record('recordRevocation'),
    recordSurrender: record('recordSurrender'),
    ...alerts,
  };
  const validation: ValidationActivities = {
    openValidationCase: async (args) => {
      await record('openValidationCase')(args);
      return { caseId };
    },
    remindValidationReport: record('remindValidationReport'),
    closeValidationCase: async (args) => {
      await record('closeValidationCase')(args);
      return { closed: true };
    },
  };
  const risk: RiskManagementActivities = {
    assessOperatorRisk: async (args) => {
      await record('assessOperatorRisk')(args);
      return {
        taxpayerId: args.taxpayerId,
        score: riskScore,
        modelVersion: 'risk-model.v1',
        factors: [],
        recommendation,
        assessedAt: new Date().toISOString(),
      };
    },
  };
  return {
    calls,
    applications,
    register,
    validation,
    risk,
    /** The calls' names in order, with the argument that tells them apart: `recordRevalidationDue:90`. */
    names: () => calls.map((c) => (DETAIL[c.name] ? `${c.name}:${String(c.args[DETAIL[c.name]])}` : c.name)),
    of: (name: string) => calls.filter((c) => c.name === name),
  };
}
export type RecordingFakes = ReturnType<typeof recordingFakes>;

/** The fakes on the services' task queues, as they are when the workers start (replacements included). */
export const activitiesByQueue = (
  fake: Pick<RecordingFakes, 'applications' | 'register' | 'validation' | 'risk'>,
): Record<string, object> => ({
  [TASK_QUEUES.applications]: { ...fake.applications, ...fake.register },
  [TASK_QUEUES.validation]: fake.validation,
  [TASK_QUEUES.riskManagement]: fake.risk,
});

/** The operator the specs' applications and authorisations belong to. */
export const TEST_OPERATOR = {
  operatorId: '5b0a9c3e-6c55-4b8e-9d7e-2f1f6c1b2a33',
  taxpayerId: '1234567',
  region: 'ULAANBAATAR',
} as const;

/**
 * The test operator's application submitted at `submittedAtMs`: the test server's clock, which runs
 * ahead of the wall clock once a test skipped time.
 */
export const certificationInput = (
  applicationId: string,
  submittedAtMs: number,
  statusType: CertificationInput['statusType'] = 'AEOF',
): CertificationInput => ({
  applicationId,
  ...TEST_OPERATOR,
  statusType,
  submittedAt: new Date(submittedAtMs).toISOString(),
  timeLimits: { acceptanceDays: 30, decisionDays: 120 },
});

/** Data that slipped past every schema but that the database refuses (a marker here; a NUL in the real service tests). */
export const POISON = '<data the database refuses>';

/** What the services' activity worker makes of data PostgreSQL cannot store (`@aeo/temporal`'s interceptor). */
export const dataFailure = (
  activity: string,
  postgresError = '22021: invalid byte sequence for encoding "UTF8": 0x00',
): ApplicationFailure =>
  ApplicationFailure.create({
    type: FAILURE_TYPES.invalidData,
    nonRetryable: true,
    message: `${activity}: invalid data (PostgreSQL ${postgresError})`,
  });

/** The fake of activity `name` as the real one meets arguments carrying POISON: it fails for good (`dataFailure`); other arguments go to `fake`. */
export function refusingPoison<A, R>(
  name: string,
  fake: (args: A) => Promise<R>,
  postgresError?: string,
): (args: A) => Promise<R> {
  return async (args) => {
    if (JSON.stringify(args).includes(POISON)) throw dataFailure(name, postgresError);
    return fake(args);
  };
}
