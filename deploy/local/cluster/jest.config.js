// The cluster profile's own tests (cluster.int-spec.ts: the engines; faults/*.int-spec.ts: the
// fault tests against two instances of everything): not one of the root jest.config.js projects,
// so the platform's test command does not run them; `bash deploy/local/infra.sh cluster test` does.
module.exports = {
  displayName: 'deploy-cluster',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/*.int-spec.ts', '<rootDir>/faults/*.int-spec.ts'],
};
