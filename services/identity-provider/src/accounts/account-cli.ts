/**
 * Disables or enables an account of the identity provider (runbook, deploy/README.md):
 * `node -r ./tools/register.js services/identity-provider/src/accounts/account-cli.ts disable <login>`
 * (`enable <login>` undoes it). A disabled account cannot sign in and gets no more tokens; its
 * sessions and refresh tokens are deleted at once, an access token already issued lives out its
 * hour. The database is the provider's (IDENTITY_DATABASE_URL, else DATABASE_URL's aeo_identity).
 */
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { databaseUrlFor } from '@aeo/config';
import { Accounts } from './accounts';

const USAGE = 'usage: account-cli.ts disable|enable <login>';

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, strict: true });
  const [command, login] = positionals;
  if ((command !== 'disable' && command !== 'enable') || !login || positionals.length !== 2) throw new Error(USAGE);
  const pool = new Pool({ connectionString: databaseUrlFor('identity'), max: 1 });
  try {
    const sub = await new Accounts(pool).setDisabled(login, command === 'disable');
    if (!sub) throw new Error(`no account has the login ${login}`);
    console.log(
      `${login} (sub ${sub}) ${command === 'disable' ? 'disabled: its sessions and refresh tokens are gone' : 'enabled'}`,
    );
  } finally {
    await pool.end();
  }
}

main().catch((error) => {
  console.error(`account-cli: ${(error as Error).message}`);
  process.exitCode = 1;
});
