// Entry point of the workflow bundle: every workflow the orchestrating worker runs.
export { certificationWorkflow } from './certification/certification.workflow';
export { revalidationWorkflow } from './revalidation/revalidation.workflow';
export { revalidationWatchdogWorkflow } from './revalidation/watchdog.workflow';
export { mraArrangementWorkflow } from './mra-arrangement/mra-arrangement.workflow';
export { mraListExportWorkflow } from './mra-list-export/mra-list-export.workflow';
export { programmeDeviationWorkflow } from './programme-deviation/programme-deviation.workflow';
export { programmeReportWorkflow } from './programme-report/programme-report.workflow';
export { programmePilotWorkflow } from './programme-pilot/programme-pilot.workflow';
export { programmePilotShortlistWorkflow } from './programme-pilot-selection/programme-pilot-shortlist.workflow';
export { programmePilotInvitationWorkflow } from './programme-pilot-invitation/programme-pilot-invitation.workflow';
