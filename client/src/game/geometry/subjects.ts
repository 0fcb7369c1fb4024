// Where an entity or an alert's subject is drawn. Alert subjects name a host
// (`host-1`), a VM by id or name, a container as `<target>/<name>`, or a pod as
// `pod/<name>`; services have no place on the map (the HUD shows them).
import type { ClientStore } from '../../state/ClientStore.ts';
import type { WorldEntity } from '../intents.ts';
import type { Rect } from './rect.ts';
import { cellRect, type WorldGeometry } from './worldLayout.ts';

export function containerRect(geometry: WorldGeometry, uid: number): Rect | null {
  const cell = geometry.cells.get(uid);
  return cell ? cellRect(cell.kernel, cell.index) : null;
}

/** The frame of a host or VM, or the tile of a container (uid as text). */
export function entityRect(geometry: WorldGeometry, entity: WorldEntity): Rect | null {
  switch (entity.type) {
    case 'host':
      return geometry.hosts.get(entity.id)?.frame ?? null;
    case 'vm':
      return geometry.vms.get(entity.id)?.frame ?? null;
    case 'container': {
      const uid = Number(entity.id);
      return Number.isInteger(uid) ? containerRect(geometry, uid) : null;
    }
  }
}

/** The entity an alert subject names, or null when it is not on the map. */
export function subjectEntity(store: ClientStore, subject: string): WorldEntity | null {
  if (typeof subject !== 'string' || subject === '') return null;
  if (store.hosts.has(subject)) return { type: 'host', id: subject };
  if (store.vms.has(subject)) return { type: 'vm', id: subject };
  if (subject.startsWith('pod/')) {
    const pod = subject.slice(4);
    for (const c of store.containers.values()) if (c.pod === pod) return { type: 'container', id: String(c.uid) };
    return null;
  }
  const slash = subject.indexOf('/');
  if (slash > 0) {
    const target = subject.slice(0, slash);
    const name = subject.slice(slash + 1);
    for (const uid of store.containersOn(target)) if (store.containers.get(uid)?.name === name) return { type: 'container', id: String(uid) };
    return null;
  }
  for (const vm of store.vms.values()) if (vm.name === subject) return { type: 'vm', id: vm.id };
  return null;
}
