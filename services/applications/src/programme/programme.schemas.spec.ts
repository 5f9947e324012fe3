import { programmeVersionParamsSchema } from './programme.schemas';

describe('programme version parameter', () => {
  it('accepts versions PostgreSQL can hold and refuses larger ones (found by the API fuzzing: a 500 before)', () => {
    expect(programmeVersionParamsSchema.parse({ version: '2147483647' })).toEqual({ version: 2147483647 });
    const tooBig = programmeVersionParamsSchema.safeParse({ version: '9007199254740990' });
    expect(tooBig.success).toBe(false);
    expect(tooBig.error?.issues[0]?.path).toEqual(['version']);
  });
});
