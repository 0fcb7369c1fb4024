// Display settings: forgiving parsing of what is stored, the reduced-motion decision,
// and a store that persists each real change and tells subscribers once.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, reducesMotion, SETTINGS_KEY, SettingsStore } from '../../../client/src/app/settings.ts';
import { memoryStorage } from '../../../client/src/net/storage.ts';

describe('parseSettings', () => {
  it('falls back per setting on missing, damaged or unknown values', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('"a string"')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ motion: 'reduce', textSize: 'huge' }))).toEqual({ motion: 'reduce', textSize: 'normal' });
    expect(parseSettings(JSON.stringify({ motion: 3, textSize: 'larger' }))).toEqual({ motion: 'system', textSize: 'larger' });
  });
});

describe('reducesMotion', () => {
  it('follows the system unless overridden', () => {
    expect(reducesMotion('system', true)).toBe(true);
    expect(reducesMotion('system', false)).toBe(false);
    expect(reducesMotion('reduce', false)).toBe(true);
    expect(reducesMotion('full', true)).toBe(false);
  });
});

describe('SettingsStore', () => {
  it('starts from storage, persists changes and notifies once per real change', () => {
    const storage = memoryStorage();
    storage.setItem(SETTINGS_KEY, JSON.stringify({ motion: 'full', textSize: 'large' }));
    const store = new SettingsStore(storage);
    expect(store.current).toEqual({ motion: 'full', textSize: 'large' });
    const heard: unknown[] = [];
    store.subscribe((s) => heard.push(s));
    store.update({ motion: 'full' });
    store.update({ motion: 'reduce' });
    expect(heard).toEqual([{ motion: 'reduce', textSize: 'large' }]);
    expect(parseSettings(storage.getItem(SETTINGS_KEY))).toEqual({ motion: 'reduce', textSize: 'large' });
    expect(new SettingsStore(storage).current.motion).toBe('reduce');
  });

  it('ignores values that are not settings', () => {
    const store = new SettingsStore(memoryStorage());
    store.update({ textSize: 'gigantic' as never });
    expect(store.current).toEqual(DEFAULT_SETTINGS);
  });
});
