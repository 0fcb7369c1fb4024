// @vitest-environment happy-dom
// The HUD: time controls only for those who may change time, alert acknowledgement as
// `alert ack <id>`, the facilitator's injection menu and notes, hints whose cost shows
// before asking, another player's action arriving in the log, and new alerts spoken in
// an aria-live region.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../../client/src/i18n/index.ts';
import { mountAnnouncer } from '../../../../client/src/ui/common/announcer.ts';
import { fakeEntity, fakeGame, fakeLogEntry } from '../../../../client/src/net/fakeEntities.ts';
import { SEVERITY, ROLE, codeOf } from '../../../../shared/schema/codes.ts';
import { accessibleName, buttonByText, mount, smallDatacenter, type } from './mountHelpers.ts';

beforeEach(() => setLanguage('en'));
afterEach(() => document.body.replaceChildren());

const timeControls = (root: HTMLElement) => root.querySelector('.hud-time-controls') as HTMLElement;
const speedButtons = (root: HTMLElement) => [...root.querySelectorAll<HTMLButtonElement>('.hud-speed')];

describe('time controls', () => {
  it('are hidden for a player in a team session', async () => {
    const { root } = await mount({ join: true });
    expect(timeControls(root).hidden).toBe(true);
  });

  it('are shown to a facilitator, with the current speed pressed, and send `speed N` / `pause`', async () => {
    const { root, fake } = await mount({ mode: 'team' });
    expect(timeControls(root).hidden).toBe(false);
    expect(accessibleName(timeControls(root))).toBe('Time controls');
    expect(speedButtons(root).map((b) => b.textContent)).toEqual(['1×', '2×', '4×', '8×']);
    expect(speedButtons(root).map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false', 'false']);
    fake.patch((p) => p.root({ speed: 4 }));
    expect(speedButtons(root).map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true', 'false']);
    speedButtons(root)[3]?.click();
    buttonByText(timeControls(root), 'Pause').click();
    expect(fake.sent.map((s) => s.line)).toEqual(['speed 8', 'pause']);
    fake.patch((p) => p.root({ phase: 'paused' }));
    buttonByText(timeControls(root), 'Resume').click();
    expect(fake.sent.at(-1)?.line).toBe('resume');
  });

  it('are shown to a solo player', async () => {
    const { root } = await mount({ mode: 'solo' });
    expect(timeControls(root).hidden).toBe(false);
  });
});

describe('alerts', () => {
  it('acknowledging sends `alert ack <id>` and the button goes once someone acknowledged it', async () => {
    const { root, fake } = await mount();
    smallDatacenter(fake);
    fake.patch((p) => p.set('alerts', 'A3', fakeEntity('alerts', { id: 'A3', rule: 'container-oom', subject: 'host-1/hog', severity: codeOf(SEVERITY, 'critical'), summary: 'hog was OOM-killed' })));
    const alert = root.querySelector('.alert[data-key="A3"]') as HTMLElement;
    expect(alert.textContent).toContain('critical');
    const ack = alert.querySelector('.alert-ack') as HTMLButtonElement;
    expect(ack.hidden).toBe(false);
    ack.click();
    expect(fake.sent.map((s) => s.line)).toEqual(['alert ack A3']);
    fake.patch((p) => p.set('alerts', 'A3', fakeEntity('alerts', { id: 'A3', subject: 'host-1/hog', severity: 1, summary: 'hog was OOM-killed', ackedBy: 'Ann' })));
    expect(ack.hidden).toBe(true);
    expect(alert.textContent).toContain('acknowledged by Ann');
  });

  it("a new alert is announced in the page's aria-live region", async () => {
    const live = mountAnnouncer(document.body);
    expect(live.getAttribute('aria-live')).toBe('polite');
    const { fake } = await mount();
    smallDatacenter(fake);
    fake.patch((p) => p.set('alerts', 'A9', fakeEntity('alerts', { id: 'A9', subject: 'host-2', severity: codeOf(SEVERITY, 'critical'), summary: 'host-2 is down' })));
    await vi.waitFor(() => expect(live.textContent).toBe('critical alert: host-2 is down (host-2)'));
  });
});

describe('facilitator controls', () => {
  it('are hidden for players', async () => {
    const { root } = await mount({ mode: 'solo' });
    expect((root.querySelector('.panel-facilitator') as HTMLElement).hidden).toBe(true);
  });

  it('inject an incident of a listed kind into a target and annotate the log', async () => {
    const { root, fake } = await mount({ mode: 'team' });
    smallDatacenter(fake);
    const panel = root.querySelector('.panel-facilitator') as HTMLElement;
    expect(panel.hidden).toBe(false);
    const kind = panel.querySelector('select') as HTMLSelectElement;
    expect([...kind.options].map((o) => o.value)).toContain('kernel-panic');
    kind.value = 'kernel-panic';
    kind.dispatchEvent(new Event('change'));
    const target = [...panel.querySelectorAll('input')].find((i) => accessibleName(i) === 'Target') as HTMLInputElement;
    expect([...panel.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'))).toContain('host-1/web');
    type(target, 'host-1');
    expect(panel.textContent).toContain('inject kernel-panic host-1');
    buttonByText(panel, 'Inject').click();
    const note = [...panel.querySelectorAll('input')].find((i) => accessibleName(i) === 'Note') as HTMLInputElement;
    type(note, 'watch host-1 now');
    buttonByText(panel, 'Add note').click();
    expect(fake.sent.map((s) => s.line)).toEqual(['inject kernel-panic host-1', 'annotate watch host-1 now']);
  });
});

describe('hints', () => {
  it('shows each hint with its cost before asking, and asks only after confirming', async () => {
    const respond = (line: string) => (line === 'hint' ? { ok: true, output: 'HINT        COST   STATUS\nsizes       100    -\nplacement   300    -\n\nRun "hint <id>"…' } : { ok: true, output: 'Look at host list.\n(-100 points)' });
    const { root, fake } = await mount({ fake: { respond } });
    fake.patch((p) => p.game(fakeGame({ isLevel: true })));
    const panel = root.querySelector('.panel-hints') as HTMLElement;
    buttonByText(panel, 'List hints').click();
    await vi.waitFor(() => expect(panel.textContent).toContain('Hint "sizes": costs 100 points'));
    expect(panel.textContent).toContain('Hint "placement": costs 300 points');
    expect(fake.sent.map((s) => s.line)).toEqual(['hint']);
    const read = [...panel.querySelectorAll('button')].find((b) => b.dataset.focusKey === 'ask:sizes') as HTMLButtonElement;
    read.click();
    expect(fake.sent.map((s) => s.line)).toEqual(['hint']);
    expect(panel.textContent).toContain('takes 100 points off your score');
    buttonByText(panel, 'Read it (−100 points)').click();
    expect(fake.sent.map((s) => s.line)).toEqual(['hint', 'hint sizes']);
    await vi.waitFor(() => expect(panel.textContent).toContain('Look at host list.'));
  });
});

describe('team play', () => {
  it("lists who is in the room and shows another player's action in the log without a reload", async () => {
    const { root, fake } = await mount({ mode: 'team' });
    fake.patch((p) => {
      p.set('players', 's1', fakeEntity('players', { seat: 's1', name: 'Ann', role: codeOf(ROLE, 'facilitator') }));
      p.set('players', 's2', fakeEntity('players', { seat: 's2', name: 'Bo', role: codeOf(ROLE, 'player'), teamRole: 'platform', connected: false }));
    });
    const players = root.querySelector('.panel-players') as HTMLElement;
    expect(players.hidden).toBe(false);
    expect(players.textContent).toContain('Ann (you) · facilitator');
    expect(players.textContent).toContain('Bo · player, platform · away');
    fake.patch((p) => p.log([fakeLogEntry({ seq: 1, tick: 65, seat: 's2', actor: 'Bo', line: 'docker -H host-1 run -d nginx' })]));
    const log = root.querySelector('.panel-log') as HTMLElement;
    expect(log.textContent).toContain('09:01:05');
    expect(log.textContent).toContain('Bo');
    expect(log.textContent).toContain('docker -H host-1 run -d nginx');
  });
});
