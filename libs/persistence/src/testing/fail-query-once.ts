import type { DataSource } from 'typeorm';

/**
 * Makes the first statement matching `pattern` on any session the data source creates from now on
 * fail, as on a connection lost meanwhile; returns how many failed so far and the restore.
 */
export function failQueryOnce(dataSource: DataSource, pattern: RegExp): { failed: () => number; restore: () => void } {
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  let failed = 0;
  const sessions = jest.spyOn(dataSource, 'createQueryRunner').mockImplementation((...args) => {
    const runner = createQueryRunner(...args);
    const query = runner.query.bind(runner);
    runner.query = ((sql: string, ...rest: never[]) =>
      pattern.test(sql) && failed++ === 0
        ? Promise.reject(new Error('Connection terminated unexpectedly'))
        : query(sql, ...rest)) as typeof runner.query;
    return runner;
  });
  return { failed: () => failed, restore: () => sessions.mockRestore() };
}
