import type { ReportFigure } from '../../reports/report-model';
import type { FinalReportContent } from './final-report-model';

/**
 * A demo-like closed pilot (PILOT-2027, March to September 2027, extended once) for the render
 * tests and `render-sample.ts`: two objectives on certification KPIs, five companies (one declined
 * and replaced), milestones done, late and escalated, evaluation results, a deviation case and
 * the policy unit's recommendations, the benefits test measured once.
 */
const MONTHS = ['2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09'];
const figures = (values: (number | null)[], onTarget: (value: number) => boolean): ReportFigure[] =>
  values.map((value, i) => ({
    period: MONTHS[i]!,
    value,
    sample: value === null ? 0 : 12,
    onTarget: value === null ? null : onTarget(value),
  }));

const figures3 = (
  declarations: number,
  documentaryRate: number,
  physicalRate: number,
  benefitShare: number,
  priorityShare: number,
  meanDecisionSeconds: number,
) => ({ declarations, documentaryRate, physicalRate, benefitShare, priorityShare, meanDecisionSeconds });

export const SAMPLE_FINAL_REPORT: FinalReportContent = {
  format: 'aeo-pilot-final-report/1',
  pilot: {
    id: '6f1c2a4e-8b0d-4c55-9e21-1a2b3c4d5e6f',
    code: 'PILOT-2027',
    title: 'AEO pilot 2027',
    description: 'The pilot that precedes full operation.',
    startsOn: '2027-03-01',
    plannedEndsOn: '2027-08-31',
    endsOn: '2027-09-30',
  },
  generatedAt: '2027-10-01T00:05:00.000Z',
  objectives: [
    {
      text: 'Certify the pilot companies within 90 days',
      kpiId: 'certification-time-median',
      target: 90,
      now: 84.5,
      onTarget: true,
    },
    {
      text: 'Decide within the legal time limit',
      kpiId: 'decided-within-time-limit',
      target: 0.95,
      now: 0.9,
      onTarget: false,
    },
  ],
  participants: [
    {
      taxpayerId: '5123456',
      region: 'ULAANBAATAR',
      stage: 'accepted',
      chosenReason: 'Largest declared customs value',
      answeredAt: '2027-02-10T04:00:00.000Z',
      reason: null,
      replacing: null,
      replacedBy: null,
    },
    {
      taxpayerId: '5234567',
      region: 'ZAMYN-UUD',
      stage: 'replaced',
      chosenReason: 'Rail freight volume',
      answeredAt: '2027-02-12T04:00:00.000Z',
      reason: 'No staff free for the pilot this year',
      replacing: null,
      replacedBy: '5345678',
    },
    {
      taxpayerId: '5345678',
      region: 'ZAMYN-UUD',
      stage: 'accepted',
      chosenReason: 'Next on the shortlist',
      answeredAt: '2027-02-20T04:00:00.000Z',
      reason: null,
      replacing: '5234567',
      replacedBy: null,
    },
  ],
  milestones: [
    {
      title: 'Companies invited',
      workstream: 'companies',
      dueOn: '2027-03-20',
      status: 'done',
      doneAt: '2027-03-18T06:00:00.000Z',
      lateAt: null,
      escalatedAt: null,
    },
    {
      title: 'IT readiness test',
      workstream: 'it-readiness',
      dueOn: '2027-05-10',
      status: 'done',
      doneAt: '2027-06-02T06:00:00.000Z',
      lateAt: '2027-05-11T00:00:00.000Z',
      escalatedAt: '2027-05-25T00:00:00.000Z',
    },
    {
      title: 'Evaluation questionnaire',
      workstream: 'evaluation',
      dueOn: '2027-09-15',
      status: 'late',
      doneAt: null,
      lateAt: '2027-09-16T00:00:00.000Z',
      escalatedAt: null,
    },
  ],
  extensions: [
    {
      sequence: 1,
      previousEndsOn: '2027-08-31',
      newEndsOn: '2027-09-30',
      reason: 'Two companies joined late; the benefits test needs a full quarter',
      decidedBy: 'executive.ganbold',
    },
  ],
  kpis: [
    {
      id: 'certification-time-median',
      name: { en: 'Time to certify (median)', mn: 'Гэрчилгээжүүлэх хугацаа (медиан)' },
      unit: 'days',
      direction: 'lower',
      trend: figures([112, 104, 97.5, null, 91, 88, 84.5], (value) => value <= 90),
    },
    {
      id: 'decided-within-time-limit',
      name: { en: 'Decided within the legal time limit', mn: 'Хуулийн хугацаанд шийдвэрлэсэн' },
      unit: 'share',
      direction: 'higher',
      trend: figures([0.8, 0.82, 0.86, 0.88, 0.9, 0.93, 0.9], (value) => value >= 0.95),
    },
  ],
  benefits: {
    available: true,
    measurements: [
      {
        asOf: '2027-10-01T00:05:00.000Z',
        milestone: null,
        companies: 2,
        certified: 2,
        before: figures3(840, 0.21, 0.08, 0, 0, 30_240),
        after: figures3(910, 0.06, 0.02, 0.92, 0.4, 9_000),
        peers: figures3(4_120, 0.19, 0.07, 0, 0, 27_000),
      },
    ],
  },
  evaluation: {
    audiences: [
      { audience: 'internal', questionnaires: 1, responses: 14, scaleMean: 3.9, yesShare: 0.71 },
      { audience: 'external', questionnaires: 1, responses: 4, scaleMean: 4.25, yesShare: 1 },
    ],
    lessons: [
      {
        category: 'process',
        lesson: 'The validation visits took longer than planned',
        recommendation: 'Plan two validators per company in full operation',
      },
    ],
  },
  deviations: [
    {
      caseId: 'decided-within-time-limit:national:2027-05',
      kpiId: 'decided-within-time-limit',
      kpiName: { en: 'Decided within the legal time limit', mn: 'Хуулийн хугацаанд шийдвэрлэсэн' },
      unit: 'share',
      scope: 'national',
      period: '2027-05',
      value: 0.86,
      phase: 'closed',
      openedAt: '2027-06-02T03:00:00.000Z',
      closedAt: '2027-08-20T03:00:00.000Z',
    },
  ],
  recommendations: 'Extend the programme to all customs regions from 2028.',
};
