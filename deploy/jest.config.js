module.exports = {
  displayName: 'deploy',
  preset: '../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.int-spec.ts'],
  // The cluster profile's test needs its own servers (bash deploy/local/infra.sh cluster test runs it
  // with deploy/local/cluster/jest.config.js); not part of npm test yet.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/local/cluster/'],
};
