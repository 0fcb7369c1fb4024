// Dropping an image chip: on the world view (its hitTest says which host, VM or container
// is under the pointer) or on a datacenter-list item that accepts drops. A container
// target means its machine. Shift on drop pulls instead of running.
import type { ClientStore } from '../../state/ClientStore.ts';
import { containerOf, worldRef, type EntityRef, type WorldHandle } from './entities.ts';
import { IMAGE_MIME } from './ImagePalette.ts';

/** The docker target (host or VM id) for a drop onto `ref`, or null when it has none. */
export function dropTarget(store: ClientStore, ref: EntityRef | null): string | null {
  if (!ref) return null;
  if (ref.type === 'host' || ref.type === 'vm') return ref.id;
  if (ref.type === 'container') return containerOf(store, ref.id)?.target ?? null;
  return null;
}

const carriesImage = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes(IMAGE_MIME);

/**
 * Listens for image drops under `root`; `hitWorld` answers for points over the world view.
 * Returns the function that stops listening.
 */
export function listenForImageDrops(root: HTMLElement, world: HTMLElement, view: () => WorldHandle | null, store: ClientStore, place: (image: string, target: string, pull: boolean) => void): () => void {
  let outlined: string | null = null;
  const outline = (ref: EntityRef | null) => {
    const key = ref ? `${ref.type}:${ref.id}` : null;
    if (key === outlined) return;
    outlined = key;
    view()?.highlight?.(worldRef(ref));
  };
  const targetAt = (e: DragEvent): string | null => {
    const item = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-drop-type]') : null;
    if (item) {
      outline(null);
      return dropTarget(store, { type: item.dataset.dropType as 'host' | 'vm', id: item.dataset.dropId ?? '' });
    }
    if (e.target instanceof Node && world.contains(e.target)) {
      const ref = view()?.hitTest?.(e.clientX, e.clientY) ?? null;
      outline(ref);
      return dropTarget(store, ref);
    }
    return null;
  };
  let marked: Element | null = null;
  const mark = (node: Element | null) => {
    if (!node) outline(null);
    if (marked === node) return;
    marked?.classList.remove('is-drop-target');
    marked = node;
    marked?.classList.add('is-drop-target');
  };
  const over = (e: DragEvent) => {
    if (!carriesImage(e)) return;
    const target = targetAt(e);
    mark(target ? ((e.target as Element).closest('[data-drop-type]') ?? world) : null);
    if (!target) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const drop = (e: DragEvent) => {
    mark(null);
    if (!carriesImage(e)) return;
    const image = e.dataTransfer?.getData(IMAGE_MIME) ?? '';
    const target = targetAt(e);
    if (!image || !target) return;
    e.preventDefault();
    place(image, target, e.shiftKey);
  };
  const leave = () => mark(null);
  root.addEventListener('dragover', over);
  root.addEventListener('drop', drop);
  root.addEventListener('dragend', leave);
  return () => {
    root.removeEventListener('dragover', over);
    root.removeEventListener('drop', drop);
    root.removeEventListener('dragend', leave);
  };
}
