// Test fixtures for the store: a PGlite store in a fresh temp directory, a PostgreSQL store in
// a schema of its own (dropped afterwards), a silent logger and sample records.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pino, type Logger } from 'pino';
import { openStore } from '../../../server/storage/openStore.ts';
import type { GameStore } from '../../../server/storage/GameStore.ts';
import type { StoredCommand } from '../../../server/storage/records.ts';

export const DATABASE_URL = process.env.DATABASE_URL;

export const silentLogger: Logger = pino({ level: 'silent' });

export function tempDir(prefix = 'nines-store-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A schema name no other test run uses. */
export function uniqueSchema(): string {
  return `t_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** The installed PGlite's version: a template made by another version is not reused. */
const PGLITE_VERSION = (JSON.parse(readFileSync(
  join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), '..', 'package.json'), 'utf8',
)) as { version: string }).version;

/**
 * A fresh, empty PGlite database directory. Creating one (initdb) takes seconds, so a pristine one
 * is made once per PGlite version under the temp dir and copied; each test still gets its own.
 */
export async function freshPgliteDir(): Promise<string> {
  const template = join(tmpdir(), `nines-pglite-template-${PGLITE_VERSION}`);
  if (!existsSync(join(template, 'PG_VERSION'))) {
    const building = tempDir('nines-pglite-building-');
    const db = await PGlite.create(building);
    await db.close();
    try {
      renameSync(building, template);
    } catch {
      // Another test process made it first; theirs is as good as ours.
      removeDir(building);
    }
  }
  const dir = tempDir();
  cpSync(template, join(dir, 'pglite'), { recursive: true });
  return dir;
}

export interface OpenedStore {
  store: GameStore;
  cleanup(): Promise<void>;
}

export async function openPgliteStore(logger: Logger = silentLogger): Promise<OpenedStore & { dir: string }> {
  const dir = await freshPgliteDir();
  const store = await openStore({ dataDir: dir, logger });
  return {
    store,
    dir,
    async cleanup() {
      await store.close();
      removeDir(dir);
    },
  };
}

export async function openPostgresStore(url: string, logger: Logger = silentLogger): Promise<OpenedStore & { schema: string }> {
  const schema = uniqueSchema();
  const store = await openStore({ databaseUrl: url, schema, logger });
  return {
    store,
    schema,
    async cleanup() {
      await store.close();
      await dropSchema(url, schema);
    },
  };
}

export function newSessionId(): string {
  return `test-${randomUUID()}`;
}

export function aCommand(seq: number, over: Partial<StoredCommand> = {}): StoredCommand {
  return {
    seq,
    tick: seq * 10,
    actorId: 'seat-1',
    actorName: 'Blue Otter',
    role: 'player',
    lang: seq % 2 === 0 ? 'ko' : 'en',
    line: `vm create web-${seq} --cpu 2`,
    kind: 'command',
    ...over,
  };
}
