/**
 * What the pilot demo leaves behind: the two pilots, their companies (the demo's own, by taxpayer
 * id) and where each one is left. Dates are relative to the day the demo is loaded.
 */
const DAY_MS = 86_400_000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/** A company the demo registered, with its operator id and the stage its application was left at. */
export interface PilotDemoCompany {
  taxpayerId: string;
  name: string;
  region: string;
  operatorId: string;
  stage: string;
}

/** A company of a pilot: why it is chosen, how it answers, and how far it goes. */
export interface PilotCompanyPlan {
  taxpayerId: string;
  reason: string;
  /** `none`: its invitation is left open. */
  answer: 'accept' | 'decline' | 'none';
  declineReason?: string;
  comment?: string;
  /** A declined candidate it replaces. */
  replacing?: string;
  contactOfficer?: boolean;
  /** `trained`: attended every required session; `in-training`: one of two, registered for the repeat. */
  training?: 'trained' | 'in-training';
}

export interface DemoPilot {
  code: string;
  /** The body of `POST /v1/pilots`. */
  body: Record<string, unknown>;
  /** Companies are chosen before the start (the closed pilot, whose dates are past) or while it runs. */
  selectBeforeStart: boolean;
  companies: PilotCompanyPlan[];
  /** Milestones (by title) reported done with evidence. */
  milestonesDone: string[];
}

export const draftProgramme = {
  eligibilityCriteria: {
    mn: 'Сүүлийн гурван жилд гаалийн ноцтой зөрчилгүй, санхүүгийн тогтвортой, аюулгүй байдлын төлөвлөгөөтэй аж ахуйн нэгж.',
    en: 'No serious customs infringement in the last three years, sound finances and a security plan for the premises.',
  },
  benefits: {
    mn: 'Баримт бичгийн болон биет шалгалт цөөрнө, мэдүүлэг түргэн шийдвэрлэгдэнэ, хариуцсан ажилтан томилогдоно.',
    en: 'Fewer documentary and physical controls, faster release and a contact officer of its own.',
  },
  validationProcess: {
    mn: 'Өөрийн үнэлгээ, баримт бичгийн хяналт, газар дээрх баталгаажуулалт, удирдлагын шийдвэр.',
    en: 'Self-assessment, desk review, a site visit and the executive’s decision.',
  },
};

const OWNER = 'demo-policy-unit';

export const RUNNING_PILOT: DemoPilot = {
  code: 'DEMO-PILOT-RUNNING',
  selectBeforeStart: false,
  body: {
    code: 'DEMO-PILOT-RUNNING',
    title: 'AEO pilot with five partner companies',
    description: 'The pilot that precedes full operation: selection, training, certification and the benefits test.',
    startsOn: dateIn(-30),
    endsOn: dateIn(150),
    maxCompanies: 4,
    objectives: [
      { text: 'Certify the pilot companies within 90 days', kpiCode: 'certification-time-median', target: 90 },
      {
        text: 'Halve the documentary controls of the certified companies',
        kpiCode: 'aeo-documentary-control-rate',
        target: 0.1,
      },
    ],
    workstreams: [
      { kind: 'companies', description: 'Choose, consult and invite the pilot companies.' },
      { kind: 'training', description: 'Train the companies’ managers and staff.' },
      { kind: 'mra-base-work', description: 'Base work with the priority partner (China).' },
      { kind: 'it-readiness', description: 'The risk management component under pilot traffic.' },
      { kind: 'evaluation', description: 'Questionnaires to customs staff and the companies.' },
    ],
    milestones: [
      { title: 'Draft programme sent to the candidates', workstream: 'companies', dueOn: dateIn(2), owner: OWNER },
      {
        title: 'MRA base work: criteria compared with GACC',
        workstream: 'mra-base-work',
        dueOn: dateIn(5),
        owner: 'demo-mra-officer',
      },
      {
        title: 'IT readiness: risk engine tested with pilot traffic',
        workstream: 'it-readiness',
        dueOn: dateIn(-3),
        owner: 'demo-operations',
      },
      { title: 'Company staff trained', workstream: 'training', dueOn: dateIn(40), owner: OWNER },
      { title: 'Evaluation questionnaires answered', workstream: 'evaluation', dueOn: dateIn(130), owner: OWNER },
    ],
  },
  companies: [
    {
      taxpayerId: '5012345',
      reason: 'The largest importer of the region by customs value, already certified.',
      answer: 'accept',
      contactOfficer: true,
      training: 'trained',
    },
    {
      taxpayerId: '5034567',
      reason: 'A manufacturer and exporter whose application is in validation.',
      answer: 'accept',
      contactOfficer: true,
      training: 'trained',
    },
    {
      taxpayerId: '5056789',
      reason: 'A border warehouse: the pilot needs the storage part of the supply chain.',
      answer: 'accept',
      comment: 'Is the site visit shortened for pilot companies?',
      contactOfficer: true,
      training: 'in-training',
    },
    {
      taxpayerId: '5045678',
      reason: 'A large exporter of the western region.',
      answer: 'decline',
      declineReason: 'Our application was refused; we will apply again before taking part in a pilot.',
    },
    {
      taxpayerId: '5078901',
      reason: 'Replaces the declined exporter: the next exporter of the shortlist.',
      answer: 'none',
      replacing: '5045678',
    },
  ],
  milestonesDone: ['Draft programme sent to the candidates', 'MRA base work: criteria compared with GACC'],
};

export const CLOSED_PILOT: DemoPilot = {
  code: 'DEMO-PILOT-CLOSED',
  selectBeforeStart: true,
  body: {
    code: 'DEMO-PILOT-CLOSED',
    title: 'First AEO pilot (fuel and grain importers)',
    description: 'An earlier pilot with two importers, ended.',
    startsOn: dateIn(-400),
    endsOn: dateIn(-220),
    maxCompanies: 2,
    objectives: [
      { text: 'Certify both pilot companies within 120 days', kpiCode: 'certification-time-median', target: 120 },
    ],
    workstreams: [
      { kind: 'companies', description: 'Two importers of the eastern and northern regions.' },
      { kind: 'evaluation', description: 'Lessons for the second pilot.' },
    ],
  },
  companies: [
    { taxpayerId: '5089012', reason: 'The largest fuel importer of the eastern region.', answer: 'accept' },
    { taxpayerId: '5067890', reason: 'A grain importer at the northern border.', answer: 'accept' },
  ],
  milestonesDone: [],
};
