import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testEnv } from './env';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A throw-away database on the real PostgreSQL server, so test files never share state. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `aeo_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: testEnv.databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(testEnv.databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const client = new Client({ connectionString: testEnv.databaseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
