// The write-behind recorder: buffers until flush, writes one batch at a time, survives a
// failing database (keeps the data, logs, retries) and writes everything on close.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino, type Logger } from 'pino';
import { GameStore } from '../../../server/storage/GameStore.ts';
import { SessionRecorder, type SessionWriter } from '../../../server/storage/SessionRecorder.ts';
import type { SqlClient } from '../../../server/storage/SqlClient.ts';
import type { StoredCommand } from '../../../server/storage/records.ts';
import { aCommand, newSessionId, openPgliteStore, type OpenedStore } from './storeFixtures.ts';

/** A SqlClient that fails every call while `failing` is set, and otherwise passes through. */
class FlakyClient implements SqlClient {
  failing = false;
  readonly kind;
  constructor(private readonly inner: SqlClient) {
    this.kind = inner.kind;
  }
  private check(): void {
    if (this.failing) throw new Error('connection refused (injected)');
  }
  async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
    this.check();
    return this.inner.query<T>(sql, params);
  }
  async exec(sql: string): Promise<void> {
    this.check();
    return this.inner.exec(sql);
  }
  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    this.check();
    return this.inner.transaction(fn);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

function capturingLogger(): { logger: Logger; entries: { level: number; msg: string }[] } {
  const entries: { level: number; msg: string }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void entries.push(JSON.parse(line) as { level: number; msg: string }) });
  return { logger, entries };
}

/** Counts the writer's calls and can hold appendCommands until released. */
function gatedWriter(target: SessionWriter) {
  const calls: StoredCommand[][] = [];
  let active = 0;
  let maxActive = 0;
  let gate: Promise<void> | null = null;
  let open: () => void = () => {};
  const writer: SessionWriter = {
    async appendCommands(id, commands) {
      calls.push([...commands]);
      active += 1;
      maxActive = Math.max(maxActive, active);
      try {
        if (gate) await gate;
        await target.appendCommands(id, commands);
      } finally {
        active -= 1;
      }
    },
    checkpoint: (id, tick, hash) => target.checkpoint(id, tick, hash),
  };
  return {
    writer,
    calls,
    maxActive: () => maxActive,
    hold() { gate = new Promise<void>((r) => { open = r; }); },
    release() { gate = null; open(); },
  };
}

describe('SessionRecorder', () => {
  let opened: OpenedStore;
  let flaky: FlakyClient;
  let store: GameStore;

  beforeAll(async () => {
    opened = await openPgliteStore();
    flaky = new FlakyClient(opened.store.db);
    store = new GameStore(flaky);
  });
  afterAll(async () => {
    await opened.cleanup();
  });

  async function newSession(): Promise<string> {
    const id = newSessionId();
    await store.createSession({ id, mode: 'solo', scenario: 'tutorial-1', seed: 3, code: '' });
    return id;
  }

  it('writes nothing until flush, then the buffered commands in one batch with the checkpoint', async () => {
    const id = await newSession();
    const g = gatedWriter(store);
    const rec = new SessionRecorder(g.writer, id, capturingLogger().logger);
    rec.record(aCommand(1));
    rec.record(aCommand(2));
    rec.record(aCommand(3));
    rec.noteTick(25, 'h25');
    rec.noteTick(30, 'h30');
    expect((await store.loadSession(id))?.commands).toEqual([]);
    await rec.flush();
    expect(g.calls).toEqual([[aCommand(1), aCommand(2), aCommand(3)]]);
    expect(await store.loadSession(id)).toMatchObject({ lastTick: 30, lastHash: 'h30', commands: [aCommand(1), aCommand(2), aCommand(3)] });
    expect(rec.pendingCommands).toBe(0);
    await rec.flush();
    expect(g.calls).toHaveLength(1);
  });

  it('keeps the data after a failed write, logs it, and writes it on the next flush', async () => {
    const id = await newSession();
    const { logger, entries } = capturingLogger();
    const rec = new SessionRecorder(store, id, logger);
    rec.record(aCommand(1));
    rec.noteTick(10, 'h10');
    flaky.failing = true;
    try {
      await expect(rec.flush()).resolves.toBeUndefined();
      rec.record(aCommand(2));
      await rec.flush();
    } finally {
      flaky.failing = false;
    }
    expect(rec.pendingCommands).toBe(2);
    expect(entries.filter((e) => e.level >= 50 && /write failed/.test(e.msg))).toHaveLength(1);
    expect((await store.loadSession(id))?.commands).toEqual([]);

    await rec.flush();
    expect(rec.pendingCommands).toBe(0);
    expect(await store.loadSession(id)).toMatchObject({ lastTick: 10, lastHash: 'h10', commands: [aCommand(1), aCommand(2)] });
    expect(entries.some((e) => /work again/.test(e.msg))).toBe(true);
  });

  it('has one write in flight at a time and writes what came meanwhile afterwards', async () => {
    const id = await newSession();
    const g = gatedWriter(store);
    const rec = new SessionRecorder(g.writer, id, capturingLogger().logger);
    rec.record(aCommand(1));
    g.hold();
    const first = rec.flush();
    rec.record(aCommand(2));
    const second = rec.flush();
    const third = rec.flush();
    expect(third).toBe(second);
    expect(g.calls).toHaveLength(1);
    g.release();
    await Promise.all([first, second]);
    expect(g.maxActive()).toBe(1);
    expect(g.calls).toEqual([[aCommand(1)], [aCommand(2)]]);
    expect((await store.loadSession(id))?.commands).toEqual([aCommand(1), aCommand(2)]);
  });

  it('writes everything on close', async () => {
    const id = await newSession();
    const rec = new SessionRecorder(store, id, capturingLogger().logger);
    rec.record(aCommand(1));
    rec.record(aCommand(2));
    rec.noteTick(40, 'h40');
    await rec.close();
    expect(await store.loadSession(id)).toMatchObject({ lastTick: 40, lastHash: 'h40', commands: [aCommand(1), aCommand(2)] });
  });

  it('drops a malformed command with a log line instead of blocking later ones', async () => {
    const id = await newSession();
    const { logger, entries } = capturingLogger();
    const rec = new SessionRecorder(store, id, logger);
    rec.record({ ...aCommand(1), lang: 'fr' } as unknown as StoredCommand);
    rec.record(aCommand(2));
    await rec.flush();
    expect((await store.loadSession(id))?.commands).toEqual([aCommand(2)]);
    expect(entries.some((e) => e.level >= 50 && /malformed/.test(e.msg))).toBe(true);
  });
});
