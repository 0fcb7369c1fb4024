// Registry outage: when the registry is down, pulls fail with the daemon's connection
// error, but every engine that has the layers cached keeps listing and running its images.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { simulationHash as stateHash } from '../../../shared/sim/stateHash.ts';
import { EventSink } from '../../../shared/sim/events.ts';
import { CONSOLE_ACTOR } from '../../../shared/sim/session.ts';
import { advance, runCommand } from '../../../shared/sim/step.ts';

describe('registry outage', () => {
  it('makes pulls fail while cached images are still listed and still run', () => {
    const { world, sh } = sandbox();
    expect(sh.exec('docker pull nginx:1.25').ok).toBe(true);
    world.registries.get('docker.io')!.available = false;
    const before = stateHash(world);
    const pull = sh.exec('docker pull shop/web:1.0');
    expect(pull.ok).toBe(false);
    expect(pull.error.split('\n')[0]).toBe('Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp registry-1.docker.io:443: connect: connection refused');
    expect(pull.error).toMatch(/still run/);
    expect(stateHash(world)).toBe(before);
    expect(sh.exec('docker images').output).toMatch(/^nginx\s+1\.25\s/m);
    const run = sh.exec('docker run -d --name web nginx:1.25');
    expect(run.ok).toBe(true);
    const web = [...world.containers.values()].find((c) => c.name === 'web');
    expect(web?.state).toBe('running');
  });

  it('an image that is not cached cannot start', () => {
    const { world, sh } = sandbox();
    world.registries.get('docker.io')!.available = false;
    const run = sh.exec('docker run -d --name web shop/web:1.0');
    expect(run.ok).toBe(false);
    expect(run.error).toContain('connection refused');
  });

  it('fails a pull in progress when the registry goes away', () => {
    const { world } = sandbox();
    const sink = new EventSink();
    runCommand(world, { id: 'p1', actor: CONSOLE_ACTOR, line: 'docker pull postgres:16' }, sink);
    advance(world, sink);
    advance(world, sink);
    expect(world.jobs.size).toBe(1);
    world.registries.get('docker.io')!.available = false;
    advance(world, sink);
    const answer = sink.events.find((e) => e.kind === 'result' && e.commandId === 'p1');
    expect(answer?.kind === 'result' && answer.ok).toBe(false);
    expect(answer?.kind === 'result' ? answer.error : '').toContain('connection refused');
    expect(world.jobs.size).toBe(0);
    expect(world.hosts.get('host-1')!.store.tags['postgres:16']).toBeUndefined();
  });
});
