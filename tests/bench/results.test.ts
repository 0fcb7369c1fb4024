// The benchmark's bookkeeping (not its timings): percentiles, and results.json keeping
// the sections other benchmarks wrote.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../bench/results.ts';
import { percentile, round } from '../../bench/stats.ts';

describe('bench bookkeeping', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
    expect(round(1.23456)).toBe(1.235);
  });

  it('replaces its own section of results.json and keeps the others', () => {
    const path = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'nines-bench-')), 'results.json'));
    writeFileSync(path, JSON.stringify({ sim: { tickMsP50: 9 }, server: { rttMs: 4 } }));
    mergeResults({ sim: { tickMsP50: 1.5 } }, path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ sim: { tickMsP50: 1.5 }, server: { rttMs: 4 } });
    writeFileSync(path, 'garbage');
    mergeResults({ client: { fps: 60 } }, path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ client: { fps: 60 } });
  });
});
