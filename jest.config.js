// Root Jest configuration: every project's jest.config.js. The README's test command runs this
// after starting real Kafka, Temporal and PostgreSQL (deploy/local/infra.sh).
const { readdirSync, existsSync } = require('fs');
const { join } = require('path');

const roots = ['libs', 'services'];
const projects = roots
  .filter((root) => existsSync(join(__dirname, root)))
  .flatMap((root) => readdirSync(join(__dirname, root)).map((name) => join(__dirname, root, name)))
  .concat([join(__dirname, 'workflows'), join(__dirname, 'tools'), join(__dirname, 'bench'), join(__dirname, 'deploy')])
  .filter((dir) => existsSync(join(dir, 'jest.config.js')));

// A worker whose memory has grown past this after a test file is replaced before the next one:
// the suites leave heap behind (Nest apps, Kafka clients), and one worker of the full run ran out of
// memory on a small spec (2026-12-03).
module.exports = { projects, workerIdleMemoryLimit: '1GB' };
