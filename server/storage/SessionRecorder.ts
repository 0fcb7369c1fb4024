// Write-behind buffer for one running session: the room records commands and ticks without
// waiting for the database, and flushes every couple of seconds, so a SIGKILL loses at most
// the last flush interval. A failed write keeps its data and is retried on the next flush.
import type { Logger } from 'pino';
import type { GameStore } from './GameStore.ts';
import { storedCommandSchema, type StoredCommand } from './records.ts';

/** What the recorder needs of the store. */
export type SessionWriter = Pick<GameStore, 'appendCommands' | 'checkpoint'>;

interface TickMark {
  tick: number;
  hash: string;
}

/** While writes keep failing, log the first failure and then every Nth, not every 2 s. */
const LOG_EVERY_NTH_FAILURE = 10;

export class SessionRecorder {
  private buffer: StoredCommand[] = [];
  private mark: TickMark | null = null;
  private inFlight: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly store: SessionWriter,
    readonly sessionId: string,
    private readonly logger: Logger,
  ) {}

  /** Commands waiting to be written (including those of a write in flight). */
  get pendingCommands(): number {
    return this.buffer.length;
  }

  /** Buffers an accepted command. Never throws; a malformed command is logged and dropped. */
  record(cmd: StoredCommand): void {
    const parsed = storedCommandSchema.safeParse(cmd);
    if (!parsed.success) {
      // Kept out of the buffer: it could never be written and would block every later one.
      this.logger.error({ session: this.sessionId, seq: (cmd as { seq?: unknown })?.seq, issues: parsed.error.issues }, 'recorder: malformed command dropped');
      return;
    }
    if (this.closed) this.logger.warn({ session: this.sessionId, seq: cmd.seq }, 'recorder: command recorded after close');
    this.buffer.push(parsed.data);
  }

  /** Notes the tick reached and its state hash; written as the checkpoint on the next flush. */
  noteTick(tick: number, hash: string): void {
    // An empty hash is allowed: the tick was reached but not hashed this time.
    if (!Number.isSafeInteger(tick) || tick < 0 || typeof hash !== 'string') {
      this.logger.error({ session: this.sessionId, tick }, 'recorder: malformed checkpoint ignored');
      return;
    }
    if (this.mark === null || tick >= this.mark.tick) this.mark = { tick, hash };
  }

  /**
   * Writes what is buffered. One write is in flight at a time: a flush during a write waits for
   * it and then writes what came meanwhile. Resolves when done, whether the write worked or not.
   */
  flush(): Promise<void> {
    if (this.queued) return this.queued;
    if (this.inFlight) {
      this.queued = this.inFlight.then(() => {
        this.queued = null;
        return this.startWrite();
      });
      return this.queued;
    }
    return this.startWrite();
  }

  /** A final flush (retried once if it fails). */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
    if (this.buffer.length > 0 || this.mark !== null) await this.flush();
    if (this.buffer.length > 0) {
      this.logger.error({ session: this.sessionId, lost: this.buffer.length }, 'recorder: closed with commands that could not be written');
    }
  }

  private startWrite(): Promise<void> {
    const write = this.write().finally(() => {
      if (this.inFlight === write) this.inFlight = null;
    });
    this.inFlight = write;
    return write;
  }

  private async write(): Promise<void> {
    // Commands before the mark: the checkpoint is only written once the commands up to it are.
    const batch = this.buffer.slice();
    const mark = this.mark;
    if (batch.length === 0 && mark === null) return;
    try {
      if (batch.length > 0) {
        await this.store.appendCommands(this.sessionId, batch);
        this.buffer.splice(0, batch.length);
      }
      if (mark !== null) {
        await this.store.checkpoint(this.sessionId, mark.tick, mark.hash);
        if (this.mark === mark) this.mark = null;
      }
      if (this.failures > 0) {
        this.logger.info({ session: this.sessionId, failures: this.failures }, 'recorder: writes work again');
        this.failures = 0;
      }
    } catch (err) {
      this.failures += 1;
      if (this.failures === 1 || this.failures % LOG_EVERY_NTH_FAILURE === 0) {
        this.logger.error({ err, session: this.sessionId, failures: this.failures, pending: this.buffer.length }, 'recorder: write failed; will retry');
      }
    }
  }
}
