// Containers and pods live in pooled slots: a removed one frees its slot (reset to the
// free values), the next one reuses it in place, and no entry is ever deleted from (or
// replaced in) the large maps.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, projected, values } from './harness.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('pooled container slots', () => {
  it('adds one slot per new container, frees it on removal and reuses it for the next', () => {
    const p = projected();
    const deletes = vi.spyOn(p.state.containers, 'delete');
    p.run('docker run -d --name app-a nginx:1.25');
    expect(Object.keys(json(p).containers)).toEqual(['0']);
    p.run('docker run -d --name app-b nginx:1.25');
    expect(Object.keys(json(p).containers)).toEqual(['0', '1']);
    const slot0 = p.state.containers.get('0');
    const slot1 = p.state.containers.get('1');
    const uidOfA = slot0?.uid;
    expect(slot0?.name).toBe('app-a');

    p.run('docker rm -f app-a');
    expect(p.projector.usedSlots.containers).toBe(1);
    expect(p.state.containers.size).toBe(2);
    expect(json(p).containers['0']).toEqual({ uid: 0, name: '', image: '', target: '', state: 0, exitCode: 0, oomKilled: false, restarts: 0, cpuMillis: 0, memMiB: 0, cpuLimitMillis: 0, memLimitMiB: 0, app: '', pod: '' });
    expect(json(p).containers['1']).toMatchObject({ name: 'app-b' });

    p.run('docker run -d --name app-c --memory 128m nginx:1.25');
    const c = [...p.world.containers.values()].find((x) => x.name === 'app-c');
    expect(p.state.containers.size).toBe(2);
    expect(p.state.containers.get('0')).toBe(slot0);
    expect(p.state.containers.get('1')).toBe(slot1);
    expect(json(p).containers['0']).toMatchObject({ uid: (c?.index ?? -1) + 1, name: 'app-c', memLimitMiB: 128 });
    expect(p.state.containers.get('0')?.uid).not.toBe(uidOfA);
    expect(deletes).not.toHaveBeenCalled();
  });

  it('frees several slots at once and fills them lowest first before growing the map', () => {
    const p = projected();
    for (const n of ['app-a', 'app-b', 'app-c', 'app-d']) p.sh.exec(`docker run -d --name ${n} nginx:1.25`);
    p.projector.project(p.world);
    p.sh.exec('docker rm -f app-b');
    p.sh.exec('docker rm -f app-d');
    p.projector.project(p.world);
    expect(values(json(p).containers).map((x) => x.name)).toEqual(['app-a', '', 'app-c', '']);
    p.run('docker run -d --name app-e nginx:1.25');
    expect(values(json(p).containers).map((x) => x.name)).toEqual(['app-a', 'app-e', 'app-c', '']);
  });

  it('sends a reused slot as changed fields, smaller than a new entry', () => {
    const p = projected();
    p.run('docker pull nginx:1.25');
    p.patch();
    p.run('docker run -d --name app-a nginx:1.25');
    const added = p.patch();
    p.wait(3);
    p.patch();
    p.run('docker rm -f app-a');
    expect(p.patch().length).toBeGreaterThan(0);
    p.run('docker run -d --name app-b nginx:1.25');
    const reused = p.patch();
    expect(p.state.containers.size).toBe(1);
    // A new entry also carries its map key, its refId and every field set for the first time.
    expect(reused.length).toBeLessThan(added.length);
    // Removed and replaced between two projections, the slot goes straight to the new
    // container: what both share (image, machine) is not sent, nor any reset value.
    p.wait(3);
    p.patch();
    p.sh.exec('docker rm -f app-b');
    p.sh.exec('docker run -d --name app-c nginx:1.25');
    p.projector.project(p.world);
    const swapped = p.patch();
    expect(values(json(p).containers).map((x) => x.name)).toEqual(['app-c']);
    expect(swapped.length).toBeLessThan(reused.length);
  });
});

describe('pooled pod slots', () => {
  it('frees the slots of deleted pods and gives them to the replacement pods', () => {
    const p = projected();
    const deletes = vi.spyOn(p.state.pods, 'delete');
    const containerDeletes = vi.spyOn(p.state.containers, 'delete');
    p.run('kubectl create deployment api --image=nginx:1.25 --replicas=3');
    p.wait(30);
    expect(p.state.pods.size).toBe(3);
    const before = values(json(p).pods).map((x) => x.name);
    p.run('kubectl scale deployment api --replicas=1');
    p.wait(40);
    const live = [...p.world.k8s.pods.keys()];
    expect(live).toHaveLength(1);
    expect(values(json(p).pods).filter((x) => x.name !== '').map((x) => x.name)).toEqual(live);
    expect(values(json(p).pods).filter((x) => x.name === '')).toEqual([
      { name: '', deployment: '', node: '', status: '', ready: false, restarts: 0 },
      { name: '', deployment: '', node: '', status: '', ready: false, restarts: 0 },
    ]);
    p.run('kubectl scale deployment api --replicas=3');
    p.wait(30);
    expect(p.state.pods.size).toBe(3);
    const after = values(json(p).pods).map((x) => x.name);
    expect(after.every((n) => n !== '')).toBe(true);
    expect(after.filter((n) => !before.includes(n))).toHaveLength(2);
    expect(deletes).not.toHaveBeenCalled();
    expect(containerDeletes).not.toHaveBeenCalled();
  });
});
