// pm2 ecosystem of the local platform: the processes `npm start` supervises, with restarts and
// logs as described in supervision.ts. Used by deploy/local/platform.sh (PM2_HOME=.local/pm2).
require('../../tools/register.js');
const { join } = require('node:path');
const { platformEcosystem } = require('./supervision.ts');

const root = join(__dirname, '..', '..');
module.exports = platformEcosystem({ root, logDir: process.env.SUPERVISION_LOG_DIR || join(root, '.local', 'logs') });
