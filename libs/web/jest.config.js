// libs/web's tests: its components and helpers in jsdom, its server's specs in Node (`@jest-environment node`).
module.exports = require('./jest/web-jest-config.js')({ displayName: 'web', rootDir: __dirname });
