// Starts the real game server (`server/index.ts`, as `npm start` runs it) as a child
// process for the server bench: its own port on loopback, the data directory it is given
// (embedded PGlite, the default store, unless a PostgreSQL URL is passed), the probe
// preloaded (serverProbe.ts), stdout and stderr appended to `server.log` in that
// directory. Stops it with SIGTERM, as an operator would, and waits for the exit.
import { fork, type ChildProcess } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProbeReading, ProbeReply, ProbeRequest } from './probeProtocol.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = join(ROOT, 'server/index.ts');
const PROBE = fileURLToPath(new URL('./serverProbe.ts', import.meta.url));

export interface ServerProcessOptions {
  /** Team seats the reference room needs. */
  seats: number;
  /** Folder for the store (`data/`) and the log; kept between starts so a second start reopens the store. */
  dir: string;
  /** Use PostgreSQL at this URL instead of PGlite. */
  databaseUrl?: string;
  /** Extra environment for the server (its documented settings). */
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

export interface ServerProcess {
  pid: number;
  port: number;
  /** http://127.0.0.1:<port> */
  url: string;
  logPath: string;
  /** Asks the probe for its readings; `reset` also starts a new window; profile-stop writes `path`. */
  probe(kind: ProbeRequest['probe'], path?: string): Promise<ProbeReading>;
  /** SIGTERM, then waits for the exit (graceful shutdown writes the rooms' logs). */
  stop(): Promise<number | null>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, logPath: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} at start:\n${readFileSync(logPath, 'utf8').slice(-2000)}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`the server did not answer /health within ${timeoutMs} ms; log: ${logPath}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startServer(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = await freePort();
  const logPath = join(options.dir, 'server.log');
  const logFd = openSync(logPath, 'a');
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: join(options.dir, 'data'),
    // Every bot connects from 127.0.0.1: the per-address allowance of join attempts (10 a
    // minute by default, against guessing codes) would refuse the 11th bot.
    JOIN_ATTEMPTS_PER_MINUTE: '100000',
    MAX_TEAM_SEATS: String(options.seats),
    ...options.env,
  };
  // The default setup: embedded storage, one process (CI's variables would switch both).
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const execArgv = ['--import', 'tsx', '--import', PROBE];
  const child = fork(ENTRY, [], { cwd: ROOT, env, execArgv, stdio: ['ignore', logFd, logFd, 'ipc'] });
  closeSync(logFd);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await waitForHealth(url, child, logPath, options.startTimeoutMs ?? 60_000);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }

  let seq = 0;
  const waiting = new Map<number, (r: ProbeReading) => void>();
  child.on('message', (raw: unknown) => {
    const reply = raw as ProbeReply;
    const done = waiting.get(reply?.probeReply);
    if (!done) return;
    waiting.delete(reply.probeReply);
    done(reply.reading);
  });

  return {
    pid: child.pid as number,
    port,
    url,
    logPath,
    probe(kind, path) {
      const req: ProbeRequest = { probe: kind, seq: ++seq, ...(path ? { path } : {}) };
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the server probe did not answer')), 10_000);
        waiting.set(req.seq, (r) => {
          clearTimeout(timer);
          resolve(r);
        });
        child.send(req);
      });
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
