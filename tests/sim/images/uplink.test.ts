// The datacenter's internet uplink (`uplinkMbps`): pulls from docker.io on different
// hosts share it, while a private registry on the LAN does not cross it.
import { describe, expect, it } from 'vitest';
import { sandboxWith } from '../../helpers/sim.ts';
import { runTogether } from './together.ts';

/** The sandbox behind a 100 Mbit/s (~12 MiB/s) uplink, or without one. */
function site(uplinkMbps?: number) {
  return sandboxWith((json) => {
    if (uplinkMbps !== undefined) json.uplinkMbps = uplinkMbps;
  });
}

describe('internet uplink shared by public registry transfers', () => {
  it('one pull from docker.io is slower behind a slow uplink', () => {
    const [free] = runTogether(site().world, ['docker pull postgres:16']);
    const [slow] = runTogether(site(100).world, ['docker pull postgres:16']);
    expect(free?.ok && slow?.ok).toBe(true);
    // ~170 MiB: a few seconds at 24 MiB/s per layer, about 14 s at ~12 MiB/s in all.
    expect(slow!.ticks).toBeGreaterThanOrEqual(13);
    expect(slow!.ticks).toBeGreaterThan(free!.ticks * 2);
  });

  it('pulls on two different hosts share the uplink', () => {
    const [solo] = runTogether(site(100).world, ['docker pull postgres:16']);
    const [a, b] = runTogether(site(100).world, ['docker -H host-1 pull postgres:16', 'docker -H host-2 pull postgres:16']);
    expect(a?.ok && b?.ok).toBe(true);
    // The same 170 MiB twice through one 100 Mbit/s link: about twice as long.
    expect(a!.ticks * 10).toBeGreaterThanOrEqual(solo!.ticks * 17);
    expect(b!.ticks * 10).toBeGreaterThanOrEqual(solo!.ticks * 17);
  });

  it('a pull from a private registry on the LAN does not use the uplink', () => {
    const { world, sh } = site(10);
    const must = (line: string) => {
      const r = sh.exec(line);
      expect(r.ok, `${line}\n${r.output}\n${r.error}`).toBe(true);
    };
    must('docker -H host-1 pull postgres:16');
    must('docker -H host-1 run -d --name registry -p 5000:5000 registry:2');
    must('docker -H host-1 tag postgres:16 host-1:5000/db/postgres:16');
    must('docker -H host-1 push host-1:5000/db/postgres:16');
    const [lan] = runTogether(world, ['docker -H host-2 pull host-1:5000/db/postgres:16']);
    expect(lan?.ok).toBe(true);
    // 170 MiB over the 10 Mbit/s uplink would take minutes; over the LAN a few seconds.
    expect(lan!.ticks).toBeLessThanOrEqual(5);
  });
});
