// `help`: the overview lists every command family and command with a summary in the
// player's language; `help <command>` prints its literal usage and its flags.
import { describe, expect, it } from 'vitest';
import { HELP_CATALOG } from '../../../shared/sim/commands/helpCatalog.ts';
import type { Actor } from '../../../shared/sim/commands/types.ts';
import { simulationHash } from '../../../shared/sim/stateHash.ts';
import { sandbox, sandboxWith } from '../../helpers/sim.ts';
import { must } from '../machines/guest.ts';

const KO: Actor = { id: 'ko', name: 'ko', role: 'player', lang: 'ko' };
const DOCKER = ['run', 'ps', 'logs', 'inspect', 'stop', 'start', 'restart', 'rm', 'stats', 'exec', 'top', 'network', 'volume', 'pull', 'push', 'tag', 'images', 'history', 'build', 'commit', 'rmi'];
const HANGUL = /[\uac00-\ud7a3]/;

describe('help', () => {
  it('lists every family and command with a one-line synopsis', () => {
    const { sh } = sandbox(1);
    const out = must(sh, 'help');
    for (const sub of DOCKER) expect(out).toMatch(new RegExp(`^  docker ${sub}\\s{3,}\\S`, 'm'));
    for (const sub of ['list', 'inspect', 'dmesg', 'cordon', 'uncordon']) expect(out).toMatch(new RegExp(`^  host ${sub}\\s{3,}\\S`, 'm'));
    for (const sub of ['create', 'start', 'stop', 'delete', 'list', 'inspect']) expect(out).toMatch(new RegExp(`^  vm ${sub}\\s{3,}\\S`, 'm'));
    for (const fam of ['docker', 'host', 'vm', 'edit', 'help', 'explain']) expect(out).toMatch(new RegExp(`^${fam} — \\S`, 'm'));
    expect(out).toMatch(/^ {2}edit\s{3,}Change a file of a build recipe's context/m);
    // No raw i18n key leaks into the text.
    expect(out).not.toMatch(/help\.(cmd|family|label)\./);
  });

  it('gives every catalogued command a summary and every flag a description, in both languages', () => {
    const { sh } = sandbox(1);
    for (const fam of HELP_CATALOG) {
      for (const c of fam.commands) {
        for (const actor of [undefined, KO]) {
          const r = actor ? sh.exec(`help ${c.path}`, actor) : sh.exec(`help ${c.path}`);
          expect(r.ok, c.path).toBe(true);
          expect(r.output).toContain(c.usage);
          expect(r.output, c.path).not.toMatch(/help\.(cmd|flag|label)\./);
          for (const fl of c.flags) expect(r.output).toContain(fl.spelling);
          if (actor) expect(r.output).toMatch(HANGUL);
        }
      }
    }
  });

  it('prints the usage and flags of one command', () => {
    const { sh } = sandbox(1);
    const out = must(sh, 'help docker run');
    expect(out).toMatch(/^Usage: {2}docker \[-H <host-or-vm>\] run -d /);
    expect(out).toMatch(/^ {2}--cpus <n>\s+CPU limit in cores \(CFS quota\)/m);
    expect(out).toMatch(/^ {2}-m, --memory <size>\s+Memory limit .*exit 137/m);
    expect(out).toMatch(/^Example:\n {2}docker -H host-1 run /m);
    const vm = must(sh, 'help vm create');
    expect(vm.split('\n')[0]).toBe('Usage:  vm create <name> --host <host> --vcpus <n> --memory <size> [--os linux|windows]');
    expect(must(sh, 'help vm')).toMatch(/^vm — virtual machines on hypervisor hosts/);
    expect(must(sh, 'help explain')).toMatch(/^Usage: {2}explain \[<concept>\]/);
  });

  it('speaks Korean to a Korean player, with the syntax unchanged', () => {
    const { sh } = sandbox(1);
    const ko = sh.exec('help vm create', KO).output;
    expect(ko.split('\n')[0]).toBe('사용법:  vm create <name> --host <host> --vcpus <n> --memory <size> [--os linux|windows]');
    expect(ko).toMatch(/^ {2}--vcpus <n>\s+가상 CPU 수/m);
    expect(sh.exec('help', KO).output).toMatch(/^vm — 하이퍼바이저 호스트 위의 가상 머신/m);
  });

  it('marks families the scenario keeps locked', () => {
    const { sh } = sandboxWith((json) => {
      json.unlocked = ['host', 'vm'];
    });
    const out = must(sh, 'help');
    expect(out).toMatch(/^docker — .*\(locked in this scenario\)$/m);
    expect(out).toMatch(/^vm — /m);
    expect(out).not.toMatch(/^vm — .*locked/m);
    expect(out).not.toMatch(/^explain — .*locked/m);
    expect(out).not.toMatch(/^help — .*locked/m);
  });

  it('refuses an unknown topic and changes nothing', () => {
    const { world, sh } = sandbox(1);
    const before = simulationHash(world);
    const r = sh.exec('help teleport');
    expect(r.ok).toBe(false);
    // The families grow with each part of the game; the answer names every one of them.
    expect(r.error).toBe(`help: no help topics match 'teleport'.\nhint: help knows these command families: ${HELP_CATALOG.map((f) => f.name).join(', ')}`);
    expect(sh.exec('help vm migrate').ok).toBe(false);
    expect(simulationHash(world)).toBe(before);
  });
});
