import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { TEST_SERVICES } from './external-services';

/**
 * A PostgreSQL database of its own for one test (or one cluster), created on the test server and dropped at
 * the end, so runs side by side never share state.
 */
export async function createPostgresDatabase(prefix = 'imc_test') {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_SERVICES.postgres });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_SERVICES.postgres);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_SERVICES.postgres });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
