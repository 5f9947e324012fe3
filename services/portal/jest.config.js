// The trader portal's tests (libs/web's configuration of a web app's tests): component tests in
// jsdom, the server's specs and the end-to-end tests in a real Chromium (`@jest-environment node`).
module.exports = require('../../libs/web/jest/web-jest-config.js')({ displayName: 'portal', rootDir: __dirname });
