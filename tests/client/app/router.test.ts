// The router: where Escape/Back leads from each screen, where a page load lands, which
// moves give up the seat, and that listeners hear each change once.
import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../../client/src/app/deepLinks.ts';
import { backOf, leavesRoom, Router, startRoute, titleKey, type Route } from '../../../client/src/app/router.ts';

describe('backOf', () => {
  it('leads from the forms, the briefing and the debrief to Home', () => {
    for (const route of [{ name: 'join', code: '' }, { name: 'host' }, { name: 'briefing', scenario: 'level-01' }, { name: 'debrief' }] as Route[]) {
      expect(backOf(route), route.name).toEqual({ name: 'home' });
    }
  });

  it('does nothing in the game, the lobby, while connecting, or at Home', () => {
    for (const route of [{ name: 'game' }, { name: 'lobby' }, { name: 'connecting' }, { name: 'home' }, { name: 'loading' }] as Route[]) {
      expect(backOf(route), route.name).toBeNull();
    }
  });
});

describe('startRoute', () => {
  it('goes back into a resumed game whatever the link says', () => {
    expect(startRoute(parseDeepLink('?join=ABC234'), true)).toEqual({ name: 'game' });
  });

  it('follows the deep link otherwise', () => {
    expect(startRoute(parseDeepLink('?scenario=sandbox'), false)).toEqual({ name: 'connecting' });
    expect(startRoute(parseDeepLink('?join=abc234'), false)).toEqual({ name: 'join', code: 'ABC234' });
    expect(startRoute(parseDeepLink('?lang=ko'), false)).toEqual({ name: 'home' });
    expect(startRoute(parseDeepLink('?scenario=sandbox&seed=x'), false)).toEqual({ name: 'home' });
  });
});

describe('leavesRoom', () => {
  it('gives up the seat when a room screen is left for a screen outside rooms', () => {
    expect(leavesRoom({ name: 'game' }, { name: 'home' })).toBe(true);
    expect(leavesRoom({ name: 'debrief' }, { name: 'briefing', scenario: 'x' })).toBe(true);
    expect(leavesRoom({ name: 'lobby' }, { name: 'home' })).toBe(true);
  });

  it('keeps it between room screens, and when a new game is being entered', () => {
    expect(leavesRoom({ name: 'lobby' }, { name: 'game' })).toBe(false);
    expect(leavesRoom({ name: 'game' }, { name: 'debrief' })).toBe(false);
    expect(leavesRoom({ name: 'debrief' }, { name: 'connecting' })).toBe(false);
    expect(leavesRoom({ name: 'home' }, { name: 'join', code: '' })).toBe(false);
  });
});

describe('Router', () => {
  it('tells listeners each change with where it came from, and ignores a move to the same route', () => {
    const router = new Router();
    const heard: string[] = [];
    const stop = router.subscribe((to, from) => heard.push(`${from.name}→${to.name}`));
    router.go({ name: 'home' });
    router.go({ name: 'home' });
    router.go({ name: 'join', code: 'ABC234' });
    router.go({ name: 'join', code: 'K7M2QX' });
    expect(heard).toEqual(['loading→home', 'home→join', 'join→join']);
    stop();
    router.go({ name: 'home' });
    expect(heard).toHaveLength(3);
  });

  it('goes back only where backOf allows', () => {
    const router = new Router();
    router.go({ name: 'briefing', scenario: 'level-01' });
    expect(router.back()).toBe(true);
    expect(router.current).toEqual({ name: 'home' });
    router.go({ name: 'game' });
    expect(router.back()).toBe(false);
    expect(router.current).toEqual({ name: 'game' });
  });

  it('names a title key per route', () => {
    expect(titleKey({ name: 'debrief' })).toBe('app.title.debrief');
  });
});
