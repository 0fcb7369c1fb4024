// The facilitator of the bench's reference room: a real colyseus.js client that creates
// the team session and decodes the state as a player's browser would. It counts how many
// containers change between one game tick and the next (schema callbacks: a container
// counts once per tick whatever number of its fields changed), the patches it receives,
// and what the whole state weighs as JSON (what a naive server would send per patch).
import { Client, getStateCallbacks, type Room } from 'colyseus.js';
import { performance } from 'node:perf_hooks';
import { MSG, ROOM_NAME, type CreateOptions, type ResultMessage } from '../../shared/protocol/messages.ts';
import { DatacenterState } from '../../shared/schema/DatacenterState.ts';

/** Messages the room sends on its own (welcome, notices) need a handler before the room connects. */
class QuietClient extends Client {
  protected override createRoom<T = unknown>(roomName: string, rootSchema?: never): Room<T> {
    const room = super.createRoom<T>(roomName, rootSchema);
    for (const type of [MSG.WELCOME, MSG.NOTICE, MSG.DEBRIEF]) room.onMessage(type, () => undefined);
    return room;
  }
}

export interface TickChange {
  tick: number;
  /** Containers with at least one changed field (or added) since the previous tick. */
  containers: number;
}

export class Observer {
  /** Ticks seen since the last `mark()`, each with the containers that changed in it. */
  readonly ticks: TickChange[] = [];
  /** Patches decoded since the last `mark()`. */
  patches = 0;
  private readonly changed = new Set<string>();
  private lastTick = -1;
  private seq = 0;
  private readonly pending = new Map<string, (r: ResultMessage) => void>();
  private readonly tickListeners = new Set<(tick: number) => void>();

  private constructor(
    readonly room: Room<DatacenterState>,
    /** create + connect + first state, ms. */
    readonly joinMs: number,
  ) {
    room.onMessage(MSG.RESULT, (r: ResultMessage) => {
      this.pending.get(r.id)?.(r);
      this.pending.delete(r.id);
    });
    const $ = getStateCallbacks(room);
    $(room.state).containers.onAdd((container, key) => {
      this.changed.add(key);
      $(container).onChange(() => this.changed.add(key));
    });
    this.changed.clear();
    this.lastTick = room.state.tick;
    room.onStateChange(() => {
      this.patches++;
      const tick = room.state.tick;
      if (tick === this.lastTick) return;
      // Changes decoded in the patch that brings a new tick belong to that tick.
      this.ticks.push({ tick, containers: this.changed.size });
      this.changed.clear();
      this.lastTick = tick;
      for (const listener of this.tickListeners) listener(tick);
    });
  }

  /** Creates the room (its creator is the facilitator) and waits for the first full state. */
  static async create(url: string, options: CreateOptions): Promise<Observer> {
    const t0 = performance.now();
    const room = await new QuietClient(url).create<DatacenterState>(ROOM_NAME, options, DatacenterState);
    await new Promise<void>((resolve) => {
      if (room.state?.code) return resolve();
      room.onStateChange.once(() => resolve());
    });
    return new Observer(room, performance.now() - t0);
  }

  get state(): DatacenterState {
    return this.room.state;
  }

  /** Starts a new counting window. */
  mark(): void {
    this.ticks.length = 0;
    this.patches = 0;
  }

  /** Runs a command line as the facilitator and waits for its result. */
  run(line: string, timeoutMs = 10_000): Promise<ResultMessage> {
    const id = `obs-${++this.seq}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no result for "${line}" within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      this.room.send(MSG.COMMAND, { id, line });
    });
  }

  /** Calls `listener` at each new tick the state shows; returns how to stop. */
  onTick(listener: (tick: number) => void): () => void {
    this.tickListeners.add(listener);
    return () => this.tickListeners.delete(listener);
  }

  /** Resolves at the next tick the state shows. */
  nextTick(timeoutMs = 10_000): Promise<number> {
    const from = this.room.state.tick;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no tick after ${from} within ${timeoutMs} ms`)), timeoutMs);
      const check = (): void => {
        if (this.room.state.tick === from) return;
        clearTimeout(timer);
        this.room.onStateChange.remove(check);
        resolve(this.room.state.tick);
      };
      this.room.onStateChange(check);
    });
  }

  /** Bytes of the whole decoded state as JSON text. */
  naiveJsonBytes(): number {
    return Buffer.byteLength(JSON.stringify(this.room.state.toJSON()));
  }

  async leave(): Promise<void> {
    await this.room.leave(true).catch(() => undefined);
  }
}
