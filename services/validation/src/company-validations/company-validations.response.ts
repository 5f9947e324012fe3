import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { STATUS_TYPES } from '@aeo/contracts';
import { deadlineSchemaOf, pageSchemaOf, responseInstant } from '@aeo/service-kit';
import { CASE_PURPOSES, CASE_STATUSES, RECOMMENDATIONS } from '../validation-cases/validation-case';

/** Calendar days left in the programme's zone, as the work queues count them. */
const daysLeft = deadlineSchemaOf(['visit', 'corrective-action'], 'A due date').shape.daysLeft;

/**
 * A validation case as its operator sees it: what it is about, where it stands and the report's
 * outcome once submitted. Never the risk score, the validator, the findings, notes nor the report's
 * summary: those are customs' own.
 */
export const companyValidationSchema = z.object({
  caseId: z.uuid(),
  purpose: z.enum(CASE_PURPOSES).describe('Certification of an application, or revalidation of an authorisation'),
  applicationId: z.uuid(),
  authorisationNumber: z.string().nullable().describe('The authorisation revalidated (revalidation cases)'),
  cycle: z.number().int().nullable().describe('The revalidation cycle (revalidation cases)'),
  statusType: z.enum(STATUS_TYPES).nullable(),
  status: z
    .enum(CASE_STATUSES)
    .describe('open; reported (the report is final); closed (its process ended before a report)'),
  openedAt: responseInstant,
  siteVisitRequired: z.boolean().describe('A site visit is part of this validation'),
  report: z
    .object({
      outcome: z.enum(RECOMMENDATIONS).describe('The validator’s recommendation to the decision maker'),
      conditions: z.array(z.string()).describe('Conditions recommended with a grant'),
      submittedAt: responseInstant,
    })
    .nullable()
    .describe('The report’s outcome once submitted (status reported); null before'),
  closedAt: responseInstant.nullable(),
});
export type CompanyValidation = z.input<typeof companyValidationSchema>;

export class CompanyValidationPageDto extends createZodDto(pageSchemaOf(companyValidationSchema)) {}

/** A site visit's notice: announced at least VISIT_NOTICE_DAYS ahead, with its place. */
export const visitNoticeSchema = z.object({
  visitId: z.uuid(),
  scheduledFor: responseInstant.describe('The visit’s date and time'),
  place: z.string().nullable().describe('Where the visit is held; null: the company’s registered premises'),
  announcedAt: responseInstant,
  noticeDays: z.number().int().describe('Calendar days between the announcement and the visit (the notice given)'),
  daysLeft,
  held: z.boolean().describe('The validator recorded the visit as held'),
  heldAt: responseInstant.nullable(),
});

/** A corrective action the operator is asked to answer, and the route that answers it while it is open. */
export const actionToAnswerSchema = z.object({
  actionId: z.uuid(),
  questionId: z.string(),
  criterion: z
    .object({ en: z.string(), mn: z.string() })
    .nullable()
    .describe('The criterion question’s text in English and Mongolian'),
  description: z.string().describe('What is to be corrected'),
  requestedAt: responseInstant,
  dueBy: responseInstant,
  daysLeft,
  overdue: z.boolean().describe('Not answered and its due instant has passed'),
  response: z.string().nullable(),
  respondedAt: responseInstant.nullable(),
  answerLink: z
    .string()
    .nullable()
    .describe('The API path that answers it (POST), while unanswered in an open case; null otherwise'),
});

export const companyValidationDetailSchema = companyValidationSchema.extend({
  siteVisits: z.array(visitNoticeSchema).describe('Site visits announced, by date'),
  correctiveActions: z.array(actionToAnswerSchema).describe('Corrective actions requested, oldest first'),
});
export type CompanyValidationDetail = z.input<typeof companyValidationDetailSchema>;
export class CompanyValidationDetailDto extends createZodDto(companyValidationDetailSchema) {}
