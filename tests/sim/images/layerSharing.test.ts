// Layer sharing on pull and app-layer-only re-pull: images that share lower layers share
// them on disk and on the wire, so a pull moves only what the engine lacks.
import { describe, expect, it } from 'vitest';
import { sandbox, sandboxWith } from '../../helpers/sim.ts';
import { countLines, movedMiB } from './together.ts';

describe('layer sharing on pull', () => {
  it('pulling shop/web:1.0 after python:3.12-slim downloads only the layers above python', () => {
    const cold = sandbox();
    const first = cold.sh.exec('docker pull shop/web:1.0');
    expect(first.ok).toBe(true);
    expect(countLines(first.output, 'Already exists')).toBe(0);
    const coldMiB = movedMiB(cold.world, first.output, 'Pull complete');

    const warm = sandbox();
    expect(warm.sh.exec('docker pull python:3.12-slim').ok).toBe(true);
    const second = warm.sh.exec('docker pull shop/web:1.0');
    expect(second.ok).toBe(true);
    // debian's rootfs and python's two layers are already on the engine's disk.
    expect(countLines(second.output, 'Already exists')).toBe(3);
    expect(second.output).toContain('Status: Downloaded newer image for shop/web:1.0');
    const warmMiB = movedMiB(warm.world, second.output, 'Pull complete');
    expect(warmMiB).toBeGreaterThan(20);
    expect(warmMiB * 5).toBeLessThan(coldMiB);
    expect(second.waitedTicks * 3).toBeLessThanOrEqual(first.waitedTicks);
  });

  it('keeps one copy of a shared layer on disk', () => {
    const { world, sh } = sandbox();
    sh.exec('docker pull python:3.12-slim');
    const before = world.hosts.get('host-1')?.store.layersMiB ?? 0;
    sh.exec('docker pull shop/web:1.0');
    const after = world.hosts.get('host-1')?.store.layersMiB ?? 0;
    expect(after - before).toBe(24);
  });

  it('answers at once, with no transfer, when the image is already complete', () => {
    const { sh } = sandbox();
    sh.exec('docker pull nginx:1.25');
    const again = sh.exec('docker pull nginx:1.25');
    expect(again.waitedTicks).toBe(0);
    expect(again.output).toContain('Status: Image is up to date for nginx:1.25');
    expect(again.output).not.toContain('Pull complete');
  });
});

describe('app-layer-only re-pull', () => {
  it('after shop/web:1.0, pulling shop/web:1.1 moves only the ~3 MiB app layer', () => {
    const { world, sh } = sandbox();
    const first = sh.exec('docker pull shop/web:1.0');
    const next = sh.exec('docker pull shop/web:1.1');
    expect(next.ok).toBe(true);
    expect(countLines(next.output, 'Pull complete')).toBe(1);
    expect(movedMiB(world, next.output, 'Pull complete')).toBe(3);
    expect(countLines(next.output, 'Already exists')).toBe(5);
    expect(next.waitedTicks * 4).toBeLessThanOrEqual(first.waitedTicks);
  });

  it('on a 100 Mbit/s NIC: tens of seconds for the first pull, a few seconds for the new version', () => {
    const { sh } = sandboxWith((json) => {
      (json.hostTypes as Record<string, { nicMbps: number }>)['cs-16']!.nicMbps = 100;
    });
    const first = sh.exec('docker pull shop/web:1.0');
    const next = sh.exec('docker pull shop/web:1.1');
    expect(first.waitedTicks).toBeGreaterThanOrEqual(10);
    expect(next.waitedTicks).toBeLessThanOrEqual(3);
  });
});
