// `edit <recipe> <file>`: a developer changes a file of a build context; the next build
// sees a new version of that file in every COPY that reads it.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { simulationHash } from '../../../shared/sim/stateHash.ts';

const KO = { id: 'p2', name: 'minji', role: 'player', lang: 'ko' } as const;

describe('edit', () => {
  it('bumps the file version and says how to ship the change', () => {
    const { world, sh } = sandbox();
    const r = sh.exec('edit shop-web app/');
    expect(r.ok).toBe(true);
    expect(r.output).toContain('app/ (version 1 → 2)');
    expect(r.output).toContain('docker build -t <name:tag> shop-web');
    expect(world.recipes.get('shop-web')!.files['app/']!.version).toBe(2);
    expect(sh.exec('edit shop-web app').ok).toBe(true);
    expect(world.recipes.get('shop-web')!.files['app/']!.version).toBe(3);
  });

  it('answers in Korean for a Korean player', () => {
    const { sh } = sandbox();
    expect(sh.exec('edit shop-web requirements.txt', KO).output).toContain('다시 빌드하세요');
  });

  it('lists the recipes and files it knows when the name is wrong', () => {
    const { world, sh } = sandbox();
    const before = simulationHash(world);
    expect(sh.exec('edit nope app/').error).toBe('edit: unknown recipe "nope" (known: shop-web, shop-web-copy-first)');
    expect(sh.exec('edit shop-web main.py').error).toBe('edit: recipe "shop-web" has no file "main.py" (files: app/, requirements.txt)');
    expect(sh.exec('edit').error).toMatch(/^usage: edit <recipe> <file>/);
    expect(simulationHash(world)).toBe(before);
  });
});
