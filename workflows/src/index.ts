// What services may import: contracts (ids, signals, queries, activity interfaces), task queues
// and search attributes. Never the worker.
export * from './certification/certification.contract';
export * from './risk/risk.contract';
export * from './revalidation/revalidation.contract';
export * from './mra-arrangement/mra-arrangement.contract';
export * from './mra-list-export/mra-list-export.contract';
export * from './programme-deviation/programme-deviation.contract';
export * from './programme-report/programme-report.contract';
export * from './programme-pilot/programme-pilot.contract';
export * from './programme-pilot/programme-pilot-final-report.contract';
export * from './programme-pilot-selection/programme-pilot-shortlist.contract';
export * from './programme-pilot-invitation/programme-pilot-invitation.contract';
export * from './shared/task-queues';
export * from './shared/errors';
export type { WorkflowAlertActivities, WorkflowFailureAlert } from './shared/failures';
export * from './search-attributes';
export { certificationWorkflow } from './certification/certification.workflow';
export { revalidationWorkflow, addMonths } from './revalidation/revalidation.workflow';
export { revalidationWatchdogWorkflow } from './revalidation/watchdog.workflow';
export { mraArrangementWorkflow } from './mra-arrangement/mra-arrangement.workflow';
export { mraListExportWorkflow } from './mra-list-export/mra-list-export.workflow';
export { programmeDeviationWorkflow } from './programme-deviation/programme-deviation.workflow';
export { programmeReportWorkflow } from './programme-report/programme-report.workflow';
export { programmePilotWorkflow } from './programme-pilot/programme-pilot.workflow';
export { programmePilotShortlistWorkflow } from './programme-pilot-selection/programme-pilot-shortlist.workflow';
export { programmePilotInvitationWorkflow } from './programme-pilot-invitation/programme-pilot-invitation.workflow';
