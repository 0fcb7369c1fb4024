// Every builder's line runs through the real simulation (sandbox world, runCommand from
// shared/sim/step.ts, time advanced while a pull is pending) and gives ok or the
// specific refusal; the room-level lines (pause, speed, annotate…) are checked for
// their exact text, since the server, not the simulation, answers them.
import { describe, expect, it } from 'vitest';
import * as b from '../../../client/src/input/commandBuilders.ts';
import { tokenize } from '../../../shared/sim/commands/tokenize.ts';
import { CONSOLE_ACTOR } from '../../../shared/sim/session.ts';
import { EventSink, type CommandResultEvent } from '../../../shared/sim/events.ts';
import { advance, runCommand } from '../../../shared/sim/step.ts';
import type { World } from '../../../shared/sim/model.ts';
import { sandbox } from '../../helpers/sim.ts';

let serial = 0;

/** Runs one built line as the room would; waits (in game time) for a pending answer. */
function run(world: World, line: string): { ok: boolean; text: string } {
  const id = `t${++serial}`;
  let sink = new EventSink();
  runCommand(world, { id, actor: CONSOLE_ACTOR, line }, sink);
  for (let waited = 0; waited < 3600; waited++) {
    const answer = sink.events.find((e): e is CommandResultEvent => e.kind === 'result' && e.commandId === id);
    if (answer) return { ok: answer.ok, text: `${answer.output}\n${answer.error ?? ''}` };
    sink = new EventSink();
    advance(world, sink);
  }
  throw new Error(`no answer to ${line}`);
}

function wait(world: World, ticks: number): void {
  for (let i = 0; i < ticks; i++) advance(world, new EventSink());
}

const ok = (world: World, line: string) => expect(run(world, line), line).toMatchObject({ ok: true });
const refused = (world: World, line: string, why: RegExp) => {
  const r = run(world, line);
  expect(r.ok, line).toBe(false);
  expect(r.text).toMatch(why);
};

describe('quoting', () => {
  it('leaves plain words alone and quotes the rest so that the tokenizer gives them back', () => {
    for (const word of ['web', 'nginx:1.25', '--replicas=3', '8080:80', 'host-1/web', '', 'my web', "it's", 'say "hi" $HOME `x` \\n', 'a\tb']) {
      const line = b.commandLine('echo', word);
      const t = tokenize(line);
      expect(t.ok && t.words, line).toEqual(['echo', word]);
    }
    expect(b.commandLine('docker', 'ps', false, null, undefined)).toBe('docker ps');
    expect(b.quoteArg('web')).toBe('web');
    expect(b.quoteArg('my web')).toBe("'my web'");
  });
});

describe('docker builders through the simulation', () => {
  it('runs a container with every option the GUI offers, then stops, starts, restarts and removes it', () => {
    const { world } = sandbox(1);
    const line = b.dockerRun({
      target: 'host-1',
      image: 'nginx:1.25',
      name: 'web',
      cpus: 0.5,
      memory: 256,
      ports: ['8080:80', { host: 8443, container: 443 }],
      restart: 'always',
      env: { GREETING: `it's "fine"` },
      labels: { app: 'shop-web' },
    });
    expect(line).toBe(`docker -H host-1 run -d --name web --cpus 0.5 -m 256m -p 8080:80 -p 8443:443 --restart always -e "GREETING=it's \\"fine\\"" -l app=shop-web nginx:1.25`);
    ok(world, line);
    const c = [...world.containers.values()].find((x) => x.name === 'web');
    expect(c).toMatchObject({ targetId: 'host-1', cpuLimitMillis: 500, memoryLimitMiB: 256, restartPolicy: 'always', state: 'running' });
    expect(c?.env.GREETING).toBe(`it's "fine"`);
    expect(c?.labels.app).toBe('shop-web');

    ok(world, b.dockerPs('host-1', true));
    ok(world, b.dockerLogs('host-1', 'web', 20));
    ok(world, b.dockerInspect('host-1', 'web'));
    ok(world, b.dockerTop('host-1', 'web'));
    ok(world, b.dockerStats('host-1'));
    refused(world, b.dockerRm('host-1', 'web'), /container is running: stop the container before removing or force remove/);
    ok(world, b.dockerStop('host-1', 'web'));
    expect(c?.state).toBe('exited');
    ok(world, b.dockerStart('host-1', 'web'));
    ok(world, b.dockerRestart('host-1', 'web'));
    ok(world, b.dockerRm('host-1', 'web', true));
    expect([...world.containers.values()].some((x) => x.name === 'web')).toBe(false);
  });

  it('passes a name with a space as one word, which docker then refuses by its rules', () => {
    const { world } = sandbox(1);
    refused(world, b.dockerRun({ target: 'host-1', image: 'nginx:1.25', name: 'my web' }), /Invalid container name \(my web\)/);
  });

  it('pulls onto a target and lists its images; a hypervisor host has no docker engine', () => {
    const { world } = sandbox(1);
    ok(world, b.dockerPull('host-2', 'shop/web:1.1'));
    expect(run(world, b.dockerImages('host-2')).text).toMatch(/shop\/web\s+1\.1/);
    refused(world, b.dockerPull('host-3', 'nginx:1.25'), /Cannot connect to the Docker daemon at tcp:\/\/host-3:2375/);
  });
});

describe('VM and host builders through the simulation', () => {
  it('creates, inspects, stops, starts and deletes a VM on a hypervisor host', () => {
    const { world } = sandbox(1);
    refused(world, b.vmCreate({ name: 'web-vm', host: 'host-1', vcpus: 2, memory: 4096 }), /Failed to connect socket to '\/var\/run\/libvirt\/libvirt-sock' on host-1/);
    ok(world, b.vmCreate({ name: 'web-vm', host: 'host-3', vcpus: 2, memory: '4g', os: 'linux' }));
    wait(world, 120);
    expect(world.vms.get('web-vm')?.state).toBe('running');
    ok(world, b.vmInspect('web-vm'));
    ok(world, b.hostDmesg('web-vm', 5));
    ok(world, b.dockerRun({ target: 'web-vm', image: 'nginx:1.25', name: 'inner' }));
    ok(world, b.vmStop('web-vm', true));
    ok(world, b.vmStart('web-vm'));
    ok(world, b.vmDelete('web-vm'));
    expect(world.vms.has('web-vm')).toBe(false);
    refused(world, b.vmStop('web-vm'), /failed to get domain 'web-vm'/);
  });

  it('cordons, inspects and reads the kernel log of hosts; repair refuses a healthy host', () => {
    const { world } = sandbox(1);
    ok(world, b.hostCordon('host-2'));
    expect(world.hosts.get('host-2')?.cordoned).toBe(true);
    ok(world, b.hostUncordon('host-2'));
    expect(world.hosts.get('host-2')?.cordoned).toBe(false);
    ok(world, b.hostInspect('host-3'));
    expect(run(world, b.hostDmesg('host-1', 3)).text).toMatch(/Linux version/);
    refused(world, b.hostRepair('host-1'), /host 'host-1' is up and healthy: nothing to repair/);
    ok(world, b.hostBuy({ type: 'cs-8', rack: 'rack-2' }));
  });
});

describe('operations and orchestrator builders through the simulation', () => {
  it('injects an incident on a container and acknowledges (or is refused) alerts by id', () => {
    const { world } = sandbox(1);
    ok(world, b.dockerRun({ target: 'host-1', image: 'nginx:1.25', name: 'web' }));
    ok(world, b.inject({ kind: 'crash', target: 'host-1/web' }));
    refused(world, b.inject({ kind: 'crash', target: 'host-1/nope' }), /inject:/);
    refused(world, b.alertAck('A99'), /alert ack: no alert "A99"/);
    wait(world, 120);
    const firing = [...world.ops.alerts.values()].find((a) => a.resolvedTick < 0);
    expect(firing).toBeDefined();
    ok(world, b.alertAck(firing?.id ?? ''));
    expect(world.ops.alerts.get(firing?.id ?? '')?.ackedBy).toBe(CONSOLE_ACTOR.name);
    ok(world, b.serviceInspect('shop-web'));
  });

  it('scales, restarts and rolls back a deployment, and reads its pods', () => {
    const { world } = sandbox(1);
    ok(world, 'kubectl create deployment api --image=nginx:1.25 --replicas=2');
    refused(world, b.kubectlRolloutUndo('api'), /no rollout history found for deployment "api"/);
    ok(world, b.kubectlScale('api', 3));
    expect(b.kubectlScale('api', 3)).toBe('kubectl scale deployment/api --replicas=3');
    wait(world, 60);
    ok(world, b.kubectlRolloutStatus('api'));
    ok(world, b.kubectlRolloutRestart('api'));
    refused(world, b.kubectlRolloutUndo('nope', 2), /deployments.apps "nope" not found/);
    const pod = [...world.k8s.pods.keys()][0] ?? '';
    ok(world, b.kubectlDescribePod(pod));
    ok(world, b.kubectlLogs(pod));
    ok(world, b.kubectlCordon('host-2'));
    ok(world, b.kubectlUncordon('host-2'));
    ok(world, b.kubectlDeletePod(pod));
    ok(world, b.kubectlDrain('host-2'));
  });

  it('asks for help and lessons; hints exist only in levels', () => {
    const { world } = sandbox(1);
    expect(run(world, b.help('docker run')).text).toMatch(/^Usage: {2}docker/);
    ok(world, b.explain('cgroups'));
    refused(world, b.hint(), /this scenario has no hints/);
  });
});

describe('room-level lines (the server answers them)', () => {
  it('spells the session commands exactly', () => {
    expect([b.pause(), b.resume(), b.speed(4), b.end(), b.who()]).toEqual(['pause', 'resume', 'speed 4', 'end', 'who']);
  });

  it('keeps an annotation as typed, on one line, and always parseable', () => {
    expect(b.annotate('  DB failover\nstarted  ')).toBe('annotate DB failover started');
    expect(b.annotate('say "hi"')).toBe('annotate say "hi"');
    const odd = b.annotate("don't");
    expect(tokenize(odd).ok).toBe(true);
    expect(odd).toBe('annotate don’t');
  });
});
