// The cluster profile's own test (cluster.int-spec.ts): not one of the root jest.config.js projects,
// so the platform's test command does not run it; `bash deploy/local/infra.sh cluster test` does.
module.exports = {
  displayName: 'deploy-cluster',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/*.int-spec.ts'],
};
