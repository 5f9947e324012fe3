/**
 * What every template rendered before the move to message catalogues (the closures of
 * templates.ts at commit 78ca03c), for the cases of renderingCases: the subject and the body.
 * A case missing here renders as its `sameAs` case. Checked by rendered-messages.spec.ts.
 */

/** The event types routed to each template when this was recorded. */
export const ROUTED: readonly (readonly [eventType: string, template: string])[] = [
  ['aeo.application.submitted.v1', 'application-submitted.v1'],
  ['aeo.application.submitted.v1', 'staff-application-submitted.v1'],
  ['aeo.application.accepted.v1', 'application-accepted.v1'],
  ['aeo.application.rejected.v1', 'application-rejected.v1'],
  ['aeo.application.information-requested.v1', 'information-requested.v1'],
  ['aeo.application.information-received.v1', 'staff-information-received.v1'],
  ['aeo.application.withdrawn.v1', 'application-withdrawn.v1'],
  ['aeo.application.withdrawn.v1', 'staff-application-withdrawn.v1'],
  ['aeo.application.decision-due.v1', 'staff-decision-due.v1'],
  ['aeo.application.decision-overdue.v1', 'staff-decision-overdue.v1'],
  ['aeo.application.decision-extended.v1', 'decision-extended.v1'],
  ['aeo.application.hearing-opened.v1', 'hearing-opened.v1'],
  ['aeo.application.hearing-responded.v1', 'staff-hearing-responded.v1'],
  ['aeo.validation.opened.v1', 'validation-opened.v1'],
  ['aeo.validation.opened.v1', 'staff-validation-assigned.v1'],
  ['aeo.validation.visit-scheduled.v1', 'visit-scheduled.v1'],
  ['aeo.validation.visit-scheduled.v1', 'staff-visit-scheduled.v1'],
  ['aeo.validation.report-reminder.v1', 'staff-report-reminder.v1'],
  ['aeo.validation.report-reminder.v1', 'staff-report-overdue.v1'],
  ['aeo.validation.report-submitted.v1', 'staff-report-submitted.v1'],
  ['aeo.validation.closed.v1', 'validation-closed.v1'],
  ['aeo.validation.closed.v1', 'staff-validation-closed.v1'],
  ['aeo.validation.corrective-action-requested.v1', 'corrective-action-requested.v1'],
  ['aeo.validation.corrective-action-requested.v1', 'staff-corrective-action-requested.v1'],
  ['aeo.validation.corrective-action-answered.v1', 'staff-corrective-action-answered.v1'],
  ['aeo.authorisation.granted.v1', 'authorisation-granted.v1'],
  ['aeo.authorisation.granted.v1', 'staff-authorisation-granted.v1'],
  ['aeo.authorisation.refused.v1', 'authorisation-refused.v1'],
  ['aeo.revalidation.due.v1', 'revalidation-due.v1'],
  ['aeo.revalidation.due.v1', 'staff-revalidation-due.v1'],
  ['aeo.revalidation.started.v1', 'revalidation-started.v1'],
  ['aeo.revalidation.started.v1', 'staff-revalidation-started.v1'],
  ['aeo.revalidation.completed.v1', 'revalidation-completed.v1'],
  ['aeo.revalidation.requested.v1', 'staff-revalidation-requested.v1'],
  ['aeo.authorisation.change-reported.v1', 'staff-change-reported.v1'],
  ['aeo.authorisation.suspended.v1', 'authorisation-suspended.v1'],
  ['aeo.authorisation.suspended.v1', 'staff-authorisation-suspended.v1'],
  ['aeo.authorisation.suspension-progress.v1', 'suspension-progress.v1'],
  ['aeo.authorisation.suspension-progress.v1', 'staff-suspension-progress.v1'],
  ['aeo.authorisation.reinstated.v1', 'authorisation-reinstated.v1'],
  ['aeo.authorisation.reinstated.v1', 'staff-authorisation-reinstated.v1'],
  ['aeo.authorisation.revocation-intended.v1', 'authorisation-revocation-intended.v1'],
  ['aeo.authorisation.revoked.v1', 'authorisation-revoked.v1'],
  ['aeo.authorisation.revoked.v1', 'staff-authorisation-revoked.v1'],
  ['aeo.authorisation.surrendered.v1', 'authorisation-surrendered.v1'],
  ['aeo.authorisation.surrendered.v1', 'staff-authorisation-surrendered.v1'],
  ['aeo.revalidation.watchdog-alert.v1', 'staff-watchdog-alert.v1'],
  ['aeo.workflow.action-failed.v1', 'staff-workflow-step-failed.v1'],
  ['aeo.risk-alert.raised.v1', 'staff-risk-alert.v1'],
  ['aeo.mra-arrangement.phase-changed.v1', 'staff-mra-phase-changed.v1'],
  ['aeo.mra-arrangement.review-due.v1', 'staff-mra-review-due.v1'],
  ['aeo.mra-list.exported.v1', 'staff-mra-list-exported.v1'],
  ['aeo.mra-partner-list.imported.v1', 'staff-mra-list-imported.v1'],
  ['aeo.mra-foreign-id.review-needed.v1', 'staff-mra-foreign-id-review.v1'],
  ['aeo.programme-deviation.opened.v1', 'staff-deviation-opened.v1'],
  ['aeo.programme-deviation.analysed.v1', 'staff-deviation-analysed.v1'],
  ['aeo.programme-deviation.planned.v1', 'staff-deviation-planned.v1'],
  ['aeo.programme-deviation.escalated.v1', 'staff-deviation-escalated.v1'],
  ['aeo.programme-deviation.closed.v1', 'staff-deviation-closed.v1'],
  ['aeo.programme-threshold.changed.v1', 'staff-threshold-changed.v1'],
  ['aeo.programme-deviation.dismissed.v1', 'staff-deviation-dismissed.v1'],
  ['aeo.programme-threshold.withdrawn.v1', 'staff-threshold-withdrawn.v1'],
];

export const EXPECTED: Readonly<Record<string, readonly [subject: string, body: string]>> = {
  'application-submitted.v1 aeo.application.submitted.v1#0 en': [
    'AEO application received (AEOF)',
    'Your application for AEOF status was received. Customs will check it for completeness by 28 December 2026 (Ulaanbaatar time); if you hear nothing by then, it counts as accepted.',
  ],
  'staff-application-submitted.v1 aeo.application.submitted.v1#0 en': [
    'New AEO application (AEOF): Gobi Trade LLC',
    'Gobi Trade LLC (taxpayer ID 5123456) applied for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Please check the application for completeness by 28 December 2026 (Ulaanbaatar time); without an answer by then it is deemed accepted.',
  ],
  'staff-application-submitted.v1 aeo.application.submitted.v1#0 long-name en': [
    'New AEO application (AEOF): Mongolian International Freight…',
    'Mongolian International Freight Forwarding and Customs Brokerage Company LLC (taxpayer ID 5123456) applied for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Please check the application for completeness by 28 December 2026 (Ulaanbaatar time); without an answer by then it is deemed accepted.',
  ],
  'application-accepted.v1 aeo.application.accepted.v1#0 en': [
    'AEO application accepted',
    'Customs accepted your application as complete. A decision is due by 9 April 2027 (Ulaanbaatar time).',
  ],
  'application-rejected.v1 aeo.application.rejected.v1#0 en': [
    'AEO application not accepted',
    'Customs did not accept your application. Grounds: The financial statements for the last three years are missing.',
  ],
  'information-requested.v1 aeo.application.information-requested.v1#0 en': [
    'AEO application: information requested',
    'Customs needs more information to accept your application for AEOF status: Please provide the lease contract of the Zamyn-Uud warehouse. Please reply by 21 December 2026 (Ulaanbaatar time); the acceptance period is paused until your reply.',
  ],
  'staff-information-received.v1 aeo.application.information-received.v1#0 en': [
    'AEO application: information received (Gobi Trade LLC)',
    'Gobi Trade LLC (taxpayer ID 5123456) answered the request for information on its application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 18 December 2026 (Ulaanbaatar time). The acceptance period runs again; please review the answer.',
  ],
  'staff-information-received.v1 aeo.application.information-received.v1#0 as-sent en': [
    'AEO application: information received (taxpayer 5123456)',
    'The operator with taxpayer ID 5123456 answered the request for information on its application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 18 December 2026 (Ulaanbaatar time). The acceptance period runs again; please review the answer.',
  ],
  'staff-information-received.v1 aeo.application.information-received.v1#0 long-name en': [
    'AEO application: information received (Mongolian International Freight…)',
    'Mongolian International Freight Forwarding and Customs Brokerage Company LLC (taxpayer ID 5123456) answered the request for information on its application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 18 December 2026 (Ulaanbaatar time). The acceptance period runs again; please review the answer.',
  ],
  'application-withdrawn.v1 aeo.application.withdrawn.v1#0 en': [
    'AEO application withdrawn',
    'Your application for AEOF status was withdrawn on 15 December 2026 (Ulaanbaatar time), and customs has closed it. Reason: We are restructuring the company and will apply again next year.',
  ],
  'staff-application-withdrawn.v1 aeo.application.withdrawn.v1#0 en': [
    'AEO application withdrawn (Gobi Trade LLC)',
    'Gobi Trade LLC (taxpayer ID 5123456) withdrew its application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 15 December 2026 (Ulaanbaatar time). Reason: We are restructuring the company and will apply again next year. No further action on the application is needed.',
  ],
  'staff-application-withdrawn.v1 aeo.application.withdrawn.v1#0 as-sent en': [
    'AEO application withdrawn (taxpayer 5123456)',
    'The operator with taxpayer ID 5123456 withdrew its application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 15 December 2026 (Ulaanbaatar time). Reason: We are restructuring the company and will apply again next year. No further action on the application is needed.',
  ],
  'staff-application-withdrawn.v1 aeo.application.withdrawn.v1#0 long-name en': [
    'AEO application withdrawn (Mongolian International Freight…)',
    'Mongolian International Freight Forwarding and Customs Brokerage Company LLC (taxpayer ID 5123456) withdrew its application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 15 December 2026 (Ulaanbaatar time). Reason: We are restructuring the company and will apply again next year. No further action on the application is needed.',
  ],
  'staff-decision-due.v1 aeo.application.decision-due.v1#0 en': [
    'AEO decision due soon (Gobi Trade LLC)',
    'The decision on the application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; applicant: Gobi Trade LLC, taxpayer ID 5123456) is due by 9 April 2027 (Ulaanbaatar time). Please decide in time, or extend the period with reasons.',
  ],
  'staff-decision-due.v1 aeo.application.decision-due.v1#0 as-sent en': [
    'AEO decision due soon (taxpayer 5123456)',
    'The decision on the application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; applicant: taxpayer ID 5123456) is due by 9 April 2027 (Ulaanbaatar time). Please decide in time, or extend the period with reasons.',
  ],
  'staff-decision-due.v1 aeo.application.decision-due.v1#0 long-name en': [
    'AEO decision due soon (Mongolian International Freight…)',
    'The decision on the application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; applicant: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) is due by 9 April 2027 (Ulaanbaatar time). Please decide in time, or extend the period with reasons.',
  ],
  'staff-decision-overdue.v1 aeo.application.decision-overdue.v1#0 en': [
    'AEO decision overdue (Gobi Trade LLC)',
    'The decision on the application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; applicant: Gobi Trade LLC, taxpayer ID 5123456) was due by 9 April 2027 (Ulaanbaatar time) and has not been taken. Please decide without delay.',
  ],
  'staff-decision-overdue.v1 aeo.application.decision-overdue.v1#0 as-sent en': [
    'AEO decision overdue (taxpayer 5123456)',
    'The decision on the application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; applicant: taxpayer ID 5123456) was due by 9 April 2027 (Ulaanbaatar time) and has not been taken. Please decide without delay.',
  ],
  'staff-decision-overdue.v1 aeo.application.decision-overdue.v1#0 long-name en': [
    'AEO decision overdue (Mongolian International Freight…)',
    'The decision on the application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; applicant: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) was due by 9 April 2027 (Ulaanbaatar time) and has not been taken. Please decide without delay.',
  ],
  'decision-extended.v1 aeo.application.decision-extended.v1#0 en': [
    'AEO application: decision period extended',
    'Customs extended the period for deciding on your application for AEOF status until 8 June 2027 (Ulaanbaatar time). Reasons: the site visit at Zamyn-Uud needs a second day; a partner agency has not yet answered.',
  ],
  'hearing-opened.v1 aeo.application.hearing-opened.v1#0 en': [
    'AEO application: intended refusal',
    'Customs intends to refuse your application for AEOF status. Grounds: serious customs infringement in 2025; no security plan for the warehouse. You may comment until 31 March 2027 (Ulaanbaatar time).',
  ],
  'staff-hearing-responded.v1 aeo.application.hearing-responded.v1#0 en': [
    'AEO intended refusal: comments received (Gobi Trade LLC)',
    'On 20 March 2027 (Ulaanbaatar time), Gobi Trade LLC (taxpayer ID 5123456) commented on the grounds of the intended refusal of its application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Please take the comments into account and decide on the application.',
  ],
  'staff-hearing-responded.v1 aeo.application.hearing-responded.v1#0 as-sent en': [
    'AEO intended refusal: comments received (taxpayer 5123456)',
    'On 20 March 2027 (Ulaanbaatar time), the operator with taxpayer ID 5123456 commented on the grounds of the intended refusal of its application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Please take the comments into account and decide on the application.',
  ],
  'staff-hearing-responded.v1 aeo.application.hearing-responded.v1#0 long-name en': [
    'AEO intended refusal: comments received (Mongolian International Freight…)',
    'On 20 March 2027 (Ulaanbaatar time), Mongolian International Freight Forwarding and Customs Brokerage Company LLC (taxpayer ID 5123456) commented on the grounds of the intended refusal of its application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Please take the comments into account and decide on the application.',
  ],
  'validation-opened.v1 aeo.validation.opened.v1#0 en': [
    'AEO application: validation started',
    'Customs has started the validation of your application for AEOF status, to be completed by 1 March 2027 (Ulaanbaatar time). It includes a site visit, which will be announced to you in advance; the validator may also ask you for documents or clarifications.',
  ],
  'validation-opened.v1 aeo.validation.opened.v1#1 en': [
    'AEO revalidation: validation started',
    'Customs has started the validation of authorisation MN-AEOF-2026-00001, to be completed by 24 December 2029 (Ulaanbaatar time). The validator may ask you for documents or clarifications.',
  ],
  'staff-validation-assigned.v1 aeo.validation.opened.v1#0 en': [
    'AEO validation assigned to you (Gobi Trade LLC)',
    'You are assigned the validation of the application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601); operator: Gobi Trade LLC, taxpayer ID 5123456. Risk score 42, recommendation: proceed with enhanced validation; a site visit is required. Please submit the validation report by 1 March 2027 (Ulaanbaatar time).',
  ],
  'staff-validation-assigned.v1 aeo.validation.opened.v1#0 as-sent en': [
    'AEO validation assigned to you (taxpayer 5123456)',
    'You are assigned the validation of the application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601); operator: taxpayer ID 5123456. Risk score 42, recommendation: proceed with enhanced validation; a site visit is required. Please submit the validation report by 1 March 2027 (Ulaanbaatar time).',
  ],
  'staff-validation-assigned.v1 aeo.validation.opened.v1#0 long-name en': [
    'AEO validation assigned to you (Mongolian International Freight…)',
    'You are assigned the validation of the application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601); operator: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456. Risk score 42, recommendation: proceed with enhanced validation; a site visit is required. Please submit the validation report by 1 March 2027 (Ulaanbaatar time).',
  ],
  'staff-validation-assigned.v1 aeo.validation.opened.v1#1 en': [
    'AEO revalidation assigned to you (Gobi Trade LLC)',
    'You are assigned the revalidation of authorisation MN-AEOF-2026-00001 (cycle 2); operator: Gobi Trade LLC, taxpayer ID 5123456. Risk score 18, recommendation: proceed. Please submit the validation report by 24 December 2029 (Ulaanbaatar time).',
  ],
  'staff-validation-assigned.v1 aeo.validation.opened.v1#1 as-sent en': [
    'AEO revalidation assigned to you (taxpayer 5123456)',
    'You are assigned the revalidation of authorisation MN-AEOF-2026-00001 (cycle 2); operator: taxpayer ID 5123456. Risk score 18, recommendation: proceed. Please submit the validation report by 24 December 2029 (Ulaanbaatar time).',
  ],
  'staff-validation-assigned.v1 aeo.validation.opened.v1#1 long-name en': [
    'AEO revalidation assigned to you (Mongolian International Freight…)',
    'You are assigned the revalidation of authorisation MN-AEOF-2026-00001 (cycle 2); operator: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456. Risk score 18, recommendation: proceed. Please submit the validation report by 24 December 2029 (Ulaanbaatar time).',
  ],
  'visit-scheduled.v1 aeo.validation.visit-scheduled.v1#0 en': [
    'AEO site visit scheduled',
    'A site visit to your premises is scheduled for 20 January 2027 at 10:00 (Ulaanbaatar time). Please make sure the responsible staff and the relevant records are available.',
  ],
  'staff-visit-scheduled.v1 aeo.validation.visit-scheduled.v1#0 en': [
    'AEO site visit scheduled (Gobi Trade LLC)',
    'A site visit to Gobi Trade LLC (taxpayer ID 5123456) is scheduled for 20 January 2027 at 10:00 (Ulaanbaatar time), for application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; validator: validator.tsetseg. Please prepare the visit with the validation checklist.',
  ],
  'staff-visit-scheduled.v1 aeo.validation.visit-scheduled.v1#0 as-sent en': [
    'AEO site visit scheduled (taxpayer 5123456)',
    'A site visit to the operator with taxpayer ID 5123456 is scheduled for 20 January 2027 at 10:00 (Ulaanbaatar time), for application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; validator: validator.tsetseg. Please prepare the visit with the validation checklist.',
  ],
  'staff-visit-scheduled.v1 aeo.validation.visit-scheduled.v1#0 long-name en': [
    'AEO site visit scheduled (Mongolian International Freight…)',
    'A site visit to Mongolian International Freight Forwarding and Customs Brokerage Company LLC (taxpayer ID 5123456) is scheduled for 20 January 2027 at 10:00 (Ulaanbaatar time), for application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; validator: validator.tsetseg. Please prepare the visit with the validation checklist.',
  ],
  'staff-report-reminder.v1 aeo.validation.report-reminder.v1#0 en': [
    'AEO validation report due soon (Gobi Trade LLC)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (operator: Gobi Trade LLC, taxpayer ID 5123456) is due by 1 March 2027 (Ulaanbaatar time). Please submit it in time.',
  ],
  'staff-report-reminder.v1 aeo.validation.report-reminder.v1#0 as-sent en': [
    'AEO validation report due soon (taxpayer 5123456)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (operator: taxpayer ID 5123456) is due by 1 March 2027 (Ulaanbaatar time). Please submit it in time.',
  ],
  'staff-report-reminder.v1 aeo.validation.report-reminder.v1#0 long-name en': [
    'AEO validation report due soon (Mongolian International Freight…)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (operator: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) is due by 1 March 2027 (Ulaanbaatar time). Please submit it in time.',
  ],
  'staff-report-reminder.v1 aeo.validation.report-reminder.v1#1 en': [
    'AEO validation report overdue (Gobi Trade LLC)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (operator: Gobi Trade LLC, taxpayer ID 5123456) was due by 1 March 2027 (Ulaanbaatar time) and has not been submitted. Please submit it without delay; the regional office has been informed.',
  ],
  'staff-report-reminder.v1 aeo.validation.report-reminder.v1#1 as-sent en': [
    'AEO validation report overdue (taxpayer 5123456)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (operator: taxpayer ID 5123456) was due by 1 March 2027 (Ulaanbaatar time) and has not been submitted. Please submit it without delay; the regional office has been informed.',
  ],
  'staff-report-reminder.v1 aeo.validation.report-reminder.v1#1 long-name en': [
    'AEO validation report overdue (Mongolian International Freight…)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (operator: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) was due by 1 March 2027 (Ulaanbaatar time) and has not been submitted. Please submit it without delay; the regional office has been informed.',
  ],
  'staff-report-overdue.v1 aeo.validation.report-reminder.v1#0 en': [
    'AEO validation report overdue (Gobi Trade LLC)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: Gobi Trade LLC, taxpayer ID 5123456) was due by 1 March 2027 (Ulaanbaatar time) and is still missing. Please follow up with the assigned validator, or reassign the case.',
  ],
  'staff-report-overdue.v1 aeo.validation.report-reminder.v1#0 as-sent en': [
    'AEO validation report overdue (taxpayer 5123456)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: taxpayer ID 5123456) was due by 1 March 2027 (Ulaanbaatar time) and is still missing. Please follow up with the assigned validator, or reassign the case.',
  ],
  'staff-report-overdue.v1 aeo.validation.report-reminder.v1#0 long-name en': [
    'AEO validation report overdue (Mongolian International Freight…)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) was due by 1 March 2027 (Ulaanbaatar time) and is still missing. Please follow up with the assigned validator, or reassign the case.',
  ],
  'staff-report-overdue.v1 aeo.validation.report-reminder.v1#1 en': [
    'AEO validation report overdue (Gobi Trade LLC)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: Gobi Trade LLC, taxpayer ID 5123456) was due by 1 March 2027 (Ulaanbaatar time) and is still missing. Please follow up with the assigned validator, or reassign the case.',
  ],
  'staff-report-overdue.v1 aeo.validation.report-reminder.v1#1 as-sent en': [
    'AEO validation report overdue (taxpayer 5123456)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: taxpayer ID 5123456) was due by 1 March 2027 (Ulaanbaatar time) and is still missing. Please follow up with the assigned validator, or reassign the case.',
  ],
  'staff-report-overdue.v1 aeo.validation.report-reminder.v1#1 long-name en': [
    'AEO validation report overdue (Mongolian International Freight…)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) was due by 1 March 2027 (Ulaanbaatar time) and is still missing. Please follow up with the assigned validator, or reassign the case.',
  ],
  'staff-report-submitted.v1 aeo.validation.report-submitted.v1#0 en': [
    'AEO validation report submitted (Gobi Trade LLC)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (AEOF; operator: Gobi Trade LLC, taxpayer ID 5123456) was submitted by validator.tsetseg, recommending: grant with conditions; conditions: CCTV at the loading bay within six months; annual security training. Please take the decision.',
  ],
  'staff-report-submitted.v1 aeo.validation.report-submitted.v1#0 as-sent en': [
    'AEO validation report submitted (taxpayer 5123456)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (AEOF; operator: taxpayer ID 5123456) was submitted by validator.tsetseg, recommending: grant with conditions; conditions: CCTV at the loading bay within six months; annual security training. Please take the decision.',
  ],
  'staff-report-submitted.v1 aeo.validation.report-submitted.v1#0 long-name en': [
    'AEO validation report submitted (Mongolian International Freight…)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (AEOF; operator: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) was submitted by validator.tsetseg, recommending: grant with conditions; conditions: CCTV at the loading bay within six months; annual security training. Please take the decision.',
  ],
  'staff-report-submitted.v1 aeo.validation.report-submitted.v1#1 en': [
    'AEO validation report submitted (Gobi Trade LLC)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (AEOF; operator: Gobi Trade LLC, taxpayer ID 5123456) was submitted by validator.tsetseg, recommending: grant. Please take the decision.',
  ],
  'staff-report-submitted.v1 aeo.validation.report-submitted.v1#1 as-sent en': [
    'AEO validation report submitted (taxpayer 5123456)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (AEOF; operator: taxpayer ID 5123456) was submitted by validator.tsetseg, recommending: grant. Please take the decision.',
  ],
  'staff-report-submitted.v1 aeo.validation.report-submitted.v1#1 long-name en': [
    'AEO validation report submitted (Mongolian International Freight…)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (AEOF; operator: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) was submitted by validator.tsetseg, recommending: grant. Please take the decision.',
  ],
  'validation-closed.v1 aeo.validation.closed.v1#0 en': [
    'AEO application: validation closed',
    'Customs has closed the validation of your application for AEOF status on 15 December 2026 (Ulaanbaatar time), because the application was withdrawn ("We are restructuring the company and will apply again next year."). No further documents are needed for it, and any site visit announced for it will not take place.',
  ],
  'validation-closed.v1 aeo.validation.closed.v1#1 en': [
    'AEO revalidation: validation closed',
    'Customs has closed the validation of authorisation MN-AEOF-2026-00001 on 20 October 2029 (Ulaanbaatar time), because the authorisation was suspended ("serious customs infringement in 2029"). No further documents are needed for it, and any site visit announced for it will not take place.',
  ],
  'validation-closed.v1 aeo.validation.closed.v1#2 en': [
    'AEO revalidation: validation closed',
    'Customs has closed the validation of authorisation MN-AEOF-2026-00001 on 21 October 2029 (Ulaanbaatar time), because the authorisation was surrendered ("The company stops trading abroad."). No further documents are needed for it, and any site visit announced for it will not take place.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#0 en': [
    'AEO validation closed (Gobi Trade LLC)',
    'The validation of application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: Gobi Trade LLC, taxpayer ID 5123456) was closed on 15 December 2026 (Ulaanbaatar time) because the application was withdrawn ("We are restructuring the company and will apply again next year.", b.enkhjargal@gobitrade.mn). It is no longer in your workload; no report is needed, and any visit scheduled for it is cancelled.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#0 as-sent en': [
    'AEO validation closed (taxpayer 5123456)',
    'The validation of application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: taxpayer ID 5123456) was closed on 15 December 2026 (Ulaanbaatar time) because the application was withdrawn ("We are restructuring the company and will apply again next year.", b.enkhjargal@gobitrade.mn). It is no longer in your workload; no report is needed, and any visit scheduled for it is cancelled.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#0 long-name en': [
    'AEO validation closed (Mongolian International Freight…)',
    'The validation of application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) was closed on 15 December 2026 (Ulaanbaatar time) because the application was withdrawn ("We are restructuring the company and will apply again next year.", b.enkhjargal@gobitrade.mn). It is no longer in your workload; no report is needed, and any visit scheduled for it is cancelled.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#1 en': [
    'AEO revalidation closed (Gobi Trade LLC)',
    'The revalidation of authorisation MN-AEOF-2026-00001 (cycle 2) (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: Gobi Trade LLC, taxpayer ID 5123456) was closed on 20 October 2029 (Ulaanbaatar time) because the authorisation was suspended ("serious customs infringement in 2029", executive.ganbold). It is no longer in your workload; no report is needed, and any visit scheduled for it is cancelled.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#1 as-sent en': [
    'AEO revalidation closed (taxpayer 5123456)',
    'The revalidation of authorisation MN-AEOF-2026-00001 (cycle 2) (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: taxpayer ID 5123456) was closed on 20 October 2029 (Ulaanbaatar time) because the authorisation was suspended ("serious customs infringement in 2029", executive.ganbold). It is no longer in your workload; no report is needed, and any visit scheduled for it is cancelled.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#1 long-name en': [
    'AEO revalidation closed (Mongolian International Freight…)',
    'The revalidation of authorisation MN-AEOF-2026-00001 (cycle 2) (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) was closed on 20 October 2029 (Ulaanbaatar time) because the authorisation was suspended ("serious customs infringement in 2029", executive.ganbold). It is no longer in your workload; no report is needed, and any visit scheduled for it is cancelled.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#2 en': [
    'AEO revalidation closed (Gobi Trade LLC)',
    'The revalidation of authorisation MN-AEOF-2026-00001 (cycle 2) (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: Gobi Trade LLC, taxpayer ID 5123456) was closed on 21 October 2029 (Ulaanbaatar time) because the authorisation was surrendered ("The company stops trading abroad.", b.enkhjargal@gobitrade.mn). It is no longer in your workload; no report is needed, and any visit scheduled for it is cancelled.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#2 as-sent en': [
    'AEO revalidation closed (taxpayer 5123456)',
    'The revalidation of authorisation MN-AEOF-2026-00001 (cycle 2) (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: taxpayer ID 5123456) was closed on 21 October 2029 (Ulaanbaatar time) because the authorisation was surrendered ("The company stops trading abroad.", b.enkhjargal@gobitrade.mn). It is no longer in your workload; no report is needed, and any visit scheduled for it is cancelled.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#2 long-name en': [
    'AEO revalidation closed (Mongolian International Freight…)',
    'The revalidation of authorisation MN-AEOF-2026-00001 (cycle 2) (case c4d5e6f7-0819-4a2b-9c3d-4e5f60718293; operator: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) was closed on 21 October 2029 (Ulaanbaatar time) because the authorisation was surrendered ("The company stops trading abroad.", b.enkhjargal@gobitrade.mn). It is no longer in your workload; no report is needed, and any visit scheduled for it is cancelled.',
  ],
  'corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#0 en': [
    'AEO application: corrective action requested',
    'In the validation of your application for AEOF status, the validator asks you to correct a shortcoming on the criterion "Are the premises protected against unauthorised access?": Fence the bonded warehouse and log every entry at its gate. Please answer by 20 January 2027 (Ulaanbaatar time); the validation report waits for your answer.',
  ],
  'corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#1 en': [
    'AEO revalidation: corrective action requested',
    'In the validation of authorisation MN-AEOF-2026-00001, the validator asks you to correct a shortcoming on the criterion "Are the accounting records kept so that customs can audit them?": Send the stock ledger of 2029. Please answer by 1 November 2029 (Ulaanbaatar time); the validation report waits for your answer.',
  ],
  'staff-corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#0 en': [
    'AEO corrective action requested (Gobi Trade LLC)',
    'In the validation of application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601, the validator validator.tsetseg asked Gobi Trade LLC (taxpayer ID 5123456) to correct a shortcoming on the criterion "Are the premises protected against unauthorised access?" by 20 January 2027 (Ulaanbaatar time): Fence the bonded warehouse and log every entry at its gate. The validation report waits for the answer.',
  ],
  'staff-corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#0 as-sent en': [
    'AEO corrective action requested (taxpayer 5123456)',
    'In the validation of application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601, the validator validator.tsetseg asked the operator with taxpayer ID 5123456 to correct a shortcoming on the criterion "Are the premises protected against unauthorised access?" by 20 January 2027 (Ulaanbaatar time): Fence the bonded warehouse and log every entry at its gate. The validation report waits for the answer.',
  ],
  'staff-corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#0 long-name en': [
    'AEO corrective action requested (Mongolian International Freight…)',
    'In the validation of application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601, the validator validator.tsetseg asked Mongolian International Freight Forwarding and Customs Brokerage Company LLC (taxpayer ID 5123456) to correct a shortcoming on the criterion "Are the premises protected against unauthorised access?" by 20 January 2027 (Ulaanbaatar time): Fence the bonded warehouse and log every entry at its gate. The validation report waits for the answer.',
  ],
  'staff-corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#1 en': [
    'AEO corrective action requested (Gobi Trade LLC)',
    'In the revalidation of authorisation MN-AEOF-2026-00001, the validator validator.tsetseg asked Gobi Trade LLC (taxpayer ID 5123456) to correct a shortcoming on the criterion "Are the accounting records kept so that customs can audit them?" by 1 November 2029 (Ulaanbaatar time): Send the stock ledger of 2029. The validation report waits for the answer.',
  ],
  'staff-corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#1 as-sent en': [
    'AEO corrective action requested (taxpayer 5123456)',
    'In the revalidation of authorisation MN-AEOF-2026-00001, the validator validator.tsetseg asked the operator with taxpayer ID 5123456 to correct a shortcoming on the criterion "Are the accounting records kept so that customs can audit them?" by 1 November 2029 (Ulaanbaatar time): Send the stock ledger of 2029. The validation report waits for the answer.',
  ],
  'staff-corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#1 long-name en': [
    'AEO corrective action requested (Mongolian International Freight…)',
    'In the revalidation of authorisation MN-AEOF-2026-00001, the validator validator.tsetseg asked Mongolian International Freight Forwarding and Customs Brokerage Company LLC (taxpayer ID 5123456) to correct a shortcoming on the criterion "Are the accounting records kept so that customs can audit them?" by 1 November 2029 (Ulaanbaatar time): Send the stock ledger of 2029. The validation report waits for the answer.',
  ],
  'staff-corrective-action-answered.v1 aeo.validation.corrective-action-answered.v1#0 en': [
    'AEO corrective action answered (Gobi Trade LLC)',
    'Gobi Trade LLC (taxpayer ID 5123456) answered the corrective action on the criterion "Are the premises protected against unauthorised access?" (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 12 January 2027 (Ulaanbaatar time). Please review the answer on the case before the report.',
  ],
  'staff-corrective-action-answered.v1 aeo.validation.corrective-action-answered.v1#0 as-sent en': [
    'AEO corrective action answered (taxpayer 5123456)',
    'The operator with taxpayer ID 5123456 answered the corrective action on the criterion "Are the premises protected against unauthorised access?" (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 12 January 2027 (Ulaanbaatar time). Please review the answer on the case before the report.',
  ],
  'staff-corrective-action-answered.v1 aeo.validation.corrective-action-answered.v1#0 long-name en': [
    'AEO corrective action answered (Mongolian International Freight…)',
    'Mongolian International Freight Forwarding and Customs Brokerage Company LLC (taxpayer ID 5123456) answered the corrective action on the criterion "Are the premises protected against unauthorised access?" (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 12 January 2027 (Ulaanbaatar time). Please review the answer on the case before the report.',
  ],
  'staff-corrective-action-answered.v1 aeo.validation.corrective-action-answered.v1#1 en': [
    'AEO corrective action answered late (Gobi Trade LLC)',
    'Gobi Trade LLC (taxpayer ID 5123456) answered the corrective action on the criterion "Are the accounting records kept so that customs can audit them?" (revalidation of authorisation MN-AEOF-2026-00001) on 3 November 2029 (Ulaanbaatar time), after its due date of 1 November 2029. Please review the answer on the case before the report.',
  ],
  'staff-corrective-action-answered.v1 aeo.validation.corrective-action-answered.v1#1 as-sent en': [
    'AEO corrective action answered late (taxpayer 5123456)',
    'The operator with taxpayer ID 5123456 answered the corrective action on the criterion "Are the accounting records kept so that customs can audit them?" (revalidation of authorisation MN-AEOF-2026-00001) on 3 November 2029 (Ulaanbaatar time), after its due date of 1 November 2029. Please review the answer on the case before the report.',
  ],
  'staff-corrective-action-answered.v1 aeo.validation.corrective-action-answered.v1#1 long-name en': [
    'AEO corrective action answered late (Mongolian International Freight…)',
    'Mongolian International Freight Forwarding and Customs Brokerage Company LLC (taxpayer ID 5123456) answered the corrective action on the criterion "Are the accounting records kept so that customs can audit them?" (revalidation of authorisation MN-AEOF-2026-00001) on 3 November 2029 (Ulaanbaatar time), after its due date of 1 November 2029. Please review the answer on the case before the report.',
  ],
  'authorisation-granted.v1 aeo.authorisation.granted.v1#0 en': [
    'AEO authorisation granted (AEOF)',
    'Customs granted you the AEOF authorisation MN-AEOF-2026-00001, in force from 1 December 2026 (Ulaanbaatar time). Its revalidation is due on 4 December 2029.',
  ],
  'staff-authorisation-granted.v1 aeo.authorisation.granted.v1#0 en': [
    'AEO authorisation granted: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (AEOF; holder: Gobi Trade LLC, taxpayer ID 5123456) was granted, in force from 1 December 2026 (Ulaanbaatar time). Its revalidation is due on 4 December 2029.',
  ],
  'staff-authorisation-granted.v1 aeo.authorisation.granted.v1#0 as-sent en': [
    'AEO authorisation granted: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (AEOF; holder: taxpayer ID 5123456) was granted, in force from 1 December 2026 (Ulaanbaatar time). Its revalidation is due on 4 December 2029.',
  ],
  'staff-authorisation-granted.v1 aeo.authorisation.granted.v1#0 long-name en': [
    'AEO authorisation granted: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (AEOF; holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) was granted, in force from 1 December 2026 (Ulaanbaatar time). Its revalidation is due on 4 December 2029.',
  ],
  'authorisation-refused.v1 aeo.authorisation.refused.v1#0 en': [
    'AEO authorisation refused',
    'Having considered your comments, customs refused to grant the AEOF authorisation you applied for. Reasons: serious customs infringement in 2025.',
  ],
  'authorisation-refused.v1 aeo.authorisation.refused.v1#1 en': [
    'AEO authorisation refused',
    'Customs refused to grant the AEOF authorisation you applied for. Reasons: no security plan for the warehouse; insolvency proceedings.',
  ],
  'revalidation-due.v1 aeo.revalidation.due.v1#0 en': [
    'AEO revalidation due in 90 days',
    'Your AEO authorisation MN-AEOF-2026-00001 is due for revalidation on 4 December 2029 (Ulaanbaatar time). Please review your self-assessment; your contact officer will guide you.',
  ],
  'staff-revalidation-due.v1 aeo.revalidation.due.v1#0 en': [
    'AEO revalidation due in 90 days: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) is due for revalidation on 4 December 2029 (Ulaanbaatar time). Please contact the holder and help it prepare its self-assessment.',
  ],
  'staff-revalidation-due.v1 aeo.revalidation.due.v1#0 as-sent en': [
    'AEO revalidation due in 90 days: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: taxpayer ID 5123456) is due for revalidation on 4 December 2029 (Ulaanbaatar time). Please contact the holder and help it prepare its self-assessment.',
  ],
  'staff-revalidation-due.v1 aeo.revalidation.due.v1#0 long-name en': [
    'AEO revalidation due in 90 days: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) is due for revalidation on 4 December 2029 (Ulaanbaatar time). Please contact the holder and help it prepare its self-assessment.',
  ],
  'revalidation-started.v1 aeo.revalidation.started.v1#0 en': [
    'AEO revalidation started',
    'The revalidation of authorisation MN-AEOF-2026-00001 has started. Please update your self-assessment by 1 February 2027 (Ulaanbaatar time).',
  ],
  'staff-revalidation-started.v1 aeo.revalidation.started.v1#0 en': [
    'AEO revalidation started: MN-AEOF-2026-00001',
    'Revalidation cycle 2 of authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) has started (trigger: reported change; Change of ownership reported). The holder is to update its self-assessment by 1 February 2027 (Ulaanbaatar time); please follow it up.',
  ],
  'staff-revalidation-started.v1 aeo.revalidation.started.v1#0 as-sent en': [
    'AEO revalidation started: MN-AEOF-2026-00001',
    'Revalidation cycle 2 of authorisation MN-AEOF-2026-00001 (holder: taxpayer ID 5123456) has started (trigger: reported change; Change of ownership reported). The holder is to update its self-assessment by 1 February 2027 (Ulaanbaatar time); please follow it up.',
  ],
  'staff-revalidation-started.v1 aeo.revalidation.started.v1#0 long-name en': [
    'AEO revalidation started: MN-AEOF-2026-00001',
    'Revalidation cycle 2 of authorisation MN-AEOF-2026-00001 (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) has started (trigger: reported change; Change of ownership reported). The holder is to update its self-assessment by 1 February 2027 (Ulaanbaatar time); please follow it up.',
  ],
  'revalidation-completed.v1 aeo.revalidation.completed.v1#0 en': [
    'AEO authorisation confirmed',
    'Authorisation MN-AEOF-2026-00001 was confirmed. The next revalidation is due on 4 December 2032 (Ulaanbaatar time).',
  ],
  'staff-revalidation-requested.v1 aeo.revalidation.requested.v1#0 en': [
    'Early AEO revalidation requested: MN-AEOF-2026-00001',
    'An early revalidation of authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) was requested by regional.office.dornogovi, with a site visit. Reason: Two seizures of undeclared goods at Zamyn-Uud in March. Please follow up the revalidation with the holder.',
  ],
  'staff-revalidation-requested.v1 aeo.revalidation.requested.v1#0 as-sent en': [
    'Early AEO revalidation requested: MN-AEOF-2026-00001',
    'An early revalidation of authorisation MN-AEOF-2026-00001 (holder: taxpayer ID 5123456) was requested by regional.office.dornogovi, with a site visit. Reason: Two seizures of undeclared goods at Zamyn-Uud in March. Please follow up the revalidation with the holder.',
  ],
  'staff-revalidation-requested.v1 aeo.revalidation.requested.v1#0 long-name en': [
    'Early AEO revalidation requested: MN-AEOF-2026-00001',
    'An early revalidation of authorisation MN-AEOF-2026-00001 (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) was requested by regional.office.dornogovi, with a site visit. Reason: Two seizures of undeclared goods at Zamyn-Uud in March. Please follow up the revalidation with the holder.',
  ],
  'staff-change-reported.v1 aeo.authorisation.change-reported.v1#0 en': [
    'AEO change reported (ownership): MN-AEOF-2026-00001',
    'The holder of authorisation MN-AEOF-2026-00001 (Gobi Trade LLC, taxpayer ID 5123456) reported a change (ownership) effective 10 January 2027 (Ulaanbaatar time): Mongol Logistics JSC acquired 60% of the shares. The authorisation will be reassessed through an early revalidation with a site visit; please review the change.',
  ],
  'staff-change-reported.v1 aeo.authorisation.change-reported.v1#0 as-sent en': [
    'AEO change reported (ownership): MN-AEOF-2026-00001',
    'The holder of authorisation MN-AEOF-2026-00001 (taxpayer ID 5123456) reported a change (ownership) effective 10 January 2027 (Ulaanbaatar time): Mongol Logistics JSC acquired 60% of the shares. The authorisation will be reassessed through an early revalidation with a site visit; please review the change.',
  ],
  'staff-change-reported.v1 aeo.authorisation.change-reported.v1#0 long-name en': [
    'AEO change reported (ownership): MN-AEOF-2026-00001',
    'The holder of authorisation MN-AEOF-2026-00001 (Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) reported a change (ownership) effective 10 January 2027 (Ulaanbaatar time): Mongol Logistics JSC acquired 60% of the shares. The authorisation will be reassessed through an early revalidation with a site visit; please review the change.',
  ],
  'authorisation-suspended.v1 aeo.authorisation.suspended.v1#0 en': [
    'AEO authorisation suspended',
    'Authorisation MN-AEOF-2026-00001 is suspended (its security part). Grounds: security criteria no longer met at the Zamyn-Uud warehouse. State your remedial measures by 2 June 2027 (Ulaanbaatar time).',
  ],
  'authorisation-suspended.v1 aeo.authorisation.suspended.v1#1 en': [
    'AEO authorisation suspended',
    "Authorisation MN-AEOF-2026-00001 is suspended. Grounds: at the holder's request: temporary closure of operations. State your remedial measures by 3 May 2027 (Ulaanbaatar time).",
  ],
  'staff-authorisation-suspended.v1 aeo.authorisation.suspended.v1#0 en': [
    'AEO authorisation suspended: MN-AEOF-2026-00001',
    "Authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) is suspended (its security part) from 3 May 2027 (Ulaanbaatar time). Grounds: security criteria no longer met at the Zamyn-Uud warehouse. The holder's remediation plan is due by 2 June 2027; please follow it up.",
  ],
  'staff-authorisation-suspended.v1 aeo.authorisation.suspended.v1#0 as-sent en': [
    'AEO authorisation suspended: MN-AEOF-2026-00001',
    "Authorisation MN-AEOF-2026-00001 (holder: taxpayer ID 5123456) is suspended (its security part) from 3 May 2027 (Ulaanbaatar time). Grounds: security criteria no longer met at the Zamyn-Uud warehouse. The holder's remediation plan is due by 2 June 2027; please follow it up.",
  ],
  'staff-authorisation-suspended.v1 aeo.authorisation.suspended.v1#0 long-name en': [
    'AEO authorisation suspended: MN-AEOF-2026-00001',
    "Authorisation MN-AEOF-2026-00001 (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) is suspended (its security part) from 3 May 2027 (Ulaanbaatar time). Grounds: security criteria no longer met at the Zamyn-Uud warehouse. The holder's remediation plan is due by 2 June 2027; please follow it up.",
  ],
  'staff-authorisation-suspended.v1 aeo.authorisation.suspended.v1#1 en': [
    'AEO authorisation suspended: MN-AEOF-2026-00001',
    "Authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) is suspended from 3 May 2027 (Ulaanbaatar time) at the holder's request. Grounds: at the holder's request: temporary closure of operations. Please follow up the remedial measures with the holder.",
  ],
  'staff-authorisation-suspended.v1 aeo.authorisation.suspended.v1#1 as-sent en': [
    'AEO authorisation suspended: MN-AEOF-2026-00001',
    "Authorisation MN-AEOF-2026-00001 (holder: taxpayer ID 5123456) is suspended from 3 May 2027 (Ulaanbaatar time) at the holder's request. Grounds: at the holder's request: temporary closure of operations. Please follow up the remedial measures with the holder.",
  ],
  'staff-authorisation-suspended.v1 aeo.authorisation.suspended.v1#1 long-name en': [
    'AEO authorisation suspended: MN-AEOF-2026-00001',
    "Authorisation MN-AEOF-2026-00001 (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) is suspended from 3 May 2027 (Ulaanbaatar time) at the holder's request. Grounds: at the holder's request: temporary closure of operations. Please follow up the remedial measures with the holder.",
  ],
  'suspension-progress.v1 aeo.authorisation.suspension-progress.v1#0 en': [
    'AEO suspension: remediation plan received',
    'Your remediation plan for the suspended authorisation MN-AEOF-2026-00001 was received (measures: new perimeter fence; access control at the loading bay). Please complete the measures by 1 August 2027 (Ulaanbaatar time); customs will then decide on reinstatement.',
  ],
  'suspension-progress.v1 aeo.authorisation.suspension-progress.v1#1 en': [
    'AEO suspension: remediation plan overdue',
    'Customs has not received your remediation plan for the suspended authorisation MN-AEOF-2026-00001, which was due by 2 June 2027 (Ulaanbaatar time). Please submit it without delay; otherwise the authorisation may be revoked.',
  ],
  'suspension-progress.v1 aeo.authorisation.suspension-progress.v1#2 en': [
    'AEO suspension: remediation period ended',
    'The remediation period for the suspended authorisation MN-AEOF-2026-00001 ended on 1 August 2027 (Ulaanbaatar time). Customs will now decide whether to reinstate or revoke the authorisation and will inform you.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#0 en': [
    'AEO remediation plan submitted: MN-AEOF-2026-00001',
    'The holder of the suspended authorisation MN-AEOF-2026-00001 (Gobi Trade LLC, taxpayer ID 5123456) submitted its remediation plan (measures: new perimeter fence; access control at the loading bay). The remediation period runs until 1 August 2027 (Ulaanbaatar time); please assess the plan.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#0 as-sent en': [
    'AEO remediation plan submitted: MN-AEOF-2026-00001',
    'The holder of the suspended authorisation MN-AEOF-2026-00001 (taxpayer ID 5123456) submitted its remediation plan (measures: new perimeter fence; access control at the loading bay). The remediation period runs until 1 August 2027 (Ulaanbaatar time); please assess the plan.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#0 long-name en': [
    'AEO remediation plan submitted: MN-AEOF-2026-00001',
    'The holder of the suspended authorisation MN-AEOF-2026-00001 (Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) submitted its remediation plan (measures: new perimeter fence; access control at the loading bay). The remediation period runs until 1 August 2027 (Ulaanbaatar time); please assess the plan.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#1 en': [
    'AEO remediation plan overdue: MN-AEOF-2026-00001',
    'The holder of the suspended authorisation MN-AEOF-2026-00001 (Gobi Trade LLC, taxpayer ID 5123456) has not submitted its remediation plan, which was due by 2 June 2027 (Ulaanbaatar time). Please decide on the next step: a reminder to the holder or an intended revocation.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#1 as-sent en': [
    'AEO remediation plan overdue: MN-AEOF-2026-00001',
    'The holder of the suspended authorisation MN-AEOF-2026-00001 (taxpayer ID 5123456) has not submitted its remediation plan, which was due by 2 June 2027 (Ulaanbaatar time). Please decide on the next step: a reminder to the holder or an intended revocation.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#1 long-name en': [
    'AEO remediation plan overdue: MN-AEOF-2026-00001',
    'The holder of the suspended authorisation MN-AEOF-2026-00001 (Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) has not submitted its remediation plan, which was due by 2 June 2027 (Ulaanbaatar time). Please decide on the next step: a reminder to the holder or an intended revocation.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#2 en': [
    'AEO remediation period ended: MN-AEOF-2026-00001',
    'The remediation period of the suspended authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) ended on 1 August 2027 (Ulaanbaatar time). Please decide whether to reinstate or revoke the authorisation.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#2 as-sent en': [
    'AEO remediation period ended: MN-AEOF-2026-00001',
    'The remediation period of the suspended authorisation MN-AEOF-2026-00001 (holder: taxpayer ID 5123456) ended on 1 August 2027 (Ulaanbaatar time). Please decide whether to reinstate or revoke the authorisation.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#2 long-name en': [
    'AEO remediation period ended: MN-AEOF-2026-00001',
    'The remediation period of the suspended authorisation MN-AEOF-2026-00001 (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) ended on 1 August 2027 (Ulaanbaatar time). Please decide whether to reinstate or revoke the authorisation.',
  ],
  'authorisation-reinstated.v1 aeo.authorisation.reinstated.v1#0 en': [
    'AEO authorisation reinstated',
    'Authorisation MN-AEOF-2026-00001 is in force again from 15 August 2027 (Ulaanbaatar time); its benefits resume.',
  ],
  'staff-authorisation-reinstated.v1 aeo.authorisation.reinstated.v1#0 en': [
    'AEO authorisation reinstated: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) is in force again from 15 August 2027 (Ulaanbaatar time), and its benefits resume. The suspension is closed; revalidation monitoring continues as usual.',
  ],
  'staff-authorisation-reinstated.v1 aeo.authorisation.reinstated.v1#0 as-sent en': [
    'AEO authorisation reinstated: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: taxpayer ID 5123456) is in force again from 15 August 2027 (Ulaanbaatar time), and its benefits resume. The suspension is closed; revalidation monitoring continues as usual.',
  ],
  'staff-authorisation-reinstated.v1 aeo.authorisation.reinstated.v1#0 long-name en': [
    'AEO authorisation reinstated: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) is in force again from 15 August 2027 (Ulaanbaatar time), and its benefits resume. The suspension is closed; revalidation monitoring continues as usual.',
  ],
  'authorisation-revocation-intended.v1 aeo.authorisation.revocation-intended.v1#0 en': [
    'AEO authorisation: intended revocation',
    'Customs intends to revoke authorisation MN-AEOF-2026-00001. Grounds: remedial measures not taken; repeated serious infringements. You may comment until 15 September 2027 (Ulaanbaatar time).',
  ],
  'authorisation-revoked.v1 aeo.authorisation.revoked.v1#0 en': [
    'AEO authorisation revoked',
    'Authorisation MN-AEOF-2026-00001 is revoked from 1 October 2027 (Ulaanbaatar time). Grounds: remedial measures not taken; repeated serious infringements. A new application is possible after three years.',
  ],
  'staff-authorisation-revoked.v1 aeo.authorisation.revoked.v1#0 en': [
    'AEO authorisation revoked: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) is revoked from 1 October 2027 (Ulaanbaatar time). Grounds: remedial measures not taken; repeated serious infringements. Its benefits end, and no new application from the holder is accepted for three years.',
  ],
  'staff-authorisation-revoked.v1 aeo.authorisation.revoked.v1#0 as-sent en': [
    'AEO authorisation revoked: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: taxpayer ID 5123456) is revoked from 1 October 2027 (Ulaanbaatar time). Grounds: remedial measures not taken; repeated serious infringements. Its benefits end, and no new application from the holder is accepted for three years.',
  ],
  'staff-authorisation-revoked.v1 aeo.authorisation.revoked.v1#0 long-name en': [
    'AEO authorisation revoked: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) is revoked from 1 October 2027 (Ulaanbaatar time). Grounds: remedial measures not taken; repeated serious infringements. Its benefits end, and no new application from the holder is accepted for three years.',
  ],
  'authorisation-surrendered.v1 aeo.authorisation.surrendered.v1#0 en': [
    'AEO authorisation surrendered',
    'At your request, authorisation MN-AEOF-2026-00001 ends on 1 July 2027 (Ulaanbaatar time).',
  ],
  'staff-authorisation-surrendered.v1 aeo.authorisation.surrendered.v1#0 en': [
    'AEO authorisation surrendered: MN-AEOF-2026-00001',
    "At the holder's request, authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) ends on 1 July 2027 (Ulaanbaatar time). Reason: The company stops its import business. Its benefits end then; no bar applies to a new application.",
  ],
  'staff-authorisation-surrendered.v1 aeo.authorisation.surrendered.v1#0 as-sent en': [
    'AEO authorisation surrendered: MN-AEOF-2026-00001',
    "At the holder's request, authorisation MN-AEOF-2026-00001 (holder: taxpayer ID 5123456) ends on 1 July 2027 (Ulaanbaatar time). Reason: The company stops its import business. Its benefits end then; no bar applies to a new application.",
  ],
  'staff-authorisation-surrendered.v1 aeo.authorisation.surrendered.v1#0 long-name en': [
    'AEO authorisation surrendered: MN-AEOF-2026-00001',
    "At the holder's request, authorisation MN-AEOF-2026-00001 (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) ends on 1 July 2027 (Ulaanbaatar time). Reason: The company stops its import business. Its benefits end then; no bar applies to a new application.",
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#0 en': [
    'AEO watchdog: revalidation workflow stuck (MN-AEOF-2026-00001)',
    'The daily check on 6 March 2027 (Ulaanbaatar time) found a problem with the revalidation workflow of authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456): workflow stuck (at stage self-assessment since 2027-01-02T00:00:00.000Z). It could not be repaired automatically; please investigate and repair it by hand.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#0 as-sent en': [
    'AEO watchdog: revalidation workflow stuck (MN-AEOF-2026-00001)',
    'The daily check on 6 March 2027 (Ulaanbaatar time) found a problem with the revalidation workflow of authorisation MN-AEOF-2026-00001 (holder: taxpayer ID 5123456): workflow stuck (at stage self-assessment since 2027-01-02T00:00:00.000Z). It could not be repaired automatically; please investigate and repair it by hand.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#0 long-name en': [
    'AEO watchdog: revalidation workflow stuck (MN-AEOF-2026-00001)',
    'The daily check on 6 March 2027 (Ulaanbaatar time) found a problem with the revalidation workflow of authorisation MN-AEOF-2026-00001 (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456): workflow stuck (at stage self-assessment since 2027-01-02T00:00:00.000Z). It could not be repaired automatically; please investigate and repair it by hand.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#1 en': [
    'AEO watchdog: revalidation workflow closed while in force (MN-AEOF-2026-00001)',
    'The daily check on 6 March 2027 (Ulaanbaatar time) found a problem with the revalidation workflow of authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456): workflow closed while in force (its workflow completed but the register says granted). It could not be repaired automatically; please investigate and repair it by hand.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#1 as-sent en': [
    'AEO watchdog: revalidation workflow closed while in force (MN-AEOF-2026-00001)',
    'The daily check on 6 March 2027 (Ulaanbaatar time) found a problem with the revalidation workflow of authorisation MN-AEOF-2026-00001 (holder: taxpayer ID 5123456): workflow closed while in force (its workflow completed but the register says granted). It could not be repaired automatically; please investigate and repair it by hand.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#1 long-name en': [
    'AEO watchdog: revalidation workflow closed while in force (MN-AEOF-2026-00001)',
    'The daily check on 6 March 2027 (Ulaanbaatar time) found a problem with the revalidation workflow of authorisation MN-AEOF-2026-00001 (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456): workflow closed while in force (its workflow completed but the register says granted). It could not be repaired automatically; please investigate and repair it by hand.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#2 en': [
    'AEO watchdog: revalidation workflow unreachable (MN-AEOF-2026-00001)',
    'The daily check on 6 March 2027 (Ulaanbaatar time) found a problem with the revalidation workflow of authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456): workflow unreachable (query failed: no answer within 10 s (is the worker running?)). It could not be repaired automatically; please investigate and repair it by hand.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#2 as-sent en': [
    'AEO watchdog: revalidation workflow unreachable (MN-AEOF-2026-00001)',
    'The daily check on 6 March 2027 (Ulaanbaatar time) found a problem with the revalidation workflow of authorisation MN-AEOF-2026-00001 (holder: taxpayer ID 5123456): workflow unreachable (query failed: no answer within 10 s (is the worker running?)). It could not be repaired automatically; please investigate and repair it by hand.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#2 long-name en': [
    'AEO watchdog: revalidation workflow unreachable (MN-AEOF-2026-00001)',
    'The daily check on 6 March 2027 (Ulaanbaatar time) found a problem with the revalidation workflow of authorisation MN-AEOF-2026-00001 (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456): workflow unreachable (query failed: no answer within 10 s (is the worker running?)). It could not be repaired automatically; please investigate and repair it by hand.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#0 en': [
    'AEO workflow step failed: reinstate (MN-AEOF-2026-00001)',
    'On 15 August 2027 (Ulaanbaatar time) the revalidation workflow revalidation-MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) could not apply "reinstate" by executive.ganbold: the action was refused and nothing changed (recordReinstatement failed for good, InvalidData: recordReinstatement: invalid data (PostgreSQL 22P05: unsupported Unicode escape sequence)). The workflow carries on; please correct the data or record the step by hand.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#0 as-sent en': [
    'AEO workflow step failed: reinstate (MN-AEOF-2026-00001)',
    'On 15 August 2027 (Ulaanbaatar time) the revalidation workflow revalidation-MN-AEOF-2026-00001 (holder: taxpayer ID 5123456) could not apply "reinstate" by executive.ganbold: the action was refused and nothing changed (recordReinstatement failed for good, InvalidData: recordReinstatement: invalid data (PostgreSQL 22P05: unsupported Unicode escape sequence)). The workflow carries on; please correct the data or record the step by hand.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#0 long-name en': [
    'AEO workflow step failed: reinstate (MN-AEOF-2026-00001)',
    'On 15 August 2027 (Ulaanbaatar time) the revalidation workflow revalidation-MN-AEOF-2026-00001 (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) could not apply "reinstate" by executive.ganbold: the action was refused and nothing changed (recordReinstatement failed for good, InvalidData: recordReinstatement: invalid data (PostgreSQL 22P05: unsupported Unicode escape sequence)). The workflow carries on; please correct the data or record the step by hand.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#1 en': [
    'AEO workflow step failed: decision deadline notice (application 6f1d2c3b)',
    'On 1 March 2027 (Ulaanbaatar time) the certification workflow certification-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b (holder: Gobi Trade LLC, taxpayer ID 5123456) could not take its step "decision deadline notice": the step was skipped (recordDecisionDeadline failed for good, InvalidData: recordDecisionDeadline: data violates a constraint (PostgreSQL 23514: new row violates check constraint)). The workflow carries on; please correct the data or record the step by hand.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#1 as-sent en': [
    'AEO workflow step failed: decision deadline notice (application 6f1d2c3b)',
    'On 1 March 2027 (Ulaanbaatar time) the certification workflow certification-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b (holder: taxpayer ID 5123456) could not take its step "decision deadline notice": the step was skipped (recordDecisionDeadline failed for good, InvalidData: recordDecisionDeadline: data violates a constraint (PostgreSQL 23514: new row violates check constraint)). The workflow carries on; please correct the data or record the step by hand.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#1 long-name en': [
    'AEO workflow step failed: decision deadline notice (application 6f1d2c3b)',
    'On 1 March 2027 (Ulaanbaatar time) the certification workflow certification-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) could not take its step "decision deadline notice": the step was skipped (recordDecisionDeadline failed for good, InvalidData: recordDecisionDeadline: data violates a constraint (PostgreSQL 23514: new row violates check constraint)). The workflow carries on; please correct the data or record the step by hand.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#2 en': [
    'AEO workflow step failed: acceptance (application 6f1d2c3b)',
    'On 1 March 2027 (Ulaanbaatar time) the certification workflow certification-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b (holder: Gobi Trade LLC, taxpayer ID 5123456) could not take its step "acceptance", which it cannot go on without: it waits at its stage and tries the step again (recordAcceptance failed for good, InvalidData: recordAcceptance: invalid data (PostgreSQL 22021: invalid byte sequence for encoding "UTF8": 0x00)). Please correct the data; a later attempt then records the step.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#2 as-sent en': [
    'AEO workflow step failed: acceptance (application 6f1d2c3b)',
    'On 1 March 2027 (Ulaanbaatar time) the certification workflow certification-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b (holder: taxpayer ID 5123456) could not take its step "acceptance", which it cannot go on without: it waits at its stage and tries the step again (recordAcceptance failed for good, InvalidData: recordAcceptance: invalid data (PostgreSQL 22021: invalid byte sequence for encoding "UTF8": 0x00)). Please correct the data; a later attempt then records the step.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#2 long-name en': [
    'AEO workflow step failed: acceptance (application 6f1d2c3b)',
    'On 1 March 2027 (Ulaanbaatar time) the certification workflow certification-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b (holder: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, taxpayer ID 5123456) could not take its step "acceptance", which it cannot go on without: it waits at its stage and tries the step again (recordAcceptance failed for good, InvalidData: recordAcceptance: invalid data (PostgreSQL 22021: invalid byte sequence for encoding "UTF8": 0x00)). Please correct the data; a later attempt then records the step.',
  ],
  'staff-risk-alert.v1 aeo.risk-alert.raised.v1#0 en': [
    'AEO risk alert (serious): Gobi Trade LLC',
    'A risk signal of serious severity about Gobi Trade LLC (taxpayer ID 5123456) was raised on 10 March 2027 (Ulaanbaatar time): serious infringement recorded: undervaluation of imported machinery. Recommendation: early revalidation; please review the authorisation and take the recommended step.',
  ],
  'staff-risk-alert.v1 aeo.risk-alert.raised.v1#0 as-sent en': [
    'AEO risk alert (serious): taxpayer 5123456',
    'A risk signal of serious severity about the operator with taxpayer ID 5123456 was raised on 10 March 2027 (Ulaanbaatar time): serious infringement recorded: undervaluation of imported machinery. Recommendation: early revalidation; please review the authorisation and take the recommended step.',
  ],
  'staff-risk-alert.v1 aeo.risk-alert.raised.v1#0 long-name en': [
    'AEO risk alert (serious): Mongolian International Freight…',
    'A risk signal of serious severity about Mongolian International Freight Forwarding and Customs Brokerage Company LLC (taxpayer ID 5123456) was raised on 10 March 2027 (Ulaanbaatar time): serious infringement recorded: undervaluation of imported machinery. Recommendation: early revalidation; please review the authorisation and take the recommended step.',
  ],
  'staff-risk-alert.v1 aeo.risk-alert.raised.v1#1 en': [
    'AEO risk alert (critical): Gobi Trade LLC',
    'A risk signal of critical severity about Gobi Trade LLC (taxpayer ID 5123456) was raised on 11 March 2027 (Ulaanbaatar time): smuggling case opened by the customs investigation unit. Recommendation: suspension review; please review the authorisation and take the recommended step.',
  ],
  'staff-risk-alert.v1 aeo.risk-alert.raised.v1#1 as-sent en': [
    'AEO risk alert (critical): taxpayer 5123456',
    'A risk signal of critical severity about the operator with taxpayer ID 5123456 was raised on 11 March 2027 (Ulaanbaatar time): smuggling case opened by the customs investigation unit. Recommendation: suspension review; please review the authorisation and take the recommended step.',
  ],
  'staff-risk-alert.v1 aeo.risk-alert.raised.v1#1 long-name en': [
    'AEO risk alert (critical): Mongolian International Freight…',
    'A risk signal of critical severity about Mongolian International Freight Forwarding and Customs Brokerage Company LLC (taxpayer ID 5123456) was raised on 11 March 2027 (Ulaanbaatar time): smuggling case opened by the customs investigation unit. Recommendation: suspension review; please review the authorisation and take the recommended step.',
  ],
  'application-submitted.v1 few-fields en': [
    'AEO application received (AEOF)',
    'Your application for AEOF status was received. Customs will check it for completeness by 28 December 2026 (Ulaanbaatar time); if you hear nothing by then, it counts as accepted.',
  ],
  'application-submitted.v1 late-evening en': [
    'AEO application received (AEOF)',
    'Your application for AEOF status was received. Customs will check it for completeness by 5 December 2026 (Ulaanbaatar time); if you hear nothing by then, it counts as accepted.',
  ],
  'staff-application-submitted.v1 few-fields en': [
    'New AEO application (AEOF): taxpayer ',
    'The operator with taxpayer ID  applied for AEOF status (application undefined). Please check the application for completeness by 28 December 2026 (Ulaanbaatar time); without an answer by then it is deemed accepted.',
  ],
  'staff-application-submitted.v1 late-evening en': [
    'New AEO application (AEOF): Gobi Trade LLC',
    'Gobi Trade LLC (taxpayer ID 5123456) applied for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Please check the application for completeness by 5 December 2026 (Ulaanbaatar time); without an answer by then it is deemed accepted.',
  ],
  'application-accepted.v1 few-fields en': [
    'AEO application accepted',
    'Your application is deemed accepted because the acceptance period ended. A decision is due by 27 April 2027 (Ulaanbaatar time).',
  ],
  'application-accepted.v1 late-evening en': [
    'AEO application accepted',
    'Customs accepted your application as complete. A decision is due by 5 December 2026 (Ulaanbaatar time).',
  ],
  'application-rejected.v1 few-fields en': [
    'AEO application not accepted',
    'Customs did not accept your application. Grounds: incomplete self-assessment',
  ],
  'application-rejected.v1 late-evening en': [
    'AEO application not accepted',
    'Customs did not accept your application. Grounds: undefined',
  ],
  'information-requested.v1 few-fields en': [
    'AEO application: information requested',
    'Customs needs more information to accept your application for AEOF status:  Please reply by Invalid Date (Ulaanbaatar time); the acceptance period is paused until your reply.',
  ],
  'information-requested.v1 late-evening en': [
    'AEO application: information requested',
    'Customs needs more information to accept your application for AEOF status:  Please reply by 5 December 2026 (Ulaanbaatar time); the acceptance period is paused until your reply.',
  ],
  'staff-information-received.v1 few-fields en': [
    'AEO application: information received (taxpayer )',
    'The operator with taxpayer ID  answered the request for information on its application for AEOF status (application undefined) on Invalid Date (Ulaanbaatar time). The acceptance period runs again; please review the answer.',
  ],
  'staff-information-received.v1 late-evening en': [
    'AEO application: information received (Gobi Trade LLC)',
    'Gobi Trade LLC (taxpayer ID 5123456) answered the request for information on its application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 5 December 2026 (Ulaanbaatar time). The acceptance period runs again; please review the answer.',
  ],
  'application-withdrawn.v1 few-fields en': [
    'AEO application withdrawn',
    'Your application for AEOF status was withdrawn on Invalid Date (Ulaanbaatar time), and customs has closed it. Reason: incomplete self-assessment.',
  ],
  'application-withdrawn.v1 late-evening en': [
    'AEO application withdrawn',
    'Your application for AEOF status was withdrawn on 5 December 2026 (Ulaanbaatar time), and customs has closed it. Reason: ',
  ],
  'staff-application-withdrawn.v1 few-fields en': [
    'AEO application withdrawn (taxpayer )',
    'The operator with taxpayer ID  withdrew its application for AEOF status (application undefined) on Invalid Date (Ulaanbaatar time). Reason: incomplete self-assessment. No further action on the application is needed.',
  ],
  'staff-application-withdrawn.v1 late-evening en': [
    'AEO application withdrawn (Gobi Trade LLC)',
    'Gobi Trade LLC (taxpayer ID 5123456) withdrew its application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 5 December 2026 (Ulaanbaatar time). Reason:  No further action on the application is needed.',
  ],
  'staff-decision-due.v1 few-fields en': [
    'AEO decision due soon (taxpayer )',
    'The decision on the application for AEOF status (application undefined; applicant: taxpayer ID ) is due by 27 April 2027 (Ulaanbaatar time). Please decide in time, or extend the period with reasons.',
  ],
  'staff-decision-due.v1 late-evening en': [
    'AEO decision due soon (Gobi Trade LLC)',
    'The decision on the application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; applicant: Gobi Trade LLC, taxpayer ID 5123456) is due by 5 December 2026 (Ulaanbaatar time). Please decide in time, or extend the period with reasons.',
  ],
  'staff-decision-overdue.v1 few-fields en': [
    'AEO decision overdue (taxpayer )',
    'The decision on the application for AEOF status (application undefined; applicant: taxpayer ID ) was due by 27 April 2027 (Ulaanbaatar time) and has not been taken. Please decide without delay.',
  ],
  'staff-decision-overdue.v1 late-evening en': [
    'AEO decision overdue (Gobi Trade LLC)',
    'The decision on the application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; applicant: Gobi Trade LLC, taxpayer ID 5123456) was due by 5 December 2026 (Ulaanbaatar time) and has not been taken. Please decide without delay.',
  ],
  'decision-extended.v1 few-fields en': [
    'AEO application: decision period extended',
    'Customs extended the period for deciding on your application for AEOF status until 27 April 2027 (Ulaanbaatar time). Reasons: ',
  ],
  'decision-extended.v1 late-evening en': [
    'AEO application: decision period extended',
    'Customs extended the period for deciding on your application for AEOF status until 5 December 2026 (Ulaanbaatar time). Reasons: ',
  ],
  'hearing-opened.v1 few-fields en': [
    'AEO application: intended refusal',
    'Customs intends to refuse your application for AEOF status. Grounds: false statements. You may comment until 15 January 2027 (Ulaanbaatar time).',
  ],
  'hearing-opened.v1 late-evening en': [
    'AEO application: intended refusal',
    'Customs intends to refuse your application for AEOF status. Grounds:  You may comment until 5 December 2026 (Ulaanbaatar time).',
  ],
  'staff-hearing-responded.v1 few-fields en': [
    'AEO intended refusal: comments received (taxpayer )',
    'On Invalid Date (Ulaanbaatar time), the operator with taxpayer ID  commented on the grounds of the intended refusal of its application for AEOF status (application undefined). Please take the comments into account and decide on the application.',
  ],
  'staff-hearing-responded.v1 late-evening en': [
    'AEO intended refusal: comments received (Gobi Trade LLC)',
    'On 5 December 2026 (Ulaanbaatar time), Gobi Trade LLC (taxpayer ID 5123456) commented on the grounds of the intended refusal of its application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Please take the comments into account and decide on the application.',
  ],
  'validation-opened.v1 few-fields en': [
    'AEO application: validation started',
    'Customs has started the validation of your application for AEOF status, to be completed by Invalid Date (Ulaanbaatar time). The validator may ask you for documents or clarifications.',
  ],
  'validation-opened.v1 late-evening en': [
    'AEO application: validation started',
    'Customs has started the validation of your application for AEOF status, to be completed by 5 December 2026 (Ulaanbaatar time). The validator may ask you for documents or clarifications.',
  ],
  'staff-validation-assigned.v1 few-fields en': [
    'AEO validation assigned to you (taxpayer )',
    'You are assigned the validation of the application for AEOF status (application undefined); operator: taxpayer ID . Risk score undefined, recommendation: . Please submit the validation report by Invalid Date (Ulaanbaatar time).',
  ],
  'staff-validation-assigned.v1 late-evening en': [
    'AEO validation assigned to you (Gobi Trade LLC)',
    'You are assigned the validation of the application for AEOF status (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601); operator: Gobi Trade LLC, taxpayer ID 5123456. Risk score undefined, recommendation: . Please submit the validation report by 5 December 2026 (Ulaanbaatar time).',
  ],
  'visit-scheduled.v1 few-fields en': [
    'AEO site visit scheduled',
    'A site visit to your premises is scheduled for Invalid Date at Invalid Date (Ulaanbaatar time). Please make sure the responsible staff and the relevant records are available.',
  ],
  'visit-scheduled.v1 late-evening en': [
    'AEO site visit scheduled',
    'A site visit to your premises is scheduled for 5 December 2026 at 04:00 (Ulaanbaatar time). Please make sure the responsible staff and the relevant records are available.',
  ],
  'staff-visit-scheduled.v1 few-fields en': [
    'AEO site visit scheduled (taxpayer )',
    'A site visit to the operator with taxpayer ID  is scheduled for Invalid Date at Invalid Date (Ulaanbaatar time), for application undefined; validator: undefined. Please prepare the visit with the validation checklist.',
  ],
  'staff-visit-scheduled.v1 late-evening en': [
    'AEO site visit scheduled (Gobi Trade LLC)',
    'A site visit to Gobi Trade LLC (taxpayer ID 5123456) is scheduled for 5 December 2026 at 04:00 (Ulaanbaatar time), for application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; validator: undefined. Please prepare the visit with the validation checklist.',
  ],
  'staff-report-reminder.v1 few-fields en': [
    'AEO validation report due soon (taxpayer )',
    'The validation report on application undefined (operator: taxpayer ID ) is due by Invalid Date (Ulaanbaatar time). Please submit it in time.',
  ],
  'staff-report-reminder.v1 late-evening en': [
    'AEO validation report due soon (Gobi Trade LLC)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (operator: Gobi Trade LLC, taxpayer ID 5123456) is due by 5 December 2026 (Ulaanbaatar time). Please submit it in time.',
  ],
  'staff-report-overdue.v1 few-fields en': [
    'AEO validation report overdue (taxpayer )',
    'The validation report on application undefined (case undefined; operator: taxpayer ID ) was due by Invalid Date (Ulaanbaatar time) and is still missing. Please follow up with the assigned validator, or reassign the case.',
  ],
  'staff-report-overdue.v1 late-evening en': [
    'AEO validation report overdue (Gobi Trade LLC)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (case undefined; operator: Gobi Trade LLC, taxpayer ID 5123456) was due by 5 December 2026 (Ulaanbaatar time) and is still missing. Please follow up with the assigned validator, or reassign the case.',
  ],
  'staff-report-submitted.v1 few-fields en': [
    'AEO validation report submitted (taxpayer )',
    'The validation report on application undefined (AEOF; operator: taxpayer ID ) was submitted by undefined, recommending: . Please take the decision.',
  ],
  'staff-report-submitted.v1 late-evening en': [
    'AEO validation report submitted (Gobi Trade LLC)',
    'The validation report on application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (AEOF; operator: Gobi Trade LLC, taxpayer ID 5123456) was submitted by undefined, recommending: . Please take the decision.',
  ],
  'validation-closed.v1 few-fields en': [
    'AEO application: validation closed',
    'Customs has closed the validation of your application for AEOF status on Invalid Date (Ulaanbaatar time), because  ("incomplete self-assessment"). No further documents are needed for it, and any site visit announced for it will not take place.',
  ],
  'validation-closed.v1 late-evening en': [
    'AEO application: validation closed',
    'Customs has closed the validation of your application for AEOF status on 5 December 2026 (Ulaanbaatar time), because  ("undefined"). No further documents are needed for it, and any site visit announced for it will not take place.',
  ],
  'staff-validation-closed.v1 few-fields en': [
    'AEO validation closed (taxpayer )',
    'The validation of application undefined (case undefined; operator: taxpayer ID ) was closed on Invalid Date (Ulaanbaatar time) because  ("incomplete self-assessment", undefined). It is no longer in your workload; no report is needed, and any visit scheduled for it is cancelled.',
  ],
  'staff-validation-closed.v1 late-evening en': [
    'AEO validation closed (Gobi Trade LLC)',
    'The validation of application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 (case undefined; operator: Gobi Trade LLC, taxpayer ID 5123456) was closed on 5 December 2026 (Ulaanbaatar time) because  ("undefined", undefined). It is no longer in your workload; no report is needed, and any visit scheduled for it is cancelled.',
  ],
  'corrective-action-requested.v1 few-fields en': [
    'AEO application: corrective action requested',
    'In the validation of your application for AEOF status, the validator asks you to correct a shortcoming on the criterion "":  Please answer by Invalid Date (Ulaanbaatar time); the validation report waits for your answer.',
  ],
  'corrective-action-requested.v1 late-evening en': [
    'AEO application: corrective action requested',
    'In the validation of your application for AEOF status, the validator asks you to correct a shortcoming on the criterion "":  Please answer by 5 December 2026 (Ulaanbaatar time); the validation report waits for your answer.',
  ],
  'staff-corrective-action-requested.v1 few-fields en': [
    'AEO corrective action requested (taxpayer )',
    'In the validation of application undefined, the validator undefined asked the operator with taxpayer ID  to correct a shortcoming on the criterion "" by Invalid Date (Ulaanbaatar time):  The validation report waits for the answer.',
  ],
  'staff-corrective-action-requested.v1 late-evening en': [
    'AEO corrective action requested (Gobi Trade LLC)',
    'In the validation of application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601, the validator undefined asked Gobi Trade LLC (taxpayer ID 5123456) to correct a shortcoming on the criterion "" by 5 December 2026 (Ulaanbaatar time):  The validation report waits for the answer.',
  ],
  'staff-corrective-action-answered.v1 few-fields en': [
    'AEO corrective action answered (taxpayer )',
    'The operator with taxpayer ID  answered the corrective action on the criterion "" (application undefined) on Invalid Date (Ulaanbaatar time). Please review the answer on the case before the report.',
  ],
  'staff-corrective-action-answered.v1 late-evening en': [
    'AEO corrective action answered (Gobi Trade LLC)',
    'Gobi Trade LLC (taxpayer ID 5123456) answered the corrective action on the criterion "" (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 5 December 2026 (Ulaanbaatar time). Please review the answer on the case before the report.',
  ],
  'authorisation-granted.v1 few-fields en': [
    'AEO authorisation granted (AEOF)',
    'Customs granted you the AEOF authorisation MN-AEOF-2026-00001, in force from 1 December 2026 (Ulaanbaatar time). Its revalidation is due on 4 December 2029.',
  ],
  'authorisation-granted.v1 late-evening en': [
    'AEO authorisation granted (AEOF)',
    'Customs granted you the AEOF authorisation MN-AEOF-2026-00001, in force from 5 December 2026 (Ulaanbaatar time). Its revalidation is due on 5 December 2026.',
  ],
  'staff-authorisation-granted.v1 few-fields en': [
    'AEO authorisation granted: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (AEOF; holder: taxpayer ID ) was granted, in force from 1 December 2026 (Ulaanbaatar time). Its revalidation is due on 4 December 2029.',
  ],
  'staff-authorisation-granted.v1 late-evening en': [
    'AEO authorisation granted: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (AEOF; holder: Gobi Trade LLC, taxpayer ID 5123456) was granted, in force from 5 December 2026 (Ulaanbaatar time). Its revalidation is due on 5 December 2026.',
  ],
  'authorisation-refused.v1 few-fields en': [
    'AEO authorisation refused',
    'Customs refused to grant the AEOF authorisation you applied for. Reasons: ',
  ],
  'authorisation-refused.v1 late-evening en': [
    'AEO authorisation refused',
    'Customs refused to grant the AEOF authorisation you applied for. Reasons: ',
  ],
  'revalidation-due.v1 few-fields en': [
    'AEO revalidation due in 90 days',
    'Your AEO authorisation MN-AEOF-2026-00001 is due for revalidation on 4 December 2029 (Ulaanbaatar time). Please review your self-assessment; your contact officer will guide you.',
  ],
  'revalidation-due.v1 late-evening en': [
    'AEO revalidation due in undefined days',
    'Your AEO authorisation MN-AEOF-2026-00001 is due for revalidation on 5 December 2026 (Ulaanbaatar time). Please review your self-assessment; your contact officer will guide you.',
  ],
  'staff-revalidation-due.v1 few-fields en': [
    'AEO revalidation due in 90 days: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: taxpayer ID ) is due for revalidation on 4 December 2029 (Ulaanbaatar time). Please contact the holder and help it prepare its self-assessment.',
  ],
  'staff-revalidation-due.v1 late-evening en': [
    'AEO revalidation due in undefined days: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) is due for revalidation on 5 December 2026 (Ulaanbaatar time). Please contact the holder and help it prepare its self-assessment.',
  ],
  'revalidation-started.v1 few-fields en': [
    'AEO revalidation started',
    'The revalidation of authorisation MN-AEOF-2026-00001 has started. Please update your self-assessment by 1 February 2027 (Ulaanbaatar time).',
  ],
  'revalidation-started.v1 late-evening en': [
    'AEO revalidation started',
    'The revalidation of authorisation MN-AEOF-2026-00001 has started. Please update your self-assessment by 5 December 2026 (Ulaanbaatar time).',
  ],
  'staff-revalidation-started.v1 few-fields en': [
    'AEO revalidation started: MN-AEOF-2026-00001',
    'Revalidation of authorisation MN-AEOF-2026-00001 (holder: taxpayer ID ) has started (trigger: ). The holder is to update its self-assessment by 1 February 2027 (Ulaanbaatar time); please follow it up.',
  ],
  'staff-revalidation-started.v1 late-evening en': [
    'AEO revalidation started: MN-AEOF-2026-00001',
    'Revalidation of authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) has started (trigger: ). The holder is to update its self-assessment by 5 December 2026 (Ulaanbaatar time); please follow it up.',
  ],
  'revalidation-completed.v1 few-fields en': [
    'AEO authorisation confirmed',
    'Authorisation MN-AEOF-2026-00001 was confirmed. The next revalidation is due on 4 December 2032 (Ulaanbaatar time).',
  ],
  'revalidation-completed.v1 late-evening en': [
    'AEO authorisation confirmed',
    'Authorisation MN-AEOF-2026-00001 was confirmed. The next revalidation is due on 5 December 2026 (Ulaanbaatar time).',
  ],
  'staff-revalidation-requested.v1 few-fields en': [
    'Early AEO revalidation requested: MN-AEOF-2026-00001',
    'An early revalidation of authorisation MN-AEOF-2026-00001 (holder: taxpayer ID ) was requested by undefined. Reason: incomplete self-assessment. Please follow up the revalidation with the holder.',
  ],
  'staff-revalidation-requested.v1 late-evening en': [
    'Early AEO revalidation requested: MN-AEOF-2026-00001',
    'An early revalidation of authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) was requested by undefined. Reason:  Please follow up the revalidation with the holder.',
  ],
  'staff-change-reported.v1 few-fields en': [
    'AEO change reported (): MN-AEOF-2026-00001',
    'The holder of authorisation MN-AEOF-2026-00001 (taxpayer ID ) reported a change () effective Invalid Date (Ulaanbaatar time):  The authorisation will be reassessed through an early revalidation; please review the change.',
  ],
  'staff-change-reported.v1 late-evening en': [
    'AEO change reported (): MN-AEOF-2026-00001',
    'The holder of authorisation MN-AEOF-2026-00001 (Gobi Trade LLC, taxpayer ID 5123456) reported a change () effective 5 December 2026 (Ulaanbaatar time):  The authorisation will be reassessed through an early revalidation; please review the change.',
  ],
  'authorisation-suspended.v1 few-fields en': [
    'AEO authorisation suspended',
    'Authorisation MN-AEOF-2026-00001 is suspended (its security part). Grounds: false statements. State your remedial measures by 1 January 2027 (Ulaanbaatar time).',
  ],
  'authorisation-suspended.v1 late-evening en': [
    'AEO authorisation suspended',
    'Authorisation MN-AEOF-2026-00001 is suspended. Grounds: undefined. State your remedial measures by 5 December 2026 (Ulaanbaatar time).',
  ],
  'staff-authorisation-suspended.v1 few-fields en': [
    'AEO authorisation suspended: MN-AEOF-2026-00001',
    "Authorisation MN-AEOF-2026-00001 (holder: taxpayer ID ) is suspended (its security part) from 1 December 2026 (Ulaanbaatar time). Grounds: false statements. The holder's remediation plan is due by 1 January 2027; please follow it up.",
  ],
  'staff-authorisation-suspended.v1 late-evening en': [
    'AEO authorisation suspended: MN-AEOF-2026-00001',
    "Authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) is suspended from 5 December 2026 (Ulaanbaatar time). Grounds:  The holder's remediation plan is due by 5 December 2026; please follow it up.",
  ],
  'suspension-progress.v1 few-fields en': [
    'AEO suspension: remediation period ended',
    'The remediation period for the suspended authorisation MN-AEOF-2026-00001 ended on Invalid Date (Ulaanbaatar time). Customs will now decide whether to reinstate or revoke the authorisation and will inform you.',
  ],
  'suspension-progress.v1 late-evening en': [
    'AEO suspension: remediation period ended',
    'The remediation period for the suspended authorisation MN-AEOF-2026-00001 ended on 5 December 2026 (Ulaanbaatar time). Customs will now decide whether to reinstate or revoke the authorisation and will inform you.',
  ],
  'staff-suspension-progress.v1 few-fields en': [
    'AEO remediation period ended: MN-AEOF-2026-00001',
    'The remediation period of the suspended authorisation MN-AEOF-2026-00001 (holder: taxpayer ID ) ended on Invalid Date (Ulaanbaatar time). Please decide whether to reinstate or revoke the authorisation.',
  ],
  'staff-suspension-progress.v1 late-evening en': [
    'AEO remediation period ended: MN-AEOF-2026-00001',
    'The remediation period of the suspended authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) ended on 5 December 2026 (Ulaanbaatar time). Please decide whether to reinstate or revoke the authorisation.',
  ],
  'authorisation-reinstated.v1 few-fields en': [
    'AEO authorisation reinstated',
    'Authorisation MN-AEOF-2026-00001 is in force again from 1 December 2026 (Ulaanbaatar time); its benefits resume.',
  ],
  'authorisation-reinstated.v1 late-evening en': [
    'AEO authorisation reinstated',
    'Authorisation MN-AEOF-2026-00001 is in force again from 5 December 2026 (Ulaanbaatar time); its benefits resume.',
  ],
  'staff-authorisation-reinstated.v1 few-fields en': [
    'AEO authorisation reinstated: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: taxpayer ID ) is in force again from 1 December 2026 (Ulaanbaatar time), and its benefits resume. The suspension is closed; revalidation monitoring continues as usual.',
  ],
  'staff-authorisation-reinstated.v1 late-evening en': [
    'AEO authorisation reinstated: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) is in force again from 5 December 2026 (Ulaanbaatar time), and its benefits resume. The suspension is closed; revalidation monitoring continues as usual.',
  ],
  'authorisation-revocation-intended.v1 few-fields en': [
    'AEO authorisation: intended revocation',
    'Customs intends to revoke authorisation MN-AEOF-2026-00001. Grounds: false statements. You may comment until 15 January 2027 (Ulaanbaatar time).',
  ],
  'authorisation-revocation-intended.v1 late-evening en': [
    'AEO authorisation: intended revocation',
    'Customs intends to revoke authorisation MN-AEOF-2026-00001. Grounds: undefined. You may comment until 5 December 2026 (Ulaanbaatar time).',
  ],
  'authorisation-revoked.v1 few-fields en': [
    'AEO authorisation revoked',
    'Authorisation MN-AEOF-2026-00001 is revoked from 1 December 2026 (Ulaanbaatar time). Grounds: false statements. A new application is possible after three years.',
  ],
  'authorisation-revoked.v1 late-evening en': [
    'AEO authorisation revoked',
    'Authorisation MN-AEOF-2026-00001 is revoked from 5 December 2026 (Ulaanbaatar time). Grounds: undefined. A new application is possible after three years.',
  ],
  'staff-authorisation-revoked.v1 few-fields en': [
    'AEO authorisation revoked: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: taxpayer ID ) is revoked from 1 December 2026 (Ulaanbaatar time). Grounds: false statements. Its benefits end, and no new application from the holder is accepted for three years.',
  ],
  'staff-authorisation-revoked.v1 late-evening en': [
    'AEO authorisation revoked: MN-AEOF-2026-00001',
    'Authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) is revoked from 5 December 2026 (Ulaanbaatar time). Grounds:  Its benefits end, and no new application from the holder is accepted for three years.',
  ],
  'authorisation-surrendered.v1 few-fields en': [
    'AEO authorisation surrendered',
    'At your request, authorisation MN-AEOF-2026-00001 ends on 1 December 2026 (Ulaanbaatar time).',
  ],
  'authorisation-surrendered.v1 late-evening en': [
    'AEO authorisation surrendered',
    'At your request, authorisation MN-AEOF-2026-00001 ends on 5 December 2026 (Ulaanbaatar time).',
  ],
  'staff-authorisation-surrendered.v1 few-fields en': [
    'AEO authorisation surrendered: MN-AEOF-2026-00001',
    "At the holder's request, authorisation MN-AEOF-2026-00001 (holder: taxpayer ID ) ends on 1 December 2026 (Ulaanbaatar time). Reason: incomplete self-assessment. Its benefits end then; no bar applies to a new application.",
  ],
  'staff-authorisation-surrendered.v1 late-evening en': [
    'AEO authorisation surrendered: MN-AEOF-2026-00001',
    "At the holder's request, authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) ends on 5 December 2026 (Ulaanbaatar time). Reason:  Its benefits end then; no bar applies to a new application.",
  ],
  'staff-watchdog-alert.v1 few-fields en': [
    'AEO watchdog: revalidation  (MN-AEOF-2026-00001)',
    'The daily check on Invalid Date (Ulaanbaatar time) found a problem with the revalidation workflow of authorisation MN-AEOF-2026-00001 (holder: taxpayer ID ):  (). It could not be repaired automatically; please investigate and repair it by hand.',
  ],
  'staff-watchdog-alert.v1 late-evening en': [
    'AEO watchdog: revalidation  (MN-AEOF-2026-00001)',
    'The daily check on 5 December 2026 (Ulaanbaatar time) found a problem with the revalidation workflow of authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456):  (). It could not be repaired automatically; please investigate and repair it by hand.',
  ],
  'staff-workflow-step-failed.v1 few-fields en': [
    'AEO workflow step failed:  (MN-AEOF-2026-00001)',
    'On Invalid Date (Ulaanbaatar time) the  workflow  (holder: taxpayer ID ) could not take its step "": the step was skipped ( failed for good, : ). The workflow carries on; please correct the data or record the step by hand.',
  ],
  'staff-workflow-step-failed.v1 late-evening en': [
    'AEO workflow step failed:  (MN-AEOF-2026-00001)',
    'On 5 December 2026 (Ulaanbaatar time) the  workflow  (holder: Gobi Trade LLC, taxpayer ID 5123456) could not take its step "": the step was skipped ( failed for good, : ). The workflow carries on; please correct the data or record the step by hand.',
  ],
  'staff-risk-alert.v1 few-fields en': [
    'AEO risk alert (): taxpayer ',
    'A risk signal of  severity about the operator with taxpayer ID  was raised on Invalid Date (Ulaanbaatar time): incomplete self-assessment. Recommendation: ; please review the authorisation and take the recommended step.',
  ],
  'staff-risk-alert.v1 late-evening en': [
    'AEO risk alert (): Gobi Trade LLC',
    'A risk signal of  severity about Gobi Trade LLC (taxpayer ID 5123456) was raised on 5 December 2026 (Ulaanbaatar time):  Recommendation: ; please review the authorisation and take the recommended step.',
  ],
  'authorisation-granted.v1 late-evening UTC en': [
    'AEO authorisation granted (AEOF)',
    'Customs granted you the AEOF authorisation MN-AEOF-2026-00001, in force from 4 December 2026 (UTC). Its revalidation is due on 4 December 2026.',
  ],
  'authorisation-granted.v1 late-evening Europe/Berlin en': [
    'AEO authorisation granted (AEOF)',
    'Customs granted you the AEOF authorisation MN-AEOF-2026-00001, in force from 4 December 2026 (Europe/Berlin time). Its revalidation is due on 4 December 2026.',
  ],
  'authorisation-revocation-intended.v1 late-evening UTC en': [
    'AEO authorisation: intended revocation',
    'Customs intends to revoke authorisation MN-AEOF-2026-00001. Grounds: undefined. You may comment until 4 December 2026 (UTC).',
  ],
  'authorisation-revocation-intended.v1 late-evening Europe/Berlin en': [
    'AEO authorisation: intended revocation',
    'Customs intends to revoke authorisation MN-AEOF-2026-00001. Grounds: undefined. You may comment until 4 December 2026 (Europe/Berlin time).',
  ],
  'visit-scheduled.v1 late-evening UTC en': [
    'AEO site visit scheduled',
    'A site visit to your premises is scheduled for 4 December 2026 at 20:00 (UTC). Please make sure the responsible staff and the relevant records are available.',
  ],
  'visit-scheduled.v1 late-evening Europe/Berlin en': [
    'AEO site visit scheduled',
    'A site visit to your premises is scheduled for 4 December 2026 at 21:00 (Europe/Berlin time). Please make sure the responsible staff and the relevant records are available.',
  ],
  'staff-visit-scheduled.v1 late-evening UTC en': [
    'AEO site visit scheduled (Gobi Trade LLC)',
    'A site visit to Gobi Trade LLC (taxpayer ID 5123456) is scheduled for 4 December 2026 at 20:00 (UTC), for application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; validator: undefined. Please prepare the visit with the validation checklist.',
  ],
  'staff-visit-scheduled.v1 late-evening Europe/Berlin en': [
    'AEO site visit scheduled (Gobi Trade LLC)',
    'A site visit to Gobi Trade LLC (taxpayer ID 5123456) is scheduled for 4 December 2026 at 21:00 (Europe/Berlin time), for application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; validator: undefined. Please prepare the visit with the validation checklist.',
  ],
  'staff-corrective-action-answered.v1 late-evening UTC en': [
    'AEO corrective action answered late (Gobi Trade LLC)',
    'Gobi Trade LLC (taxpayer ID 5123456) answered the corrective action on the criterion "" (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 4 December 2026 (UTC), after its due date of 4 December 2026. Please review the answer on the case before the report.',
  ],
  'staff-corrective-action-answered.v1 late-evening Europe/Berlin en': [
    'AEO corrective action answered late (Gobi Trade LLC)',
    'Gobi Trade LLC (taxpayer ID 5123456) answered the corrective action on the criterion "" (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 4 December 2026 (Europe/Berlin time), after its due date of 4 December 2026. Please review the answer on the case before the report.',
  ],
  'staff-authorisation-suspended.v1 late-evening UTC en': [
    'AEO authorisation suspended: MN-AEOF-2026-00001',
    "Authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) is suspended from 4 December 2026 (UTC). Grounds:  The holder's remediation plan is due by 4 December 2026; please follow it up.",
  ],
  'staff-authorisation-suspended.v1 late-evening Europe/Berlin en': [
    'AEO authorisation suspended: MN-AEOF-2026-00001',
    "Authorisation MN-AEOF-2026-00001 (holder: Gobi Trade LLC, taxpayer ID 5123456) is suspended from 4 December 2026 (Europe/Berlin time). Grounds:  The holder's remediation plan is due by 4 December 2026; please follow it up.",
  ],
  'application-submitted.v1 aeo.application.submitted.v1#0 mn': [
    'AEO өргөдөл хүлээн авлаа (AEOF)',
    'Таны AEOF статусын өргөдлийг хүлээн авлаа. Гаалийн байгууллага Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 28-ны дотор бүрдлийг шалгана; энэ хугацаанд хариу өгөөгүй бол өргөдлийг хүлээн авсанд тооцно.',
  ],
  'staff-application-submitted.v1 aeo.application.submitted.v1#0 mn': [
    'Шинэ AEO өргөдөл (AEOF): Gobi Trade LLC',
    'Gobi Trade LLC (ТТД 5123456) AEOF статусын өргөдөл гаргалаа (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Өргөдлийн бүрдлийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 28-ны дотор шалгана уу; энэ хугацаанд хариу өгөөгүй бол өргөдлийг хүлээн авсанд тооцно.',
  ],
  'staff-application-submitted.v1 aeo.application.submitted.v1#0 long-name mn': [
    'Шинэ AEO өргөдөл (AEOF): Mongolian International Freight…',
    'Mongolian International Freight Forwarding and Customs Brokerage Company LLC (ТТД 5123456) AEOF статусын өргөдөл гаргалаа (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Өргөдлийн бүрдлийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 28-ны дотор шалгана уу; энэ хугацаанд хариу өгөөгүй бол өргөдлийг хүлээн авсанд тооцно.',
  ],
  'application-accepted.v1 aeo.application.accepted.v1#0 mn': [
    'AEO өргөдлийг хүлээн авлаа',
    'Гаалийн байгууллага таны өргөдлийг бүрэн гэж хүлээн авлаа. Шийдвэрийг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 9-ний дотор гаргана.',
  ],
  'application-rejected.v1 aeo.application.rejected.v1#0 mn': [
    'AEO өргөдлийг хүлээн аваагүй',
    'Гаалийн байгууллага таны өргөдлийг хүлээн аваагүй. Үндэслэл: The financial statements for the last three years are missing.',
  ],
  'information-requested.v1 aeo.application.information-requested.v1#0 mn': [
    'AEO өргөдөл: нэмэлт мэдээлэл шаардлагатай',
    'Таны AEOF статусын өргөдлийг хүлээн авахад нэмэлт мэдээлэл шаардлагатай байна: Please provide the lease contract of the Zamyn-Uud warehouse. Хариугаа Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 21-ний дотор ирүүлнэ үү; хариу ирэх хүртэл өргөдлийг хүлээн авах хугацаа түр зогсоно.',
  ],
  'staff-information-received.v1 aeo.application.information-received.v1#0 mn': [
    'AEO өргөдөл: нэмэлт мэдээлэл ирлээ (Gobi Trade LLC)',
    'Gobi Trade LLC (ТТД 5123456) AEOF статусын өргөдлийн талаар хүссэн нэмэлт мэдээллийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 18-нд ирүүллээ (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Өргөдлийг хүлээн авах хугацаа дахин үргэлжилж байгаа тул хариуг хянана уу.',
  ],
  'staff-information-received.v1 aeo.application.information-received.v1#0 as-sent mn': [
    'AEO өргөдөл: нэмэлт мэдээлэл ирлээ (ТТД 5123456)',
    'ТТД 5123456 бүхий аж ахуйн нэгж AEOF статусын өргөдлийн талаар хүссэн нэмэлт мэдээллийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 18-нд ирүүллээ (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Өргөдлийг хүлээн авах хугацаа дахин үргэлжилж байгаа тул хариуг хянана уу.',
  ],
  'staff-information-received.v1 aeo.application.information-received.v1#0 long-name mn': [
    'AEO өргөдөл: нэмэлт мэдээлэл ирлээ (Mongolian International Freight…)',
    'Mongolian International Freight Forwarding and Customs Brokerage Company LLC (ТТД 5123456) AEOF статусын өргөдлийн талаар хүссэн нэмэлт мэдээллийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 18-нд ирүүллээ (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Өргөдлийг хүлээн авах хугацаа дахин үргэлжилж байгаа тул хариуг хянана уу.',
  ],
  'application-withdrawn.v1 aeo.application.withdrawn.v1#0 mn': [
    'AEO өргөдлийг буцаан авлаа',
    'Таны AEOF статусын өргөдлийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 15-нд буцаан авсан тул гаалийн байгууллага шийдвэрлэх ажиллагааг зогсоолоо. Шалтгаан: We are restructuring the company and will apply again next year.',
  ],
  'staff-application-withdrawn.v1 aeo.application.withdrawn.v1#0 mn': [
    'AEO өргөдлийг буцаан авлаа (Gobi Trade LLC)',
    'Gobi Trade LLC (ТТД 5123456) AEOF статусын өргөдлөө Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 15-нд буцаан авлаа (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Шалтгаан: We are restructuring the company and will apply again next year. Өргөдлийн талаар цаашид арга хэмжээ авах шаардлагагүй.',
  ],
  'staff-application-withdrawn.v1 aeo.application.withdrawn.v1#0 as-sent mn': [
    'AEO өргөдлийг буцаан авлаа (ТТД 5123456)',
    'ТТД 5123456 бүхий аж ахуйн нэгж AEOF статусын өргөдлөө Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 15-нд буцаан авлаа (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Шалтгаан: We are restructuring the company and will apply again next year. Өргөдлийн талаар цаашид арга хэмжээ авах шаардлагагүй.',
  ],
  'staff-application-withdrawn.v1 aeo.application.withdrawn.v1#0 long-name mn': [
    'AEO өргөдлийг буцаан авлаа (Mongolian International Freight…)',
    'Mongolian International Freight Forwarding and Customs Brokerage Company LLC (ТТД 5123456) AEOF статусын өргөдлөө Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 15-нд буцаан авлаа (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Шалтгаан: We are restructuring the company and will apply again next year. Өргөдлийн талаар цаашид арга хэмжээ авах шаардлагагүй.',
  ],
  'staff-decision-due.v1 aeo.application.decision-due.v1#0 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 9-ний дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'staff-decision-due.v1 aeo.application.decision-due.v1#0 as-sent mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (ТТД 5123456)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 9-ний дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'staff-decision-due.v1 aeo.application.decision-due.v1#0 long-name mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Mongolian International Freight…)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 9-ний дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'staff-decision-overdue.v1 aeo.application.decision-overdue.v1#0 mn': [
    'AEO шийдвэрийн хугацаа хэтэрлээ (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 9-ний дотор гаргах байсан боловч одоог хүртэл гаргаагүй байна. Шийдвэрийг нэн даруй гаргана уу.',
  ],
  'staff-decision-overdue.v1 aeo.application.decision-overdue.v1#0 as-sent mn': [
    'AEO шийдвэрийн хугацаа хэтэрлээ (ТТД 5123456)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 9-ний дотор гаргах байсан боловч одоог хүртэл гаргаагүй байна. Шийдвэрийг нэн даруй гаргана уу.',
  ],
  'staff-decision-overdue.v1 aeo.application.decision-overdue.v1#0 long-name mn': [
    'AEO шийдвэрийн хугацаа хэтэрлээ (Mongolian International Freight…)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 9-ний дотор гаргах байсан боловч одоог хүртэл гаргаагүй байна. Шийдвэрийг нэн даруй гаргана уу.',
  ],
  'decision-extended.v1 aeo.application.decision-extended.v1#0 mn': [
    'AEO өргөдөл: шийдвэр гаргах хугацааг сунгалаа',
    'Гаалийн байгууллага таны AEOF статусын өргөдлийн талаар шийдвэр гаргах хугацааг Улаанбаатарын цагаар 2027 оны зургаадугаар сарын 8 хүртэл сунгалаа. Үндэслэл: the site visit at Zamyn-Uud needs a second day; a partner agency has not yet answered.',
  ],
  'hearing-opened.v1 aeo.application.hearing-opened.v1#0 mn': [
    'AEO зөвшөөрөл олгохоос татгалзах санал',
    'Гаалийн байгууллага таны AEOF статусын өргөдлийн дагуу зөвшөөрөл олгохоос татгалзах гэж байна. Үндэслэл: serious customs infringement in 2025; no security plan for the warehouse. Та Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 31 хүртэл тайлбар өгч болно.',
  ],
  'staff-hearing-responded.v1 aeo.application.hearing-responded.v1#0 mn': [
    'AEO татгалзах санал: тайлбар ирлээ (Gobi Trade LLC)',
    'Gobi Trade LLC (ТТД 5123456) AEOF статусын зөвшөөрөл олгохоос татгалзах саналын үндэслэлийн талаар Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 20-нд тайлбар ирүүллээ (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Тайлбарыг харгалзан өргөдлийн талаар шийдвэр гаргана уу.',
  ],
  'staff-hearing-responded.v1 aeo.application.hearing-responded.v1#0 as-sent mn': [
    'AEO татгалзах санал: тайлбар ирлээ (ТТД 5123456)',
    'ТТД 5123456 бүхий аж ахуйн нэгж AEOF статусын зөвшөөрөл олгохоос татгалзах саналын үндэслэлийн талаар Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 20-нд тайлбар ирүүллээ (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Тайлбарыг харгалзан өргөдлийн талаар шийдвэр гаргана уу.',
  ],
  'staff-hearing-responded.v1 aeo.application.hearing-responded.v1#0 long-name mn': [
    'AEO татгалзах санал: тайлбар ирлээ (Mongolian International Freight…)',
    'Mongolian International Freight Forwarding and Customs Brokerage Company LLC (ТТД 5123456) AEOF статусын зөвшөөрөл олгохоос татгалзах саналын үндэслэлийн талаар Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 20-нд тайлбар ирүүллээ (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Тайлбарыг харгалзан өргөдлийн талаар шийдвэр гаргана уу.',
  ],
  'validation-opened.v1 aeo.validation.opened.v1#0 mn': [
    'AEO өргөдөл: баталгаажуулалт эхэллээ',
    'Гаалийн байгууллага таны AEOF статусын өргөдлийн баталгаажуулалтыг эхлүүлж, Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор дуусгахаар төлөвлөлөө. Газар дээрх шалгалт хийх бөгөөд түүний товыг танд урьдчилан мэдэгдэнэ; мөн баталгаажуулагч танаас баримт бичиг, тодруулга хүсч болно.',
  ],
  'validation-opened.v1 aeo.validation.opened.v1#1 mn': [
    'AEO дахин баталгаажуулалт: шалгалт эхэллээ',
    'Гаалийн байгууллага MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалтын шалгалтыг эхлүүлж, Улаанбаатарын цагаар 2029 оны арван хоёрдугаар сарын 24-ний дотор дуусгахаар төлөвлөлөө. Баталгаажуулагч танаас баримт бичиг, тодруулга хүсч болно.',
  ],
  'staff-validation-assigned.v1 aeo.validation.opened.v1#0 mn': [
    'Танд AEO баталгаажуулалт хуваарилагдлаа (Gobi Trade LLC)',
    'Танд AEOF статусын өргөдлийн баталгаажуулалт (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) хуваарилагдлаа; аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456. Эрсдэлийн оноо 42, зөвлөмж: гүнзгийрүүлсэн баталгаажуулалт хийх; газар дээрх шалгалт хийх шаардлагатай. Баталгаажуулалтын тайланг Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлнэ үү.',
  ],
  'staff-validation-assigned.v1 aeo.validation.opened.v1#0 as-sent mn': [
    'Танд AEO баталгаажуулалт хуваарилагдлаа (ТТД 5123456)',
    'Танд AEOF статусын өргөдлийн баталгаажуулалт (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) хуваарилагдлаа; аж ахуйн нэгж: ТТД 5123456. Эрсдэлийн оноо 42, зөвлөмж: гүнзгийрүүлсэн баталгаажуулалт хийх; газар дээрх шалгалт хийх шаардлагатай. Баталгаажуулалтын тайланг Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлнэ үү.',
  ],
  'staff-validation-assigned.v1 aeo.validation.opened.v1#0 long-name mn': [
    'Танд AEO баталгаажуулалт хуваарилагдлаа (Mongolian International Freight…)',
    'Танд AEOF статусын өргөдлийн баталгаажуулалт (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) хуваарилагдлаа; аж ахуйн нэгж: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456. Эрсдэлийн оноо 42, зөвлөмж: гүнзгийрүүлсэн баталгаажуулалт хийх; газар дээрх шалгалт хийх шаардлагатай. Баталгаажуулалтын тайланг Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлнэ үү.',
  ],
  'staff-validation-assigned.v1 aeo.validation.opened.v1#1 mn': [
    'Танд AEO дахин баталгаажуулалт хуваарилагдлаа (Gobi Trade LLC)',
    'Танд MN-AEOF-2026-00001 зөвшөөрлийн 2-р мөчлөгийн дахин баталгаажуулалт хуваарилагдлаа; аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456. Эрсдэлийн оноо 18, зөвлөмж: ердийн журмаар үргэлжлүүлэх. Баталгаажуулалтын тайланг Улаанбаатарын цагаар 2029 оны арван хоёрдугаар сарын 24-ний дотор ирүүлнэ үү.',
  ],
  'staff-validation-assigned.v1 aeo.validation.opened.v1#1 as-sent mn': [
    'Танд AEO дахин баталгаажуулалт хуваарилагдлаа (ТТД 5123456)',
    'Танд MN-AEOF-2026-00001 зөвшөөрлийн 2-р мөчлөгийн дахин баталгаажуулалт хуваарилагдлаа; аж ахуйн нэгж: ТТД 5123456. Эрсдэлийн оноо 18, зөвлөмж: ердийн журмаар үргэлжлүүлэх. Баталгаажуулалтын тайланг Улаанбаатарын цагаар 2029 оны арван хоёрдугаар сарын 24-ний дотор ирүүлнэ үү.',
  ],
  'staff-validation-assigned.v1 aeo.validation.opened.v1#1 long-name mn': [
    'Танд AEO дахин баталгаажуулалт хуваарилагдлаа (Mongolian International Freight…)',
    'Танд MN-AEOF-2026-00001 зөвшөөрлийн 2-р мөчлөгийн дахин баталгаажуулалт хуваарилагдлаа; аж ахуйн нэгж: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456. Эрсдэлийн оноо 18, зөвлөмж: ердийн журмаар үргэлжлүүлэх. Баталгаажуулалтын тайланг Улаанбаатарын цагаар 2029 оны арван хоёрдугаар сарын 24-ний дотор ирүүлнэ үү.',
  ],
  'visit-scheduled.v1 aeo.validation.visit-scheduled.v1#0 mn': [
    'AEO газар дээрх шалгалтын товыг тогтлоо',
    'Танай байгууллагад газар дээрх шалгалтыг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 20-ны 10:00 цагт хийхээр товлолоо. Холбогдох ажилтнууд болон баримт бичгийг бэлэн байлгана уу.',
  ],
  'staff-visit-scheduled.v1 aeo.validation.visit-scheduled.v1#0 mn': [
    'AEO газар дээрх шалгалт товлогдлоо (Gobi Trade LLC)',
    'Газар дээрх шалгалтыг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 20-ны 10:00 цагт хийхээр товлолоо (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; баталгаажуулагч: validator.tsetseg). Баталгаажуулалтын шалгах хуудасны дагуу шалгалтад бэлтгэл хангана уу.',
  ],
  'staff-visit-scheduled.v1 aeo.validation.visit-scheduled.v1#0 as-sent mn': [
    'AEO газар дээрх шалгалт товлогдлоо (ТТД 5123456)',
    'Газар дээрх шалгалтыг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 20-ны 10:00 цагт хийхээр товлолоо (аж ахуйн нэгж: ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; баталгаажуулагч: validator.tsetseg). Баталгаажуулалтын шалгах хуудасны дагуу шалгалтад бэлтгэл хангана уу.',
  ],
  'staff-visit-scheduled.v1 aeo.validation.visit-scheduled.v1#0 long-name mn': [
    'AEO газар дээрх шалгалт товлогдлоо (Mongolian International Freight…)',
    'Газар дээрх шалгалтыг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 20-ны 10:00 цагт хийхээр товлолоо (аж ахуйн нэгж: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; баталгаажуулагч: validator.tsetseg). Баталгаажуулалтын шалгах хуудасны дагуу шалгалтад бэлтгэл хангана уу.',
  ],
  'staff-report-reminder.v1 aeo.validation.report-reminder.v1#0 mn': [
    'AEO тайлан ирүүлэх хугацаа дөхлөө (Gobi Trade LLC)',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлэх ёстой. Тайлангаа хугацаанд нь ирүүлнэ үү.',
  ],
  'staff-report-reminder.v1 aeo.validation.report-reminder.v1#0 as-sent mn': [
    'AEO тайлан ирүүлэх хугацаа дөхлөө (ТТД 5123456)',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлэх ёстой. Тайлангаа хугацаанд нь ирүүлнэ үү.',
  ],
  'staff-report-reminder.v1 aeo.validation.report-reminder.v1#0 long-name mn': [
    'AEO тайлан ирүүлэх хугацаа дөхлөө (Mongolian International Freight…)',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлэх ёстой. Тайлангаа хугацаанд нь ирүүлнэ үү.',
  ],
  'staff-report-reminder.v1 aeo.validation.report-reminder.v1#1 mn': [
    'AEO тайлан ирүүлэх хугацаа хэтэрлээ (Gobi Trade LLC)',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлэх байсан боловч ирүүлээгүй байна. Тайлангаа нэн даруй ирүүлнэ үү; энэ талаар бүсийн газарт мэдэгдсэн.',
  ],
  'staff-report-reminder.v1 aeo.validation.report-reminder.v1#1 as-sent mn': [
    'AEO тайлан ирүүлэх хугацаа хэтэрлээ (ТТД 5123456)',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлэх байсан боловч ирүүлээгүй байна. Тайлангаа нэн даруй ирүүлнэ үү; энэ талаар бүсийн газарт мэдэгдсэн.',
  ],
  'staff-report-reminder.v1 aeo.validation.report-reminder.v1#1 long-name mn': [
    'AEO тайлан ирүүлэх хугацаа хэтэрлээ (Mongolian International Freight…)',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлэх байсан боловч ирүүлээгүй байна. Тайлангаа нэн даруй ирүүлнэ үү; энэ талаар бүсийн газарт мэдэгдсэн.',
  ],
  'staff-report-overdue.v1 aeo.validation.report-reminder.v1#0 mn': [
    'AEO тайлан ирүүлэх хугацаа хэтэрлээ (Gobi Trade LLC)',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлэх байсан боловч одоог хүртэл ирээгүй байна. Томилогдсон баталгаажуулагчаас тодруулах, эсвэл ажлыг өөр баталгаажуулагчид шилжүүлнэ үү.',
  ],
  'staff-report-overdue.v1 aeo.validation.report-reminder.v1#0 as-sent mn': [
    'AEO тайлан ирүүлэх хугацаа хэтэрлээ (ТТД 5123456)',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлэх байсан боловч одоог хүртэл ирээгүй байна. Томилогдсон баталгаажуулагчаас тодруулах, эсвэл ажлыг өөр баталгаажуулагчид шилжүүлнэ үү.',
  ],
  'staff-report-overdue.v1 aeo.validation.report-reminder.v1#0 long-name mn': [
    'AEO тайлан ирүүлэх хугацаа хэтэрлээ (Mongolian International Freight…)',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлэх байсан боловч одоог хүртэл ирээгүй байна. Томилогдсон баталгаажуулагчаас тодруулах, эсвэл ажлыг өөр баталгаажуулагчид шилжүүлнэ үү.',
  ],
  'staff-report-overdue.v1 aeo.validation.report-reminder.v1#1 mn': [
    'AEO тайлан ирүүлэх хугацаа хэтэрлээ (Gobi Trade LLC)',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлэх байсан боловч одоог хүртэл ирээгүй байна. Томилогдсон баталгаажуулагчаас тодруулах, эсвэл ажлыг өөр баталгаажуулагчид шилжүүлнэ үү.',
  ],
  'staff-report-overdue.v1 aeo.validation.report-reminder.v1#1 as-sent mn': [
    'AEO тайлан ирүүлэх хугацаа хэтэрлээ (ТТД 5123456)',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлэх байсан боловч одоог хүртэл ирээгүй байна. Томилогдсон баталгаажуулагчаас тодруулах, эсвэл ажлыг өөр баталгаажуулагчид шилжүүлнэ үү.',
  ],
  'staff-report-overdue.v1 aeo.validation.report-reminder.v1#1 long-name mn': [
    'AEO тайлан ирүүлэх хугацаа хэтэрлээ (Mongolian International Freight…)',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-ний дотор ирүүлэх байсан боловч одоог хүртэл ирээгүй байна. Томилогдсон баталгаажуулагчаас тодруулах, эсвэл ажлыг өөр баталгаажуулагчид шилжүүлнэ үү.',
  ],
  'staff-report-submitted.v1 aeo.validation.report-submitted.v1#0 mn': [
    'AEO баталгаажуулалтын тайлан ирлээ (Gobi Trade LLC)',
    'Баталгаажуулагч validator.tsetseg баталгаажуулалтын тайлангаа ирүүллээ (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; AEOF; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Зөвлөмж: нөхцөлтэйгээр зөвшөөрөл олгох; нөхцөл: CCTV at the loading bay within six months; annual security training. Шийдвэр гаргана уу.',
  ],
  'staff-report-submitted.v1 aeo.validation.report-submitted.v1#0 as-sent mn': [
    'AEO баталгаажуулалтын тайлан ирлээ (ТТД 5123456)',
    'Баталгаажуулагч validator.tsetseg баталгаажуулалтын тайлангаа ирүүллээ (аж ахуйн нэгж: ТТД 5123456; AEOF; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Зөвлөмж: нөхцөлтэйгээр зөвшөөрөл олгох; нөхцөл: CCTV at the loading bay within six months; annual security training. Шийдвэр гаргана уу.',
  ],
  'staff-report-submitted.v1 aeo.validation.report-submitted.v1#0 long-name mn': [
    'AEO баталгаажуулалтын тайлан ирлээ (Mongolian International Freight…)',
    'Баталгаажуулагч validator.tsetseg баталгаажуулалтын тайлангаа ирүүллээ (аж ахуйн нэгж: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456; AEOF; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Зөвлөмж: нөхцөлтэйгээр зөвшөөрөл олгох; нөхцөл: CCTV at the loading bay within six months; annual security training. Шийдвэр гаргана уу.',
  ],
  'staff-report-submitted.v1 aeo.validation.report-submitted.v1#1 mn': [
    'AEO баталгаажуулалтын тайлан ирлээ (Gobi Trade LLC)',
    'Баталгаажуулагч validator.tsetseg баталгаажуулалтын тайлангаа ирүүллээ (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; AEOF; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Зөвлөмж: зөвшөөрөл олгох. Шийдвэр гаргана уу.',
  ],
  'staff-report-submitted.v1 aeo.validation.report-submitted.v1#1 as-sent mn': [
    'AEO баталгаажуулалтын тайлан ирлээ (ТТД 5123456)',
    'Баталгаажуулагч validator.tsetseg баталгаажуулалтын тайлангаа ирүүллээ (аж ахуйн нэгж: ТТД 5123456; AEOF; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Зөвлөмж: зөвшөөрөл олгох. Шийдвэр гаргана уу.',
  ],
  'staff-report-submitted.v1 aeo.validation.report-submitted.v1#1 long-name mn': [
    'AEO баталгаажуулалтын тайлан ирлээ (Mongolian International Freight…)',
    'Баталгаажуулагч validator.tsetseg баталгаажуулалтын тайлангаа ирүүллээ (аж ахуйн нэгж: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456; AEOF; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Зөвлөмж: зөвшөөрөл олгох. Шийдвэр гаргана уу.',
  ],
  'validation-closed.v1 aeo.validation.closed.v1#0 mn': [
    'AEO өргөдөл: баталгаажуулалт хаагдлаа',
    'Өргөдлийг буцаан авсан тул гаалийн байгууллага таны AEOF статусын өргөдлийн баталгаажуулалтыг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 15-нд хаалаа («We are restructuring the company and will apply again next year.»). Үүнд зориулж нэмэлт баримт бичиг шаардлагагүй бөгөөд товлосон газар дээрх шалгалт хийгдэхгүй.',
  ],
  'validation-closed.v1 aeo.validation.closed.v1#1 mn': [
    'AEO дахин баталгаажуулалт: шалгалт хаагдлаа',
    'Зөвшөөрлийг түдгэлзүүлсэн тул гаалийн байгууллага MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалтын шалгалтыг Улаанбаатарын цагаар 2029 оны аравдугаар сарын 20-нд хаалаа («serious customs infringement in 2029»). Үүнд зориулж нэмэлт баримт бичиг шаардлагагүй бөгөөд товлосон газар дээрх шалгалт хийгдэхгүй.',
  ],
  'validation-closed.v1 aeo.validation.closed.v1#2 mn': [
    'AEO дахин баталгаажуулалт: шалгалт хаагдлаа',
    'Зөвшөөрлөөс татгалзсан тул гаалийн байгууллага MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалтын шалгалтыг Улаанбаатарын цагаар 2029 оны аравдугаар сарын 21-нд хаалаа («The company stops trading abroad.»). Үүнд зориулж нэмэлт баримт бичиг шаардлагагүй бөгөөд товлосон газар дээрх шалгалт хийгдэхгүй.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#0 mn': [
    'AEO баталгаажуулалт хаагдлаа (Gobi Trade LLC)',
    'Өргөдлийг буцаан авсан тул 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 дугаартай өргөдлийн баталгаажуулалт (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 15-нд хаагдлаа («We are restructuring the company and will apply again next year.», b.enkhjargal@gobitrade.mn). Энэ ажил таны ачаалалд тооцогдохгүй; тайлан шаардлагагүй бөгөөд товлосон газар дээрх шалгалт цуцлагдана.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#0 as-sent mn': [
    'AEO баталгаажуулалт хаагдлаа (ТТД 5123456)',
    'Өргөдлийг буцаан авсан тул 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 дугаартай өргөдлийн баталгаажуулалт (аж ахуйн нэгж: ТТД 5123456) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 15-нд хаагдлаа («We are restructuring the company and will apply again next year.», b.enkhjargal@gobitrade.mn). Энэ ажил таны ачаалалд тооцогдохгүй; тайлан шаардлагагүй бөгөөд товлосон газар дээрх шалгалт цуцлагдана.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#0 long-name mn': [
    'AEO баталгаажуулалт хаагдлаа (Mongolian International Freight…)',
    'Өргөдлийг буцаан авсан тул 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 дугаартай өргөдлийн баталгаажуулалт (аж ахуйн нэгж: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 15-нд хаагдлаа («We are restructuring the company and will apply again next year.», b.enkhjargal@gobitrade.mn). Энэ ажил таны ачаалалд тооцогдохгүй; тайлан шаардлагагүй бөгөөд товлосон газар дээрх шалгалт цуцлагдана.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#1 mn': [
    'AEO дахин баталгаажуулалт хаагдлаа (Gobi Trade LLC)',
    'Зөвшөөрлийг түдгэлзүүлсэн тул MN-AEOF-2026-00001 зөвшөөрлийн 2-р мөчлөгийн дахин баталгаажуулалт (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2029 оны аравдугаар сарын 20-нд хаагдлаа («serious customs infringement in 2029», executive.ganbold). Энэ ажил таны ачаалалд тооцогдохгүй; тайлан шаардлагагүй бөгөөд товлосон газар дээрх шалгалт цуцлагдана.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#1 as-sent mn': [
    'AEO дахин баталгаажуулалт хаагдлаа (ТТД 5123456)',
    'Зөвшөөрлийг түдгэлзүүлсэн тул MN-AEOF-2026-00001 зөвшөөрлийн 2-р мөчлөгийн дахин баталгаажуулалт (аж ахуйн нэгж: ТТД 5123456) Улаанбаатарын цагаар 2029 оны аравдугаар сарын 20-нд хаагдлаа («serious customs infringement in 2029», executive.ganbold). Энэ ажил таны ачаалалд тооцогдохгүй; тайлан шаардлагагүй бөгөөд товлосон газар дээрх шалгалт цуцлагдана.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#1 long-name mn': [
    'AEO дахин баталгаажуулалт хаагдлаа (Mongolian International Freight…)',
    'Зөвшөөрлийг түдгэлзүүлсэн тул MN-AEOF-2026-00001 зөвшөөрлийн 2-р мөчлөгийн дахин баталгаажуулалт (аж ахуйн нэгж: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) Улаанбаатарын цагаар 2029 оны аравдугаар сарын 20-нд хаагдлаа («serious customs infringement in 2029», executive.ganbold). Энэ ажил таны ачаалалд тооцогдохгүй; тайлан шаардлагагүй бөгөөд товлосон газар дээрх шалгалт цуцлагдана.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#2 mn': [
    'AEO дахин баталгаажуулалт хаагдлаа (Gobi Trade LLC)',
    'Зөвшөөрлөөс татгалзсан тул MN-AEOF-2026-00001 зөвшөөрлийн 2-р мөчлөгийн дахин баталгаажуулалт (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2029 оны аравдугаар сарын 21-нд хаагдлаа («The company stops trading abroad.», b.enkhjargal@gobitrade.mn). Энэ ажил таны ачаалалд тооцогдохгүй; тайлан шаардлагагүй бөгөөд товлосон газар дээрх шалгалт цуцлагдана.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#2 as-sent mn': [
    'AEO дахин баталгаажуулалт хаагдлаа (ТТД 5123456)',
    'Зөвшөөрлөөс татгалзсан тул MN-AEOF-2026-00001 зөвшөөрлийн 2-р мөчлөгийн дахин баталгаажуулалт (аж ахуйн нэгж: ТТД 5123456) Улаанбаатарын цагаар 2029 оны аравдугаар сарын 21-нд хаагдлаа («The company stops trading abroad.», b.enkhjargal@gobitrade.mn). Энэ ажил таны ачаалалд тооцогдохгүй; тайлан шаардлагагүй бөгөөд товлосон газар дээрх шалгалт цуцлагдана.',
  ],
  'staff-validation-closed.v1 aeo.validation.closed.v1#2 long-name mn': [
    'AEO дахин баталгаажуулалт хаагдлаа (Mongolian International Freight…)',
    'Зөвшөөрлөөс татгалзсан тул MN-AEOF-2026-00001 зөвшөөрлийн 2-р мөчлөгийн дахин баталгаажуулалт (аж ахуйн нэгж: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) Улаанбаатарын цагаар 2029 оны аравдугаар сарын 21-нд хаагдлаа («The company stops trading abroad.», b.enkhjargal@gobitrade.mn). Энэ ажил таны ачаалалд тооцогдохгүй; тайлан шаардлагагүй бөгөөд товлосон газар дээрх шалгалт цуцлагдана.',
  ],
  'corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#0 mn': [
    'AEO өргөдөл: залруулах арга хэмжээ авахыг хүслээ',
    'Таны AEOF статусын өргөдлийн баталгаажуулалтын явцад баталгаажуулагч «Үйл ажиллагааны байрыг зөвшөөрөлгүй нэвтрэлтээс хамгаалсан уу?» шалгуурын дагуу илэрсэн дутагдлыг залруулахыг танаас хүсч байна: Fence the bonded warehouse and log every entry at its gate. Хариугаа Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 20-ны дотор ирүүлнэ үү; таны хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.',
  ],
  'corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#1 mn': [
    'AEO дахин баталгаажуулалт: залруулах арга хэмжээ авахыг хүслээ',
    'MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалтын явцад баталгаажуулагч «Нягтлан бодох бүртгэлийг гаалийн хяналт хийх боломжтойгоор хөтөлдөг үү?» шалгуурын дагуу илэрсэн дутагдлыг залруулахыг танаас хүсч байна: Send the stock ledger of 2029. Хариугаа Улаанбаатарын цагаар 2029 оны арван нэгдүгээр сарын 1-ний дотор ирүүлнэ үү; таны хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.',
  ],
  'staff-corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#0 mn': [
    'AEO залруулах арга хэмжээний хүсэлт (Gobi Trade LLC)',
    '7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 дугаартай өргөдлийн баталгаажуулалтын явцад баталгаажуулагч validator.tsetseg аж ахуйн нэгжээс (Gobi Trade LLC, ТТД 5123456) «Үйл ажиллагааны байрыг зөвшөөрөлгүй нэвтрэлтээс хамгаалсан уу?» шалгуурын дагуу илэрсэн дутагдлыг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 20-ны дотор залруулахыг хүслээ: Fence the bonded warehouse and log every entry at its gate. Хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.',
  ],
  'staff-corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#0 as-sent mn': [
    'AEO залруулах арга хэмжээний хүсэлт (ТТД 5123456)',
    '7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 дугаартай өргөдлийн баталгаажуулалтын явцад баталгаажуулагч validator.tsetseg аж ахуйн нэгжээс (ТТД 5123456) «Үйл ажиллагааны байрыг зөвшөөрөлгүй нэвтрэлтээс хамгаалсан уу?» шалгуурын дагуу илэрсэн дутагдлыг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 20-ны дотор залруулахыг хүслээ: Fence the bonded warehouse and log every entry at its gate. Хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.',
  ],
  'staff-corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#0 long-name mn': [
    'AEO залруулах арга хэмжээний хүсэлт (Mongolian International Freight…)',
    '7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 дугаартай өргөдлийн баталгаажуулалтын явцад баталгаажуулагч validator.tsetseg аж ахуйн нэгжээс (Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) «Үйл ажиллагааны байрыг зөвшөөрөлгүй нэвтрэлтээс хамгаалсан уу?» шалгуурын дагуу илэрсэн дутагдлыг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 20-ны дотор залруулахыг хүслээ: Fence the bonded warehouse and log every entry at its gate. Хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.',
  ],
  'staff-corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#1 mn': [
    'AEO залруулах арга хэмжээний хүсэлт (Gobi Trade LLC)',
    'MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалтын явцад баталгаажуулагч validator.tsetseg аж ахуйн нэгжээс (Gobi Trade LLC, ТТД 5123456) «Нягтлан бодох бүртгэлийг гаалийн хяналт хийх боломжтойгоор хөтөлдөг үү?» шалгуурын дагуу илэрсэн дутагдлыг Улаанбаатарын цагаар 2029 оны арван нэгдүгээр сарын 1-ний дотор залруулахыг хүслээ: Send the stock ledger of 2029. Хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.',
  ],
  'staff-corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#1 as-sent mn': [
    'AEO залруулах арга хэмжээний хүсэлт (ТТД 5123456)',
    'MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалтын явцад баталгаажуулагч validator.tsetseg аж ахуйн нэгжээс (ТТД 5123456) «Нягтлан бодох бүртгэлийг гаалийн хяналт хийх боломжтойгоор хөтөлдөг үү?» шалгуурын дагуу илэрсэн дутагдлыг Улаанбаатарын цагаар 2029 оны арван нэгдүгээр сарын 1-ний дотор залруулахыг хүслээ: Send the stock ledger of 2029. Хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.',
  ],
  'staff-corrective-action-requested.v1 aeo.validation.corrective-action-requested.v1#1 long-name mn': [
    'AEO залруулах арга хэмжээний хүсэлт (Mongolian International Freight…)',
    'MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалтын явцад баталгаажуулагч validator.tsetseg аж ахуйн нэгжээс (Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) «Нягтлан бодох бүртгэлийг гаалийн хяналт хийх боломжтойгоор хөтөлдөг үү?» шалгуурын дагуу илэрсэн дутагдлыг Улаанбаатарын цагаар 2029 оны арван нэгдүгээр сарын 1-ний дотор залруулахыг хүслээ: Send the stock ledger of 2029. Хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.',
  ],
  'staff-corrective-action-answered.v1 aeo.validation.corrective-action-answered.v1#0 mn': [
    'AEO залруулах арга хэмжээ: хариу ирлээ (Gobi Trade LLC)',
    'Gobi Trade LLC (ТТД 5123456) «Үйл ажиллагааны байрыг зөвшөөрөлгүй нэвтрэлтээс хамгаалсан уу?» шалгуурын дагуух залруулах арга хэмжээний хүсэлтэд Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 12-нд хариу ирүүллээ (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Тайлангаа гаргахаас өмнө хариуг хянана уу.',
  ],
  'staff-corrective-action-answered.v1 aeo.validation.corrective-action-answered.v1#0 as-sent mn': [
    'AEO залруулах арга хэмжээ: хариу ирлээ (ТТД 5123456)',
    'ТТД 5123456 бүхий аж ахуйн нэгж «Үйл ажиллагааны байрыг зөвшөөрөлгүй нэвтрэлтээс хамгаалсан уу?» шалгуурын дагуух залруулах арга хэмжээний хүсэлтэд Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 12-нд хариу ирүүллээ (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Тайлангаа гаргахаас өмнө хариуг хянана уу.',
  ],
  'staff-corrective-action-answered.v1 aeo.validation.corrective-action-answered.v1#0 long-name mn': [
    'AEO залруулах арга хэмжээ: хариу ирлээ (Mongolian International Freight…)',
    'Mongolian International Freight Forwarding and Customs Brokerage Company LLC (ТТД 5123456) «Үйл ажиллагааны байрыг зөвшөөрөлгүй нэвтрэлтээс хамгаалсан уу?» шалгуурын дагуух залруулах арга хэмжээний хүсэлтэд Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 12-нд хариу ирүүллээ (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Тайлангаа гаргахаас өмнө хариуг хянана уу.',
  ],
  'staff-corrective-action-answered.v1 aeo.validation.corrective-action-answered.v1#1 mn': [
    'AEO залруулах арга хэмжээ: хариу хоцорч ирлээ (Gobi Trade LLC)',
    'Gobi Trade LLC (ТТД 5123456) «Нягтлан бодох бүртгэлийг гаалийн хяналт хийх боломжтойгоор хөтөлдөг үү?» шалгуурын дагуух залруулах арга хэмжээний хүсэлтэд Улаанбаатарын цагаар 2029 оны арван нэгдүгээр сарын 3-нд хариу ирүүллээ (MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалт); хариу ирүүлэх хугацаа 2029 оны арван нэгдүгээр сарын 1-нд дууссан байсан. Тайлангаа гаргахаас өмнө хариуг хянана уу.',
  ],
  'staff-corrective-action-answered.v1 aeo.validation.corrective-action-answered.v1#1 as-sent mn': [
    'AEO залруулах арга хэмжээ: хариу хоцорч ирлээ (ТТД 5123456)',
    'ТТД 5123456 бүхий аж ахуйн нэгж «Нягтлан бодох бүртгэлийг гаалийн хяналт хийх боломжтойгоор хөтөлдөг үү?» шалгуурын дагуух залруулах арга хэмжээний хүсэлтэд Улаанбаатарын цагаар 2029 оны арван нэгдүгээр сарын 3-нд хариу ирүүллээ (MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалт); хариу ирүүлэх хугацаа 2029 оны арван нэгдүгээр сарын 1-нд дууссан байсан. Тайлангаа гаргахаас өмнө хариуг хянана уу.',
  ],
  'staff-corrective-action-answered.v1 aeo.validation.corrective-action-answered.v1#1 long-name mn': [
    'AEO залруулах арга хэмжээ: хариу хоцорч ирлээ (Mongolian International Freight…)',
    'Mongolian International Freight Forwarding and Customs Brokerage Company LLC (ТТД 5123456) «Нягтлан бодох бүртгэлийг гаалийн хяналт хийх боломжтойгоор хөтөлдөг үү?» шалгуурын дагуух залруулах арга хэмжээний хүсэлтэд Улаанбаатарын цагаар 2029 оны арван нэгдүгээр сарын 3-нд хариу ирүүллээ (MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалт); хариу ирүүлэх хугацаа 2029 оны арван нэгдүгээр сарын 1-нд дууссан байсан. Тайлангаа гаргахаас өмнө хариуг хянана уу.',
  ],
  'authorisation-granted.v1 aeo.authorisation.granted.v1#0 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 1-нээс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2029 оны арван хоёрдугаар сарын 4-нд хийнэ.',
  ],
  'staff-authorisation-granted.v1 aeo.authorisation.granted.v1#0 mn': [
    'AEO зөвшөөрөл олголоо: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (AEOF; эзэмшигч: Gobi Trade LLC, ТТД 5123456) олгогдож, Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 1-нээс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2029 оны арван хоёрдугаар сарын 4-нд хийнэ.',
  ],
  'staff-authorisation-granted.v1 aeo.authorisation.granted.v1#0 as-sent mn': [
    'AEO зөвшөөрөл олголоо: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (AEOF; эзэмшигч: ТТД 5123456) олгогдож, Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 1-нээс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2029 оны арван хоёрдугаар сарын 4-нд хийнэ.',
  ],
  'staff-authorisation-granted.v1 aeo.authorisation.granted.v1#0 long-name mn': [
    'AEO зөвшөөрөл олголоо: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (AEOF; эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) олгогдож, Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 1-нээс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2029 оны арван хоёрдугаар сарын 4-нд хийнэ.',
  ],
  'authorisation-refused.v1 aeo.authorisation.refused.v1#0 mn': [
    'AEO зөвшөөрөл олгохоос татгалзлаа',
    'Гаалийн байгууллага таны тайлбарыг хянан үзээд таны хүссэн AEOF статусын зөвшөөрлийг олгохоос татгалзлаа. Үндэслэл: serious customs infringement in 2025.',
  ],
  'authorisation-refused.v1 aeo.authorisation.refused.v1#1 mn': [
    'AEO зөвшөөрөл олгохоос татгалзлаа',
    'Гаалийн байгууллага таны хүссэн AEOF статусын зөвшөөрлийг олгохоос татгалзлаа. Үндэслэл: no security plan for the warehouse; insolvency proceedings.',
  ],
  'revalidation-due.v1 aeo.revalidation.due.v1#0 mn': [
    'AEO дахин баталгаажуулалт 90 хоногийн дараа',
    'Таны AEO зөвшөөрөл MN-AEOF-2026-00001-ийг Улаанбаатарын цагаар 2029 оны арван хоёрдугаар сарын 4-нд дахин баталгаажуулна. Өөрийн үнэлгээгээ хянана уу; таны хариуцсан ажилтан туслах болно.',
  ],
  'staff-revalidation-due.v1 aeo.revalidation.due.v1#0 mn': [
    'AEO дахин баталгаажуулалт 90 хоногийн дараа: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2029 оны арван хоёрдугаар сарын 4-нд дахин баталгаажуулна. Эзэмшигчтэй холбогдож, өөрийн үнэлгээг бэлтгэхэд нь туслана уу.',
  ],
  'staff-revalidation-due.v1 aeo.revalidation.due.v1#0 as-sent mn': [
    'AEO дахин баталгаажуулалт 90 хоногийн дараа: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: ТТД 5123456) Улаанбаатарын цагаар 2029 оны арван хоёрдугаар сарын 4-нд дахин баталгаажуулна. Эзэмшигчтэй холбогдож, өөрийн үнэлгээг бэлтгэхэд нь туслана уу.',
  ],
  'staff-revalidation-due.v1 aeo.revalidation.due.v1#0 long-name mn': [
    'AEO дахин баталгаажуулалт 90 хоногийн дараа: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) Улаанбаатарын цагаар 2029 оны арван хоёрдугаар сарын 4-нд дахин баталгаажуулна. Эзэмшигчтэй холбогдож, өөрийн үнэлгээг бэлтгэхэд нь туслана уу.',
  ],
  'revalidation-started.v1 aeo.revalidation.started.v1#0 mn': [
    'AEO дахин баталгаажуулалт эхэллээ',
    'MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалт эхэллээ. Өөрийн үнэлгээгээ Улаанбаатарын цагаар 2027 оны хоёрдугаар сарын 1-ний дотор шинэчилнэ үү.',
  ],
  'staff-revalidation-started.v1 aeo.revalidation.started.v1#0 mn': [
    'AEO дахин баталгаажуулалт эхэллээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: Gobi Trade LLC, ТТД 5123456) 2-р мөчлөгийн дахин баталгаажуулалт эхэллээ (шалтгаан: мэдэгдсэн өөрчлөлт; Change of ownership reported). Эзэмшигч өөрийн үнэлгээгээ Улаанбаатарын цагаар 2027 оны хоёрдугаар сарын 1-ний дотор шинэчлэх ёстой тул хяналт тавина уу.',
  ],
  'staff-revalidation-started.v1 aeo.revalidation.started.v1#0 as-sent mn': [
    'AEO дахин баталгаажуулалт эхэллээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: ТТД 5123456) 2-р мөчлөгийн дахин баталгаажуулалт эхэллээ (шалтгаан: мэдэгдсэн өөрчлөлт; Change of ownership reported). Эзэмшигч өөрийн үнэлгээгээ Улаанбаатарын цагаар 2027 оны хоёрдугаар сарын 1-ний дотор шинэчлэх ёстой тул хяналт тавина уу.',
  ],
  'staff-revalidation-started.v1 aeo.revalidation.started.v1#0 long-name mn': [
    'AEO дахин баталгаажуулалт эхэллээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) 2-р мөчлөгийн дахин баталгаажуулалт эхэллээ (шалтгаан: мэдэгдсэн өөрчлөлт; Change of ownership reported). Эзэмшигч өөрийн үнэлгээгээ Улаанбаатарын цагаар 2027 оны хоёрдугаар сарын 1-ний дотор шинэчлэх ёстой тул хяналт тавина уу.',
  ],
  'revalidation-completed.v1 aeo.revalidation.completed.v1#0 mn': [
    'AEO зөвшөөрлийг баталгаажууллаа',
    'MN-AEOF-2026-00001 зөвшөөрлийг баталгаажууллаа. Дараагийн дахин баталгаажуулалт Улаанбаатарын цагаар 2032 оны арван хоёрдугаар сарын 4-нд.',
  ],
  'staff-revalidation-requested.v1 aeo.revalidation.requested.v1#0 mn': [
    'AEO хугацаанаас өмнөх дахин баталгаажуулалт: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: Gobi Trade LLC, ТТД 5123456) хугацаанаас нь өмнө газар дээрх шалгалттайгаар дахин баталгаажуулах хүсэлт ирлээ (хүсэлт гаргагч: regional.office.dornogovi). Шалтгаан: Two seizures of undeclared goods at Zamyn-Uud in March. Эзэмшигчтэй хамтран дахин баталгаажуулалтыг зохион байгуулна уу.',
  ],
  'staff-revalidation-requested.v1 aeo.revalidation.requested.v1#0 as-sent mn': [
    'AEO хугацаанаас өмнөх дахин баталгаажуулалт: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: ТТД 5123456) хугацаанаас нь өмнө газар дээрх шалгалттайгаар дахин баталгаажуулах хүсэлт ирлээ (хүсэлт гаргагч: regional.office.dornogovi). Шалтгаан: Two seizures of undeclared goods at Zamyn-Uud in March. Эзэмшигчтэй хамтран дахин баталгаажуулалтыг зохион байгуулна уу.',
  ],
  'staff-revalidation-requested.v1 aeo.revalidation.requested.v1#0 long-name mn': [
    'AEO хугацаанаас өмнөх дахин баталгаажуулалт: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) хугацаанаас нь өмнө газар дээрх шалгалттайгаар дахин баталгаажуулах хүсэлт ирлээ (хүсэлт гаргагч: regional.office.dornogovi). Шалтгаан: Two seizures of undeclared goods at Zamyn-Uud in March. Эзэмшигчтэй хамтран дахин баталгаажуулалтыг зохион байгуулна уу.',
  ],
  'staff-change-reported.v1 aeo.authorisation.change-reported.v1#0 mn': [
    'AEO өөрчлөлт мэдэгдлээ (өмчлөл): MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл эзэмшигч (Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 10-наас эхлэн хүчинтэй өөрчлөлт мэдэгдлээ (өмчлөл): Mongol Logistics JSC acquired 60% of the shares. Зөвшөөрлийг хугацаанаас өмнөх дахин баталгаажуулалтаар, газар дээрх шалгалттайгаар дахин үнэлэх тул өөрчлөлтийг хянана уу.',
  ],
  'staff-change-reported.v1 aeo.authorisation.change-reported.v1#0 as-sent mn': [
    'AEO өөрчлөлт мэдэгдлээ (өмчлөл): MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл эзэмшигч (ТТД 5123456) Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 10-наас эхлэн хүчинтэй өөрчлөлт мэдэгдлээ (өмчлөл): Mongol Logistics JSC acquired 60% of the shares. Зөвшөөрлийг хугацаанаас өмнөх дахин баталгаажуулалтаар, газар дээрх шалгалттайгаар дахин үнэлэх тул өөрчлөлтийг хянана уу.',
  ],
  'staff-change-reported.v1 aeo.authorisation.change-reported.v1#0 long-name mn': [
    'AEO өөрчлөлт мэдэгдлээ (өмчлөл): MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл эзэмшигч (Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 10-наас эхлэн хүчинтэй өөрчлөлт мэдэгдлээ (өмчлөл): Mongol Logistics JSC acquired 60% of the shares. Зөвшөөрлийг хугацаанаас өмнөх дахин баталгаажуулалтаар, газар дээрх шалгалттайгаар дахин үнэлэх тул өөрчлөлтийг хянана уу.',
  ],
  'authorisation-suspended.v1 aeo.authorisation.suspended.v1#0 mn': [
    'AEO зөвшөөрлийг түдгэлзүүллээ',
    'MN-AEOF-2026-00001 зөвшөөрлийг түдгэлзүүллээ (аюулгүй байдлын хэсэг). Үндэслэл: security criteria no longer met at the Zamyn-Uud warehouse. Засах арга хэмжээгээ Улаанбаатарын цагаар 2027 оны зургаадугаар сарын 2-ны дотор ирүүлнэ үү.',
  ],
  'authorisation-suspended.v1 aeo.authorisation.suspended.v1#1 mn': [
    'AEO зөвшөөрлийг түдгэлзүүллээ',
    "MN-AEOF-2026-00001 зөвшөөрлийг түдгэлзүүллээ. Үндэслэл: at the holder's request: temporary closure of operations. Засах арга хэмжээгээ Улаанбаатарын цагаар 2027 оны тавдугаар сарын 3-ны дотор ирүүлнэ үү.",
  ],
  'staff-authorisation-suspended.v1 aeo.authorisation.suspended.v1#0 mn': [
    'AEO зөвшөөрлийг түдгэлзүүллээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2027 оны тавдугаар сарын 3-наас эхлэн түдгэлзүүллээ (аюулгүй байдлын хэсэг). Үндэслэл: security criteria no longer met at the Zamyn-Uud warehouse. Эзэмшигч засах арга хэмжээний төлөвлөгөөгөө 2027 оны зургаадугаар сарын 2-ны дотор ирүүлэх ёстой тул хяналт тавина уу.',
  ],
  'staff-authorisation-suspended.v1 aeo.authorisation.suspended.v1#0 as-sent mn': [
    'AEO зөвшөөрлийг түдгэлзүүллээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: ТТД 5123456) Улаанбаатарын цагаар 2027 оны тавдугаар сарын 3-наас эхлэн түдгэлзүүллээ (аюулгүй байдлын хэсэг). Үндэслэл: security criteria no longer met at the Zamyn-Uud warehouse. Эзэмшигч засах арга хэмжээний төлөвлөгөөгөө 2027 оны зургаадугаар сарын 2-ны дотор ирүүлэх ёстой тул хяналт тавина уу.',
  ],
  'staff-authorisation-suspended.v1 aeo.authorisation.suspended.v1#0 long-name mn': [
    'AEO зөвшөөрлийг түдгэлзүүллээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) Улаанбаатарын цагаар 2027 оны тавдугаар сарын 3-наас эхлэн түдгэлзүүллээ (аюулгүй байдлын хэсэг). Үндэслэл: security criteria no longer met at the Zamyn-Uud warehouse. Эзэмшигч засах арга хэмжээний төлөвлөгөөгөө 2027 оны зургаадугаар сарын 2-ны дотор ирүүлэх ёстой тул хяналт тавина уу.',
  ],
  'staff-authorisation-suspended.v1 aeo.authorisation.suspended.v1#1 mn': [
    'AEO зөвшөөрлийг түдгэлзүүллээ: MN-AEOF-2026-00001',
    "MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: Gobi Trade LLC, ТТД 5123456) эзэмшигчийн хүсэлтээр Улаанбаатарын цагаар 2027 оны тавдугаар сарын 3-наас эхлэн түдгэлзүүллээ. Үндэслэл: at the holder's request: temporary closure of operations. Засах арга хэмжээний явцад эзэмшигчтэй хамтран хяналт тавина уу.",
  ],
  'staff-authorisation-suspended.v1 aeo.authorisation.suspended.v1#1 as-sent mn': [
    'AEO зөвшөөрлийг түдгэлзүүллээ: MN-AEOF-2026-00001',
    "MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: ТТД 5123456) эзэмшигчийн хүсэлтээр Улаанбаатарын цагаар 2027 оны тавдугаар сарын 3-наас эхлэн түдгэлзүүллээ. Үндэслэл: at the holder's request: temporary closure of operations. Засах арга хэмжээний явцад эзэмшигчтэй хамтран хяналт тавина уу.",
  ],
  'staff-authorisation-suspended.v1 aeo.authorisation.suspended.v1#1 long-name mn': [
    'AEO зөвшөөрлийг түдгэлзүүллээ: MN-AEOF-2026-00001',
    "MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) эзэмшигчийн хүсэлтээр Улаанбаатарын цагаар 2027 оны тавдугаар сарын 3-наас эхлэн түдгэлзүүллээ. Үндэслэл: at the holder's request: temporary closure of operations. Засах арга хэмжээний явцад эзэмшигчтэй хамтран хяналт тавина уу.",
  ],
  'suspension-progress.v1 aeo.authorisation.suspension-progress.v1#0 mn': [
    'AEO түдгэлзүүлэлт: засах төлөвлөгөөг хүлээн авлаа',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн засах арга хэмжээний төлөвлөгөөг хүлээн авлаа (арга хэмжээ: new perimeter fence; access control at the loading bay). Арга хэмжээг Улаанбаатарын цагаар 2027 оны наймдугаар сарын 1-ний дотор хэрэгжүүлнэ үү; дараа нь гаалийн байгууллага зөвшөөрлийг сэргээх эсэхийг шийднэ.',
  ],
  'suspension-progress.v1 aeo.authorisation.suspension-progress.v1#1 mn': [
    'AEO түдгэлзүүлэлт: засах төлөвлөгөө ирээгүй',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн засах арга хэмжээний төлөвлөгөөг Улаанбаатарын цагаар 2027 оны зургаадугаар сарын 2-ны дотор ирүүлэх байсан боловч ирээгүй байна. Төлөвлөгөөгөө нэн даруй ирүүлнэ үү; эс тэгвээс зөвшөөрлийг хүчингүй болгож болзошгүй.',
  ],
  'suspension-progress.v1 aeo.authorisation.suspension-progress.v1#2 mn': [
    'AEO түдгэлзүүлэлт: засах хугацаа дууслаа',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн засах арга хэмжээний хугацаа Улаанбаатарын цагаар 2027 оны наймдугаар сарын 1-нд дууссан. Гаалийн байгууллага зөвшөөрлийг сэргээх эсвэл хүчингүй болгох шийдвэр гаргаж, танд мэдэгдэнэ.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#0 mn': [
    'AEO засах арга хэмжээний төлөвлөгөө ирлээ: MN-AEOF-2026-00001',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн эзэмшигч (Gobi Trade LLC, ТТД 5123456) засах арга хэмжээний төлөвлөгөөгөө ирүүллээ (арга хэмжээ: new perimeter fence; access control at the loading bay). Засах арга хэмжээний хугацаа Улаанбаатарын цагаар 2027 оны наймдугаар сарын 1-нд дуусна; төлөвлөгөөг үнэлнэ үү.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#0 as-sent mn': [
    'AEO засах арга хэмжээний төлөвлөгөө ирлээ: MN-AEOF-2026-00001',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн эзэмшигч (ТТД 5123456) засах арга хэмжээний төлөвлөгөөгөө ирүүллээ (арга хэмжээ: new perimeter fence; access control at the loading bay). Засах арга хэмжээний хугацаа Улаанбаатарын цагаар 2027 оны наймдугаар сарын 1-нд дуусна; төлөвлөгөөг үнэлнэ үү.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#0 long-name mn': [
    'AEO засах арга хэмжээний төлөвлөгөө ирлээ: MN-AEOF-2026-00001',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн эзэмшигч (Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) засах арга хэмжээний төлөвлөгөөгөө ирүүллээ (арга хэмжээ: new perimeter fence; access control at the loading bay). Засах арга хэмжээний хугацаа Улаанбаатарын цагаар 2027 оны наймдугаар сарын 1-нд дуусна; төлөвлөгөөг үнэлнэ үү.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#1 mn': [
    'AEO засах арга хэмжээний төлөвлөгөө ирээгүй: MN-AEOF-2026-00001',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн эзэмшигч (Gobi Trade LLC, ТТД 5123456) засах арга хэмжээний төлөвлөгөөгөө Улаанбаатарын цагаар 2027 оны зургаадугаар сарын 2-ны дотор ирүүлээгүй. Дараагийн арга хэмжээг шийднэ үү: эзэмшигчид сануулах, эсвэл зөвшөөрлийг хүчингүй болгох санал гаргах.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#1 as-sent mn': [
    'AEO засах арга хэмжээний төлөвлөгөө ирээгүй: MN-AEOF-2026-00001',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн эзэмшигч (ТТД 5123456) засах арга хэмжээний төлөвлөгөөгөө Улаанбаатарын цагаар 2027 оны зургаадугаар сарын 2-ны дотор ирүүлээгүй. Дараагийн арга хэмжээг шийднэ үү: эзэмшигчид сануулах, эсвэл зөвшөөрлийг хүчингүй болгох санал гаргах.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#1 long-name mn': [
    'AEO засах арга хэмжээний төлөвлөгөө ирээгүй: MN-AEOF-2026-00001',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн эзэмшигч (Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) засах арга хэмжээний төлөвлөгөөгөө Улаанбаатарын цагаар 2027 оны зургаадугаар сарын 2-ны дотор ирүүлээгүй. Дараагийн арга хэмжээг шийднэ үү: эзэмшигчид сануулах, эсвэл зөвшөөрлийг хүчингүй болгох санал гаргах.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#2 mn': [
    'AEO засах арга хэмжээний хугацаа дууслаа: MN-AEOF-2026-00001',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: Gobi Trade LLC, ТТД 5123456) засах арга хэмжээний хугацаа Улаанбаатарын цагаар 2027 оны наймдугаар сарын 1-нд дууссан. Зөвшөөрлийг сэргээх эсвэл хүчингүй болгох эсэхийг шийднэ үү.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#2 as-sent mn': [
    'AEO засах арга хэмжээний хугацаа дууслаа: MN-AEOF-2026-00001',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: ТТД 5123456) засах арга хэмжээний хугацаа Улаанбаатарын цагаар 2027 оны наймдугаар сарын 1-нд дууссан. Зөвшөөрлийг сэргээх эсвэл хүчингүй болгох эсэхийг шийднэ үү.',
  ],
  'staff-suspension-progress.v1 aeo.authorisation.suspension-progress.v1#2 long-name mn': [
    'AEO засах арга хэмжээний хугацаа дууслаа: MN-AEOF-2026-00001',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) засах арга хэмжээний хугацаа Улаанбаатарын цагаар 2027 оны наймдугаар сарын 1-нд дууссан. Зөвшөөрлийг сэргээх эсвэл хүчингүй болгох эсэхийг шийднэ үү.',
  ],
  'authorisation-reinstated.v1 aeo.authorisation.reinstated.v1#0 mn': [
    'AEO зөвшөөрлийг сэргээлээ',
    'MN-AEOF-2026-00001 зөвшөөрөл Улаанбаатарын цагаар 2027 оны наймдугаар сарын 15-наас дахин хүчин төгөлдөр болж, хөнгөлөлтүүд сэргэнэ.',
  ],
  'staff-authorisation-reinstated.v1 aeo.authorisation.reinstated.v1#0 mn': [
    'AEO зөвшөөрлийг сэргээлээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2027 оны наймдугаар сарын 15-наас эхлэн дахин хүчин төгөлдөр болж, хөнгөлөлтүүд сэргэнэ. Түдгэлзүүлэлт хаагдсан бөгөөд дахин баталгаажуулалтын хяналт ердийн журмаар үргэлжилнэ.',
  ],
  'staff-authorisation-reinstated.v1 aeo.authorisation.reinstated.v1#0 as-sent mn': [
    'AEO зөвшөөрлийг сэргээлээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: ТТД 5123456) Улаанбаатарын цагаар 2027 оны наймдугаар сарын 15-наас эхлэн дахин хүчин төгөлдөр болж, хөнгөлөлтүүд сэргэнэ. Түдгэлзүүлэлт хаагдсан бөгөөд дахин баталгаажуулалтын хяналт ердийн журмаар үргэлжилнэ.',
  ],
  'staff-authorisation-reinstated.v1 aeo.authorisation.reinstated.v1#0 long-name mn': [
    'AEO зөвшөөрлийг сэргээлээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) Улаанбаатарын цагаар 2027 оны наймдугаар сарын 15-наас эхлэн дахин хүчин төгөлдөр болж, хөнгөлөлтүүд сэргэнэ. Түдгэлзүүлэлт хаагдсан бөгөөд дахин баталгаажуулалтын хяналт ердийн журмаар үргэлжилнэ.',
  ],
  'authorisation-revocation-intended.v1 aeo.authorisation.revocation-intended.v1#0 mn': [
    'AEO зөвшөөрлийг хүчингүй болгох санал',
    'Гаалийн байгууллага MN-AEOF-2026-00001 зөвшөөрлийг хүчингүй болгох гэж байна. Үндэслэл: remedial measures not taken; repeated serious infringements. Та Улаанбаатарын цагаар 2027 оны есдүгээр сарын 15 хүртэл тайлбар өгч болно.',
  ],
  'authorisation-revoked.v1 aeo.authorisation.revoked.v1#0 mn': [
    'AEO зөвшөөрлийг хүчингүй болголоо',
    'MN-AEOF-2026-00001 зөвшөөрөл Улаанбаатарын цагаар 2027 оны аравдугаар сарын 1-нээс хүчингүй боллоо. Үндэслэл: remedial measures not taken; repeated serious infringements. Шинэ өргөдлийг гурван жилийн дараа гаргах боломжтой.',
  ],
  'staff-authorisation-revoked.v1 aeo.authorisation.revoked.v1#0 mn': [
    'AEO зөвшөөрлийг хүчингүй болголоо: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2027 оны аравдугаар сарын 1-нээс эхлэн хүчингүй боллоо. Үндэслэл: remedial measures not taken; repeated serious infringements. Хөнгөлөлтүүд зогсох бөгөөд гурван жилийн хугацаанд эзэмшигчээс шинэ өргөдөл хүлээн авахгүй.',
  ],
  'staff-authorisation-revoked.v1 aeo.authorisation.revoked.v1#0 as-sent mn': [
    'AEO зөвшөөрлийг хүчингүй болголоо: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: ТТД 5123456) Улаанбаатарын цагаар 2027 оны аравдугаар сарын 1-нээс эхлэн хүчингүй боллоо. Үндэслэл: remedial measures not taken; repeated serious infringements. Хөнгөлөлтүүд зогсох бөгөөд гурван жилийн хугацаанд эзэмшигчээс шинэ өргөдөл хүлээн авахгүй.',
  ],
  'staff-authorisation-revoked.v1 aeo.authorisation.revoked.v1#0 long-name mn': [
    'AEO зөвшөөрлийг хүчингүй болголоо: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) Улаанбаатарын цагаар 2027 оны аравдугаар сарын 1-нээс эхлэн хүчингүй боллоо. Үндэслэл: remedial measures not taken; repeated serious infringements. Хөнгөлөлтүүд зогсох бөгөөд гурван жилийн хугацаанд эзэмшигчээс шинэ өргөдөл хүлээн авахгүй.',
  ],
  'authorisation-surrendered.v1 aeo.authorisation.surrendered.v1#0 mn': [
    'AEO зөвшөөрлөөс татгалзлаа',
    'Таны хүсэлтээр MN-AEOF-2026-00001 зөвшөөрөл Улаанбаатарын цагаар 2027 оны долоодугаар сарын 1-нд дуусгавар болно.',
  ],
  'staff-authorisation-surrendered.v1 aeo.authorisation.surrendered.v1#0 mn': [
    'AEO зөвшөөрлөөс татгалзлаа: MN-AEOF-2026-00001',
    'Эзэмшигчийн хүсэлтээр MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2027 оны долоодугаар сарын 1-нд дуусгавар болно. Шалтгаан: The company stops its import business. Тэр өдрөөс хөнгөлөлтүүд зогсох бөгөөд эзэмшигч дахин өргөдөл гаргахад хязгаарлалт байхгүй.',
  ],
  'staff-authorisation-surrendered.v1 aeo.authorisation.surrendered.v1#0 as-sent mn': [
    'AEO зөвшөөрлөөс татгалзлаа: MN-AEOF-2026-00001',
    'Эзэмшигчийн хүсэлтээр MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: ТТД 5123456) Улаанбаатарын цагаар 2027 оны долоодугаар сарын 1-нд дуусгавар болно. Шалтгаан: The company stops its import business. Тэр өдрөөс хөнгөлөлтүүд зогсох бөгөөд эзэмшигч дахин өргөдөл гаргахад хязгаарлалт байхгүй.',
  ],
  'staff-authorisation-surrendered.v1 aeo.authorisation.surrendered.v1#0 long-name mn': [
    'AEO зөвшөөрлөөс татгалзлаа: MN-AEOF-2026-00001',
    'Эзэмшигчийн хүсэлтээр MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) Улаанбаатарын цагаар 2027 оны долоодугаар сарын 1-нд дуусгавар болно. Шалтгаан: The company stops its import business. Тэр өдрөөс хөнгөлөлтүүд зогсох бөгөөд эзэмшигч дахин өргөдөл гаргахад хязгаарлалт байхгүй.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#0 mn': [
    'AEO хяналт: ажлын урсгал гацсан (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 6-нд хийсэн өдөр тутмын шалгалтаар MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: Gobi Trade LLC, ТТД 5123456) дахин баталгаажуулалтын ажлын урсгалд асуудал илэрлээ: ажлын урсгал гацсан (at stage self-assessment since 2027-01-02T00:00:00.000Z). Автоматаар засах боломжгүй байсан тул шалгаж, гараар засна уу.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#0 as-sent mn': [
    'AEO хяналт: ажлын урсгал гацсан (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 6-нд хийсэн өдөр тутмын шалгалтаар MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: ТТД 5123456) дахин баталгаажуулалтын ажлын урсгалд асуудал илэрлээ: ажлын урсгал гацсан (at stage self-assessment since 2027-01-02T00:00:00.000Z). Автоматаар засах боломжгүй байсан тул шалгаж, гараар засна уу.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#0 long-name mn': [
    'AEO хяналт: ажлын урсгал гацсан (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 6-нд хийсэн өдөр тутмын шалгалтаар MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) дахин баталгаажуулалтын ажлын урсгалд асуудал илэрлээ: ажлын урсгал гацсан (at stage self-assessment since 2027-01-02T00:00:00.000Z). Автоматаар засах боломжгүй байсан тул шалгаж, гараар засна уу.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#1 mn': [
    'AEO хяналт: зөвшөөрөл хүчинтэй байхад ажлын урсгал дууссан (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 6-нд хийсэн өдөр тутмын шалгалтаар MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: Gobi Trade LLC, ТТД 5123456) дахин баталгаажуулалтын ажлын урсгалд асуудал илэрлээ: зөвшөөрөл хүчинтэй байхад ажлын урсгал дууссан (its workflow completed but the register says granted). Автоматаар засах боломжгүй байсан тул шалгаж, гараар засна уу.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#1 as-sent mn': [
    'AEO хяналт: зөвшөөрөл хүчинтэй байхад ажлын урсгал дууссан (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 6-нд хийсэн өдөр тутмын шалгалтаар MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: ТТД 5123456) дахин баталгаажуулалтын ажлын урсгалд асуудал илэрлээ: зөвшөөрөл хүчинтэй байхад ажлын урсгал дууссан (its workflow completed but the register says granted). Автоматаар засах боломжгүй байсан тул шалгаж, гараар засна уу.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#1 long-name mn': [
    'AEO хяналт: зөвшөөрөл хүчинтэй байхад ажлын урсгал дууссан (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 6-нд хийсэн өдөр тутмын шалгалтаар MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) дахин баталгаажуулалтын ажлын урсгалд асуудал илэрлээ: зөвшөөрөл хүчинтэй байхад ажлын урсгал дууссан (its workflow completed but the register says granted). Автоматаар засах боломжгүй байсан тул шалгаж, гараар засна уу.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#2 mn': [
    'AEO хяналт: ажлын урсгалд хандах боломжгүй (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 6-нд хийсэн өдөр тутмын шалгалтаар MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: Gobi Trade LLC, ТТД 5123456) дахин баталгаажуулалтын ажлын урсгалд асуудал илэрлээ: ажлын урсгалд хандах боломжгүй (query failed: no answer within 10 s (is the worker running?)). Автоматаар засах боломжгүй байсан тул шалгаж, гараар засна уу.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#2 as-sent mn': [
    'AEO хяналт: ажлын урсгалд хандах боломжгүй (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 6-нд хийсэн өдөр тутмын шалгалтаар MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: ТТД 5123456) дахин баталгаажуулалтын ажлын урсгалд асуудал илэрлээ: ажлын урсгалд хандах боломжгүй (query failed: no answer within 10 s (is the worker running?)). Автоматаар засах боломжгүй байсан тул шалгаж, гараар засна уу.',
  ],
  'staff-watchdog-alert.v1 aeo.revalidation.watchdog-alert.v1#2 long-name mn': [
    'AEO хяналт: ажлын урсгалд хандах боломжгүй (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 6-нд хийсэн өдөр тутмын шалгалтаар MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) дахин баталгаажуулалтын ажлын урсгалд асуудал илэрлээ: ажлын урсгалд хандах боломжгүй (query failed: no answer within 10 s (is the worker running?)). Автоматаар засах боломжгүй байсан тул шалгаж, гараар засна уу.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#0 mn': [
    'AEO ажлын урсгалын алдаа: reinstate (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар 2027 оны наймдугаар сарын 15-нд дахин баталгаажуулалтын ажлын урсгал revalidation-MN-AEOF-2026-00001 (эзэмшигч: Gobi Trade LLC, ТТД 5123456) "reinstate" үйлдлийг (executive.ganbold) хэрэгжүүлж чадсангүй: үйлдлээс татгалзсан бөгөөд юу ч өөрчлөгдөөгүй (recordReinstatement дахин оролдоход засрахгүй алдаатай дууслаа, InvalidData: recordReinstatement: invalid data (PostgreSQL 22P05: unsupported Unicode escape sequence)). Ажлын урсгал үргэлжилж байна; өгөгдлийг засах эсвэл алхмыг гараар бүртгэнэ үү.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#0 as-sent mn': [
    'AEO ажлын урсгалын алдаа: reinstate (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар 2027 оны наймдугаар сарын 15-нд дахин баталгаажуулалтын ажлын урсгал revalidation-MN-AEOF-2026-00001 (эзэмшигч: ТТД 5123456) "reinstate" үйлдлийг (executive.ganbold) хэрэгжүүлж чадсангүй: үйлдлээс татгалзсан бөгөөд юу ч өөрчлөгдөөгүй (recordReinstatement дахин оролдоход засрахгүй алдаатай дууслаа, InvalidData: recordReinstatement: invalid data (PostgreSQL 22P05: unsupported Unicode escape sequence)). Ажлын урсгал үргэлжилж байна; өгөгдлийг засах эсвэл алхмыг гараар бүртгэнэ үү.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#0 long-name mn': [
    'AEO ажлын урсгалын алдаа: reinstate (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар 2027 оны наймдугаар сарын 15-нд дахин баталгаажуулалтын ажлын урсгал revalidation-MN-AEOF-2026-00001 (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) "reinstate" үйлдлийг (executive.ganbold) хэрэгжүүлж чадсангүй: үйлдлээс татгалзсан бөгөөд юу ч өөрчлөгдөөгүй (recordReinstatement дахин оролдоход засрахгүй алдаатай дууслаа, InvalidData: recordReinstatement: invalid data (PostgreSQL 22P05: unsupported Unicode escape sequence)). Ажлын урсгал үргэлжилж байна; өгөгдлийг засах эсвэл алхмыг гараар бүртгэнэ үү.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#1 mn': [
    'AEO ажлын урсгалын алдаа: decision deadline notice (application 6f1d2c3b)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-нд зөвшөөрөл олгох ажлын урсгал certification-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b (эзэмшигч: Gobi Trade LLC, ТТД 5123456) "decision deadline notice" алхмыг гүйцэтгэж чадсангүй: алхмыг алгассан (recordDecisionDeadline дахин оролдоход засрахгүй алдаатай дууслаа, InvalidData: recordDecisionDeadline: data violates a constraint (PostgreSQL 23514: new row violates check constraint)). Ажлын урсгал үргэлжилж байна; өгөгдлийг засах эсвэл алхмыг гараар бүртгэнэ үү.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#1 as-sent mn': [
    'AEO ажлын урсгалын алдаа: decision deadline notice (application 6f1d2c3b)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-нд зөвшөөрөл олгох ажлын урсгал certification-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b (эзэмшигч: ТТД 5123456) "decision deadline notice" алхмыг гүйцэтгэж чадсангүй: алхмыг алгассан (recordDecisionDeadline дахин оролдоход засрахгүй алдаатай дууслаа, InvalidData: recordDecisionDeadline: data violates a constraint (PostgreSQL 23514: new row violates check constraint)). Ажлын урсгал үргэлжилж байна; өгөгдлийг засах эсвэл алхмыг гараар бүртгэнэ үү.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#1 long-name mn': [
    'AEO ажлын урсгалын алдаа: decision deadline notice (application 6f1d2c3b)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-нд зөвшөөрөл олгох ажлын урсгал certification-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) "decision deadline notice" алхмыг гүйцэтгэж чадсангүй: алхмыг алгассан (recordDecisionDeadline дахин оролдоход засрахгүй алдаатай дууслаа, InvalidData: recordDecisionDeadline: data violates a constraint (PostgreSQL 23514: new row violates check constraint)). Ажлын урсгал үргэлжилж байна; өгөгдлийг засах эсвэл алхмыг гараар бүртгэнэ үү.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#2 mn': [
    'AEO ажлын урсгалын алдаа: acceptance (application 6f1d2c3b)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-нд зөвшөөрөл олгох ажлын урсгал certification-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b (эзэмшигч: Gobi Trade LLC, ТТД 5123456) "acceptance" алхмыг гүйцэтгэж чадсангүй: энэ алхамгүйгээр үргэлжлэх боломжгүй тул ажлын урсгал энэ шатандаа хүлээж, алхмыг дахин оролдоно (recordAcceptance дахин оролдоход засрахгүй алдаатай дууслаа, InvalidData: recordAcceptance: invalid data (PostgreSQL 22021: invalid byte sequence for encoding "UTF8": 0x00)). Өгөгдлийг засна уу; дараагийн оролдлогоор алхам бүртгэгдэнэ.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#2 as-sent mn': [
    'AEO ажлын урсгалын алдаа: acceptance (application 6f1d2c3b)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-нд зөвшөөрөл олгох ажлын урсгал certification-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b (эзэмшигч: ТТД 5123456) "acceptance" алхмыг гүйцэтгэж чадсангүй: энэ алхамгүйгээр үргэлжлэх боломжгүй тул ажлын урсгал энэ шатандаа хүлээж, алхмыг дахин оролдоно (recordAcceptance дахин оролдоход засрахгүй алдаатай дууслаа, InvalidData: recordAcceptance: invalid data (PostgreSQL 22021: invalid byte sequence for encoding "UTF8": 0x00)). Өгөгдлийг засна уу; дараагийн оролдлогоор алхам бүртгэгдэнэ.',
  ],
  'staff-workflow-step-failed.v1 aeo.workflow.action-failed.v1#2 long-name mn': [
    'AEO ажлын урсгалын алдаа: acceptance (application 6f1d2c3b)',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-нд зөвшөөрөл олгох ажлын урсгал certification-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b (эзэмшигч: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456) "acceptance" алхмыг гүйцэтгэж чадсангүй: энэ алхамгүйгээр үргэлжлэх боломжгүй тул ажлын урсгал энэ шатандаа хүлээж, алхмыг дахин оролдоно (recordAcceptance дахин оролдоход засрахгүй алдаатай дууслаа, InvalidData: recordAcceptance: invalid data (PostgreSQL 22021: invalid byte sequence for encoding "UTF8": 0x00)). Өгөгдлийг засна уу; дараагийн оролдлогоор алхам бүртгэгдэнэ.',
  ],
  'staff-risk-alert.v1 aeo.risk-alert.raised.v1#0 mn': [
    'AEO эрсдэлийн дохио (ноцтой): Gobi Trade LLC',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 10-нд эрсдэлийн дохио бүртгэгдлээ (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; эрсдэлийн түвшин: ноцтой): serious infringement recorded: undervaluation of imported machinery. Зөвлөмж: хугацаанаас өмнө дахин баталгаажуулах; зөвшөөрлийг хянаж, зөвлөсөн арга хэмжээг авна уу.',
  ],
  'staff-risk-alert.v1 aeo.risk-alert.raised.v1#0 as-sent mn': [
    'AEO эрсдэлийн дохио (ноцтой): ТТД 5123456',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 10-нд эрсдэлийн дохио бүртгэгдлээ (аж ахуйн нэгж: ТТД 5123456; эрсдэлийн түвшин: ноцтой): serious infringement recorded: undervaluation of imported machinery. Зөвлөмж: хугацаанаас өмнө дахин баталгаажуулах; зөвшөөрлийг хянаж, зөвлөсөн арга хэмжээг авна уу.',
  ],
  'staff-risk-alert.v1 aeo.risk-alert.raised.v1#0 long-name mn': [
    'AEO эрсдэлийн дохио (ноцтой): Mongolian International Freight…',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 10-нд эрсдэлийн дохио бүртгэгдлээ (аж ахуйн нэгж: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456; эрсдэлийн түвшин: ноцтой): serious infringement recorded: undervaluation of imported machinery. Зөвлөмж: хугацаанаас өмнө дахин баталгаажуулах; зөвшөөрлийг хянаж, зөвлөсөн арга хэмжээг авна уу.',
  ],
  'staff-risk-alert.v1 aeo.risk-alert.raised.v1#1 mn': [
    'AEO эрсдэлийн дохио (маш ноцтой): Gobi Trade LLC',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 11-нд эрсдэлийн дохио бүртгэгдлээ (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; эрсдэлийн түвшин: маш ноцтой): smuggling case opened by the customs investigation unit. Зөвлөмж: зөвшөөрлийг түдгэлзүүлэх эсэхийг хянах; зөвшөөрлийг хянаж, зөвлөсөн арга хэмжээг авна уу.',
  ],
  'staff-risk-alert.v1 aeo.risk-alert.raised.v1#1 as-sent mn': [
    'AEO эрсдэлийн дохио (маш ноцтой): ТТД 5123456',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 11-нд эрсдэлийн дохио бүртгэгдлээ (аж ахуйн нэгж: ТТД 5123456; эрсдэлийн түвшин: маш ноцтой): smuggling case opened by the customs investigation unit. Зөвлөмж: зөвшөөрлийг түдгэлзүүлэх эсэхийг хянах; зөвшөөрлийг хянаж, зөвлөсөн арга хэмжээг авна уу.',
  ],
  'staff-risk-alert.v1 aeo.risk-alert.raised.v1#1 long-name mn': [
    'AEO эрсдэлийн дохио (маш ноцтой): Mongolian International Freight…',
    'Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 11-нд эрсдэлийн дохио бүртгэгдлээ (аж ахуйн нэгж: Mongolian International Freight Forwarding and Customs Brokerage Company LLC, ТТД 5123456; эрсдэлийн түвшин: маш ноцтой): smuggling case opened by the customs investigation unit. Зөвлөмж: зөвшөөрлийг түдгэлзүүлэх эсэхийг хянах; зөвшөөрлийг хянаж, зөвлөсөн арга хэмжээг авна уу.',
  ],
  'application-submitted.v1 few-fields mn': [
    'AEO өргөдөл хүлээн авлаа (AEOF)',
    'Таны AEOF статусын өргөдлийг хүлээн авлаа. Гаалийн байгууллага Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 28-ны дотор бүрдлийг шалгана; энэ хугацаанд хариу өгөөгүй бол өргөдлийг хүлээн авсанд тооцно.',
  ],
  'application-submitted.v1 late-evening mn': [
    'AEO өргөдөл хүлээн авлаа (AEOF)',
    'Таны AEOF статусын өргөдлийг хүлээн авлаа. Гаалийн байгууллага Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор бүрдлийг шалгана; энэ хугацаанд хариу өгөөгүй бол өргөдлийг хүлээн авсанд тооцно.',
  ],
  'staff-application-submitted.v1 few-fields mn': [
    'Шинэ AEO өргөдөл (AEOF): ТТД ',
    'ТТД  бүхий аж ахуйн нэгж AEOF статусын өргөдөл гаргалаа (өргөдлийн дугаар undefined). Өргөдлийн бүрдлийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 28-ны дотор шалгана уу; энэ хугацаанд хариу өгөөгүй бол өргөдлийг хүлээн авсанд тооцно.',
  ],
  'staff-application-submitted.v1 late-evening mn': [
    'Шинэ AEO өргөдөл (AEOF): Gobi Trade LLC',
    'Gobi Trade LLC (ТТД 5123456) AEOF статусын өргөдөл гаргалаа (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Өргөдлийн бүрдлийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор шалгана уу; энэ хугацаанд хариу өгөөгүй бол өргөдлийг хүлээн авсанд тооцно.',
  ],
  'application-accepted.v1 few-fields mn': [
    'AEO өргөдлийг хүлээн авлаа',
    'Хугацаа дууссан тул таны өргөдлийг хүлээн авсанд тооцлоо. Шийдвэрийг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 27-ны дотор гаргана.',
  ],
  'application-accepted.v1 late-evening mn': [
    'AEO өргөдлийг хүлээн авлаа',
    'Гаалийн байгууллага таны өргөдлийг бүрэн гэж хүлээн авлаа. Шийдвэрийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор гаргана.',
  ],
  'application-rejected.v1 few-fields mn': [
    'AEO өргөдлийг хүлээн аваагүй',
    'Гаалийн байгууллага таны өргөдлийг хүлээн аваагүй. Үндэслэл: incomplete self-assessment',
  ],
  'application-rejected.v1 late-evening mn': [
    'AEO өргөдлийг хүлээн аваагүй',
    'Гаалийн байгууллага таны өргөдлийг хүлээн аваагүй. Үндэслэл: undefined',
  ],
  'information-requested.v1 few-fields mn': [
    'AEO өргөдөл: нэмэлт мэдээлэл шаардлагатай',
    'Таны AEOF статусын өргөдлийг хүлээн авахад нэмэлт мэдээлэл шаардлагатай байна:  Хариугаа Улаанбаатарын цагаар Invalid Date дотор ирүүлнэ үү; хариу ирэх хүртэл өргөдлийг хүлээн авах хугацаа түр зогсоно.',
  ],
  'information-requested.v1 late-evening mn': [
    'AEO өргөдөл: нэмэлт мэдээлэл шаардлагатай',
    'Таны AEOF статусын өргөдлийг хүлээн авахад нэмэлт мэдээлэл шаардлагатай байна:  Хариугаа Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор ирүүлнэ үү; хариу ирэх хүртэл өргөдлийг хүлээн авах хугацаа түр зогсоно.',
  ],
  'staff-information-received.v1 few-fields mn': [
    'AEO өргөдөл: нэмэлт мэдээлэл ирлээ (ТТД )',
    'ТТД  бүхий аж ахуйн нэгж AEOF статусын өргөдлийн талаар хүссэн нэмэлт мэдээллийг Улаанбаатарын цагаар Invalid Date ирүүллээ (өргөдлийн дугаар undefined). Өргөдлийг хүлээн авах хугацаа дахин үргэлжилж байгаа тул хариуг хянана уу.',
  ],
  'staff-information-received.v1 late-evening mn': [
    'AEO өргөдөл: нэмэлт мэдээлэл ирлээ (Gobi Trade LLC)',
    'Gobi Trade LLC (ТТД 5123456) AEOF статусын өргөдлийн талаар хүссэн нэмэлт мэдээллийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд ирүүллээ (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Өргөдлийг хүлээн авах хугацаа дахин үргэлжилж байгаа тул хариуг хянана уу.',
  ],
  'application-withdrawn.v1 few-fields mn': [
    'AEO өргөдлийг буцаан авлаа',
    'Таны AEOF статусын өргөдлийг Улаанбаатарын цагаар Invalid Date буцаан авсан тул гаалийн байгууллага шийдвэрлэх ажиллагааг зогсоолоо. Шалтгаан: incomplete self-assessment.',
  ],
  'application-withdrawn.v1 late-evening mn': [
    'AEO өргөдлийг буцаан авлаа',
    'Таны AEOF статусын өргөдлийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд буцаан авсан тул гаалийн байгууллага шийдвэрлэх ажиллагааг зогсоолоо. Шалтгаан: ',
  ],
  'staff-application-withdrawn.v1 few-fields mn': [
    'AEO өргөдлийг буцаан авлаа (ТТД )',
    'ТТД  бүхий аж ахуйн нэгж AEOF статусын өргөдлөө Улаанбаатарын цагаар Invalid Date буцаан авлаа (өргөдлийн дугаар undefined). Шалтгаан: incomplete self-assessment. Өргөдлийн талаар цаашид арга хэмжээ авах шаардлагагүй.',
  ],
  'staff-application-withdrawn.v1 late-evening mn': [
    'AEO өргөдлийг буцаан авлаа (Gobi Trade LLC)',
    'Gobi Trade LLC (ТТД 5123456) AEOF статусын өргөдлөө Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд буцаан авлаа (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Шалтгаан:  Өргөдлийн талаар цаашид арга хэмжээ авах шаардлагагүй.',
  ],
  'staff-decision-due.v1 few-fields mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (ТТД )',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар undefined; өргөдөл гаргагч: ТТД ) шийдвэрийг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 27-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'staff-decision-due.v1 late-evening mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'staff-decision-overdue.v1 few-fields mn': [
    'AEO шийдвэрийн хугацаа хэтэрлээ (ТТД )',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар undefined; өргөдөл гаргагч: ТТД ) шийдвэрийг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 27-ны дотор гаргах байсан боловч одоог хүртэл гаргаагүй байна. Шийдвэрийг нэн даруй гаргана уу.',
  ],
  'staff-decision-overdue.v1 late-evening mn': [
    'AEO шийдвэрийн хугацаа хэтэрлээ (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор гаргах байсан боловч одоог хүртэл гаргаагүй байна. Шийдвэрийг нэн даруй гаргана уу.',
  ],
  'decision-extended.v1 few-fields mn': [
    'AEO өргөдөл: шийдвэр гаргах хугацааг сунгалаа',
    'Гаалийн байгууллага таны AEOF статусын өргөдлийн талаар шийдвэр гаргах хугацааг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 27 хүртэл сунгалаа. Үндэслэл: ',
  ],
  'decision-extended.v1 late-evening mn': [
    'AEO өргөдөл: шийдвэр гаргах хугацааг сунгалаа',
    'Гаалийн байгууллага таны AEOF статусын өргөдлийн талаар шийдвэр гаргах хугацааг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5 хүртэл сунгалаа. Үндэслэл: ',
  ],
  'hearing-opened.v1 few-fields mn': [
    'AEO зөвшөөрөл олгохоос татгалзах санал',
    'Гаалийн байгууллага таны AEOF статусын өргөдлийн дагуу зөвшөөрөл олгохоос татгалзах гэж байна. Үндэслэл: false statements. Та Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 15 хүртэл тайлбар өгч болно.',
  ],
  'hearing-opened.v1 late-evening mn': [
    'AEO зөвшөөрөл олгохоос татгалзах санал',
    'Гаалийн байгууллага таны AEOF статусын өргөдлийн дагуу зөвшөөрөл олгохоос татгалзах гэж байна. Үндэслэл:  Та Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5 хүртэл тайлбар өгч болно.',
  ],
  'staff-hearing-responded.v1 few-fields mn': [
    'AEO татгалзах санал: тайлбар ирлээ (ТТД )',
    'ТТД  бүхий аж ахуйн нэгж AEOF статусын зөвшөөрөл олгохоос татгалзах саналын үндэслэлийн талаар Улаанбаатарын цагаар Invalid Date тайлбар ирүүллээ (өргөдлийн дугаар undefined). Тайлбарыг харгалзан өргөдлийн талаар шийдвэр гаргана уу.',
  ],
  'staff-hearing-responded.v1 late-evening mn': [
    'AEO татгалзах санал: тайлбар ирлээ (Gobi Trade LLC)',
    'Gobi Trade LLC (ТТД 5123456) AEOF статусын зөвшөөрөл олгохоос татгалзах саналын үндэслэлийн талаар Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд тайлбар ирүүллээ (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Тайлбарыг харгалзан өргөдлийн талаар шийдвэр гаргана уу.',
  ],
  'validation-opened.v1 few-fields mn': [
    'AEO өргөдөл: баталгаажуулалт эхэллээ',
    'Гаалийн байгууллага таны AEOF статусын өргөдлийн баталгаажуулалтыг эхлүүлж, Улаанбаатарын цагаар Invalid Date дотор дуусгахаар төлөвлөлөө. Баталгаажуулагч танаас баримт бичиг, тодруулга хүсч болно.',
  ],
  'validation-opened.v1 late-evening mn': [
    'AEO өргөдөл: баталгаажуулалт эхэллээ',
    'Гаалийн байгууллага таны AEOF статусын өргөдлийн баталгаажуулалтыг эхлүүлж, Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор дуусгахаар төлөвлөлөө. Баталгаажуулагч танаас баримт бичиг, тодруулга хүсч болно.',
  ],
  'staff-validation-assigned.v1 few-fields mn': [
    'Танд AEO баталгаажуулалт хуваарилагдлаа (ТТД )',
    'Танд AEOF статусын өргөдлийн баталгаажуулалт (өргөдлийн дугаар undefined) хуваарилагдлаа; аж ахуйн нэгж: ТТД . Эрсдэлийн оноо undefined, зөвлөмж: . Баталгаажуулалтын тайланг Улаанбаатарын цагаар Invalid Date дотор ирүүлнэ үү.',
  ],
  'staff-validation-assigned.v1 late-evening mn': [
    'Танд AEO баталгаажуулалт хуваарилагдлаа (Gobi Trade LLC)',
    'Танд AEOF статусын өргөдлийн баталгаажуулалт (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) хуваарилагдлаа; аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456. Эрсдэлийн оноо undefined, зөвлөмж: . Баталгаажуулалтын тайланг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор ирүүлнэ үү.',
  ],
  'visit-scheduled.v1 few-fields mn': [
    'AEO газар дээрх шалгалтын товыг тогтлоо',
    'Танай байгууллагад газар дээрх шалгалтыг Улаанбаатарын цагаар Invalid Date Invalid Date цагт хийхээр товлолоо. Холбогдох ажилтнууд болон баримт бичгийг бэлэн байлгана уу.',
  ],
  'visit-scheduled.v1 late-evening mn': [
    'AEO газар дээрх шалгалтын товыг тогтлоо',
    'Танай байгууллагад газар дээрх шалгалтыг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны 04:00 цагт хийхээр товлолоо. Холбогдох ажилтнууд болон баримт бичгийг бэлэн байлгана уу.',
  ],
  'staff-visit-scheduled.v1 few-fields mn': [
    'AEO газар дээрх шалгалт товлогдлоо (ТТД )',
    'Газар дээрх шалгалтыг Улаанбаатарын цагаар Invalid Date Invalid Date цагт хийхээр товлолоо (аж ахуйн нэгж: ТТД ; өргөдлийн дугаар undefined; баталгаажуулагч: undefined). Баталгаажуулалтын шалгах хуудасны дагуу шалгалтад бэлтгэл хангана уу.',
  ],
  'staff-visit-scheduled.v1 late-evening mn': [
    'AEO газар дээрх шалгалт товлогдлоо (Gobi Trade LLC)',
    'Газар дээрх шалгалтыг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны 04:00 цагт хийхээр товлолоо (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; баталгаажуулагч: undefined). Баталгаажуулалтын шалгах хуудасны дагуу шалгалтад бэлтгэл хангана уу.',
  ],
  'staff-report-reminder.v1 few-fields mn': [
    'AEO тайлан ирүүлэх хугацаа дөхлөө (ТТД )',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: ТТД ; өргөдлийн дугаар undefined) Улаанбаатарын цагаар Invalid Date дотор ирүүлэх ёстой. Тайлангаа хугацаанд нь ирүүлнэ үү.',
  ],
  'staff-report-reminder.v1 late-evening mn': [
    'AEO тайлан ирүүлэх хугацаа дөхлөө (Gobi Trade LLC)',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор ирүүлэх ёстой. Тайлангаа хугацаанд нь ирүүлнэ үү.',
  ],
  'staff-report-overdue.v1 few-fields mn': [
    'AEO тайлан ирүүлэх хугацаа хэтэрлээ (ТТД )',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: ТТД ; өргөдлийн дугаар undefined) Улаанбаатарын цагаар Invalid Date дотор ирүүлэх байсан боловч одоог хүртэл ирээгүй байна. Томилогдсон баталгаажуулагчаас тодруулах, эсвэл ажлыг өөр баталгаажуулагчид шилжүүлнэ үү.',
  ],
  'staff-report-overdue.v1 late-evening mn': [
    'AEO тайлан ирүүлэх хугацаа хэтэрлээ (Gobi Trade LLC)',
    'Баталгаажуулалтын тайланг (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор ирүүлэх байсан боловч одоог хүртэл ирээгүй байна. Томилогдсон баталгаажуулагчаас тодруулах, эсвэл ажлыг өөр баталгаажуулагчид шилжүүлнэ үү.',
  ],
  'staff-report-submitted.v1 few-fields mn': [
    'AEO баталгаажуулалтын тайлан ирлээ (ТТД )',
    'Баталгаажуулагч undefined баталгаажуулалтын тайлангаа ирүүллээ (аж ахуйн нэгж: ТТД ; AEOF; өргөдлийн дугаар undefined). Зөвлөмж: . Шийдвэр гаргана уу.',
  ],
  'staff-report-submitted.v1 late-evening mn': [
    'AEO баталгаажуулалтын тайлан ирлээ (Gobi Trade LLC)',
    'Баталгаажуулагч undefined баталгаажуулалтын тайлангаа ирүүллээ (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; AEOF; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Зөвлөмж: . Шийдвэр гаргана уу.',
  ],
  'validation-closed.v1 few-fields mn': [
    'AEO өргөдөл: баталгаажуулалт хаагдлаа',
    ' тул гаалийн байгууллага таны AEOF статусын өргөдлийн баталгаажуулалтыг Улаанбаатарын цагаар Invalid Date хаалаа («incomplete self-assessment»). Үүнд зориулж нэмэлт баримт бичиг шаардлагагүй бөгөөд товлосон газар дээрх шалгалт хийгдэхгүй.',
  ],
  'validation-closed.v1 late-evening mn': [
    'AEO өргөдөл: баталгаажуулалт хаагдлаа',
    ' тул гаалийн байгууллага таны AEOF статусын өргөдлийн баталгаажуулалтыг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд хаалаа («undefined»). Үүнд зориулж нэмэлт баримт бичиг шаардлагагүй бөгөөд товлосон газар дээрх шалгалт хийгдэхгүй.',
  ],
  'staff-validation-closed.v1 few-fields mn': [
    'AEO баталгаажуулалт хаагдлаа (ТТД )',
    ' тул undefined дугаартай өргөдлийн баталгаажуулалт (аж ахуйн нэгж: ТТД ) Улаанбаатарын цагаар Invalid Date хаагдлаа («incomplete self-assessment», undefined). Энэ ажил таны ачаалалд тооцогдохгүй; тайлан шаардлагагүй бөгөөд товлосон газар дээрх шалгалт цуцлагдана.',
  ],
  'staff-validation-closed.v1 late-evening mn': [
    'AEO баталгаажуулалт хаагдлаа (Gobi Trade LLC)',
    ' тул 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 дугаартай өргөдлийн баталгаажуулалт (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд хаагдлаа («undefined», undefined). Энэ ажил таны ачаалалд тооцогдохгүй; тайлан шаардлагагүй бөгөөд товлосон газар дээрх шалгалт цуцлагдана.',
  ],
  'corrective-action-requested.v1 few-fields mn': [
    'AEO өргөдөл: залруулах арга хэмжээ авахыг хүслээ',
    'Таны AEOF статусын өргөдлийн баталгаажуулалтын явцад баталгаажуулагч «» шалгуурын дагуу илэрсэн дутагдлыг залруулахыг танаас хүсч байна:  Хариугаа Улаанбаатарын цагаар Invalid Date дотор ирүүлнэ үү; таны хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.',
  ],
  'corrective-action-requested.v1 late-evening mn': [
    'AEO өргөдөл: залруулах арга хэмжээ авахыг хүслээ',
    'Таны AEOF статусын өргөдлийн баталгаажуулалтын явцад баталгаажуулагч «» шалгуурын дагуу илэрсэн дутагдлыг залруулахыг танаас хүсч байна:  Хариугаа Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор ирүүлнэ үү; таны хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.',
  ],
  'staff-corrective-action-requested.v1 few-fields mn': [
    'AEO залруулах арга хэмжээний хүсэлт (ТТД )',
    'undefined дугаартай өргөдлийн баталгаажуулалтын явцад баталгаажуулагч undefined аж ахуйн нэгжээс (ТТД ) «» шалгуурын дагуу илэрсэн дутагдлыг Улаанбаатарын цагаар Invalid Date дотор залруулахыг хүслээ:  Хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.',
  ],
  'staff-corrective-action-requested.v1 late-evening mn': [
    'AEO залруулах арга хэмжээний хүсэлт (Gobi Trade LLC)',
    '7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601 дугаартай өргөдлийн баталгаажуулалтын явцад баталгаажуулагч undefined аж ахуйн нэгжээс (Gobi Trade LLC, ТТД 5123456) «» шалгуурын дагуу илэрсэн дутагдлыг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор залруулахыг хүслээ:  Хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.',
  ],
  'staff-corrective-action-answered.v1 few-fields mn': [
    'AEO залруулах арга хэмжээ: хариу ирлээ (ТТД )',
    'ТТД  бүхий аж ахуйн нэгж «» шалгуурын дагуух залруулах арга хэмжээний хүсэлтэд Улаанбаатарын цагаар Invalid Date хариу ирүүллээ (өргөдлийн дугаар undefined). Тайлангаа гаргахаас өмнө хариуг хянана уу.',
  ],
  'staff-corrective-action-answered.v1 late-evening mn': [
    'AEO залруулах арга хэмжээ: хариу ирлээ (Gobi Trade LLC)',
    'Gobi Trade LLC (ТТД 5123456) «» шалгуурын дагуух залруулах арга хэмжээний хүсэлтэд Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд хариу ирүүллээ (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601). Тайлангаа гаргахаас өмнө хариуг хянана уу.',
  ],
  'authorisation-granted.v1 few-fields mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 1-нээс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2029 оны арван хоёрдугаар сарын 4-нд хийнэ.',
  ],
  'authorisation-granted.v1 late-evening mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2026 оны арван хоёрдугаар сарын 5-нд хийнэ.',
  ],
  'staff-authorisation-granted.v1 few-fields mn': [
    'AEO зөвшөөрөл олголоо: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (AEOF; эзэмшигч: ТТД ) олгогдож, Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 1-нээс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2029 оны арван хоёрдугаар сарын 4-нд хийнэ.',
  ],
  'staff-authorisation-granted.v1 late-evening mn': [
    'AEO зөвшөөрөл олголоо: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (AEOF; эзэмшигч: Gobi Trade LLC, ТТД 5123456) олгогдож, Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2026 оны арван хоёрдугаар сарын 5-нд хийнэ.',
  ],
  'authorisation-refused.v1 few-fields mn': [
    'AEO зөвшөөрөл олгохоос татгалзлаа',
    'Гаалийн байгууллага таны хүссэн AEOF статусын зөвшөөрлийг олгохоос татгалзлаа. Үндэслэл: ',
  ],
  'authorisation-refused.v1 late-evening mn': [
    'AEO зөвшөөрөл олгохоос татгалзлаа',
    'Гаалийн байгууллага таны хүссэн AEOF статусын зөвшөөрлийг олгохоос татгалзлаа. Үндэслэл: ',
  ],
  'revalidation-due.v1 few-fields mn': [
    'AEO дахин баталгаажуулалт 90 хоногийн дараа',
    'Таны AEO зөвшөөрөл MN-AEOF-2026-00001-ийг Улаанбаатарын цагаар 2029 оны арван хоёрдугаар сарын 4-нд дахин баталгаажуулна. Өөрийн үнэлгээгээ хянана уу; таны хариуцсан ажилтан туслах болно.',
  ],
  'revalidation-due.v1 late-evening mn': [
    'AEO дахин баталгаажуулалт undefined хоногийн дараа',
    'Таны AEO зөвшөөрөл MN-AEOF-2026-00001-ийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд дахин баталгаажуулна. Өөрийн үнэлгээгээ хянана уу; таны хариуцсан ажилтан туслах болно.',
  ],
  'staff-revalidation-due.v1 few-fields mn': [
    'AEO дахин баталгаажуулалт 90 хоногийн дараа: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: ТТД ) Улаанбаатарын цагаар 2029 оны арван хоёрдугаар сарын 4-нд дахин баталгаажуулна. Эзэмшигчтэй холбогдож, өөрийн үнэлгээг бэлтгэхэд нь туслана уу.',
  ],
  'staff-revalidation-due.v1 late-evening mn': [
    'AEO дахин баталгаажуулалт undefined хоногийн дараа: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд дахин баталгаажуулна. Эзэмшигчтэй холбогдож, өөрийн үнэлгээг бэлтгэхэд нь туслана уу.',
  ],
  'revalidation-started.v1 few-fields mn': [
    'AEO дахин баталгаажуулалт эхэллээ',
    'MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалт эхэллээ. Өөрийн үнэлгээгээ Улаанбаатарын цагаар 2027 оны хоёрдугаар сарын 1-ний дотор шинэчилнэ үү.',
  ],
  'revalidation-started.v1 late-evening mn': [
    'AEO дахин баталгаажуулалт эхэллээ',
    'MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалт эхэллээ. Өөрийн үнэлгээгээ Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор шинэчилнэ үү.',
  ],
  'staff-revalidation-started.v1 few-fields mn': [
    'AEO дахин баталгаажуулалт эхэллээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: ТТД ) дахин баталгаажуулалт эхэллээ (шалтгаан: ). Эзэмшигч өөрийн үнэлгээгээ Улаанбаатарын цагаар 2027 оны хоёрдугаар сарын 1-ний дотор шинэчлэх ёстой тул хяналт тавина уу.',
  ],
  'staff-revalidation-started.v1 late-evening mn': [
    'AEO дахин баталгаажуулалт эхэллээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: Gobi Trade LLC, ТТД 5123456) дахин баталгаажуулалт эхэллээ (шалтгаан: ). Эзэмшигч өөрийн үнэлгээгээ Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор шинэчлэх ёстой тул хяналт тавина уу.',
  ],
  'revalidation-completed.v1 few-fields mn': [
    'AEO зөвшөөрлийг баталгаажууллаа',
    'MN-AEOF-2026-00001 зөвшөөрлийг баталгаажууллаа. Дараагийн дахин баталгаажуулалт Улаанбаатарын цагаар 2032 оны арван хоёрдугаар сарын 4-нд.',
  ],
  'revalidation-completed.v1 late-evening mn': [
    'AEO зөвшөөрлийг баталгаажууллаа',
    'MN-AEOF-2026-00001 зөвшөөрлийг баталгаажууллаа. Дараагийн дахин баталгаажуулалт Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд.',
  ],
  'staff-revalidation-requested.v1 few-fields mn': [
    'AEO хугацаанаас өмнөх дахин баталгаажуулалт: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: ТТД ) хугацаанаас нь өмнө дахин баталгаажуулах хүсэлт ирлээ (хүсэлт гаргагч: undefined). Шалтгаан: incomplete self-assessment. Эзэмшигчтэй хамтран дахин баталгаажуулалтыг зохион байгуулна уу.',
  ],
  'staff-revalidation-requested.v1 late-evening mn': [
    'AEO хугацаанаас өмнөх дахин баталгаажуулалт: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: Gobi Trade LLC, ТТД 5123456) хугацаанаас нь өмнө дахин баталгаажуулах хүсэлт ирлээ (хүсэлт гаргагч: undefined). Шалтгаан:  Эзэмшигчтэй хамтран дахин баталгаажуулалтыг зохион байгуулна уу.',
  ],
  'staff-change-reported.v1 few-fields mn': [
    'AEO өөрчлөлт мэдэгдлээ (): MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл эзэмшигч (ТТД ) Улаанбаатарын цагаар Invalid Date эхлэн хүчинтэй өөрчлөлт мэдэгдлээ ():  Зөвшөөрлийг хугацаанаас өмнөх дахин баталгаажуулалтаар дахин үнэлэх тул өөрчлөлтийг хянана уу.',
  ],
  'staff-change-reported.v1 late-evening mn': [
    'AEO өөрчлөлт мэдэгдлээ (): MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл эзэмшигч (Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-наас эхлэн хүчинтэй өөрчлөлт мэдэгдлээ ():  Зөвшөөрлийг хугацаанаас өмнөх дахин баталгаажуулалтаар дахин үнэлэх тул өөрчлөлтийг хянана уу.',
  ],
  'authorisation-suspended.v1 few-fields mn': [
    'AEO зөвшөөрлийг түдгэлзүүллээ',
    'MN-AEOF-2026-00001 зөвшөөрлийг түдгэлзүүллээ (аюулгүй байдлын хэсэг). Үндэслэл: false statements. Засах арга хэмжээгээ Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 1-ний дотор ирүүлнэ үү.',
  ],
  'authorisation-suspended.v1 late-evening mn': [
    'AEO зөвшөөрлийг түдгэлзүүллээ',
    'MN-AEOF-2026-00001 зөвшөөрлийг түдгэлзүүллээ. Үндэслэл: undefined. Засах арга хэмжээгээ Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор ирүүлнэ үү.',
  ],
  'staff-authorisation-suspended.v1 few-fields mn': [
    'AEO зөвшөөрлийг түдгэлзүүллээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: ТТД ) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 1-нээс эхлэн түдгэлзүүллээ (аюулгүй байдлын хэсэг). Үндэслэл: false statements. Эзэмшигч засах арга хэмжээний төлөвлөгөөгөө 2027 оны нэгдүгээр сарын 1-ний дотор ирүүлэх ёстой тул хяналт тавина уу.',
  ],
  'staff-authorisation-suspended.v1 late-evening mn': [
    'AEO зөвшөөрлийг түдгэлзүүллээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-наас эхлэн түдгэлзүүллээ. Үндэслэл:  Эзэмшигч засах арга хэмжээний төлөвлөгөөгөө 2026 оны арван хоёрдугаар сарын 5-ны дотор ирүүлэх ёстой тул хяналт тавина уу.',
  ],
  'suspension-progress.v1 few-fields mn': [
    'AEO түдгэлзүүлэлт: засах хугацаа дууслаа',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн засах арга хэмжээний хугацаа Улаанбаатарын цагаар Invalid Date дууссан. Гаалийн байгууллага зөвшөөрлийг сэргээх эсвэл хүчингүй болгох шийдвэр гаргаж, танд мэдэгдэнэ.',
  ],
  'suspension-progress.v1 late-evening mn': [
    'AEO түдгэлзүүлэлт: засах хугацаа дууслаа',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн засах арга хэмжээний хугацаа Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд дууссан. Гаалийн байгууллага зөвшөөрлийг сэргээх эсвэл хүчингүй болгох шийдвэр гаргаж, танд мэдэгдэнэ.',
  ],
  'staff-suspension-progress.v1 few-fields mn': [
    'AEO засах арга хэмжээний хугацаа дууслаа: MN-AEOF-2026-00001',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: ТТД ) засах арга хэмжээний хугацаа Улаанбаатарын цагаар Invalid Date дууссан. Зөвшөөрлийг сэргээх эсвэл хүчингүй болгох эсэхийг шийднэ үү.',
  ],
  'staff-suspension-progress.v1 late-evening mn': [
    'AEO засах арга хэмжээний хугацаа дууслаа: MN-AEOF-2026-00001',
    'Түдгэлзүүлсэн MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: Gobi Trade LLC, ТТД 5123456) засах арга хэмжээний хугацаа Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд дууссан. Зөвшөөрлийг сэргээх эсвэл хүчингүй болгох эсэхийг шийднэ үү.',
  ],
  'authorisation-reinstated.v1 few-fields mn': [
    'AEO зөвшөөрлийг сэргээлээ',
    'MN-AEOF-2026-00001 зөвшөөрөл Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 1-нээс дахин хүчин төгөлдөр болж, хөнгөлөлтүүд сэргэнэ.',
  ],
  'authorisation-reinstated.v1 late-evening mn': [
    'AEO зөвшөөрлийг сэргээлээ',
    'MN-AEOF-2026-00001 зөвшөөрөл Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-наас дахин хүчин төгөлдөр болж, хөнгөлөлтүүд сэргэнэ.',
  ],
  'staff-authorisation-reinstated.v1 few-fields mn': [
    'AEO зөвшөөрлийг сэргээлээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: ТТД ) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 1-нээс эхлэн дахин хүчин төгөлдөр болж, хөнгөлөлтүүд сэргэнэ. Түдгэлзүүлэлт хаагдсан бөгөөд дахин баталгаажуулалтын хяналт ердийн журмаар үргэлжилнэ.',
  ],
  'staff-authorisation-reinstated.v1 late-evening mn': [
    'AEO зөвшөөрлийг сэргээлээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-наас эхлэн дахин хүчин төгөлдөр болж, хөнгөлөлтүүд сэргэнэ. Түдгэлзүүлэлт хаагдсан бөгөөд дахин баталгаажуулалтын хяналт ердийн журмаар үргэлжилнэ.',
  ],
  'authorisation-revocation-intended.v1 few-fields mn': [
    'AEO зөвшөөрлийг хүчингүй болгох санал',
    'Гаалийн байгууллага MN-AEOF-2026-00001 зөвшөөрлийг хүчингүй болгох гэж байна. Үндэслэл: false statements. Та Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 15 хүртэл тайлбар өгч болно.',
  ],
  'authorisation-revocation-intended.v1 late-evening mn': [
    'AEO зөвшөөрлийг хүчингүй болгох санал',
    'Гаалийн байгууллага MN-AEOF-2026-00001 зөвшөөрлийг хүчингүй болгох гэж байна. Үндэслэл: undefined. Та Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5 хүртэл тайлбар өгч болно.',
  ],
  'authorisation-revoked.v1 few-fields mn': [
    'AEO зөвшөөрлийг хүчингүй болголоо',
    'MN-AEOF-2026-00001 зөвшөөрөл Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 1-нээс хүчингүй боллоо. Үндэслэл: false statements. Шинэ өргөдлийг гурван жилийн дараа гаргах боломжтой.',
  ],
  'authorisation-revoked.v1 late-evening mn': [
    'AEO зөвшөөрлийг хүчингүй болголоо',
    'MN-AEOF-2026-00001 зөвшөөрөл Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-наас хүчингүй боллоо. Үндэслэл: undefined. Шинэ өргөдлийг гурван жилийн дараа гаргах боломжтой.',
  ],
  'staff-authorisation-revoked.v1 few-fields mn': [
    'AEO зөвшөөрлийг хүчингүй болголоо: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: ТТД ) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 1-нээс эхлэн хүчингүй боллоо. Үндэслэл: false statements. Хөнгөлөлтүүд зогсох бөгөөд гурван жилийн хугацаанд эзэмшигчээс шинэ өргөдөл хүлээн авахгүй.',
  ],
  'staff-authorisation-revoked.v1 late-evening mn': [
    'AEO зөвшөөрлийг хүчингүй болголоо: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-наас эхлэн хүчингүй боллоо. Үндэслэл:  Хөнгөлөлтүүд зогсох бөгөөд гурван жилийн хугацаанд эзэмшигчээс шинэ өргөдөл хүлээн авахгүй.',
  ],
  'authorisation-surrendered.v1 few-fields mn': [
    'AEO зөвшөөрлөөс татгалзлаа',
    'Таны хүсэлтээр MN-AEOF-2026-00001 зөвшөөрөл Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 1-нд дуусгавар болно.',
  ],
  'authorisation-surrendered.v1 late-evening mn': [
    'AEO зөвшөөрлөөс татгалзлаа',
    'Таны хүсэлтээр MN-AEOF-2026-00001 зөвшөөрөл Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд дуусгавар болно.',
  ],
  'staff-authorisation-surrendered.v1 few-fields mn': [
    'AEO зөвшөөрлөөс татгалзлаа: MN-AEOF-2026-00001',
    'Эзэмшигчийн хүсэлтээр MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: ТТД ) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 1-нд дуусгавар болно. Шалтгаан: incomplete self-assessment. Тэр өдрөөс хөнгөлөлтүүд зогсох бөгөөд эзэмшигч дахин өргөдөл гаргахад хязгаарлалт байхгүй.',
  ],
  'staff-authorisation-surrendered.v1 late-evening mn': [
    'AEO зөвшөөрлөөс татгалзлаа: MN-AEOF-2026-00001',
    'Эзэмшигчийн хүсэлтээр MN-AEOF-2026-00001 зөвшөөрөл (эзэмшигч: Gobi Trade LLC, ТТД 5123456) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд дуусгавар болно. Шалтгаан:  Тэр өдрөөс хөнгөлөлтүүд зогсох бөгөөд эзэмшигч дахин өргөдөл гаргахад хязгаарлалт байхгүй.',
  ],
  'staff-watchdog-alert.v1 few-fields mn': [
    'AEO хяналт:  (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар Invalid Date хийсэн өдөр тутмын шалгалтаар MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: ТТД ) дахин баталгаажуулалтын ажлын урсгалд асуудал илэрлээ:  (). Автоматаар засах боломжгүй байсан тул шалгаж, гараар засна уу.',
  ],
  'staff-watchdog-alert.v1 late-evening mn': [
    'AEO хяналт:  (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд хийсэн өдөр тутмын шалгалтаар MN-AEOF-2026-00001 зөвшөөрлийн (эзэмшигч: Gobi Trade LLC, ТТД 5123456) дахин баталгаажуулалтын ажлын урсгалд асуудал илэрлээ:  (). Автоматаар засах боломжгүй байсан тул шалгаж, гараар засна уу.',
  ],
  'staff-workflow-step-failed.v1 few-fields mn': [
    'AEO ажлын урсгалын алдаа:  (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар Invalid Date  ажлын урсгал  (эзэмшигч: ТТД ) "" алхмыг гүйцэтгэж чадсангүй: алхмыг алгассан ( дахин оролдоход засрахгүй алдаатай дууслаа, : ). Ажлын урсгал үргэлжилж байна; өгөгдлийг засах эсвэл алхмыг гараар бүртгэнэ үү.',
  ],
  'staff-workflow-step-failed.v1 late-evening mn': [
    'AEO ажлын урсгалын алдаа:  (MN-AEOF-2026-00001)',
    'Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд  ажлын урсгал  (эзэмшигч: Gobi Trade LLC, ТТД 5123456) "" алхмыг гүйцэтгэж чадсангүй: алхмыг алгассан ( дахин оролдоход засрахгүй алдаатай дууслаа, : ). Ажлын урсгал үргэлжилж байна; өгөгдлийг засах эсвэл алхмыг гараар бүртгэнэ үү.',
  ],
  'staff-risk-alert.v1 few-fields mn': [
    'AEO эрсдэлийн дохио (): ТТД ',
    'Улаанбаатарын цагаар Invalid Date эрсдэлийн дохио бүртгэгдлээ (аж ахуйн нэгж: ТТД ; эрсдэлийн түвшин: ): incomplete self-assessment. Зөвлөмж: ; зөвшөөрлийг хянаж, зөвлөсөн арга хэмжээг авна уу.',
  ],
  'staff-risk-alert.v1 late-evening mn': [
    'AEO эрсдэлийн дохио (): Gobi Trade LLC',
    'Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд эрсдэлийн дохио бүртгэгдлээ (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; эрсдэлийн түвшин: ):  Зөвлөмж: ; зөвшөөрлийг хянаж, зөвлөсөн арга хэмжээг авна уу.',
  ],
  'authorisation-granted.v1 late-evening UTC mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл UTC цагаар 2026 оны арван хоёрдугаар сарын 4-нөөс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2026 оны арван хоёрдугаар сарын 4-нд хийнэ.',
  ],
  'authorisation-granted.v1 late-evening Europe/Berlin mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Europe/Berlin цагийн бүсээр 2026 оны арван хоёрдугаар сарын 4-нөөс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2026 оны арван хоёрдугаар сарын 4-нд хийнэ.',
  ],
  'authorisation-revocation-intended.v1 late-evening UTC mn': [
    'AEO зөвшөөрлийг хүчингүй болгох санал',
    'Гаалийн байгууллага MN-AEOF-2026-00001 зөвшөөрлийг хүчингүй болгох гэж байна. Үндэслэл: undefined. Та UTC цагаар 2026 оны арван хоёрдугаар сарын 4 хүртэл тайлбар өгч болно.',
  ],
  'authorisation-revocation-intended.v1 late-evening Europe/Berlin mn': [
    'AEO зөвшөөрлийг хүчингүй болгох санал',
    'Гаалийн байгууллага MN-AEOF-2026-00001 зөвшөөрлийг хүчингүй болгох гэж байна. Үндэслэл: undefined. Та Europe/Berlin цагийн бүсээр 2026 оны арван хоёрдугаар сарын 4 хүртэл тайлбар өгч болно.',
  ],
  'visit-scheduled.v1 late-evening UTC mn': [
    'AEO газар дээрх шалгалтын товыг тогтлоо',
    'Танай байгууллагад газар дээрх шалгалтыг UTC цагаар 2026 оны арван хоёрдугаар сарын 4-ний 20:00 цагт хийхээр товлолоо. Холбогдох ажилтнууд болон баримт бичгийг бэлэн байлгана уу.',
  ],
  'visit-scheduled.v1 late-evening Europe/Berlin mn': [
    'AEO газар дээрх шалгалтын товыг тогтлоо',
    'Танай байгууллагад газар дээрх шалгалтыг Europe/Berlin цагийн бүсээр 2026 оны арван хоёрдугаар сарын 4-ний 21:00 цагт хийхээр товлолоо. Холбогдох ажилтнууд болон баримт бичгийг бэлэн байлгана уу.',
  ],
  'staff-visit-scheduled.v1 late-evening UTC mn': [
    'AEO газар дээрх шалгалт товлогдлоо (Gobi Trade LLC)',
    'Газар дээрх шалгалтыг UTC цагаар 2026 оны арван хоёрдугаар сарын 4-ний 20:00 цагт хийхээр товлолоо (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; баталгаажуулагч: undefined). Баталгаажуулалтын шалгах хуудасны дагуу шалгалтад бэлтгэл хангана уу.',
  ],
  'staff-visit-scheduled.v1 late-evening Europe/Berlin mn': [
    'AEO газар дээрх шалгалт товлогдлоо (Gobi Trade LLC)',
    'Газар дээрх шалгалтыг Europe/Berlin цагийн бүсээр 2026 оны арван хоёрдугаар сарын 4-ний 21:00 цагт хийхээр товлолоо (аж ахуйн нэгж: Gobi Trade LLC, ТТД 5123456; өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; баталгаажуулагч: undefined). Баталгаажуулалтын шалгах хуудасны дагуу шалгалтад бэлтгэл хангана уу.',
  ],
  'staff-corrective-action-answered.v1 late-evening UTC mn': [
    'AEO залруулах арга хэмжээ: хариу хоцорч ирлээ (Gobi Trade LLC)',
    'Gobi Trade LLC (ТТД 5123456) «» шалгуурын дагуух залруулах арга хэмжээний хүсэлтэд UTC цагаар 2026 оны арван хоёрдугаар сарын 4-нд хариу ирүүллээ (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601); хариу ирүүлэх хугацаа 2026 оны арван хоёрдугаар сарын 4-нд дууссан байсан. Тайлангаа гаргахаас өмнө хариуг хянана уу.',
  ],
  'staff-corrective-action-answered.v1 late-evening Europe/Berlin mn': [
    'AEO залруулах арга хэмжээ: хариу хоцорч ирлээ (Gobi Trade LLC)',
    'Gobi Trade LLC (ТТД 5123456) «» шалгуурын дагуух залруулах арга хэмжээний хүсэлтэд Europe/Berlin цагийн бүсээр 2026 оны арван хоёрдугаар сарын 4-нд хариу ирүүллээ (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601); хариу ирүүлэх хугацаа 2026 оны арван хоёрдугаар сарын 4-нд дууссан байсан. Тайлангаа гаргахаас өмнө хариуг хянана уу.',
  ],
  'staff-authorisation-suspended.v1 late-evening UTC mn': [
    'AEO зөвшөөрлийг түдгэлзүүллээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: Gobi Trade LLC, ТТД 5123456) UTC цагаар 2026 оны арван хоёрдугаар сарын 4-нөөс эхлэн түдгэлзүүллээ. Үндэслэл:  Эзэмшигч засах арга хэмжээний төлөвлөгөөгөө 2026 оны арван хоёрдугаар сарын 4-ний дотор ирүүлэх ёстой тул хяналт тавина уу.',
  ],
  'staff-authorisation-suspended.v1 late-evening Europe/Berlin mn': [
    'AEO зөвшөөрлийг түдгэлзүүллээ: MN-AEOF-2026-00001',
    'MN-AEOF-2026-00001 зөвшөөрлийг (эзэмшигч: Gobi Trade LLC, ТТД 5123456) Europe/Berlin цагийн бүсээр 2026 оны арван хоёрдугаар сарын 4-нөөс эхлэн түдгэлзүүллээ. Үндэслэл:  Эзэмшигч засах арга хэмжээний төлөвлөгөөгөө 2026 оны арван хоёрдугаар сарын 4-ний дотор ирүүлэх ёстой тул хяналт тавина уу.',
  ],
  'authorisation-granted.v1 day-01 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 1-нээс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 1-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-01 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 1-ний дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-02 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 2-ноос эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 2-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-02 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 2-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-03 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 3-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 3-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-03 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 3-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-04 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 4-нөөс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 4-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-04 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 4-ний дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-05 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 5-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 5-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-05 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 5-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-06 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 6-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 6-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-06 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 6-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-07 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 7-ноос эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 7-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-07 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 7-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-08 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 8-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 8-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-08 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 8-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-09 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 9-нөөс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 9-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-09 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 9-ний дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-10 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 10-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 10-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-10 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 10-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-11 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 11-нээс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 11-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-11 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 11-ний дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-12 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 12-ноос эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 12-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-12 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 12-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-13 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 13-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 13-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-13 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 13-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-14 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 14-нөөс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 14-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-14 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 14-ний дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-15 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 15-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 15-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-15 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 15-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-16 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 16-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 16-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-16 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 16-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-17 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 17-ноос эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 17-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-17 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 17-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-18 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 18-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 18-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-18 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 18-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-19 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 19-нөөс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 19-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-19 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 19-ний дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-20 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 20-ноос эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 20-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-20 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 20-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-21 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 21-нээс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 21-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-21 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 21-ний дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-22 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 22-ноос эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 22-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-22 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 22-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-23 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 23-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 23-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-23 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 23-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-24 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 24-нөөс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 24-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-24 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 24-ний дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-25 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 25-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 25-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-25 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 25-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-26 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 26-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 26-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-26 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 26-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-27 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 27-ноос эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 27-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-27 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 27-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-28 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 28-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 28-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-28 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 28-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-29 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 29-нөөс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 29-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-29 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 29-ний дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-30 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 30-наас эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 30-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-30 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 30-ны дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'authorisation-granted.v1 day-31 mn': [
    'AEO зөвшөөрөл олголоо (AEOF)',
    'Гаалийн байгууллага танд AEOF статусын MN-AEOF-2026-00001 зөвшөөрөл олголоо; зөвшөөрөл Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 31-нээс эхлэн хүчин төгөлдөр болно. Дахин баталгаажуулалтыг 2030 оны нэгдүгээр сарын 31-нд хийнэ.',
  ],
  'staff-decision-due.v1 day-31 mn': [
    'AEO шийдвэрийн хугацаа дөхлөө (Gobi Trade LLC)',
    'AEOF статусын өргөдлийн (өргөдлийн дугаар 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601; өргөдөл гаргагч: Gobi Trade LLC, ТТД 5123456) шийдвэрийг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 31-ний дотор гаргах ёстой. Шийдвэрийг хугацаанд нь гаргах, эсвэл үндэслэлийг нь заан хугацааг сунгана уу.',
  ],
  'staff-mra-phase-changed.v1 aeo.mra-arrangement.phase-changed.v1#0 en': [
    'AEO mutual recognition with Korea: preparation',
    'The mutual recognition arrangement “Mongolia–Korea AEO mutual recognition arrangement” with Korea Customs Service (KR) was opened (phase: preparation) on 1 December 2026 (Ulaanbaatar time), recorded by mra.officer.tuya. No terms are signed yet.',
  ],
  'staff-mra-phase-changed.v1 aeo.mra-arrangement.phase-changed.v1#1 en': [
    'AEO mutual recognition with China: operational',
    'The mutual recognition arrangement “Mongolia–China AEO mutual recognition arrangement” with General Administration of Customs of China (CN) moved from implementation to operational on 1 March 2027 (Ulaanbaatar time), recorded by mra.officer.tuya (reason: The data-exchange test with GACC passed). It covers AEOS, AEOF (imports, exports); we grant the partner’s AEOs: fewer physical examinations, priority clearance; the partner grants ours: fewer physical examinations, fewer documentary checks, priority clearance. Its next periodic review is due by 1 March 2030.',
  ],
  'staff-mra-phase-changed.v1 aeo.mra-arrangement.phase-changed.v1#2 en': [
    'AEO mutual recognition with China: suspended',
    'The mutual recognition arrangement “Mongolia–China AEO mutual recognition arrangement” with General Administration of Customs of China (CN) moved from operational to suspended on 10 May 2028 (Ulaanbaatar time), recorded by executive.ganbold (reason: GACC has not sent list updates for three months). It covers AEOS, AEOF (imports, exports); we grant the partner’s AEOs: fewer physical examinations, priority clearance; the partner grants ours: fewer physical examinations, fewer documentary checks, priority clearance.',
  ],
  'staff-mra-review-due.v1 aeo.mra-arrangement.review-due.v1#0 en': [
    'AEO mutual recognition review due (China)',
    'The periodic review of the mutual recognition arrangement “Mongolia–China AEO mutual recognition arrangement” with China (arrangement 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968) is due by 1 March 2030 (Ulaanbaatar time), in 30 days. Please prepare it with the partner administration and record its outcome on the arrangement.',
  ],
  'staff-mra-review-due.v1 aeo.mra-arrangement.review-due.v1#1 en': [
    'AEO mutual recognition review due (China)',
    'The periodic review of the mutual recognition arrangement “Mongolia–China AEO mutual recognition arrangement” with China (arrangement 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968) is due by 1 March 2030 (Ulaanbaatar time), in 1 day. Please prepare it with the partner administration and record its outcome on the arrangement.',
  ],
  'staff-mra-review-due.v1 aeo.mra-arrangement.review-due.v1#2 en': [
    'AEO mutual recognition review due (China)',
    'The periodic review of the mutual recognition arrangement “Mongolia–China AEO mutual recognition arrangement” with China (arrangement 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968) is due by 1 March 2030 (Ulaanbaatar time), that is today. Please prepare it with the partner administration and record its outcome on the arrangement.',
  ],
  'staff-mra-list-exported.v1 aeo.mra-list.exported.v1#0 en': [
    'AEO list for China exported (version 12)',
    'Version 12 of our AEO list for China (arrangement 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968) was exported on 16 March 2027 (Ulaanbaatar time) and signed with key mra-export-2027-03: 57 AEOs, of which 2 added, 1 changed and 0 removed since the previous version. 3 AEOs of the covered status types were withheld: their register records lack data the list needs, such as the address. The partner fetches export 9c8b7a69-5847-4362-9150-a4b3c2d1e0f9 with its own credentials.',
  ],
  'staff-mra-list-exported.v1 aeo.mra-list.exported.v1#1 en': [
    'AEO list for China exported (version 13)',
    'Version 13 of our AEO list for China (arrangement 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968) was exported on 17 March 2027 (Ulaanbaatar time) and signed with key mra-export-2027-03: 57 AEOs, of which 0 added, 0 changed and 0 removed since the previous version. No AEO of the covered status types was withheld. The partner fetches export 0a1b2c3d-4e5f-4607-8819-2a3b4c5d6e7f with its own credentials.',
  ],
  'staff-mra-list-imported.v1 aeo.mra-partner-list.imported.v1#0 en': [
    'AEO partner list imported: China, version 1',
    'Version 1 of the AEO list of China (arrangement 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968; JSON, 40 rows) was imported by mra.officer.tuya on 2 March 2027 (Ulaanbaatar time): 40 new, 0 changed, 0 suspended, 0 removed, 0 unchanged. The recognition look-up uses this version from now on.',
  ],
  'staff-mra-list-imported.v1 aeo.mra-partner-list.imported.v1#1 en': [
    'AEO partner list imported: China, version 2',
    'Version 2 of the AEO list of China (arrangement 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968; CSV, 41 rows) was imported by mra.officer.tuya on 2 April 2027 (Ulaanbaatar time): 1 new, 2 changed, 3 suspended, 0 removed, 35 unchanged. The recognition look-up uses this version from now on; the suspended and removed AEOs no longer get the benefits of the arrangement.',
  ],
  'staff-mra-foreign-id-review.v1 aeo.mra-foreign-id.review-needed.v1#0 en': [
    'AEO foreign identifier to review: CN9900000001 (China)',
    'The foreign AEO identifier “CN9900000001” (China; normalised CN9900000001) in declaration MN20270042000001234 matches no AEO of the partner lists. It was first seen on 20 March 2027 (Ulaanbaatar time). Please resolve review 4d3c2b1a-0f9e-4d8c-b7a6-958473625140 in the review queue, matching the identifier to an AEO or marking it as not recognised; until then declarations naming it get no MRA benefit.',
  ],
  'staff-mra-foreign-id-review.v1 aeo.mra-foreign-id.review-needed.v1#1 en': [
    'AEO foreign identifier to review: cn 1100-000-003 (China)',
    'The foreign AEO identifier “cn 1100-000-003” (China; normalised CN1100000003) in declaration MN20270042000001301 matches 2 AEOs of the partner lists: CN1100000003; CN 1100000003. It was first seen on 21 March 2027 (Ulaanbaatar time). Please resolve review 5e4d3c2b-1a0f-4e9d-8c7b-a69584736251 in the review queue, matching the identifier to an AEO or marking it as not recognised; until then declarations naming it get no MRA benefit.',
  ],
  'staff-mra-phase-changed.v1 few-fields en': [
    'AEO mutual recognition with : ',
    'The mutual recognition arrangement “undefined” with undefined (undefined) was opened (phase: ) on Invalid Date (Ulaanbaatar time), recorded by undefined (reason: incomplete self-assessment). No terms are signed yet.',
  ],
  'staff-mra-phase-changed.v1 late-evening en': [
    'AEO mutual recognition with : ',
    'The mutual recognition arrangement “undefined” with undefined (undefined) was opened (phase: ) on 5 December 2026 (Ulaanbaatar time), recorded by undefined. No terms are signed yet. Its next periodic review is due by 5 December 2026.',
  ],
  'staff-mra-review-due.v1 few-fields en': [
    'AEO mutual recognition review due ()',
    'The periodic review of the mutual recognition arrangement “undefined” with  (arrangement undefined) is due by Invalid Date (Ulaanbaatar time), in NaN days. Please prepare it with the partner administration and record its outcome on the arrangement.',
  ],
  'staff-mra-review-due.v1 late-evening en': [
    'AEO mutual recognition review due ()',
    'The periodic review of the mutual recognition arrangement “undefined” with  (arrangement undefined) is due by 5 December 2026 (Ulaanbaatar time), in NaN days. Please prepare it with the partner administration and record its outcome on the arrangement.',
  ],
  'staff-mra-list-exported.v1 few-fields en': [
    'AEO list for  exported (version undefined)',
    'Version undefined of our AEO list for  (arrangement undefined) was exported on Invalid Date (Ulaanbaatar time) and signed with key undefined: undefined AEOs, of which undefined added, undefined changed and undefined removed since the previous version. NaN AEOs of the covered status types were withheld: their register records lack data the list needs, such as the address. The partner fetches export undefined with its own credentials.',
  ],
  'staff-mra-list-exported.v1 late-evening en': [
    'AEO list for  exported (version undefined)',
    'Version undefined of our AEO list for  (arrangement undefined) was exported on 5 December 2026 (Ulaanbaatar time) and signed with key undefined: undefined AEOs, of which undefined added, undefined changed and undefined removed since the previous version. NaN AEOs of the covered status types were withheld: their register records lack data the list needs, such as the address. The partner fetches export undefined with its own credentials.',
  ],
  'staff-mra-list-imported.v1 few-fields en': [
    'AEO partner list imported: , version undefined',
    'Version undefined of the AEO list of  (arrangement undefined; , undefined rows) was imported by undefined on Invalid Date (Ulaanbaatar time): 0 new, 0 changed, 0 suspended, 0 removed, 0 unchanged. The recognition look-up uses this version from now on.',
  ],
  'staff-mra-list-imported.v1 late-evening en': [
    'AEO partner list imported: , version undefined',
    'Version undefined of the AEO list of  (arrangement undefined; , undefined rows) was imported by undefined on 5 December 2026 (Ulaanbaatar time): 0 new, 0 changed, 0 suspended, 0 removed, 0 unchanged. The recognition look-up uses this version from now on.',
  ],
  'staff-mra-foreign-id-review.v1 few-fields en': [
    'AEO foreign identifier to review:  ()',
    'The foreign AEO identifier “undefined” (; normalised undefined) in declaration undefined matches no AEO of the partner lists. It was first seen on Invalid Date (Ulaanbaatar time). Please resolve review undefined in the review queue, matching the identifier to an AEO or marking it as not recognised; until then declarations naming it get no MRA benefit.',
  ],
  'staff-mra-foreign-id-review.v1 late-evening en': [
    'AEO foreign identifier to review:  ()',
    'The foreign AEO identifier “undefined” (; normalised undefined) in declaration undefined matches no AEO of the partner lists. It was first seen on 5 December 2026 (Ulaanbaatar time). Please resolve review undefined in the review queue, matching the identifier to an AEO or marking it as not recognised; until then declarations naming it get no MRA benefit.',
  ],
  'staff-mra-phase-changed.v1 aeo.mra-arrangement.phase-changed.v1#0 mn': [
    'AEO харилцан хүлээн зөвшөөрөх хэлэлцээр (Солонгос): бэлтгэл',
    '«Mongolia–Korea AEO mutual recognition arrangement» харилцан хүлээн зөвшөөрөх хэлэлцээрийг (түнш: Korea Customs Service, KR) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 1-нд «бэлтгэл» шатнаас эхлүүллээ; бүртгэсэн: mra.officer.tuya. Хэлэлцээрийн нөхцөлд одоогоор гарын үсэг зураагүй байна.',
  ],
  'staff-mra-phase-changed.v1 aeo.mra-arrangement.phase-changed.v1#1 mn': [
    'AEO харилцан хүлээн зөвшөөрөх хэлэлцээр (Хятад): хэрэгжиж буй',
    '«Mongolia–China AEO mutual recognition arrangement» харилцан хүлээн зөвшөөрөх хэлэлцээр (түнш: General Administration of Customs of China, CN) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 1-нд «нэвтрүүлэлт» шатнаас «хэрэгжиж буй» шатанд шилжлээ; бүртгэсэн: mra.officer.tuya (үндэслэл: The data-exchange test with GACC passed). Хамрах хүрээ: AEOS, AEOF (импорт, экспорт); бидний түншийн AEO-д үзүүлэх хөнгөлөлт: биет үзлэгийг цөөрүүлэх, гаалийн бүрдүүлэлтийг нэн түрүүнд хийх; түншийн манай AEO-д үзүүлэх хөнгөлөлт: биет үзлэгийг цөөрүүлэх, баримт бичгийн шалгалтыг цөөрүүлэх, гаалийн бүрдүүлэлтийг нэн түрүүнд хийх. Дараагийн үечилсэн хяналтыг 2030 оны гуравдугаар сарын 1-ний дотор хийнэ.',
  ],
  'staff-mra-phase-changed.v1 aeo.mra-arrangement.phase-changed.v1#2 mn': [
    'AEO харилцан хүлээн зөвшөөрөх хэлэлцээр (Хятад): түдгэлзүүлсэн',
    '«Mongolia–China AEO mutual recognition arrangement» харилцан хүлээн зөвшөөрөх хэлэлцээр (түнш: General Administration of Customs of China, CN) Улаанбаатарын цагаар 2028 оны тавдугаар сарын 10-нд «хэрэгжиж буй» шатнаас «түдгэлзүүлсэн» шатанд шилжлээ; бүртгэсэн: executive.ganbold (үндэслэл: GACC has not sent list updates for three months). Хамрах хүрээ: AEOS, AEOF (импорт, экспорт); бидний түншийн AEO-д үзүүлэх хөнгөлөлт: биет үзлэгийг цөөрүүлэх, гаалийн бүрдүүлэлтийг нэн түрүүнд хийх; түншийн манай AEO-д үзүүлэх хөнгөлөлт: биет үзлэгийг цөөрүүлэх, баримт бичгийн шалгалтыг цөөрүүлэх, гаалийн бүрдүүлэлтийг нэн түрүүнд хийх.',
  ],
  'staff-mra-review-due.v1 aeo.mra-arrangement.review-due.v1#0 mn': [
    'AEO харилцан хүлээн зөвшөөрөх хэлэлцээрийн хяналт дөхлөө (Хятад)',
    'Хятад улстай байгуулсан «Mongolia–China AEO mutual recognition arrangement» харилцан хүлээн зөвшөөрөх хэлэлцээрийн (хэлэлцээр 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968) үечилсэн хяналтыг Улаанбаатарын цагаар 2030 оны гуравдугаар сарын 1-ний дотор буюу 30 хоногийн дараа хийх ёстой. Түнш гаалийн байгууллагатай хамтран бэлтгэж, хяналтын дүнг хэлэлцээрт бүртгэнэ үү.',
  ],
  'staff-mra-review-due.v1 aeo.mra-arrangement.review-due.v1#1 mn': [
    'AEO харилцан хүлээн зөвшөөрөх хэлэлцээрийн хяналт дөхлөө (Хятад)',
    'Хятад улстай байгуулсан «Mongolia–China AEO mutual recognition arrangement» харилцан хүлээн зөвшөөрөх хэлэлцээрийн (хэлэлцээр 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968) үечилсэн хяналтыг Улаанбаатарын цагаар 2030 оны гуравдугаар сарын 1-ний дотор буюу 1 хоногийн дараа хийх ёстой. Түнш гаалийн байгууллагатай хамтран бэлтгэж, хяналтын дүнг хэлэлцээрт бүртгэнэ үү.',
  ],
  'staff-mra-review-due.v1 aeo.mra-arrangement.review-due.v1#2 mn': [
    'AEO харилцан хүлээн зөвшөөрөх хэлэлцээрийн хяналт дөхлөө (Хятад)',
    'Хятад улстай байгуулсан «Mongolia–China AEO mutual recognition arrangement» харилцан хүлээн зөвшөөрөх хэлэлцээрийн (хэлэлцээр 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968) үечилсэн хяналтыг Улаанбаатарын цагаар 2030 оны гуравдугаар сарын 1-ний дотор буюу өнөөдөр хийх ёстой. Түнш гаалийн байгууллагатай хамтран бэлтгэж, хяналтын дүнг хэлэлцээрт бүртгэнэ үү.',
  ],
  'staff-mra-list-exported.v1 aeo.mra-list.exported.v1#0 mn': [
    'AEO жагсаалтыг Хятад улсад гаргалаа (12-р хувилбар)',
    'Хятад улсад зориулсан манай AEO жагсаалтын 12-р хувилбарыг (хэлэлцээр 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 16-нд гаргаж, mra-export-2027-03 түлхүүрээр гарын үсэг зурлаа: нийт 57 AEO, үүнээс өмнөх хувилбараас хойш 2 нэмэгдсэн, 1 өөрчлөгдсөн, 0 хасагдсан. Хамрагдах статусын 3 AEO-гийн бүртгэлд жагсаалтад шаардлагатай мэдээлэл (тухайлбал хаяг) дутуу тул жагсаалтад оруулаагүй. Түнш байгууллага 9c8b7a69-5847-4362-9150-a4b3c2d1e0f9 экспортыг өөрийн эрхээр татаж авна.',
  ],
  'staff-mra-list-exported.v1 aeo.mra-list.exported.v1#1 mn': [
    'AEO жагсаалтыг Хятад улсад гаргалаа (13-р хувилбар)',
    'Хятад улсад зориулсан манай AEO жагсаалтын 13-р хувилбарыг (хэлэлцээр 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968) Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 17-нд гаргаж, mra-export-2027-03 түлхүүрээр гарын үсэг зурлаа: нийт 57 AEO, үүнээс өмнөх хувилбараас хойш 0 нэмэгдсэн, 0 өөрчлөгдсөн, 0 хасагдсан. Хамрагдах статусын бүх AEO жагсаалтад орсон. Түнш байгууллага 0a1b2c3d-4e5f-4607-8819-2a3b4c5d6e7f экспортыг өөрийн эрхээр татаж авна.',
  ],
  'staff-mra-list-imported.v1 aeo.mra-partner-list.imported.v1#0 mn': [
    'AEO түнш улсын жагсаалтыг импортоллоо: Хятад, 1-р хувилбар',
    'Хятад улсын AEO жагсаалтын 1-р хувилбарыг (хэлэлцээр 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968; JSON, 40 мөр) mra.officer.tuya Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 2-нд импортоллоо: шинэ 40, өөрчлөгдсөн 0, түдгэлзүүлсэн 0, хасагдсан 0, өөрчлөгдөөгүй 0. Хүлээн зөвшөөрөлтийн лавлагаа одооноос эхлэн энэ хувилбарыг ашиглана.',
  ],
  'staff-mra-list-imported.v1 aeo.mra-partner-list.imported.v1#1 mn': [
    'AEO түнш улсын жагсаалтыг импортоллоо: Хятад, 2-р хувилбар',
    'Хятад улсын AEO жагсаалтын 2-р хувилбарыг (хэлэлцээр 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968; CSV, 41 мөр) mra.officer.tuya Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 2-нд импортоллоо: шинэ 1, өөрчлөгдсөн 2, түдгэлзүүлсэн 3, хасагдсан 0, өөрчлөгдөөгүй 35. Хүлээн зөвшөөрөлтийн лавлагаа одооноос эхлэн энэ хувилбарыг ашиглана; түдгэлзүүлсэн болон хасагдсан AEO-д хэлэлцээрийн хөнгөлөлт үзүүлэхээ больсон.',
  ],
  'staff-mra-foreign-id-review.v1 aeo.mra-foreign-id.review-needed.v1#0 mn': [
    'AEO гадаадын дугаарыг хянах: CN9900000001 (Хятад)',
    'MN20270042000001234 мэдүүлэгт заасан гадаадын AEO дугаар «CN9900000001» (Хятад; стандартчилсан хэлбэр CN9900000001) түнш улсын жагсаалтын аль ч AEO-той тохирохгүй байна. Энэ дугаар Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 20-нд анх бүртгэгдсэн. Хяналтын дараалалд байгаа 4d3c2b1a-0f9e-4d8c-b7a6-958473625140 хяналтыг шийдвэрлэж, дугаарыг тохирох AEO-той холбох эсвэл хүлээн зөвшөөрөхгүй гэж тэмдэглэнэ үү; түүнээс өмнө уг дугаарыг заасан мэдүүлэгт MRA хөнгөлөлт үзүүлэхгүй.',
  ],
  'staff-mra-foreign-id-review.v1 aeo.mra-foreign-id.review-needed.v1#1 mn': [
    'AEO гадаадын дугаарыг хянах: cn 1100-000-003 (Хятад)',
    'MN20270042000001301 мэдүүлэгт заасан гадаадын AEO дугаар «cn 1100-000-003» (Хятад; стандартчилсан хэлбэр CN1100000003) түнш улсын жагсаалтын 2 AEO-той тохирч байна: CN1100000003; CN 1100000003. Энэ дугаар Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 21-нд анх бүртгэгдсэн. Хяналтын дараалалд байгаа 5e4d3c2b-1a0f-4e9d-8c7b-a69584736251 хяналтыг шийдвэрлэж, дугаарыг тохирох AEO-той холбох эсвэл хүлээн зөвшөөрөхгүй гэж тэмдэглэнэ үү; түүнээс өмнө уг дугаарыг заасан мэдүүлэгт MRA хөнгөлөлт үзүүлэхгүй.',
  ],
  'staff-mra-phase-changed.v1 few-fields mn': [
    'AEO харилцан хүлээн зөвшөөрөх хэлэлцээр (): ',
    '«undefined» харилцан хүлээн зөвшөөрөх хэлэлцээрийг (түнш: undefined, undefined) Улаанбаатарын цагаар Invalid Date «» шатнаас эхлүүллээ; бүртгэсэн: undefined (үндэслэл: incomplete self-assessment). Хэлэлцээрийн нөхцөлд одоогоор гарын үсэг зураагүй байна.',
  ],
  'staff-mra-phase-changed.v1 late-evening mn': [
    'AEO харилцан хүлээн зөвшөөрөх хэлэлцээр (): ',
    '«undefined» харилцан хүлээн зөвшөөрөх хэлэлцээрийг (түнш: undefined, undefined) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд «» шатнаас эхлүүллээ; бүртгэсэн: undefined. Хэлэлцээрийн нөхцөлд одоогоор гарын үсэг зураагүй байна. Дараагийн үечилсэн хяналтыг 2026 оны арван хоёрдугаар сарын 5-ны дотор хийнэ.',
  ],
  'staff-mra-review-due.v1 few-fields mn': [
    'AEO харилцан хүлээн зөвшөөрөх хэлэлцээрийн хяналт дөхлөө ()',
    ' улстай байгуулсан «undefined» харилцан хүлээн зөвшөөрөх хэлэлцээрийн (хэлэлцээр undefined) үечилсэн хяналтыг Улаанбаатарын цагаар Invalid Date дотор буюу NaN хоногийн дараа хийх ёстой. Түнш гаалийн байгууллагатай хамтран бэлтгэж, хяналтын дүнг хэлэлцээрт бүртгэнэ үү.',
  ],
  'staff-mra-review-due.v1 late-evening mn': [
    'AEO харилцан хүлээн зөвшөөрөх хэлэлцээрийн хяналт дөхлөө ()',
    ' улстай байгуулсан «undefined» харилцан хүлээн зөвшөөрөх хэлэлцээрийн (хэлэлцээр undefined) үечилсэн хяналтыг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-ны дотор буюу NaN хоногийн дараа хийх ёстой. Түнш гаалийн байгууллагатай хамтран бэлтгэж, хяналтын дүнг хэлэлцээрт бүртгэнэ үү.',
  ],
  'staff-mra-list-exported.v1 few-fields mn': [
    'AEO жагсаалтыг  улсад гаргалаа (undefined-р хувилбар)',
    ' улсад зориулсан манай AEO жагсаалтын undefined-р хувилбарыг (хэлэлцээр undefined) Улаанбаатарын цагаар Invalid Date гаргаж, undefined түлхүүрээр гарын үсэг зурлаа: нийт undefined AEO, үүнээс өмнөх хувилбараас хойш undefined нэмэгдсэн, undefined өөрчлөгдсөн, undefined хасагдсан. Хамрагдах статусын undefined AEO-гийн бүртгэлд жагсаалтад шаардлагатай мэдээлэл (тухайлбал хаяг) дутуу тул жагсаалтад оруулаагүй. Түнш байгууллага undefined экспортыг өөрийн эрхээр татаж авна.',
  ],
  'staff-mra-list-exported.v1 late-evening mn': [
    'AEO жагсаалтыг  улсад гаргалаа (undefined-р хувилбар)',
    ' улсад зориулсан манай AEO жагсаалтын undefined-р хувилбарыг (хэлэлцээр undefined) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд гаргаж, undefined түлхүүрээр гарын үсэг зурлаа: нийт undefined AEO, үүнээс өмнөх хувилбараас хойш undefined нэмэгдсэн, undefined өөрчлөгдсөн, undefined хасагдсан. Хамрагдах статусын undefined AEO-гийн бүртгэлд жагсаалтад шаардлагатай мэдээлэл (тухайлбал хаяг) дутуу тул жагсаалтад оруулаагүй. Түнш байгууллага undefined экспортыг өөрийн эрхээр татаж авна.',
  ],
  'staff-mra-list-imported.v1 few-fields mn': [
    'AEO түнш улсын жагсаалтыг импортоллоо: , undefined-р хувилбар',
    ' улсын AEO жагсаалтын undefined-р хувилбарыг (хэлэлцээр undefined; , undefined мөр) undefined Улаанбаатарын цагаар Invalid Date импортоллоо: шинэ 0, өөрчлөгдсөн 0, түдгэлзүүлсэн 0, хасагдсан 0, өөрчлөгдөөгүй 0. Хүлээн зөвшөөрөлтийн лавлагаа одооноос эхлэн энэ хувилбарыг ашиглана.',
  ],
  'staff-mra-list-imported.v1 late-evening mn': [
    'AEO түнш улсын жагсаалтыг импортоллоо: , undefined-р хувилбар',
    ' улсын AEO жагсаалтын undefined-р хувилбарыг (хэлэлцээр undefined; , undefined мөр) undefined Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд импортоллоо: шинэ 0, өөрчлөгдсөн 0, түдгэлзүүлсэн 0, хасагдсан 0, өөрчлөгдөөгүй 0. Хүлээн зөвшөөрөлтийн лавлагаа одооноос эхлэн энэ хувилбарыг ашиглана.',
  ],
  'staff-mra-foreign-id-review.v1 few-fields mn': [
    'AEO гадаадын дугаарыг хянах:  ()',
    'undefined мэдүүлэгт заасан гадаадын AEO дугаар «undefined» (; стандартчилсан хэлбэр undefined) түнш улсын жагсаалтын аль ч AEO-той тохирохгүй байна. Энэ дугаар Улаанбаатарын цагаар Invalid Date анх бүртгэгдсэн. Хяналтын дараалалд байгаа undefined хяналтыг шийдвэрлэж, дугаарыг тохирох AEO-той холбох эсвэл хүлээн зөвшөөрөхгүй гэж тэмдэглэнэ үү; түүнээс өмнө уг дугаарыг заасан мэдүүлэгт MRA хөнгөлөлт үзүүлэхгүй.',
  ],
  'staff-mra-foreign-id-review.v1 late-evening mn': [
    'AEO гадаадын дугаарыг хянах:  ()',
    'undefined мэдүүлэгт заасан гадаадын AEO дугаар «undefined» (; стандартчилсан хэлбэр undefined) түнш улсын жагсаалтын аль ч AEO-той тохирохгүй байна. Энэ дугаар Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд анх бүртгэгдсэн. Хяналтын дараалалд байгаа undefined хяналтыг шийдвэрлэж, дугаарыг тохирох AEO-той холбох эсвэл хүлээн зөвшөөрөхгүй гэж тэмдэглэнэ үү; түүнээс өмнө уг дугаарыг заасан мэдүүлэгт MRA хөнгөлөлт үзүүлэхгүй.',
  ],
  'staff-deviation-opened.v1 aeo.programme-deviation.opened.v1#0 en': [
    'AEO programme deviation: certification-time-median, 2027-03',
    'The KPI certification-time-median was 112.5 in 2027-03 for region ULAANBAATAR (AEOF), across its threshold (at most 90, version 3): deviation case programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03 was opened on 1 April 2027 (Ulaanbaatar time). Please record its analysis (root cause and owner), then an improvement plan with actions and due dates.',
  ],
  'staff-deviation-opened.v1 aeo.programme-deviation.opened.v1#1 en': [
    'AEO programme deviation: decided-within-time-limit, 2027-Q1',
    'The KPI decided-within-time-limit was 0.81 in 2027-Q1 for the whole country, across its threshold (at least 0.95, version 1): deviation case programme-deviation-decided-within-time-limit-national-2027-Q1 was opened on 1 April 2027 (Ulaanbaatar time). Please record its analysis (root cause and owner), then an improvement plan with actions and due dates.',
  ],
  'staff-deviation-analysed.v1 aeo.programme-deviation.analysed.v1#0 en': [
    'AEO programme deviation analysed: certification-time-median, 2027-03',
    'policy.unit.oyun recorded the analysis of deviation case programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03 (certification-time-median in 2027-03 for region ULAANBAATAR (AEOF)) on 3 April 2027 (Ulaanbaatar time), with Head of the Ulaanbaatar customs office owning its resolution. Root cause: Two of the three validators of the region were on leave in March. Next comes the improvement plan.',
  ],
  'staff-deviation-planned.v1 aeo.programme-deviation.planned.v1#0 en': [
    'AEO programme deviation plan: certification-time-median, 2027-03',
    'policy.unit.oyun recorded the improvement plan of deviation case programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03 (certification-time-median in 2027-03 for region ULAANBAATAR (AEOF)) on 5 April 2027 (Ulaanbaatar time), 1 action: A1 A second validator assigned to the region (Human resources unit, 2027-05-01). An action still open after its due date escalates the case to the executives.',
  ],
  'staff-deviation-planned.v1 aeo.programme-deviation.planned.v1#1 en': [
    'AEO programme deviation re-planned: certification-time-median, 2027-03',
    'executive.ganbold re-planned escalated deviation case programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03 (certification-time-median in 2027-03 for region ULAANBAATAR (AEOF)) on 2 June 2027 (Ulaanbaatar time), 2 actions: A2 A second validator assigned to the region (Human resources unit, 2027-07-15); A3 Weekly backlog review (Policy unit, 2027-08-01). Decision: Validators from Darkhan help until the backlog is cleared. An action still open after its due date escalates the case to the executives.',
  ],
  'staff-deviation-escalated.v1 aeo.programme-deviation.escalated.v1#0 en': [
    'AEO programme deviation escalated: certification-time-median, 2027-03',
    'Deviation case programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03 (certification-time-median in 2027-03 for region ULAANBAATAR (AEOF)) was escalated to the executives on 2 May 2027 (Ulaanbaatar time): action A1 “A second validator assigned to the region” (Human resources unit) was due 2027-05-01 and is still open. An executive re-plans the open actions or closes the case with a decision.',
  ],
  'staff-deviation-closed.v1 aeo.programme-deviation.closed.v1#0 en': [
    'AEO programme deviation closed: certification-time-median, 2027-03',
    'Deviation case programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03 (certification-time-median in 2027-03 for region ULAANBAATAR (AEOF)) was closed on 1 August 2027 (Ulaanbaatar time): the KPI came back within its threshold for the periods required.',
  ],
  'staff-deviation-closed.v1 aeo.programme-deviation.closed.v1#1 en': [
    'AEO programme deviation closed: decided-within-time-limit, 2027-Q1',
    'Deviation case programme-deviation-decided-within-time-limit-national-2027-Q1 (decided-within-time-limit in 2027-Q1 for the whole country) was closed by executive.ganbold on 20 July 2027 (Ulaanbaatar time) by executive decision. Decision: The deviation is accepted until the new decree is in force.',
  ],
  'staff-threshold-changed.v1 aeo.programme-threshold.changed.v1#0 en': [
    'AEO programme threshold: certification-time-median, version 3',
    'policy.unit.oyun set version 3 of the deviation threshold of certification-time-median on 15 March 2027 (Ulaanbaatar time): at most 90, measured monthly; a deviation case closes after 2 consecutive periods within it. Reason: The decree shortens the decision period.',
  ],
  'staff-threshold-changed.v1 aeo.programme-threshold.changed.v1#1 en': [
    'AEO programme threshold: decided-within-time-limit, version 1',
    'system set version 1 of the deviation threshold of decided-within-time-limit on 1 January 2027 (Ulaanbaatar time): at least 0.95, measured quarterly; a deviation case closes after 1 period within it. Reason: default: the KPI definition’s target.',
  ],
  'staff-deviation-opened.v1 few-fields en': [
    'AEO programme deviation: undefined, undefined',
    'The KPI undefined was undefined in undefined for region security (AEOF), across its threshold (at least , version ): deviation case undefined was opened on Invalid Date (Ulaanbaatar time). Please record its analysis (root cause and owner), then an improvement plan with actions and due dates.',
  ],
  'staff-deviation-opened.v1 late-evening en': [
    'AEO programme deviation: undefined, undefined',
    'The KPI undefined was undefined in undefined for region undefined (AEOF), across its threshold (at least , version ): deviation case undefined was opened on 5 December 2026 (Ulaanbaatar time). Please record its analysis (root cause and owner), then an improvement plan with actions and due dates.',
  ],
  'staff-deviation-analysed.v1 few-fields en': [
    'AEO programme deviation analysed: undefined, undefined',
    'undefined recorded the analysis of deviation case undefined (undefined in undefined for region security (AEOF)) on Invalid Date (Ulaanbaatar time), with  owning its resolution. Root cause:  Next comes the improvement plan.',
  ],
  'staff-deviation-analysed.v1 late-evening en': [
    'AEO programme deviation analysed: undefined, undefined',
    'undefined recorded the analysis of deviation case undefined (undefined in undefined for region undefined (AEOF)) on 5 December 2026 (Ulaanbaatar time), with  owning its resolution. Root cause:  Next comes the improvement plan.',
  ],
  'staff-deviation-planned.v1 few-fields en': [
    'AEO programme deviation plan: undefined, undefined',
    'undefined recorded the improvement plan of deviation case undefined (undefined in undefined for region security (AEOF)) on Invalid Date (Ulaanbaatar time), 0 actions: . An action still open after its due date escalates the case to the executives.',
  ],
  'staff-deviation-planned.v1 late-evening en': [
    'AEO programme deviation plan: undefined, undefined',
    'undefined recorded the improvement plan of deviation case undefined (undefined in undefined for region undefined (AEOF)) on 5 December 2026 (Ulaanbaatar time), 0 actions: . An action still open after its due date escalates the case to the executives.',
  ],
  'staff-deviation-escalated.v1 few-fields en': [
    'AEO programme deviation escalated: undefined, undefined',
    'Deviation case undefined (undefined in undefined for region security (AEOF)) was escalated to the executives on Invalid Date (Ulaanbaatar time): action  “” () was due  and is still open. An executive re-plans the open actions or closes the case with a decision.',
  ],
  'staff-deviation-escalated.v1 late-evening en': [
    'AEO programme deviation escalated: undefined, undefined',
    'Deviation case undefined (undefined in undefined for region undefined (AEOF)) was escalated to the executives on 5 December 2026 (Ulaanbaatar time): action  “” () was due  and is still open. An executive re-plans the open actions or closes the case with a decision.',
  ],
  'staff-deviation-closed.v1 few-fields en': [
    'AEO programme deviation closed: undefined, undefined',
    'Deviation case undefined (undefined in undefined for region security (AEOF)) was closed by undefined on Invalid Date (Ulaanbaatar time) by executive decision.',
  ],
  'staff-deviation-closed.v1 late-evening en': [
    'AEO programme deviation closed: undefined, undefined',
    'Deviation case undefined (undefined in undefined for region undefined (AEOF)) was closed by undefined on 5 December 2026 (Ulaanbaatar time) by executive decision.',
  ],
  'staff-threshold-changed.v1 few-fields en': [
    'AEO programme threshold: undefined, version ',
    'undefined set version  of the deviation threshold of undefined on Invalid Date (Ulaanbaatar time): at least , measured monthly; a deviation case closes after NaN consecutive periods within it. Reason: incomplete self-assessment.',
  ],
  'staff-threshold-changed.v1 late-evening en': [
    'AEO programme threshold: undefined, version ',
    'undefined set version  of the deviation threshold of undefined on 5 December 2026 (Ulaanbaatar time): at least , measured monthly; a deviation case closes after NaN consecutive periods within it. Reason: ',
  ],
  'staff-deviation-dismissed.v1 aeo.programme-deviation.dismissed.v1#0 en': [
    'AEO programme deviation dismissed: certification-time-median, 2027-03',
    'policy.unit.oyun dismissed deviation case programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03 (certification-time-median in 2027-03 for region ULAANBAATAR (AEOF)) on 2 April 2027 (Ulaanbaatar time) as opened by mistake: the case is closed and nothing more is done on it. Reason: The March decisions were loaded twice.',
  ],
  'staff-threshold-withdrawn.v1 aeo.programme-threshold.withdrawn.v1#0 en': [
    'AEO programme threshold withdrawn: certification-time-median',
    'policy.unit.oyun withdrew the deviation threshold of certification-time-median on 16 March 2027 (Ulaanbaatar time) with version 4 (version 3 is no longer in force): no deviation case opens on the KPI until a new threshold is set, and open cases go on. Reason: Version 3 was set on the wrong KPI.',
  ],
  'staff-deviation-dismissed.v1 few-fields en': [
    'AEO programme deviation dismissed: undefined, undefined',
    'undefined dismissed deviation case undefined (undefined in undefined for region security (AEOF)) on Invalid Date (Ulaanbaatar time) as opened by mistake: the case is closed and nothing more is done on it. Reason: incomplete self-assessment.',
  ],
  'staff-deviation-dismissed.v1 late-evening en': [
    'AEO programme deviation dismissed: undefined, undefined',
    'undefined dismissed deviation case undefined (undefined in undefined for region undefined (AEOF)) on 5 December 2026 (Ulaanbaatar time) as opened by mistake: the case is closed and nothing more is done on it. Reason: ',
  ],
  'staff-threshold-withdrawn.v1 few-fields en': [
    'AEO programme threshold withdrawn: undefined',
    'undefined withdrew the deviation threshold of undefined on Invalid Date (Ulaanbaatar time) with version  (version undefined is no longer in force): no deviation case opens on the KPI until a new threshold is set, and open cases go on. Reason: incomplete self-assessment.',
  ],
  'staff-threshold-withdrawn.v1 late-evening en': [
    'AEO programme threshold withdrawn: undefined',
    'undefined withdrew the deviation threshold of undefined on 5 December 2026 (Ulaanbaatar time) with version  (version undefined is no longer in force): no deviation case opens on the KPI until a new threshold is set, and open cases go on. Reason: ',
  ],
  'staff-deviation-opened.v1 aeo.programme-deviation.opened.v1#0 mn': [
    'AEO хөтөлбөрийн хазайлт: certification-time-median, 2027-03',
    'certification-time-median шалгуур үзүүлэлт 2027-03 үед ULAANBAATAR бүсэд (AEOF) 112.5 болж, босгоо давлаа (ихдээ 90, 3-р хувилбар): programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03 хазайлтын хэргийг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 1-нд нээлээ. Хазайлтын дүн шинжилгээг (үндсэн шалтгаан, хариуцагч), дараа нь арга хэмжээ, хугацаа бүхий сайжруулах төлөвлөгөөг бүртгэнэ үү.',
  ],
  'staff-deviation-opened.v1 aeo.programme-deviation.opened.v1#1 mn': [
    'AEO хөтөлбөрийн хазайлт: decided-within-time-limit, 2027-Q1',
    'decided-within-time-limit шалгуур үзүүлэлт 2027-Q1 үед улсын хэмжээнд 0.81 болж, босгоо давлаа (багадаа 0.95, 1-р хувилбар): programme-deviation-decided-within-time-limit-national-2027-Q1 хазайлтын хэргийг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 1-нд нээлээ. Хазайлтын дүн шинжилгээг (үндсэн шалтгаан, хариуцагч), дараа нь арга хэмжээ, хугацаа бүхий сайжруулах төлөвлөгөөг бүртгэнэ үү.',
  ],
  'staff-deviation-analysed.v1 aeo.programme-deviation.analysed.v1#0 mn': [
    'AEO хөтөлбөрийн хазайлтын дүн шинжилгээ: certification-time-median, 2027-03',
    'policy.unit.oyun programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03 хазайлтын хэргийн (certification-time-median, 2027-03, ULAANBAATAR бүсэд (AEOF)) дүн шинжилгээг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 3-нд бүртгэж, шийдвэрлэх ажлыг Head of the Ulaanbaatar customs office хариуцна. Үндсэн шалтгаан: Two of the three validators of the region were on leave in March. Дараагийн алхам нь сайжруулах төлөвлөгөө.',
  ],
  'staff-deviation-planned.v1 aeo.programme-deviation.planned.v1#0 mn': [
    'AEO хөтөлбөрийн хазайлтын төлөвлөгөө: certification-time-median, 2027-03',
    'policy.unit.oyun programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03 хазайлтын хэргийн сайжруулах төлөвлөгөөг (certification-time-median, 2027-03, ULAANBAATAR бүсэд (AEOF)) Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 5-нд бүртгэлээ, 1 арга хэмжээ: A1 A second validator assigned to the region (Human resources unit, 2027-05-01). Хугацаа нь өнгөрсөн ч хэрэгжээгүй арга хэмжээ байвал хэргийг удирдлагад шилжүүлнэ.',
  ],
  'staff-deviation-planned.v1 aeo.programme-deviation.planned.v1#1 mn': [
    'AEO хөтөлбөрийн хазайлтыг дахин төлөвлөлөө: certification-time-median, 2027-03',
    'executive.ganbold удирдлагад шилжсэн programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03 хазайлтын хэргийг (certification-time-median, 2027-03, ULAANBAATAR бүсэд (AEOF)) Улаанбаатарын цагаар 2027 оны зургаадугаар сарын 2-нд дахин төлөвлөлөө, 2 арга хэмжээ: A2 A second validator assigned to the region (Human resources unit, 2027-07-15); A3 Weekly backlog review (Policy unit, 2027-08-01). Шийдвэр: Validators from Darkhan help until the backlog is cleared. Хугацаа нь өнгөрсөн ч хэрэгжээгүй арга хэмжээ байвал хэргийг удирдлагад шилжүүлнэ.',
  ],
  'staff-deviation-escalated.v1 aeo.programme-deviation.escalated.v1#0 mn': [
    'AEO хөтөлбөрийн хазайлт удирдлагад шилжлээ: certification-time-median, 2027-03',
    'programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03 хазайлтын хэргийг (certification-time-median, 2027-03, ULAANBAATAR бүсэд (AEOF)) Улаанбаатарын цагаар 2027 оны тавдугаар сарын 2-нд удирдлагад шилжүүллээ: A1 арга хэмжээ «A second validator assigned to the region» (Human resources unit) 2027-05-01 гэхэд хэрэгжих ёстой байсан ч хэрэгжээгүй байна. Удирдлага хэрэгжээгүй арга хэмжээг дахин төлөвлөх эсвэл шийдвэр гаргаж хэргийг хаана.',
  ],
  'staff-deviation-closed.v1 aeo.programme-deviation.closed.v1#0 mn': [
    'AEO хөтөлбөрийн хазайлтын хэргийг хаалаа: certification-time-median, 2027-03',
    'programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03 хазайлтын хэргийг (certification-time-median, 2027-03, ULAANBAATAR бүсэд (AEOF)) Улаанбаатарын цагаар 2027 оны наймдугаар сарын 1-нд хаалаа: шалгуур үзүүлэлт шаардлагатай хугацаанд босгондоо эргэн орсон.',
  ],
  'staff-deviation-closed.v1 aeo.programme-deviation.closed.v1#1 mn': [
    'AEO хөтөлбөрийн хазайлтын хэргийг хаалаа: decided-within-time-limit, 2027-Q1',
    'programme-deviation-decided-within-time-limit-national-2027-Q1 хазайлтын хэргийг (decided-within-time-limit, 2027-Q1, улсын хэмжээнд) executive.ganbold Улаанбаатарын цагаар 2027 оны долоодугаар сарын 20-нд удирдлагын шийдвэрээр хаалаа. Шийдвэр: The deviation is accepted until the new decree is in force.',
  ],
  'staff-threshold-changed.v1 aeo.programme-threshold.changed.v1#0 mn': [
    'AEO хөтөлбөрийн босго: certification-time-median, 3-р хувилбар',
    'policy.unit.oyun certification-time-median шалгуур үзүүлэлтийн хазайлтын босгын 3-р хувилбарыг Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 15-нд тогтоолоо: ихдээ 90, сар бүрээр хэмжинэ; хазайлтын хэрэг дараалсан 2 үе босгондоо байвал хаагдана. Үндэслэл: The decree shortens the decision period.',
  ],
  'staff-threshold-changed.v1 aeo.programme-threshold.changed.v1#1 mn': [
    'AEO хөтөлбөрийн босго: decided-within-time-limit, 1-р хувилбар',
    'system decided-within-time-limit шалгуур үзүүлэлтийн хазайлтын босгын 1-р хувилбарыг Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 1-нд тогтоолоо: багадаа 0.95, улирал бүрээр хэмжинэ; хазайлтын хэрэг дараалсан 1 үе босгондоо байвал хаагдана. Үндэслэл: default: the KPI definition’s target.',
  ],
  'staff-deviation-opened.v1 few-fields mn': [
    'AEO хөтөлбөрийн хазайлт: undefined, undefined',
    'undefined шалгуур үзүүлэлт undefined үед security бүсэд (AEOF) undefined болж, босгоо давлаа (багадаа , -р хувилбар): undefined хазайлтын хэргийг Улаанбаатарын цагаар Invalid Date нээлээ. Хазайлтын дүн шинжилгээг (үндсэн шалтгаан, хариуцагч), дараа нь арга хэмжээ, хугацаа бүхий сайжруулах төлөвлөгөөг бүртгэнэ үү.',
  ],
  'staff-deviation-opened.v1 late-evening mn': [
    'AEO хөтөлбөрийн хазайлт: undefined, undefined',
    'undefined шалгуур үзүүлэлт undefined үед undefined бүсэд (AEOF) undefined болж, босгоо давлаа (багадаа , -р хувилбар): undefined хазайлтын хэргийг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд нээлээ. Хазайлтын дүн шинжилгээг (үндсэн шалтгаан, хариуцагч), дараа нь арга хэмжээ, хугацаа бүхий сайжруулах төлөвлөгөөг бүртгэнэ үү.',
  ],
  'staff-deviation-analysed.v1 few-fields mn': [
    'AEO хөтөлбөрийн хазайлтын дүн шинжилгээ: undefined, undefined',
    'undefined undefined хазайлтын хэргийн (undefined, undefined, security бүсэд (AEOF)) дүн шинжилгээг Улаанбаатарын цагаар Invalid Date бүртгэж, шийдвэрлэх ажлыг  хариуцна. Үндсэн шалтгаан:  Дараагийн алхам нь сайжруулах төлөвлөгөө.',
  ],
  'staff-deviation-analysed.v1 late-evening mn': [
    'AEO хөтөлбөрийн хазайлтын дүн шинжилгээ: undefined, undefined',
    'undefined undefined хазайлтын хэргийн (undefined, undefined, undefined бүсэд (AEOF)) дүн шинжилгээг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд бүртгэж, шийдвэрлэх ажлыг  хариуцна. Үндсэн шалтгаан:  Дараагийн алхам нь сайжруулах төлөвлөгөө.',
  ],
  'staff-deviation-planned.v1 few-fields mn': [
    'AEO хөтөлбөрийн хазайлтын төлөвлөгөө: undefined, undefined',
    'undefined undefined хазайлтын хэргийн сайжруулах төлөвлөгөөг (undefined, undefined, security бүсэд (AEOF)) Улаанбаатарын цагаар Invalid Date бүртгэлээ, 0 арга хэмжээ: . Хугацаа нь өнгөрсөн ч хэрэгжээгүй арга хэмжээ байвал хэргийг удирдлагад шилжүүлнэ.',
  ],
  'staff-deviation-planned.v1 late-evening mn': [
    'AEO хөтөлбөрийн хазайлтын төлөвлөгөө: undefined, undefined',
    'undefined undefined хазайлтын хэргийн сайжруулах төлөвлөгөөг (undefined, undefined, undefined бүсэд (AEOF)) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд бүртгэлээ, 0 арга хэмжээ: . Хугацаа нь өнгөрсөн ч хэрэгжээгүй арга хэмжээ байвал хэргийг удирдлагад шилжүүлнэ.',
  ],
  'staff-deviation-escalated.v1 few-fields mn': [
    'AEO хөтөлбөрийн хазайлт удирдлагад шилжлээ: undefined, undefined',
    'undefined хазайлтын хэргийг (undefined, undefined, security бүсэд (AEOF)) Улаанбаатарын цагаар Invalid Date удирдлагад шилжүүллээ:  арга хэмжээ «» ()  гэхэд хэрэгжих ёстой байсан ч хэрэгжээгүй байна. Удирдлага хэрэгжээгүй арга хэмжээг дахин төлөвлөх эсвэл шийдвэр гаргаж хэргийг хаана.',
  ],
  'staff-deviation-escalated.v1 late-evening mn': [
    'AEO хөтөлбөрийн хазайлт удирдлагад шилжлээ: undefined, undefined',
    'undefined хазайлтын хэргийг (undefined, undefined, undefined бүсэд (AEOF)) Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд удирдлагад шилжүүллээ:  арга хэмжээ «» ()  гэхэд хэрэгжих ёстой байсан ч хэрэгжээгүй байна. Удирдлага хэрэгжээгүй арга хэмжээг дахин төлөвлөх эсвэл шийдвэр гаргаж хэргийг хаана.',
  ],
  'staff-deviation-closed.v1 few-fields mn': [
    'AEO хөтөлбөрийн хазайлтын хэргийг хаалаа: undefined, undefined',
    'undefined хазайлтын хэргийг (undefined, undefined, security бүсэд (AEOF)) undefined Улаанбаатарын цагаар Invalid Date удирдлагын шийдвэрээр хаалаа.',
  ],
  'staff-deviation-closed.v1 late-evening mn': [
    'AEO хөтөлбөрийн хазайлтын хэргийг хаалаа: undefined, undefined',
    'undefined хазайлтын хэргийг (undefined, undefined, undefined бүсэд (AEOF)) undefined Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд удирдлагын шийдвэрээр хаалаа.',
  ],
  'staff-threshold-changed.v1 few-fields mn': [
    'AEO хөтөлбөрийн босго: undefined, -р хувилбар',
    'undefined undefined шалгуур үзүүлэлтийн хазайлтын босгын -р хувилбарыг Улаанбаатарын цагаар Invalid Date тогтоолоо: багадаа , сар бүрээр хэмжинэ; хазайлтын хэрэг дараалсан undefined үе босгондоо байвал хаагдана. Үндэслэл: incomplete self-assessment.',
  ],
  'staff-threshold-changed.v1 late-evening mn': [
    'AEO хөтөлбөрийн босго: undefined, -р хувилбар',
    'undefined undefined шалгуур үзүүлэлтийн хазайлтын босгын -р хувилбарыг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд тогтоолоо: багадаа , сар бүрээр хэмжинэ; хазайлтын хэрэг дараалсан undefined үе босгондоо байвал хаагдана. Үндэслэл: ',
  ],
  'staff-deviation-dismissed.v1 aeo.programme-deviation.dismissed.v1#0 mn': [
    'AEO хазайлтын хэргийг хэрэгсэхгүй болголоо: certification-time-median, 2027-03',
    'policy.unit.oyun programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03 хазайлтын хэргийг (certification-time-median, 2027-03, ULAANBAATAR бүсэд (AEOF)) алдаагаар нээгдсэн тул Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 2-нд хэрэгсэхгүй болгож хаалаа: хэрэг дээр цаашид юу ч хийхгүй. Шалтгаан: The March decisions were loaded twice.',
  ],
  'staff-threshold-withdrawn.v1 aeo.programme-threshold.withdrawn.v1#0 mn': [
    'AEO хөтөлбөрийн босгыг цуцаллаа: certification-time-median',
    'policy.unit.oyun certification-time-median шалгуур үзүүлэлтийн хазайлтын босгыг Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 16-нд 4-р хувилбараар цуцаллаа (3-р хувилбар хүчингүй болов): шинэ босго тогтоох хүртэл энэ үзүүлэлтэд хазайлтын хэрэг нээгдэхгүй, нээлттэй хэргүүд үргэлжилнэ. Үндэслэл: Version 3 was set on the wrong KPI.',
  ],
  'staff-deviation-dismissed.v1 few-fields mn': [
    'AEO хазайлтын хэргийг хэрэгсэхгүй болголоо: undefined, undefined',
    'undefined undefined хазайлтын хэргийг (undefined, undefined, security бүсэд (AEOF)) алдаагаар нээгдсэн тул Улаанбаатарын цагаар Invalid Date хэрэгсэхгүй болгож хаалаа: хэрэг дээр цаашид юу ч хийхгүй. Шалтгаан: incomplete self-assessment.',
  ],
  'staff-deviation-dismissed.v1 late-evening mn': [
    'AEO хазайлтын хэргийг хэрэгсэхгүй болголоо: undefined, undefined',
    'undefined undefined хазайлтын хэргийг (undefined, undefined, undefined бүсэд (AEOF)) алдаагаар нээгдсэн тул Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд хэрэгсэхгүй болгож хаалаа: хэрэг дээр цаашид юу ч хийхгүй. Шалтгаан: ',
  ],
  'staff-threshold-withdrawn.v1 few-fields mn': [
    'AEO хөтөлбөрийн босгыг цуцаллаа: undefined',
    'undefined undefined шалгуур үзүүлэлтийн хазайлтын босгыг Улаанбаатарын цагаар Invalid Date -р хувилбараар цуцаллаа (undefined-р хувилбар хүчингүй болов): шинэ босго тогтоох хүртэл энэ үзүүлэлтэд хазайлтын хэрэг нээгдэхгүй, нээлттэй хэргүүд үргэлжилнэ. Үндэслэл: incomplete self-assessment.',
  ],
  'staff-threshold-withdrawn.v1 late-evening mn': [
    'AEO хөтөлбөрийн босгыг цуцаллаа: undefined',
    'undefined undefined шалгуур үзүүлэлтийн хазайлтын босгыг Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-нд -р хувилбараар цуцаллаа (undefined-р хувилбар хүчингүй болов): шинэ босго тогтоох хүртэл энэ үзүүлэлтэд хазайлтын хэрэг нээгдэхгүй, нээлттэй хэргүүд үргэлжилнэ. Үндэслэл: ',
  ],
};
