// Entry point of the workflow bundle: every workflow the orchestrating worker runs.
//
// Each export loads its workflow's modules on its first call, inside the workflow. With the
// reusable V8 context a module first required by a workflow is evaluated for that workflow and
// kept while it is cached: static re-exports made every cached workflow (a parked revalidation
// among thousands) evaluate all ten workflows and build every contract's schemas, about 1,450
// zod schemas and 2.6 MB a workflow. Now each evaluates its own workflow's modules only (and zod
// is shared, shared/preload.ts). The `require` is synchronous (webpack's, within the bundle), so
// the workflow's first activation is the same as before.
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as Certification from './certification/certification.workflow';
import type * as MraArrangement from './mra-arrangement/mra-arrangement.workflow';
import type * as MraListExport from './mra-list-export/mra-list-export.workflow';
import type * as ProgrammeDeviation from './programme-deviation/programme-deviation.workflow';
import type * as ProgrammePilotInvitation from './programme-pilot-invitation/programme-pilot-invitation.workflow';
import type * as ProgrammePilotShortlist from './programme-pilot-selection/programme-pilot-shortlist.workflow';
import type * as ProgrammePilot from './programme-pilot/programme-pilot.workflow';
import type * as ProgrammeReport from './programme-report/programme-report.workflow';
import type * as Revalidation from './revalidation/revalidation.workflow';
import type * as RevalidationWatchdog from './revalidation/watchdog.workflow';

export const certificationWorkflow: typeof Certification.certificationWorkflow = (...args) =>
  (require('./certification/certification.workflow') as typeof Certification).certificationWorkflow(...args);
export const revalidationWorkflow: typeof Revalidation.revalidationWorkflow = (...args) =>
  (require('./revalidation/revalidation.workflow') as typeof Revalidation).revalidationWorkflow(...args);
export const revalidationWatchdogWorkflow: typeof RevalidationWatchdog.revalidationWatchdogWorkflow = (...args) =>
  (require('./revalidation/watchdog.workflow') as typeof RevalidationWatchdog).revalidationWatchdogWorkflow(...args);
export const mraArrangementWorkflow: typeof MraArrangement.mraArrangementWorkflow = (...args) =>
  (require('./mra-arrangement/mra-arrangement.workflow') as typeof MraArrangement).mraArrangementWorkflow(...args);
export const mraListExportWorkflow: typeof MraListExport.mraListExportWorkflow = (...args) =>
  (require('./mra-list-export/mra-list-export.workflow') as typeof MraListExport).mraListExportWorkflow(...args);
export const programmeDeviationWorkflow: typeof ProgrammeDeviation.programmeDeviationWorkflow = (...args) =>
  (
    require('./programme-deviation/programme-deviation.workflow') as typeof ProgrammeDeviation
  ).programmeDeviationWorkflow(...args);
export const programmeReportWorkflow: typeof ProgrammeReport.programmeReportWorkflow = (...args) =>
  (require('./programme-report/programme-report.workflow') as typeof ProgrammeReport).programmeReportWorkflow(...args);
export const programmePilotWorkflow: typeof ProgrammePilot.programmePilotWorkflow = (...args) =>
  (require('./programme-pilot/programme-pilot.workflow') as typeof ProgrammePilot).programmePilotWorkflow(...args);
export const programmePilotShortlistWorkflow: typeof ProgrammePilotShortlist.programmePilotShortlistWorkflow = (
  ...args
) =>
  (
    require('./programme-pilot-selection/programme-pilot-shortlist.workflow') as typeof ProgrammePilotShortlist
  ).programmePilotShortlistWorkflow(...args);
export const programmePilotInvitationWorkflow: typeof ProgrammePilotInvitation.programmePilotInvitationWorkflow = (
  ...args
) =>
  (
    require('./programme-pilot-invitation/programme-pilot-invitation.workflow') as typeof ProgrammePilotInvitation
  ).programmePilotInvitationWorkflow(...args);
