// @vitest-environment happy-dom
// Gestures build command lines: an inspector button, a world-view context menu driven by
// the keyboard, and an image chip's "Run on…" menu each send the line a player could
// have typed through the console's path, and the console shows it marked as from the GUI.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../../client/src/i18n/index.ts';
import { buttonByText, key, mount, smallDatacenter, transcriptText } from './mountHelpers.ts';

beforeEach(() => setLanguage('en'));
afterEach(() => document.body.replaceChildren());

describe('GUI actions', () => {
  it('an inspector button sends its line and the console shows it as from the GUI', async () => {
    const { root, fake, intent } = await mount();
    smallDatacenter(fake);
    intent({ kind: 'select', entity: { type: 'container', id: '1' } });
    const stop = buttonByText(root.querySelector('.game-inspector') as HTMLElement, 'Stop');
    expect(stop.textContent).toContain('docker -H host-1 stop web');
    stop.click();
    expect(fake.sent.map((s) => s.line)).toEqual(['docker -H host-1 stop web']);
    await vi.waitFor(() => expect(transcriptText(root)[0]).toMatch(/^\$ docker -H host-1 stop web/));
    const echoed = root.querySelector('[role="log"] .term-cmd') as HTMLElement;
    expect(echoed.classList.contains('term-gui')).toBe(true);
    expect(echoed.textContent).toContain('from the GUI');
  });

  it('a typed line is not marked as from the GUI', async () => {
    const { root, store } = await mount();
    await store.run('host list', 'console');
    expect((root.querySelector('[role="log"] .term-cmd') as HTMLElement).classList.contains('term-gui')).toBe(false);
  });

  it('the world view context menu is keyboard navigable and runs the chosen line', async () => {
    const { root, fake, intent } = await mount();
    smallDatacenter(fake);
    intent({ kind: 'context', entity: { type: 'host', id: 'host-1' }, screenX: 40, screenY: 50 });
    const menu = root.querySelector('[role="menu"]') as HTMLElement;
    expect(menu).not.toBeNull();
    const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    expect(document.activeElement).toBe(items[0]);
    expect(items.map((i) => i.querySelector('.menu-detail')?.textContent ?? '')).toContain('host cordon host-1');
    const cordon = items.findIndex((i) => i.textContent?.includes('host cordon host-1'));
    for (let i = 0; i < cordon; i++) key(document.activeElement as Element, 'ArrowDown');
    expect(document.activeElement).toBe(items[cordon]);
    key(document.activeElement as Element, 'Enter');
    expect(root.querySelector('[role="menu"]')).toBeNull();
    expect(fake.sent.map((s) => s.line)).toEqual(['host cordon host-1']);
  });

  it('Escape closes the menu without running anything', async () => {
    const { root, fake } = await mount();
    smallDatacenter(fake);
    const item = root.querySelector('.explorer-item[data-ref="host:host-2"]') as HTMLButtonElement;
    item.focus();
    key(item, 'F10', { shiftKey: true });
    expect(root.querySelector('[role="menu"]')).not.toBeNull();
    key(document.activeElement as Element, 'Escape');
    expect(root.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(item);
    expect(fake.sent).toEqual([]);
  });

  it('an image chip runs the image on the host chosen from its "Run on…" menu', async () => {
    const { root, fake } = await mount();
    smallDatacenter(fake);
    const chip = [...root.querySelectorAll<HTMLButtonElement>('.chip')].find((c) => c.textContent?.includes('nginx:1.25'));
    expect(chip).toBeDefined();
    chip?.click();
    const run = buttonByText(root.querySelector('[role="menu"]') as HTMLElement, 'Run on host-2');
    run.click();
    expect(fake.sent.map((s) => s.line)).toEqual(['docker -H host-2 run -d nginx:1.25']);
  });

  it('dropping a chip on the world runs the image on the host under the pointer', async () => {
    const { root, fake, hit } = await mount();
    smallDatacenter(fake);
    hit.ref = { type: 'host', id: 'host-1' };
    const world = root.querySelector('.game-world') as HTMLElement;
    const data = new Map<string, string>([['application/x-nines-image', 'shop/analytics:1.0']]);
    const drop = new Event('drop', { bubbles: true, cancelable: true }) as DragEvent;
    Object.defineProperty(drop, 'dataTransfer', { value: { types: [...data.keys()], getData: (k: string) => data.get(k) ?? '' } });
    Object.defineProperty(drop, 'clientX', { value: 10 });
    Object.defineProperty(drop, 'clientY', { value: 10 });
    world.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(fake.sent.map((s) => s.line)).toEqual(['docker -H host-1 run -d shop/analytics:1.0']);
  });

  it('learns images from `docker images` output for the palette', async () => {
    const { root, fake } = await mount({ fake: { respond: () => ({ ok: true, output: 'REPOSITORY   TAG   IMAGE ID       CREATED       SIZE\nredis        7     1a2b3c4d5e6f   2 days ago    40MB\n' }) } });
    smallDatacenter(fake);
    buttonByText(root, 'List images').click();
    expect(fake.sent.map((s) => s.line)).toEqual(['docker -H host-1 images']);
    await vi.waitFor(() => expect([...root.querySelectorAll('.chip')].map((c) => c.textContent)).toContain('▣ redis:7'));
  });
});
