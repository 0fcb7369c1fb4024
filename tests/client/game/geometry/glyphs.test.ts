// Status is told by a glyph as well as a colour: every container state, and a failed
// exit told apart from a clean one and from an OOM kill; host and VM conditions.
import { describe, expect, it } from 'vitest';
import { CONTAINER_GLYPHS, containerGlyph, containerGlyphOf, hostFlags, hostGlyph, vmGlyph } from '../../../../client/src/game/geometry/glyphs.ts';
import { containerTile, hostTile, vmTile } from '../../../../client/src/state/selectors/layout.ts';
import { fakeEntity } from '../../../../client/src/net/fakeEntities.ts';
import { CONTAINER_STATE, HOST_STATE, KERNEL_STATE, NODE_STATUS, VM_STATE, codeOf } from '../../../../shared/schema/codes.ts';

describe('status glyphs', () => {
  it('gives each container state its own glyph', () => {
    const glyphs = CONTAINER_STATE.map((s) => containerGlyphOf(s, false, 0));
    expect(glyphs).toEqual(['created', 'pulling', 'running', 'restarting', 'exited', 'dead']);
    expect(containerGlyphOf('exited', true, 137)).toBe('oom');
    expect(containerGlyphOf('exited', false, 1)).toBe('failed');
    expect(containerGlyphOf('something-new', false, 0)).toBe('unknown');
    expect(new Set([...glyphs, 'oom', 'failed', 'unknown']).size).toBe(CONTAINER_GLYPHS.length);
  });

  it('reads the same glyph from a container tile', () => {
    const tile = (fields: Parameters<typeof fakeEntity<'containers'>>[1]) => containerGlyph(containerTile(fakeEntity('containers', { uid: 1, ...fields })));
    expect(tile({ state: codeOf(CONTAINER_STATE, 'exited'), exitCode: 137, oomKilled: true })).toBe('oom');
    expect(tile({ state: codeOf(CONTAINER_STATE, 'exited'), exitCode: 2 })).toBe('failed');
    expect(tile({ state: codeOf(CONTAINER_STATE, 'exited'), exitCode: 0 })).toBe('exited');
    expect(tile({ state: codeOf(CONTAINER_STATE, 'running') })).toBe('running');
  });

  it('lists a host’s conditions worst first and gives VMs theirs', () => {
    const host = (fields: Parameters<typeof fakeEntity<'hosts'>>[1]) => hostTile(fakeEntity('hosts', { id: 'h', ...fields }));
    expect(hostGlyph(host({}))).toBe('up');
    expect(hostFlags(host({ state: codeOf(HOST_STATE, 'down'), cordoned: true }))).toEqual(['down', 'cordoned']);
    expect(hostFlags(host({ kernel: codeOf(KERNEL_STATE, 'panicked'), node: codeOf(NODE_STATUS, 'NotReady'), partitioned: true }))).toEqual(['panic', 'partitioned', 'notready']);
    const vm = (fields: Parameters<typeof fakeEntity<'vms'>>[1]) => vmGlyph(vmTile(fakeEntity('vms', { id: 'v', ...fields })));
    expect(vm({ state: codeOf(VM_STATE, 'booting'), progressPermille: 300 })).toBe('booting');
    expect(vm({ state: codeOf(VM_STATE, 'running') })).toBe('up');
    expect(vm({ state: codeOf(VM_STATE, 'shut-off') })).toBe('off');
    expect(vm({ state: codeOf(VM_STATE, 'crashed') })).toBe('crashed');
    expect(vm({ state: codeOf(VM_STATE, 'running'), kernel: codeOf(KERNEL_STATE, 'panicked') })).toBe('panic');
  });
});
