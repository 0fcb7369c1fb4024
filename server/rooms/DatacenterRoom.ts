// The authoritative room: a thin adapter around the pure simulation. It queues
// command lines, advances the world in fixed one-second ticks from a wall-clock
// accumulator, answers each command to its sender, and mirrors the shared command log.
import { Room, type Client } from '@colyseus/core';
import { EventSink } from '../../shared/sim/events.ts';
import type { World } from '../../shared/sim/model.ts';
import { advance, runCommand } from '../../shared/sim/step.ts';
import type { CommandInput, Lang } from '../../shared/sim/commands/types.ts';
import { createWorld } from '../../shared/sim/world.ts';
import { MSG, parseCommandMessage, type ResultMessage } from '../../shared/protocol/messages.ts';
import { DatacenterState, LogEntryState } from '../../shared/schema/DatacenterState.ts';
import { loadScenario } from '../scenarios/loadScenario.ts';

/** Wall-clock milliseconds per game second at 1× speed. */
export const TICK_MS = 1000;
const LOG_SYNCED = 50;

export interface DatacenterOptions {
  scenario?: string;
  seed?: number;
  /** Language of the hints and lessons the creator reads (`en` or `ko`). */
  lang?: string;
  /** Tests drive ticks by hand with advanceTicks(). */
  manualTicks?: boolean;
}

export class DatacenterRoom extends Room<DatacenterState> {
  override state = new DatacenterState();
  private world!: World;
  private queue: CommandInput[] = [];
  /** Which client asked which command, so a late answer (a pull) reaches its sender. */
  private askedBy = new Map<string, { client: Client; clientId: string }>();
  private accumulator = 0;
  private serial = 0;
  /** Each client's language, chosen when it joined (hints and lessons come in it). */
  private langOf = new Map<string, Lang>();

  override onCreate(options: DatacenterOptions = {}): void {
    const scenario = loadScenario(typeof options.scenario === 'string' ? options.scenario : 'sandbox');
    const seed = Number.isInteger(options.seed) ? (options.seed as number) : 1;
    this.world = createWorld(scenario, seed);
    this.state.scenario = scenario.id;
    this.onMessage(MSG.COMMAND, (client, payload: unknown) => {
      const msg = parseCommandMessage(payload);
      if (!msg) return;
      const id = `${client.sessionId}:${++this.serial}`;
      this.askedBy.set(id, { client, clientId: msg.id });
      const lang = this.langOf.get(client.sessionId) ?? 'en';
      this.queue.push({ id, line: msg.line, actor: { id: client.sessionId, name: client.sessionId.slice(0, 6), role: 'player', lang } });
    });
    if (!options.manualTicks) this.setSimulationInterval((dt) => this.advanceWallClock(dt), 100);
  }

  override onJoin(client: Client, options: DatacenterOptions = {}): void {
    this.langOf.set(client.sessionId, options.lang === 'ko' ? 'ko' : 'en');
  }

  override onLeave(client: Client): void {
    this.langOf.delete(client.sessionId);
  }

  /** Runs the queued commands and `n` ticks; the wall-clock loop and tests both use it. */
  advanceTicks(n = 1): void {
    for (let i = 0; i < n; i++) {
      const sink = new EventSink();
      const commands = this.queue;
      this.queue = [];
      for (const c of commands) runCommand(this.world, c, sink);
      advance(this.world, sink);
      for (const e of sink.events) {
        if (e.kind !== 'result') continue;
        const asked = this.askedBy.get(e.commandId);
        if (!asked) continue;
        this.askedBy.delete(e.commandId);
        const reply: ResultMessage = { id: asked.clientId, ok: e.ok, output: e.output, ...(e.error ? { error: e.error } : {}) };
        asked.client.send(MSG.RESULT, reply);
      }
    }
    this.project();
  }

  private advanceWallClock(dt: number): void {
    this.accumulator += dt * this.state.speed;
    while (this.accumulator >= TICK_MS) {
      this.accumulator -= TICK_MS;
      this.advanceTicks(1);
    }
  }

  private project(): void {
    this.state.tick = this.world.tick;
    const synced = this.state.log;
    const lastSeq = synced.length ? (synced[synced.length - 1]?.seq ?? -1) : -1;
    // The log only grows at its end: append the entries newer than the last synced one.
    for (const e of this.world.commandLog) {
      if (e.seq <= lastSeq) continue;
      const entry = new LogEntryState();
      entry.seq = e.seq;
      entry.tick = e.tick;
      entry.actor = e.actor;
      entry.line = e.line;
      entry.ok = e.ok;
      synced.push(entry);
    }
    while (synced.length > LOG_SYNCED) synced.shift();
  }
}
