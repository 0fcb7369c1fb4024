// `npm run bench [-- <section>…]`: runs the benchmark sections (all by default),
// merges their figures into bench/results.json and prints a table. Goals are printed
// next to the figures; a miss is reported, not failed: benchmarks are not tests.
import { fileURLToPath } from 'node:url';
import { benchSim, type SimBench } from './sim.ts';
import { benchScheduler, type SchedulerBench } from './scheduler.ts';
import { benchServer, type ServerBench } from './server.ts';
import { benchClient, type ClientBench } from './client.ts';
import { RESULTS_PATH, machine, mergeResults } from './results.ts';

interface Row {
  metric: string;
  value: string;
  goal: string;
  met: boolean | null;
}

function simRows(s: SimBench): Row[] {
  return [
    { metric: 'reference world', value: `${s.hosts} hosts, ${s.vms} VMs, ${s.containers} containers running`, goal: '1000 / 4000 / 10000', met: s.hosts === 1000 && s.vms === 4000 && s.containers === 10000 },
    { metric: 'world creation', value: `${s.createMs} ms`, goal: '', met: null },
    { metric: 'memory (heapUsed / rss)', value: `${s.heapUsedMiB} / ${s.rssMiB} MiB`, goal: '', met: null },
    { metric: 'tick p50', value: `${s.tickMsP50} ms`, goal: '<= 3 ms', met: s.tickMsP50 <= 3 },
    { metric: 'tick p99', value: `${s.tickMsP99} ms`, goal: '<= 10 ms', met: s.tickMsP99 <= 10 },
    { metric: 'tick max', value: `${s.tickMsMax} ms`, goal: '', met: null },
    { metric: 'reference speed', value: `${s.gameMinutesPerWallSecond} game-min / wall-s`, goal: '', met: null },
    { metric: 'steady state (bad events in 600 ticks)', value: String(s.unsteadyEvents), goal: '0', met: s.unsteadyEvents === 0 },
    { metric: `level world (${s.levelHosts} hosts, ${s.levelContainers} containers)`, value: `${s.levelGameMinutesPerWallSecond} game-min / wall-s`, goal: '>= 30', met: s.levelGameMinutesPerWallSecond >= 30 },
    { metric: 'level: 30 game-minutes', value: `${s.levelWallMsFor30GameMinutes} ms`, goal: '<= 1000 ms', met: s.levelWallMsFor30GameMinutes <= 1000 },
  ];
}

function schedulerRows(s: SchedulerBench): Row[] {
  return [
    { metric: 'cluster', value: `${s.hosts} nodes, ${s.placed}/${s.pods} pods placed`, goal: '5000 nodes', met: s.hosts === 5000 && s.placed === s.pods },
    { metric: 'placements per second', value: String(s.placementsPerSec), goal: '>= 25000', met: s.placementsPerSec >= 25_000 },
    { metric: 'placements per CPU second', value: String(s.placementsPerCpuSec), goal: '', met: null },
    { metric: 'decision p50', value: `${s.decisionMsP50} ms`, goal: '', met: null },
    { metric: 'decision p99', value: `${s.decisionMsP99} ms`, goal: '<= 1 ms', met: s.decisionMsP99 <= 1 },
    { metric: 'decision max', value: `${s.decisionMsMax} ms`, goal: '', met: null },
    { metric: 'nodes examined per decision', value: String(s.nodesEvaluatedPerDecision), goal: '', met: null },
    { metric: 'snapshot of the cluster', value: `${s.snapshotMs} ms`, goal: '', met: null },
    { metric: 'game scheduling pass (events, why-here, bind)', value: `${s.cyclePlacementsPerSec} placements/s`, goal: '', met: null },
  ];
}

/** The KB goals are read as KiB (the stricter reading). */
const KB = 1024;

function serverRows(s: ServerBench): Row[] {
  const kb = (n: number): string => `${(n / KB).toFixed(1)} KiB`;
  const below = s.bytesPerClientPerSec > 0 ? s.naiveJsonBytesPerClientPerSec / s.bytesPerClientPerSec : 0;
  return [
    { metric: 'reference room', value: `${s.scenario}, ${s.containers} containers, ${s.clients} clients`, goal: '500 clients, one process', met: s.clients >= 500 },
    { metric: 'containers changed per tick (busy)', value: `${s.busy.changedContainersPerTickMean} (p50 ${s.busy.changedContainersPerTickP50})`, goal: `~${Math.round(s.containers * 0.05)} (5 %)`, met: s.busy.changedContainersPerTickMean >= s.containers * 0.0475 },
    { metric: 'server CPU (busy)', value: `${s.cpuPercent} % of a core`, goal: '<= 35 %', met: s.cpuPercent <= 35 },
    { metric: 'event loop p99 (busy)', value: `${s.eventLoopP99Ms} ms`, goal: '<= 25 ms', met: s.eventLoopP99Ms <= 25 },
    { metric: 'server RSS', value: `${s.rssMiB} MiB (idle ${s.rssIdleMiB}, peak ${s.rssPeakMiB}, heap ${s.heapUsedMiB})`, goal: '<= 300 MiB', met: s.rssMiB <= 300 },
    { metric: 'bytes per client per second (busy)', value: `${kb(s.bytesPerClientPerSec)}/s`, goal: '<= 64 KB/s', met: s.bytesPerClientPerSec <= 64 * KB },
    { metric: 'naive JSON at the patch rate', value: `${kb(s.naiveJsonBytesPerClientPerSec)}/s (${Math.round(below)}× more)`, goal: '>= 300× more', met: below >= 300 },
    { metric: 'full state on join', value: kb(s.fullStateBytes), goal: '<= 500 KB', met: s.fullStateBytes <= 500 * KB },
    { metric: 'join p95 (matchmake + connect + state)', value: `${s.joinMsP95} ms (p50 ${s.joinMsP50}, max ${s.joinMsMax})`, goal: '', met: null },
    { metric: 'patches per second (busy)', value: String(s.busy.patchesPerSec), goal: '', met: null },
    { metric: 'steady room (nobody typing): CPU, loop p99', value: `${s.natural.cpuPercent} %, ${s.natural.eventLoopP99Ms} ms`, goal: '', met: null },
    { metric: 'steady room: containers changed per tick, bytes', value: `${s.natural.changedContainersPerTickMean}, ${kb(s.natural.bytesPerClientPerSec)}/s`, goal: '', met: null },
    { metric: 'bot processes CPU (busy)', value: `${s.busy.botCpuPercent.join(' + ')} % (+ observer ${s.busy.observerCpuPercent} %)`, goal: '', met: null },
    { metric: 'machine load average (end of busy window)', value: String(s.busy.loadAverage), goal: '', met: null },
  ];
}

function clientRows(c: ClientBench): Row[] {
  return [
    { metric: 'browser', value: `Chromium ${c.chromium}, ${c.renderer}, ${c.viewport}`, goal: '', met: null },
    { metric: 'empty scene (median of 5 windows; best)', value: `${c.emptySceneFps} fps; ${c.emptySceneFpsBest}`, goal: '', met: null },
    { metric: `fps at 2k objects (${c.objectsAt2k}, live patches)`, value: `${c.fpsAt2k} fps; ${c.fpsAt2kBest}`, goal: '>= 55', met: c.fpsAt2k >= 55 },
    { metric: `fps at 11k objects (${c.objectsAt11k}, live patches)`, value: `${c.fpsAt11k} fps; ${c.fpsAt11kBest}`, goal: '>= 30', met: c.fpsAt11k >= 30 },
    { metric: 'fps at 11k, zoomed in to names', value: `${c.fpsAt11kZoomedIn} fps`, goal: '', met: null },
    { metric: 'first full draw of 11k objects', value: `${c.firstDrawAt11kMs} ms`, goal: '', met: null },
    { metric: 'patch apply p95 (1,000 containers, store + views)', value: `${c.patchApplyMsP95} ms (store ${c.patchApplyStoreMsP95}, views ${c.patchApplyViewMsP95})`, goal: '<= 2 ms', met: c.patchApplyMsP95 <= 2 },
    { metric: `join to first frame (${c.joinScenario}, ${c.joinObjects} objects)`, value: `${c.joinToFirstFrameMs} ms`, goal: '<= 1500 ms', met: c.joinToFirstFrameMs <= 1500 },
    { metric: `join to first frame (bench-10k, ${c.joinObjectsAt10k} objects)`, value: `${c.joinToFirstFrameMsAt10k} ms (state in after ${c.joinWelcomeMsAt10k} ms)`, goal: '', met: null },
    { metric: 'bundle (JS + CSS, gzip)', value: `${(c.bundleGzipBytes / KB).toFixed(1)} KB${c.bundleIncludesPhaser ? '' : ' (Phaser not in it!)'}`, goal: '<= 450 KB', met: c.bundleGzipBytes <= 450 * KB && c.bundleIncludesPhaser },
    { metric: 'bundle with the custom Phaser build', value: `${(c.bundleGzipBytesWithCustomPhaser / KB).toFixed(1)} KB`, goal: '', met: null },
  ];
}

function table(rows: Row[]): string {
  const w0 = Math.max(6, ...rows.map((r) => r.metric.length));
  const w1 = Math.max(5, ...rows.map((r) => r.value.length));
  const w2 = Math.max(4, ...rows.map((r) => r.goal.length));
  const line = (a: string, b: string, c: string, d: string): string => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c.padEnd(w2)}  ${d}`.trimEnd();
  return [line('METRIC', 'VALUE', 'GOAL', ''), ...rows.map((r) => line(r.metric, r.value, r.goal, r.met === null ? '' : r.met ? 'ok' : 'MISSED'))].join('\n');
}

type Section = () => { data: unknown; rows: Row[] } | Promise<{ data: unknown; rows: Row[] }>;

const SECTIONS: Record<string, Section> = {
  sim: () => {
    const s = benchSim((l) => console.log(`  ${l}`));
    return { data: { ...s, measuredOn: machine() }, rows: simRows(s) };
  },
  scheduler: () => {
    const s = benchScheduler((l) => console.log(`  ${l}`));
    return { data: { ...s, measuredOn: machine() }, rows: schedulerRows(s) };
  },
  server: async () => {
    const s = await benchServer((l) => console.log(`  ${l}`));
    return { data: { ...s, measuredOn: machine() }, rows: serverRows(s) };
  },
  client: async () => {
    const c = await benchClient((l) => console.log(`  ${l}`));
    return { data: { ...c, measuredOn: machine() }, rows: clientRows(c) };
  },
};

async function main(argv: string[]): Promise<number> {
  const names = argv.length ? argv : Object.keys(SECTIONS);
  const unknown = names.filter((n) => !SECTIONS[n]);
  if (unknown.length) {
    console.error(`bench: unknown section ${unknown.join(', ')} (known: ${Object.keys(SECTIONS).join(', ')})`);
    return 2;
  }
  const m = machine();
  console.log(`machine: ${m.nproc} × ${m.cpuModel}, ${m.memoryGiB} GiB RAM, Node ${m.node}, ${m.date}`);
  const out: Record<string, unknown> = {};
  for (const name of names) {
    console.log(`\n[${name}]`);
    const { data, rows } = await (SECTIONS[name] as Section)();
    out[name] = data;
    console.log(table(rows));
  }
  mergeResults(out);
  console.log(`\nwrote ${fileURLToPath(RESULTS_PATH)}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
