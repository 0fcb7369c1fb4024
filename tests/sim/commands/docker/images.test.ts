// `docker images`: the engine's store as a table.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../../helpers/sim.ts';
import { refused } from './refusal.ts';

describe('docker images', () => {
  it('lists one row per tag with docker columns, newest first', () => {
    const { sh } = sandbox();
    sh.exec('docker pull nginx:1.25');
    sh.exec('docker build -t shop/web:dev shop-web');
    const lines = sh.exec('docker images').output.split('\n');
    expect(lines[0]).toMatch(/^REPOSITORY\s{3,}TAG\s{3,}IMAGE ID\s{3,}CREATED\s{3,}SIZE$/);
    expect(lines[1]).toMatch(/^shop\/web\s+dev\s+[0-9a-f]{12}\s+(Less than a second|1 second) ago\s+\d+(\.\d+)?MB$/);
    expect(lines.some((l) => /^nginx\s+1\.25\s+[0-9a-f]{12}\s+12 days ago\s+/.test(l))).toBe(true);
  });

  it('is per engine', () => {
    const { sh } = sandbox();
    sh.exec('docker pull nginx:1.25');
    expect(sh.exec('docker -H host-2 images').output.split('\n')).toHaveLength(1);
  });

  it('filters by repository and prints ids with -q', () => {
    const { sh } = sandbox();
    sh.exec('docker pull shop/web:1.0');
    sh.exec('docker pull shop/web:1.1');
    sh.exec('docker pull nginx:1.25');
    expect(sh.exec('docker images shop/web').output.split('\n')).toHaveLength(3);
    expect(sh.exec('docker images shop/web:1.1').output.split('\n')).toHaveLength(2);
    expect(sh.exec('docker images -q').output.split('\n').every((l) => /^[0-9a-f]{12}$/.test(l))).toBe(true);
  });

  it('refuses extra arguments and unknown flags', () => {
    const { sh } = sandbox();
    refused(sh, 'docker images a b', '"docker images" accepts at most 1 argument.');
    refused(sh, 'docker images --tree', 'unknown flag: --tree');
  });
});
