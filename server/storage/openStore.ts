// Opens the game store: PostgreSQL when a database URL is given, otherwise PGlite in a data
// directory this process then owns exclusively; brings the schema up to date either way.
import { join, resolve } from 'node:path';
import { pino, type Logger } from 'pino';
import { acquireDirLock } from './dirLock.ts';
import { GameStore } from './GameStore.ts';
import { migrate } from './migrate.ts';
import { DEFAULT_DATA_DIR, openPgliteClient } from './pgliteClient.ts';
import { openPostgresClient } from './postgresClient.ts';
import type { SqlClient } from './SqlClient.ts';

export interface StoreOptions {
  /** PGlite's directory (default ./data); the database files go in its `pglite` subdirectory. */
  dataDir?: string;
  /** A PostgreSQL URL; when set, dataDir is not used. */
  databaseUrl?: string;
  /** PostgreSQL only: keep the tables in this schema (created if missing). */
  schema?: string;
  logger?: Logger;
}

/** Options from the environment: DATABASE_URL, DATA_DIR, DATABASE_SCHEMA. */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  const opts: StoreOptions = {};
  if (env.DATABASE_URL) opts.databaseUrl = env.DATABASE_URL;
  if (env.DATA_DIR) opts.dataDir = env.DATA_DIR;
  if (env.DATABASE_SCHEMA) opts.schema = env.DATABASE_SCHEMA;
  return opts;
}

async function migrated(db: SqlClient, logger: Logger): Promise<SqlClient> {
  try {
    await migrate(db, { logger });
    return db;
  } catch (err) {
    await db.close();
    throw err;
  }
}

/** Throws StoreLockedError when another process owns the PGlite directory. */
export async function openStore(opts: StoreOptions = {}): Promise<GameStore> {
  const logger = opts.logger ?? pino({ name: 'store' });
  if (opts.databaseUrl) {
    const db = await openPostgresClient({ url: opts.databaseUrl, logger, ...(opts.schema === undefined ? {} : { schema: opts.schema }) });
    logger.info({ schema: opts.schema ?? null }, 'store: PostgreSQL');
    return new GameStore(await migrated(db, logger));
  }
  const dir = resolve(opts.dataDir ?? DEFAULT_DATA_DIR);
  const lock = acquireDirLock(dir);
  try {
    const db = await migrated(await openPgliteClient(join(dir, 'pglite')), logger);
    logger.info({ dir }, 'store: PGlite');
    return new GameStore(db, () => lock.release());
  } catch (err) {
    lock.release();
    throw err;
  }
}
