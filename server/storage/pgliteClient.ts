// SqlClient over PGlite: PostgreSQL compiled to WASM, running in this process with its
// files in a directory on disk, so a game server needs no database to be installed.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlClient } from './SqlClient.ts';

export const DEFAULT_DATA_DIR = './data';

/** Wraps an open PGlite transaction; nested transactions reuse it. */
function transactionClient(tx: Transaction): SqlClient {
  const client: SqlClient = {
    kind: 'pglite',
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      return (await tx.query<T>(sql, params)).rows;
    },
    async exec(sql: string): Promise<void> {
      await tx.exec(sql);
    },
    transaction: (fn) => fn(client),
    close: () => Promise.reject(new Error('close() called inside a transaction')),
  };
  return client;
}

/**
 * Opens (creating on first use) the PGlite database in `dataDir`. The caller must make sure no
 * other process uses that directory at the same time (see dirLock.ts).
 */
export async function openPgliteClient(dataDir: string = DEFAULT_DATA_DIR): Promise<SqlClient> {
  const dir = resolve(dataDir);
  await mkdir(dir, { recursive: true });
  // PostgreSQL's default 128 MB of shared buffers is sized for a database server; a game
  // server's store is small, and the WASM heap holds the buffers in the game's own RSS.
  const db = await PGlite.create(dir, { postgresqlconf: ['shared_buffers=16MB'] });
  return {
    kind: 'pglite',
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      return (await db.query<T>(sql, params)).rows;
    },
    async exec(sql: string): Promise<void> {
      await db.exec(sql);
    },
    transaction: (fn) => db.transaction((tx) => fn(transactionClient(tx))),
    async close(): Promise<void> {
      if (!db.closed) await db.close();
    },
  };
}
