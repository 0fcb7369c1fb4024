// Selectors over a store fed by FakeConnection: the layout grouped by kernel boundary,
// inspectors with their "why" hints, HUD formatting (game clock, money, SLOs, alerts)
// in both languages, and what each role may do.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../client/src/i18n/index.ts';
import { FakeConnection } from '../../../client/src/net/FakeConnection.ts';
import { fakeDebrief, fakeEntity, fakeGame, fakeLogEntry, fakeObjective } from '../../../client/src/net/fakeEntities.ts';
import { ClientStore } from '../../../client/src/state/ClientStore.ts';
import * as sel from '../../../client/src/state/selectors.ts';
import { CONTAINER_STATE, HOST_STATE, KERNEL_STATE, ROLE, SEVERITY, VM_STATE, codeOf } from '../../../shared/schema/codes.ts';

const cs = (s: string) => codeOf(CONTAINER_STATE, s);

function datacenter(fake: FakeConnection): void {
  fake.patch((p) => {
    p.set('hosts', 'host-1', fakeEntity('hosts', { id: 'host-1', rack: 'rack-1', role: 'container-host', cores: 16, memoryMiB: 65536 }));
    p.set('hosts', 'host-2', fakeEntity('hosts', { id: 'host-2', rack: 'rack-1', role: 'container-host', state: codeOf(HOST_STATE, 'down') }));
    p.set('hosts', 'host-3', fakeEntity('hosts', { id: 'host-3', rack: 'rack-2', role: 'type1' }));
    p.set('vms', 'vm-b', fakeEntity('vms', { id: 'vm-b', name: 'vm-b', host: 'host-3', os: 'linux', state: codeOf(VM_STATE, 'running') }));
    p.set('vms', 'vm-a', fakeEntity('vms', { id: 'vm-a', name: 'vm-a', host: 'host-3', os: 'windows', state: codeOf(VM_STATE, 'running'), kernel: codeOf(KERNEL_STATE, 'panicked') }));
    p.set('containers', '0', fakeEntity('containers', { uid: 1, name: 'web', target: 'host-1', state: cs('running'), cpuLimitMillis: 500, cpuMillis: 499 }));
    p.set('containers', '1', fakeEntity('containers', { uid: 2, name: 'hog', target: 'host-1', state: cs('exited'), oomKilled: true, exitCode: 137, memLimitMiB: 256 }));
    p.set('containers', '2', fakeEntity('containers', { uid: 3, name: 'inner', target: 'vm-a', state: cs('exited'), exitCode: 1 }));
    p.set('containers', '3', fakeEntity('containers', { uid: 4, name: 'lost', target: 'vm-gone' }));
    p.set('containers', '4', fakeEntity('containers', { uid: 5, name: 'api-1', target: 'host-1', state: cs('restarting'), restarts: 4, pod: 'api-x1' }));
    p.set('pods', '0', fakeEntity('pods', { name: 'api-x1', deployment: 'api', node: 'host-1', status: 'CrashLoopBackOff' }));
    p.set('pods', '1', fakeEntity('pods', { name: 'api-x2', deployment: 'api', status: 'Pending' }));
    p.set('deployments', 'api', fakeEntity('deployments', { name: 'api', image: 'shop/api:2', replicas: 2, ready: 0 }));
  });
}

async function world(mode: 'solo' | 'team' = 'solo') {
  const fake = new FakeConnection();
  const store = new ClientStore(fake);
  await fake.create({ mode, scenario: 'sandbox' });
  datacenter(fake);
  return { fake, store };
}

beforeEach(() => setLanguage('en'));
afterEach(() => setLanguage('en'));

describe('layout: racks → hosts → (hypervisor → VMs →) kernels → containers', () => {
  it('groups containers by the kernel they share and says whose kernel it is', async () => {
    const { store } = await world();
    const layout = sel.selectLayout(store);
    expect(layout.racks.map((r) => [r.id, r.hosts.map((h) => h.id)])).toEqual([
      ['rack-1', ['host-1', 'host-2']],
      ['rack-2', ['host-3']],
    ]);
    const [host1] = layout.racks[0]?.hosts ?? [];
    expect(host1).toMatchObject({ kind: 'bare-metal', kernel: { target: 'host-1', targetKind: 'host', containers: [1, 2, 5] }, vms: [] });
    const host3 = layout.racks[1]?.hosts[0];
    expect(host3?.kind).toBe('hypervisor');
    expect(host3?.kernel).toBeNull();
    expect(host3?.vms.map((v) => [v.id, v.kernel.targetKind, v.kernel.containers])).toEqual([
      ['vm-a', 'vm', [3]],
      ['vm-b', 'vm', []],
    ]);
    expect(layout.orphans).toEqual([4]);
  });

  it('is rebuilt only when the structure changes', async () => {
    const { fake, store } = await world();
    const first = sel.selectLayout(store);
    fake.patch((p) => p.set('containers', '0', fakeEntity('containers', { uid: 1, name: 'web', target: 'host-1', cpuMillis: 10 })));
    expect(sel.selectLayout(store)).toBe(first);
    fake.patch((p) => p.set('containers', '9', fakeEntity('containers', { uid: 9, name: 'new', target: 'vm-b' })));
    const second = sel.selectLayout(store);
    expect(second).not.toBe(first);
    expect(second.racks[1]?.hosts[0]?.vms[1]?.kernel.containers).toEqual([9]);
  });

  it('labels tiles through the code tables, never by colour alone', async () => {
    const { store } = await world();
    const down = sel.hostTile(store.hosts.get('host-2')!);
    expect(down).toMatchObject({ status: 'down', label: 'down', tone: 'bad' });
    const hog = sel.containerTile(store.containers.get(2)!);
    expect(hog).toMatchObject({ status: 'exited', label: 'exited', tone: 'bad', oomKilled: true });
    setLanguage('ko');
    expect(sel.hostTile(store.hosts.get('host-2')!).label).toBe('다운');
    expect(sel.containerTile(store.containers.get(1)!).label).toBe('실행 중');
  });
});

describe('inspectors and their "why"', () => {
  it('explains an OOM kill, an exit code, a crash loop and a CPU quota', async () => {
    const { store } = await world();
    const hog = sel.selectContainerInspector(store, 2);
    expect(hog?.why.map((w) => w.key)).toEqual(['oomKilledLimit']);
    expect(hog?.why[0]?.text).toContain('256MiB');
    expect(hog?.why[0]?.text).toContain('137');
    const web = sel.selectContainerInspector(store, 1);
    expect(web?.why.map((w) => w.key)).toEqual(['cpuThrottled']);
    expect(web?.targetKind).toBe('host');
    const api = sel.selectContainerInspector(store, 5);
    expect(api?.why.map((w) => w.key)).toEqual(['restarting', 'podCrashLoop']);
    expect(api?.why[1]?.text).toContain('api-x1');
    expect(sel.selectContainerInspector(store, 999)).toBeNull();
  });

  it('blames the shared kernel for a container on a VM whose kernel panicked', async () => {
    const { store } = await world();
    const inner = sel.selectContainerInspector(store, 3);
    expect(inner?.targetKind).toBe('vm');
    expect(inner?.why.map((w) => w.key)).toEqual(['exitCode', 'kernelPanicked']);
    expect(inner?.why[0]?.text).toBe('Its process exited with code 1.');
  });

  it('says why a pod is Pending and lists a deployment’s pods', async () => {
    const { store } = await world();
    const d = sel.selectDeploymentInspector(store, 'api');
    expect(d?.pods.map((p) => [p.name, p.why.map((w) => w.key)])).toEqual([
      ['api-x1', ['podCrashLoop']],
      ['api-x2', ['podPending']],
    ]);
    expect(d?.replicas).toBe('0/2 ready, 0 up to date, 0 available');
  });

  it('shows a host’s facts, VMs and troubles', async () => {
    const { store } = await world();
    expect(sel.selectHostInspector(store, 'host-2')?.why.map((w) => w.key)).toEqual(['hostDown']);
    const h3 = sel.selectHostInspector(store, 'host-3');
    expect(h3?.vms.map((v) => v.id)).toEqual(['vm-b', 'vm-a']);
    expect(h3?.containers).toEqual([]);
    expect(sel.selectHostInspector(store, 'host-1')?.facts).toContainEqual({ label: 'CPU', value: '16 cores' });
    expect(sel.selectVmInspector(store, 'vm-a')?.why.map((w) => w.key)).toEqual(['kernelPanicked']);
  });
});

describe('HUD', () => {
  it('formats the game clock from ticks (1 tick = 1 game second; day 1 starts at 09:00)', () => {
    expect(sel.gameClock(0).text).toBe('Day 1 09:00:00');
    expect(sel.gameClock(15 * 3600 + 30 * 60 + 5).text).toBe('Day 2 00:30:05');
    setLanguage('ko');
    expect(sel.gameClock(15 * 3600).text).toBe('2일차 00:00:00');
  });

  it('shows money from cents, speed, and time left in a level', async () => {
    const { fake, store } = await world();
    fake.patch((p) => {
      p.root({ tick: 90, speed: 4, phase: 'paused' });
      p.game(fakeGame({ balanceCents: -123456, revenueCents: 5, costCents: 100000, isLevel: true, durationTicks: 600 }));
    });
    const hud = sel.selectHud(store);
    expect(hud.money).toMatchObject({ balance: '-$1,234.56', revenue: '$0.05', cost: '$1,000.00', negative: true });
    expect(hud.clock).toMatchObject({ text: 'Day 1 09:01:30', speedText: '4×', paused: true, timeLeft: '8m30s left' });
  });

  it('puts each service against its SLO and error budget', async () => {
    const { fake, store } = await world();
    fake.patch((p) => {
      p.set('services', 'shop', fakeEntity('services', { name: 'shop', availabilityMilli: 99950, targetMilli: 99500, budgetPermille: 853 }));
      p.set('services', 'pay', fakeEntity('services', { name: 'pay', availabilityMilli: 98000, targetMilli: 99900, budgetPermille: 0, cause: 'no-backends' }));
    });
    const [shop, pay] = sel.selectServices(store);
    expect(shop).toMatchObject({ availability: '99.95 %', target: '99.5 %', meetsSlo: true, budgetPercent: 85, tone: 'ok' });
    expect(pay).toMatchObject({ availability: '98 %', meetsSlo: false, budgetPercent: 0, tone: 'bad' });
    expect(sel.selectServiceInspector(store, 'pay')?.why[0]?.text).toContain('app=pay');
  });

  it('lists objectives in the current language and alerts with their acknowledgement', async () => {
    const { fake, store } = await world();
    fake.patch((p) => {
      p.game(fakeGame({ objectives: [fakeObjective({ id: 'up', en: 'Keep web up', ko: '웹 유지', met: true })] }));
      p.set('alerts', 'A1', fakeEntity('alerts', { id: 'A1', rule: 'HostDown', subject: 'host-2', severity: codeOf(SEVERITY, 'warning'), summary: 'ops.alert.HostDown', params: '{"subject":"host-2"}', sinceTick: 60 }));
      p.set('alerts', 'A2', fakeEntity('alerts', { id: 'A2', rule: 'HostDown', subject: 'host-9', severity: codeOf(SEVERITY, 'critical'), summary: 'ops.alert.HostDown', params: 'not json', ackedBy: 'Ann' }));
      p.set('alerts', 'A0', fakeEntity('alerts', { id: 'A0', rule: 'Gone', resolvedTick: 30 }));
    });
    expect(sel.selectObjectives(store)[0]).toMatchObject({ title: 'Keep web up', statusLabel: 'met' });
    const alerts = sel.selectAlerts(store);
    expect(alerts.map((a) => a.id)).toEqual(['A2', 'A1', 'A0']);
    expect(alerts[1]).toMatchObject({ summary: 'host-2 does not answer probes', since: 'since 09:01:00', firing: true, acked: false });
    expect(alerts[0]).toMatchObject({ acked: true, stateText: 'acknowledged by Ann', severityLabel: 'critical' });
    expect(alerts[2]?.stateText).toBe('resolved');
    expect(sel.selectAlertSubjects(store).get('host-9')).toBe('critical');
    setLanguage('ko');
    expect(sel.selectObjectives(store)[0]?.title).toBe('웹 유지');
    expect(sel.selectAlerts(store)[1]?.summary).toBe('host-2: 프로브에 응답 없음');
  });

  it('lists players with roles and connection, and marks my lines in the log', async () => {
    const { fake, store } = await world('team');
    fake.patch((p) => {
      p.set('players', 's1', fakeEntity('players', { seat: 's1', name: 'Ann', role: codeOf(ROLE, 'facilitator') }));
      p.set('players', 's2', fakeEntity('players', { seat: 's2', name: 'Bo', role: codeOf(ROLE, 'spectator'), connected: false }));
      p.log([fakeLogEntry({ seq: 1, tick: 5, seat: 's1', actor: 'Ann', line: 'docker ps' }), fakeLogEntry({ seq: 2, tick: 6, seat: 's2', actor: 'Bo', line: 'who', ok: false })]);
    });
    expect(sel.selectPlayers(store).map((p) => [p.name, p.roleLabel, p.connectionLabel, p.isMe])).toEqual([
      ['Ann', 'facilitator', 'connected', true],
      ['Bo', 'spectator', 'away', false],
    ]);
    expect(sel.selectLog(store).map((l) => [l.time, l.actor, l.line, l.ok, l.mine])).toEqual([
      ['09:00:05', 'Ann', 'docker ps', true, true],
      ['09:00:06', 'Bo', 'who', false, false],
    ]);
  });
});

describe('permissions', () => {
  it('gives facilitator controls to facilitators only and keeps spectators read-only', async () => {
    const facilitator = await world('team');
    expect(sel.selectPermissions(facilitator.store)).toMatchObject({ role: 'facilitator', facilitatorControls: true, canInject: true, canControlTime: true, canEnd: true });

    const fake = new FakeConnection();
    const joiner = new ClientStore(fake);
    await fake.join({ code: 'K7M2QX' });
    expect(sel.selectPermissions(joiner)).toMatchObject({ role: 'player', canCommand: true, facilitatorControls: false, canControlTime: false, canInject: false });
    await fake.join({ code: 'K7M2QX', role: 'spectator' });
    expect(sel.selectPermissions(joiner)).toMatchObject({ role: 'spectator', readOnly: true, canCommand: false, facilitatorControls: false });
  });

  it('lets a solo player control time, and nobody act once the game has ended', async () => {
    const { fake, store } = await world('solo');
    expect(sel.selectPermissions(store)).toMatchObject({ canControlTime: true, canEnd: true, facilitatorControls: false });
    fake.end(fakeDebrief({ stars: 3, score: 900 }));
    expect(sel.selectPermissions(store)).toMatchObject({ readOnly: true, canCommand: false, canControlTime: false });
  });
});
