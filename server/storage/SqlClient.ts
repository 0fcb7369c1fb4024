// The one database interface the store is written against, so PGlite (embedded, the default)
// and PostgreSQL (when DATABASE_URL is set) run the same SQL with `$1`-style parameters.

export type SqlKind = 'pglite' | 'postgres';

export interface SqlClient {
  /** Runs one statement with `$1`… parameters and returns its rows. */
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in a transaction: committed when it resolves, rolled back when it throws.
   * Inside, `tx.transaction` joins the same transaction rather than nesting.
   */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: SqlKind;
}
