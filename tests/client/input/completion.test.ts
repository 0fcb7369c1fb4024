// Tab completion from the help catalogue's grammar and the store's names, and console
// history. The hard-coded lists completion keeps (always-unlocked families, kubectl
// types) are checked against the simulation so they cannot drift.
import { describe, expect, it } from 'vitest';
import { ALWAYS_UNLOCKED, KUBECTL_TYPES, applyCompletion, complete, completionSources, type CompletionSources } from '../../../client/src/input/completion.ts';
import { commandSpecs, parseArg } from '../../../client/src/input/grammar.ts';
import { CommandHistory } from '../../../client/src/input/history.ts';
import { FakeConnection } from '../../../client/src/net/FakeConnection.ts';
import { fakeEntity } from '../../../client/src/net/fakeEntities.ts';
import { ClientStore } from '../../../client/src/state/ClientStore.ts';
import { FAMILIES, isUnlocked } from '../../../shared/sim/commands/index.ts';
import { HELP_CATALOG } from '../../../shared/sim/commands/helpCatalog.ts';
import { RESOURCE_TYPES } from '../../../shared/sim/commands/kubectl/resources.ts';

async function storeWith(role: 'player' | 'spectator' = 'player', unlocked = ['*']) {
  const fake = new FakeConnection();
  const store = new ClientStore(fake);
  fake.patch((p) => {
    p.root({ unlocked });
    p.set('hosts', 'host-1', fakeEntity('hosts', { id: 'host-1', rack: 'rack-1', role: 'container-host', node: 1 }));
    p.set('hosts', 'host-3', fakeEntity('hosts', { id: 'host-3', rack: 'rack-2', role: 'type1' }));
    p.set('vms', 'web-vm', fakeEntity('vms', { id: 'web-vm', name: 'web-vm', host: 'host-3' }));
    p.set('containers', '0', fakeEntity('containers', { uid: 1, name: 'web', image: 'nginx:1.25', target: 'host-1' }));
    p.set('containers', '1', fakeEntity('containers', { uid: 2, name: 'worker', image: 'shop/web:1.1', target: 'web-vm' }));
    p.set('deployments', 'api', fakeEntity('deployments', { name: 'api', image: 'shop/api:2' }));
    p.set('pods', '0', fakeEntity('pods', { name: 'api-7d9c-x2x7k', deployment: 'api' }));
    p.set('alerts', 'A3', fakeEntity('alerts', { id: 'A3' }));
  });
  if (role === 'spectator') await fake.join({ code: 'K7M2QX', role: 'spectator' });
  else await fake.create({ mode: 'solo', scenario: 'sandbox' });
  return completionSources(store);
}

const names = (line: string, s: CompletionSources) => complete(line, line.length, s).candidates;

describe('completion from the grammar', () => {
  it('completes families, subcommands and flags of the help catalogue', async () => {
    const s = await storeWith();
    expect(names('ku', s)).toEqual(['kubectl']);
    expect(names('', s)).toEqual(expect.arrayContaining(['docker', 'host', 'vm', 'kubectl', 'help', 'who', 'pause', 'speed', 'end']));
    expect(names('docker ', s)).toEqual(expect.arrayContaining(['-H', 'run', 'ps', 'pull', 'rm']));
    expect(names('docker r', s)).toEqual(['restart', 'rm', 'rmi', 'run']);
    expect(names('kubectl rollout ', s)).toEqual(['history', 'restart', 'status', 'undo']);
    expect(names('docker run --', s)).toEqual(expect.arrayContaining(['--name', '--cpus', '--memory', '--restart', '--host']));
    expect(names('docker run --restart ', s)).toEqual(['always', 'no', 'on-failure', 'unless-stopped']);
    expect(names('vm create x --os ', s)).toEqual(['linux', 'windows']);
    expect(names('kubectl get ', s)).toEqual(expect.arrayContaining(['pods', 'nodes', 'deployments', 'secrets']));
  });

  it('completes names from the store where the grammar has a placeholder', async () => {
    const s = await storeWith();
    expect(names('docker -H ', s)).toEqual(['host-1', 'host-3', 'web-vm']);
    expect(names('docker -H web-vm stop ', s)).toEqual(['worker']);
    expect(names('docker stop ', s)).toEqual(['web', 'worker']);
    expect(names('docker -H host-1 run -d ', s)).toEqual(['nginx:1.25', 'shop/api:2', 'shop/web:1.1']);
    expect(names('vm start ', s)).toEqual(['web-vm']);
    expect(names('vm create x --host ', s)).toEqual(['host-1', 'host-3']);
    expect(names('host dmesg ', s)).toEqual(['host-1', 'host-3', 'web-vm']);
    expect(names('kubectl scale ', s)).toEqual(['deployment/api']);
    expect(names('kubectl scale deployment/api --replicas=', s)).toEqual([]);
    expect(names('kubectl rollout undo deployment/a', s)).toEqual(['deployment/api']);
    expect(names('kubectl logs ', s)).toEqual(['api-7d9c-x2x7k']);
    expect(names('kubectl get pods ', s)).toEqual(['api-7d9c-x2x7k']);
    expect(names('kubectl cordon ', s)).toEqual(['host-1']);
    expect(names('alert ack ', s)).toEqual(['A3']);
    expect(names('inject crash host-1/', s)).toEqual(['host-1/web']);
    expect(names('inject cr', s)).toEqual(['crash', 'crash-loop']);
    expect(names('explain cg', s)).toEqual(['cgroups']);
    expect(names('help docker r', s)).toEqual(['restart', 'rm', 'rmi', 'run']);
    expect(names('speed ', s)).toEqual(['1', '2', '4', '8']);
  });

  it('offers only what the scenario unlocks and the seat may run', async () => {
    const level = await storeWith('player', ['host', 'vm']);
    expect(names('', level)).not.toContain('docker');
    expect(names('', level)).toEqual(expect.arrayContaining(['host', 'vm', 'help', 'explain', 'status', 'hint']));
    expect(names('docker ', level)).toEqual([]);
    const spectator = await storeWith('spectator');
    expect(names('', spectator)).toEqual(['explain', 'help', 'who']);
    expect(names('docker ', spectator)).toEqual([]);
  });

  it('completes at the cursor and replaces only the word under it', async () => {
    const s = await storeWith();
    const line = 'docker -H host-1 sto web';
    const c = complete(line, 'docker -H host-1 sto'.length, s);
    expect(c.candidates).toEqual(['stop']);
    expect(applyCompletion(line, c)).toEqual({ line: 'docker -H host-1 stop web', cursor: 'docker -H host-1 stop '.length });
    const many = complete('docker rm', 9, s);
    expect(many.candidates).toEqual(['rm', 'rmi']);
    expect(many.common).toBe('rm');
    expect(applyCompletion('docker rm', many)).toEqual({ line: 'docker rm', cursor: 9 });
    expect(applyCompletion('docker rm', many, 'rmi').line).toBe('docker rmi ');
    const common = complete('docker -H host', 14, s);
    expect(applyCompletion('docker -H host', common).line).toBe('docker -H host-');
    const partial = complete('kubectl rollout h', 17, s);
    expect(applyCompletion('kubectl rollout h', partial).line).toBe('kubectl rollout history ');
    const prefixOnly = complete('kubectl scale dep', 17, s);
    expect(applyCompletion('kubectl scale dep', prefixOnly).line).toBe('kubectl scale deployment/api ');
  });
});

describe('grammar derived from the help catalogue', () => {
  it('has one spec per catalogue command, each with at least one form', () => {
    const paths = HELP_CATALOG.flatMap((f) => f.commands.map((c) => c.path));
    expect(commandSpecs().map((s) => s.path.join(' '))).toEqual(paths);
    for (const spec of commandSpecs()) expect(spec.forms.length).toBeGreaterThan(0);
  });

  it('reads literals, placeholders, prefixes and repeats', () => {
    expect(parseArg('pods|nodes|<type>')).toEqual({ literals: ['pods', 'nodes'], placeholders: ['type'], prefix: '', repeats: false });
    expect(parseArg('deployment/<name>')).toEqual({ literals: [], placeholders: ['name'], prefix: 'deployment/', repeats: false });
    expect(parseArg('<container>...')).toMatchObject({ placeholders: ['container'], repeats: true });
  });

  it('keeps its small fixed lists equal to the simulation', () => {
    for (const family of Object.keys(FAMILIES)) expect(isUnlocked([], family), family).toBe(ALWAYS_UNLOCKED.includes(family));
    expect([...KUBECTL_TYPES].sort()).toEqual(RESOURCE_TYPES.map((r) => r.plural).sort());
  });
});

describe('console history', () => {
  it('walks back and forth, keeps the draft, and skips repeats and blank lines', () => {
    const h = new CommandHistory(10);
    for (const line of ['docker ps', 'docker ps', '  ', 'host list', 'vm list']) h.push(line);
    expect(h.entries).toEqual(['docker ps', 'host list', 'vm list']);
    expect(h.down()).toBeNull();
    expect(h.up('dock')).toBe('vm list');
    expect(h.up('ignored')).toBe('host list');
    expect(h.up('')).toBe('docker ps');
    expect(h.up('')).toBeNull();
    expect(h.down()).toBe('host list');
    expect(h.down()).toBe('vm list');
    expect(h.down()).toBe('dock');
    expect(h.down()).toBeNull();
  });

  it('is bounded: the oldest lines go first', () => {
    const h = new CommandHistory(3);
    for (let i = 1; i <= 5; i++) h.push(`echo ${i}`);
    expect(h.entries).toEqual(['echo 3', 'echo 4', 'echo 5']);
    h.up('');
    h.push('echo 6');
    expect(h.up('')).toBe('echo 6');
  });
});
