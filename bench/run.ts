// `npm run bench [-- <section>…]`: runs the benchmark sections (all by default),
// merges their figures into bench/results.json and prints a table. Goals are printed
// next to the figures; a miss is reported, not failed: benchmarks are not tests.
import { fileURLToPath } from 'node:url';
import { benchSim, type SimBench } from './sim.ts';
import { benchScheduler, type SchedulerBench } from './scheduler.ts';
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

function table(rows: Row[]): string {
  const w0 = Math.max(6, ...rows.map((r) => r.metric.length));
  const w1 = Math.max(5, ...rows.map((r) => r.value.length));
  const w2 = Math.max(4, ...rows.map((r) => r.goal.length));
  const line = (a: string, b: string, c: string, d: string): string => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c.padEnd(w2)}  ${d}`.trimEnd();
  return [line('METRIC', 'VALUE', 'GOAL', ''), ...rows.map((r) => line(r.metric, r.value, r.goal, r.met === null ? '' : r.met ? 'ok' : 'MISSED'))].join('\n');
}

const SECTIONS: Record<string, () => { data: unknown; rows: Row[] }> = {
  sim: () => {
    const s = benchSim((l) => console.log(`  ${l}`));
    return { data: { ...s, measuredOn: machine() }, rows: simRows(s) };
  },
  scheduler: () => {
    const s = benchScheduler((l) => console.log(`  ${l}`));
    return { data: { ...s, measuredOn: machine() }, rows: schedulerRows(s) };
  },
};

function main(argv: string[]): number {
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
    const { data, rows } = (SECTIONS[name] as () => { data: unknown; rows: Row[] })();
    out[name] = data;
    console.log(table(rows));
  }
  mergeResults(out);
  console.log(`\nwrote ${fileURLToPath(RESULTS_PATH)}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
