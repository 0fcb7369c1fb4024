// Exclusive ownership of a PGlite data directory: two processes writing the same database
// files would corrupt it. The owner holds a lock file created atomically (O_EXCL) holding its
// pid and start time; a lock whose process is gone (killed, crashed) is taken over.
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

export const LOCK_FILE_NAME = 'nines.lock';

export interface LockOwner {
  pid: number;
  startedAt: string;
}

export interface DirLock {
  readonly dir: string;
  readonly path: string;
  readonly owner: LockOwner;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

export class StoreLockedError extends Error {
  readonly dir: string;
  readonly pid: number | null;

  constructor(dir: string, owner: LockOwner | null) {
    const who = owner === null
      ? 'another process (its lock file is being written)'
      : `process ${owner.pid} (running since ${owner.startedAt})`;
    super(
      `The data directory ${dir} is in use by ${who}. Only one server may use a data directory: ` +
      'stop that process, or start this one with another DATA_DIR, or set DATABASE_URL to use PostgreSQL. ' +
      `If no such server is running, delete ${join(dir, LOCK_FILE_NAME)}.`,
    );
    this.name = 'StoreLockedError';
    this.dir = dir;
    this.pid = owner?.pid ?? null;
  }
}

/** Directories this process holds, so a second open in the same process is refused too. */
const heldHere = new Set<string>();

const PROCESS_STARTED_AT = new Date(Date.now() - process.uptime() * 1000).toISOString();

/** A lock file without readable contents younger than this is still being written. */
const FRESH_MS = 5_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const v = JSON.parse(text) as Partial<LockOwner>;
    if (Number.isSafeInteger(v.pid) && (v.pid as number) > 0 && typeof v.startedAt === 'string') {
      return { pid: v.pid as number, startedAt: v.startedAt };
    }
  } catch {
    // Unreadable contents are handled by the caller.
  }
  return null;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function tryCreate(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** A lock file the current owner no longer backs: its process is gone (or it is this process, unheld). */
function isStale(dir: string, owner: LockOwner | null, ageMs: number): boolean {
  if (owner === null) return ageMs > FRESH_MS;
  // After a container restart our own pid may be the one in an old lock file.
  if (owner.pid === process.pid) return !heldHere.has(dir);
  return !isAlive(owner.pid);
}

/**
 * Moves a stale lock file aside. Two processes may judge it stale at once: the one whose rename
 * picked up something other than what it judged (a fresh lock) puts it back and loses.
 */
function removeStale(path: string, judged: string): boolean {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw err;
  }
  const moved = readText(aside);
  if (moved !== judged) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone else holds a newer lock already; nothing to restore.
    }
    unlinkSync(aside);
    return false;
  }
  unlinkSync(aside);
  return true;
}

function fileAgeMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Takes the lock on `dataDir` (created if missing) or throws StoreLockedError. */
export function acquireDirLock(dataDir: string): DirLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE_NAME);
  const owner: LockOwner = { pid: process.pid, startedAt: PROCESS_STARTED_AT };
  const text = `${JSON.stringify(owner)}\n`;

  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, text)) {
      heldHere.add(dir);
      let released = false;
      return {
        dir,
        path,
        owner,
        release(): void {
          if (released) return;
          released = true;
          heldHere.delete(dir);
          if (readText(path) === text) unlinkSync(path);
        },
      };
    }
    const current = readText(path);
    if (current === null) continue; // released between our create and our read
    const holder = parseOwner(current);
    if (!isStale(dir, holder, fileAgeMs(path))) throw new StoreLockedError(dir, holder);
    if (!removeStale(path, current)) throw new StoreLockedError(dir, parseOwner(readText(path) ?? ''));
  }
  throw new StoreLockedError(dir, parseOwner(readText(path) ?? ''));
}
