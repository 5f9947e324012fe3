module.exports = {
  displayName: 'deploy',
  preset: '../jest.preset.js',
  rootDir: __dirname,
  // Not the cluster profile's test: it needs its own servers (bash deploy/local/infra.sh cluster test
  // runs it with deploy/local/cluster/jest.config.js) and is not part of npm test yet. A negated
  // testMatch, since the test command's --testPathIgnorePatterns replaces the config's own.
  testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.int-spec.ts', '!**/deploy/local/cluster/**'],
};
