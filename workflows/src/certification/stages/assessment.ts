import { condition, log, patched } from '@temporalio/workflow';
import { openValidationCase, risk, validation } from '../../shared/activities';
import type { CertificationResult, Withdrawal } from '../certification.contract';
import { CertificationRun, DAY_MS } from '../run';

/**
 * 2. Risk assessment: the risk management service's assessment of the operator; then
 * 3. validation: the validation service opens a case (a site visit unless an AEOC proceeds on
 * low risk) and its report is awaited, with a reminder before and an escalation after its due
 * date. Undefined once the report is in (the decision next); the result when the application
 * was withdrawn meanwhile (its open case closed).
 */
export async function assessment(run: CertificationRun): Promise<CertificationResult | undefined> {
  const { state, limits, input } = run;
  const assessed = await risk.assessOperatorRisk({ applicationId: input.applicationId, taxpayerId: input.taxpayerId });
  state.risk = { score: assessed.score, recommendation: assessed.recommendation, modelVersion: assessed.modelVersion };
  if (run.withdrawal) return run.withdrawn(run.withdrawal);

  const reportDueMs = Date.now() + limits.validationDays * DAY_MS;
  const siteVisitRequired = assessed.recommendation !== 'proceed' || input.statusType !== 'AEOC';
  const { caseId } = await openValidationCase(input, assessed, siteVisitRequired, new Date(reportDueMs).toISOString());
  const opened: NonNullable<typeof state.validation> = {
    caseId,
    reportDue: new Date(reportDueMs).toISOString(),
    siteVisitRequired,
  };
  state.validation = opened;
  run.enter(
    'validation',
    `risk score ${assessed.score} (${assessed.recommendation}); validation case ${caseId} opened, report due ${opened.reportDue}`,
  );
  const reportIn = () => run.report !== undefined || run.withdrawal !== undefined;
  if (!(await condition(reportIn, Math.max(0, reportDueMs - limits.reminderDays * DAY_MS - Date.now())))) {
    const reportDue = opened.reportDue;
    await run.step('validation report reminder', () =>
      validation.remindValidationReport({ caseId, applicationId: input.applicationId, kind: 'reminder', reportDue }),
    );
    if (!(await condition(reportIn, Math.max(0, reportDueMs - Date.now())))) {
      await run.step('validation report escalation', () =>
        validation.remindValidationReport({ caseId, applicationId: input.applicationId, kind: 'overdue', reportDue }),
      );
      await condition(reportIn);
    }
  }
  // Set by the signal handler meanwhile (TypeScript cannot see that).
  const ended = run.withdrawal as Withdrawal | undefined;
  if (ended) {
    // Histories recorded before this change did not close the case.
    if (!run.report && patched('close-validation-case-on-withdrawal')) {
      run.deadline?.close(); // no decision-deadline notices for a withdrawn application meanwhile
      try {
        await validation.closeValidationCase({
          caseId,
          cause: 'application-withdrawn',
          reason: ended.reason,
          closedBy: ended.withdrawnBy,
        });
      } catch (error) {
        // A case that cannot be closed (gone) must not fail the withdrawal itself.
        log.warn('the validation case could not be closed', { caseId, error: String(error) });
      }
    }
    return run.withdrawn(ended);
  }
  opened.report = run.report;
  return undefined;
}
