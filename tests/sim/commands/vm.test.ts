// Parser and output of the vm commands: create, start, stop, delete, list, inspect.
// Good input answers as virsh / a cloud CLI would; bad input is refused with the tool's
// words and a hint, and changes nothing.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/sim/commands/types.ts';
import { simulationHash } from '../../../shared/sim/stateHash.ts';
import { sandbox } from '../../helpers/sim.ts';
import { must, waitForVm } from '../machines/guest.ts';

const KO: Actor = { id: 'ko', name: 'ko', role: 'player', lang: 'ko' };

function refused(env: ReturnType<typeof sandbox>, line: string, actor?: Actor): string {
  const before = simulationHash(env.world);
  const r = actor ? env.sh.exec(line, actor) : env.sh.exec(line);
  expect(r.ok, `${line} should be refused`).toBe(false);
  expect(simulationHash(env.world), `${line} changed the world`).toBe(before);
  return r.error;
}

describe('vm create', () => {
  it('creates and starts a VM, telling how long the boot takes', () => {
    const env = sandbox(1);
    const out = must(env.sh, 'vm create web-vm --host host-3 --vcpus 2 --memory 4g');
    expect(out.split('\n')[0]).toBe("Domain 'web-vm' created and started");
    expect(out).toMatch(/The guest OS itself keeps 512MiB of it, so about 3\.5GiB is left/);
    expect(out).toMatch(/about 30 s \(firmware, kernel, init\)/);
    expect(out).not.toMatch(/Licence|warning/);
    const vm = env.world.vms.get('web-vm');
    expect(vm).toMatchObject({ hostId: 'host-3', vcpus: 2, memoryMiB: 4096, os: 'linux', state: 'booting' });
  });

  it('accepts the size spellings 512m-style, 4g, 4Gi and bare MiB, and the flag forms', () => {
    const env = sandbox(1);
    must(env.sh, 'vm create a --host host-3 --vcpus 1 --memory 4Gi');
    must(env.sh, 'vm create b --host=host-3 --vcpus=1 --memory=2048');
    must(env.sh, 'vm create c --host host-3 --memory 1536m');
    must(env.sh, 'vm create d --host host-3 --vcpus 1 --memory 3g --os WINDOWS');
    expect(env.world.vms.get('a')?.memoryMiB).toBe(4096);
    expect(env.world.vms.get('b')?.memoryMiB).toBe(2048);
    expect(env.world.vms.get('c')).toMatchObject({ memoryMiB: 1536, vcpus: 1 });
    expect(env.world.vms.get('d')?.os).toBe('windows');
  });

  it('refuses a container host, a down host and an unknown host', () => {
    const env = sandbox(1);
    expect(refused(env, 'vm create x --host host-1 --vcpus 1 --memory 1g')).toMatch(
      /^error: failed to connect to the hypervisor\nerror: Failed to connect socket to '\/var\/run\/libvirt\/libvirt-sock' on host-1: No such file or directory\nhint: host-1 is a bare-metal container host: .*Containers run there directly .*VMs need a hypervisor host: host-3, host-4$/,
    );
    expect(refused(env, 'vm create x --host host-8 --vcpus 1 --memory 1g')).toMatch(/^error: host 'host-8' not found\nhint: the hosts are: host-1/);
    const host3 = env.world.hosts.get('host-3');
    if (host3) host3.state = 'down';
    expect(refused(env, 'vm create x --host host-3 --vcpus 1 --memory 1g')).toMatch(/^error: failed to connect to the hypervisor\nerror: unable to connect to server at 'host-3:16509': No route to host/);
  });

  it('refuses bad names and names in use', () => {
    const env = sandbox(1);
    must(env.sh, 'vm create a --host host-3 --vcpus 1 --memory 1g');
    expect(refused(env, 'vm create Web_VM --host host-3 --memory 1g')).toMatch(/^error: invalid value for name: 'Web_VM': must match regex/);
    expect(refused(env, 'vm create 1vm --host host-3 --memory 1g')).toMatch(/invalid value for name/);
    expect(refused(env, 'vm create a --host host-3 --memory 1g')).toMatch(/^error: operation failed: domain 'a' already exists\nhint:/);
    expect(refused(env, 'vm create host-2 --host host-3 --memory 1g')).toMatch(/^error: operation failed: domain 'host-2' already exists\nhint: 'host-2' is already the name of a physical host/);
  });

  it('refuses missing or malformed arguments', () => {
    const env = sandbox(1);
    expect(refused(env, 'vm create')).toBe("error: command 'vm create' requires <name> option");
    expect(refused(env, 'vm create x --vcpus 1 --memory 1g')).toMatch(/^error: command 'vm create' requires --host option\nhint:/);
    expect(refused(env, 'vm create x --host host-3 --vcpus 1')).toMatch(/^error: command 'vm create' requires --memory option\nhint:/);
    expect(refused(env, 'vm create x --host host-3 --vcpus 0 --memory 1g')).toBe("error: Numeric value '0' for <vcpus> option is malformed or out of range");
    expect(refused(env, 'vm create x --host host-3 --vcpus two --memory 1g')).toBe("error: Numeric value 'two' for <vcpus> option is malformed or out of range");
    expect(refused(env, 'vm create x --host host-3 --vcpus 1 --memory 4x')).toBe("error: Scaled numeric value '4x' for <memory> option is malformed or out of range");
    expect(refused(env, 'vm create x --host host-3 --vcpus 1 --memory 1g --os macos')).toBe("error: invalid argument: unknown OS type 'macos': expected linux or windows");
    expect(refused(env, 'vm create x --host host-3 --memory 1g --disk 10g')).toMatch(/^error: unknown flag: --disk/);
    expect(refused(env, 'vm create x y --host host-3 --memory 1g')).toMatch(/^error: unexpected data 'y'/);
    expect(refused(env, 'vm create x --host')).toMatch(/flag needs an argument: --host/);
  });

  it('refuses more vCPUs than the host has cores', () => {
    const env = sandbox(1);
    expect(refused(env, 'vm create x --host host-4 --vcpus 9 --memory 1g')).toMatch(
      /^error: invalid argument: requested vcpus is greater than max allowable vcpus for the host: 9 > 8\nhint: one VM cannot have more vCPUs than host-4 has physical cores \(8\)/,
    );
    must(env.sh, 'vm create x --host host-4 --vcpus 8 --memory 1g');
  });

  it("refuses less memory than the guest OS's own footprint, with the reason", () => {
    const env = sandbox(1);
    expect(refused(env, 'vm create x --host host-3 --memory 512m')).toMatch(/^error: unsupported configuration: 512MiB is not enough memory for a linux guest \(its OS alone keeps 512MiB resident\)\nhint: a linux guest OS alone keeps 512MiB in RAM/);
    expect(refused(env, 'vm create x --host host-3 --memory 2g --os windows')).toMatch(/not enough memory for a windows guest \(its OS alone keeps 2GiB resident\)/);
    expect(refused(env, 'vm create x --host host-3 --memory 300m', KO)).toMatch(/\n힌트: linux 게스트 OS는 .*512MiB/);
    must(env.sh, 'vm create x --host host-3 --memory 513m');
  });

  it('refuses a VM whose disk does not fit', () => {
    const env = sandbox(1);
    const host = env.world.hosts.get('host-4');
    if (host) host.diskMiB = 40 * 1024;
    must(env.sh, 'vm create a --host host-4 --memory 1g');
    expect(refused(env, 'vm create b --host host-4 --memory 1g')).toMatch(/^error: Failed to create vol 'b\.qcow2'\nerror: cannot allocate \d+ bytes in file '\/var\/lib\/libvirt\/images\/b\.qcow2': No space left on device\nhint:/);
  });
});

describe('vm start / stop / delete', () => {
  it('stops with ACPI, then starts again', () => {
    const env = sandbox(1);
    must(env.sh, 'vm create a --host host-3 --vcpus 1 --memory 1g');
    waitForVm(env.sh, 'a', 'running');
    expect(refused(env, 'vm start a')).toMatch(/^error: Domain is already active\nhint: a is running/);
    expect(must(env.sh, 'vm stop a')).toBe("Domain 'a' is being shutdown");
    expect(refused(env, 'vm stop a')).toMatch(/^error: Failed to shutdown domain 'a'\nerror: Requested operation is not valid: domain is not running/);
    const ticks = waitForVm(env.sh, 'a', 'shut-off');
    expect(ticks).toBeGreaterThan(1);
    expect(ticks).toBeLessThan(30);
    expect(refused(env, 'vm stop --force a')).toMatch(/^error: Failed to destroy domain 'a'/);
    expect(must(env.sh, 'vm start a')).toMatch(/^Domain 'a' started\nBooting: a linux guest needs about 30 s/);
    expect(env.world.vms.get('a')?.state).toBe('booting');
  });

  it('--force powers off at once', () => {
    const env = sandbox(1);
    must(env.sh, 'vm create a --host host-3 --vcpus 1 --memory 1g');
    expect(must(env.sh, 'vm stop -f a')).toBe("Domain 'a' destroyed");
    expect(env.world.vms.get('a')?.state).toBe('shut-off');
  });

  it('delete removes a VM; unknown names are refused with the list', () => {
    const env = sandbox(1);
    expect(refused(env, 'vm delete ghost')).toMatch(/^error: failed to get domain 'ghost'\nhint: there are no VMs yet/);
    must(env.sh, 'vm create a --host host-3 --vcpus 1 --memory 1g');
    must(env.sh, 'vm stop --force a');
    const out = must(env.sh, 'vm delete a');
    expect(out).toMatch(/^Domain 'a' has been undefined\nStorage volume 'vda'\(\/var\/lib\/libvirt\/images\/a\.qcow2\) is removed\.\n/);
    expect(env.world.vms.size).toBe(0);
    must(env.sh, 'vm create b --host host-3 --vcpus 1 --memory 1g');
    expect(refused(env, 'vm start ghost')).toMatch(/^error: failed to get domain 'ghost'\nhint: the VMs are: b/);
    expect(refused(env, 'vm stop host-1')).toMatch(/^error: failed to get domain 'host-1'\nhint: 'host-1' is a physical host/);
    expect(refused(env, 'vm delete')).toBe("error: command 'vm delete' requires <name> option");
    expect(refused(env, 'vm delete b c')).toMatch(/^error: unexpected data 'c'/);
    expect(refused(env, 'vm start b --now')).toMatch(/^error: unknown flag: --now/);
  });
});

describe('vm list / inspect', () => {
  it('lists VMs in the virsh layout, filtered by host', () => {
    const env = sandbox(1);
    const header = ' Id   Name   Host   State   vCPU   Memory   OS   Uptime';
    expect(must(env.sh, 'vm list')).toBe(`${header}\n${'-'.repeat(header.length + 2)}`);
    must(env.sh, 'vm create a --host host-3 --vcpus 2 --memory 2g');
    must(env.sh, 'vm create b --host host-4 --vcpus 1 --memory 3g --os windows');
    must(env.sh, 'vm stop --force b');
    const out = must(env.sh, 'vm list --all');
    expect(out).toMatch(/^ 1\s+a\s+host-3\s+booting \(0%\)\s+2\s+2GiB\s+linux\s+-$/m);
    expect(out).toMatch(/^ -\s+b\s+host-4\s+shut off\s+1\s+3GiB\s+windows\s+-$/m);
    const only = must(env.sh, 'vm list --host host-4');
    expect(only).not.toMatch(/ a /);
    expect(only).toMatch(/ b /);
    expect(refused(env, 'vm list --host nope')).toMatch(/^error: host 'nope' not found/);
    expect(refused(env, 'vm list a')).toMatch(/^error: unexpected data 'a'/);
  });

  it('inspects a VM like virsh dominfo, with where its memory goes', () => {
    const env = sandbox(1);
    must(env.sh, 'vm create a --host host-3 --vcpus 2 --memory 2g');
    waitForVm(env.sh, 'a', 'running');
    env.sh.wait(1);
    const out = must(env.sh, 'vm inspect a');
    expect(out).toMatch(/^Id:\s+1$/m);
    expect(out).toMatch(/^Name:\s+a$/m);
    expect(out).toMatch(/^Host:\s+host-3 \(hypervisor type 1\)$/m);
    expect(out).toMatch(/^State:\s+running$/m);
    expect(out).toMatch(/^CPU\(s\):\s+2$/m);
    expect(out).toMatch(/^Max memory:\s+2097152 KiB \(2GiB\)$/m);
    expect(out).toMatch(/^Used memory:\s+524288 KiB \(guest OS 512MiB \+ processes 0MiB\)$/m);
    expect(out).toMatch(/^Kernel:\s+5\.15\.0-91-generic \(up\)$/m);
    expect(out).toMatch(/^Licence:\s+none \(Linux\)$/m);
    expect(refused(env, 'vm inspect')).toBe("error: command 'vm inspect' requires <name> option");
    expect(refused(env, 'vm inspect zz')).toMatch(/^error: failed to get domain 'zz'/);
  });
});

describe('vm family', () => {
  it('prints help for no subcommand or --help, and refuses an unknown one', () => {
    const env = sandbox(1);
    expect(must(env.sh, 'vm')).toMatch(/^vm — virtual machines/);
    expect(must(env.sh, 'vm create --help')).toBe(must(env.sh, 'help vm create'));
    expect(must(env.sh, 'vm ls')).toBe(must(env.sh, 'vm list'));
    expect(refused(env, 'vm migrate a')).toMatch(/^error: unknown command: 'migrate'\nhint: vm commands: create, start, stop, delete, list, inspect/);
  });
});
