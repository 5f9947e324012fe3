import { orphanedQueryModules, staleQueryModules } from './sql-types';

jest.setTimeout(180_000);

describe('typed SQL', () => {
  it('every generated *.queries.ts matches its .sql and the schema the migrations build (run `npm run sql-types` to refresh)', async () => {
    expect(await staleQueryModules()).toEqual([]);
  });

  it('no generated module outlives its .sql file', () => {
    expect(orphanedQueryModules()).toEqual([]);
  });
});
