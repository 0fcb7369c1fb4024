import { readFileSync } from 'node:fs';
import { loadScenario } from './server/scenarios/loadScenario.ts';
import { createWorld } from './shared/sim/world.ts';
import { SimSession } from './shared/sim/session.ts';
const [id, scriptFile, svcName] = process.argv.slice(2);
const world = createWorld(loadScenario(id), 1);
const s = new SimSession(world, { id: 'console', name: 'console', role: 'player', lang: 'en' });
const lines = readFileSync(scriptFile, 'utf8').split('\n');
let last = { requests: 0, failed: 0, slow: 0 };
function sample() {
  const t = world.services.get(svcName)!.totals;
  if (world.tick % 30 === 0) {
    console.log(`${Math.floor(world.tick/60)}m${world.tick%60}s req+${t.requests-last.requests} fail+${t.failed-last.failed} slow+${t.slow-last.slow}`);
    last = { ...t };
  }
}
function waitT(n: number) { for (let i = 0; i < n; i++) { s.wait(1); sample(); } }
for (const raw of lines) {
  const line = raw.trim();
  if (!line || line.startsWith('#')) continue;
  const m = /^wait (?:(\d+)m)?(?:(\d+)s)?$/.exec(line);
  if (m) { waitT((Number(m[1] ?? 0) * 60) + Number(m[2] ?? 0)); continue; }
  const before = world.tick;
  const r = s.exec(line);
  if (!r.ok) console.log('FAIL', line, r.error);
}
waitT(Math.max(0, (world.level.durationTicks ?? 0) - world.tick));
