// Shared set-up for the game screen's DOM tests: a FakeConnection-fed store, the screen
// mounted in happy-dom with synchronous rendering, a stand-in world view that records
// its intent callback, and small helpers to type, press keys and read accessible names.
import { FakeConnection, type FakeConnectionOptions } from '../../../../client/src/net/FakeConnection.ts';
import { fakeEntity } from '../../../../client/src/net/fakeEntities.ts';
import { ClientStore } from '../../../../client/src/state/ClientStore.ts';
import { mountGameScreen, type GameScreen, type WorldIntent } from '../../../../client/src/ui/game/GameScreen.ts';
import type { EntityRef } from '../../../../client/src/ui/game/entities.ts';
import { CONTAINER_STATE, HOST_STATE, codeOf } from '../../../../shared/schema/codes.ts';

export interface Mounted {
  fake: FakeConnection;
  store: ClientStore;
  screen: GameScreen;
  root: HTMLElement;
  /** The world view's intent callback (as the Phaser view would call it). */
  intent: (i: WorldIntent) => void;
  /** What the stand-in world's hitTest answers. */
  hit: { ref: EntityRef | null };
}

export async function mount(options: { mode?: 'solo' | 'team'; join?: boolean; fake?: FakeConnectionOptions } = {}): Promise<Mounted> {
  const fake = new FakeConnection(options.fake);
  const store = new ClientStore(fake);
  if (options.join) await fake.join({ code: 'K7M2QX', name: 'Bo' });
  else await fake.create({ mode: options.mode ?? 'solo', scenario: 'sandbox', name: 'Ann' });
  const root = document.createElement('div');
  document.body.append(root);
  let intent: (i: WorldIntent) => void = () => {};
  const hit: { ref: EntityRef | null } = { ref: null };
  const screen = mountGameScreen(root, {
    store,
    connection: fake,
    schedule: (render) => render(),
    startWorld: (_parent, onIntent) => {
      intent = onIntent;
      return { destroy: () => {}, hitTest: () => hit.ref };
    },
  });
  return { fake, store, screen, root, intent: (i) => intent(i), hit };
}

/** Two bare-metal hosts, a running container `web` on host-1 and an OOM-killed `hog`. */
export function smallDatacenter(fake: FakeConnection): void {
  fake.patch((p) => {
    p.root({ unlocked: ['*'] });
    p.set('hosts', 'host-1', fakeEntity('hosts', { id: 'host-1', rack: 'rack-1', type: 'cs-4', role: 'container-host', cores: 4, memoryMiB: 8192, cpuPermille: 300, memPermille: 500 }));
    p.set('hosts', 'host-2', fakeEntity('hosts', { id: 'host-2', rack: 'rack-1', type: 'cs-4', role: 'container-host', state: codeOf(HOST_STATE, 'up') }));
    p.set('containers', '0', fakeEntity('containers', { uid: 1, name: 'web', image: 'nginx:1.25', target: 'host-1', state: codeOf(CONTAINER_STATE, 'running'), cpuMillis: 200, memMiB: 100 }));
    p.set('containers', '1', fakeEntity('containers', { uid: 2, name: 'hog', image: 'shop/analytics:1.0', target: 'host-1', state: codeOf(CONTAINER_STATE, 'exited'), oomKilled: true, exitCode: 137, memLimitMiB: 256 }));
  });
}

/** The accessible name of a form control or element (aria-labelledby, aria-label, then <label for>). */
export function accessibleName(node: Element): string {
  const labelledBy = node.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(/\s+/).map((id) => node.ownerDocument.getElementById(id)?.textContent ?? '').join(' ').trim();
  const aria = node.getAttribute('aria-label');
  if (aria) return aria.trim();
  if (node.id) {
    const label = node.ownerDocument.querySelector(`label[for="${node.id}"]`);
    if (label) return (label.textContent ?? '').trim();
  }
  return (node.textContent ?? '').trim();
}

export function key(target: Element, k: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(e);
  return e;
}

export function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.setSelectionRange(text.length, text.length);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export function submit(input: HTMLInputElement): void {
  input.form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

/** The console's input, found by its accessible name. */
export function commandInput(root: Element, name = 'Command'): HTMLInputElement {
  const found = [...root.querySelectorAll('input')].find((i) => accessibleName(i) === name);
  if (!found) throw new Error(`no input named "${name}"`);
  return found;
}

/** Visible text of the console's output pane, one entry a line. */
export function transcriptText(root: Element): string[] {
  return [...root.querySelectorAll('[role="log"] > *')].map((n) => (n.textContent ?? '').trim());
}

export function buttonByText(root: Element, text: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => (typeof text === 'string' ? (b.textContent ?? '').includes(text) : text.test(b.textContent ?? '')));
  if (!found) throw new Error(`no button with text ${String(text)}`);
  return found;
}

