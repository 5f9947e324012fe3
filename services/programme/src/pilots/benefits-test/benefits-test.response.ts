import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { responseInstant } from '@aeo/service-kit';
import { MAX_COMPARABLE_TRADERS } from './benefits-test-figures';

/** What each figure of the benefits test means; answered with every test, so a report can quote it. */
export const BENEFITS_TEST_DEFINITIONS = {
  certification:
    'A pilot company (accepted into the pilot) is certified once an AEO authorisation is granted to its operator (the first grant the programme’s facts hold for the operator id the selection recorded with the company); its declarations are those whose trader taxpayer id is the company’s.',
  windows:
    'after: from the certification for windowDays, cut at the moment measured (asOf); before: a window of the same length ending at the certification. A declaration belongs to a window by its lodgement time.',
  declarations:
    'The sample: declarations lodged in the window whose lodgement and channel decision have both arrived (aeo.declaration.lodged.v1 and aeo.channel.decided.v1; should two decisions come, the earliest counts).',
  documentaryRate: 'Declarations controlled documentarily (yellow channel) over the sample; null for an empty sample.',
  physicalRate: 'Declarations inspected physically (red channel) over the sample; null for an empty sample.',
  benefitShare:
    'Declarations that received an AEO benefit over the sample: released without control (green) under the AEO standing the decision applied (as the programme’s benefit KPIs count it); null for an empty sample.',
  priorityShare:
    'Declarations whose channel decision gave priority treatment (priority: true) over the sample; null for an empty sample.',
  decisionTime:
    'Seconds from a declaration’s lodgement to its channel decision (both stated by their events), mean and median over the sample; null for an empty sample. The summaries pool the mean only (median null).',
  peers: `Comparable traders: not accepted into any pilot and never under an AEO standing in any channel decision the facts hold, whose decided declarations lodged in the company’s region in its after-window number within the volume band (the company’s own decided declarations in that window divided and multiplied by volumeBand, rounded inwards; none for a company without declarations). At most maxTraders (${MAX_COMPARABLE_TRADERS}) of them are taken: those whose volume is closest to the company’s, then by taxpayer id; eligibleTraders counts all that qualified, traders those taken. The declarations of the traders taken, in that region and window, are pooled as one sample (declarations is its size).`,
  differences:
    'afterVersusBefore: each figure after minus before; afterVersusPeers: the company after minus its comparable traders (rates as fractions, times in seconds); null when either figure is.',
  measurements:
    'One measurement as of the end of each milestone due date that has passed (00:00 UTC the day after), in due order, and one as of now; each counts the declarations lodged before it, as the facts hold them when asked.',
  summary:
    'The certified companies in scope pooled: their counts added (a trader comparable to two companies counts for each), the mean decision time weighted by each sample.',
} as const;

const share = (what: string) =>
  z.number().nullable().describe(`${what}: a fraction, 6 decimals; null for an empty sample`);

export const figuresSchema = z.object({
  declarations: z.number().int().describe('The sample (see definitions.declarations)'),
  documentary: z.number().int().describe('Yellow channel'),
  physical: z.number().int().describe('Red channel'),
  benefited: z.number().int().describe('Green under an AEO standing'),
  priority: z.number().int().describe('Priority treatment'),
  documentaryRate: share('documentary / declarations'),
  physicalRate: share('physical / declarations'),
  benefitShare: share('benefited / declarations'),
  priorityShare: share('priority / declarations'),
  decisionTime: z.object({
    sample: z.number().int(),
    meanSeconds: z.number().nullable().describe('3 decimals; null for an empty sample'),
    medianSeconds: z.number().nullable().describe('3 decimals; null for an empty sample (always in a summary)'),
  }),
});

const windowFigures = figuresSchema.extend({ from: responseInstant, to: responseInstant });

export const differencesSchema = z.object({
  documentaryRate: z.number().nullable(),
  physicalRate: z.number().nullable(),
  benefitShare: z.number().nullable(),
  priorityShare: z.number().nullable(),
  meanDecisionSeconds: z.number().nullable(),
  medianDecisionSeconds: z.number().nullable(),
});

export const companyTestSchema = z.object({
  taxpayerId: z.string(),
  operatorId: z.uuid().nullable(),
  region: z.string(),
  certification: z
    .object({ authorisationNumber: z.string(), statusType: z.string(), certifiedAt: responseInstant })
    .nullable()
    .describe('null: not certified as of this measurement (no figures then)'),
  windowDays: z.number().nullable().describe('The after-window’s length in days (3 decimals)'),
  before: windowFigures.nullable(),
  after: windowFigures.nullable(),
  peers: windowFigures
    .extend({
      traders: z.number().int().describe('Comparable traders taken: their declarations are the sample'),
      eligibleTraders: z
        .number()
        .int()
        .describe('Comparable traders that qualified; when more than maxTraders, the closest in volume were taken'),
      maxTraders: z.number().int().describe('The most comparable traders taken for one company and window'),
      volumeBand: z.object({
        companyVolume: z.number().int().describe('The company’s decided declarations in its after-window'),
        min: z.number().int(),
        max: z.number().int(),
      }),
    })
    .nullable(),
  afterVersusBefore: differencesSchema.nullable(),
  afterVersusPeers: differencesSchema.nullable(),
});

export const measurementSchema = z.object({
  asOf: responseInstant,
  milestone: z
    .object({ id: z.uuid(), title: z.string(), dueOn: z.string() })
    .nullable()
    .describe('The milestone whose due date this measurement closes; null for now'),
  companies: z.array(companyTestSchema).describe('The pilot’s accepted companies in scope, by taxpayer id'),
  summary: z.object({
    companies: z.number().int(),
    certified: z.number().int(),
    before: figuresSchema,
    after: figuresSchema,
    peers: figuresSchema,
    afterVersusBefore: differencesSchema,
    afterVersusPeers: differencesSchema,
  }),
});

export const benefitsTestSchema = z.object({
  pilotId: z.uuid(),
  computedAt: responseInstant,
  windowDays: z.number().int(),
  volumeBand: z.number(),
  region: z.string().nullable().describe('The companies’ region the test is narrowed to; null: every region'),
  definitions: z
    .object(
      Object.fromEntries(Object.keys(BENEFITS_TEST_DEFINITIONS).map((key) => [key, z.string()])) as Record<
        keyof typeof BENEFITS_TEST_DEFINITIONS,
        z.ZodString
      >,
    )
    .describe('What each figure means'),
  measurements: z.array(measurementSchema),
});
export type BenefitsTest = z.input<typeof benefitsTestSchema>;
export type CompanyTest = z.input<typeof companyTestSchema>;
export type Measurement = z.input<typeof measurementSchema>;
export class BenefitsTestDto extends createZodDto(benefitsTestSchema) {}
