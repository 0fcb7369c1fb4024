// SqlClient over a PostgreSQL server (DATABASE_URL), through a pg connection pool. An optional
// schema confines every table to it (created when missing) so tests and tenants stay apart.
import pg from 'pg';
import type { Logger } from 'pino';
import type { SqlClient } from './SqlClient.ts';

export interface PostgresClientOptions {
  url: string;
  /** Tables live in this schema (search_path); created if missing. Default: the server's default. */
  schema?: string;
  logger?: Logger;
  /** Pool size (default 10). */
  maxConnections?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Postgres error codes meaning another session created the same schema at the same moment. */
const RACED_CREATE_CODES = new Set(['23505', '42P06']);

function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`invalid schema name "${schema}": use lower-case letters, digits and "_" (at most 63), not starting with a digit`);
  }
  return schema;
}

async function createSchema(url: string, schema: string): Promise<void> {
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  try {
    await setup.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } catch (err) {
    if (!RACED_CREATE_CODES.has((err as { code?: string }).code ?? '')) throw err;
  } finally {
    await setup.end();
  }
}

/** Wraps one checked-out connection that is inside BEGIN; nested transactions reuse it. */
function transactionClient(conn: pg.PoolClient): SqlClient {
  const client: SqlClient = {
    kind: 'postgres',
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      return (await conn.query(sql, params)).rows as T[];
    },
    async exec(sql: string): Promise<void> {
      await conn.query(sql);
    },
    transaction: (fn) => fn(client),
    close: () => Promise.reject(new Error('close() called inside a transaction')),
  };
  return client;
}

export async function openPostgresClient(opts: PostgresClientOptions): Promise<SqlClient> {
  const schema = opts.schema === undefined ? undefined : checkSchemaName(opts.schema);
  if (schema !== undefined) await createSchema(opts.url, schema);
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.maxConnections ?? 10,
    // Every connection of the pool starts with the schema first on its search_path.
    ...(schema === undefined ? {} : { options: `-c search_path="${schema}"` }),
  });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', (err) => opts.logger?.error({ err }, 'postgres: idle connection failed'));
  // Fail now, with the server's reason, rather than on the first game write.
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end();
    throw err;
  }

  return {
    kind: 'postgres',
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      return (await pool.query(sql, params)).rows as T[];
    },
    async exec(sql: string): Promise<void> {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
      const conn = await pool.connect();
      let broken = false;
      try {
        await conn.query('BEGIN');
        const value = await fn(transactionClient(conn));
        await conn.query('COMMIT');
        return value;
      } catch (err) {
        try {
          await conn.query('ROLLBACK');
        } catch {
          // A connection that cannot even roll back is discarded rather than reused.
          broken = true;
        }
        throw err;
      } finally {
        conn.release(broken);
      }
    },
    async close(): Promise<void> {
      if (!pool.ended) await pool.end();
    },
  };
}
