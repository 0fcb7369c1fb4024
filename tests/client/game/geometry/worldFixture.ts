// A store holding a small mixed datacenter, fed through FakeConnection, for the world
// view's geometry tests: bare-metal hosts with containers, a hypervisor with VMs (one
// empty), an empty rack-mate, and sizes chosen by the caller for property tests.
import { FakeConnection } from '../../../../client/src/net/FakeConnection.ts';
import { fakeEntity } from '../../../../client/src/net/fakeEntities.ts';
import { ClientStore } from '../../../../client/src/state/ClientStore.ts';
import { CONTAINER_STATE, VM_STATE, codeOf } from '../../../../shared/schema/codes.ts';

export interface HostSpec {
  /** Containers on a bare-metal host; for a hypervisor, containers per VM. */
  containers: number[];
  hypervisor?: boolean;
}

export async function worldStore(racks: HostSpec[][]): Promise<{ fake: FakeConnection; store: ClientStore }> {
  const fake = new FakeConnection();
  const store = new ClientStore(fake);
  await fake.create({ mode: 'solo', scenario: 'test' });
  let uid = 0;
  fake.patch((p) => {
    racks.forEach((hosts, r) =>
      hosts.forEach((spec, h) => {
        const id = `host-${r + 1}-${h + 1}`;
        p.set('hosts', id, fakeEntity('hosts', { id, rack: `rack-${r + 1}`, role: spec.hypervisor ? 'type1' : 'container-host' }));
        const targets = spec.hypervisor ? spec.containers.map((_, v) => `${id}-vm${v + 1}`) : [id];
        if (spec.hypervisor) targets.forEach((vm) => p.set('vms', vm, fakeEntity('vms', { id: vm, name: vm, host: id, os: 'linux', state: codeOf(VM_STATE, 'running') })));
        targets.forEach((target, i) => {
          const count = spec.containers[i] ?? 0;
          for (let c = 0; c < count; c++) {
            uid++;
            p.set('containers', String(uid), fakeEntity('containers', { uid, name: `c${uid}`, target, state: codeOf(CONTAINER_STATE, 'running') }));
          }
        });
      }),
    );
  });
  return { fake, store };
}

/** rack-1: two bare-metal hosts (5 and 0 containers); rack-2: a hypervisor with VMs of 2 and 0 containers. */
export const SMALL: HostSpec[][] = [[{ containers: [5] }, { containers: [0] }], [{ hypervisor: true, containers: [2, 0] }]];
