// Build cache and step order: a step whose parent layer and inputs are unchanged comes
// from the cache; the first changed step rebuilds, and so does every step after it.
// The order of steps therefore decides what is rebuilt and what is re-shipped.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { movedMiB } from './together.ts';

/** Step numbers (1-based) printed with `---> Using cache`. */
function cachedSteps(output: string): number[] {
  const out: number[] = [];
  let step = 0;
  for (const line of output.split('\n')) {
    const m = /^Step (\d+)\/\d+ : /.exec(line);
    if (m) step = Number(m[1]);
    else if (line === ' ---> Using cache') out.push(step);
  }
  return out;
}

describe('build cache', () => {
  it('a rebuild with no change takes every step from the cache and gives the same image', () => {
    const { sh } = sandbox();
    const first = sh.exec('docker build -t shop/web:dev shop-web');
    expect(first.ok).toBe(true);
    expect(first.output).toContain('Step 1/7 : FROM python:3.12-slim');
    expect(first.output).toContain('3.12-slim: Pulling from library/python');
    expect(cachedSteps(first.output)).toEqual([]);
    const second = sh.exec('docker build -t shop/web:dev shop-web');
    expect(cachedSteps(second.output)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(second.output).not.toContain('Running in');
    const id = (o: string) => /Successfully built ([0-9a-f]{12})/.exec(o)?.[1];
    expect(id(second.output)).toBe(id(first.output));
    expect(second.output.split('\n').at(-1)).toBe('Successfully tagged shop/web:dev');
  });

  it('after editing app/, only the COPY of app/ and the steps after it rebuild', () => {
    const { sh } = sandbox();
    sh.exec('docker build -t shop/web:dev shop-web');
    expect(sh.exec('edit shop-web app/').ok).toBe(true);
    const r = sh.exec('docker build -t shop/web:dev shop-web');
    expect(cachedSteps(r.output)).toEqual([2, 3, 4]);
  });

  it('with COPY app/ before pip install, the same edit also reruns pip install', () => {
    const { sh } = sandbox();
    sh.exec('docker build -t shop/web:cf shop-web-copy-first');
    sh.exec('edit shop-web-copy-first app/');
    const r = sh.exec('docker build -t shop/web:cf shop-web-copy-first');
    expect(cachedSteps(r.output)).toEqual([2]);
    expect(r.output).toMatch(/Step 5\/7 : RUN pip install[^\n]*\n ---> Running in/);
  });

  it('the order of steps decides what a push re-ships: ~3 MiB versus ~24 MiB', () => {
    const shipped = (recipe: string) => {
      const { world, sh } = sandbox();
      sh.exec(`docker build -t shop/web:dev ${recipe}`);
      expect(sh.exec('docker push shop/web:dev').ok).toBe(true);
      sh.exec(`edit ${recipe} app/`);
      sh.exec(`docker build -t shop/web:dev ${recipe}`);
      const push = sh.exec('docker push shop/web:dev');
      expect(push.ok).toBe(true);
      return movedMiB(world, push.output, 'Pushed');
    };
    const appLast = shipped('shop-web');
    const appFirst = shipped('shop-web-copy-first');
    expect(appLast).toBe(3);
    expect(appFirst).toBe(24);
  });

  it('--no-cache rebuilds every step', () => {
    const { sh } = sandbox();
    sh.exec('docker build -t shop/web:dev shop-web');
    const r = sh.exec('docker build --no-cache -t shop/web:dev shop-web');
    expect(cachedSteps(r.output)).toEqual([]);
  });

  it('the cache belongs to the engine: another host builds from scratch', () => {
    const { sh } = sandbox();
    sh.exec('docker build -t shop/web:dev shop-web');
    const r = sh.exec('docker -H host-2 build -t shop/web:dev shop-web');
    expect(r.ok).toBe(true);
    expect(cachedSteps(r.output)).toEqual([]);
  });

  it('a rebuilt tag leaves the previous image behind as <none> until removed', () => {
    const { sh } = sandbox();
    sh.exec('docker build -t shop/web:dev shop-web');
    sh.exec('edit shop-web app/');
    sh.exec('docker build -t shop/web:dev shop-web');
    expect(sh.exec('docker images').output).toMatch(/^<none>\s+<none>\s+[0-9a-f]{12}\s/m);
  });
});
