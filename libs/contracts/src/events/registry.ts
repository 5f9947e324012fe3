import type { EventDefinition } from './define-event';
import { APPLICATION_EVENTS } from './application.events';
import { OPERATOR_EVENTS } from './operator.events';
import { NOTIFICATION_EVENTS } from './notification.events';
import { DECLARATION_EVENTS } from './declaration.events';
import { COMPLIANCE_EVENTS } from './compliance.events';
import { CERTIFICATION_EVENTS } from './certification.events';
import { REVALIDATION_EVENTS } from './revalidation.events';
import { RISK_EVENTS } from './risk.events';
import { RISK_CHANGELOG_EVENTS } from './risk-changelog.events';
import { VALIDATION_EVENTS } from './validation.events';
import { WORKFLOW_EVENTS } from './workflow.events';
import { MRA_ARRANGEMENT_EVENTS } from './mra-arrangement.events';
import { MRA_PARTNER_LIST_EVENTS } from './mra-partner-list.events';
import { MRA_LIST_EXPORT_EVENTS } from './mra-list-export.events';
import { MRA_MATCHING_EVENTS } from './mra-matching.events';
import { PROGRAMME_SCORECARD_EVENTS } from './programme-scorecard.events';
import { PROGRAMME_REPORT_EVENTS } from './programme-report.events';
import { PROGRAMME_DEVIATION_EVENTS } from './programme-deviation.events';
import { PROGRAMME_PILOT_EVENTS } from './programme-pilot.events';
import { PROGRAMME_PILOT_SELECTION_EVENTS } from './programme-pilot-selection.events';
import { PROGRAMME_PILOT_PEOPLE_EVENTS } from './programme-pilot-people.events';
import { PROGRAMME_PILOT_EVALUATION_EVENTS } from './programme-pilot-evaluation.events';

/** Every event type the platform publishes. Consumers validate incoming data against these. */
export const EVENT_DEFINITIONS: readonly EventDefinition[] = [
  ...APPLICATION_EVENTS,
  ...OPERATOR_EVENTS,
  ...CERTIFICATION_EVENTS,
  ...REVALIDATION_EVENTS,
  ...DECLARATION_EVENTS,
  ...COMPLIANCE_EVENTS,
  ...RISK_EVENTS,
  ...RISK_CHANGELOG_EVENTS,
  ...VALIDATION_EVENTS,
  ...NOTIFICATION_EVENTS,
  ...WORKFLOW_EVENTS,
  ...MRA_ARRANGEMENT_EVENTS,
  ...MRA_PARTNER_LIST_EVENTS,
  ...MRA_LIST_EXPORT_EVENTS,
  ...MRA_MATCHING_EVENTS,
  ...PROGRAMME_SCORECARD_EVENTS,
  ...PROGRAMME_REPORT_EVENTS,
  ...PROGRAMME_DEVIATION_EVENTS,
  ...PROGRAMME_PILOT_EVENTS,
  ...PROGRAMME_PILOT_SELECTION_EVENTS,
  ...PROGRAMME_PILOT_PEOPLE_EVENTS,
  ...PROGRAMME_PILOT_EVALUATION_EVENTS,
];

const byType = new Map(EVENT_DEFINITIONS.map((definition) => [definition.type, definition]));
if (byType.size !== EVENT_DEFINITIONS.length) {
  throw new Error('Duplicate event type in EVENT_DEFINITIONS');
}

export function findEventDefinition(type: string): EventDefinition | undefined {
  return byType.get(type);
}
