// One-off admin process: `npm run migrate` (the Procfile's release phase runs it before each
// release starts). Applies every migrations/*.sql file not yet recorded, each in a transaction.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadConfig } from '../src/config';

const MIGRATIONS_DIR = join(__dirname, '..', '..', 'migrations');

async function migrate(): Promise<void> {
  const { databaseUrl } = loadConfig();
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    await pool.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await pool.query<{ name: string }>('SELECT name FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.name));
    const pending = readdirSync(MIGRATIONS_DIR)
      .filter((name) => name.endsWith('.sql') && !applied.has(name))
      .sort();
    for (const name of pending) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(readFileSync(join(MIGRATIONS_DIR, name), 'utf8'));
        await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
        await client.query('COMMIT');
        console.log(`applied ${name}`);
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    }
    console.log(pending.length === 0 ? 'schema is up to date' : `${pending.length} migration(s) applied`);
  } finally {
    await pool.end();
  }
}

migrate().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
