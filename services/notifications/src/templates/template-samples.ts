/**
 * Sample event data for the template specs: realistic data of each routed event type (several
 * where the templates vary with the data), each valid against its event schema (templates.spec.ts
 * checks that).
 */
const operatorId = '3f1c2a4e-8b7d-4c21-9a55-0d6e2f7b1a01';
const applicationId = '7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601';
const caseId = 'c4d5e6f7-0819-4a2b-9c3d-4e5f60718293';
export const operatorName = 'Gobi Trade LLC';
const applicationRef = { applicationId, operatorId, taxpayerId: '5123456', region: 'ULAANBAATAR', statusType: 'AEOF' };
const caseRef = { caseId, ...applicationRef };
const authorisationRef = {
  authorisationNumber: 'MN-AEOF-2026-00001',
  operatorId,
  taxpayerId: '5123456',
  region: 'ULAANBAATAR',
  statusType: 'AEOF',
  consentToMraSharing: true,
};
/** Where a validation case belongs to the authorisation's second revalidation cycle. */
const revalidationCycle = { purpose: 'revalidation', authorisationNumber: 'MN-AEOF-2026-00001', cycle: 2 };
/** The corrective actions a validator asks for, as their events name them. */
const premisesAction = {
  actionId: '5e6f7081-92a3-4b4c-8d5e-6f708192a3b4',
  questionId: 'security.premises',
  criterion: {
    en: 'Are the premises protected against unauthorised access?',
    mn: 'Үйл ажиллагааны байрыг зөвшөөрөлгүй нэвтрэлтээс хамгаалсан уу?',
  },
  dueBy: '2027-01-20T00:00:00Z',
};
const accountsAction = {
  actionId: '5e6f7081-92a3-4b4c-8d5e-6f708192a3b5',
  questionId: 'accounting.records',
  criterion: {
    en: 'Are the accounting records kept so that customs can audit them?',
    mn: 'Нягтлан бодох бүртгэлийг гаалийн хяналт хийх боломжтойгоор хөтөлдөг үү?',
  },
  dueBy: '2029-11-01T00:00:00Z',
};
const certificationWorkflow = {
  workflowId: 'certification-6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  process: 'certification',
  applicationId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  operatorId,
  taxpayerId: '5123456',
  region: 'DORNOGOVI',
};

/** Arrangements with two partner administrations, as the arrangement events name them. */
const [chinaArrangement, koreaArrangement] = [
  ['8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968', 'CN', 'General Administration of Customs of China', 'China'],
  ['1a2b3c4d-5e6f-4708-9a1b-2c3d4e5f6a7b', 'KR', 'Korea Customs Service', 'Korea'],
].map(([arrangementId, partnerCountry, partnerAdministration, partner]) => ({
  arrangementId,
  partnerCountry,
  partnerAdministration,
  title: `Mongolia–${partner} AEO mutual recognition arrangement`,
}));
const chinaTerms = {
  statusTypes: ['AEOS', 'AEOF'],
  directions: ['import', 'export'],
  benefitsWeGrant: ['reduced-physical-controls', 'priority-clearance'],
  benefitsPartnerGrants: ['reduced-physical-controls', 'reduced-document-controls', 'priority-clearance'],
};

/** A deviation case of the programme's quality monitoring (regional, by status type) and a national one. */
const deviationCase = {
  caseId: 'programme-deviation-certification-time-median-ULAANBAATAR-AEOF-2027-03',
  kpiId: 'certification-time-median',
  scope: 'ULAANBAATAR',
  statusType: 'AEOF',
  period: '2027-03',
};
const nationalDeviation = {
  caseId: 'programme-deviation-decided-within-time-limit-national-2027-Q1',
  kpiId: 'decided-within-time-limit',
  scope: 'national',
  period: '2027-Q1',
};
const deviationAction = {
  actionId: 'A1',
  description: 'A second validator assigned to the region',
  owner: 'Human resources unit',
  dueDate: '2027-05-01',
};

/** A pilot's evaluation questionnaire, as its events name it. */
const PILOT_QUESTIONNAIRE = {
  pilotId: '3f6e2d1c-0b9a-4876-a5e4-d3c2b1a09f8e',
  questionnaireId: '9a8b7c6d-5e4f-4031-a2b1-c0d9e8f7a6b5',
  audience: 'external',
  title: { mn: 'Туршилтын байгууллагуудын судалгаа', en: 'Pilot companies’ survey' },
};

/** A pilot candidate, as the selection's events name it. */
const PILOT_CANDIDATE = {
  pilotId: '3f6e2d1c-0b9a-4876-a5e4-d3c2b1a09f8e',
  taxpayerId: '5123456',
  operatorId: null,
  region: 'ULAANBAATAR',
};

/** A pilot's training session for company staff, as its training events name it. */
const SECURITY_SESSION = {
  pilotId: '3f6e2d1c-0b9a-4876-a5e4-d3c2b1a09f8e',
  sessionId: '7c6b5a49-3827-4160-95f4-e3d2c1b0a9f8',
  topic: 'AEO security criteria and the self-assessment',
  required: true,
  startsAt: '2027-02-15T01:00:00Z',
  endsAt: '2027-02-15T04:00:00Z',
  place: 'Customs General Administration, room 301',
  audience: 'company-staff',
};

/** A pilot and one of its milestones, as the pilot core's events name them. */
const PILOT_REF = {
  pilotId: '3f6e2d1c-0b9a-4876-a5e4-d3c2b1a09f8e',
  code: 'PILOT-2027',
  title: 'AEO pilot 2027: five traders before full operation',
  by: 'system',
  at: '2027-03-01T00:00:05Z',
};
const PILOT_MILESTONE = {
  milestoneId: '5e6f7081-92a3-4b4c-8d5e-6f708192a3b4',
  title: 'IT readiness test of the risk management interface',
  workstream: 'it-readiness',
  dueOn: '2027-03-08',
  owner: 'officer.bat',
  status: 'open',
};

export const SAMPLES: Record<string, Record<string, unknown>[]> = {
  'aeo.programme-pilot.started.v1': [{ ...PILOT_REF, startsOn: '2027-03-01', endsOn: '2027-08-31' }],
  'aeo.programme-pilot.extended.v1': [
    {
      ...PILOT_REF,
      by: 'executive.ganbold',
      sequence: 1,
      previousEndsOn: '2027-08-31',
      endsOn: '2027-10-31',
      reason: 'Two companies joined late; the benefits test needs a full quarter',
    },
  ],
  'aeo.programme-pilot.ended.v1': [
    {
      ...PILOT_REF,
      startsOn: '2027-03-01',
      endsOn: '2027-10-31',
      milestonesDone: 7,
      milestonesNotDone: [{ ...PILOT_MILESTONE, status: 'escalated' }],
    },
    { ...PILOT_REF, startsOn: '2027-03-01', endsOn: '2027-10-31', milestonesDone: 1, milestonesNotDone: [] },
  ],
  'aeo.programme-pilot.final-report-generated.v1': [
    {
      ...PILOT_REF,
      by: 'system:pilot-workflow',
      reportId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
      sequence: 1,
      trigger: 'workflow',
      languages: ['mn', 'en'],
      benefitsTestIncluded: true,
    },
    {
      ...PILOT_REF,
      by: 'policy.unit.oyun',
      reportId: '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e',
      sequence: 2,
      trigger: 'on-demand',
      languages: ['en'],
      benefitsTestIncluded: false,
    },
  ],
  'aeo.programme-pilot.final-report-approval-reminded.v1': [
    {
      ...PILOT_REF,
      by: 'system:pilot-workflow',
      reportId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
      sequence: 1,
      generatedAt: '2027-11-01T00:02:00Z',
      daysWaiting: 14,
    },
  ],
  'aeo.programme-pilot.final-report-approval-escalated.v1': [
    {
      ...PILOT_REF,
      by: 'system:pilot-workflow',
      reportId: '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e',
      sequence: 2,
      generatedAt: '2027-11-20T03:00:00Z',
      daysWaiting: 30,
    },
  ],
  'aeo.programme-pilot.cancelled.v1': [
    { ...PILOT_REF, by: 'policy.unit.oyun', from: 'running', reason: 'The decree postponed the programme.' },
    { ...PILOT_REF, by: 'policy.unit.oyun', from: 'planned', reason: 'Merged into PILOT-2028' },
  ],
  'aeo.programme-pilot-milestone.due-soon.v1': [
    { ...PILOT_REF, milestone: PILOT_MILESTONE, daysLeft: 7 },
    {
      ...PILOT_REF,
      milestone: { ...PILOT_MILESTONE, owner: 'it@customs.gov.mn', workstream: 'training' },
      daysLeft: 1,
    },
  ],
  'aeo.programme-pilot-milestone.late.v1': [{ ...PILOT_REF, milestone: { ...PILOT_MILESTONE, status: 'late' } }],
  'aeo.programme-pilot-milestone.planned.v1': [{ ...PILOT_REF, milestone: PILOT_MILESTONE }],
  'aeo.programme-pilot-milestone.done.v1': [
    {
      ...PILOT_REF,
      by: 'officer.bat',
      milestone: { ...PILOT_MILESTONE, status: 'done' },
      from: 'escalated',
      evidence: [{ title: 'Test report of the interface', reference: 'DOC-2027-31' }],
    },
    {
      ...PILOT_REF,
      milestone: { ...PILOT_MILESTONE, status: 'done' },
      from: 'open',
      evidence: [{ title: 'Training attendance', reference: 'DOC-2027-12' }],
      note: 'All companies attended',
    },
  ],
  'aeo.programme-pilot-milestone.escalated.v1': [
    { ...PILOT_REF, milestone: { ...PILOT_MILESTONE, status: 'escalated' }, graceDays: 14 },
  ],
  'aeo.application.submitted.v1': [
    {
      ...applicationRef,
      operatorName,
      contactEmail: 'aeo@gobitrade.mn',
      contactLanguage: 'mn',
      consentToMraSharing: true,
      submittedAt: '2026-11-28T02:15:00Z',
      acceptanceDeadline: '2026-12-28T00:00:00Z',
      programmeVersion: 1,
    },
  ],
  'aeo.application.accepted.v1': [
    {
      ...applicationRef,
      acceptedAt: '2026-12-10T03:00:00Z',
      deemed: false,
      decidedBy: 'officer.bold',
      decisionDeadline: '2027-04-09T00:00:00Z',
    },
  ],
  'aeo.application.rejected.v1': [
    {
      ...applicationRef,
      rejectedAt: '2026-12-10T03:00:00Z',
      decidedBy: 'officer.bold',
      reason: 'The financial statements for the last three years are missing.',
    },
  ],
  'aeo.application.information-requested.v1': [
    {
      ...applicationRef,
      requestId: '0b1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b',
      requestedBy: 'officer.bold',
      questions: 'Please provide the lease contract of the Zamyn-Uud warehouse',
      dueBy: '2026-12-21T00:00:00Z',
    },
  ],
  'aeo.application.information-received.v1': [
    {
      ...applicationRef,
      requestId: '0b1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b',
      respondedBy: 'b.enkhjargal@gobitrade.mn',
      respondedAt: '2026-12-18T06:30:00Z',
    },
  ],
  'aeo.application.withdrawn.v1': [
    {
      ...applicationRef,
      withdrawnAt: '2026-12-15T04:00:00Z',
      withdrawnBy: 'b.enkhjargal@gobitrade.mn',
      reason: 'We are restructuring the company and will apply again next year.',
    },
  ],
  'aeo.application.decision-due.v1': [{ ...applicationRef, decisionDeadline: '2027-04-09T00:00:00Z' }],
  'aeo.application.decision-overdue.v1': [{ ...applicationRef, decisionDeadline: '2027-04-09T00:00:00Z' }],
  'aeo.application.decision-extended.v1': [
    {
      ...applicationRef,
      decisionDeadline: '2027-06-08T00:00:00Z',
      decidedBy: 'executive.ganbold',
      reasons: ['the site visit at Zamyn-Uud needs a second day', 'a partner agency has not yet answered'],
    },
  ],
  'aeo.application.hearing-opened.v1': [
    {
      ...applicationRef,
      grounds: ['serious customs infringement in 2025', 'no security plan for the warehouse'],
      decidedBy: 'executive.ganbold',
      respondBy: '2027-03-31T00:00:00Z',
    },
  ],
  'aeo.application.hearing-responded.v1': [
    { ...applicationRef, respondedBy: 'b.enkhjargal@gobitrade.mn', respondedAt: '2027-03-20T05:00:00Z' },
  ],
  'aeo.validation.opened.v1': [
    {
      ...caseRef,
      riskScore: 42,
      riskRecommendation: 'proceed-with-enhanced-validation',
      siteVisitRequired: true,
      reportDue: '2027-03-01T00:00:00Z',
      assignedValidator: 'validator.tsetseg',
      openedAt: '2026-12-11T01:00:00Z',
    },
    {
      ...caseRef,
      riskScore: 18,
      riskRecommendation: 'proceed',
      siteVisitRequired: false,
      reportDue: '2029-12-24T00:00:00Z',
      assignedValidator: null,
      openedAt: '2029-10-01T01:00:00Z',
      ...revalidationCycle,
    },
  ],
  'aeo.validation.visit-scheduled.v1': [
    {
      ...caseRef,
      visitId: 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6',
      scheduledFor: '2027-01-20T02:00:00Z',
      validator: 'validator.tsetseg',
      scheduledBy: 'validator.tsetseg',
    },
  ],
  'aeo.validation.report-reminder.v1': [
    { ...caseRef, kind: 'reminder', reportDue: '2027-03-01T00:00:00Z' },
    { ...caseRef, kind: 'overdue', reportDue: '2027-03-01T00:00:00Z' },
  ],
  'aeo.validation.report-submitted.v1': [
    {
      ...caseRef,
      recommendation: 'grant-with-conditions',
      conditions: ['CCTV at the loading bay within six months', 'annual security training'],
      submittedBy: 'validator.tsetseg',
      submittedAt: '2027-02-25T08:00:00Z',
    },
    {
      ...caseRef,
      recommendation: 'grant',
      conditions: [],
      submittedBy: 'validator.tsetseg',
      submittedAt: '2027-02-25T08:00:00Z',
    },
  ],
  'aeo.validation.closed.v1': [
    {
      ...caseRef,
      cause: 'application-withdrawn',
      reason: 'We are restructuring the company and will apply again next year.',
      closedBy: 'b.enkhjargal@gobitrade.mn',
      closedAt: '2026-12-15T04:00:00Z',
    },
    {
      ...caseRef,
      cause: 'authorisation-suspended',
      reason: 'serious customs infringement in 2029',
      closedBy: 'executive.ganbold',
      closedAt: '2029-10-20T04:00:00Z',
      ...revalidationCycle,
    },
    {
      ...caseRef,
      cause: 'authorisation-surrendered',
      reason: 'The company stops trading abroad.',
      closedBy: 'b.enkhjargal@gobitrade.mn',
      closedAt: '2029-10-21T04:00:00Z',
      ...revalidationCycle,
    },
  ],
  'aeo.validation.corrective-action-requested.v1': [
    {
      ...caseRef,
      ...premisesAction,
      description: 'Fence the bonded warehouse and log every entry at its gate.',
      requestedBy: 'validator.tsetseg',
      requestedAt: '2026-12-30T03:00:00Z',
    },
    {
      ...caseRef,
      ...accountsAction,
      description: 'Send the stock ledger of 2029',
      requestedBy: 'validator.tsetseg',
      requestedAt: '2029-10-02T03:00:00Z',
      ...revalidationCycle,
    },
  ],
  'aeo.validation.corrective-action-answered.v1': [
    {
      ...caseRef,
      ...premisesAction,
      requestedBy: 'validator.tsetseg',
      assignedValidator: 'validator.tsetseg',
      answeredBy: 'b.enkhjargal@gobitrade.mn',
      answeredAt: '2027-01-12T06:30:00Z',
      late: false,
    },
    {
      ...caseRef,
      ...accountsAction,
      requestedBy: 'validator.tsetseg',
      assignedValidator: null,
      answeredBy: 'b.enkhjargal@gobitrade.mn',
      answeredAt: '2029-11-03T02:00:00Z',
      late: true,
      ...revalidationCycle,
    },
  ],
  'aeo.authorisation.granted.v1': [
    {
      ...authorisationRef,
      decidedAt: '2026-12-01T03:00:00Z',
      effectiveFrom: '2026-12-01T00:00:00Z',
      revalidationDue: '2029-12-04T00:00:00Z',
    },
  ],
  'aeo.operator.invitation-created.v1': [
    {
      operatorId,
      taxpayerId: '5123456',
      region: 'ULAANBAATAR',
      invitationId: '0b1c2d3e-4f50-4617-8899-aabbccddeeff',
      operatorName,
      email: 'bat-erdene@gobi.example',
      name: 'Bat-Erdene Dorj',
      language: 'mn',
      role: 'administrator',
      sealedCode: 'aesgcm1:c2FtcGxl.c2FtcGxl.c2FtcGxl',
      // What notifications adds once it opened the sealed code (invitation-link.ts).
      invitationLink: 'https://login.customs.example/invitation?code=Q2FuIHlvdSByZWFkIHRoaXM_IEl0IGlzIGEgc2FtcGxl',
      expiresAt: '2026-12-16T10:00:00Z',
      invitedBy: 'admin-sub',
      invitedAt: '2026-12-02T10:00:00Z',
    },
    {
      ...{ operatorId, taxpayerId: '5123456', region: 'ULAANBAATAR' },
      invitationId: '0b1c2d3e-4f50-4617-8899-aabbccddeef0',
      operatorName,
      email: 'saraa@gobi.example',
      name: 'Saraa',
      language: 'en',
      role: 'member',
      sealedCode: 'aesgcm1:c2FtcGxl.c2FtcGxl.c2FtcGxl',
      invitationLink: 'https://login.customs.example/invitation?code=c2Vjb25kIHNhbXBsZSBjb2RlIG9mIDQzIGNoYXJhY3Q',
      expiresAt: '2026-12-30T15:30:00Z',
      invitedBy: 'admin-sub',
      invitedAt: '2026-12-16T15:30:00Z',
    },
  ],
  'aeo.authorisation.refused.v1': [
    {
      ...applicationRef,
      decidedBy: 'executive.ganbold',
      decidedAt: '2027-04-05T03:00:00Z',
      reasons: ['serious customs infringement in 2025'],
      operatorCommented: true,
    },
    {
      ...applicationRef,
      decidedBy: 'executive.ganbold',
      decidedAt: '2027-04-05T03:00:00Z',
      reasons: ['no security plan for the warehouse', 'insolvency proceedings'],
      operatorCommented: false,
    },
  ],
  'aeo.revalidation.due.v1': [{ ...authorisationRef, revalidationDue: '2029-12-04T00:00:00Z', daysAhead: 90 }],
  'aeo.revalidation.started.v1': [
    {
      ...authorisationRef,
      cycle: 2,
      trigger: {
        source: 'reported-change',
        reason: 'Change of ownership reported.',
        requestedBy: 'b.enkhjargal@gobitrade.mn',
        triggerId: 'e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7',
      },
      selfAssessmentDue: '2027-02-01T00:00:00Z',
      startedAt: '2027-01-02T00:00:00Z',
    },
  ],
  'aeo.revalidation.completed.v1': [
    {
      ...authorisationRef,
      cycle: 2,
      outcome: 'confirmed',
      decidedBy: 'executive.ganbold',
      reasons: ['criteria still met'],
      conditions: [],
      nextRevalidationDue: '2032-12-04T00:00:00Z',
      completedAt: '2029-12-01T03:00:00Z',
    },
  ],
  'aeo.revalidation.requested.v1': [
    {
      ...authorisationRef,
      requestId: 'f0e1d2c3-b4a5-4697-8877-665544332211',
      reason: 'Two seizures of undeclared goods at Zamyn-Uud in March',
      siteVisit: true,
      requestedBy: 'regional.office.dornogovi',
      requestedAt: '2027-04-02T02:00:00Z',
    },
  ],
  'aeo.authorisation.change-reported.v1': [
    {
      ...authorisationRef,
      changeId: 'a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d',
      kind: 'ownership',
      description: 'Mongol Logistics JSC acquired 60% of the shares',
      effectiveDate: '2027-01-10',
      siteVisit: true,
      reportedBy: 'b.enkhjargal@gobitrade.mn',
      reportedAt: '2027-01-12T04:00:00Z',
    },
  ],
  'aeo.authorisation.suspended.v1': [
    {
      ...authorisationRef,
      scope: 'security',
      effectiveFrom: '2027-05-03T00:00:00Z',
      grounds: 'security criteria no longer met at the Zamyn-Uud warehouse',
      remediationPlanDue: '2027-06-02T00:00:00Z',
    },
    {
      ...authorisationRef,
      scope: 'whole',
      effectiveFrom: '2027-05-03T00:00:00Z',
      grounds: "at the holder's request: temporary closure of operations",
      requestedByHolder: true,
    },
  ],
  'aeo.authorisation.suspension-progress.v1': [
    {
      ...authorisationRef,
      kind: 'remediation-plan-submitted',
      dueAt: '2027-08-01T00:00:00Z',
      measures: ['new perimeter fence', 'access control at the loading bay'],
      by: 'b.enkhjargal@gobitrade.mn',
    },
    { ...authorisationRef, kind: 'remediation-plan-overdue', dueAt: '2027-06-02T00:00:00Z', by: 'system:revalidation' },
    { ...authorisationRef, kind: 'remediation-period-ended', dueAt: '2027-08-01T00:00:00Z', by: 'system:revalidation' },
  ],
  'aeo.authorisation.reinstated.v1': [{ ...authorisationRef, effectiveFrom: '2027-08-15T00:00:00Z' }],
  'aeo.authorisation.revocation-intended.v1': [
    {
      ...authorisationRef,
      grounds: ['remedial measures not taken', 'repeated serious infringements'],
      decidedBy: 'executive.ganbold',
      respondBy: '2027-09-15T00:00:00Z',
    },
  ],
  'aeo.authorisation.revoked.v1': [
    {
      ...authorisationRef,
      effectiveFrom: '2027-10-01T00:00:00Z',
      reason: 'revoked',
      grounds: 'remedial measures not taken; repeated serious infringements',
    },
  ],
  'aeo.authorisation.surrendered.v1': [
    {
      ...authorisationRef,
      effectiveFrom: '2027-07-01T00:00:00Z',
      requestedBy: 'b.enkhjargal@gobitrade.mn',
      reason: 'The company stops its import business',
    },
  ],
  'aeo.revalidation.watchdog-alert.v1': [
    {
      ...authorisationRef,
      problem: 'stuck',
      detail: 'at stage self-assessment since 2027-01-02T00:00:00.000Z',
      checkedAt: '2027-03-05T20:00:00Z',
    },
    {
      ...authorisationRef,
      problem: 'closed-while-in-force',
      detail: 'its workflow completed but the register says granted',
      checkedAt: '2027-03-05T20:00:00Z',
    },
    {
      ...authorisationRef,
      problem: 'unreachable',
      detail: 'query failed: no answer within 10 s (is the worker running?)',
      checkedAt: '2027-03-05T20:00:00Z',
    },
  ],
  'aeo.workflow.action-failed.v1': [
    {
      workflowId: 'revalidation-MN-AEOF-2026-00001',
      process: 'revalidation',
      applicationId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
      authorisationNumber: 'MN-AEOF-2026-00001',
      operatorId,
      taxpayerId: '5123456',
      region: 'DORNOGOVI',
      action: 'reinstate',
      outcome: 'action-refused',
      activity: 'recordReinstatement',
      failureType: 'InvalidData',
      detail: 'recordReinstatement: invalid data (PostgreSQL 22P05: unsupported Unicode escape sequence)',
      by: 'executive.ganbold',
      failedAt: '2027-08-15T03:00:00Z',
    },
    {
      ...certificationWorkflow,
      action: 'decision deadline notice',
      outcome: 'step-skipped',
      activity: 'recordDecisionDeadline',
      failureType: 'InvalidData',
      detail:
        'recordDecisionDeadline: data violates a constraint (PostgreSQL 23514: new row violates check constraint)',
      failedAt: '2027-03-01T03:00:00Z',
    },
    {
      ...certificationWorkflow,
      action: 'acceptance',
      outcome: 'step-retried',
      activity: 'recordAcceptance',
      failureType: 'InvalidData',
      detail: 'recordAcceptance: invalid data (PostgreSQL 22021: invalid byte sequence for encoding "UTF8": 0x00)',
      by: 'system:deemed-acceptance',
      failedAt: '2027-03-01T03:00:00Z',
    },
  ],
  'aeo.risk-alert.raised.v1': [
    {
      alertId: '11223344-5566-4778-8899-aabbccddeeff',
      taxpayerId: '5123456',
      operatorId,
      severity: 'serious',
      recommendation: 'early-revalidation',
      reason: 'serious infringement recorded: undervaluation of imported machinery',
      sourceEventId: 'cmp-2027-0042',
      raisedAt: '2027-03-10T03:00:00Z',
    },
    {
      alertId: '22334455-6677-4889-9aab-bccddeeff001',
      taxpayerId: '5123456',
      severity: 'critical',
      recommendation: 'suspension-review',
      reason: 'smuggling case opened by the customs investigation unit',
      sourceEventId: 'cmp-2027-0043',
      raisedAt: '2027-03-11T03:00:00Z',
    },
  ],
  // Mutual recognition (the demo partner: China's customs, GACC; a second arrangement with Korea)
  'aeo.mra-arrangement.phase-changed.v1': [
    {
      ...koreaArrangement,
      from: null,
      to: 'preparation',
      by: 'mra.officer.tuya',
      at: '2026-12-01T02:00:00Z',
    },
    {
      ...chinaArrangement,
      from: 'implementation',
      to: 'operational',
      by: 'mra.officer.tuya',
      at: '2027-03-01T02:00:00Z',
      reason: 'The data-exchange test with GACC passed',
      terms: chinaTerms,
      reviewDueAt: '2030-03-01T00:00:00Z',
    },
    {
      ...chinaArrangement,
      from: 'operational',
      to: 'suspended',
      by: 'executive.ganbold',
      at: '2028-05-10T02:00:00Z',
      reason: 'GACC has not sent list updates for three months.',
      terms: chinaTerms,
    },
  ],
  'aeo.mra-arrangement.review-due.v1': [
    {
      arrangementId: chinaArrangement.arrangementId,
      partnerCountry: 'CN',
      title: chinaArrangement.title,
      reviewDueAt: '2030-03-01T00:00:00Z',
      daysBefore: 30,
    },
    {
      arrangementId: chinaArrangement.arrangementId,
      partnerCountry: 'CN',
      title: chinaArrangement.title,
      reviewDueAt: '2030-03-01T00:00:00Z',
      daysBefore: 1,
    },
    {
      arrangementId: chinaArrangement.arrangementId,
      partnerCountry: 'CN',
      title: chinaArrangement.title,
      reviewDueAt: '2030-03-01T00:00:00Z',
      daysBefore: 0,
    },
  ],
  'aeo.mra-list.exported.v1': [
    {
      arrangementId: chinaArrangement.arrangementId,
      partnerCountry: 'CN',
      exportId: '9c8b7a69-5847-4362-9150-a4b3c2d1e0f9',
      version: 12,
      entries: 57,
      added: 2,
      changed: 1,
      removed: 0,
      withheld: 3,
      keyId: 'mra-export-2027-03',
      at: '2027-03-15T16:00:00Z',
    },
    {
      arrangementId: chinaArrangement.arrangementId,
      partnerCountry: 'CN',
      exportId: '0a1b2c3d-4e5f-4607-8819-2a3b4c5d6e7f',
      version: 13,
      entries: 57,
      added: 0,
      changed: 0,
      removed: 0,
      withheld: 0,
      keyId: 'mra-export-2027-03',
      at: '2027-03-16T16:00:00Z',
    },
  ],
  'aeo.mra-partner-list.imported.v1': [
    {
      arrangementId: chinaArrangement.arrangementId,
      partnerCountry: 'CN',
      version: 1,
      format: 'json',
      rows: 40,
      counts: { new: 40, changed: 0, suspended: 0, removed: 0, unchanged: 0 },
      importedBy: 'mra.officer.tuya',
      at: '2027-03-02T03:00:00Z',
    },
    {
      arrangementId: chinaArrangement.arrangementId,
      partnerCountry: 'CN',
      version: 2,
      format: 'csv',
      rows: 41,
      counts: { new: 1, changed: 2, suspended: 3, removed: 0, unchanged: 35 },
      importedBy: 'mra.officer.tuya',
      at: '2027-04-02T03:00:00Z',
    },
  ],
  'aeo.mra-foreign-id.review-needed.v1': [
    {
      reviewId: '4d3c2b1a-0f9e-4d8c-b7a6-958473625140',
      country: 'CN',
      declaredId: 'CN9900000001',
      normalisedId: 'CN9900000001',
      reason: 'unmatched',
      candidates: [],
      declarationId: 'MN20270042000001234',
      firstSeenAt: '2027-03-20T05:30:00Z',
    },
    {
      reviewId: '5e4d3c2b-1a0f-4e9d-8c7b-a69584736251',
      country: 'CN',
      declaredId: 'cn 1100-000-003',
      normalisedId: 'CN1100000003',
      reason: 'ambiguous',
      candidates: [
        { arrangementId: chinaArrangement.arrangementId, aeoId: 'CN1100000003' },
        { arrangementId: chinaArrangement.arrangementId, aeoId: 'CN 1100000003' },
      ],
      declarationId: 'MN20270042000001301',
      firstSeenAt: '2027-03-21T01:10:00Z',
    },
  ],
  'aeo.programme-deviation.opened.v1': [
    {
      ...deviationCase,
      by: 'system',
      at: '2027-04-01T01:00:00Z',
      value: 112.5,
      threshold: { version: 3, bound: 'upper', limit: 90, periodsToVerify: 2 },
    },
    {
      ...nationalDeviation,
      by: 'system',
      at: '2027-04-01T01:00:00Z',
      value: 0.81,
      threshold: { version: 1, bound: 'lower', limit: 0.95, periodsToVerify: 1 },
    },
  ],
  'aeo.programme-deviation.analysed.v1': [
    {
      ...deviationCase,
      by: 'policy.unit.oyun',
      at: '2027-04-03T02:30:00Z',
      rootCause: 'Two of the three validators of the region were on leave in March',
      owner: 'Head of the Ulaanbaatar customs office',
    },
  ],
  'aeo.programme-deviation.planned.v1': [
    {
      ...deviationCase,
      by: 'policy.unit.oyun',
      at: '2027-04-05T03:00:00Z',
      replan: false,
      actions: [deviationAction],
      superseded: [],
    },
    {
      ...deviationCase,
      by: 'executive.ganbold',
      at: '2027-06-02T03:00:00Z',
      replan: true,
      actions: [
        { ...deviationAction, actionId: 'A2', dueDate: '2027-07-15' },
        { actionId: 'A3', description: 'Weekly backlog review', owner: 'Policy unit', dueDate: '2027-08-01' },
      ],
      superseded: ['A1'],
      decision: 'Validators from Darkhan help until the backlog is cleared',
    },
  ],
  'aeo.programme-deviation.escalated.v1': [
    { ...deviationCase, by: 'system', at: '2027-05-02T00:00:00Z', action: deviationAction },
  ],
  'aeo.programme-deviation.closed.v1': [
    { ...deviationCase, by: 'system', at: '2027-08-01T01:00:00Z', outcome: 'recovered' },
    {
      ...nationalDeviation,
      by: 'executive.ganbold',
      at: '2027-07-20T04:00:00Z',
      outcome: 'executive-decision',
      decision: 'The deviation is accepted until the new decree is in force',
    },
  ],
  'aeo.programme-deviation.dismissed.v1': [
    {
      ...deviationCase,
      by: 'policy.unit.oyun',
      at: '2027-04-02T02:00:00Z',
      from: 'opened',
      reason: 'The March decisions were loaded twice',
    },
  ],
  'aeo.programme-threshold.withdrawn.v1': [
    {
      kpiId: 'certification-time-median',
      version: 4,
      withdrawnVersion: 3,
      by: 'policy.unit.oyun',
      at: '2027-03-16T02:00:00Z',
      reason: 'Version 3 was set on the wrong KPI',
    },
  ],
  'aeo.programme-pilot.contact-officer-assigned.v1': [
    {
      pilotId: '3f6e2d1c-0b9a-4876-a5e4-d3c2b1a09f8e',
      taxpayerId: '5123456',
      operatorId: '0f1e2d3c-4b5a-4697-8887-a6b5c4d3e2f1',
      region: 'ULAANBAATAR',
      operatorName: 'Gobi Trade LLC',
      officerSub: 'officer.bat',
      officerName: 'Bat-Erdene',
      sequence: 1,
      reason: 'Knows the company from its customs audits',
      by: 'policy.unit.oyun',
      at: '2027-02-01T01:00:00Z',
    },
    {
      pilotId: '3f6e2d1c-0b9a-4876-a5e4-d3c2b1a09f8e',
      taxpayerId: '5123456',
      region: 'ULAANBAATAR',
      officerSub: 'officer.saraa',
      previousOfficerSub: 'officer.bat',
      sequence: 2,
      reason: 'Bat-Erdene moved to the border post',
      by: 'policy.unit.oyun',
      at: '2027-03-10T02:00:00Z',
    },
  ],
  'aeo.programme-pilot.training-session-scheduled.v1': [
    {
      ...SECURITY_SESSION,
      capacity: 20,
      by: 'policy.unit.oyun',
      at: '2027-02-01T02:00:00Z',
    },
    {
      pilotId: '3f6e2d1c-0b9a-4876-a5e4-d3c2b1a09f8e',
      sessionId: '8d7c6b5a-4938-4271-a6b5-f4e3d2c1b0a9',
      topic: 'Validating a pilot company',
      required: false,
      startsAt: '2027-02-16T06:00:00Z',
      endsAt: '2027-02-16T08:00:00Z',
      link: 'https://meet.customs.example/validation',
      audience: 'customs-staff',
      capacity: 12,
      by: 'policy.unit.oyun',
      at: '2027-02-01T02:05:00Z',
    },
  ],
  'aeo.programme-pilot.training-registered.v1': [
    {
      ...SECURITY_SESSION,
      registrationId: '1a2b3c4d-5e6f-4081-9293-a4b5c6d7e8f9',
      taxpayerId: '5123456',
      operatorId: '0f1e2d3c-4b5a-4697-8887-a6b5c4d3e2f1',
      region: 'ULAANBAATAR',
      personName: 'Enkhjargal',
      personRole: 'Customs compliance manager',
      by: 'operator.user',
      at: '2027-02-02T03:00:00Z',
    },
    {
      pilotId: '3f6e2d1c-0b9a-4876-a5e4-d3c2b1a09f8e',
      sessionId: '8d7c6b5a-4938-4271-86a5-f4e3d2c1b0a9',
      topic: 'Supply chain security in practice: a walk through a pilot company’s premises',
      required: false,
      startsAt: '2027-03-01T06:30:00Z',
      endsAt: '2027-03-01T08:00:00Z',
      link: 'https://meet.customs.example/pilot',
      audience: 'company-staff',
      registrationId: '2b3c4d5e-6f70-4192-a3b4-c5d6e7f8a9b0',
      taxpayerId: '5123456',
      region: 'ULAANBAATAR',
      personName: 'Tuvshin',
      personRole: 'Logistics lead',
      by: 'policy.unit.oyun',
      at: '2027-02-20T03:00:00Z',
    },
  ],
  'aeo.programme-pilot.training-completed.v1': [
    {
      pilotId: '3f6e2d1c-0b9a-4876-a5e4-d3c2b1a09f8e',
      taxpayerId: '5123456',
      operatorId: '0f1e2d3c-4b5a-4697-8887-a6b5c4d3e2f1',
      region: 'ULAANBAATAR',
      topics: ['AEO security criteria and the self-assessment', 'The AEO benefits'],
      by: 'officer.bat',
      at: '2027-03-02T09:00:00Z',
    },
  ],
  'aeo.programme-pilot-evaluation.questionnaire-opened.v1': [
    {
      ...PILOT_QUESTIONNAIRE,
      questions: 12,
      closesAt: '2027-03-31T09:00:00Z',
      by: 'policy.unit.oyun',
      at: '2027-03-16T02:00:00Z',
    },
    {
      ...PILOT_QUESTIONNAIRE,
      audience: 'internal',
      title: { mn: 'Гаалийн ажилтнуудын судалгаа', en: 'Customs staff survey' },
      questions: 6,
      closesAt: '2027-03-31T15:30:00Z',
      by: 'policy.unit.oyun',
      at: '2027-03-16T02:00:00Z',
    },
  ],
  'aeo.programme-pilot-evaluation.response-requested.v1': [
    {
      ...PILOT_QUESTIONNAIRE,
      closesAt: '2027-03-31T09:00:00Z',
      taxpayerId: '5123456',
      operatorId: '0f1e2d3c-4b5a-4697-8887-a6b5c4d3e2f1',
      region: 'ULAANBAATAR',
      by: 'policy.unit.oyun',
      at: '2027-03-16T02:00:00Z',
    },
    {
      ...PILOT_QUESTIONNAIRE,
      audience: 'internal',
      title: { mn: 'Гаалийн ажилтнуудын судалгаа', en: 'Customs staff survey' },
      closesAt: '2027-03-31T15:30:00Z',
      taxpayerId: '5123456',
      operatorId: null,
      region: 'ULAANBAATAR',
      by: 'policy.unit.oyun',
      at: '2027-03-16T02:00:00Z',
    },
  ],
  'aeo.programme-pilot-evaluation.questionnaire-closed.v1': [
    {
      ...PILOT_QUESTIONNAIRE,
      responses: 5,
      reason: 'Every pilot company has answered',
      by: 'policy.unit.oyun',
      at: '2027-03-28T04:00:00Z',
    },
    { ...PILOT_QUESTIONNAIRE, responses: 0, by: 'policy.unit.oyun', at: '2027-03-28T04:00:00Z' },
  ],
  'aeo.programme-pilot-evaluation.lesson-recorded.v1': [
    {
      pilotId: '3f6e2d1c-0b9a-4876-a5e4-d3c2b1a09f8e',
      lessonId: '4d5e6f70-8192-4a3b-9c4d-5e6f70819203',
      category: 'documentation',
      lesson: 'Companies found the self-assessment questionnaire too long',
      recommendation: 'Shorten the self-assessment before full operation.',
      questionRefs: [{ questionnaireId: '9a8b7c6d-5e4f-4031-a2b1-c0d9e8f7a6b5', questionId: 'Q3' }],
      milestoneIds: [],
      by: 'policy.unit.oyun',
      at: '2027-04-02T03:00:00Z',
    },
  ],
  'aeo.programme.pilot.invitation-sent.v1': [
    {
      ...PILOT_CANDIDATE,
      pilotCode: 'PILOT-2027',
      pilotTitle: 'AEO pilot 2027: five traders before full operation',
      answerDueAt: '2027-02-15T15:30:00Z',
      draftProgramme: {
        eligibilityCriteria: {
          mn: 'Гаалийн хууль тогтоомжийг сахисан түүх, нягтлан бодох бүртгэл, аюулгүй байдал, төлбөрийн чадвар',
          en: 'A record of compliance, sound accounting, security and solvency',
        },
        benefits: {
          mn: 'Шалгалт цөөрөх, түрүүлж шалгуулах, харилцагч ажилтан',
          en: 'Fewer controls, priority treatment and a contact officer',
        },
        validationProcess: {
          mn: 'Баримт бичгийн хяналт, дараа нь 60 хоногийн дотор газар дээрх шалгалт',
          en: 'A desk review, then a site visit within 60 days',
        },
        programmeVersion: 3,
      },
      at: '2027-02-01T02:00:00Z',
    },
  ],
  'aeo.programme.pilot.participant-accepted.v1': [{ ...PILOT_CANDIDATE, acceptedAt: '2027-02-03T07:00:00Z' }],
  'aeo.programme.pilot.participant-declined.v1': [
    { ...PILOT_CANDIDATE, reason: 'Our customs department is being reorganised', declinedAt: '2027-02-04T15:45:00Z' },
  ],
  'aeo.programme.pilot.invitation-expired.v1': [
    { ...PILOT_CANDIDATE, answerDueAt: '2027-02-15T15:30:00Z', expiredAt: '2027-02-15T15:30:00Z' },
  ],
  'aeo.programme.pilot.participant-withdrawn.v1': [
    {
      ...PILOT_CANDIDATE,
      reason: 'The company asked to leave: its customs department is being reorganised',
      by: 'policy.unit.oyun',
      withdrawnAt: '2027-04-02T03:00:00Z',
    },
  ],
  'aeo.programme.pilot.replacement-proposed.v1': [
    {
      pilotId: PILOT_CANDIDATE.pilotId,
      replacing: '5123456',
      ending: 'declined',
      proposed: { taxpayerId: '6234567', rank: 6, shortlistId: '1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809' },
      automatic: false,
      at: '2027-02-04T15:46:00Z',
    },
    {
      pilotId: PILOT_CANDIDATE.pilotId,
      replacing: '5123456',
      ending: 'expired',
      proposed: { taxpayerId: '6234567', rank: 6, shortlistId: '1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809' },
      automatic: true,
      at: '2027-02-15T15:31:00Z',
    },
    {
      pilotId: PILOT_CANDIDATE.pilotId,
      replacing: '5123456',
      ending: 'expired',
      proposed: null,
      automatic: false,
      at: '2027-02-15T15:31:00Z',
    },
  ],
  'aeo.programme-threshold.changed.v1': [
    {
      kpiId: 'certification-time-median',
      version: 3,
      bound: 'upper',
      limit: 90,
      periodsToVerify: 2,
      period: 'month',
      by: 'policy.unit.oyun',
      at: '2027-03-15T02:00:00Z',
      reason: 'The decree shortens the decision period',
    },
    {
      kpiId: 'decided-within-time-limit',
      version: 1,
      bound: 'lower',
      limit: 0.95,
      periodsToVerify: 1,
      period: 'quarter',
      by: 'system',
      at: '2027-01-01T00:00:00Z',
      reason: 'default: the KPI definition’s target',
    },
  ],
};

/** A few common fields only (templates print what is missing as today: see rendered-messages.spec.ts). */
export const FEW_FIELDS: Record<string, unknown> = {
  statusType: 'AEOF',
  acceptanceDeadline: '2026-12-28T00:00:00Z',
  decisionDeadline: '2027-04-27T00:00:00Z',
  deemed: true,
  reason: 'incomplete self-assessment',
  authorisationNumber: 'MN-AEOF-2026-00001',
  revalidationDue: '2029-12-04T00:00:00Z',
  nextRevalidationDue: '2032-12-04T00:00:00Z',
  selfAssessmentDue: '2027-02-01T00:00:00Z',
  remediationPlanDue: '2027-01-01T00:00:00Z',
  respondBy: '2027-01-15T00:00:00Z',
  effectiveFrom: '2026-12-01T00:00:00Z',
  daysAhead: 90,
  scope: 'security',
  grounds: ['false statements'],
};

/** Every date field a template may print, at an instant whose day differs between UTC and Ulaanbaatar (UTC+8). */
export const LATE_EVENING_UTC = '2026-12-04T20:00:00Z';
const DATE_FIELDS = [
  'acceptanceDeadline',
  'decisionDeadline',
  'revalidationDue',
  'nextRevalidationDue',
  'selfAssessmentDue',
  'remediationPlanDue',
  'respondBy',
  'effectiveFrom',
  'dueBy',
  'dueAt',
  'withdrawnAt',
  'reportDue',
  'closedAt',
  'scheduledFor',
  'respondedAt',
  'answeredAt',
  'checkedAt',
  'failedAt',
  'raisedAt',
  'decidedAt',
  'requestedAt',
  'submittedAt',
  'startedAt',
  'startsAt',
  'closesAt',
  'answerDueAt',
  'acceptedAt',
  'declinedAt',
  'expiredAt',
  'effectiveDate',
  'at',
  'reviewDueAt',
  'firstSeenAt',
  'expiresAt',
];
export const ON_LATE_EVENING_UTC: Record<string, unknown> = {
  ...Object.fromEntries(DATE_FIELDS.map((field) => [field, LATE_EVENING_UTC])),
  statusType: 'AEOF',
  authorisationNumber: 'MN-AEOF-2026-00001',
  applicationId: '7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601',
  taxpayerId: '5123456',
  operatorName: 'Gobi Trade LLC',
};

/** One rendering of a template for the characterization spec (rendered-messages.spec.ts). */
export interface RenderingCase {
  id: string;
  template: string;
  language: 'en' | 'mn';
  data: Record<string, unknown>;
  timeZone?: string;
  /** The case whose expected text this one shares when it has none of its own (same words). */
  sameAs?: string;
}

const LONG_NAME = 'Mongolian International Freight Forwarding and Customs Brokerage Company LLC';
const day = (n: number) => String(n).padStart(2, '0');

/**
 * Every template with each sample of each event type routed to it (with the company's name, as
 * sent, and with a long name), with few fields, with dates late in the UTC evening in the
 * default zone (and in UTC and another zone for a few), and Mongolian dates on every day of a month.
 */
export function renderingCases(routed: readonly (readonly [eventType: string, template: string])[]): RenderingCase[] {
  const cases: RenderingCase[] = [];
  const templates = [...new Set(routed.map(([, template]) => template))];
  for (const language of ['en', 'mn'] as const) {
    for (const [eventType, template] of routed) {
      SAMPLES[eventType].forEach((sample, i) => {
        const id = `${template} ${eventType}#${i} ${language}`;
        cases.push({
          id,
          template,
          language,
          data: { ...sample, operatorName: sample['operatorName'] ?? operatorName },
        });
        cases.push({
          id: `${template} ${eventType}#${i} as-sent ${language}`,
          template,
          language,
          data: sample,
          sameAs: id,
        });
        cases.push({
          id: `${template} ${eventType}#${i} long-name ${language}`,
          template,
          language,
          data: { ...sample, operatorName: LONG_NAME },
          sameAs: id,
        });
      });
    }
    for (const template of templates) {
      cases.push({ id: `${template} few-fields ${language}`, template, language, data: FEW_FIELDS });
      cases.push({ id: `${template} late-evening ${language}`, template, language, data: ON_LATE_EVENING_UTC });
    }
    for (const template of [
      'authorisation-granted.v1',
      'authorisation-revocation-intended.v1',
      'visit-scheduled.v1',
      'staff-visit-scheduled.v1',
      'staff-corrective-action-answered.v1',
      'staff-authorisation-suspended.v1',
    ]) {
      for (const timeZone of ['UTC', 'Europe/Berlin']) {
        cases.push({
          id: `${template} late-evening ${timeZone} ${language}`,
          template,
          language,
          data: { ...ON_LATE_EVENING_UTC, late: true },
          timeZone,
        });
      }
    }
  }
  for (let n = 1; n <= 31; n++) {
    const granted = {
      ...SAMPLES['aeo.authorisation.granted.v1'][0],
      effectiveFrom: `2027-01-${day(n)}T00:00:00Z`,
      revalidationDue: `2030-01-${day(n)}T00:00:00Z`,
    };
    cases.push({
      id: `authorisation-granted.v1 day-${day(n)} mn`,
      template: 'authorisation-granted.v1',
      language: 'mn',
      data: granted,
    });
    const due = {
      ...SAMPLES['aeo.application.decision-due.v1'][0],
      operatorName,
      decisionDeadline: `2027-01-${day(n)}T00:00:00Z`,
    };
    cases.push({
      id: `staff-decision-due.v1 day-${day(n)} mn`,
      template: 'staff-decision-due.v1',
      language: 'mn',
      data: due,
    });
  }
  return cases;
}
