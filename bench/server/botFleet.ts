// The server bench's players: several bot processes (botProcess.ts), so that the bots'
// own work (hundreds of sockets, a full state of a megabyte or more per join) does not
// starve in one event loop and slow the server's readings down with it. Bots are
// numbered across the fleet; the fleet routes each command to the process holding it.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BotReply, BotRequest, CountersReport, JoinReport } from './botProtocol.ts';
import type { BotCounters } from './rawClient.ts';

const ENTRY = fileURLToPath(new URL('./botProcess.ts', import.meta.url));

/** What a request without its sequence number looks like (each kind on its own). */
type Request = BotRequest extends infer R ? (R extends BotRequest ? Omit<R, 'seq'> : never) : never;

class BotWorker {
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (r: BotReply) => void; reject: (e: Error) => void }>();
  readonly exited: Promise<void>;
  joined = 0;

  constructor(readonly child: ChildProcess) {
    child.on('message', (raw: unknown) => {
      const msg = raw as BotReply;
      const w = this.waiting.get(msg.seq);
      if (!w) return;
      this.waiting.delete(msg.seq);
      if (msg.kind === 'error') w.reject(new Error(`bot process: ${msg.message}`));
      else w.resolve(msg);
    });
    this.exited = new Promise((resolve) =>
      child.once('exit', (code) => {
        for (const w of this.waiting.values()) w.reject(new Error(`bot process exited (${code})`));
        this.waiting.clear();
        resolve();
      }),
    );
  }

  ask(req: Request): Promise<BotReply> {
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.child.send({ ...req, seq } as BotRequest);
    });
  }
}

export interface FleetCounters {
  bots: number;
  total: BotCounters;
  minPatches: number;
  maxPatches: number;
  /** CPU seconds used so far, per bot process. */
  cpuSeconds: number[];
  failures: string[];
}

export class BotFleet {
  private readonly workers: BotWorker[];

  constructor(processes: number) {
    this.workers = Array.from({ length: processes }, () => new BotWorker(fork(ENTRY, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })));
  }

  get processes(): number {
    return this.workers.length;
  }

  get pids(): number[] {
    return this.workers.map((w) => w.child.pid as number);
  }

  /** Joins `count` bots, split evenly over the processes, `concurrency` in flight per process. */
  async join(url: string, code: string, count: number, concurrency: number): Promise<JoinReport> {
    const n = this.workers.length;
    const replies = await Promise.all(
      this.workers.map((w, i) => w.ask({ kind: 'join', url, code, count: Math.floor(count / n) + (i < count % n ? 1 : 0), concurrency, label: `bot${i}-` })),
    );
    const merged: JoinReport = { joined: 0, joinMs: [], fullStateBytes: [], errors: [] };
    replies.forEach((r, i) => {
      if (r.kind !== 'join') return;
      (this.workers[i] as BotWorker).joined = r.report.joined;
      merged.joined += r.report.joined;
      merged.joinMs.push(...r.report.joinMs);
      merged.fullStateBytes.push(...r.report.fullStateBytes);
      merged.errors.push(...r.report.errors);
    });
    return merged;
  }

  /** Bots joined across the fleet. */
  get size(): number {
    return this.workers.reduce((n, w) => n + w.joined, 0);
  }

  /** Sends each line from the bot with that fleet-wide index. */
  async commands(list: { bot: number; line: string }[]): Promise<void> {
    const per: { bot: number; line: string }[][] = this.workers.map(() => []);
    for (const c of list) {
      let bot = c.bot;
      for (let i = 0; i < this.workers.length; i++) {
        const w = this.workers[i] as BotWorker;
        if (bot < w.joined) {
          (per[i] as { bot: number; line: string }[]).push({ bot, line: c.line });
          break;
        }
        bot -= w.joined;
      }
    }
    await Promise.all(this.workers.map((w, i) => ((per[i] as unknown[]).length ? w.ask({ kind: 'commands', commands: per[i] as { bot: number; line: string }[] }) : null)));
  }

  async counters(): Promise<FleetCounters> {
    const replies = await Promise.all(this.workers.map((w) => w.ask({ kind: 'counters' })));
    const out: FleetCounters = { bots: 0, total: { socketBytes: 0, patches: 0, patchBytes: 0, messages: 0, messageBytes: 0, resultsOk: 0, resultsFailed: 0 }, minPatches: Infinity, maxPatches: 0, cpuSeconds: [], failures: [] };
    for (const r of replies) {
      if (r.kind !== 'counters') continue;
      const c: CountersReport = r.report;
      out.bots += c.bots;
      for (const k of Object.keys(out.total) as (keyof BotCounters)[]) out.total[k] += c.total[k];
      out.minPatches = Math.min(out.minPatches, c.minPatches);
      out.maxPatches = Math.max(out.maxPatches, c.maxPatches);
      out.cpuSeconds.push(c.cpuSeconds);
      out.failures.push(...c.failures);
    }
    if (out.bots === 0) out.minPatches = 0;
    return out;
  }

  /** Every bot leaves; the processes end. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => (w.child.exitCode === null ? w.ask({ kind: 'close' }).catch(() => undefined) : null)));
    await Promise.race([Promise.all(this.workers.map((w) => w.exited)), new Promise((r) => setTimeout(r, 5000))]);
    for (const w of this.workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
  }
}
