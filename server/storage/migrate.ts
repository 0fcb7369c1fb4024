// Applies the plain-SQL migrations in ./migrations (NNN_name.sql, in name order) that the
// database has not seen yet, recording each in schema_migrations. All pending ones run in one
// transaction under an advisory lock, so servers starting together never apply one twice.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { SqlClient } from './SqlClient.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

const MIGRATION_FILE = /^(\d{3})_[a-z0-9_]+\.sql$/;

/** First key of the two-key advisory lock; the second is the schema, so schemas migrate apart. */
const MIGRATION_LOCK_KEY = 0x4e494e45; // "NINE"

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateOptions {
  dir?: string;
  logger?: Logger;
}

/** The migration files of `dir`, in the order they apply. Throws on a duplicated number. */
export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((n) => MIGRATION_FILE.test(n)).sort();
  const seen = new Map<string, string>();
  const migrations: Migration[] = [];
  for (const name of names) {
    const number = name.slice(0, 3);
    const other = seen.get(number);
    if (other !== undefined) throw new Error(`migrations ${other} and ${name} share the number ${number}`);
    seen.set(number, name);
    const sql = await readFile(`${dir}/${name}`, 'utf8');
    migrations.push({ name, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  return migrations;
}

/** Brings the database up to date; returns the names of the migrations it applied now. */
export async function migrate(client: SqlClient, opts: MigrateOptions = {}): Promise<string[]> {
  const migrations = await loadMigrations(opts.dir);
  return client.transaction(async (tx) => {
    // Held until commit: a second server waits here, then finds everything applied.
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))', [MIGRATION_LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name       text PRIMARY KEY,
      checksum   text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations');
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
    const done: string[] = [];
    for (const m of migrations) {
      const checksum = applied.get(m.name);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) {
          opts.logger?.warn({ migration: m.name }, 'migration file changed after it was applied; add a new migration instead');
        }
        continue;
      }
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [m.name, m.checksum]);
      done.push(m.name);
    }
    if (done.length > 0) opts.logger?.info({ applied: done }, 'database migrated');
    return done;
  });
}
