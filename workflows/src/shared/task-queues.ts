/**
 * Task queues: the orchestrating worker polls the workflow queue; each service hosts the
 * activities on the data it owns on its own queue.
 */
export const TASK_QUEUES = {
  certification: 'aeo-certification',
  applications: 'aeo-applications',
  validation: 'aeo-validation',
  riskManagement: 'aeo-risk-management',
  /** The mra service's activities on arrangements (phase records, reminders). */
  mraArrangements: 'aeo-mra-arrangements',
  /** The mra service's activities exporting our AEO list to partners. */
  mraListExports: 'aeo-mra-list-exports',
  /** The programme service's activities on deviation cases (step records with audit and event). */
  programme: 'aeo-programme',
  /** The programme service's activity making the quarterly report (its own queue, as the mra list export's). */
  programmeReports: 'aeo-programme-reports',
} as const;
