// TEMP (perf helper): state hashes of many runs, to compare before/after an optimisation.
import { readFileSync, readdirSync } from 'node:fs';
import { parseScenario } from './shared/sim/scenario/schema.ts';
import { createWorld } from './shared/sim/world.ts';
import { stateHash } from './shared/sim/stateHash.ts';
import { step } from './shared/sim/step.ts';
import { SimSession } from './shared/sim/session.ts';
import { play } from './server/cli/play.ts';
import { qualifiedName } from './shared/sim/ops/targets.ts';

const DIR = './shared/scenarios/';
const only = process.argv[2];
function load(id: string) {
  const r = parseScenario(JSON.parse(readFileSync(`${DIR}${id}.json`, 'utf8')));
  if (!r.ok) throw new Error(id + r.errors.join('\n'));
  return r.scenario;
}
const ids = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
const out: string[] = [];
function rec(name: string, h: string) { out.push(`${name} ${h}`); console.log(name, h); }
for (const id of ids) {
  if (only && !id.includes(only)) continue;
  const ticks = id === 'bench-10k' ? 200 : id === 'bench-level' ? 1800 : 1200;
  for (const seed of id === 'bench-10k' ? [1] : [1, 5]) {
    const w = createWorld(load(id), seed);
    for (let i = 0; i < ticks; i++) step(w, []);
    rec(`${id}/s${seed}/idle${ticks}`, stateHash(w));
  }
  if (id === 'bench-10k') continue;
  // Facilitator injects everything it can find a target for.
  const w = createWorld(load(id), 3);
  const sh = new SimSession(w, { id: 'f', name: 'fac', role: 'facilitator', lang: 'en' } as any);
  sh.wait(60);
  const hosts = [...w.hosts.values()];
  const ch = hosts.find((h) => h.role === 'container-host')?.id ?? 'host-1';
  const hv = hosts.find((h) => h.role === 'hypervisor')?.id ?? 'host-3';
  const vm = [...w.vms.values()][0]?.name ?? 'vm-1';
  const cs = [...w.containers.values()].filter((c) => c.state === 'running');
  const c1 = cs[0] ? qualifiedName(cs[0]) : 'x';
  const c2 = cs[1] ? qualifiedName(cs[1]) : 'x';
  const c3 = cs[2] ? qualifiedName(cs[2]) : 'x';
  const svc = [...w.services.values()][0]?.name ?? 'web';
  const lines = [
    `inject memory-leak ${c1}`, `inject crash ${c2}`, `inject crash-loop ${c3}`, `inject crash-loop ${svc}`, `inject noisy-neighbour ${ch}`, 'wait 2m',
    `inject traffic-spike ${svc}`, `inject bad-release ${c2}`, `inject vm-overcommit ${hv}`, 'wait 3m', `inject network-partition ${ch}`,
    'wait 2m', `inject kernel-panic ${ch}`, 'wait 3m', `inject disk-full ${ch}`, `inject host-failure ${hv}`, 'wait 4m',
    `inject registry-outage docker.io`, `inject image-pull-failure ${c1}`, `inject power-loss ${hosts[0]?.rack ?? 'rack-1'}`, 'wait 5m',
    'kubectl get pods', 'alerts', 'wait 10m',
  ];
  let fails = 0;
  for (const l of lines) {
    if (l.startsWith('wait ')) { sh.wait(l.endsWith('m') ? Number(l.slice(5, -1)) * 60 : 30); continue; }
    const r = sh.exec(l); if (!r.ok) { fails++; if (process.env.SHOWFAIL) console.log("  ", l, "=>", r.error?.split("\n")[0]); }
  }
  rec(`${id}/inject(fails=${fails})`, stateHash(w));
}
for (const f of readdirSync('./tests/campaign').filter((f) => f.endsWith('.script')).sort()) {
  if (only && !f.includes(only)) continue;
  const prefix = f.slice(0, 'level-NN'.length) + '-';
  const id = ids.find((i) => i.startsWith(prefix));
  if (!id) continue;
  const w = createWorld(load(id), 1);
  play(w, readFileSync(`./tests/campaign/${f}`, 'utf8'), { lang: 'en', events: false }, () => {});
  rec(`script/${f}`, stateHash(w));
}
