// The cluster profile's own tests (cluster.int-spec.ts: the engines; faults/*.int-spec.ts: the
// fault tests against two instances of everything): not one of the root jest.config.js projects,
// since they need the profile running; `bash deploy/local/infra.sh cluster test` runs them, and the
// platform's test command starts the profile, runs them that way and stops it (platform.sh cluster_tests).
module.exports = {
  displayName: 'deploy-cluster',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/*.int-spec.ts', '<rootDir>/faults/*.int-spec.ts'],
  // The Temporal restart (fault (d)) last: it kills the server the others run on.
  testSequencer: '<rootDir>/test-sequencer.js',
};
