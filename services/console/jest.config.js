// The console's tests: component tests (src/**/*.spec.tsx) in jsdom; the server's specs and the
// end-to-end tests in a real Chromium (e2e/*.e2e-spec.ts) say `@jest-environment node` at their top.
const base = require('../../jest.preset.js');
const { compilerOptions } = require('../../tsconfig.base.json');

// The e2e specs use the platform's libraries (@aeo/testing): their tsconfig paths, which the
// browser app's own tsconfig does not have.
const libraries = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([name, [path]]) => [`^${name}$`, `<rootDir>/../../${path}`]),
);

module.exports = {
  ...base,
  displayName: 'console',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  moduleFileExtensions: ['tsx', 'ts', 'js', 'json'],
  transform: {
    ...base.transform,
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleNameMapper: { '\\.css$': '<rootDir>/jest/style-stub.js', ...libraries },
  setupFilesAfterEnv: ['<rootDir>/jest/setup-dom.js'],
  // A page's first render in jsdom (Mantine, the router, i18next) takes seconds on a loaded two-core machine: the
  // specs wait up to 10 s for their first rows, so the test itself may take longer than Jest's default 5 s.
  testTimeout: 30_000,
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/src/**/*.spec.tsx',
    '<rootDir>/server/**/*.spec.ts',
    '<rootDir>/e2e/**/*.e2e-spec.ts',
  ],
};
