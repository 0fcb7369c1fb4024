// `server/index.ts` as a real process: a bad setting stops it with a message naming the
// variable; it serves /health on the port it logs; a second server on the same data
// directory refuses to start; SIGTERM shuts it down cleanly (exit 0).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const started: ChildProcessWithoutNullStreams[] = [];
const dirs: string[] = [];

function start(env: Record<string, string>): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'info', ...env },
  });
  started.push(child);
  return child;
}

function exited(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string; stdout: string }> {
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr, stdout })));
}

/** Resolves with the port from the "listening" log line (pino JSON on stdout). */
function listeningPort(child: ChildProcessWithoutNullStreams): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (c: Buffer) => {
      buffer += c.toString();
      for (const line of buffer.split('\n')) {
        try {
          const entry = JSON.parse(line) as { msg?: string; port?: number };
          if (entry.msg === 'listening' && typeof entry.port === 'number') resolve(entry.port);
        } catch {
          // a partial line: wait for the rest
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nines-boot-'));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('server/index.ts', () => {
  it('exits 1 naming the variable when a setting is bad', async () => {
    const result = await exited(start({ PORT: 'eighty' }));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/PORT: expected a whole number/);
  }, 60_000);

  it('serves /health, refuses a second server on its data directory, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDir();
    const first = start({ PORT: '0', DATA_DIR: dataDir });
    const firstExit = exited(first);
    const port = await listeningPort(first);

    const health = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ ok: true, storage: 'pglite' });

    const second = await exited(start({ PORT: '0', DATA_DIR: dataDir }));
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/in use by process/);

    first.kill('SIGTERM');
    const result = await firstExit;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/"msg":"stopped"/);
  }, 90_000);
});
