import { DEFAULT_PROGRAMME } from './default-programme';
import { programmeDocumentSchema, programmeVersionParamsSchema } from './programme.schemas';

describe('programme version parameter', () => {
  it('accepts versions PostgreSQL can hold and refuses larger ones (found by the API fuzzing: a 500 before)', () => {
    expect(programmeVersionParamsSchema.parse({ version: '2147483647' })).toEqual({ version: 2147483647 });
    const tooBig = programmeVersionParamsSchema.safeParse({ version: '9007199254740990' });
    expect(tooBig.success).toBe(false);
    expect(tooBig.error?.issues[0]?.path).toEqual(['version']);
  });
});

describe('the default programme', () => {
  it('explains every status type (description, benefits) and every question (help), in en and mn', () => {
    const document = programmeDocumentSchema.parse(DEFAULT_PROGRAMME);
    for (const type of document.statusTypes) {
      expect(type.description?.en && type.description.mn).toBeTruthy();
      expect(type.benefits?.length).toBeGreaterThan(2);
    }
    const questions = document.sections.flatMap((section) => section.questions);
    expect(questions.filter((question) => !question.help?.en || !question.help.mn)).toEqual([]);
    // AEOF has both statuses' benefits, each once.
    const aeof = document.statusTypes.find((type) => type.code === 'AEOF')!;
    expect(new Set(aeof.benefits!.map((b) => b.en)).size).toBe(aeof.benefits!.length);
  });

  it('still accepts a stored version without them (the fields are optional)', () => {
    const bare = {
      ...DEFAULT_PROGRAMME,
      statusTypes: DEFAULT_PROGRAMME.statusTypes.map(({ code, name, sections }) => ({ code, name, sections })),
      sections: DEFAULT_PROGRAMME.sections.map((section) => ({
        ...section,
        questions: section.questions.map(({ help: _help, ...question }) => question),
      })),
    };
    expect(programmeDocumentSchema.safeParse(bare).success).toBe(true);
  });
});
