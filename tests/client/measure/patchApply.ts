// Measures (not a test) what applying one patch costs the client at the reference size:
// 10,000 containers with 1,000 changing per patch. The full path is the real one minus
// the socket: a schema 3 Encoder on a DatacenterState, a reflection-built Decoder as
// colyseus.js makes it, getDecoderStateCallbacks → bindState → ClientStore, then one
// ChangeTracker drain and a tile per changed container, as a renderer's frame would.
//   node --import tsx tests/client/measure/patchApply.ts [--containers 10000] [--changed 1000]
import { Decoder, Encoder, Reflection, getDecoderStateCallbacks } from '@colyseus/schema';
import { bindState } from '../../../client/src/net/bindState.ts';
import type { GameConnection } from '../../../client/src/net/GameConnection.ts';
import { FakeConnection } from '../../../client/src/net/FakeConnection.ts';
import { ClientStore } from '../../../client/src/state/ClientStore.ts';
import { containerTile, selectLayout } from '../../../client/src/state/selectors.ts';
import { ContainerState, DatacenterState, HostState } from '../../../shared/schema/DatacenterState.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CONTAINERS = arg('containers', 10_000);
const CHANGED = arg('changed', 1_000);
const ROUNDS = arg('rounds', 60);
/** Rounds run before measuring (JIT warm-up), as a page does after its first patches. */
const WARMUP = 20;

function serverState(): DatacenterState {
  const state = new DatacenterState();
  for (let h = 0; h < 1000; h++) {
    const host = new HostState();
    Object.assign(host, { id: `host-${h + 1}`, rack: `rack-${Math.floor(h / 20) + 1}`, role: 'container-host', cores: 16, memoryMiB: 65536 });
    state.hosts.set(host.id, host);
  }
  for (let i = 0; i < CONTAINERS; i++) {
    const c = new ContainerState();
    Object.assign(c, { uid: i + 1, name: `c-${i + 1}`, image: 'nginx:1.25', target: `host-${(i % 1000) + 1}`, state: 2, cpuMillis: 100, memMiB: 64, cpuLimitMillis: 500, memLimitMiB: 256, app: 'shop-web' });
    state.containers.set(String(i), c);
  }
  return state;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? 0;

function main(): void {
  Encoder.BUFFER_SIZE = 4 * 1024 * 1024;
  const state = serverState();
  const encoder = new Encoder(state);
  const decoder: Decoder<DatacenterState> = Reflection.decode(Reflection.encode(encoder));
  decoder.decode(Buffer.from(encoder.encodeAll()));
  encoder.discardChanges();

  const store = new ClientStore(new FakeConnection() as GameConnection);
  const t0 = performance.now();
  const binding = bindState(getDecoderStateCallbacks(decoder), decoder.state, store);
  binding.flush();
  const firstMs = performance.now() - t0;
  const reader = store.track();
  reader.drain();
  selectLayout(store);

  const decodeMs: number[] = [];
  const frameMs: number[] = [];
  let bytes = 0;
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    for (let k = 0; k < CHANGED; k++) {
      const slot = (round * 7919 + k * 9973) % CONTAINERS;
      const c = state.containers.get(String(slot)) as ContainerState;
      c.cpuMillis = 100 + ((round + k) % 400);
      c.memMiB = 64 + ((round * 3 + k) % 150);
    }
    state.tick = round + 1;
    const patch = Buffer.from(encoder.encode());
    encoder.discardChanges();
    if (round >= WARMUP) bytes += patch.length;
    const a = performance.now();
    decoder.decode(patch);
    binding.flush();
    const b = performance.now();
    const changes = reader.drain();
    for (const uid of changes.collections.containers.upserted) {
      const c = store.containers.get(uid);
      if (c) containerTile(c);
    }
    selectLayout(store);
    const c = performance.now();
    if (round < WARMUP) continue;
    decodeMs.push(b - a);
    frameMs.push(c - b);
  }
  // The store alone: the same number of container updates as plain objects, no decoding.
  const storeMs: number[] = [];
  const plain = [...store.containers.values()];
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const a = performance.now();
    for (let k = 0; k < CHANGED; k++) {
      const i = (round * 7919 + k * 9973) % CONTAINERS;
      const c = plain[i];
      if (c) store.setEntity('containers', String(i), { ...c, cpuMillis: 100 + ((round + k) % 400) });
    }
    store.commit();
    if (round >= WARMUP) storeMs.push(performance.now() - a);
  }
  const round2 = (x: number) => Math.round(x * 1000) / 1000;
  console.log(
    JSON.stringify(
      {
        containers: CONTAINERS,
        changedPerPatch: CHANGED,
        rounds: ROUNDS,
        firstStateToStoreMs: round2(firstMs),
        patchBytesAvg: Math.round(bytes / ROUNDS),
        decodeAndStoreMsP50: round2(percentile(decodeMs, 50)),
        decodeAndStoreMsP95: round2(percentile(decodeMs, 95)),
        storeOnlyMsP50: round2(percentile(storeMs, 50)),
        storeOnlyMsP95: round2(percentile(storeMs, 95)),
        drainAndTilesMsP50: round2(percentile(frameMs, 50)),
        drainAndTilesMsP95: round2(percentile(frameMs, 95)),
        storeContainers: store.containers.size,
        node: process.version,
      },
      null,
      2,
    ),
  );
}

main();
