import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { createPilotSchema } from './core/pilots.schemas';
import { newQuestionnaireSchema, newResponseSchema, questionnaireOpeningSchema } from './evaluation/evaluation.schemas';
import { approvalSchema } from './final-report/final-report.schemas';
import { acceptanceSchema } from './invitations/invitations.schemas';
import { choiceSchema, selectionTermsSchema, shortlistRequestSchema } from './selection/selection.schemas';
import { officerAssignmentSchema } from './contact-officers/contact-officers.schemas';
import { attendanceSchema, newSessionSchema, registrationSchema } from './training/training.schemas';

/** Each route of the pilot examples (its path, the ids as shell variables) and the schema of its body. */
const ROUTES: [RegExp, z.ZodType][] = [
  [/^\/v1\/pilots$/, createPilotSchema],
  [/^\/v1\/pilots\/\$PILOT\/selection-terms$/, selectionTermsSchema],
  [/^\/v1\/pilots\/\$PILOT\/shortlists$/, shortlistRequestSchema],
  [/^\/v1\/pilots\/\$PILOT\/participants$/, choiceSchema],
  [/^\/v1\/pilots\/\$PILOT\/invitations\/\d+\/acceptance$/, acceptanceSchema],
  [/^\/v1\/pilots\/\$PILOT\/companies\/\d+\/contact-officer$/, officerAssignmentSchema],
  [/^\/v1\/pilots\/\$PILOT\/training-sessions$/, newSessionSchema],
  [/^\/v1\/pilots\/\$PILOT\/training-sessions\/\$SESSION\/registrations$/, registrationSchema],
  [/^\/v1\/pilots\/\$PILOT\/training-sessions\/\$SESSION\/attendance$/, attendanceSchema],
  [/^\/v1\/pilots\/\$PILOT\/questionnaires$/, newQuestionnaireSchema],
  [/^\/v1\/pilots\/\$PILOT\/questionnaires\/\$QUESTIONNAIRE\/opening$/, questionnaireOpeningSchema],
  [/^\/v1\/pilots\/\$PILOT\/questionnaires\/\$QUESTIONNAIRE\/responses$/, newResponseSchema],
  [/^\/v1\/pilots\/\$PILOT\/final-report\/approval$/, approvalSchema],
];

/**
 * docs/services/programme-pilots.md's pilot examples: `api $TOKEN <path> '<body>'` (POST) and
 * `put $TOKEN <path> '<body>'` (an id spliced in as `"'$ID'"`).
 */
function readmeExamples(): { method: 'POST' | 'PUT'; path: string; body: unknown }[] {
  const readme = readFileSync(join(__dirname, '../../../../docs/services/programme-pilots.md'), 'utf8');
  const start = readme.indexOf('Request bodies, for example');
  const block = readme.slice(start, readme.indexOf('```\n', readme.indexOf('```bash', start) + 7));
  return [...block.matchAll(/^\s*(api|put) \$\w+ (\S+) '((?:[^']|'\$\w+')*)'/gm)].map(([, verb, path, body]) => ({
    method: verb === 'put' ? ('PUT' as const) : ('POST' as const),
    path: path!,
    body: JSON.parse(body!.replace(/'\$\w+'/g, '00000000-0000-4000-8000-000000000001')),
  }));
}

describe('the pilot request examples of docs/services/programme-pilots.md', () => {
  const examples = readmeExamples();

  it('has one for each route it shows', () => {
    expect(examples.map(({ path }) => ROUTES.findIndex(([route]) => route.test(path)))).toEqual(
      ROUTES.map((_, i) => i),
    );
  });

  it.each(examples.map((example) => [example.method, example.path, example.body] as const))(
    '%s %s: its body is valid',
    (_method, path, body) => {
      const [, schema] = ROUTES.find(([route]) => route.test(path))!;
      const parsed = schema.safeParse(body);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    },
  );
});
