// Basic credentials for the operator pages.
import { describe, expect, it } from 'vitest';
import { basicAuthMatches } from '../../../server/security/basicAuth.ts';

const header = (s: string) => `Basic ${Buffer.from(s).toString('base64')}`;

describe('basicAuthMatches', () => {
  it.each<[string | undefined, boolean]>([
    [header('ops:s3cret'), true],
    [header('ops:s3cret!'), false],
    [header('ops:'), false],
    [header('OPS:s3cret'), false],
    ['Bearer abc', false],
    [undefined, false],
    ['Basic ***', false],
  ])('%s → %s', (h, ok) => {
    expect(basicAuthMatches(h, 'ops', 's3cret')).toBe(ok);
  });
});
