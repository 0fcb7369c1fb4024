// One process per PGlite directory: the lock file, its refusal while the owner lives (in
// another process or this one), and the takeover of a lock left by a process that is gone.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { acquireDirLock, LOCK_FILE_NAME, StoreLockedError } from '../../../server/storage/dirLock.ts';
import { openStore } from '../../../server/storage/openStore.ts';
import { removeDir, silentLogger, tempDir } from './storeFixtures.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const LOCK_MODULE = fileURLToPath(new URL('../../../server/storage/dirLock.ts', import.meta.url));

const dirs: string[] = [];
const children: ChildProcess[] = [];

function newDir(): string {
  const d = tempDir('nines-lock-');
  dirs.push(d);
  return d;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    p.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e as Error); });
  });
}

/** Another process that takes the lock on `dir` and holds it until killed. */
async function holderProcess(dir: string): Promise<ChildProcess> {
  const code = "const m = await import(process.env.LOCK_MODULE); m.acquireDirLock(process.env.LOCK_DIR); console.log('locked'); setInterval(() => {}, 60000);";
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: REPO,
    env: { ...process.env, LOCK_MODULE, LOCK_DIR: dir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const ready = new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('locked')) resolve();
    });
    child.once('exit', (c) => reject(new Error(`lock holder exited early (${String(c)})`)));
  });
  await withTimeout(ready, 20_000, 'the lock holder');
  return child;
}

/** The pid of a process that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await withTimeout(exited(child), 10_000, 'a short-lived process');
  return child.pid as number;
}

afterEach(async () => {
  for (const c of children.splice(0)) {
    c.kill('SIGKILL');
    await exited(c);
  }
});

afterAll(() => {
  for (const d of dirs) removeDir(d);
});

describe('dirLock', () => {
  it('writes the pid and start time, and removes the file on release', () => {
    const dir = newDir();
    const lock = acquireDirLock(dir);
    const path = join(dir, LOCK_FILE_NAME);
    const content = JSON.parse(readFileSync(path, 'utf8')) as { pid: number; startedAt: string };
    expect(content.pid).toBe(process.pid);
    expect(Number.isNaN(Date.parse(content.startedAt))).toBe(false);
    lock.release();
    expect(existsSync(path)).toBe(false);
    acquireDirLock(dir).release();
  });

  it('refuses a second owner in the same process', () => {
    const dir = newDir();
    const lock = acquireDirLock(dir);
    try {
      expect(() => acquireDirLock(dir)).toThrow(StoreLockedError);
    } finally {
      lock.release();
    }
  });

  it('refuses while another live process holds the directory, and names it', async () => {
    const dir = newDir();
    const child = await holderProcess(dir);
    const err = await openStore({ dataDir: dir, logger: silentLogger }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreLockedError);
    const locked = err as StoreLockedError;
    expect(locked.pid).toBe(child.pid);
    expect(locked.message).toContain(String(child.pid));
    expect(locked.message).toContain(dir);
    expect(locked.message).toMatch(/stop that process/);
    expect(locked.message).toMatch(/DATA_DIR/);
    expect(locked.message).toMatch(/DATABASE_URL/);
    // The refusal left the holder's lock alone.
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8')).pid).toBe(child.pid);
  });

  it('takes over the lock of a killed process, and releases it on close', async () => {
    const dir = newDir();
    const child = await holderProcess(dir);
    child.kill('SIGKILL');
    await exited(child);
    const path = join(dir, LOCK_FILE_NAME);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(child.pid);

    const store = await openStore({ dataDir: dir, logger: silentLogger });
    try {
      expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
      await store.ensureProfile(undefined, 'Still Works');
    } finally {
      await store.close();
    }
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock file naming a dead pid', async () => {
    const dir = newDir();
    const pid = await deadPid();
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify({ pid, startedAt: new Date().toISOString() }));
    const lock = acquireDirLock(dir);
    expect(lock.owner.pid).toBe(process.pid);
    lock.release();
  });

  it('waits out an unreadable lock file while it is fresh, then takes it over', () => {
    const dir = newDir();
    const path = join(dir, LOCK_FILE_NAME);
    writeFileSync(path, '');
    expect(() => acquireDirLock(dir)).toThrow(/being written/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    acquireDirLock(dir).release();
  });
});
