/**
 * Copies the pm2 daemon's lines into `.local/logs/supervisor.log` (this process's output) and
 * each line about a process into that process's own log, so that `<name>.log` shows when it
 * exited, with which code or signal, and when it is started again.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
// The pm2 module is its API object: its methods need it as `this`.
import pm2 from 'pm2';
import { SUPERVISOR_LOG_RELAY, describeSupervisorLine } from './supervision';

const logDir = process.env['SUPERVISION_LOG_DIR'];
if (!logDir) throw new Error('SUPERVISION_LOG_DIR is not set');

function relay(line: string): void {
  const at = new Date().toISOString();
  console.log(`${at} ${line}`);
  const about = describeSupervisorLine(line);
  if (about && about.name !== SUPERVISOR_LOG_RELAY)
    appendFileSync(join(logDir!, `${about.name}.log`), `${at} [supervisor] ${about.name} ${about.text}\n`);
}

pm2.connect((error) => {
  if (error) throw error;
  pm2.launchBus((busError, bus) => {
    if (busError) throw busError;
    bus.on('log:PM2', (packet: { data: string }) => String(packet.data).split('\n').filter(Boolean).forEach(relay));
    // Without the daemon there is nothing to relay: exit, and be started again with it.
    bus.on('close', () => process.exit(1));
    console.log(`${new Date().toISOString()} supervisor log relay connected`);
  });
});
