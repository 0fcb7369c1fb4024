// Reading another process's CPU time and memory from /proc, as the server bench does.
import { describe, expect, it } from 'vitest';
import { cpuSeconds, parseCpuTicks, parseRssKiB, rssMiB } from '../../../bench/server/procStats.ts';

describe('procStats', () => {
  it('counts fields after the command name, which may hold spaces and parentheses', () => {
    const fields = ['S', '1', '2', '3', '0', '-1', '4194560', '100', '0', '0', '0', '1234', '567', '0', '0', '20'];
    expect(parseCpuTicks(`4242 (node (x) y) ${fields.join(' ')}`)).toBe(1234 + 567);
    expect(() => parseCpuTicks('garbage')).toThrow();
  });

  it('reads VmRSS in KiB', () => {
    expect(parseRssKiB('Name:\tnode\nVmPeak:\t 999 kB\nVmRSS:\t  204800 kB\nRssAnon:\t1 kB\n')).toBe(204800);
    expect(() => parseRssKiB('Name:\tnode\n')).toThrow(/VmRSS/);
  });

  it.runIf(process.platform === 'linux')('reads a live process: CPU grows with work, RSS matches its own view', () => {
    const before = cpuSeconds(process.pid);
    const until = performance.now() + 150;
    let x = 0;
    while (performance.now() < until) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    expect(cpuSeconds(process.pid)).toBeGreaterThan(before);
    const own = process.memoryUsage().rss / 1024 / 1024;
    expect(Math.abs(rssMiB(process.pid) - own)).toBeLessThan(own * 0.2);
  });
});
