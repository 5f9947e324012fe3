// pm2 ecosystem of the cluster profile's services and workers (cluster-processes.ts), used by
// deploy/local/cluster/cluster.sh with PM2_HOME=.local/pm2-cluster; logs in .local/logs/cluster.
require('../../../tools/register.js');
const { join } = require('node:path');
const { clusterEcosystem, clusterLogDir } = require('./cluster-processes.ts');

const root = join(__dirname, '..', '..', '..');
module.exports = clusterEcosystem({ root, logDir: process.env.SUPERVISION_LOG_DIR || clusterLogDir(root) });
