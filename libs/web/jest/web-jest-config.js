// The Jest configuration of a web app's tests (the console's, the portal's, libs/web's own): component
// tests (*.spec.tsx) in jsdom; the server's specs and the end-to-end tests in a real Chromium
// (e2e/*.e2e-spec.ts) say `@jest-environment node` at their top.
const { join } = require('path');
const base = require('../../../jest.preset.js');
const { compilerOptions } = require('../../../tsconfig.base.json');

const ROOT = join(__dirname, '..', '..', '..');
// The platform's libraries (@aeo/web, and @aeo/testing for the e2e specs): their tsconfig paths,
// which a browser app's own tsconfig does not have.
const libraries = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([name, [path]]) => [`^${name}$`, join(ROOT, path)]),
);

/** `displayName` and `rootDir` of the project; its specs under src/, server/ and e2e/. */
module.exports = function webJestConfig({ displayName, rootDir }) {
  return {
    ...base,
    displayName,
    rootDir,
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
    moduleNameMapper: { '\\.css$': join(__dirname, 'style-stub.js'), ...libraries },
    setupFilesAfterEnv: [join(__dirname, 'setup-dom.js')],
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
};
