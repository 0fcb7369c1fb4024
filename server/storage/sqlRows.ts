// Small SQL helpers shared by the store's queries: multi-row INSERTs split to stay under the
// protocol's parameter limit, and reading integers that drivers return as string or bigint.
import type { SqlClient } from './SqlClient.ts';

/** PostgreSQL accepts at most 65535 parameters per statement; stay well below. */
const MAX_PARAMS = 30_000;

/**
 * INSERTs `rows` (each one value per column) into `table`, followed by `suffix`
 * (e.g. `ON CONFLICT DO NOTHING`). Table and column names are trusted constants.
 */
export async function insertRows(
  client: SqlClient,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  suffix = '',
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const slots = row.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      return `(${slots.join(', ')})`;
    });
    await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ${suffix}`, params);
  }
}

/** An integer column as a number: pg gives bigint as a string, PGlite as number or bigint. */
export function toNumber(value: unknown): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`expected a number from the database, got ${String(value)}`);
  return n;
}

/** The Postgres error code of a driver error (e.g. 23503, foreign key violation). */
export function pgErrorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}
