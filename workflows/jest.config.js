module.exports = {
  displayName: 'workflows',
  preset: '../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts', '<rootDir>/worker/src/**/*.spec.ts'],
};
