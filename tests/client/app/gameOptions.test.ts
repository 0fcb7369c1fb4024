// Create/join options as the forms fill them, and the texts shown when entering fails.
import { describe, expect, it } from 'vitest';
import { createErrorText, joinErrorText } from '../../../client/src/app/errors.ts';
import { createOptions, joinOptions } from '../../../client/src/app/gameOptions.ts';
import { ConnectionError } from '../../../client/src/net/GameConnection.ts';

describe('createOptions', () => {
  it('leaves out an empty nickname (the server generates one) and an absent seed', () => {
    expect(createOptions({ mode: 'solo', scenario: 'sandbox', name: '  ', lang: 'ko' })).toEqual({ mode: 'solo', scenario: 'sandbox', lang: 'ko' });
    expect(createOptions({ mode: 'team', scenario: 'level-01', seed: 0, name: ' Ann ', lang: 'en' })).toEqual({ mode: 'team', scenario: 'level-01', seed: 0, name: 'Ann', lang: 'en' });
  });
});

describe('joinOptions', () => {
  it('normalises the code and sends a role only when it limits the player', () => {
    expect(joinOptions({ code: 'k7m 2qx', name: '', role: 'player', lang: 'en' })).toEqual({ code: 'K7M2QX', lang: 'en' });
    expect(joinOptions({ code: 'K7M2QX', name: '수달', role: 'on-call', lang: 'ko' })).toEqual({ code: 'K7M2QX', name: '수달', role: 'on-call', lang: 'ko' });
  });
});

describe('error texts', () => {
  it('says plainly that no session has the code', () => {
    expect(joinErrorText(new ConnectionError('refused', 'no rooms found with provided criteria'))).toEqual({ key: 'home.join.noSession', params: {} });
  });

  it('passes the server\'s own reason on, and names an unreachable server', () => {
    expect(createErrorText(new ConnectionError('refused', 'unknown scenario "x"'))).toEqual({ key: 'app.error.reason', params: { reason: 'unknown scenario "x"' } });
    expect(joinErrorText(new TypeError('Failed to fetch'))).toEqual({ key: 'app.error.unreachable', params: {} });
  });
});
