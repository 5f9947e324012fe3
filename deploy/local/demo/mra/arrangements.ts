/**
 * The demo arrangements and the steps that take each from where it is to its demo phase, as pure
 * data: China (GACC) operational (compared, visited, negotiated, signed, data exchange tested),
 * Korea (KCS) in negotiation. The loader (load-mra-demo-data.ts) sends these steps through the mra
 * service's REST API; a step already taken is never planned again, so a second run changes nothing.
 */
import { MRA_PHASES, type MraPhase, type MraTerms } from '@aeo/contracts';
import type { ArrangementStepInput } from '@aeo/workflows';

type WithoutPerson<S> = S extends unknown ? Omit<S, 'by' | 'byRoles'> : never;
/** The steps the demo takes, as the arrangement API takes them (the workflow's step without the person, which the API sets). */
export type DemoStep = WithoutPerson<
  Extract<
    ArrangementStepInput,
    {
      step:
        'advance' | 'record-comparison' | 'record-visit' | 'record-negotiation-round' | 'sign' | 'record-exchange-test';
    }
  >
>;
type AdvanceTarget = Extract<DemoStep, { step: 'advance' }>['to'];

export interface DemoArrangement {
  partnerCountry: string;
  partnerAdministration: string;
  title: string;
  /** Where the demo leaves it. */
  target: 'negotiation' | 'operational';
  /** Per phase, what is recorded in it before it moves on (the sign step moves negotiation to signed). */
  work: Partial<Record<MraPhase, DemoStep[]>>;
}

export const CHINA_TERMS: MraTerms = {
  statusTypes: ['AEOS', 'AEOF'],
  directions: ['import', 'export'],
  benefitsWeGrant: ['reduced-physical-controls', 'reduced-document-controls', 'priority-clearance'],
  benefitsPartnerGrants: ['reduced-physical-controls', 'reduced-document-controls', 'priority-clearance'],
};

const COMPARISON: Extract<DemoStep, { step: 'record-comparison' }>['entries'] = [
  {
    ourCriterion: 'compliance.infringements',
    partnerCriterion:
      'No serious violation of customs laws in the last year (Advanced Certified Enterprise standard 1.2)',
    assessment: 'equivalent',
  },
  {
    ourCriterion: 'accounting.internal-control',
    partnerCriterion: 'Internal control system covering import and export operations (standard 2.1)',
    assessment: 'equivalent',
  },
  {
    ourCriterion: 'solvency.statements',
    partnerCriterion: 'Assets-to-liabilities ratio below 95% (standard 3.1)',
    assessment: 'partially-equivalent',
    note: 'GACC tests a ratio; we review three years of audited statements. Accepted as equivalent in effect.',
  },
  {
    ourCriterion: 'security.premises',
    partnerCriterion: 'Premises security: fences, lighting, access control (standard 4.3)',
    assessment: 'equivalent',
  },
  {
    ourCriterion: 'security.business-partners',
    partnerCriterion: 'Business partner security requirements (standard 4.7)',
    assessment: 'gap',
    note: 'GACC does not yet require written security declarations from carriers; to be covered by the joint validation.',
  },
];

export const DEMO_ARRANGEMENTS: readonly DemoArrangement[] = [
  {
    partnerCountry: 'CN',
    partnerAdministration: 'General Administration of Customs of China',
    title: 'Mongolia–China AEO mutual recognition arrangement',
    target: 'operational',
    work: {
      preparation: [],
      'programme-comparison': [{ step: 'record-comparison', entries: COMPARISON }],
      'joint-validation': [
        {
          step: 'record-visit',
          date: '2026-06-16',
          site: 'Zamyn-Uud bonded warehouse',
          operator: 'Zamyn-Uud Border Warehouse LLC',
          ourObservations: ['Access control and CCTV at the loading bay meet our security criteria.'],
          partnerObservations: ['Seal verification at arrival and departure corresponds to GACC practice.'],
        },
        {
          step: 'record-visit',
          date: '2026-07-08',
          site: 'Erenhot railway port logistics centre',
          ourObservations: ['Business partner security declarations are now collected from carriers.'],
          partnerObservations: ['The gap found in the comparison (business partner security) is closed.'],
        },
      ],
      negotiation: [
        {
          step: 'record-negotiation-round',
          date: '2026-09-10',
          notes: 'Ulaanbaatar round: scope (AEOS and AEOF, imports and exports) and benefits agreed.',
        },
        {
          step: 'sign',
          text: 'Arrangement between the Customs General Administration of Mongolia and the General Administration of Customs of China on the mutual recognition of Authorized Economic Operators (demo text).',
          signedOn: '2026-10-01',
          terms: CHINA_TERMS,
        },
      ],
      signed: [],
      implementation: [
        {
          step: 'record-exchange-test',
          date: '2026-11-20',
          outcome: 'passed',
          notes: 'Both lists exchanged, signatures verified, identifiers matched.',
        },
      ],
    },
  },
  {
    partnerCountry: 'KR',
    partnerAdministration: 'Korea Customs Service',
    title: 'Mongolia–Korea AEO mutual recognition arrangement',
    target: 'negotiation',
    work: {
      preparation: [],
      'programme-comparison': [
        {
          step: 'record-comparison',
          entries: [
            {
              ourCriterion: 'compliance.infringements',
              partnerCriterion: 'Legal compliance (AEO standard 1)',
              assessment: 'equivalent',
            },
            {
              ourCriterion: 'security.premises',
              partnerCriterion: 'Safety and security: facilities and equipment (AEO standard 4)',
              assessment: 'equivalent',
            },
          ],
        },
      ],
      'joint-validation': [
        {
          step: 'record-visit',
          date: '2026-10-14',
          site: 'Ulaanbaatar rail container terminal',
          ourObservations: ['Container seals are recorded at entry and exit.'],
          partnerObservations: ['Physical security matches KCS AEO standard 4.'],
        },
      ],
      negotiation: [
        {
          step: 'record-negotiation-round',
          date: '2026-11-25',
          notes: 'First round in Seoul: scope and the benefits each side grants discussed.',
        },
      ],
    },
  },
];

/** The phases in the order the demo walks them: up to operational (suspension and termination are not part of it). */
const WALK: readonly MraPhase[] = MRA_PHASES.slice(0, MRA_PHASES.indexOf('operational') + 1);

/**
 * The steps that take the arrangement from its `current` phase (a new one starts in preparation)
 * to its target: each phase's work, then the move to the next phase (signing moves negotiation
 * on by itself), and in the target phase the work that does not move it on (Korea's first
 * negotiation round). Nothing once it is at or past its target, nor for an arrangement the demo
 * does not walk (suspended, terminated): a second run plans nothing.
 */
export function stepsToTarget(arrangement: DemoArrangement, current: MraPhase): DemoStep[] {
  const from = WALK.indexOf(current);
  const to = WALK.indexOf(arrangement.target);
  if (from < 0 || from >= to) return [];
  const steps: DemoStep[] = [];
  for (let i = from; i < to; i++) {
    const work = arrangement.work[WALK[i]] ?? [];
    steps.push(...work);
    if (!work.some((step) => step.step === 'sign'))
      steps.push({ step: 'advance', to: WALK[i + 1] as AdvanceTarget, note: `Demo: ${WALK[i]} done.` });
  }
  steps.push(...(arrangement.work[arrangement.target] ?? []).filter((step) => step.step !== 'sign'));
  return steps;
}

export type DemoRole = 'mra-officer' | 'executive';

/** Who takes a step: signing needs an executive, everything else is the MRA officer's. */
export const roleFor = (step: DemoStep): DemoRole => (step.step === 'sign' ? 'executive' : 'mra-officer');
