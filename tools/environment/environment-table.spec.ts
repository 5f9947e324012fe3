import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { platformEnvSchema } from '@aeo/config';
import { applicationsEnvSchema } from '../../services/applications/src/config';
import { mraEnvSchema } from '../../services/mra/src/config';
import { notificationsEnvSchema } from '../../services/notifications/src/config';
import { programmeEnvSchema } from '../../services/programme/src/config';
import { riskManagementEnvSchema } from '../../services/risk-management/src/config';
import { validationEnvSchema } from '../../services/validation/src/config';
import { workerEnvSchema } from '../../workflows/worker/src/worker-config';

const repo = join(__dirname, '..', '..');

/** The variable names in the README's environment table (backticked names in its rows). */
function documentedVariables(): Set<string> {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const rows = readme.split('\n').filter((line) => line.startsWith('| `'));
  return new Set(
    rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]!)),
  );
}

/** Variables the launcher scripts read: `${NAME:-default}` in the shell scripts, process.env['NAME'] in deploy/local. */
function launcherVariables(): string[] {
  const local = join(repo, 'deploy', 'local');
  const shell = ['infra.sh', 'platform.sh'].map((file) => readFileSync(join(local, file), 'utf8')).join('\n');
  const scripts = readdirSync(local, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => readFileSync(join(local, file), 'utf8'))
    .join('\n');
  return [
    ...shell.matchAll(/\$\{([A-Z][A-Z0-9_]*):-/g),
    ...scripts.matchAll(/process\.env\['([A-Z][A-Z0-9_]*)'\]/g),
  ].map((match) => match[1]!);
}

describe('the README environment table', () => {
  const schemas = {
    platform: platformEnvSchema,
    applications: applicationsEnvSchema,
    validation: validationEnvSchema,
    'risk-management': riskManagementEnvSchema,
    mra: mraEnvSchema,
    notifications: notificationsEnvSchema,
    programme: programmeEnvSchema,
    worker: workerEnvSchema,
  };

  it.each(Object.entries(schemas))('names every variable the %s configuration reads', (_name, schema) => {
    const documented = documentedVariables();
    expect(Object.keys(schema.shape).filter((variable) => !documented.has(variable))).toEqual([]);
  });

  it('names every variable the launcher reads', () => {
    const documented = documentedVariables();
    expect([...new Set(launcherVariables())].filter((variable) => !documented.has(variable))).toEqual([]);
  });
});
