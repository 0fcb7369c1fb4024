// Commands waiting for their `result`: the id each command line is sent with, and the
// promise that settles when the result with that id arrives or the connection drops.
import type { ResultMessage } from '../../../shared/protocol/messages.ts';

export class ResultWaiters {
  private serial = 0;
  private readonly waiting = new Map<string, { resolve: (r: ResultMessage) => void; reject: (e: Error) => void }>();

  /** `prefix` keeps ids of different connections apart in logs. */
  constructor(private readonly prefix = 'c') {}

  /** A fresh id and the promise of its result. */
  next(): { id: string; result: Promise<ResultMessage> } {
    const id = `${this.prefix}${++this.serial}`;
    const result = new Promise<ResultMessage>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    return { id, result };
  }

  /** Settles the command `result.id`; false when nobody waits for it (late or unknown). */
  settle(result: ResultMessage): boolean {
    const w = this.waiting.get(result.id);
    if (!w) return false;
    this.waiting.delete(result.id);
    w.resolve(result);
    return true;
  }

  /** Fails one command (it could not be sent). */
  fail(id: string, error: Error): void {
    const w = this.waiting.get(id);
    if (!w) return;
    this.waiting.delete(id);
    w.reject(error);
  }

  /** Fails every waiting command (the connection dropped). */
  failAll(error: Error): void {
    const all = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of all) w.reject(error);
  }

  get size(): number {
    return this.waiting.size;
  }
}
