// `docker history`: one row per layer, newest first.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../../helpers/sim.ts';
import { refused } from './refusal.ts';

describe('docker history', () => {
  it('shows a pulled image: its id on top, <missing> below, sizes and 0B metadata steps', () => {
    const { sh } = sandbox();
    sh.exec('docker pull nginx:1.25');
    const lines = sh.exec('docker history nginx:1.25').output.split('\n');
    expect(lines[0]).toMatch(/^IMAGE\s{3,}CREATED\s{3,}CREATED BY\s{3,}SIZE\s{3,}COMMENT$/);
    expect(lines).toHaveLength(7);
    expect(lines[1]).toMatch(/^[0-9a-f]{12}\s+12 days ago\s+\/bin\/sh -c #\(nop\)  CMD \["nginx" "-g" "daemon…\s+0B$/);
    expect(lines.slice(2).every((l) => l.startsWith('<missing>'))).toBe(true);
    expect(lines[6]).toMatch(/ADD file:6f2ce8c3b6e2c0a1 …\s+29\.4MB$/);
  });

  it('shows the steps of a local build with their intermediate image ids', () => {
    const { sh } = sandbox();
    const built = sh.exec('docker build -t shop/web:dev shop-web').output;
    const ids = [...built.matchAll(/^ ---> ([0-9a-f]{12})$/gm)].map((m) => m[1]);
    const rows = sh.exec('docker history -q shop/web:dev').output.split('\n');
    // Newest first: the build's step ids in reverse, then python's own id, then <missing>.
    expect(rows.slice(0, 7)).toEqual([...ids].reverse());
    expect(rows.at(-1)).toBe('<missing>');
  });

  it('refuses an unknown image and wrong arguments', () => {
    const { sh } = sandbox();
    refused(sh, 'docker history nginx:1.25', 'Error response from daemon: No such image: nginx:1.25');
    refused(sh, 'docker history', '"docker history" requires exactly 1 argument.');
    refused(sh, 'docker history --all x', 'unknown flag: --all');
  });
});
