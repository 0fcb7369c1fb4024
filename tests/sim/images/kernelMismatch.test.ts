// Windows image on a Linux kernel: containers share the kernel of the machine they run
// on, so an image is only usable where the kernel is of its kind. A Windows app needs a
// Windows VM; a Linux image cannot run there either.
import { describe, expect, it } from 'vitest';
import { sandbox, sandboxWith } from '../../helpers/sim.ts';
import { simulationHash as stateHash } from '../../../shared/sim/stateHash.ts';

function withWindowsVm() {
  return sandboxWith((json) => {
    json.vms = [{ name: 'win-1', host: 'host-3', vcpus: 4, memory: '8g', os: 'windows' }];
  });
}

describe('Windows image on a Linux kernel', () => {
  it('is refused with the daemon error, and the hint points to a Windows VM', () => {
    const { world, sh } = sandbox();
    const before = stateHash(world);
    const r = sh.exec('docker pull legacy/billing:1.0');
    expect(r.ok).toBe(false);
    expect(r.output).toBe('1.0: Pulling from legacy/billing');
    expect(r.error.split('\n')[0]).toBe('image operating system "windows" cannot be used on this platform');
    expect(r.error).toMatch(/Windows VM/);
    expect(stateHash(world)).toBe(before);
    expect(world.hosts.get('host-1')!.store.layers).toHaveLength(0);
  });

  it('the same image pulls on a Windows VM', () => {
    const { world, sh } = withWindowsVm();
    const r = sh.exec('docker -H win-1 pull legacy/billing:1.0');
    expect(r.ok).toBe(true);
    expect(r.output).toContain('Status: Downloaded newer image for legacy/billing:1.0');
    expect(world.vms.get('win-1')!.store.tags['legacy/billing:1.0']).toBeDefined();
  });

  it('and a Linux image is refused on the Windows kernel', () => {
    const { sh } = withWindowsVm();
    const r = sh.exec('docker -H win-1 pull nginx:1.25');
    expect(r.ok).toBe(false);
    expect(r.error.split('\n')[0]).toBe('image operating system "linux" cannot be used on this platform');
  });

  it('a build FROM a Windows image fails on a Linux engine', () => {
    const { world, sh } = sandbox();
    const before = stateHash(world);
    const r = sh.exec('docker build -t billing:dev "FROM windows/servercore:ltsc2022\\nCMD [\\"billing.exe\\"]"');
    expect(r.ok).toBe(false);
    expect(r.error).toContain('image operating system "windows" cannot be used on this platform');
    expect(stateHash(world)).toBe(before);
  });
});
