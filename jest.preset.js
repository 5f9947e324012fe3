// Shared Jest preset: SWC transforms (fast, keeps decorator metadata), tsconfig paths through
// Nx's resolver. Integration specs (*.int-spec.ts) talk to real Kafka, Temporal and PostgreSQL.
const path = require('path');

module.exports = {
  testEnvironment: 'node',
  resolver: '@nx/jest/plugins/resolver',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
    // formatjs (intl-messageformat: the notification message catalogues), jose (JWS of the MRA
    // list exchange) and @platformatic/kafka (the transactional processor's Kafka client, with its
    // own @platformatic modules) ship ES modules only, which Jest's module runtime cannot require:
    // SWC turns them into CommonJS like the sources.
    '^.+/node_modules/(intl-messageformat|@formatjs|jose|@platformatic)/.+\\.js$': [
      '@swc/jest',
      { jsc: { target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs|jose|@platformatic)/)'],
  setupFiles: [path.join(__dirname, 'tools/jest/setup-env.js')],
};
