// The server benchmark (issue 4 §6): the real server process (server/index.ts, embedded
// PGlite) on loopback, a reference team session on bench-10k (10,000 containers) with
// 500 clients: one colyseus.js facilitator that creates it and decodes the state
// (observer.ts), and raw WebSocket bots in two processes that join with its code and
// count what they receive (rawClient.ts, botFleet.ts). Two measuring windows at 1× speed:
// the room as the simulation leaves it (steady: hardly any container changes), then busy,
// with the players' rolling restart (churn.ts) changing ~5 % of the containers per tick.
// Server CPU and RSS are read from /proc; its event-loop delay by a preloaded probe. The
// server is started once to create its store and then again to be measured, as a
// deployment restarts on its existing data (PGlite's first start, initdb, leaves the
// process far larger; that figure is kept as rssFirstStartMiB).
//
// Environment knobs (all optional): NINES_BENCH_CLIENTS (500), NINES_BENCH_BUSY_SECONDS
// (30), NINES_BENCH_CPU_PROF=<dir> (CPU profiles of the server in each window, written
// as natural.cpuprofile and busy.cpuprofile; figures taken while profiling read higher),
// NINES_BENCH_DATABASE_URL (PostgreSQL instead of PGlite, for comparison).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cpuUsage } from 'node:process';
import { BotFleet, type FleetCounters } from './server/botFleet.ts';
import { churnGroups, RollingChurn } from './server/churn.ts';
import { Observer } from './server/observer.ts';
import { cpuSeconds, rssMiB } from './server/procStats.ts';
import { startServer, type ServerProcess } from './server/serverProcess.ts';
import { percentile, round } from './stats.ts';

export const SERVER_SCENARIO = 'bench-10k';
/** Share of the containers the players' commands change per tick in the busy window. */
const CHURN_SHARE = 0.05;
const BOT_PROCESSES = 2;
/** Joins in flight per bot process. */
const JOIN_CONCURRENCY = 4;
const NATURAL_SECONDS = 10;
const WARMUP_SECONDS = 5;

export interface WindowFigures {
  seconds: number;
  cpuPercent: number;
  eventLoopP50Ms: number;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  rssMiB: number;
  bytesPerClientPerSec: number;
  /** Of which state patches, and messages (results, notices). */
  patchBytesPerClientPerSec: number;
  messageBytesPerClientPerSec: number;
  patchesPerSec: number;
  ticks: number;
  changedContainersPerTickMean: number;
  changedContainersPerTickP50: number;
  changedContainersPerTickMin: number;
  commandsOk: number;
  commandsFailed: number;
  /** CPU of each bot process and of the bench process (the observer), % of one core. */
  botCpuPercent: number[];
  observerCpuPercent: number;
  /** 1-minute load average at the end of the window (the machine's other work shows here). */
  loadAverage: number;
}

export interface ServerBench {
  scenario: string;
  containers: number;
  clients: number;
  cpuPercent: number;
  eventLoopP99Ms: number;
  rssMiB: number;
  bytesPerClientPerSec: number;
  naiveJsonBytesPerClientPerSec: number;
  fullStateBytes: number;
  joinMsP95: number;
  joinMsP50: number;
  joinMsMax: number;
  joinErrors: number;
  facilitatorJoinMs: number;
  naiveJsonBytes: number;
  /** Highest server RSS seen (sampled every second) from the room's creation to the end. */
  rssPeakMiB: number;
  /** Server RSS on the store's first start (PGlite initdb), idle. */
  rssFirstStartMiB: number;
  /** Server RSS when listening with no room, with the room and no players yet, and its heap at the end. */
  rssIdleMiB: number;
  rssWithRoomMiB: number;
  heapUsedMiB: number;
  busy: WindowFigures;
  natural: WindowFigures;
  setup: { botProcesses: number; joinConcurrency: number; speed: number; churnPerTick: number; server: string; store: string; joinSeconds: number };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function envInt(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Measures one window of `seconds` with whatever the players are doing meanwhile. */
async function measureWindow(server: ServerProcess, observer: Observer, fleet: BotFleet, seconds: number, profilePath?: string): Promise<WindowFigures> {
  const before: FleetCounters = await fleet.counters();
  const obsCpu0 = cpuUsage();
  if (profilePath) await server.probe('profile-start');
  observer.mark();
  await server.probe('reset');
  const cpu0 = cpuSeconds(server.pid);
  const t0 = performance.now();
  let rss = rssMiB(server.pid);
  for (let s = 0; s < seconds; s++) {
    await sleep(1000);
    rss = Math.max(rss, rssMiB(server.pid));
  }
  const cpu1 = cpuSeconds(server.pid);
  const wall = (performance.now() - t0) / 1000;
  const loop = await server.probe('read');
  if (profilePath) await server.probe('profile-stop', profilePath);
  const after = await fleet.counters();
  const obsCpu = cpuUsage(obsCpu0);
  const bots = Math.max(1, after.bots);
  const changed = observer.ticks.map((t) => t.containers);
  return {
    seconds: round(wall, 1),
    cpuPercent: round(((cpu1 - cpu0) / wall) * 100, 1),
    eventLoopP50Ms: loop.loopP50Ms,
    eventLoopP99Ms: loop.loopP99Ms,
    eventLoopMaxMs: loop.loopMaxMs,
    rssMiB: round(rss, 1),
    bytesPerClientPerSec: Math.round((after.total.socketBytes - before.total.socketBytes) / bots / wall),
    patchBytesPerClientPerSec: Math.round((after.total.patchBytes - before.total.patchBytes) / bots / wall),
    messageBytesPerClientPerSec: Math.round((after.total.messageBytes - before.total.messageBytes) / bots / wall),
    patchesPerSec: round(observer.patches / wall, 2),
    ticks: observer.ticks.length,
    changedContainersPerTickMean: changed.length ? round(changed.reduce((a, b) => a + b, 0) / changed.length, 1) : 0,
    changedContainersPerTickP50: percentile(changed, 50),
    changedContainersPerTickMin: changed.length ? Math.min(...changed) : 0,
    commandsOk: after.total.resultsOk - before.total.resultsOk,
    commandsFailed: after.total.resultsFailed - before.total.resultsFailed,
    botCpuPercent: after.cpuSeconds.map((c, i) => round(((c - (before.cpuSeconds[i] ?? 0)) / wall) * 100, 1)),
    observerCpuPercent: round(((obsCpu.user + obsCpu.system) / 1e6 / wall) * 100, 1),
    loadAverage: round(loadavg()[0] ?? 0, 2),
  };
}

/**
 * Sends each tick's churn lines from the bots, spread over the first half of the tick as
 * players would. Started containers keep changing for a tick or two (memory, the load
 * balancer's share), so the number stopped per tick follows what the observer counted
 * in the previous tick, to hold the changes near `target` containers per tick.
 */
function startChurn(observer: Observer, fleet: BotFleet, churn: RollingChurn, target: number): () => Promise<void> {
  const SLICES = 8;
  const SLICE_MS = 60;
  let bot = 0;
  let stop = Math.round(target / 2);
  const timers = new Set<NodeJS.Timeout>();
  const send = (lines: string[]): void => {
    void fleet.commands(lines.map((line) => ({ bot: bot++ % fleet.size, line }))).catch(() => undefined);
  };
  const off = observer.onTick(() => {
    const last = observer.ticks.at(-1)?.containers;
    // A quarter of the error each tick: a stop shows over two ticks (the stop, then the start).
    if (last !== undefined && last > 0) stop = Math.max(1, Math.min(churn.maxPerTick, Math.round(stop + (target - last) / 4)));
    const lines = churn.tick(stop);
    for (let s = 0; s < SLICES; s++) {
      const part = lines.slice(Math.floor((s * lines.length) / SLICES), Math.floor(((s + 1) * lines.length) / SLICES));
      const timer = setTimeout(() => {
        timers.delete(timer);
        send(part);
      }, s * SLICE_MS);
      timers.add(timer);
    }
  });
  return async () => {
    off();
    for (const t of timers) clearTimeout(t);
    await fleet.commands(churn.finish().map((line) => ({ bot: bot++ % fleet.size, line })));
  };
}

export async function benchServer(log: (line: string) => void = () => undefined): Promise<ServerBench> {
  const clients = envInt('NINES_BENCH_CLIENTS', 500);
  const busySeconds = envInt('NINES_BENCH_BUSY_SECONDS', 30);
  const profDir = process.env.NINES_BENCH_CPU_PROF || undefined;
  if (profDir) mkdirSync(profDir, { recursive: true });
  const databaseUrl = process.env.NINES_BENCH_DATABASE_URL || undefined;
  const dir = mkdtempSync(join(tmpdir(), 'nines-bench-server-'));
  const options = { seats: clients, dir, ...(databaseUrl ? { databaseUrl } : {}) };
  // First start: creates the store (and migrates it), as the first `npm start` does.
  const first = await startServer(options);
  const rssFirstStart = rssMiB(first.pid);
  await first.stop();
  const server = await startServer(options);
  log(`server pid ${server.pid} on ${server.url} (log: ${server.logPath})`);
  const rssIdle = rssMiB(server.pid);
  let rssPeak = rssIdle;
  const sampler = setInterval(() => {
    try {
      rssPeak = Math.max(rssPeak, rssMiB(server.pid));
    } catch {
      // the server has just exited
    }
  }, 1000);
  let fleet: BotFleet | null = null;
  let observer: Observer | null = null;
  try {
    observer = await Observer.create(server.url, { mode: 'team', scenario: SERVER_SCENARIO, seed: 1, name: 'facilitator' });
    const code = observer.state.code;
    // The kubelets start the cluster's pods over the first ticks, so containers are counted after the joins.
    for (let i = 0; i < 3; i++) await observer.nextTick();
    const rssWithRoom = rssMiB(server.pid);
    log(`room ${observer.room.roomId} (code ${code}); facilitator joined in ${Math.round(observer.joinMs)} ms; server RSS ${Math.round(rssIdle)} MiB idle, ${Math.round(rssWithRoom)} MiB with the room`);

    fleet = new BotFleet(BOT_PROCESSES);
    const t0 = performance.now();
    const joined = await fleet.join(server.url, code, clients - 1, JOIN_CONCURRENCY);
    const joinSeconds = round((performance.now() - t0) / 1000, 1);
    log(`${joined.joined} bots joined in ${joinSeconds} s (${joined.errors.length} errors${joined.errors[0] ? `: ${joined.errors[0]}` : ''})`);
    for (let i = 0; i < 3; i++) await observer.nextTick();
    const containers = [...observer.state.containers.values()].filter((c) => c.uid !== 0).length;
    log(`${containers} containers in the room`);

    log(`natural window (${NATURAL_SECONDS} s, 1× speed, nobody typing)`);
    const natural = await measureWindow(server, observer, fleet, NATURAL_SECONDS, profDir && join(profDir, 'natural.cpuprofile'));

    const hosts = [...observer.state.hosts.values()].filter((h) => h.role === 'container-host').map((h) => h.id);
    const groups = churnGroups(observer.state.containers.values(), hosts);
    const target = Math.round(containers * CHURN_SHARE);
    const stopChurn = startChurn(observer, fleet, new RollingChurn(groups, Math.round(target / 2)), target);
    log(`busy: players stop containers each tick and start those stopped the tick before, ~${target} changing a tick; warm-up ${WARMUP_SECONDS} s, then ${busySeconds} s`);
    await sleep(WARMUP_SECONDS * 1000);
    const busy = await measureWindow(server, observer, fleet, busySeconds, profDir && join(profDir, 'busy.cpuprofile'));
    const naiveJsonBytes = observer.naiveJsonBytes();
    const heapUsedMiB = (await server.probe('read')).heapUsedMiB;
    await stopChurn();
    if (busy.commandsFailed > 0) log(`commands refused: ${busy.commandsFailed} (e.g. ${(await fleet.counters()).failures[0] ?? '?'})`);

    return {
      scenario: SERVER_SCENARIO,
      containers,
      clients: fleet.size + 1,
      cpuPercent: busy.cpuPercent,
      eventLoopP99Ms: busy.eventLoopP99Ms,
      rssMiB: busy.rssMiB,
      bytesPerClientPerSec: busy.bytesPerClientPerSec,
      naiveJsonBytesPerClientPerSec: Math.round(naiveJsonBytes * busy.patchesPerSec),
      fullStateBytes: Math.max(0, ...joined.fullStateBytes),
      joinMsP95: round(percentile(joined.joinMs, 95), 1),
      joinMsP50: round(percentile(joined.joinMs, 50), 1),
      joinMsMax: round(Math.max(0, ...joined.joinMs), 1),
      joinErrors: clients - 1 - joined.joined,
      facilitatorJoinMs: round(observer.joinMs, 1),
      naiveJsonBytes,
      rssPeakMiB: round(Math.max(rssPeak, busy.rssMiB), 1),
      rssFirstStartMiB: round(rssFirstStart, 1),
      rssIdleMiB: round(rssIdle, 1),
      rssWithRoomMiB: round(rssWithRoom, 1),
      heapUsedMiB,
      busy,
      natural,
      setup: { botProcesses: BOT_PROCESSES, joinConcurrency: JOIN_CONCURRENCY * BOT_PROCESSES, speed: 1, churnPerTick: target, server: 'node --import tsx server/index.ts', store: databaseUrl ? 'postgresql' : 'pglite', joinSeconds },
    };
  } finally {
    clearInterval(sampler);
    await fleet?.close();
    await observer?.leave();
    const code = await server.stop();
    rmSync(join(dir, 'data'), { recursive: true, force: true });
    log(`server stopped (exit ${code})`);
  }
}
