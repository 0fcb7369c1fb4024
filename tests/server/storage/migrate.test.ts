// Migrations: applied in order, once, in one transaction; concurrent servers on one
// PostgreSQL schema never apply a migration twice.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../server/storage/migrate.ts';
import { openPgliteClient } from '../../../server/storage/pgliteClient.ts';
import { openPostgresClient } from '../../../server/storage/postgresClient.ts';
import type { SqlClient } from '../../../server/storage/SqlClient.ts';
import { DATABASE_URL, dropSchema, freshPgliteDir, removeDir, silentLogger, tempDir, uniqueSchema } from './storeFixtures.ts';

function migrationsDir(files: Record<string, string>): string {
  const dir = tempDir('nines-migrations-');
  mkdirSync(dir, { recursive: true });
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}

async function tableExists(db: SqlClient, table: string): Promise<boolean> {
  const rows = await db.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [table]);
  return rows[0]?.t !== null && rows[0]?.t !== undefined;
}

describe('migrate on PGlite', () => {
  let dir: string;
  let db: SqlClient;
  const dirs: string[] = [];
  beforeAll(async () => {
    dir = await freshPgliteDir();
    db = await openPgliteClient(join(dir, 'pglite'));
  });
  afterAll(async () => {
    await db.close();
    for (const d of [dir, ...dirs]) removeDir(d);
  });

  it('applies the shipped migrations once; a second run applies none', async () => {
    const shipped = (await loadMigrations()).map((m) => m.name);
    expect(shipped.length).toBeGreaterThan(0);
    expect(await migrate(db, { logger: silentLogger })).toEqual(shipped);
    expect(await migrate(db, { logger: silentLogger })).toEqual([]);
    const rows = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(rows.map((r) => r.name)).toEqual(shipped);
    expect(await tableExists(db, 'session_commands')).toBe(true);
  });

  it('applies files in number order and only the new ones', async () => {
    await db.exec('CREATE SCHEMA order_test; SET search_path = order_test');
    try {
      const d = migrationsDir({
        '002_second.sql': 'INSERT INTO steps VALUES (2);',
        '001_first.sql': 'CREATE TABLE steps (n int);',
        'README.md': 'not a migration',
      });
      dirs.push(d);
      expect(await migrate(db, { dir: d })).toEqual(['001_first.sql', '002_second.sql']);
      writeFileSync(join(d, '003_third.sql'), 'INSERT INTO steps VALUES (3);');
      expect(await migrate(db, { dir: d })).toEqual(['003_third.sql']);
      expect((await db.query<{ n: number }>('SELECT n FROM steps ORDER BY n')).map((r) => r.n)).toEqual([2, 3]);
    } finally {
      await db.exec('SET search_path = public');
    }
  });

  it('rolls everything back when a migration fails', async () => {
    await db.exec('CREATE SCHEMA failing_test; SET search_path = failing_test');
    try {
      const d = migrationsDir({ '001_ok.sql': 'CREATE TABLE kept (n int);', '002_broken.sql': 'CREATE TABLE oops (;' });
      dirs.push(d);
      await expect(migrate(db, { dir: d })).rejects.toThrow();
      expect(await tableExists(db, 'failing_test.kept')).toBe(false);
      expect(await tableExists(db, 'failing_test.schema_migrations')).toBe(false);
    } finally {
      await db.exec('SET search_path = public');
    }
  });

  it('refuses two migrations with one number', async () => {
    const d = migrationsDir({ '001_a.sql': 'SELECT 1;', '001_b.sql': 'SELECT 2;' });
    dirs.push(d);
    await expect(loadMigrations(d)).rejects.toThrow(/share the number 001/);
  });
});

describe.skipIf(DATABASE_URL === undefined)('migrate on PostgreSQL', () => {
  const url = DATABASE_URL as string;
  const schema = uniqueSchema();
  afterAll(async () => {
    await dropSchema(url, schema);
  });

  it('applies each migration once when two servers start together', async () => {
    const [a, b] = await Promise.all([openPostgresClient({ url, schema }), openPostgresClient({ url, schema })]);
    try {
      const [ra, rb] = await Promise.all([migrate(a), migrate(b)]);
      const shipped = (await loadMigrations()).map((m) => m.name);
      expect([...ra, ...rb].sort()).toEqual(shipped);
      expect(await migrate(a)).toEqual([]);
      const rows = await a.query<{ name: string }>('SELECT name FROM schema_migrations');
      expect(rows).toHaveLength(shipped.length);
      expect(await tableExists(a, `${schema}.profiles`)).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(openPostgresClient({ url, schema: 'x"; DROP TABLE y; --' })).rejects.toThrow(/invalid schema name/);
  });
});
