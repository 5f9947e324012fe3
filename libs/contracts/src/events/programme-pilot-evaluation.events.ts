import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { isoDateTime, regionCode, safeText, uuid } from './common';
import { type EventDefinition, eventsOn } from './define-event';

const evaluationEvent = eventsOn(TOPIC_NAMES.pilotEvents, 'pilot');

const text = (max: number) => safeText.trim().min(1).max(max);

/** Who a pilot questionnaire asks: `internal` customs staff, or the `external` pilot companies. */
export const PILOT_QUESTIONNAIRE_AUDIENCES = ['internal', 'external'] as const;
/** What a question asks for: a mark on a scale of 1 to 5, yes or no, or a free text. */
export const PILOT_QUESTION_KINDS = ['scale', 'yes-no', 'text'] as const;
/** What a lesson learnt is about. */
export const PILOT_LESSON_CATEGORIES = [
  'process',
  'procedure',
  'documentation',
  'it-system',
  'risk-management',
  'benefits',
  'training',
  'communication',
  'mra',
  'other',
] as const;

const bilingual = z.object({ mn: text(300), en: text(300) });

/** What every event about a questionnaire carries, so that consumers need no look-up. */
const questionnaireRef = {
  pilotId: uuid,
  questionnaireId: uuid,
  audience: z.enum(PILOT_QUESTIONNAIRE_AUDIENCES),
  title: bilingual,
  /** Who took the step (token subject). */
  by: text(200),
  at: isoDateTime,
};

export const PilotQuestionnaireCreated = evaluationEvent({
  type: 'aeo.programme-pilot-evaluation.questionnaire-created.v1',
  summary: 'The policy unit drafted an evaluation questionnaire of a pilot for customs staff or the pilot companies.',
  internal: true,
  schema: z.object({ ...questionnaireRef, questions: z.number().int().min(1).max(100) }),
});

export const PilotQuestionnaireOpened = evaluationEvent({
  type: 'aeo.programme-pilot-evaluation.questionnaire-opened.v1',
  summary:
    'The policy unit opened a pilot’s evaluation questionnaire for answers until its closing time; an internal one asks customs staff with this event (once), an external one its companies through aeo.programme-pilot-evaluation.response-requested.v1.',
  internal: true,
  schema: z.object({ ...questionnaireRef, questions: z.number().int().min(1).max(100), closesAt: isoDateTime }),
});

export const PilotQuestionnaireResponseRequested = evaluationEvent({
  type: 'aeo.programme-pilot-evaluation.response-requested.v1',
  summary:
    'A pilot company is asked to answer an opened external evaluation questionnaire (its users answer as the company); one per company taking part. Internal questionnaires are not asked per company (customs staff are asked by questionnaire-opened.v1).',
  internal: true,
  schema: z.object({
    ...questionnaireRef,
    closesAt: isoDateTime,
    taxpayerId: text(64),
    operatorId: uuid.nullable(),
    region: regionCode,
  }),
});

export const PilotQuestionnaireClosed = evaluationEvent({
  type: 'aeo.programme-pilot-evaluation.questionnaire-closed.v1',
  summary:
    'The policy unit closed a pilot’s evaluation questionnaire before its closing time, or its pilot was cancelled (by system:pilot-cancellation, reason pilot cancelled): no more answers.',
  internal: true,
  schema: z.object({ ...questionnaireRef, responses: z.number().int().min(0), reason: text(2000).optional() }),
});

export const PilotQuestionnaireAnswered = evaluationEvent({
  type: 'aeo.programme-pilot-evaluation.questionnaire-answered.v1',
  summary:
    'A respondent answered a pilot’s evaluation questionnaire (once per respondent: a staff member, or a company by one of its users).',
  internal: true,
  schema: z.object({
    ...questionnaireRef,
    responseId: uuid,
    /** The staff member's token subject (internal), or the company's taxpayer id (external). */
    respondent: text(200),
    answers: z.number().int().min(0).max(100),
  }),
});

export const PilotLessonRecorded = evaluationEvent({
  type: 'aeo.programme-pilot-evaluation.lesson-recorded.v1',
  summary:
    'The policy unit recorded a lesson learnt from a pilot, with its recommendation for full operation and the questions or milestones it rests on.',
  internal: true,
  schema: z.object({
    pilotId: uuid,
    lessonId: uuid,
    category: z.enum(PILOT_LESSON_CATEGORIES),
    lesson: text(5000),
    recommendation: text(5000),
    questionRefs: z.array(z.object({ questionnaireId: uuid, questionId: text(8) })).max(50),
    milestoneIds: z.array(uuid).max(50),
    by: text(200),
    at: isoDateTime,
  }),
});

export const PROGRAMME_PILOT_EVALUATION_EVENTS: readonly EventDefinition[] = [
  PilotQuestionnaireCreated,
  PilotQuestionnaireOpened,
  PilotQuestionnaireResponseRequested,
  PilotQuestionnaireClosed,
  PilotQuestionnaireAnswered,
  PilotLessonRecorded,
];
