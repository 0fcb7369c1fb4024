// `service list` and `service inspect`: the load balancer's view in a table and in detail,
// in the player's language for the hints; a refused command changes nothing.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/sim/commands/types.ts';
import { simulationHash } from '../../../shared/sim/stateHash.ts';
import { sandbox } from '../../helpers/sim.ts';
import { runBackend, shopWorld } from './world.ts';

const KO: Actor = { id: 'ko', name: 'ko', role: 'player', lang: 'ko' };

describe('service commands', () => {
  it('lists the services with backends, rps, p95, errors, availability, SLO and budget', () => {
    const { sh } = shopWorld({ rps: 30 });
    runBackend(sh, 'web-1');
    runBackend(sh, 'web-2', '', 'host-2');
    sh.wait(700);
    const out = sh.exec('service list').output.split('\n');
    expect(out[0]).toMatch(/^NAME\s+ENTRY\s+BACKENDS\s+RPS\s+P95\s+ERR%\s+AVAIL\s+SLO\s+BUDGET LEFT$/);
    expect(out[1]).toMatch(/^shop\s+app=shop\s+2\s+30\s+4\dms\s+0\.0%\s+100\.00%\/10m\s+99\.9%<300ms\s+100%$/);
  });

  it('inspect shows each backend with its machine, rps, CPU, throttling and p95', () => {
    const { sh } = shopWorld({ rps: 30 });
    runBackend(sh, 'web-1', '--cpus 0.6');
    runBackend(sh, 'web-2', '', 'host-2');
    sh.wait(5);
    const out = sh.exec('service inspect shop').output;
    expect(out).toMatch(/^Name:\s+shop$/m);
    expect(out).toMatch(/Entry:\s+load balancer on port 8000, sends to running containers labelled app=shop/);
    expect(out).toMatch(/Offered now:\s+30 req\/s/);
    expect(out).toMatch(/Backends: 2 in rotation/);
    expect(out).toMatch(/^ {2}web-1\s+host-1\s+in rotation\s+15\/15\s+0\.6\/0\.6\s+0\.0%\s+0\.0%\s+-\s+86%\s+2\d\dms$/m);
    expect(out).toMatch(/^ {2}web-2\s+host-2\s+in rotation\s+15\/15\s+0\.6\/4\.0\s/m);
    expect(out).toMatch(/hint: web-1 is 86% busy/);
  });

  it('shows matching containers that are out of rotation and why', () => {
    const { sh } = shopWorld({ rps: 10 });
    runBackend(sh, 'web-1');
    sh.wait(3);
    expect(sh.exec('docker stop web-1').ok).toBe(true);
    sh.wait(1);
    const out = sh.exec('service inspect shop').output;
    expect(out).toMatch(/Backends: 0 in rotation, 1 not/);
    expect(out).toMatch(/^ {2}web-1\s+host-1\s+exited\s+-/m);
    expect(out).toContain('no healthy backends: 1 container matches app=shop, none in rotation');
  });

  it('gives its hints in Korean to a Korean player', () => {
    const { sh } = shopWorld({ rps: 10 });
    sh.wait(2);
    const out = sh.exec('service inspect shop', KO).output;
    expect(out).toContain('no healthy backends: 0 containers match app=shop');
    expect(out).toMatch(/힌트: 로드 밸런서는/);
  });

  it('refuses unknown services and subcommands without changing anything', () => {
    const { world, sh } = sandbox(1);
    sh.wait(3);
    const before = simulationHash(world);
    const cases: [string, RegExp][] = [
      ['service inspect nope', /^Error: service "nope" not found\nhint: the services are: shop-web/],
      ['service inspect', /requires <service> option/],
      ['service frobnicate', /^error: unknown command: 'frobnicate'\nhint: service commands: list, inspect/],
      ['service list extra', /unexpected data 'extra'/],
      ['service inspect shop-web --verbose', /unknown flag: --verbose/],
    ];
    for (const [line, error] of cases) {
      const r = sh.exec(line);
      expect(r.ok, line).toBe(false);
      expect(r.error, line).toMatch(error);
    }
    expect(simulationHash(world)).toBe(before);
  });

  it('has help for the service commands', () => {
    const { sh } = sandbox(1);
    expect(sh.exec('help service inspect').output).toMatch(/^Usage: {2}service inspect <service>/);
    expect(sh.exec('service --help').output).toMatch(/^service — /);
  });
});
