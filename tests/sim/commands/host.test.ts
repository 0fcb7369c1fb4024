// Parser and output of the host commands (list, inspect, dmesg, cordon, uncordon): good
// input prints what the real tools print; bad input is refused with the tool's words,
// a hint, and no change to the world.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/sim/commands/types.ts';
import { simulationHash } from '../../../shared/sim/stateHash.ts';
import { sandbox } from '../../helpers/sim.ts';
import { must, runIn, waitForVm } from '../machines/guest.ts';

const KO: Actor = { id: 'ko', name: 'ko', role: 'player', lang: 'ko' };

/** Runs a line that must be refused, and checks the world did not change. */
function refused(env: ReturnType<typeof sandbox>, line: string, actor?: Actor): string {
  const before = simulationHash(env.world);
  const r = actor ? env.sh.exec(line, actor) : env.sh.exec(line);
  expect(r.ok, `${line} should be refused`).toBe(false);
  expect(simulationHash(env.world), `${line} changed the world`).toBe(before);
  return r.error;
}

describe('host list', () => {
  it('prints one row per host with role, state and used/total resources', () => {
    const env = sandbox(1);
    env.sh.wait(1);
    const out = must(env.sh, 'host list');
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^ID\s+RACK\s+TYPE\s+ROLE\s+STATE\s+CPU\s+MEMORY\s+DISK\s+VMS\/CONTAINERS$/);
    expect(lines).toHaveLength(5);
    expect(out).toMatch(/host-1\s+rack-1\s+cs-16\s+container-host\s+up\s+0\.1\/16\s+768MiB\/64GiB\s+8GiB\/500GiB\s+-\/0/);
    expect(out).toMatch(/host-3\s+rack-2\s+hv-32\s+hypervisor \(type 1\)\s+up\s+1\.0\/32\s+1GiB\/128GiB\s+4GiB\/2TiB\s+0\/0/);
    expect(out).toMatch(/host-4\s+rack-2\s+ws-8\s+hypervisor \(type 2\)\s+up/);
  });

  it('counts VMs and running containers, and shows a cordoned host', () => {
    const env = sandbox(1);
    runIn(env.world, 'host-1', 'nginx:1.25', 'web');
    must(env.sh, 'vm create a --host host-3 --vcpus 1 --memory 1g');
    waitForVm(env.sh, 'a', 'running');
    runIn(env.world, 'a', 'nginx:1.25', 'in-vm');
    must(env.sh, 'host cordon host-2');
    env.sh.wait(1);
    const out = must(env.sh, 'host list');
    expect(out).toMatch(/host-1 .* -\/1$/m);
    expect(out).toMatch(/host-2\s+rack-1\s+cs-8\s+container-host\s+up,cordoned\s/);
    expect(out).toMatch(/host-3 .* 1\/1$/m);
    expect(must(env.sh, 'host ls')).toBe(out);
  });

  it('refuses arguments and unknown flags', () => {
    const env = sandbox(1);
    expect(refused(env, 'host list host-1')).toMatch(/^error: unexpected data 'host-1'/);
    expect(refused(env, 'host list --wide')).toMatch(/^error: unknown flag: --wide/);
  });
});

describe('host inspect', () => {
  it('shows hardware, OS overhead, containers, image store and the disk breakdown of a container host', () => {
    const env = sandbox(1);
    runIn(env.world, 'host-1', 'nginx:1.25', 'web');
    env.sh.wait(3);
    const out = must(env.sh, 'host inspect host-1');
    expect(out).toMatch(/^Name:\s+host-1$/m);
    expect(out).toMatch(/^Role:\s+container-host: bare-metal Linux/m);
    expect(out).toMatch(/^Kernel:\s+6\.1\.0-18-amd64 \(up\)$/m);
    expect(out).toMatch(/^ {2}CPU\(s\):\s+16 cores$/m);
    expect(out).toMatch(/^ {2}Memory:\s+64GiB \(no swap\)$/m);
    expect(out).toMatch(/^ {2}NIC:\s+10 Gbit\/s$/m);
    expect(out).toMatch(/^Containers: 1 running, 1 in all$/m);
    expect(out).toMatch(/^ {2}web\s+host-1\s+running/m);
    expect(out).toMatch(/^Image store: 6 layers, 68MiB, 1 tag$/m);
    expect(out).toMatch(/^ {2}OS:\s+8GiB$/m);
    expect(out).toMatch(/^ {2}Images:\s+68MiB \(6 layers, each stored once\)$/m);
    expect(out).toMatch(/^ {2}Left for containers: 15\.9 cores, 63\.3GiB$/m);
    expect(out).toMatch(/^ {2}Writable layers:\s+0MiB \(1 container\)$/m);
    expect(out).toMatch(/^Virtual machines: none/m);
  });

  it('shows the hypervisor overhead, the VMs with steal and swap, and the commit ratios', () => {
    const env = sandbox(1);
    must(env.sh, 'vm create a --host host-4 --vcpus 6 --memory 20g');
    must(env.sh, 'vm create b --host host-4 --vcpus 4 --memory 12g');
    env.sh.wait(2);
    const out = must(env.sh, 'host inspect host-4');
    expect(out).toMatch(/^Role:\s+hypervisor \(type 2\): hosted/m);
    expect(out).toMatch(/^ {2}Memory:\s+3GiB \(host OS \+ hypervisor app\)$/m);
    expect(out).toMatch(/^ {2}vCPU:core:\s+10:8 \(1\.25\) \(overcommitted/m);
    expect(out).toMatch(/^ {2}RAM committed:\s+35\.3GiB of 32GiB \(1\.10\) \(overcommitted by 3\.3GiB/m);
    expect(out).toMatch(/^Virtual machines: 2$/m);
    expect(out).toMatch(/^ {2}NAME\s+STATE\s+OS\s+VCPUS\s+MEMORY\s+USED\s+CPU\s+STEAL\s+SWAPPED$/m);
    expect(out).toMatch(/^ {2}a\s+booting \(\d+%\)\s+linux\s+6\s+20GiB/m);
    expect(out).toMatch(/^ {2}VM disks:\s+40GiB \(2 VMs, allocated in full\)$/m);
    expect(out).toMatch(/swap [1-9][\d.]*GiB\/16GiB/);
  });

  it('refuses a missing, unknown or extra argument', () => {
    const env = sandbox(1);
    must(env.sh, 'vm create a --host host-3 --vcpus 1 --memory 1g');
    expect(refused(env, 'host inspect')).toBe("error: command 'host inspect' requires <host> option");
    expect(refused(env, 'host inspect host-9')).toBe("error: host 'host-9' not found\nhint: the hosts are: host-1, host-2, host-3, host-4 (see them with \"host list\")");
    expect(refused(env, 'host inspect a')).toMatch(/^error: host 'a' not found\nhint: 'a' is a VM, not a physical host; use "vm inspect a"/);
    expect(refused(env, 'host inspect host-1 host-2')).toMatch(/^error: unexpected data 'host-2'/);
    expect(refused(env, 'host inspect host-9', KO)).toMatch(/^error: host 'host-9' not found\n힌트: 호스트 목록: host-1, host-2, host-3, host-4/);
  });
});

describe('host dmesg', () => {
  it("prints a machine's kernel ring buffer, OOM kills included", () => {
    const env = sandbox(1);
    expect(must(env.sh, 'host dmesg host-1')).toMatch(/^Linux version 6\.1\.0-18-amd64 .*\nsmpboot: Allowing 16 CPUs, 0 hotplug CPUs\nMemory: \d+K\/67108864K available$/);
    runIn(env.world, 'host-2', 'memhog:1.0', 'hog', { memoryLimitMiB: 256 });
    env.sh.wait(10);
    const log = must(env.sh, 'host dmesg host-2');
    expect(log).toMatch(/Memory cgroup out of memory: Killed process \d+ \(memhog\)/);
    expect(must(env.sh, 'host dmesg -n 1 host-2')).toMatch(/^Memory cgroup out of memory: Killed process/);
    expect(must(env.sh, 'host dmesg --tail 1 host-2').split('\n')).toHaveLength(1);
    expect(must(env.sh, 'host dmesg host-4')).toMatch(/^Linux version 6\.1\.0-18-amd64/);
  });

  it('reads a VM guest kernel, and says a type-1 host has none', () => {
    const env = sandbox(1);
    must(env.sh, 'vm create w --host host-3 --vcpus 2 --memory 4g --os windows');
    expect(must(env.sh, 'host dmesg w')).toMatch(/The operating system started \(build 10\.0\.20348\), 2 processors, 4096 MB of memory/);
    expect(refused(env, 'host dmesg host-3')).toMatch(/^dmesg: host-3: no kernel ring buffer to read\nhint: host-3 runs a type-1 hypervisor/);
  });

  it('refuses bad input', () => {
    const env = sandbox(1);
    expect(refused(env, 'host dmesg')).toBe("error: command 'host dmesg' requires <host-or-vm> option");
    expect(refused(env, 'host dmesg nope')).toMatch(/^error: host or VM 'nope' not found\nhint: hosts: host-1, host-2, host-3, host-4; VMs: -$/);
    expect(refused(env, 'host dmesg -n x host-1')).toBe("dmesg: invalid number of lines: 'x'");
    expect(refused(env, 'host dmesg -n')).toMatch(/flag needs an argument: -n/);
    expect(refused(env, 'host dmesg --follow host-1')).toMatch(/unknown flag: --follow/);
  });
});

describe('host cordon / uncordon', () => {
  it('marks a host unschedulable and back, like kubectl', () => {
    const env = sandbox(1);
    expect(must(env.sh, 'host cordon host-1')).toBe('host/host-1 cordoned');
    expect(env.world.hosts.get('host-1')?.cordoned).toBe(true);
    const before = simulationHash(env.world);
    expect(must(env.sh, 'host cordon host-1')).toBe('host/host-1 already cordoned');
    expect(simulationHash(env.world)).toBe(before);
    expect(must(env.sh, 'host uncordon host-1')).toBe('host/host-1 uncordoned');
    expect(env.world.hosts.get('host-1')?.cordoned).toBe(false);
    expect(must(env.sh, 'host uncordon host-1')).toBe('host/host-1 already uncordoned');
  });

  it('refuses bad input', () => {
    const env = sandbox(1);
    expect(refused(env, 'host cordon')).toBe("error: command 'host cordon' requires <host> option");
    expect(refused(env, 'host uncordon host-7')).toMatch(/^error: host 'host-7' not found\nhint:/);
    expect(refused(env, 'host cordon host-1 host-2')).toMatch(/^error: unexpected data 'host-2'/);
  });
});

describe('host family', () => {
  it('prints help for no subcommand or --help, and refuses an unknown one', () => {
    const env = sandbox(1);
    expect(must(env.sh, 'host')).toMatch(/^host — physical hosts/);
    expect(must(env.sh, 'host inspect --help')).toMatch(/^Usage:  host inspect <host>/);
    expect(refused(env, 'host reboot host-1')).toMatch(/^error: unknown command: 'reboot'\nhint: host commands: list, inspect, dmesg, cordon, uncordon/);
  });
});
