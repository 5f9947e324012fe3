/**
 * Creates the platform's databases when missing, on the server of DATABASE_URL (the database in
 * the URL is only used to connect). deploy/local/infra.sh uses psql when installed and falls back
 * to this script otherwise.
 *   DATABASE_URL=postgres://aeo:aeo@127.0.0.1:5432/postgres \
 *     node -r ./tools/register.js deploy/local/postgres/create-databases.ts aeo_applications ...
 */
import { Client } from 'pg';

export const PLATFORM_DATABASES = [
  'aeo_applications',
  'aeo_validation',
  'aeo_risk_management',
  'aeo_mra',
  'aeo_notifications',
  'aeo_programme',
  'aeo_operations',
] as const;

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [...PLATFORM_DATABASES];
  const client = new Client(url ? { connectionString: url } : {}); // without a URL, libpq-style PG* variables apply
  await client.connect();
  try {
    for (const name of names) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`refusing odd database name ${name}`);
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (rowCount === 0) {
        await client.query(`CREATE DATABASE "${name}"`);
        console.log(`created database ${name}`);
      }
    }
  } finally {
    await client.end();
  }
}

main().catch((err: unknown) => {
  console.error(`create-databases failed: ${(err as Error).message}`);
  process.exit(1);
});
