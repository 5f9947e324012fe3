module.exports = {
  displayName: 'deploy',
  preset: '../jest.preset.js',
  rootDir: __dirname,
  // Not the cluster profile's tests: they need its own servers (bash deploy/local/infra.sh cluster
  // test runs them with deploy/local/cluster/jest.config.js; npm test does so in its last stage,
  // platform.sh cluster_tests). A negated testMatch, since the test command's
  // --testPathIgnorePatterns replaces the config's own.
  testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.int-spec.ts', '!**/deploy/local/cluster/**'],
};
